// Little-endian, length-prefixed encoding for SAVE/RESTORE. Sections carry their payload
// length so a reader can skip what it does not read and detect a truncated file.
#include "core/state/state_io.hpp"

#include <algorithm>
#include <cstdio>
#include <fmt/format.h>

namespace simmon {

namespace {

constexpr std::string_view kMagic = "SIMMON-SAVE\n";

void put_le(std::vector<std::uint8_t>& out, std::uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

}  // namespace

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
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) all.insert(all.end(), buffer, buffer + n);
    const bool read_error = std::ferror(f) != 0;
    std::fclose(f);
    if (read_error) return Status::error(fmt::format("cannot read save file {}", path));

    if (all.size() < kMagic.size() || !std::equal(kMagic.begin(), kMagic.end(), all.begin()))
        return Status::error(fmt::format("{} is not a simmon save file", path));

    data_.assign(all.begin() + static_cast<std::ptrdiff_t>(kMagic.size()), all.end());
    pos_ = 0;
    section_ends_.clear();
    error_.clear();
    std::uint32_t version = 0;
    if (!u32(version)) return status();
    if (version != kSaveFormatVersion)
        return Status::error(fmt::format("save file format version {} is not supported (this simmon reads {})",
                                         version, kSaveFormatVersion));
    std::string name;
    if (!str(name)) return status();
    if (name != machine_name)
        return Status::error(fmt::format("save file is for machine {}, not {}", name, machine_name));
    // The rest is the sections; the header is consumed.
    data_.erase(data_.begin(), data_.begin() + static_cast<std::ptrdiff_t>(pos_));
    pos_ = 0;
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
        fail(fmt::format("save file has section {} where {} was expected", found, tag));
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
