// The state of a whole machine as one byte stream, and what SAVE, RESTORE, SNAPSHOT and
// REVERT do with it. The stream is a series of tagged sections (state_io.hpp):
//   UNITS      every unit: device, name, disabled, attachment (file or text), read-only
//   DEVICES    one section per device, tagged with its name: enabled, then
//              serialize_placement() (a bus device's address and vectors), serialize();
//              on load, every device's finish_load() once all sections are in (a bus
//              moves the register blocks they staged together: devices may trade places)
//   MEMORY     the size of main memory (Machine::memory()), then its bytes (a save file)
//              or nothing (a snapshot: its pages are beside the stream, memory_image.hpp)
//   SCHEDULER  the event queue by handler name, and the time
//   COUNTERS   the CPU's instruction count
// Units come first so that on load a device is re-attached before its serialize() puts
// back the state over whatever attaching set; memory comes after the devices because the
// CPU's section sets its size; the queue comes last so that events the attach or load
// scheduled are replaced by the saved ones.
//
// Loading is all or nothing. Before anything changes, the whole stream is walked (every
// section must parse), every unit and device it names must exist, and every image it
// names must open with the recorded access (never created). Then the present state is
// captured in memory, the stream is applied, and if applying fails anyway (a state from
// a differently configured machine) the captured state is applied back.
#include <filesystem>
#include <fmt/format.h>

#include "core/images/image_journal.hpp"
#include "core/machine/machine.hpp"
#include "core/memory/memory_image.hpp"
#include "core/state/state_archive.hpp"
#include "core/state/state_io.hpp"
#include "core/text/case_compare.hpp"

