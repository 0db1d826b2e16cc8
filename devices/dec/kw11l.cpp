#include "devices/dec/kw11l.hpp"

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "core/scheduler/line_rate.hpp"
#include "devices/dec/dec_device_support.hpp"

namespace simmon::dec {

namespace {
constexpr std::uint16_t kMonitor = 0200;
constexpr std::uint16_t kIntEnable = 0100;
constexpr std::uint32_t kDebugReg = 1u << 0;
constexpr std::uint32_t kDebugTick = 1u << 1;
}  // namespace

Kw11l::Kw11l(Machine& machine, DecBus& bus) : BusDevice(machine, bus, "CLK", "KW11-L line time clock") {
    add_unit("CLK", false);
    irq_ = bus.add_interrupt("CLK", 6, kVector);
    tick_event_ = machine.scheduler().add_handler("CLK", [this] { tick(); });

    add_register(reg_field("LKS", lks_, 16, Radix::Octal, "status (7 monitor, 6 interrupt enable)"));
    add_register(interrupt_register("INT", bus, irq_));
    RegisterDesc hz = reg_computed(
        "HZ", 8, Radix::Decimal, "line frequency (50 or 60)", [this] { return static_cast<std::uint64_t>(hertz_); },
        // DEPOSIT refuses anything else (below); a direct set keeps the clock valid.
        [this](std::uint64_t v) { hertz_ = v == 50 ? 50 : 60; });
    hz.refuse = [](std::uint64_t v) {
        return v == 50 || v == 60 ? std::string{} : fmt::format("{} Hz is no line frequency; 50 or 60", v);
    };
    add_register(std::move(hz));
    add_register(reg_field("TICKS", ticks_, 64, Radix::Decimal, "ticks since power-up"));

    for (int hz : {50, 60}) {
        Modifier m;
        m.name = fmt::format("{}HZ", hz);
        m.help = fmt::format("{} Hz line frequency: {} ticks a second of simulated time", hz, hz);
        m.set = [this, hz](Unit*, std::string_view) {
            hertz_ = hz;
            // The pending tick keeps its time; the ones after it come at the new rate.
            return Status::ok();
        };
        m.show = [this](const Unit*) { return fmt::format("{}HZ", hertz_); };
        m.in_summary = hz == 60;
        add_modifier(std::move(m));
    }
    set_debug_flags({"REG", "TICK"});
    reset();
}

void Kw11l::serialize(StateArchive& s) {
    s(lks_);
    s.checked(hertz_, [](int hz) { return hz == 50 || hz == 60; }, "CLK: the line frequency is neither 50 nor 60 Hz");
    s(ticks_);
    serialize_interrupt(s, bus(), irq_);
}

void Kw11l::reset() {
    // BUS INIT clears interrupt enable; the monitor flag reads set, as after a tick.
    lks_ = kMonitor;
    bus().clear_interrupt(irq_);
    // The line frequency does not stop for a RESET: keep the tick phase if running.
    machine().scheduler().activate_if_idle(tick_event_, time_to_next_tick());
}

bool Kw11l::read(std::uint32_t addr, std::uint16_t& data) {
    data = lks_ & (kMonitor | kIntEnable);
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("read {:06o} = {:06o}", addr, data));
    return true;
}

bool Kw11l::write(std::uint32_t addr, std::uint16_t data, bool byte) {
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("write {:06o} <- {:06o}", addr, data));
    if (!writes_low_byte(addr, byte)) return true;
    // The program can only clear the monitor flag (writing 0 to bit 7); the clock sets it.
    if ((data & kMonitor) == 0) lks_ &= ~kMonitor;
    lks_ = static_cast<std::uint16_t>((lks_ & ~kIntEnable) | (data & kIntEnable));
    if ((lks_ & kIntEnable) == 0) bus().clear_interrupt(irq_);
    return true;
}

SimTime Kw11l::time_to_next_tick() const {
    return time_to_next_line_tick(machine().scheduler().now(), static_cast<std::uint64_t>(hertz_));
}

void Kw11l::tick() {
    machine().scheduler().activate(tick_event_, time_to_next_tick());
    ++ticks_;
    if (!enabled()) return;
    lks_ |= kMonitor;
    if (lks_ & kIntEnable) bus().raise_interrupt(irq_);
    if (debug_mask() & kDebugTick) debug(kDebugTick, "tick");
}

std::vector<std::string> Kw11l::clock_status() const {
    return {fmt::format("{} Hz line clock, {} ticks, interrupt {}, next tick in {} ns", hertz_, ticks_,
                       (lks_ & 0100) ? "enabled" : "disabled", time_to_next_tick())};
}

}  // namespace simmon::dec
