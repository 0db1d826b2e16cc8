#include "core/images/raw_image_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace simmon {

Status image_file_size(const std::string& path, std::uint64_t& size) {
    // The directory entry alone: nothing is read, so a FIFO cannot block and /dev/zero
    // cannot fill the host's memory. Only a regular file is an image.
    std::error_code ec;
    const std::filesystem::file_status st = std::filesystem::status(path, ec);
    if (ec) return Status::error(fmt::format("cannot open {}: {}", path, ec.message()));
    if (std::filesystem::is_directory(st)) return Status::error(fmt::format("cannot open {}: Is a directory", path));
    if (!std::filesystem::is_regular_file(st))
        return Status::error(fmt::format("{} is not a regular file (a device, FIFO or socket); nothing was loaded", path));
    size = std::filesystem::file_size(path, ec);
    if (ec) return Status::error(fmt::format("cannot read {}: {}", path, ec.message()));
    return Status::ok();
}

Status read_image_file(const std::string& path, std::uint64_t limit, std::vector<std::uint8_t>& bytes) {
    std::uint64_t size = 0;
    if (Status s = image_file_size(path, size); !s) return s;
    if (size > limit)
        return Status::error(fmt::format("{} is {} bytes, more than this memory could hold ({} bytes); nothing was loaded",
                                         path, size, limit));
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::error(fmt::format("cannot open {}: {}", path, std::strerror(errno)));
    // Never more than the size checked, should the file grow after the check.
    bytes.resize(static_cast<std::size_t>(size));
    in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) return Status::error(fmt::format("cannot read {}", path));
    if (bytes.empty()) return Status::error(fmt::format("{} is empty", path));
    return Status::ok();
}

Status write_memory_range(const PhysicalMemory& memory, const std::string& path, std::uint64_t low,
                          std::uint64_t high, const char* what) {
    if (high < low) return Status::error("bad address range for DUMP");
    if (high >= memory.size()) return Status::error(fmt::format("DUMP range goes beyond {}", what));
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return Status::error(fmt::format("cannot create {}", path));
    const std::size_t count = static_cast<std::size_t>(high - low + 1);
    bool ok = std::fwrite(memory.data() + low, 1, count, f) == count;
    ok = std::fclose(f) == 0 && ok;
    if (!ok) return Status::error(fmt::format("error writing {}", path));
    return Status::ok();
}

}  // namespace simmon
