// A host file behind an attached unit. Writes go straight to the file (pwrite, no
// user-space cache) so nothing is lost if the simulator is killed; flush() makes the
// data durable and is called on DETACH and EXIT. A read-only file refuses every write.
// While snapshots cover the file, a journal (image_journal.hpp) sees each write first and
// keeps the blocks' old contents, so REVERT can put them back.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "core/machine/status.hpp"
#include "core/machine/types.hpp"

namespace simmon {

struct AttachOptions {
    bool read_only = false;   // ATTACH -R
    bool create_new = false;  // ATTACH -N: create (truncate) the file
    bool quiet = false;       // ATTACH -Q
    bool must_exist = false;  // RESTORE/REVERT: never create a file that has gone missing
    Switches switches = 0;    // every switch given, for device-specific ones (2540 -E/-A)
    std::string format;       // ATTACH -F: one of the device's attach_formats(), upper case
};

class ImageJournal;

class HostFile {
public:
    HostFile() = default;
    ~HostFile();
    HostFile(const HostFile&) = delete;
    HostFile& operator=(const HostFile&) = delete;
    HostFile(HostFile&& other) noexcept;
    HostFile& operator=(HostFile&& other) noexcept;

    // Opens `path`. Without -N a missing file is created only if `create_if_missing`.
    // Opening never blocks (a FIFO without a writer). A read-only open is for reading an
    // image, so it must be a regular file: a FIFO, /dev/zero or a terminal is refused
    // (regular() tells read-write users, which may accept a stream for output).
    Status open(const std::string& path, const AttachOptions& options, bool create_if_missing = true);
    void close();  // flushes first

    bool is_open() const { return fd_ >= 0; }
    bool read_only() const { return read_only_; }
    bool regular() const { return regular_; }
    const std::string& path() const { return path_; }
    std::uint64_t size() const;

    // Reads up to `length` bytes at `offset`; bytes beyond end of file read as zero.
    // Returns the number of bytes that really came from the file.
    std::size_t read_at(std::uint64_t offset, void* buffer, std::size_t length) const;
    // Writes all `length` bytes at `offset`; error if read-only or the host write fails.
    Status write_at(std::uint64_t offset, const void* buffer, std::size_t length);
    Status truncate(std::uint64_t new_size);
    Status flush();

    // The undo log that sees every write first (empty: none). Kept until close().
    void set_journal(std::shared_ptr<ImageJournal> journal) { journal_ = std::move(journal); }
    const std::shared_ptr<ImageJournal>& journal() const { return journal_; }

private:
    std::shared_ptr<ImageJournal> journal_;
    int fd_ = -1;
    bool read_only_ = false;
    bool regular_ = false;
    std::string path_;
};

}  // namespace simmon
