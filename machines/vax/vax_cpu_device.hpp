// The VAX processor as the SCP sees it: a simmon::Cpu around VaxCpu with the registers by
// name (R0-R11, AP, FP, SP, PC, PSL, the stack pointers and the memory-management and
// system registers), SET CPU memory size (16M-64M), EXAMINE/DEPOSIT of physical memory or
// (-v) of virtual addresses through the current mapping, symbolic EXAMINE in VAX MACRO
// syntax from the isa table (and one-line symbolic DEPOSIT), breakpoints on the PC,
// instruction history.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/machine/cpu.hpp"
#include "core/memory/physical_memory.hpp"
#include "core/scheduler/scheduler.hpp"
#include "machines/vax/cpu/vax_cpu.hpp"
#include "machines/vax/vax_system.hpp"

namespace simmon::vax {

class VaxCpuDevice : public Cpu, private InstructionObserver {
public:
    // A CVAX at 90 ns per microcycle runs about 3 million VAX instructions a second (KA655:
    // "about 3.8 VUPs"); we charge 300 ns per instruction.
    static constexpr SimTime kInstructionTime = 300;
    static constexpr int kSpacePhysical = 0;
    static constexpr int kSpaceVirtual = 1;

    VaxCpuDevice(Machine& machine, PhysicalMemory& memory, VaxSystem& system);

    // BOOT CPU: power-on, into the console ROM (which must be loaded: LOAD -r).
    Status boot(Unit& unit) override;
    // Power-on state: with the ROM loaded, console mode at its start (restart code 3).
    void power_on();

    VaxCpu& core() { return core_; }

    std::uint64_t execute(std::uint64_t budget) override;
    bool waiting() const override { return false; }
    Addr pc() const override { return core_.pc(); }
    void set_pc(Addr pc) override { core_.set_pc(static_cast<std::uint32_t>(pc)); }
    bool examine(int space, Addr addr, Switches switches, std::uint64_t& value) override;
    bool deposit(int space, Addr addr, Switches switches, std::uint64_t value) override;
    Addr memory_size() const override { return memory_.size(); }
    std::string disassemble(Addr addr, Switches switches, int& bytes_used) override;
    Status assemble(std::string_view text, Addr addr, Switches switches, std::vector<std::uint64_t>& out) override;
    Status set_history(std::size_t entries) override;
    std::vector<std::string> history_lines(std::size_t last_n) override;
    void reset() override;
    void serialize(StateArchive& s) override;
    std::string show_status() const override;
    // SHOW CLOCKS: the CVAX interval clock (ICCS), and the KA655 SSC's time-of-year clock
    // and programmable timers (ssc.hpp).
    std::vector<std::string> clock_status() const override;

    Status set_memory_size(std::uint64_t bytes);

private:
    bool before_instruction(std::uint32_t pc) override;
    void watch_hit(const StopInfo& stop) override;
    // Physical address of `addr` in `space`; false when unmapped.
    bool console_address(int space, Addr addr, std::uint32_t& pa) const;
    void define_registers();
    void define_modifiers();
    void update_observer();
    std::string halt_message() const;
    void schedule_clock();

    PhysicalMemory& memory_;
    VaxSystem& io_;
    VaxCpu core_;
    Scheduler::HandlerId clock_event_ = Scheduler::kNoHandler;  // the 100 Hz interval timer

    struct HistoryEntry {
        std::uint32_t pc = 0;
        std::uint32_t psl = 0;
        std::uint8_t bytes[24] = {};
        std::uint8_t length = 0;
    };
    std::vector<HistoryEntry> history_;
    std::size_t history_next_ = 0;
    std::uint64_t history_count_ = 0;
};

}  // namespace simmon::vax
