// Little-endian, length-prefixed encoding for SAVE/RESTORE. Sections carry their payload
// length so a reader can skip what it does not read and detect a truncated file.
#include "core/state/state_io.hpp"

#include <algorithm>
#include <cstdio>
#include <fmt/format.h>

namespace simmon {

namespace {

constexpr std::string_view kMagic = "SIMMON-SAVE\n";
// Limits that keep a damaged header from asking for absurd sizes.
constexpr std::size_t kMaxFileBytes = std::size_t{1} << 30;
constexpr std::uint32_t kMaxNameBytes = 64;

void put_le(std::vector<std::uint8_t>& out, std::uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

}  // namespace

std::uint64_t state_checksum(const std::vector<std::uint8_t>& data) {
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (std::uint8_t b : data) {
        hash ^= b;
        hash *= 0x100000001b3ull;
    }
    return hash;
}

std::string printable_excerpt(std::string_view text, std::size_t max) {
    std::string out;
    for (char c : text.substr(0, max)) out += (c >= 0x20 && c < 0x7F) ? c : '?';
    if (text.size() > max) out += "...";
    return out;
}

// ---- StateWriter ----

void StateWriter::u8(std::uint8_t v) { data_.push_back(v); }
void StateWriter::u32(std::uint32_t v) { put_le(data_, v, 4); }
void StateWriter::u64(std::uint64_t v) { put_le(data_, v, 8); }

void StateWriter::str(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    data_.insert(data_.end(), s.begin(), s.end());
}

void StateWriter::bytes(const void* data, std::size_t length) {
    u64(length);
    const auto* p = static_cast<const std::uint8_t*>(data);
    data_.insert(data_.end(), p, p + length);
}

void StateWriter::begin(std::string_view tag) {
    str(tag);
    open_sections_.push_back(data_.size());
    u64(0);  // payload length, patched by end()
}

void StateWriter::end() {
    if (open_sections_.empty()) return;
    const std::size_t at = open_sections_.back();
    open_sections_.pop_back();
    const std::uint64_t length = data_.size() - at - 8;
    for (int i = 0; i < 8; ++i) data_[at + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(length >> (8 * i));
}

Status StateWriter::write_file(const std::string& path, std::string_view machine_name) const {
    std::vector<std::uint8_t> header(kMagic.begin(), kMagic.end());
    put_le(header, kSaveFormatVersion, 4);
    put_le(header, machine_name.size(), 4);
    header.insert(header.end(), machine_name.begin(), machine_name.end());
    put_le(header, data_.size(), 8);
    put_le(header, state_checksum(data_), 8);

    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return Status::error(fmt::format("cannot create save file {}", path));
    bool ok = std::fwrite(header.data(), 1, header.size(), f) == header.size();
    ok = ok && (data_.empty() || std::fwrite(data_.data(), 1, data_.size(), f) == data_.size());
    ok = (std::fclose(f) == 0) && ok;
    if (!ok) return Status::error(fmt::format("cannot write save file {}", path));
    return Status::ok();
}

// ---- StateReader ----

Status StateReader::read_file(const std::string& path, std::string_view machine_name) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return Status::error(fmt::format("cannot open save file {}", path));
    std::vector<std::uint8_t> all;
    std::uint8_t buffer[65536];
    std::size_t n;
    bool too_big = false;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) {
        all.insert(all.end(), buffer, buffer + n);
        if (all.size() > kMaxFileBytes) {
            too_big = true;
            break;
        }
    }
    const bool read_error = std::ferror(f) != 0;
    std::fclose(f);
    if (read_error) return Status::error(fmt::format("cannot read save file {}", path));
    if (too_big) return Status::error(fmt::format("{} is too large to be a simmon save file", path));
    return read_image(std::move(all), path, machine_name);
}

Status StateReader::read_image(std::vector<std::uint8_t> all, const std::string& path, std::string_view machine_name) {
    data_.clear();
    pos_ = 0;
    section_ends_.clear();
    error_.clear();
    if (all.size() < kMagic.size() || !std::equal(kMagic.begin(), kMagic.end(), all.begin()))
        return Status::error(fmt::format("{} is not a simmon save file", path));

    // The header is read from its own reader, so nothing of it is left in this one.
    StateReader header(std::vector<std::uint8_t>(all.begin() + static_cast<std::ptrdiff_t>(kMagic.size()), all.end()));
    const auto cut = [&] { return Status::error(fmt::format("save file {} is truncated: its header is incomplete", path)); };
    std::uint32_t version = 0;
    if (!header.u32(version)) return cut();
    if (version < kSaveFormatVersion)
        return Status::error(fmt::format("save file {} has format version {}, from an older simmon; this one reads only {}",
                                         path, version, kSaveFormatVersion));
    if (version != kSaveFormatVersion)
        return Status::error(fmt::format("save file {} has format version {}, which this simmon (version {}) does not read",
                                         path, version, kSaveFormatVersion));
    std::uint32_t name_length = 0;
    if (!header.u32(name_length)) return cut();
    if (name_length > kMaxNameBytes)
        return Status::error(fmt::format("save file {} is damaged: its machine name is {} bytes long", path, name_length));
    std::string name;
    header.seek(0);
    if (!header.u32(version) || !header.str(name)) return cut();
    if (name != machine_name)
        return Status::error(fmt::format("save file is for machine {}, not {}", printable_excerpt(name), machine_name));
    std::uint64_t length = 0, checksum = 0;
    if (!header.u64(length) || !header.u64(checksum)) return cut();
    const std::size_t start = kMagic.size() + header.position();
    const std::uint64_t have = all.size() - start;
    if (have < length)
        return Status::error(fmt::format("save file {} is truncated: {} of its {} bytes of state are there", path,
                                         have, length));
    if (have > length)
        return Status::error(fmt::format("save file {} is damaged: {} bytes follow the end of its state", path,
                                         have - length));
    data_.assign(all.begin() + static_cast<std::ptrdiff_t>(start), all.end());
    if (state_checksum(data_) != checksum) {
        data_.clear();
        return Status::error(fmt::format("save file {} is damaged: its checksum does not match", path));
    }
    return Status::ok();
}

void StateReader::fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
}

