// The files of an assembly: the primary source, COPY members and macro library members,
// each read once into logical statements. A library is a host folder with one member a
// file, named after the member (as written, in lower case, or with .mac/.asm/.cpy added),
// the way an OS/360 partitioned data set (SYS1.MACLIB) holds one member per name.
#pragma once
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "machines/s360/asm360/diagnostics.hpp"
#include "machines/s360/asm360/source_reader.hpp"

namespace simmon::s360::asm360 {

class SourceLibrary {
public:
    SourceLibrary(std::vector<std::string> folders, Diagnostics& diags);

    // Reads a host file; -1 when it cannot be read.
    int load_file(const std::string& path);
    int load_text(const std::string& name, std::string_view text);
    // A member of the library folders, loaded on first use; -1 when no folder has it.
    int find_member(std::string_view name);

    const std::vector<SourceStatement>& statements(int file) const { return files_[static_cast<std::size_t>(file)]; }
    const std::string& name(std::uint32_t file) const { return names_[file]; }

private:
    std::vector<std::string> folders_;
    Diagnostics& diags_;
    std::deque<std::vector<SourceStatement>> files_;  // a deque: statements never move
    std::vector<std::string> names_;
    std::unordered_map<std::string, int> members_;
};

}  // namespace simmon::s360::asm360
