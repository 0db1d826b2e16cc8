#include "core/memory/memory_image.hpp"

#include <algorithm>
#include <cstring>

namespace simmon {

namespace {

constexpr std::size_t kPage = PhysicalMemory::kPageBytes;

// Bytes of page p that lie inside memory of `size` bytes (the last page may be short:
// PDP-11 memory comes in 2 KB steps).
std::size_t page_length(std::size_t size, std::size_t p) { return std::min(kPage, size - p * kPage); }

bool usable_base(const MemoryImage* base, const PhysicalMemory& memory) {
    return base && base->size == memory.size() && base->pages.size() == memory.page_count();
}

}  // namespace

std::shared_ptr<const MemoryImage> capture_memory(PhysicalMemory& memory, const MemoryImage* base,
                                                  bool becomes_base) {
    auto image = std::make_shared<MemoryImage>();
    image->size = memory.size();
    image->pages.resize(memory.page_count());
    const bool share = usable_base(base, memory);
    for (std::size_t p = 0; p < image->pages.size(); ++p) {
        if (share && !memory.page_dirty(p)) {
            image->pages[p] = base->pages[p];
            continue;
        }
        auto page = std::make_shared<MemoryImage::Page>();
        const std::size_t n = page_length(memory.size(), p);
        std::memcpy(page->data(), memory.data() + p * kPage, n);
        std::memset(page->data() + n, 0, kPage - n);
        image->pages[p] = std::move(page);
        ++image->pages_copied;
    }
    if (becomes_base) memory.clear_dirty();
    return image;
}

std::size_t restore_memory(PhysicalMemory& memory, const MemoryImage& image, const MemoryImage* base) {
    const bool compare = usable_base(base, memory);
    std::size_t copied = 0;
    for (std::size_t p = 0; p < image.pages.size() && p < memory.page_count(); ++p) {
        if (compare && !memory.page_dirty(p) && base->pages[p] == image.pages[p]) continue;
        std::memcpy(memory.data() + p * kPage, image.pages[p]->data(), page_length(memory.size(), p));
        ++copied;
    }
    memory.clear_dirty();
    return copied;
}

std::size_t load_memory_bytes(PhysicalMemory& memory, const std::uint8_t* bytes, std::size_t length) {
    length = std::min(length, memory.size());
    std::size_t written = 0;
    for (std::size_t at = 0; at < length; at += kPage) {
        const std::size_t n = std::min(kPage, length - at);
        if (std::memcmp(memory.data() + at, bytes + at, n) == 0) continue;
        memory.load(at, bytes + at, n);
        ++written;
    }
    return written;
}

}  // namespace simmon
