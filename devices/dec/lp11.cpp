#include "devices/dec/lp11.hpp"

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "devices/dec/dec_device_support.hpp"

namespace simmon::dec {

namespace {
constexpr std::uint16_t kError = 0100000;
constexpr std::uint16_t kDone = 0200;
constexpr std::uint16_t kIntEnable = 0100;
constexpr std::uint32_t kDebugReg = 1u << 0;
constexpr std::uint32_t kDebugData = 1u << 1;
}  // namespace

Lp11::Lp11(Machine& machine, DecBus& bus) : BusDevice(machine, bus, "LPT", "LP11 line printer") {
    add_unit("LPT", true);
    irq_ = bus.add_interrupt("LPT", 4, kVector);
    print_event_ = machine.scheduler().add_handler("LPT", [this] { character_printed(); });
    add_register(reg_computed(
        "LPS", 16, Radix::Octal, "status (15 ERROR, 7 DONE, 6 IE)", [this] { return std::uint64_t{status_value()}; },
        [this](std::uint64_t v) { lps_ = static_cast<std::uint16_t>(v & (kDone | kIntEnable)); }));
    add_register(reg_field("LPB", lpb_, 8, Radix::Octal, "character buffer"));
    add_register(reg_field("POS", position_, 32, Radix::Decimal, "characters in the output file"));
    add_register(reg_field("TIME", delay_, 32, Radix::Decimal, "time per character (instructions)"));
    add_register(interrupt_register("INT", bus, irq_));
    set_debug_flags({"REG", "DATA"});
    reset();
}

std::uint16_t Lp11::status_value() const {
    std::uint16_t st = lps_ & (kDone | kIntEnable);
    if (!units()[0]->file().is_open()) st |= kError;
    return st;
}

void Lp11::reset() {
    machine().scheduler().cancel(print_event_);
    lps_ = kDone;
    lpb_ = 0;
    bus().clear_interrupt(irq_);
}

bool Lp11::read(std::uint32_t addr, std::uint16_t& data) {
    data = (addr & 2) == 0 ? status_value() : 0;
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("read {:06o} = {:06o}", addr, data));
    return true;
}

bool Lp11::write(std::uint32_t addr, std::uint16_t data, bool byte) {
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("write {:06o} <- {:06o}", addr, data));
    if (!writes_low_byte(addr, byte)) return true;
    if ((addr & 2) == 0) {
        bool was_enabled = lps_ & kIntEnable;
        lps_ = static_cast<std::uint16_t>((lps_ & ~kIntEnable) | (data & kIntEnable));
        // IE with DONE or ERROR already up interrupts at once; clearing IE withdraws it.
        if ((lps_ & kIntEnable) == 0)
            bus().clear_interrupt(irq_);
        else if (!was_enabled && (status_value() & (kDone | kError)))
            bus().raise_interrupt(irq_);
        return true;
    }
    lpb_ = data & 0177;
    lps_ &= ~kDone;
    bus().clear_interrupt(irq_);
    machine().scheduler().activate(print_event_, delay_);
    return true;
}

void Lp11::character_printed() {
    Unit& u = *units()[0];
    if (u.file().is_open()) {
        std::uint8_t c = static_cast<std::uint8_t>(lpb_);
        if (Status s = u.file().write_at(position_, &c, 1); !s)
            machine().request_stop(StopCode::GuestError, fmt::format("LPT: {}", s.message()));
        else
            ++position_;
        if (debug_mask() & kDebugData) debug(kDebugData, fmt::format("printed {:03o}", c));
    }
    lps_ |= kDone;
    if (lps_ & kIntEnable) bus().raise_interrupt(irq_);
}

Status Lp11::attach(Unit& unit, const std::string& path, const AttachOptions& options) {
    if (options.read_only) return Status::error("LPT: a printer cannot be attached read-only");
    if (Status s = Device::attach(unit, path, options); !s) return s;
    position_ = unit.file().size();  // printing continues after what the file holds
    return Status::ok();
}

}  // namespace simmon::dec