bool StateReader::need(std::size_t n) {
    if (failed()) return false;
    const std::size_t limit = section_ends_.empty() ? data_.size() : section_ends_.back();
    if (n > limit - pos_) {
        fail("save file is truncated or corrupt");
        return false;
    }
    return true;
}

bool StateReader::u8(std::uint8_t& v) {
    if (!need(1)) return false;
    v = data_[pos_++];
    return true;
}

bool StateReader::u32(std::uint32_t& v) {
    if (!need(4)) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(data_[pos_++]) << (8 * i);
    return true;
}

bool StateReader::u64(std::uint64_t& v) {
    if (!need(8)) return false;
    v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(data_[pos_++]) << (8 * i);
    return true;
}

bool StateReader::str(std::string& s) {
    std::uint32_t length = 0;
    if (!u32(length) || !need(length)) return false;
    s.assign(reinterpret_cast<const char*>(data_.data() + pos_), length);
    pos_ += length;
    return true;
}

bool StateReader::bytes(std::vector<std::uint8_t>& out) {
    std::uint64_t length = 0;
    if (!u64(length)) return false;
    if (length > data_.size() || !need(static_cast<std::size_t>(length))) {
        fail("save file is truncated or corrupt");
        return false;
    }
    out.assign(data_.begin() + static_cast<std::ptrdiff_t>(pos_),
               data_.begin() + static_cast<std::ptrdiff_t>(pos_ + length));
    pos_ += static_cast<std::size_t>(length);
    return true;
}

bool StateReader::begin(std::string_view tag) {
    std::string found;
    if (!str(found)) return false;
    if (found != tag) {
        fail(fmt::format("save file has section {} where {} was expected", printable_excerpt(found), tag));
        return false;
    }
    std::uint64_t length = 0;
    if (!u64(length)) return false;
    if (length > data_.size() || !need(static_cast<std::size_t>(length))) {
        fail("save file is truncated or corrupt");
        return false;
    }
    section_ends_.push_back(pos_ + static_cast<std::size_t>(length));
    return true;
}

bool StateReader::peek_tag(std::string& tag) {
    if (failed() || at_end()) return false;
    const std::size_t at = pos_;
    const bool ok = str(tag);
    pos_ = at;
    return ok;
}

bool StateReader::at_end() const {
    const std::size_t limit = section_ends_.empty() ? data_.size() : section_ends_.back();
    return pos_ >= limit;
}

bool StateReader::end() {
    if (failed()) return false;
    if (section_ends_.empty()) {
        fail("save file sections are not balanced");
        return false;
    }
    pos_ = section_ends_.back();
    section_ends_.pop_back();
    return true;
}

}  // namespace simmon
