// LOAD for the PDP-11: absolute-loader tapes and raw images. Each file is read and
// checked whole before the first byte goes to memory.
#include "machines/pdp11/loaders/program_loaders.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <vector>

#include "core/images/raw_image_file.hpp"
#include "machines/pdp11/loaders/absolute_tape.hpp"

namespace simmon::pdp11 {
namespace {

// Writes `data` at `address`, widening the result's range.
Status write_bytes(std::uint32_t address, std::span<const std::uint8_t> data, const ByteWriter& write,
                   LoadResult& result, bool& first) {
    for (std::size_t i = 0; i < data.size(); ++i) {
        const std::uint32_t at = address + static_cast<std::uint32_t>(i);
        if (!write(at, data[i])) return Status::error(fmt::format("nonexistent memory at {:o}", at));
    }
    if (data.empty()) return Status::ok();
    const std::uint32_t last = address + static_cast<std::uint32_t>(data.size()) - 1;
    if (first || address < result.lowest) result.lowest = address;
    if (first || last > result.highest) result.highest = last;
    first = false;
    return Status::ok();
}

Status too_big(std::uint64_t last, std::uint64_t memory_bytes) {
    return Status::error(fmt::format("the file needs memory up to {:o} but memory ends at {:o}; nothing was loaded "
                                     "(SET CPU MEMORY=nK adds memory)",
                                     last, memory_bytes - 1));
}

constexpr std::uint64_t kNoLimit = std::uint64_t{1} << 32;

// An absolute-loader tape frames each block with 6 bytes of header and a checksum, and may
// carry blank leader and trailer; one that fills memory is a little larger than memory,
// never many times larger. Twice memory and 64K of leader is generous.
std::uint64_t tape_limit(std::uint64_t memory_bytes) { return 2 * std::min(memory_bytes, kNoLimit) + 65536; }

Status load_tape_checked(const std::string& path, std::uint64_t memory_bytes, const ByteWriter& write,
                         LoadResult& result) {
    std::vector<std::uint8_t> bytes;
    if (auto s = read_image_file(path, tape_limit(memory_bytes), bytes); !s) return s;
    AbsoluteTape tape;
    if (auto s = parse_absolute_tape(bytes, tape); !s) return s;
    for (const TapeBlock& block : tape.blocks)
        if (block.address + block.data.size() > memory_bytes)
            return too_big(block.address + block.data.size() - 1, memory_bytes);
    result = LoadResult{};
    bool first = true;
    for (const TapeBlock& block : tape.blocks)
        if (auto s = write_bytes(block.address, block.data, write, result, first); !s) return s;
    if (auto start = tape.start()) result.start = *start;
    return Status::ok();
}

Status load_raw_checked(const std::string& path, std::uint64_t base, std::uint64_t memory_bytes, const ByteWriter& write,
                        LoadResult& result) {
    if (base >= memory_bytes) return Status::error(fmt::format("load address {:o} is beyond memory (it ends at {:o})", base, memory_bytes - 1));
    std::uint64_t size = 0;
    if (auto s = image_file_size(path, size); !s) return s;
    if (size > memory_bytes - base) return too_big(base + size - 1, memory_bytes);
    std::vector<std::uint8_t> bytes;
    if (auto s = read_image_file(path, memory_bytes - base, bytes); !s) return s;
    if (base + bytes.size() > memory_bytes) return too_big(base + bytes.size() - 1, memory_bytes);
    result = LoadResult{};
    bool first = true;
    return write_bytes(static_cast<std::uint32_t>(base), bytes, write, result, first);
}

}  // namespace

Status load_absolute_tape(const std::string& path, const ByteWriter& write, LoadResult& result) {
    return load_tape_checked(path, kNoLimit, write, result);
}

Status load_absolute_tape(const std::string& path, std::uint64_t memory_bytes, const ByteWriter& write,
                          LoadResult& result) {
    return load_tape_checked(path, memory_bytes, write, result);
}

Status load_raw_image(const std::string& path, std::uint32_t base, const ByteWriter& write, LoadResult& result) {
    return load_raw_checked(path, base, kNoLimit, write, result);
}

Status load_raw_image(const std::string& path, std::uint64_t base, std::uint64_t memory_bytes, const ByteWriter& write,
                      LoadResult& result) {
    return load_raw_checked(path, base, memory_bytes, write, result);
}

}  // namespace simmon::pdp11
