// POSIX file behind a unit. pread/pwrite keep no file position and no user-space cache,
// so every guest write is in the host file at once.
#include "core/images/host_file.hpp"

#include "core/images/image_journal.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace simmon {

HostFile::~HostFile() { close(); }

HostFile::HostFile(HostFile&& other) noexcept
    : journal_(std::move(other.journal_)), fd_(std::exchange(other.fd_, -1)), read_only_(other.read_only_),
      regular_(std::exchange(other.regular_, false)), path_(std::move(other.path_)) {
    other.read_only_ = false;
    other.path_.clear();
}

HostFile& HostFile::operator=(HostFile&& other) noexcept {
    if (this != &other) {
        close();
        journal_ = std::move(other.journal_);
        fd_ = std::exchange(other.fd_, -1);
        read_only_ = std::exchange(other.read_only_, false);
        regular_ = std::exchange(other.regular_, false);
        path_ = std::move(other.path_);
        other.path_.clear();
    }
    return *this;
}

Status HostFile::open(const std::string& path, const AttachOptions& options, bool create_if_missing) {
    close();
    if (path.empty()) return Status::error("no file name given");
    if (options.read_only && options.create_new)
        return Status::error("cannot create a new file read-only (-N with -R)");

    int flags = (options.read_only ? O_RDONLY : O_RDWR) | O_CLOEXEC;
    if (options.create_new && options.must_exist)
        return Status::error("cannot both create a new file and require that it exists");
    if (options.create_new)
        flags |= O_CREAT | O_TRUNC;
    else if (create_if_missing && !options.read_only && !options.must_exist)
        flags |= O_CREAT;

    // O_NONBLOCK: opening a FIFO for reading would wait for a writer forever. It is
    // cleared again once the file is known to be one we use.
    const int fd = ::open(path.c_str(), flags | O_NONBLOCK, 0666);
    if (fd < 0) {
        if (errno == ENOENT) return Status::error(fmt::format("file not found: {}", path));
        return Status::error(fmt::format("cannot open {}: {}", path, std::strerror(errno)));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int e = errno;
        ::close(fd);
        return Status::error(fmt::format("cannot open {}: {}", path, std::strerror(e)));
    }
    if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        return Status::error(fmt::format("{} is a directory", path));
    }
    if (options.read_only && !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Status::error(fmt::format("{} is not a regular file (a device, FIFO or socket); an image must be a file", path));
    }
    if (const int fl = ::fcntl(fd, F_GETFL); fl >= 0) ::fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    fd_ = fd;
    regular_ = S_ISREG(st.st_mode);
    read_only_ = options.read_only;
    path_ = path;
    return Status::ok();
}

void HostFile::close() {
    if (fd_ < 0) return;
    (void)flush();
    ::close(fd_);
    fd_ = -1;
    journal_.reset();
    read_only_ = false;
    regular_ = false;
    path_.clear();
}

std::uint64_t HostFile::size() const {
    if (fd_ < 0) return 0;
    struct stat st {};
    if (::fstat(fd_, &st) != 0) return 0;
    return static_cast<std::uint64_t>(st.st_size);
}

std::size_t HostFile::read_at(std::uint64_t offset, void* buffer, std::size_t length) const {
    auto* out = static_cast<std::uint8_t*>(buffer);
    std::size_t done = 0;
    while (fd_ >= 0 && done < length) {
        const ssize_t n = ::pread(fd_, out + done, length - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;  // end of file or error: the rest reads as zero
        done += static_cast<std::size_t>(n);
    }
    if (done < length) std::memset(out + done, 0, length - done);
    return done;
}

Status HostFile::write_at(std::uint64_t offset, const void* buffer, std::size_t length) {
    if (fd_ < 0) return Status::error("unit is not attached");
    if (read_only_) return Status::error("unit is read-only");
    if (journal_) journal_->before_write(*this, offset, length);
    const auto* in = static_cast<const std::uint8_t*>(buffer);
    std::size_t done = 0;
    while (done < length) {
        const ssize_t n = ::pwrite(fd_, in + done, length - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return Status::error(fmt::format("write to {} failed: {}", path_, std::strerror(n < 0 ? errno : ENOSPC)));
        done += static_cast<std::size_t>(n);
    }
    return Status::ok();
}

Status HostFile::truncate(std::uint64_t new_size) {
    if (fd_ < 0) return Status::error("unit is not attached");
    if (read_only_) return Status::error("unit is read-only");
    if (journal_) journal_->before_truncate(*this, new_size);
    if (::ftruncate(fd_, static_cast<off_t>(new_size)) != 0)
        return Status::error(fmt::format("cannot resize {}: {}", path_, std::strerror(errno)));
    return Status::ok();
}

Status HostFile::flush() {
    if (fd_ < 0 || read_only_) return Status::ok();
    if (::fsync(fd_) != 0 && errno != EINVAL && errno != EROFS)  // pipes and some devices cannot sync
        return Status::error(fmt::format("cannot flush {}: {}", path_, std::strerror(errno)));
    return Status::ok();
}

}  // namespace simmon
