// The one thing the run loop knows about front panels: while a panel is open the Machine
// calls slice_end() between two slices of a run (never per instruction), where the
// panel may read the machine and apply the operator's switch actions. Closed, the run
// loop pays one predictable branch per slice.
#pragma once
#include <cstdint>

namespace simmon {

class PanelTap {
public:
    virtual ~PanelTap() = default;
    // `instructions` the slice executed; `waiting` whether the CPU now waits for an
    // interrupt (time is then skipped, and a sample costs the guest nothing).
    virtual void slice_end(std::uint64_t instructions, bool waiting) = 0;
};

}  // namespace simmon
