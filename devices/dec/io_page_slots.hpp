// The I/O page of an 18-bit DEC bus address space (760000-777777 on the Unibus and on the
// Q22 bus alike) as a table of word slots: which device's register block answers at each
// even address, and by how much a moved block's addresses are shifted back to the decoding
// the device was built with (its csr_base()). The PDP-11's Unibus and the KA655's Q22 bus
// each keep such a table with a slot type of their own (the Unibus's slots may also hold
// the processor's registers); what SET dev ADDRESS= and a saved state's moves do to the
// table is the same on both, and is written here once.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/machine/status.hpp"
#include "devices/dec/dec_bus.hpp"

namespace simmon::dec {

inline constexpr std::uint32_t kIoPageFirst = 0760000;
inline constexpr std::uint32_t kIoPageLast = 0777777;

// Where `device`'s register block answers now: the first slot it holds, else (a device
// not in the table, disabled at build) its csr_base().
template <class Slot, std::size_t N>
std::uint32_t io_page_address_of(const std::array<Slot, N>& slots, const BusDevice& device) {
    for (std::uint32_t i = 0; i < N; ++i)
        if (slots[i].device == &device) return kIoPageFirst + 2 * i;
    return device.csr_base();
}

// Moves the blocks all at once: the moving blocks leave their slots first, then each is
// placed where it goes, checked against the final set, so that devices may trade places
// (a saved state in which RK and RL swapped addresses). A slot taken by something that
// stays, or by a block placed before it, refuses the whole set and the table is put back
// as it was. `owner(slot)` names what holds a slot ("" when it is free);
// `moved(device, shift)` makes the slot of a moved block.
template <class Slot, std::size_t N, class Owner, class Moved>
Status move_io_page_blocks(std::array<Slot, N>& slots, const std::vector<DecBus::Placement>& moves, Owner owner,
                           Moved moved) {
    for (const DecBus::Placement& p : moves) {
        const std::uint32_t bytes = p.device->csr_bytes();
        if (p.base % 2 != 0 || p.base < kIoPageFirst || p.base + bytes - 1 > kIoPageLast)
            return Status::error(fmt::format("{} ADDRESS={:o}: the registers must lie in the I/O page, 760000-777777, at an even address",
                                             p.device->name(), p.base));
    }
    const std::array<Slot, N> before = slots;
    for (const DecBus::Placement& p : moves)
        for (Slot& s : slots)
            if (s.device == p.device) s = Slot{};
    for (const DecBus::Placement& p : moves) {
        const std::uint32_t bytes = p.device->csr_bytes();
        for (std::uint32_t a = p.base; a < p.base + bytes; a += 2) {
            const std::string holder = owner(slots[(a - kIoPageFirst) >> 1]);
            if (!holder.empty()) {
                slots = before;
                return Status::error(fmt::format("{} ADDRESS={:o}: {:o} belongs to {}", p.device->name(), p.base, a, holder));
            }
        }
        const std::uint32_t shift = (p.base - p.device->csr_base()) & kIoPageLast;
        for (std::uint32_t a = p.base; a < p.base + bytes; a += 2) slots[(a - kIoPageFirst) >> 1] = moved(p.device, shift);
    }
    return Status::ok();
}

// The interrupt lines a device registered, in order: those named as the device, or the
// device's name and "-..." ("DZ-RX", "DZ-TX"). `lines` are the bus's lines, each with a
// `name`.
template <class Lines>
std::vector<int> interrupt_lines_of(const Lines& lines, const std::string& device_name) {
    std::vector<int> out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i].name;
        if (line == device_name || (line.size() > device_name.size() && line.compare(0, device_name.size(), device_name) == 0 &&
                                    line[device_name.size()] == '-'))
            out.push_back(static_cast<int>(i));
    }
    return out;
}

}  // namespace simmon::dec
