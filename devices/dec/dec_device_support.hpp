// Small pieces every DEC I/O-page controller needs: merging byte writes into a register,
// the command register of a one-function-at-a-time controller, a saved pseudo-register
// that carries an interrupt request across SAVE/RESTORE, DMA address counters, and
// reading and writing image words.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/images/host_file.hpp"

#include "core/machine/register_desc.hpp"
#include "core/state/state_archive.hpp"
#include "devices/dec/dec_bus.hpp"

namespace simmon::dec {

// A Unibus DATOB writes one byte: the even address is the low byte, the odd one the high
// byte. Returns the register value after the write; `writable` limits the bits that change.
inline std::uint16_t merge_write(std::uint16_t old, std::uint32_t addr, std::uint16_t data, bool byte,
                                 std::uint16_t writable = 0xFFFF) {
    std::uint16_t value = data;
    if (byte) {
        value = (addr & 1) ? static_cast<std::uint16_t>((old & 0x00FF) | ((data & 0xFF) << 8))
                           : static_cast<std::uint16_t>((old & 0xFF00) | (data & 0xFF));
    }
    return static_cast<std::uint16_t>((old & ~writable) | (value & writable));
}

// True when a write touches the low byte of the register at `addr` (word writes and
// byte writes to the even address do; a byte write to the odd address does not).
inline bool writes_low_byte(std::uint32_t addr, bool byte) { return !byte || (addr & 1) == 0; }

// "INT" register: whether the device's bus request is pending. Saved, so a restored
// machine sees the same pending interrupts.
inline RegisterDesc interrupt_register(std::string name, DecBus& bus, const int& line) {
    return reg_computed(
        std::move(name), 1, Radix::Octal, "interrupt request pending",
        [&bus, &line] { return static_cast<std::uint64_t>(bus.interrupt_pending(line) ? 1 : 0); },
        [&bus, &line](std::uint64_t v) {
            if (v & 1)
                bus.raise_interrupt(line);
            else
                bus.clear_interrupt(line);
        });
}

// A device's pending bus request as part of its state (serialize()).
inline void serialize_interrupt(StateArchive& s, DecBus& bus, int line) {
    bool pending = bus.interrupt_pending(line);
    s(pending);
    if (s.loading()) {
        if (pending)
            bus.raise_interrupt(line);
        else
            bus.clear_interrupt(line);
    }
}

// Raises or drops `line` so that it follows `request` (a level computed from a device's
// DONE and interrupt-enable bits when the level, not an edge, is what the hardware uses).
inline void drive_interrupt(DecBus& bus, int line, bool request) {
    if (request)
        bus.raise_interrupt(line);
    else
        bus.clear_interrupt(line);
}

// The command and status register of a controller that runs one function at a time
// (RK11 RKCS, TM11 MTC). While the controller is busy (READY clear) a write changes only
// the interrupt enable, as the hardware ignores GO until READY; otherwise the writable
// bits are taken and GO, which reads back as 0, starts the function. Setting the enable
// while READY requests an interrupt and clearing it withdraws one (RK11-D and TM11
// manuals, "interrupt on done enable"). Returns true when the caller is to start the
// function now.
struct FunctionCsrBits {
    std::uint16_t ready, interrupt_enable, go, writable;
};

inline bool write_function_csr(std::uint16_t& csr, const FunctionCsrBits& bits, std::uint32_t addr,
                               std::uint16_t data, bool byte, DecBus& bus, int irq) {
    const bool was_enabled = csr & bits.interrupt_enable;
    const std::uint16_t value = merge_write(csr, addr, data, byte, bits.writable);
    if ((csr & bits.ready) == 0) {
        csr = static_cast<std::uint16_t>((csr & ~bits.interrupt_enable) | (value & bits.interrupt_enable));
    } else {
        csr = static_cast<std::uint16_t>(value & ~bits.go);
        if (value & bits.go) return true;
    }
    if ((csr & bits.interrupt_enable) == 0)
        bus.clear_interrupt(irq);
    else if (!was_enabled && (csr & bits.ready))
        bus.raise_interrupt(irq);
    return false;
}

// A controller's DMA address: its 16-bit bus address register and its extension bits
// (RK11 MEX, RL11 BA17:16, TM11 XBA17:16, RLV12 BAE) count as one register of `bits`
// bits, which carries from the low word into the extension and wraps at its own width.
inline std::uint32_t advance_dma_address(std::uint32_t address, std::uint32_t bytes, int bits) {
    return (address + bytes) & ((std::uint32_t{1} << bits) - 1);
}

// Disk images hold 16-bit words little-endian, whatever the host. Reads `count` words
// at byte `offset`; bytes past the end of the file read as zero.
inline void read_image_words(const HostFile& file, std::uint64_t offset, std::uint16_t* words, std::size_t count,
                             std::vector<std::uint8_t>& scratch) {
    scratch.resize(count * 2);
    file.read_at(offset, scratch.data(), scratch.size());
    for (std::size_t i = 0; i < count; ++i)
        words[i] = static_cast<std::uint16_t>(scratch[2 * i] | (scratch[2 * i + 1] << 8));
}

inline Status write_image_words(HostFile& file, std::uint64_t offset, const std::uint16_t* words, std::size_t count,
                                std::vector<std::uint8_t>& scratch) {
    scratch.resize(count * 2);
    for (std::size_t i = 0; i < count; ++i) {
        scratch[2 * i] = static_cast<std::uint8_t>(words[i] & 0xFF);
        scratch[2 * i + 1] = static_cast<std::uint8_t>(words[i] >> 8);
    }
    return file.write_at(offset, scratch.data(), scratch.size());
}

}  // namespace simmon::dec
