// SAVE/RESTORE of a whole machine. Per device a section tagged with its name holds:
// enable flag, units (attachment, read-only, disabled), the `saved` registers by name,
// then the device's own extras. Units come first so that on restore a device is
// re-attached before its registers and extras are put back over whatever attach set.
// The scheduler (by handler name) and the CPU's counters close the file.
#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "core/state/state_io.hpp"

namespace simmon {

namespace {

enum class AttachKind : std::uint8_t { None = 0, File = 1, Text = 2 };

void save_units(const Device& d, StateWriter& w) {
    w.begin("UNITS");
    w.u32(static_cast<std::uint32_t>(d.units().size()));
    for (const auto& u : d.units()) {
        w.str(u->name());
        w.u8(u->disabled() ? 1 : 0);
        if (u->file().is_open()) {
            w.u8(static_cast<std::uint8_t>(AttachKind::File));
            w.str(u->file().path());
            w.u8(u->file().read_only() ? 1 : 0);
        } else if (!u->attach_text().empty()) {
            w.u8(static_cast<std::uint8_t>(AttachKind::Text));
            w.str(u->attach_text());
            w.u8(0);
        } else {
            w.u8(static_cast<std::uint8_t>(AttachKind::None));
            w.str("");
            w.u8(0);
        }
    }
    w.end();
}

void save_registers(const Device& d, StateWriter& w) {
    w.begin("REGISTERS");
    std::uint32_t count = 0;
    for (const RegisterDesc& r : d.registers())
        if (r.saved && r.get) ++count;
    w.u32(count);
    for (const RegisterDesc& r : d.registers()) {
        if (!r.saved || !r.get) continue;
        w.str(r.name);
        w.u64(r.get());
    }
    w.end();
}

Status restore_units(Device& d, StateReader& r) {
    if (!r.begin("UNITS")) return r.status();
    std::uint32_t count = 0;
    if (!r.u32(count)) return r.status();
    for (std::uint32_t i = 0; i < count; ++i) {
        std::string name, path;
        std::uint8_t disabled = 0, kind = 0, read_only = 0;
        if (!r.str(name) || !r.u8(disabled) || !r.u8(kind) || !r.str(path) || !r.u8(read_only)) return r.status();
        Unit* u = d.find_unit(name);
        if (!u) return Status::error(fmt::format("save file has unit {}, which {} does not have", name, d.name()));
        u->set_disabled(disabled != 0);
        if (u->attached()) {
            if (Status s = d.detach(*u); !s) return s;
        }
        if (static_cast<AttachKind>(kind) != AttachKind::None) {
            AttachOptions options;
            options.read_only = read_only != 0;
            options.quiet = true;
            if (Status s = d.attach(*u, path, options); !s)
                return Status::error(fmt::format("cannot re-attach {} to {}: {}", name, path, s.message()));
        }
    }
    r.end();
    return r.status();
}

Status restore_registers(Device& d, StateReader& r) {
    if (!r.begin("REGISTERS")) return r.status();
    std::uint32_t count = 0;
    if (!r.u32(count)) return r.status();
    for (std::uint32_t i = 0; i < count; ++i) {
        std::string name;
        std::uint64_t value = 0;
        if (!r.str(name) || !r.u64(value)) return r.status();
        const RegisterDesc* reg = d.find_register(name);
        if (!reg) return Status::error(fmt::format("save file has register {} {}, which this machine does not have", d.name(), name));
        if (reg->set) reg->set(value & reg->mask());
    }
    r.end();
    return r.status();
}

}  // namespace

Status Machine::save(const std::string& path) {
    StateWriter w;
    for (const Device* d : device_order_) {
        w.begin(d->name());
        w.u8(d->enabled() ? 1 : 0);
        save_units(*d, w);
        save_registers(*d, w);
        w.begin("EXTRA");
        if (Status s = d->save_extra(w); !s) return Status::error(fmt::format("cannot save {}: {}", d->name(), s.message()));
        w.end();
        w.end();
    }
    w.begin("SCHEDULER");
    scheduler_.save(w);
    w.end();
    w.begin("CPU-COUNTERS");
    w.u64(cpu_ ? cpu_->instructions_executed() : 0);
    w.end();
    return w.write_file(path, name_);
}

Status Machine::restore(const std::string& path) {
    StateReader r;
    if (Status s = r.read_file(path, name_); !s) return s;
    for (Device* d : device_order_) {
        if (!r.begin(d->name())) return r.status();
        std::uint8_t enabled = 1;
        if (!r.u8(enabled)) return r.status();
        if (d->enabled() != (enabled != 0)) {
            if (Status s = d->set_enabled(enabled != 0); !s) return s;
        }
        if (Status s = restore_units(*d, r); !s) return s;
        if (Status s = restore_registers(*d, r); !s) return s;
        if (!r.begin("EXTRA")) return r.status();
        if (Status s = d->restore_extra(r); !s) return s;
        if (!r.end() || !r.end()) return r.status();
    }
    if (!r.begin("SCHEDULER")) return r.status();
    if (Status s = scheduler_.restore(r); !s) return s;
    r.end();
    if (!r.begin("CPU-COUNTERS")) return r.status();
    std::uint64_t instructions = 0;
    if (!r.u64(instructions)) return r.status();
    if (cpu_) cpu_->set_instructions_executed(instructions);
    r.end();
    return r.status();
}

}  // namespace simmon
