// SAVE/RESTORE file format: a versioned, tagged, host-independent binary stream.
// Layout: magic "SIMMON-SAVE\n", u32 format version, string machine name, u64 content
// length, u64 checksum of the content (FNV-1a, 64 bits), then the content: sections, each
// a tag string and a length-prefixed payload. The reader checks all of that before it
// hands out a single value, so a file that was cut short, has a byte changed or comes from
// another version or machine is refused whole, with one line that says which.
// FNV-1a changes its result for any single changed byte (each step is a bijection of the
// running hash), which is the damage a copy or a disk does.
// Integers are little-endian fixed width regardless of host.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/machine/status.hpp"

namespace simmon {

// 3: main memory in a machine-level MEMORY section instead of the CPU's.
// 4: the DZ11 saves when each line's transmitter is free; device delays and the PDP-11's
// instruction times became the hardware's, so an older state would resume with timings
// it was not saved with.
// 5: the S/360 2400 saves the motion it is doing after channel end (busy until device end).
// 6: a DEC bus device's section begins with its register address and interrupt vectors
// (SET dev ADDRESS=, VECTOR=).
inline constexpr std::uint32_t kSaveFormatVersion = 6;

// FNV-1a over `data`, the save file's content checksum.
std::uint64_t state_checksum(const std::vector<std::uint8_t>& data);

// At most `max` characters of `text` fit for a one-line message: anything unprintable
// shows as '?', and a longer text ends in "...". For names read from a damaged file.
std::string printable_excerpt(std::string_view text, std::size_t max = 40);

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
    // Reads the whole file and checks magic, version, machine name, length and checksum;
    // on success the reader is positioned at the first section.
    Status read_file(const std::string& path, std::string_view machine_name);
    // The same checks on a file already in memory (`path` only names it in messages).
    Status read_image(std::vector<std::uint8_t> file, const std::string& path, std::string_view machine_name);
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
    // The tag of the next section, without consuming it; false at the end or on error.
    bool peek_tag(std::string& tag);
    // True when the current section (or the stream) has nothing left.
    bool at_end() const;
    std::size_t position() const { return pos_; }
    // The content read_file() checked (the sections, without the header).
    const std::vector<std::uint8_t>& content() const { return data_; }
    void seek(std::size_t pos) { pos_ = pos; }

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
