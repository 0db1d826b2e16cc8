#include "devices/dec/character_output.hpp"

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "devices/dec/dec_device_support.hpp"

namespace simmon::dec {

namespace {
constexpr std::uint16_t kError = 0100000;
constexpr std::uint16_t kDone = 0200;  // DONE (LP11) / READY (PC11 punch)
constexpr std::uint16_t kIntEnable = 0100;
constexpr std::uint32_t kDebugReg = 1u << 0;
constexpr std::uint32_t kDebugData = 1u << 1;
}  // namespace

CharacterOutput::CharacterOutput(Machine& machine, DecBus& bus, const CharacterOutputTraits& traits, SimTime delay)
    : BusDevice(machine, bus, std::string(traits.name), std::string(traits.description)), traits_(traits),
      delay_(delay / kNsPerUsec) {
    const std::string name(traits.name);
    add_unit(name, true);
    irq_ = bus.add_interrupt(name, 4, traits.vector);
    output_event_ = machine.scheduler().add_handler(name, [this] { character_done(); });
    add_register(reg_computed(
        std::string(traits.status_name), 16, Radix::Octal, std::string(traits.status_help),
        [this] { return std::uint64_t{status_value()}; },
        [this](std::uint64_t v) { status_ = static_cast<std::uint16_t>(v & (kDone | kIntEnable)); }));
    add_register(reg_field(std::string(traits.buffer_name), buffer_, 8, Radix::Octal, std::string(traits.buffer_help)));
    add_register(reg_field("POS", position_, 32, Radix::Decimal, "characters in the output file"));
    add_register(reg_field("TIME", delay_, 32, Radix::Decimal, "time per character (microseconds)"));
    add_register(interrupt_register("INT", bus, irq_));
    set_debug_flags({"REG", "DATA"});
    reset();
}

void CharacterOutput::serialize(StateArchive& s) {
    s(status_);
    s(buffer_);
    s(position_);
    s(delay_);
    serialize_interrupt(s, bus(), irq_);
}

std::uint16_t CharacterOutput::status_value() const {
    std::uint16_t st = status_ & (kDone | kIntEnable);
    if (!units()[0]->file().is_open()) st |= kError;
    return st;
}

void CharacterOutput::reset() {
    machine().scheduler().cancel(output_event_);
    status_ = kDone;
    buffer_ = 0;
    bus().clear_interrupt(irq_);
}

bool CharacterOutput::read(std::uint32_t addr, std::uint16_t& data) {
    data = (addr & 2) == 0 ? status_value() : 0;
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("read {:06o} = {:06o}", addr, data));
    return true;
}

bool CharacterOutput::write(std::uint32_t addr, std::uint16_t data, bool byte) {
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("write {:06o} <- {:06o}", addr, data));
    if (!writes_low_byte(addr, byte)) return true;
    if ((addr & 2) == 0) {
        const bool was_enabled = status_ & kIntEnable;
        status_ = static_cast<std::uint16_t>((status_ & ~kIntEnable) | (data & kIntEnable));
        if ((status_ & kIntEnable) == 0)
            bus().clear_interrupt(irq_);
        else if (!was_enabled && (status_value() & (kDone | kError)))
            bus().raise_interrupt(irq_);
        return true;
    }
    buffer_ = data & traits_.data_mask;
    status_ &= ~kDone;
    bus().clear_interrupt(irq_);
    machine().scheduler().activate(output_event_, usec(delay_));
    return true;
}

void CharacterOutput::character_done() {
    Unit& u = *units()[0];
    if (u.file().is_open()) {
        const auto c = static_cast<std::uint8_t>(buffer_);
        if (Status s = u.file().write_at(position_, &c, 1); !s)
            machine().request_stop(StopCode::GuestError, fmt::format("{}: {}", traits_.name, s.message()));
        else
            ++position_;
        if (debug_mask() & kDebugData) debug(kDebugData, fmt::format("{} {:03o}", traits_.done_verb, c));
    }
    // Without a file the cycle still completes; ERROR tells the program.
    status_ |= kDone;
    if (status_ & kIntEnable) bus().raise_interrupt(irq_);
}

Status CharacterOutput::attach(Unit& unit, const std::string& path, const AttachOptions& options) {
    if (options.read_only)
        return Status::error(fmt::format("{}: {} cannot be attached read-only", traits_.name, traits_.what));
    if (Status s = Device::attach(unit, path, options); !s) return s;
    position_ = unit.file().size();  // output continues after what the file holds
    return Status::ok();
}

}  // namespace simmon::dec
