// Main memory as a snapshot keeps it: the size and one immutable buffer per 4 KB page,
// shared between snapshots wherever the page did not change in between.
//
// How sharing works: the Machine remembers the image memory last matched (the base: the
// latest snapshot taken or reverted to). From then on the memory's dirty flags
// (physical_memory.hpp) say which pages were written. The next capture copies the dirty
// pages and shares every clean one with the base; a revert to image I copies a page only
// when it is dirty or the base holds a different buffer for it than I does. Both leave
// the flags clear and I (or the new image) as the base. So the dirty flags belong to this
// mechanism: nothing else may clear them, and every write to memory must set them.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "core/memory/physical_memory.hpp"

namespace simmon {

struct MemoryImage {
    using Page = std::array<std::uint8_t, PhysicalMemory::kPageBytes>;

    std::size_t size = 0;                           // bytes of memory
    std::vector<std::shared_ptr<const Page>> pages;  // (size + 4095) / 4096; the last page zero-padded
    std::size_t pages_copied = 0;                   // pages this image copied rather than shared

    // Host memory the image's own pages take (shared ones are counted where they were copied).
    std::uint64_t own_bytes() const { return std::uint64_t{pages_copied} * PhysicalMemory::kPageBytes; }
};

// Captures `memory` as an image that shares its clean pages with `base` (null or a base
// of another size: every page is copied). With `becomes_base` it clears the dirty flags
// and the caller keeps the result as the new base (SNAPSHOT); without, the flags and the
// base stay as they are (the state RESTORE keeps aside in case it must put it back).
std::shared_ptr<const MemoryImage> capture_memory(PhysicalMemory& memory, const MemoryImage* base,
                                                  bool becomes_base);

// Puts `image` back into `memory`, which must have the image's size, copying only the
// pages that may differ (dirty, or a different buffer in `base`); clears the dirty flags,
// so `image` becomes the base. Returns the number of pages copied.
std::size_t restore_memory(PhysicalMemory& memory, const MemoryImage& image, const MemoryImage* base);

// Loads `length` bytes (a save file's memory) into `memory` from address 0, writing and
// marking dirty only the pages whose contents differ, so that a snapshot after RESTORE
// still shares the pages RESTORE left alone. Returns the number of pages written.
std::size_t load_memory_bytes(PhysicalMemory& memory, const std::uint8_t* bytes, std::size_t length);

}  // namespace simmon
