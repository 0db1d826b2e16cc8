// Loaders for LOAD: DEC absolute-loader (paper tape) format and raw memory images.
// A corrupt or truncated file is refused with a one-line message; nothing is written
// to memory before the whole file has been checked.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/machine/status.hpp"

namespace simmon::pdp11 {

using ByteWriter = std::function<bool(std::uint32_t addr, std::uint8_t byte)>;

struct LoadResult {
    std::uint32_t lowest = 0, highest = 0;  // byte range written
    std::optional<std::uint32_t> start;     // start address from the final block, if even
};

// Absolute loader format: blocks of 001 000, byte count (incl. 6-byte header), load
// address, data, checksum; a block with no data gives the start address (odd = none).
// Leading zero bytes (leader) between blocks are skipped.
Status load_absolute_tape(const std::string& path, const ByteWriter& write, LoadResult& result);

// Raw memory image loaded at `base`.
Status load_raw_image(const std::string& path, std::uint32_t base, const ByteWriter& write, LoadResult& result);

// The same, refusing (before anything is written) a file that does not fit in the
// `memory_bytes` of memory the machine has: a short load is worse than none.
Status load_absolute_tape(const std::string& path, std::uint64_t memory_bytes, const ByteWriter& write,
                          LoadResult& result);
Status load_raw_image(const std::string& path, std::uint64_t base, std::uint64_t memory_bytes, const ByteWriter& write,
                      LoadResult& result);

}  // namespace simmon::pdp11
