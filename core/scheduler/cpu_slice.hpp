// The stretch of instructions one Cpu::execute() call runs, shared between the CPU and
// the scheduler so that simulated time stays exact in the middle of a slice.
//
// The CPU starts a slice with `end` and `left` both its budget, counts `left` down after
// each completed instruction and returns when it reaches 0 (one decrement and test per
// instruction). `unit` is the time one instruction takes on the CPU's model, in
// nanoseconds: the instruction loop counts instructions only, and time is the count times
// the unit, computed where someone asks for it rather than per instruction.
// While the slice runs, Machine::run attaches it to the scheduler: Scheduler::now() is
// then the slice's start plus elapsed(), and an event scheduled mid-slice (a device
// register written from an I/O page access) that is due before the slice would end
// calls end_at_time(), so the CPU returns at the first instruction boundary at or after
// the event's time.
#pragma once
#include <algorithm>
#include <cstdint>

#include "core/machine/types.hpp"

namespace simmon {

struct CpuSlice {
    std::uint64_t end = 0;   // instructions the slice is to run in all
    std::uint64_t left = 0;  // of those, still to run
    SimTime unit = 1;        // ns per instruction (Cpu::instruction_time())

    std::uint64_t done() const { return end - left; }  // instructions completed so far
    SimTime elapsed() const { return done() * unit; }  // their simulated time

    // Ends the slice once done() reaches `n`; when it already has, after the instruction
    // in progress (an instruction that schedules an event "now" still completes). Never
    // lengthens the slice.
    void end_at(std::uint64_t n) {
        const std::uint64_t d = done();
        const std::uint64_t new_left = std::min(left, n > d ? n - d : std::uint64_t{1});
        end -= left - new_left;
        left = new_left;
    }
    // Ends the slice at the first instruction boundary at or after `t` ns from its start.
    void end_at_time(SimTime t) { end_at(t / unit + (t % unit != 0)); }
};

}  // namespace simmon
