// Execution breakpoints and read/write watchpoints. The CPU asks `exec_armed()` (one
// load) before looking anything up, so a run with no breakpoint pays nothing more.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/machine/stop.hpp"
#include "core/machine/types.hpp"

namespace simmon {

enum class BreakKind : std::uint8_t { Execute, Read, Write, Access /* read or write */ };

struct Breakpoint {
    Addr address = 0;
    Addr end = 0;             // last address covered (== address for a single one)
    int space = 0;            // address space id, machine-defined (0 = default/physical)
    BreakKind kind = BreakKind::Execute;
    bool temporary = false;   // deleted when it stops the machine
    std::uint32_t pass_count = 0;  // number of hits to let pass before stopping
    std::uint32_t hits = 0;
    std::string actions;      // commands run after the stop, ';'-separated
};

class BreakpointTable {
public:
    // Adds or replaces the breakpoint of the same kind, space and address.
    void set(const Breakpoint& bp);
    // Removes breakpoints of `kind` whose address lies in [from, to]; returns the count.
    int clear(Addr from, Addr to, int space, BreakKind kind);
    void clear_all();
    const std::vector<Breakpoint>& list() const { return breakpoints_; }

    bool exec_armed() const { return exec_armed_; }
    bool watch_armed() const { return watch_armed_; }

    // Called by a CPU before executing at `addr` when exec_armed(). Returns true when the
    // machine must stop; `stop` then holds the message and actions.
    bool check_execute(Addr addr, int space, StopInfo& stop);
    // Called on a data access when watch_armed(). `length` in bytes.
    bool check_access(Addr addr, unsigned length, int space, bool is_write, StopInfo& stop);

    // After a stop at a breakpoint, CONTINUE must execute that instruction: the next
    // check_execute at `addr` is ignored once.
    void skip_once_at(Addr addr, int space);

    // Set by the machine from its radix so messages print addresses the user's way.
    void set_radix(Radix r) { radix_ = r; }

private:
    void rearm();
    std::vector<Breakpoint> breakpoints_;
    bool exec_armed_ = false;
    bool watch_armed_ = false;
    std::optional<std::pair<Addr, int>> skip_;
    Radix radix_ = Radix::Octal;
};

}  // namespace simmon
