// DEC absolute-loader paper tape format, as the PDP-11 Absolute Loader reads it
// (PDP-11 Paper Tape Software Handbook): each block is
//   001 000  count(lo hi)  address(lo hi)  data...  checksum
// where count includes the six header bytes and the checksum makes the sum of all the
// block's bytes zero modulo 256. Zero bytes (leader and trailer) may come between blocks.
// A block without data ends the tape; its address is the start address (odd: no start).
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/machine/status.hpp"

namespace simmon::pdp11 {

struct TapeBlock {
    std::uint16_t address = 0;
    std::vector<std::uint8_t> data;
};

struct AbsoluteTape {
    std::vector<TapeBlock> blocks;          // data blocks, in tape order
    std::uint16_t final_address = 1;        // the address of the block that ends the tape
    std::optional<std::uint16_t> start() const {
        return (final_address & 1) ? std::nullopt : std::optional<std::uint16_t>(final_address);
    }
};

// Checks and decodes a whole tape image. Errors start "corrupt paper tape image:" and
// give the file offset (decimal) of the block at fault. Bytes after the final block
// (trailer, padding) are ignored.
Status parse_absolute_tape(std::span<const std::uint8_t> bytes, AbsoluteTape& tape);

// Encodes `data` loaded at `address` as blocks of at most `max_block` data bytes, then
// the final block with `start` (an odd value, e.g. 1, means no start address).
void append_tape_blocks(std::uint16_t address, std::span<const std::uint8_t> data, std::vector<std::uint8_t>& out,
                        std::size_t max_block = 256);
void append_tape_end(std::uint16_t start, std::vector<std::uint8_t>& out);

}  // namespace simmon::pdp11
