#include "machines/s360/asm360/source_library.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>

namespace simmon::s360::asm360 {

SourceLibrary::SourceLibrary(std::vector<std::string> folders, Diagnostics& diags)
    : folders_(std::move(folders)), diags_(diags) {}

int SourceLibrary::load_text(const std::string& name, std::string_view text) {
    int index = static_cast<int>(files_.size());
    names_.push_back(name);
    files_.emplace_back();
    read_cards(text, static_cast<std::uint32_t>(index), name, files_.back(), diags_);
    return index;
}

int SourceLibrary::load_file(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return -1;
    std::ifstream in(path, std::ios::binary);
    if (!in) return -1;
    std::string content;
    in.seekg(0, std::ios::end);
    std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    if (size > 0) {
        content.resize(static_cast<std::size_t>(size));
        in.read(content.data(), size);
        content.resize(static_cast<std::size_t>(in.gcount()));
    }
    return load_text(path, content);
}

int SourceLibrary::find_member(std::string_view name) {
    std::string key(name);
    auto it = members_.find(key);
    if (it != members_.end()) return it->second;
    int found = -1;
    std::string lower = key;
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    static constexpr std::string_view kSuffixes[] = {"", ".mac", ".asm", ".cpy", ".MAC", ".ASM", ".CPY"};
    for (const auto& folder : folders_) {
        for (const std::string& base : {key, lower}) {
            for (std::string_view suffix : kSuffixes) {
                std::string path = folder + "/" + base + std::string(suffix);
                found = load_file(path);
                if (found >= 0) break;
            }
            if (found >= 0) break;
        }
        if (found >= 0) break;
    }
    members_.emplace(std::move(key), found);
    return found;
}

}  // namespace simmon::s360::asm360
