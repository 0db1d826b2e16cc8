// The S/360 processor as the SCP sees it: a simmon::Cpu around S360Cpu with the
// registers by name (R0-R15, FP0-FP6, CR0-CR15, PSW, PC, CC), SET CPU MODEL=65|67 and
// memory size, EXAMINE/DEPOSIT of real storage or (-v) of virtual storage through the
// current translation, symbolic EXAMINE/DEPOSIT through the isa table, breakpoints,
// instruction history, the interval timer in simulated time, and the S/360 counters.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/machine/cpu.hpp"
#include "core/memory/physical_memory.hpp"
#include "core/scheduler/scheduler.hpp"
#include "machines/s360/cpu/s360_cpu.hpp"

namespace simmon::s360 {

class S360CpuDevice : public Cpu, private InstructionObserver {
public:
    // The interval timer (PoO, "Interval Timer"): the word at X'50' counts down as if 1
    // were subtracted from bit 23 300 times a simulated second; the ticks fall on the
    // exact 300 Hz grid of simulated time (core/scheduler/line_rate.hpp), 256 units of
    // bit 31 each. The 67's high-resolution timer steps bit 31 every 13 us; stepping bit
    // 23 gives the same rate and costs one event per 3.3 ms instead of one per 13 us
    // (docs/machines/s360.md).
    static constexpr std::uint64_t kTimerHertz = 300;
    static constexpr std::uint32_t kTimerUnitsPerTick = 256;  // bit 23 in units of bit 31
    // Average instruction time of each model in ns (docs/machines/s360.md).
    static constexpr SimTime kInstructionTime65 = 1000;
    static constexpr SimTime kInstructionTime67 = 1000;
    static SimTime model_instruction_time(CpuModel model) {
        return model == CpuModel::Model67 ? kInstructionTime67 : kInstructionTime65;
    }

    S360CpuDevice(Machine& machine, PhysicalMemory& memory, IoInterface& io);

    S360Cpu& core() { return core_; }

    std::uint64_t execute(std::uint64_t budget) override;
    bool waiting() const override { return core_.waiting(); }
    Addr pc() const override { return core_.instruction_address(); }
    void set_pc(Addr pc) override;
    // Address spaces: 0 real storage (-p, the default; the SCP reads Machine::memory()
    // itself), 1 virtual storage through the current translation (-v). BREAK compares the
    // PSW's instruction address, i.e. space 1 (virtual under DAT, real without it).
    static constexpr int kSpaceReal = 0;
    static constexpr int kSpaceVirtual = 1;
    static_assert(kSpaceReal == kWatchSpaceReal && kSpaceVirtual == kWatchSpaceVirtual);
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
    // SHOW CLOCKS: the interval timer (rate, ticks, the word at X'50', the next step).
    std::vector<std::string> clock_status() const override;

    // The lines SHOW CPU STATS adds for the S/360 (cpu_stats.hpp).
    std::vector<std::string> stats_lines() const override;

    Status set_memory_size(std::uint64_t bytes);
    Status set_model(CpuModel model);

private:
    bool before_instruction(std::uint32_t ia) override;
    void watch_hit(const StopInfo& stop) override;
    // Real address of `addr` in `space` for the SCP: virtual translates through CR0;
    // false if unmapped or beyond storage.
    bool console_address(int space, Addr addr, std::uint32_t& real) const;
    void define_registers();
    void define_modifiers();
    void update_observer();
    void timer_tick();
    void schedule_timer();

    PhysicalMemory& memory_;
    S360Cpu core_;
    Scheduler::HandlerId timer_event_ = Scheduler::kNoHandler;

    struct HistoryEntry {
        std::uint64_t psw = 0;
        std::uint8_t bytes[6] = {};
        std::uint8_t length = 0;
    };
    std::vector<HistoryEntry> history_;
    std::size_t history_next_ = 0;
    std::uint64_t history_count_ = 0;
};

}  // namespace simmon::s360
