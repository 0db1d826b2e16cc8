// SIMH's ADDRESS= and VECTOR= on every DEC bus device. Where a device answers and through
// which vectors it interrupts is the bus's business (a Unibus card has jumpers for both);
// the device keeps its own register decoding, the bus translates. Like a card's jumpers,
// a moved address or vector stays through RESET, BUS INIT and power-on (as in SIMH, whose
// DIB keeps what SET put there); ADDRESS=DEFAULT and VECTOR=DEFAULT put back the device's
// standard ones, as it was built, and AUTOCONFIGURE both (SIMH's name: there it returns a
// device to the floating addresses its autoconfiguration computes; simmon's devices sit
// at fixed standard addresses, so that is what it restores).
#include <fmt/format.h>

#include "core/state/state_archive.hpp"
#include "core/text/case_compare.hpp"
#include "core/text/numbers.hpp"
#include "devices/dec/dec_bus.hpp"

namespace simmon::dec {

void BusDevice::add_bus_modifiers() {
    Modifier address;
    address.name = "ADDRESS";
    address.takes_value = true;
    address.help = "ADDRESS=a: where the registers answer in the I/O page (octal, 760000-777776); DEFAULT: the standard address";
    address.set = [this](Unit*, std::string_view value) {
        if (iequals(value, "DEFAULT")) return restore_address();
        std::uint64_t a = 0;
        if (!parse_number(value, Radix::Octal, a) || a > 017777777)
            return Status::error(fmt::format("{} ADDRESS={}: an octal I/O page address", name(), value));
        // SIMH takes a 22-bit address as well; the I/O page is the top 8 KB either way.
        if (a >= 017760000) a -= 017000000;
        return bus_.move_device(*this, static_cast<std::uint32_t>(a));
    };
    address.show = [this](const Unit*) {
        const std::uint32_t a = bus_.device_address(*this);
        return fmt::format("address={:o}-{:o}", a, a + csr_bytes() - 1);
    };
    add_modifier(std::move(address));

    Modifier vector;
    vector.name = "VECTOR";
    vector.takes_value = true;
    vector.help = "VECTOR=v: the interrupt vector (octal); a device with several gets v, v+4 ...; DEFAULT: the standard ones";
    vector.set = [this](Unit*, std::string_view value) {
        if (iequals(value, "DEFAULT")) return restore_vectors();
        const std::vector<int> lines = bus_.device_interrupts(*this);
        if (lines.empty()) return Status::error(fmt::format("{} has no interrupt vector this bus can move", name()));
        const std::uint64_t step = 4 * lines.size();
        std::uint64_t v = 0;
        if (!parse_number(value, Radix::Octal, v) || v % step != 0 || v + step > 01000)
            return Status::error(fmt::format("{} VECTOR={}: a vector is a multiple of {:o} below 1000 (octal)", name(), value, step));
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (!bus_.set_interrupt_vector(lines[i], static_cast<std::uint16_t>(v + 4 * i)))
                return Status::error(fmt::format("{}: this bus cannot move interrupt vectors", name()));
        return Status::ok();
    };
    vector.show = [this](const Unit*) {
        const std::vector<int> lines = bus_.device_interrupts(*this);
        if (lines.empty()) return std::string("no interrupt vector");
        std::string out = fmt::format("vector={:o}", bus_.interrupt_vector(lines.front()));
        if (lines.size() > 1) out += fmt::format("-{:o}", bus_.interrupt_vector(lines.back()));
        return out;
    };
    add_modifier(std::move(vector));

    Modifier autoconfigure;
    autoconfigure.name = "AUTOCONFIGURE";
    autoconfigure.help = "the standard address and vectors again (ADDRESS=DEFAULT and VECTOR=DEFAULT)";
    autoconfigure.set = [this](Unit*, std::string_view) {
        if (Status st = restore_address(); !st) return st;
        if (bus_.device_interrupts(*this).empty()) return Status::ok();
        return restore_vectors();
    };
    add_modifier(std::move(autoconfigure));
}

Status BusDevice::restore_address() {
    if (bus_.device_address(*this) == csr_base()) return Status::ok();
    return bus_.move_device(*this, csr_base());
}

Status BusDevice::restore_vectors() {
    const std::vector<int> lines = bus_.device_interrupts(*this);
    if (lines.empty()) return Status::error(fmt::format("{} has no interrupt vector this bus can move", name()));
    for (int line : lines) {
        const std::uint16_t built = bus_.built_interrupt_vector(line);
        if (built == 0 || !bus_.set_interrupt_vector(line, built))
            return Status::error(fmt::format("{}: this bus cannot restore the standard vectors", name()));
    }
    return Status::ok();
}

// The address and the vectors as the bus has them now. On load the vectors are set at once
// (they cannot collide) and the address is staged: finish_load() moves every staged block
// of the bus together, only those that differ, so a bus that cannot move anything
// restores a state that moved nothing; a place the bus refuses fails the load, and the
// machine puts everything back.
void BusDevice::serialize_placement(StateArchive& s) {
    std::uint32_t address = bus_.device_address(*this);
    s(address);
    const std::vector<int> lines = bus_.device_interrupts(*this);
    std::vector<std::uint16_t> vectors;
    for (int line : lines) vectors.push_back(bus_.interrupt_vector(line));
    s.sequence(vectors, lines.size());
    if (!s.loading() || s.failed()) return;
    if (vectors.size() != lines.size()) return s.fail(fmt::format("{} has {} interrupt vectors, the state {}", name(), lines.size(), vectors.size()));
    // Every device stages its place, moved or not, so that a stale stage from a load that
    // failed half-way never survives into the next.
    bus_.stage_move(*this, address);
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (vectors[i] != bus_.interrupt_vector(lines[i]) && !bus_.set_interrupt_vector(lines[i], vectors[i]))
            return s.fail(fmt::format("{}: this bus cannot move interrupt vectors", name()));
}

Status BusDevice::finish_load() { return bus_.commit_staged_moves(); }

void DecBus::stage_move(BusDevice& device, std::uint32_t base) {
    for (Placement& p : staged_)
        if (p.device == &device) {
            p.base = base;
            return;
        }
    staged_.push_back(Placement{&device, base});
}

Status DecBus::commit_staged_moves() {
    if (staged_.empty()) return Status::ok();
    const std::vector<Placement> moves = std::move(staged_);
    staged_.clear();
    return move_devices(moves);
}

}  // namespace simmon::dec
