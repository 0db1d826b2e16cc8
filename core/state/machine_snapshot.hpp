// One captured state of a whole machine, in memory: what SNAPSHOT takes and REVERT puts
// back, and what RESTORE keeps aside to put the machine back if a save file turns out
// not to fit. `state` is the same byte stream a save file holds after its header
// (machine_state.cpp) without main memory's contents; `memory` holds those page by page,
// sharing unchanged pages with other snapshots (memory_image.hpp); `images` are the marks
// in the undo logs of the images attached at the time, through which REVERT puts their
// bytes back.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/images/image_journal.hpp"
#include "core/machine/types.hpp"
#include "core/memory/memory_image.hpp"

namespace simmon {

class MachineSnapshot {
public:
    struct ImageMark {
        std::shared_ptr<ImageJournal> journal;
        ImageJournal::MarkId mark = 0;
    };

    MachineSnapshot() = default;
    ~MachineSnapshot() {
        for (ImageMark& i : images) i.journal->drop_mark(i.mark);
    }
    MachineSnapshot(const MachineSnapshot&) = delete;
    MachineSnapshot& operator=(const MachineSnapshot&) = delete;

    std::string name;
    SimTime time = 0;
    std::uint64_t instructions = 0;
    std::vector<std::uint8_t> state;
    std::shared_ptr<const MemoryImage> memory;
    std::vector<ImageMark> images;

    // Memory pages this snapshot copied; the others it shares with older snapshots.
    std::size_t memory_pages_copied() const { return memory ? memory->pages_copied : 0; }
    // Host memory this snapshot holds: its state, its own memory pages and the image
    // blocks its marks keep.
    std::uint64_t bytes() const {
        std::uint64_t total = state.size() + (memory ? memory->own_bytes() : 0);
        for (const ImageMark& i : images) total += i.journal->saved_bytes(i.mark);
        return total;
    }
};

// The named snapshots of a machine (SNAPSHOT name, REVERT name, SHOW SNAPSHOTS).
class SnapshotList {
public:
    // Replaces a snapshot of the same name (case-insensitive).
    void put(std::unique_ptr<MachineSnapshot> snapshot);
    const MachineSnapshot* find(std::string_view name) const;
    const MachineSnapshot* latest() const { return items_.empty() ? nullptr : items_.back().get(); }
    bool remove(std::string_view name);
    void clear() { items_.clear(); }
    const std::vector<std::unique_ptr<MachineSnapshot>>& items() const { return items_; }

private:
    std::vector<std::unique_ptr<MachineSnapshot>> items_;  // oldest first
};

}  // namespace simmon
