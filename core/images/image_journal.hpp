// The undo log behind snapshots of an attached image. A HostFile writes through to the
// host file, as it always has (nothing is lost if the simulator is killed); when
// snapshots cover the file, it first hands the journal the blocks it is about to change,
// and the journal keeps, for each snapshot ("mark"), the contents each block had when the
// snapshot was taken. REVERT writes those blocks back and restores the size, so the file
// holds exactly the bytes it had at the snapshot.
//
// An undo log rather than a copy-on-write overlay because it leaves the file on disk
// current: a crash, another program reading the image, or EXIT without REVERT all see the
// guest's latest writes, and the memory it costs is one copy of each block written since
// the oldest snapshot, not of the whole image.
//
// Several snapshots share one journal per file. Each mark holds the blocks changed since
// it was taken; a write saves the old block in every mark that lacks it (the copies are
// shared). Reverting to mark S first gives every other mark T the current contents of
// the blocks S is about to rewrite (unless T has them already), so T can still be
// reached afterwards, in either direction.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/machine/status.hpp"

namespace simmon {

class HostFile;

class ImageJournal {
public:
    static constexpr std::size_t kBlockBytes = 4096;
    using MarkId = std::uint64_t;

    explicit ImageJournal(std::string path) : path_(std::move(path)) {}

    // The file the journal is for (as it was attached).
    const std::string& path() const { return path_; }

    // A snapshot is taken: from now on, blocks are saved for it. `size` is the file's size.
    MarkId add_mark(std::uint64_t size);
    void drop_mark(MarkId id);
    bool has_marks() const { return !marks_.empty(); }
    // Bytes of blocks mark `id` holds (SHOW SNAPSHOTS).
    std::uint64_t saved_bytes(MarkId id) const;

    // `file` is about to write [offset, offset + length) or shrink to `new_size`: saves the
    // blocks' present contents for every mark that has not saved them yet.
    void before_write(const HostFile& file, std::uint64_t offset, std::size_t length);
    void before_truncate(const HostFile& file, std::uint64_t new_size);

    // Puts the file back as it was at mark `id`: opens it for writing (it must still
    // exist), writes the saved blocks and sets the size. The mark stays, now empty.
    Status revert(MarkId id);

private:
    using Block = std::shared_ptr<const std::vector<std::uint8_t>>;
    struct Mark {
        MarkId id;
        std::uint64_t size;             // the file's size when the mark was made
        std::map<std::uint64_t, Block> blocks;  // block number -> contents at the mark
    };
    void save_blocks(const HostFile& file, std::uint64_t first, std::uint64_t last);
    Mark* find(MarkId id);

    std::string path_;
    std::vector<Mark> marks_;
    MarkId next_id_ = 1;
};

}  // namespace simmon
