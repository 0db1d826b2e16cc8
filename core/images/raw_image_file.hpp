// Raw memory images for LOAD and DUMP, shared by every machine. A LOAD reads the file only
// after its directory entry says it is a regular file no larger than the machine can hold,
// so /dev/zero, a FIFO or a 100 GB sparse file is refused in one line without a byte read.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/machine/status.hpp"
#include "core/memory/physical_memory.hpp"

namespace simmon {

// The size of the regular file at `path`, from its directory entry; anything else is refused.
Status image_file_size(const std::string& path, std::uint64_t& size);

// Reads `path` whole into `bytes` if it is a non-empty regular file of at most `limit` bytes.
Status read_image_file(const std::string& path, std::uint64_t limit, std::vector<std::uint8_t>& bytes);

// Writes memory bytes `low`..`high` (inclusive) to `path`; `what` names the memory in messages
// ("memory", "storage").
Status write_memory_range(const PhysicalMemory& memory, const std::string& path, std::uint64_t low,
                          std::uint64_t high, const char* what);

}  // namespace simmon
