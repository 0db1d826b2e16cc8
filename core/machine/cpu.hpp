// The interface every CPU module implements. A CPU is a Device (its registers and
// modifiers are described the same way) plus execution, memory access for the SCP,
// and symbolic (dis)assembly.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/machine/address_space.hpp"
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

    // Executes at most `budget` instructions (>= 1; the machine converts the time to its
    // next event into instructions with instruction_time()). Returns the number executed. Returns
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

    // ---- address spaces (address_space.hpp) ----
    const std::vector<AddressSpace>& address_spaces() const { return spaces_; }
    const AddressSpace& space(int id) const { return spaces_[static_cast<std::size_t>(id)]; }
    // The space EXAMINE and DEPOSIT use without switches (physical on the PDP-11), and
    // the one BREAK uses (the PDP-11 compares its PC, a virtual address in any mode).
    int default_space() const { return 0; }
    int break_space() const { return break_space_; }
    // Every switch letter the CPU interprets on EXAMINE/DEPOSIT/BREAK: the spaces'
    // letters and any others it takes (-b bytes on the PDP-11).
    Switches machine_switches() const { return machine_switches_; }
    // The space `switches` name (only the machine's letters count); for BREAK when
    // `for_break`. False with a one-line reason when they name none.
    bool select_space(Switches switches, bool for_break, int& id, std::string& error) const;

    // EXAMINE/DEPOSIT of memory in address space `space`. Values are
    // examine_bytes()-wide. `switches` carry the machine's other letters (-b). Return
    // false when the address does not exist (non-existent memory, unmapped page). The
    // SCP reads and writes a physical space's memory itself (Machine::memory()) below
    // console_memory_size() and asks the CPU for everything above (the PDP-11's I/O page).
    virtual int examine_bytes(int space, Switches switches) const;
    virtual bool examine(int space, Addr addr, Switches switches, std::uint64_t& value) = 0;
    virtual bool deposit(int space, Addr addr, Switches switches, std::uint64_t value) = 0;
    virtual Addr memory_size() const = 0;  // bytes of physical memory
    // How much of memory physical addresses reach from 0: all of it, unless the machine's
    // address map puts something over its top (an 18-bit PDP-11 with 256K has its I/O page
    // at 760000-777777, over the top 8K, which no processor or console access reaches).
    // EXAMINE ALL and DEPOSIT ALL cover this much.
    virtual Addr console_memory_size() const { return memory_size(); }

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

    // Simulated time one instruction takes on the current model, in ns (at least 1): an
    // average over a typical instruction mix, from the model's handbook. Simulated time
    // advances by this much per instruction; the run loop converts at slice boundaries.
    SimTime instruction_time() const { return instruction_time_; }

protected:
    void begin_slice(std::uint64_t budget) { slice_ = CpuSlice{budget, budget, instruction_time_}; }
    // A CPU sets it when it is built and when its model changes (never during execute()).
    void set_instruction_time(SimTime ns) { instruction_time_ = ns ? ns : 1; }
    // Constructors describe their spaces (ids must be 0, 1, 2 ... in order; space 0 is
    // the default) and any further switch letters. Until then a CPU has one space of
    // bytes, "memory".
    void set_address_spaces(std::vector<AddressSpace> spaces, int break_space = 0, Switches other_switches = 0);

    CpuSlice slice_;
    std::uint64_t instructions_ = 0;  // the CPU adds what it executes
    SimTime instruction_time_ = usec(1);  // a CPU that declares nothing runs at 1 MIPS

private:
    std::vector<AddressSpace> spaces_{AddressSpace{0, "memory", 0, 1, ByteOrder::Little, 32, false}};
    int break_space_ = 0;
    Switches machine_switches_ = 0;
};

}  // namespace simmon
