// Execution breakpoints and read/write watchpoints. The CPU asks `exec_armed()` (one
// load) before looking anything up, so a run with no breakpoint pays nothing more.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/machine/address_space.hpp"
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
    // Removes breakpoints of `kind` in `space` (kAnySpace: every space) whose address lies
    // in [from, to]; returns the count.
    static constexpr int kAnySpace = -1;
    int clear(Addr from, Addr to, int space, BreakKind kind);
    void clear_all();
    const std::vector<Breakpoint>& list() const { return breakpoints_; }

    bool exec_armed() const { return exec_armed_; }
    bool watch_armed() const { return watch_armed_; }
    // The spaces that have a watchpoint: a CPU routes accesses in those spaces through
    // its checked path and leaves the others on the fast one.
    SpaceMask watch_spaces() const { return watch_spaces_; }

    // Called by a CPU before executing at `addr` when exec_armed(). Returns true when the
    // machine must stop; `stop` then holds the message and actions.
    bool check_execute(Addr addr, int space, StopInfo& stop);
    // Called on a data access when watch_armed(). `length` in bytes.
    bool check_access(Addr addr, unsigned length, int space, bool is_write, StopInfo& stop);

    // After a stop at a breakpoint, CONTINUE must execute that instruction: the first
    // instruction after a (re)start does not stop at an execute breakpoint if it is at
    // `pc`. The CPU asks consume_skip(pc) once per instruction before its checks (it may
    // check several spaces, and physical as well as virtual addresses, for one PC).
    void skip_once_at(Addr pc) { skip_ = pc; }
    bool consume_skip(Addr pc) {
        if (!skip_) return false;
        const bool skip = *skip_ == pc;
        skip_.reset();
        return skip;
    }

    // Set by the machine from its radix and its CPU's spaces, so that messages print
    // addresses the user's way: as wide as the space's addresses, in the machine radix.
    void set_radix(Radix r) { radix_ = r; }
    void set_space_address_bits(std::vector<int> bits) { space_bits_ = std::move(bits); }

private:
    void rearm();
    std::vector<Breakpoint> breakpoints_;
    bool exec_armed_ = false;
    bool watch_armed_ = false;
    SpaceMask watch_spaces_ = 0;
    std::optional<Addr> skip_;
    Radix radix_ = Radix::Hex;
    std::vector<int> space_bits_;  // per space id; 32 when unknown
    std::string address_text(Addr addr, int space) const;
};

}  // namespace simmon
