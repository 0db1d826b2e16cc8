// SIMH tape image format (.tap), used by the TM11 and the 2400-series tapes:
// each record is a 32-bit little-endian length, the data padded to even length, and the
// length again; a length of 0 is a tape mark, 0xFFFFFFFF end of medium. Bit 31 of the
// length marks a record with an error. Reads check both lengths and refuse a malformed
// or truncated image with a message instead of inventing data.
#pragma once
#include <cstdint>
#include <vector>

#include "core/images/host_file.hpp"
#include "core/machine/status.hpp"

namespace simmon {

enum class TapeResult { Ok, TapeMark, EndOfMedium, BeginningOfTape, BadFormat, WriteProtected, IoError, RecordTooLong };

class TapeImage {
public:
    explicit TapeImage(HostFile& file) : file_(file) {}

    std::uint64_t position() const { return position_; }
    void rewind() { position_ = 0; }
    bool at_bot() const { return position_ == 0; }

    TapeResult read_forward(std::vector<std::uint8_t>& record, std::size_t max_length);
    TapeResult read_backward(std::vector<std::uint8_t>& record, std::size_t max_length);
    TapeResult space_forward(std::uint32_t& record_length);   // skip one record or mark
    TapeResult space_backward(std::uint32_t& record_length);
    TapeResult write_record(const std::uint8_t* data, std::size_t length);
    TapeResult write_tape_mark();
    TapeResult erase_gap() { return TapeResult::Ok; }

    // Walks the whole image once; error Status naming the first bad record, if any.
    // Checks the framing of the first kValidateRecords records (all of a smaller tape).
    // A huge image is not scanned whole at ATTACH: damage further on is found, and
    // reported as a tape error, when the drive gets there.
    static constexpr int kValidateRecords = 10000;
    Status validate() const;

    // Device state save/restore needs the position.
    void set_position(std::uint64_t p) { position_ = p; }

private:
    HostFile& file_;
    std::uint64_t position_ = 0;
};

}  // namespace simmon
