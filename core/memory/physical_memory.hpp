// Physical memory as every machine has it: a flat array of bytes owned by the Machine and
// shared by its CPU and by the devices that transfer data into it (Unibus DMA, Qbus map,
// S/360 channels). It knows no byte order of its own: the accessors say which they use,
// so the PDP-11 and VAX read little-endian words and the 360 big-endian ones from the same
// type. Every write goes through mark_dirty(), which sets one flag per 4 KB page, so that a
// snapshot can copy only the pages written since the last one.
//
// The accessors do no bounds check: a CPU checks an address against size() once (it must
// raise its own architected fault anyway) and then reads at host speed. Code outside an
// instruction loop uses contains() first, or the checked read()/write() helpers.
#pragma once
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "core/machine/types.hpp"

namespace simmon {

enum class ByteOrder : std::uint8_t { Little, Big };

class PhysicalMemory {
public:
    static constexpr unsigned kPageShift = 12;
    static constexpr std::size_t kPageBytes = std::size_t{1} << kPageShift;

    // Resizes to `bytes` (contents below the new size are kept, new bytes are zero) and
    // marks every page dirty, since a snapshot must then record the new size. The same
    // size again changes nothing (RESTORE and REVERT set the size they find).
    void resize(std::size_t bytes) {
        if (bytes == bytes_.size()) return;
        bytes_.resize(bytes, 0);
        dirty_.assign((bytes + kPageBytes - 1) >> kPageShift, 1);
    }
    void clear() {
        std::memset(bytes_.data(), 0, bytes_.size());
        std::fill(dirty_.begin(), dirty_.end(), std::uint8_t{1});
    }

    std::size_t size() const { return bytes_.size(); }
    bool contains(Addr addr, std::size_t length) const {
        return addr < bytes_.size() && length <= bytes_.size() - addr;
    }
    // Raw bytes for loaders and fast block copies; a writer must call mark_dirty().
    std::uint8_t* data() { return bytes_.data(); }
    const std::uint8_t* data() const { return bytes_.data(); }

    // ---- dirty pages (for snapshots) ----
    void mark_dirty(Addr addr) { dirty_[addr >> kPageShift] = 1; }
    void mark_dirty(Addr addr, std::size_t length) {
        if (length == 0) return;
        for (Addr p = addr >> kPageShift; p <= (addr + length - 1) >> kPageShift; ++p) dirty_[p] = 1;
    }
    // The flags themselves, for a CPU that writes memory through raw pointers on its fast
    // path and marks the page with one store: flag p covers bytes [p << kPageShift, ...).
    // Like data(), valid until the next resize().
    std::uint8_t* dirty_flags() { return dirty_.data(); }
    std::size_t page_count() const { return dirty_.size(); }
    bool page_dirty(std::size_t page) const { return dirty_[page] != 0; }
    // Only snapshots clear the flags (memory_image.hpp): a clean page is one that still
    // holds what the latest snapshot has for it.
    void clear_dirty() { std::fill(dirty_.begin(), dirty_.end(), std::uint8_t{0}); }

    // ---- unchecked accessors for instruction loops and DMA ----
    std::uint8_t read8(Addr a) const { return bytes_[a]; }
    void write8(Addr a, std::uint8_t v) {
        bytes_[a] = v;
        mark_dirty(a);
    }

    std::uint16_t read16_le(Addr a) const { return static_cast<std::uint16_t>(bytes_[a] | bytes_[a + 1] << 8); }
    std::uint16_t read16_be(Addr a) const { return static_cast<std::uint16_t>(bytes_[a] << 8 | bytes_[a + 1]); }
    std::uint32_t read32_le(Addr a) const { return read16_le(a) | std::uint32_t{read16_le(a + 2)} << 16; }
    std::uint32_t read32_be(Addr a) const { return std::uint32_t{read16_be(a)} << 16 | read16_be(a + 2); }
    std::uint64_t read64_be(Addr a) const { return std::uint64_t{read32_be(a)} << 32 | read32_be(a + 4); }
    std::uint64_t read64_le(Addr a) const { return read32_le(a) | std::uint64_t{read32_le(a + 4)} << 32; }

    void write16_le(Addr a, std::uint16_t v) {
        bytes_[a] = static_cast<std::uint8_t>(v);
        bytes_[a + 1] = static_cast<std::uint8_t>(v >> 8);
        mark_dirty(a, 2);
    }
    void write16_be(Addr a, std::uint16_t v) {
        bytes_[a] = static_cast<std::uint8_t>(v >> 8);
        bytes_[a + 1] = static_cast<std::uint8_t>(v);
        mark_dirty(a, 2);
    }
    void write32_le(Addr a, std::uint32_t v) {
        write16_le(a, static_cast<std::uint16_t>(v));
        write16_le(a + 2, static_cast<std::uint16_t>(v >> 16));
    }
    void write32_be(Addr a, std::uint32_t v) {
        write16_be(a, static_cast<std::uint16_t>(v >> 16));
        write16_be(a + 2, static_cast<std::uint16_t>(v));
    }
    void write64_be(Addr a, std::uint64_t v) {
        write32_be(a, static_cast<std::uint32_t>(v >> 32));
        write32_be(a + 4, static_cast<std::uint32_t>(v));
    }
    void write64_le(Addr a, std::uint64_t v) {
        write32_le(a, static_cast<std::uint32_t>(v));
        write32_le(a + 4, static_cast<std::uint32_t>(v >> 32));
    }

    // ---- checked, byte-order-explicit access for the SCP, loaders and tests ----
    // `width` is 1, 2, 4 or 8 bytes. False (and nothing changed) outside memory.
    bool read(Addr a, unsigned width, ByteOrder order, std::uint64_t& value) const {
        if (!contains(a, width)) return false;
        value = 0;
        for (unsigned i = 0; i < width; ++i) {
            const unsigned shift = order == ByteOrder::Big ? 8 * (width - 1 - i) : 8 * i;
            value |= std::uint64_t{bytes_[a + i]} << shift;
        }
        return true;
    }
    bool write(Addr a, unsigned width, ByteOrder order, std::uint64_t value) {
        if (!contains(a, width)) return false;
        for (unsigned i = 0; i < width; ++i) {
            const unsigned shift = order == ByteOrder::Big ? 8 * (width - 1 - i) : 8 * i;
            bytes_[a + i] = static_cast<std::uint8_t>(value >> shift);
        }
        mark_dirty(a, width);
        return true;
    }
    // Copies bytes in or out (loaders, channel transfers, DMA); false outside memory.
    bool load(Addr a, const void* src, std::size_t length) {
        if (!contains(a, length)) return false;
        std::memcpy(bytes_.data() + a, src, length);
        mark_dirty(a, length);
        return true;
    }
    bool store(Addr a, void* dst, std::size_t length) const {
        if (!contains(a, length)) return false;
        std::memcpy(dst, bytes_.data() + a, length);
        return true;
    }

private:
    std::vector<std::uint8_t> bytes_;
    std::vector<std::uint8_t> dirty_;  // one flag per page; bytes, not bits, so a write is one store
};

}  // namespace simmon
