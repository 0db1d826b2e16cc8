// The PDP-11 machine: builds the Unibus, the CPU and the peripherals, and implements
// LOAD (absolute loader tapes, raw images), DUMP (raw) and BOOT.
#include "machines/pdp11/pdp11_machine.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <span>
#include <vector>

#include "core/text/numbers.hpp"
#include "machines/pdp11/bus/unibus.hpp"
#include "machines/pdp11/cpu/pdp11_cpu.hpp"
#include "machines/pdp11/loaders/absolute_tape.hpp"
#include "machines/pdp11/loaders/bootstraps.hpp"
#include "machines/pdp11/loaders/program_loaders.hpp"
#include "machines/pdp11/panel/pdp1170_panel.hpp"

namespace simmon::pdp11 {

Pdp11Machine::Pdp11Machine() : Machine("pdp11", "DEC PDP-11 (11/34, 11/40, 11/45, 11/70)", Radix::Octal) {
    unibus_ = std::make_unique<Unibus>(*this);
    auto cpu = std::make_unique<Pdp11Cpu>(*this, *unibus_);
    cpu_ = cpu.get();
    set_cpu(std::move(cpu));
    add_peripherals();
}

// The devices and the CPU (owned by Machine) refer to the Unibus, which outlives them
// (detail::UnibusOwner): detach their files while everything still exists.
Pdp11Machine::~Pdp11Machine() { detach_all(); }

void Pdp11Machine::reset() { Machine::reset(); }

std::unique_ptr<PanelModel> Pdp11Machine::make_panel(std::string& why_not) {
    if (cpu_->model().id != CpuModelId::Pdp11_70) {
        why_not = fmt::format("only the PDP-11/70's console is drawn (the CPU is an {}: SET CPU 11/70)", cpu_->model().name);
        return nullptr;
    }
    return std::make_unique<Pdp1170Panel>(*this);
}

Status Pdp11Machine::boot(Unit& unit) {
    reset();
    return load_bootstrap(*this, unit);
}

Status Pdp11Machine::load(const std::string& path, Switches switches, const std::vector<std::string>& args) {
    ByteWriter writer = [this](std::uint32_t addr, std::uint8_t byte) {
        return unibus_->write_physical_byte(addr, byte);
    };
    LoadResult result;
    if (has_switch(switches, 'r')) {
        std::uint64_t base = 0;
        if (!args.empty() && !parse_number(args[0], Radix::Octal, base))
            return Status::error(fmt::format("bad load address: {}", args[0]));
        if (args.size() > 1) return Status::error("LOAD -r takes a file and at most one address");
        Status st = load_raw_image(path, base, unibus_->memory_size(), writer, result);
        if (!st) return st;
        return Status::ok();
    }
    if (!args.empty()) return Status::error("LOAD of an absolute loader tape takes no address");
    Status st = load_absolute_tape(path, std::uint64_t{unibus_->memory_size()}, writer, result);
    if (!st) return st;
    if (result.start) cpu_->set_pc(*result.start);
    return Status::ok();
}

Status Pdp11Machine::dump(const std::string& path, Switches switches, const std::vector<std::string>& args) {
    // DUMP -r: the bytes as they are; without -r an absolute-loader tape (what LOAD reads
    // back; the Absolute Loader addresses 16 bits, so the range must lie below 64K).
    const bool raw = has_switch(switches, 'r');
    if (switches & ~switch_bit('r')) return Status::error("DUMP takes no switch but -r");
    if (args.size() != 2) return Status::error(raw ? "DUMP -r needs a low and a high address" : "DUMP needs a low and a high address");
    std::uint64_t lo = 0, hi = 0;
    if (!parse_number(args[0], Radix::Octal, lo) || !parse_number(args[1], Radix::Octal, hi) || hi < lo)
        return Status::error("bad address range for DUMP");
    if (hi >= unibus_->memory_size()) return Status::error("DUMP range goes beyond memory");
    if (!raw && hi > 0177777) return Status::error("an absolute-loader tape addresses 64K at most: DUMP -r for more");
    const std::uint8_t* bytes = unibus_->memory().data();
    std::size_t n = static_cast<std::size_t>(hi - lo + 1);
    std::vector<std::uint8_t> tape;
    if (!raw) {
        append_tape_blocks(static_cast<std::uint16_t>(lo), std::span<const std::uint8_t>(bytes + lo, n), tape);
        append_tape_end(1, tape);  // odd: LOAD leaves the PC alone
        bytes = tape.data();
        lo = 0;
        n = tape.size();
    }
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return Status::error(fmt::format("cannot create {}", path));
    bool ok = std::fwrite(bytes + lo, 1, n, f) == n;
    ok = std::fclose(f) == 0 && ok;
    if (!ok) return Status::error(fmt::format("error writing {}", path));
    return Status::ok();
}

}  // namespace simmon::pdp11
