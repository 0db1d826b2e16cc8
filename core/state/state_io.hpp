// SAVE/RESTORE file format: a versioned, tagged, host-independent binary stream.
// Layout: magic "SIMMON-SAVE\n", u32 format version, string machine name, then sections.
// Each section is a tag string and a length-prefixed payload, so a reader can check what
// it gets and refuse a file from another version or machine with a clear message.
// Integers are little-endian fixed width regardless of host.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/machine/status.hpp"

namespace simmon {

inline constexpr std::uint32_t kSaveFormatVersion = 1;

class StateWriter {
public:
    void u8(std::uint8_t v);
    void u32(std::uint32_t v);
    void u64(std::uint64_t v);
    void str(std::string_view s);
    void bytes(const void* data, std::size_t length);  // length-prefixed

    // Sections nest: begin("RK") ... end().
    void begin(std::string_view tag);
    void end();

    const std::vector<std::uint8_t>& data() const { return data_; }
    Status write_file(const std::string& path, std::string_view machine_name) const;

private:
    std::vector<std::uint8_t> data_;
    std::vector<std::size_t> open_sections_;
};

class StateReader {
public:
    // Reads and checks magic, version and machine name.
    Status read_file(const std::string& path, std::string_view machine_name);
    // For tests: read from memory (no header).
    explicit StateReader(std::vector<std::uint8_t> data = {}) : data_(std::move(data)) {}

    // Each getter returns false (and records an error) on a short or malformed stream.
    bool u8(std::uint8_t& v);
    bool u32(std::uint32_t& v);
    bool u64(std::uint64_t& v);
    bool str(std::string& s);
    bool bytes(std::vector<std::uint8_t>& out);
    // Expects a section with `tag` next; false if the tag differs.
    bool begin(std::string_view tag);
    bool end();  // skips any unread rest of the current section

    bool failed() const { return !error_.empty(); }
    const std::string& error() const { return error_; }
    Status status() const { return failed() ? Status::error(error_) : Status::ok(); }
    void fail(std::string message);

private:
    bool need(std::size_t n);
    std::vector<std::uint8_t> data_;
    std::size_t pos_ = 0;
    std::vector<std::size_t> section_ends_;
    std::string error_;
};

}  // namespace simmon