namespace simmon {

namespace {

enum class AttachKind : std::uint8_t { None = 0, File = 1, Text = 2 };

// How the MEMORY section holds the contents.
enum class MemoryKind : std::uint8_t { Bytes = 0, Pages = 1 };

struct UnitRecord {
    std::string device, unit;
    bool disabled = false;
    AttachKind kind = AttachKind::None;
    std::string path;
    bool read_only = false;
};

void save_units(const std::vector<Device*>& devices, StateWriter& w) {
    w.begin("UNITS");
    std::uint32_t count = 0;
    for (const Device* d : devices) count += static_cast<std::uint32_t>(d->units().size());
    w.u32(count);
    for (const Device* d : devices)
        for (const auto& u : d->units()) {
            w.str(d->name());
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

Status read_units(StateReader& r, std::vector<UnitRecord>& out) {
    if (!r.begin("UNITS")) return r.status();
    std::uint32_t count = 0;
    if (!r.u32(count)) return r.status();
    if (count > 4096) return Status::error("the state lists more units than any machine has");
    for (std::uint32_t i = 0; i < count; ++i) {
        UnitRecord u;
        std::uint8_t disabled = 0, kind = 0, read_only = 0;
        if (!r.str(u.device) || !r.str(u.unit) || !r.u8(disabled) || !r.u8(kind) || !r.str(u.path) ||
            !r.u8(read_only))
            return r.status();
        if (disabled > 1 || kind > 2 || read_only > 1) return Status::error("the state has a damaged unit record");
        u.disabled = disabled != 0;
        u.kind = static_cast<AttachKind>(kind);
        u.read_only = read_only != 0;
        out.push_back(std::move(u));
    }
    if (!r.end()) return r.status();
    return Status::ok();
}

bool same_attachment(const Unit& u, const UnitRecord& rec) {
    switch (rec.kind) {
        case AttachKind::None: return !u.attached();
        case AttachKind::File: return u.file().is_open() && u.file().path() == rec.path && u.file().read_only() == rec.read_only;
        case AttachKind::Text: return !u.file().is_open() && u.attach_text() == rec.path;
    }
    return false;
}

// Puts one unit's attachment as recorded; units already so are left open untouched.
Status apply_unit(Device& d, Unit& u, const UnitRecord& rec) {
    u.set_disabled(rec.disabled);
    if (same_attachment(u, rec)) return Status::ok();
    if (u.attached()) {
        if (Status s = d.detach(u); !s) return s;
    }
    if (rec.kind == AttachKind::None) return Status::ok();
    AttachOptions options;
    options.read_only = rec.read_only;
    options.quiet = true;
    options.must_exist = rec.kind == AttachKind::File;
    if (Status s = d.attach(u, rec.path, options); !s)
        return Status::error(fmt::format("cannot re-attach {} to {}: {}", u.name(), rec.path, s.message()));
    return Status::ok();
}

std::string journal_key(const std::string& path) {
    std::error_code ec;
    auto canonical = std::filesystem::weakly_canonical(path, ec);
    return ec ? path : canonical.string();
}

}  // namespace

// ---------------------------------------------------------------- capture

void Machine::capture_state(StateWriter& w, std::shared_ptr<const MemoryImage>* pages, bool becomes_base) {
    save_units(device_order_, w);
    w.begin("DEVICES");
    for (Device* d : device_order_) {
        w.begin(d->name());
        w.u8(d->enabled() ? 1 : 0);
        StateArchive archive(w);
        d->serialize_placement(archive);
        d->serialize(archive);
        w.end();
        if (archive.failed()) {
            // Keep the message; save() reports it.
            w.begin("FAILED");
            w.str(fmt::format("cannot save {}: {}", d->name(), archive.error()));
            w.end();
            break;
        }
    }
    w.end();
    w.begin("MEMORY");
    w.u64(memory_.size());
    if (pages) {
        w.u8(static_cast<std::uint8_t>(MemoryKind::Pages));
        const std::shared_ptr<const MemoryImage> base = memory_base_.lock();
        *pages = capture_memory(memory_, base.get(), becomes_base);
        if (becomes_base) memory_base_ = *pages;
    } else {
        w.u8(static_cast<std::uint8_t>(MemoryKind::Bytes));
        w.bytes(memory_.data(), memory_.size());
    }
    w.end();
    w.begin("SCHEDULER");
    scheduler_.save(w);
    w.end();
    w.begin("COUNTERS");
    w.u64(cpu_ ? cpu_->instructions_executed() : 0);
    w.end();
}

namespace {

// A capture that a device refused carries a FAILED section with the reason.
Status capture_status(const std::vector<std::uint8_t>& state) {
    StateReader r(state);
    std::vector<UnitRecord> units;
    if (Status s = read_units(r, units); !s) return s;
    if (!r.begin("DEVICES")) return r.status();
    std::string tag;
    while (r.peek_tag(tag)) {
        if (tag == "FAILED") {
            std::string message;
            r.begin("FAILED");
            r.str(message);
            return Status::error(message);
        }
        r.begin(tag);
        r.end();
    }
    return Status::ok();
}

}  // namespace

Status Machine::save(const std::string& path) {
    StateWriter w;
    capture_state(w, nullptr, false);
    if (Status s = capture_status(w.data()); !s) return s;
    return w.write_file(path, name_);
}

// ---------------------------------------------------------------- checks before a load

Status Machine::check_state(const std::vector<std::uint8_t>& state, const MemoryImage* pages,
                            const std::string& source) {
    StateReader r(state);
    std::vector<UnitRecord> units;
    if (Status s = read_units(r, units); !s) return Status::error(fmt::format("{}: {}", source, s.message()));
    for (const UnitRecord& rec : units) {
        Device* d = find_device(rec.device);
        Unit* u = d ? d->find_unit(rec.unit) : nullptr;
        if (!u)
            return Status::error(fmt::format("{} has unit {}, which this machine does not have", source,
                                             printable_excerpt(rec.unit)));
        if (rec.kind != AttachKind::File || same_attachment(*u, rec)) continue;
        HostFile probe;
        AttachOptions options;
        options.read_only = rec.read_only;
        options.must_exist = true;
        if (Status s = probe.open(rec.path, options, false); !s)
            return Status::error(fmt::format("{} attaches {} to {}, which cannot be opened: {}", source, rec.unit,
                                             printable_excerpt(rec.path, 200), s.message()));
    }
    // Every section must parse: the devices in this machine's order, then the rest.
    if (!r.begin("DEVICES")) return Status::error(fmt::format("{}: {}", source, r.error()));
    for (const Device* d : device_order_) {
        if (!r.begin(d->name()) || !r.end())
            return Status::error(fmt::format("{} does not fit this machine: {}", source, r.error()));
    }
    if (!r.at_end()) return Status::error(fmt::format("{} has devices this machine does not have", source));
    if (!r.end()) return Status::error(fmt::format("{}: {}", source, r.error()));
    if (Status s = check_memory_section(r, pages); !s) return Status::error(fmt::format("{}: {}", source, s.message()));
    if (!r.begin("SCHEDULER") || !r.end() || !r.begin("COUNTERS") || !r.end())
        return Status::error(fmt::format("{}: {}", source, r.error()));
    if (!r.at_end()) return Status::error(fmt::format("{} has more sections than this simmon reads", source));
    return Status::ok();
}

// ---------------------------------------------------------------- load

// The MEMORY section: its size must be what the CPU's section just set up, and its
// contents either in the stream or in `pages` (a snapshot's).
Status Machine::load_memory_section(StateReader& r, const std::shared_ptr<const MemoryImage>& pages) {
    if (!r.begin("MEMORY")) return r.status();
    std::uint64_t size = 0;
    std::uint8_t kind = 0;
    if (!r.u64(size) || !r.u8(kind)) return r.status();
    if (size != memory_.size())
        return Status::error(fmt::format("the state has {} bytes of memory where this machine has {}", size,
                                         memory_.size()));
    if (kind == static_cast<std::uint8_t>(MemoryKind::Pages)) {
        if (!pages || pages->size != size) return Status::error("the state's memory pages are missing");
        const std::shared_ptr<const MemoryImage> base = memory_base_.lock();
        pages_restored_ = restore_memory(memory_, *pages, base.get());
        memory_base_ = pages;
    } else {
        std::vector<std::uint8_t> bytes;
        if (!r.bytes(bytes)) return r.status();
        if (bytes.size() != size) return Status::error("the state's memory is damaged");
        pages_restored_ = load_memory_bytes(memory_, bytes.data(), bytes.size());
    }
    if (!r.end()) return r.status();
    return Status::ok();
}

Status Machine::check_memory_section(StateReader& r, const MemoryImage* pages) {
    if (!r.begin("MEMORY")) return r.status();
    std::uint64_t size = 0;
    std::uint8_t kind = 0;
    if (!r.u64(size) || !r.u8(kind)) return r.status();
    if (kind == static_cast<std::uint8_t>(MemoryKind::Bytes)) {
        std::vector<std::uint8_t> bytes;
        if (!r.bytes(bytes)) return r.status();
        if (bytes.size() != size) return Status::error("the state's memory is damaged");
    } else if (kind != static_cast<std::uint8_t>(MemoryKind::Pages) || !pages || pages->size != size) {
        return Status::error("the state's memory is damaged");
    }
    if (!r.end()) return r.status();
    return Status::ok();
}

Status Machine::load_state(const std::vector<std::uint8_t>& state, const std::shared_ptr<const MemoryImage>& pages) {
    StateReader r(state);
    std::vector<UnitRecord> units;
    if (Status s = read_units(r, units); !s) return s;
    for (const UnitRecord& rec : units) {
        Device* d = find_device(rec.device);
        Unit* u = d ? d->find_unit(rec.unit) : nullptr;
        if (!u) return Status::error(fmt::format("the state has unit {}, which this machine does not have", rec.unit));
        if (Status s = apply_unit(*d, *u, rec); !s) return s;
    }
    if (!r.begin("DEVICES")) return r.status();
    for (Device* d : device_order_) {
        if (!r.begin(d->name())) return r.status();
        std::uint8_t enabled = 1;
        if (!r.u8(enabled) || enabled > 1) return Status::error(fmt::format("the state of {} is damaged", d->name()));
        if (d->enabled() != (enabled != 0)) {
            if (Status s = d->set_enabled(enabled != 0); !s) return s;
        }
        StateArchive archive(r);
        d->serialize_placement(archive);
        d->serialize(archive);
        archive.end();  // the device must have read its whole section
        if (archive.failed()) return Status::error(fmt::format("cannot restore {}: {}", d->name(), archive.error()));
    }
    for (Device* d : device_order_)
        if (Status s = d->finish_load(); !s) return Status::error(fmt::format("cannot restore {}: {}", d->name(), s.message()));
    if (!r.end()) return r.status();
    if (Status s = load_memory_section(r, pages); !s) return s;
    if (!r.begin("SCHEDULER")) return r.status();
    if (Status s = scheduler_.restore(r); !s) return s;
    if (!r.end() || !r.begin("COUNTERS")) return r.status();
    std::uint64_t instructions = 0;
    if (!r.u64(instructions)) return r.status();
    if (cpu_) cpu_->set_instructions_executed(instructions);
    r.end();
    return r.status();
}

Status Machine::apply_state(const std::vector<std::uint8_t>& state, const std::shared_ptr<const MemoryImage>& pages) {
    // What is there now, kept aside cheaply: memory pages not written since the base are
    // shared with it, and the base and the dirty flags stay as they are.
    StateWriter before;
    std::shared_ptr<const MemoryImage> before_pages;
    capture_state(before, &before_pages, false);
    Status s = load_state(state, pages);
    if (s) return s;
    // Put back what was there; this state came from this machine a moment ago.
    if (Status back = load_state(before.data(), before_pages); !back)
        return Status::error(fmt::format("{}; putting the machine back failed too: {}", s.message(), back.message()));
    return s;
}

Status Machine::mark_state(StateMark& mark) {
    StateWriter w;
    capture_state(w, &mark.pages, false);
    if (Status s = capture_status(w.data()); !s) return s;
    mark.state = w.data();
    return Status::ok();
}

Status Machine::return_to(const StateMark& mark) { return load_state(mark.state, mark.pages); }

Status Machine::restore(const std::string& path) {
    StateReader file;
    if (Status s = file.read_file(path, name_); !s) return s;
    const std::vector<std::uint8_t>& state = file.content();
    if (Status s = check_state(state, nullptr, fmt::format("save file {}", path)); !s) return s;
    return apply_state(state, nullptr);
}

// ---------------------------------------------------------------- snapshots

void Machine::hook_journal(HostFile& file) {
    if (!file.is_open()) return;
    const std::string key = journal_key(file.path());
    std::erase_if(journals_, [](const std::weak_ptr<ImageJournal>& j) { return j.expired(); });
    for (const auto& weak : journals_)
        if (auto j = weak.lock(); j && j->path() == key && j->has_marks()) file.set_journal(j);
}

Status Machine::snapshot(std::unique_ptr<MachineSnapshot>& out, std::string name) {
    auto snap = std::make_unique<MachineSnapshot>();
    snap->name = std::move(name);
    snap->time = scheduler_.now();
    snap->instructions = cpu_ ? cpu_->instructions_executed() : 0;
    StateWriter w;
    std::shared_ptr<const MemoryImage> pages;
    // The pages become the base. Should a device refuse, the snapshot and with it the
    // base are dropped, and the next snapshot copies every page: slower, never wrong.
    capture_state(w, &pages, true);
    if (Status s = capture_status(w.data()); !s) return s;
    snap->state = w.data();
    snap->memory = std::move(pages);
    std::erase_if(journals_, [](const std::weak_ptr<ImageJournal>& j) { return j.expired(); });
    for (Device* d : device_order_)
        for (auto& u : d->units()) {
            HostFile& f = u->file();
            if (!f.is_open()) continue;
            std::shared_ptr<ImageJournal> journal = f.journal();
            if (!journal) {
                const std::string key = journal_key(f.path());
                for (const auto& weak : journals_)
                    if (auto j = weak.lock(); j && j->path() == key) journal = j;
                if (!journal) {
                    journal = std::make_shared<ImageJournal>(key);
                    journals_.push_back(journal);
                }
                f.set_journal(journal);
            }
            bool already = false;  // two units on one file share one mark
            for (const auto& i : snap->images) already = already || i.journal == journal;
            if (!already) snap->images.push_back({journal, journal->add_mark(f.size())});
        }
    out = std::move(snap);
    return Status::ok();
}

Status Machine::restore(const MachineSnapshot& snap) {
    if (Status s = capture_status(snap.state); !s) return s;
    if (Status s = check_state(snap.state, snap.memory.get(), fmt::format("snapshot {}", snap.name)); !s) return s;
    for (const auto& image : snap.images)
        if (Status s = image.journal->revert(image.mark); !s) return s;
    return apply_state(snap.state, snap.memory);
}

}  // namespace simmon
