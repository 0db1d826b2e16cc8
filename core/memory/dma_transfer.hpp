// Memory as a device that transfers data sees it: Unibus and Qbus DMA by the DEC
// controllers (through the bus's map), and later the 360's channels. Every transfer goes
// through one DmaTransfer, which reads and writes the Machine's memory and checks the
// machine's watchpoints in its physical spaces (AddressSpace::physical), so that
// `BREAK -w` on a buffer catches a disk read into it as it catches the CPU's stores.
//
// A hit does not cut the transfer short (a controller does not stop in the middle of a
// block because someone watches memory): the first hit is kept, and when the transfer
// ends (finish(), or the destructor) the machine is asked to stop with that watchpoint's
// message and the device's name ("Write watchpoint, address: 001010, written by RK"). The stop then takes effect as any other does, after the
// current instruction or event. Watchpoints in virtual spaces do not see DMA: a device
// has no virtual address.
//
// While no watchpoint is set in a physical space a transfer costs one test per access.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/machine/address_space.hpp"
#include "core/machine/stop.hpp"
#include "core/machine/types.hpp"
#include "core/memory/physical_memory.hpp"

namespace simmon {

class Machine;

class DmaTransfer {
public:
    // `device` names the transfer's master in the stop message ("RK").
    DmaTransfer(Machine& machine, std::string_view device);
    ~DmaTransfer() { finish(); }
    DmaTransfer(const DmaTransfer&) = delete;
    DmaTransfer& operator=(const DmaTransfer&) = delete;

    // Physical addresses; false (and nothing moved) outside memory.
    bool read8(Addr pa, std::uint8_t& value) {
        if (!memory_.contains(pa, 1)) return false;
        if (watching_) check(pa, 1, false);
        value = memory_.read8(pa);
        return true;
    }
    bool write8(Addr pa, std::uint8_t value) {
        if (!memory_.contains(pa, 1)) return false;
        if (watching_) check(pa, 1, true);
        memory_.write8(pa, value);
        return true;
    }
    bool read16(Addr pa, ByteOrder order, std::uint16_t& value) {
        if (!memory_.contains(pa, 2)) return false;
        if (watching_) check(pa, 2, false);
        value = order == ByteOrder::Little ? memory_.read16_le(pa) : memory_.read16_be(pa);
        return true;
    }
    bool write16(Addr pa, ByteOrder order, std::uint16_t value) {
        if (!memory_.contains(pa, 2)) return false;
        if (watching_) check(pa, 2, true);
        if (order == ByteOrder::Little)
            memory_.write16_le(pa, value);
        else
            memory_.write16_be(pa, value);
        return true;
    }
    // Blocks of bytes in memory order (a channel's data area).
    bool read(Addr pa, std::uint8_t* bytes, std::size_t length) {
        if (!memory_.contains(pa, length)) return false;
        if (watching_ && length) check(pa, length, false);
        return memory_.store(pa, bytes, length);
    }
    bool write(Addr pa, const std::uint8_t* bytes, std::size_t length) {
        if (!memory_.contains(pa, length)) return false;
        if (watching_ && length) check(pa, length, true);
        return memory_.load(pa, bytes, length);
    }

    // Ends the transfer: a watchpoint hit becomes the machine's stop. Idempotent.
    void finish();
    bool hit() const { return hit_; }

private:
    void check(Addr pa, std::size_t length, bool is_write);

    Machine& machine_;
    PhysicalMemory& memory_;
    std::string_view device_;
    SpaceMask spaces_ = 0;  // physical spaces that have watchpoints
    bool watching_ = false;
    bool hit_ = false;
    bool hit_write_ = false;
    bool reported_ = false;
    StopInfo stop_;
};

}  // namespace simmon
