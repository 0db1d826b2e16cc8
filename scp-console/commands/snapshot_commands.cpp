// SNAPSHOT, REVERT and SHOW SNAPSHOTS: in-memory states of the whole machine, disk
// contents included (Machine::snapshot, core/state/machine_snapshot.hpp).
#include <cctype>
#include <fmt/format.h>

#include "scp-console/commands/commands.hpp"
#include "scp-console/commands/common.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

namespace {

// Snapshot names are one word of letters, digits, '-' and '_', so that they read back
// the same in SHOW SNAPSHOTS and in a script.
Status take_name(Cursor& c, std::string& name, std::string_view what) {
    name.clear();
    if (c.at_end()) return Status::ok();
    name = std::string(c.next_word());
    if (name.size() > 32) return Status::error(fmt::format("{}: a snapshot name has at most 32 characters", what));
    for (char ch : name)
        if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '-' && ch != '_')
            return Status::error(fmt::format("{}: a snapshot name is letters, digits, - and _", what));
    return expect_end(c);
}

std::string kilobytes(std::uint64_t bytes) { return fmt::format("{} KB", (bytes + 1023) / 1024); }

}  // namespace

Status cmd_snapshot(Scp& scp, CommandArgs& args) {
    std::string name;
    if (Status s = take_name(args.cursor, name, "SNAPSHOT"); !s) return s;
    Machine& m = scp.machine();
    if (name.empty()) {
        // The first free number: 1, 2, ...
        for (int n = 1;; ++n) {
            name = std::to_string(n);
            if (!m.snapshots().find(name)) break;
        }
    }
    std::unique_ptr<MachineSnapshot> snap;
    if (Status s = m.snapshot(snap, name); !s) return s;
    scp.out().line(fmt::format("Snapshot {} taken at time {}", name, snap->time));
    m.snapshots().put(std::move(snap));
    return Status::ok();
}

Status cmd_revert(Scp& scp, CommandArgs& args) {
    std::string name;
    if (Status s = take_name(args.cursor, name, "REVERT"); !s) return s;
    Machine& m = scp.machine();
    const MachineSnapshot* snap = name.empty() ? m.snapshots().latest() : m.snapshots().find(name);
    if (!snap) {
        if (name.empty()) return Status::error("REVERT: no snapshot has been taken (use SNAPSHOT first)");
        return Status::error(fmt::format("REVERT: there is no snapshot {} (SHOW SNAPSHOTS lists them)", name));
    }
    if (Status s = m.restore(*snap); !s) return s;
    scp.console().wake_lines();  // the snapshot's queue may lack a line's poll that SEND started
    scp.out().line(fmt::format("Reverted to snapshot {} (time {}, {} memory page{} written back)", snap->name,
                               snap->time, m.pages_restored(), m.pages_restored() == 1 ? "" : "s"));
    return Status::ok();
}

Status show_snapshots(Scp& scp, Cursor& c) {
    if (Status s = expect_end(c); !s) return s;
    const auto& items = scp.machine().snapshots().items();
    if (items.empty()) {
        scp.out().line("No snapshots");
        return Status::ok();
    }
    // The size is what the snapshot holds of its own: memory pages it shares with an
    // older snapshot are counted there.
    for (const auto& s : items)
        scp.out().line(fmt::format("{}:\ttime {}, {} instructions, {} ({} memory page{} of its own), {} image{}",
                                   s->name, s->time, s->instructions, kilobytes(s->bytes()), s->memory_pages_copied(),
                                   s->memory_pages_copied() == 1 ? "" : "s", s->images.size(),
                                   s->images.size() == 1 ? "" : "s"));
    return Status::ok();
}

}  // namespace simmon::scp
