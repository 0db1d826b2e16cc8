// The interface every CPU module implements. A CPU is a Device (its registers and
// modifiers are described the same way) plus execution, memory access for the SCP,
// and symbolic (dis)assembly.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/machine/device.hpp"
#include "core/machine/stop.hpp"
#include "core/scheduler/cpu_slice.hpp"

namespace simmon {

// Shared between the machine's run loop and its CPU: the CPU polls `stop` after every
// instruction (a single load), the machine and devices set it through Machine::request_stop.
struct RunSignals {
    bool stop = false;
    StopInfo info;
};

class Cpu : public Device {
public:
    using Device::Device;

    // Executes at most `budget` instructions (>= 1). Returns the number executed. Returns
    // early when signals.stop is set (HALT, breakpoint, error) or when the CPU starts to
    // wait for an interrupt (then `waiting()` is true and the machine skips time to the
    // next event). A waiting CPU with an interrupt pending takes it and continues.
    // The CPU keeps its progress in slice() (cpu_slice.hpp): it calls begin_slice(budget)
    // first, counts slice_.left down after each instruction and stops when it reaches 0;
    // the scheduler may lower it while the slice runs. A CPU that does not keep it still
    // runs correctly, but events scheduled mid-slice then wait for the slice end.
    virtual std::uint64_t execute(std::uint64_t budget) = 0;
    virtual bool waiting() const = 0;

    virtual Addr pc() const = 0;
    virtual void set_pc(Addr pc) = 0;

    // EXAMINE/DEPOSIT of memory. `switches` select the address space (machine-defined:
    // -v virtual, -p physical, -k/-s/-u modes ...). Values are `examine_bytes()` wide.
    // Return false when the address does not exist (non-existent memory, unmapped page).
    virtual int examine_bytes(Switches switches) const = 0;
    virtual bool examine(Addr addr, Switches switches, std::uint64_t& value) = 0;
    virtual bool deposit(Addr addr, Switches switches, std::uint64_t value) = 0;
    virtual Addr memory_size() const = 0;  // bytes of physical memory

    // One instruction at `addr` in the guest's assembler syntax. Sets `bytes_used` to its
    // length. Memory that cannot be read gives an error text, never an exception.
    virtual std::string disassemble(Addr addr, Switches switches, int& bytes_used) = 0;
    // One-line assembly: encodes `text` as if placed at `addr`, as examine_bytes()-wide
    // units in `out`. Returns an error Status naming what was wrong.
    virtual Status assemble(std::string_view text, Addr addr, Switches switches,
                            std::vector<std::uint64_t>& out) = 0;

    // Instruction history (SET CPU HISTORY=n, SHOW CPU HISTORY=n).
    virtual Status set_history(std::size_t entries) = 0;
    virtual std::vector<std::string> history_lines(std::size_t last_n) = 0;

    // Counters for SHOW CPU STATS.
    std::uint64_t instructions_executed() const { return instructions_; }
    // Lines a CPU adds to SHOW CPU STATS (its own counters); none by default.
    virtual std::vector<std::string> stats_lines() const { return {}; }
    // RESTORE puts the counter back as it was saved.
    void set_instructions_executed(std::uint64_t n) { instructions_ = n; }

    // The slice execute() is running (Machine::run attaches it to the scheduler).
    CpuSlice& slice() { return slice_; }

protected:
    void begin_slice(std::uint64_t budget) { slice_ = CpuSlice{budget, budget}; }

    CpuSlice slice_;
    std::uint64_t instructions_ = 0;  // the CPU adds what it executes
};

}  // namespace simmon
