#include "core/memory/dma_transfer.hpp"

#include <fmt/format.h>

#include "core/machine/machine.hpp"

namespace simmon {

DmaTransfer::DmaTransfer(Machine& machine, std::string_view device)
    : machine_(machine), memory_(machine.memory()), device_(device) {
    const BreakpointTable& bp = machine.breakpoints();
    if (!bp.watch_armed()) return;
    for (const AddressSpace& s : machine.cpu().address_spaces())
        if (s.physical) spaces_ |= space_bit(s.id);
    spaces_ &= bp.watch_spaces();
    watching_ = spaces_ != 0;
}

void DmaTransfer::check(Addr pa, std::size_t length, bool is_write) {
    BreakpointTable& bp = machine_.breakpoints();
    for (SpaceMask left = spaces_; left != 0; left &= left - 1) {
        const int space = __builtin_ctz(left);
        StopInfo stop;
        if (!bp.check_access(pa, static_cast<unsigned>(length), space, is_write, stop)) continue;
        // The first hit is the one reported; later accesses need no more checks.
        stop_ = std::move(stop);
        hit_ = true;
        hit_write_ = is_write;
        watching_ = false;
        return;
    }
}

void DmaTransfer::finish() {
    if (!hit_ || reported_) return;
    reported_ = true;
    machine_.request_stop(stop_.code,
                          fmt::format("{}, {} by {}", stop_.message, hit_write_ ? "written" : "read", device_),
                          std::move(stop_.actions));
}

}  // namespace simmon
