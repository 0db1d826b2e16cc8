// Hercules AWS tape image (AWSTAPE): each block is one or more chunks, each behind a
// 6-byte header: this chunk's length (16-bit little-endian), the previous chunk's length,
// flags (X'80' start of record, X'40' tape mark, X'20' end of record) and a second flag
// byte (0 in plain AWS). A tape mark is a header of length 0 with X'40'. The end of the
// file is the end of the recorded tape. Same interface as the SIMH .tap reader
// (core/images/tape_image.hpp), so the 2400 drives take either. Reads check every header
// and refuse a malformed or truncated image (BadFormat) instead of inventing data.
#pragma once
#include <cstdint>
#include <vector>

#include "core/images/host_file.hpp"
#include "core/images/tape_image.hpp"
#include "core/machine/status.hpp"

namespace simmon::ibm {

class AwsTape {
public:
    static constexpr std::size_t kChunk = 4096;  // chunk size we write (Hercules writes up to 65535)

    explicit AwsTape(HostFile& file) : file_(file) {}

    std::uint64_t position() const { return position_; }
    void set_position(std::uint64_t p) { position_ = p; }
    void rewind() { position_ = 0; }
    bool at_bot() const { return position_ == 0; }

    TapeResult read_forward(std::vector<std::uint8_t>& record, std::size_t max_length);
    TapeResult read_backward(std::vector<std::uint8_t>& record, std::size_t max_length);
    TapeResult space_forward(std::uint32_t& record_length);
    TapeResult space_backward(std::uint32_t& record_length);
    TapeResult write_record(const std::uint8_t* data, std::size_t length);
    TapeResult write_tape_mark();
    Status validate() const;

private:
    struct Header {
        std::uint16_t length = 0;
        std::uint16_t previous = 0;
        std::uint8_t flags = 0;
    };
    bool header_at(std::uint64_t pos, Header& h) const;
    // Walks one block forward from `pos`; fills `record` when given.
    TapeResult block_forward(std::uint64_t pos, std::uint64_t& next, std::vector<std::uint8_t>* record,
                             std::uint32_t& length) const;
    // Start of the chunk that ends at `pos` (0 < pos); false when the image is malformed.
    bool chunk_before(std::uint64_t pos, std::uint64_t& start, Header& h) const;
    TapeResult write_chunks(const std::uint8_t* data, std::size_t length, bool tape_mark);

    HostFile& file_;
    std::uint64_t position_ = 0;
};

}  // namespace simmon::ibm
