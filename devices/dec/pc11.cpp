#include "devices/dec/pc11.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "devices/dec/dec_device_support.hpp"

namespace simmon::dec {

namespace {
constexpr std::uint16_t kError = 0100000;
constexpr std::uint16_t kBusy = 04000;
constexpr std::uint16_t kDone = 0200;  // DONE (reader) / READY (punch)
constexpr std::uint16_t kIntEnable = 0100;
constexpr std::uint16_t kReaderEnable = 01;

constexpr std::uint32_t kDebugReg = 1u << 0;
constexpr std::uint32_t kDebugData = 1u << 1;

// Interrupt enable follows the PC11 rule: a request whenever IE is set together with
// DONE/READY or ERROR; setting IE with either already up interrupts at once.
void update_enable(DecBus& bus, int irq, bool was_enabled, bool enabled, bool flag_up) {
    if (!enabled)
        bus.clear_interrupt(irq);
    else if (!was_enabled && flag_up)
        bus.raise_interrupt(irq);
}
}  // namespace

// ---------------------------------------------------------------- PTR

Pc11Reader::Pc11Reader(Machine& machine, DecBus& bus) : BusDevice(machine, bus, "PTR", "PC11 paper tape reader") {
    add_unit("PTR", true);
    irq_ = bus.add_interrupt("PTR", 4, kVector);
    read_event_ = machine.scheduler().add_handler("PTR", [this] { character_read(); });
    add_register(reg_computed(
        "PRS", 16, Radix::Octal, "reader status (15 ERROR, 11 BUSY, 7 DONE, 6 IE)",
        [this] { return std::uint64_t{status_value()}; },
        [this](std::uint64_t v) { prs_ = static_cast<std::uint16_t>(v & (kBusy | kDone | kIntEnable)); }));
    add_register(reg_field("PRB", prb_, 8, Radix::Octal, "reader buffer"));
    add_register(reg_field("EOT", out_of_tape_, 1, Radix::Octal, "tape has run out"));
    add_register(reg_field("POS", position_, 32, Radix::Decimal, "position in the tape (characters)"));
    add_register(reg_field("TIME", delay_, 32, Radix::Decimal, "time per character (microseconds)"));
    add_register(interrupt_register("INT", bus, irq_));
    set_debug_flags({"REG", "DATA"});
    reset();
}

void Pc11Reader::serialize(StateArchive& s) {
    s(prs_);
    s(prb_);
    s(out_of_tape_);
    s(position_);
    s(delay_);
    serialize_interrupt(s, bus(), irq_);
}

std::uint16_t Pc11Reader::status_value() const {
    std::uint16_t st = prs_ & (kBusy | kDone | kIntEnable);
    if (!units()[0]->file().is_open() || out_of_tape_) st |= kError;
    return st;
}

void Pc11Reader::reset() {
    machine().scheduler().cancel(read_event_);
    prs_ = 0;
    prb_ = 0;
    bus().clear_interrupt(irq_);
}

bool Pc11Reader::read(std::uint32_t addr, std::uint16_t& data) {
    if ((addr & 2) == 0) {
        data = status_value();
    } else {
        data = prb_ & 0377;
        prs_ &= ~kDone;
        if ((status_value() & kError) == 0) bus().clear_interrupt(irq_);
    }
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("read {:06o} = {:06o}", addr, data));
    return true;
}

bool Pc11Reader::write(std::uint32_t addr, std::uint16_t data, bool byte) {
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("write {:06o} <- {:06o}", addr, data));
    if ((addr & 2) != 0 || !writes_low_byte(addr, byte)) return true;
    bool was_enabled = prs_ & kIntEnable;
    prs_ = static_cast<std::uint16_t>((prs_ & ~kIntEnable) | (data & kIntEnable));
    bool enabled = prs_ & kIntEnable;
    if ((data & kReaderEnable) && (prs_ & kBusy) == 0) {
        prs_ &= ~kDone;
        bus().clear_interrupt(irq_);
        if (status_value() & kError) {
            if (enabled) bus().raise_interrupt(irq_);  // no tape: ERROR answers at once
            return true;
        }
        prs_ |= kBusy;
        machine().scheduler().activate(read_event_, usec(delay_));
        return true;
    }
    update_enable(bus(), irq_, was_enabled, enabled, status_value() & (kDone | kError));
    return true;
}

void Pc11Reader::character_read() {
    prs_ &= ~kBusy;
    Unit& u = *units()[0];
    std::uint8_t c = 0;
    if (u.file().is_open() && u.file().read_at(position_, &c, 1) == 1) {
        prb_ = c;
        ++position_;
        prs_ |= kDone;
        if (debug_mask() & kDebugData) debug(kDebugData, fmt::format("read {:03o}", c));
    } else {
        out_of_tape_ = true;  // the tape ran out of the reader: ERROR
    }
    if (prs_ & kIntEnable) bus().raise_interrupt(irq_);
}

Status Pc11Reader::attach(Unit& unit, const std::string& path, const AttachOptions& options) {
    AttachOptions ro = options;
    ro.read_only = true;  // a reader never writes, and never creates a missing tape
    ro.create_new = false;
    if (Status s = Device::attach(unit, path, ro); !s) return s;
    position_ = 0;
    out_of_tape_ = false;
    return Status::ok();
}

Status Pc11Reader::detach(Unit& unit) {
    position_ = 0;
    out_of_tape_ = false;
    return Device::detach(unit);
}

Status Pc11Reader::ready_for_boot(Unit& unit) {
    if (!unit.file().is_open()) return Status::error("PTR is not attached");
    return Status::ok();
}

void Pc11Reader::tape_read(std::uint64_t characters) {
    const std::uint64_t size = units().front()->file().is_open() ? units().front()->file().size() : 0;
    position_ = std::min(position_ + characters, size);
}

}  // namespace simmon::dec
