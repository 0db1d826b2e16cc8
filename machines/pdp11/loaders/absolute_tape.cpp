// Absolute-loader tape blocks (see absolute_tape.hpp).
#include "machines/pdp11/loaders/absolute_tape.hpp"

#include <fmt/format.h>

namespace simmon::pdp11 {
namespace {

constexpr std::size_t kHeaderBytes = 6;

Status corrupt(std::string detail) { return Status::error("corrupt paper tape image: " + detail); }

std::uint16_t word_at(std::span<const std::uint8_t> bytes, std::size_t at) {
    return static_cast<std::uint16_t>(bytes[at] | (bytes[at + 1] << 8));
}

void append_block(std::uint16_t address, std::span<const std::uint8_t> data, std::vector<std::uint8_t>& out) {
    const std::size_t count = kHeaderBytes + data.size();
    const std::uint8_t header[kHeaderBytes] = {1,
                                               0,
                                               static_cast<std::uint8_t>(count & 0xFF),
                                               static_cast<std::uint8_t>(count >> 8),
                                               static_cast<std::uint8_t>(address & 0xFF),
                                               static_cast<std::uint8_t>(address >> 8)};
    unsigned sum = 0;
    for (std::uint8_t b : header) sum += b, out.push_back(b);
    for (std::uint8_t b : data) sum += b, out.push_back(b);
    out.push_back(static_cast<std::uint8_t>(-sum & 0xFF));
}

}  // namespace

Status parse_absolute_tape(std::span<const std::uint8_t> bytes, AbsoluteTape& tape) {
    AbsoluteTape result;
    std::size_t pos = 0;
    for (;;) {
        while (pos < bytes.size() && bytes[pos] == 0) ++pos;
        if (pos >= bytes.size())
            return corrupt(result.blocks.empty() ? std::string("no blocks in the file")
                                                 : "the tape ends without its final (start address) block");
        const std::size_t block = pos;
        if (bytes[pos] != 1)
            return corrupt(fmt::format("expected block start 001 at byte {}, found {:03o}", block, bytes[pos]));
        if (bytes.size() - pos < kHeaderBytes + 1)
            return corrupt(fmt::format("truncated block header at byte {}", block));
        if (bytes[pos + 1] != 0)
            return corrupt(fmt::format("expected 000 after 001 at byte {}, found {:03o}", block + 1, bytes[pos + 1]));
        const std::size_t count = word_at(bytes, pos + 2);
        const std::uint16_t address = word_at(bytes, pos + 4);
        if (count < kHeaderBytes)
            return corrupt(fmt::format("block at byte {} has byte count {}, less than its header", block, count));
        if (bytes.size() - pos < count + 1)
            return corrupt(fmt::format("truncated block at byte {} (needs {} bytes, {} left in the file)", block,
                                       count + 1, bytes.size() - pos));
        unsigned sum = 0;
        for (std::size_t i = 0; i <= count; ++i) sum += bytes[pos + i];
        if ((sum & 0xFF) != 0) return corrupt(fmt::format("bad checksum in block at byte {}", block));
        const std::size_t length = count - kHeaderBytes;
        if (length == 0) {
            result.final_address = address;
            tape = std::move(result);
            return Status::ok();
        }
        if (address + length > 0x10000)
            return corrupt(fmt::format("block at byte {} runs past address 177777", block));
        TapeBlock decoded;
        decoded.address = address;
        decoded.data.assign(bytes.begin() + static_cast<std::ptrdiff_t>(pos + kHeaderBytes),
                            bytes.begin() + static_cast<std::ptrdiff_t>(pos + count));
        result.blocks.push_back(std::move(decoded));
        pos += count + 1;
    }
}

void append_tape_blocks(std::uint16_t address, std::span<const std::uint8_t> data, std::vector<std::uint8_t>& out,
                        std::size_t max_block) {
    if (max_block == 0) max_block = 256;
    for (std::size_t done = 0; done < data.size(); done += max_block) {
        const std::size_t n = std::min(max_block, data.size() - done);
        append_block(static_cast<std::uint16_t>(address + done), data.subspan(done, n), out);
    }
}

void append_tape_end(std::uint16_t start, std::vector<std::uint8_t>& out) { append_block(start, {}, out); }

}  // namespace simmon::pdp11
