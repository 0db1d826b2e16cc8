// A made-up machine for SCP tests; it ships in no product. TOY is a 16-bit accumulator
// computer with 4096 bytes of memory (16-bit little-endian words at even addresses),
// octal radix, and an instruction word of a 4-bit opcode and a 12-bit operand:
//   00 HALT        01 LDA a   A = M[a]       02 STA a   M[a] = A
//   03 ADD a       04 SUB a                  05 JMP a   06 JZ a   07 JNZ a
//   10 LDI n   A = n          11 OUT  console <- A low byte
//   12 IN   A = input byte (clears ready)    13 WAIT  until input is ready
//   14 DEC  A = A - 1         15-17 unimplemented (stop loudly)
// Devices: TTY (console: polls ConsolePort from a scheduled event every POLL microseconds)
// and PTR (a reader unit; BOOT PTR loads the attached file at 0 and starts there).
// Machine commands: IPL [address] loads the PTR tape there and starts it; LAMPS shows
// PC and A (-b adds "(blinking)", to show switches reach the machine).
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/machine/machine.hpp"

namespace simmon::toy {

enum Opcode : std::uint16_t {
    HALT = 000, LDA = 001, STA = 002, ADD = 003, SUB = 004, JMP = 005, JZ = 006, JNZ = 007,
    LDI = 010, OUT = 011, IN = 012, WAIT = 013, DEC = 014,
};
constexpr std::uint16_t word(Opcode op, std::uint16_t operand = 0) {
    return static_cast<std::uint16_t>((op << 12) | (operand & 07777));
}

class ToyMachine;

class ToyTty : public Device {
public:
    explicit ToyTty(Machine& m);
    void reset() override;
    bool ready() const { return ready_ != 0; }
    int take();  // the buffered byte, clearing ready
    std::uint32_t poll_interval = 100;  // microseconds; the CPU takes 1 us an instruction

private:
    void poll();
    std::uint16_t ibuf_ = 0;
    std::uint16_t ready_ = 0;
    Scheduler::HandlerId poll_event_;
};

class ToyPtr : public Device {
public:
    explicit ToyPtr(Machine& m);
    Status boot(Unit& unit) override;
    bool locked = false;

private:
    std::uint32_t position_ = 0;
};

class ToyCpu : public Cpu {
public:
    explicit ToyCpu(ToyMachine& m);
    std::uint64_t execute(std::uint64_t budget) override;
    bool waiting() const override { return waiting_; }
    Addr pc() const override { return pc_; }
    void set_pc(Addr pc) override { pc_ = static_cast<std::uint16_t>(pc & 07777); }
    bool examine(int space, Addr addr, Switches, std::uint64_t& value) override;
    bool deposit(int space, Addr addr, Switches, std::uint64_t value) override;
    Addr memory_size() const override { return kMemoryBytes; }
    std::string disassemble(Addr addr, Switches, int& bytes_used) override;
    Status assemble(std::string_view text, Addr addr, Switches, std::vector<std::uint64_t>& out) override;
    Status set_history(std::size_t entries) override;
    std::vector<std::string> history_lines(std::size_t last_n) override;
    void reset() override;
    void serialize(StateArchive& s) override;

    static constexpr Addr kMemoryBytes = 4096;
    std::uint16_t read_word(Addr a) const { return mem_[(a & 07776) / 2]; }
    void write_word(Addr a, std::uint16_t v) { mem_[(a & 07776) / 2] = v; }

private:
    bool watch(Addr a, bool is_write);
    ToyMachine& toy_;
    std::array<std::uint16_t, kMemoryBytes / 2> mem_{};
    std::uint16_t a_ = 0, x_ = 0, pc_ = 0, ir_ = 0;
    bool waiting_ = false;
    std::vector<std::pair<std::uint16_t, std::uint16_t>> history_;  // (pc, ir) ring
    std::size_t history_next_ = 0;
    std::size_t history_count_ = 0;
};

class ToyMachine : public Machine {
public:
    ToyMachine();
    ToyCpu& toy_cpu() { return *cpu_; }
    ToyTty& tty() { return *tty_; }
    // LOAD file [address]: raw little-endian words; DUMP file from to.
    Status load(const std::string& path, Switches switches, const std::vector<std::string>& args) override;
    Status dump(const std::string& path, Switches switches, const std::vector<std::string>& args) override;

private:
    void add_commands();
    ToyCpu* cpu_;
    ToyTty* tty_;
    ToyPtr* ptr_;
};

// The machine list tests hand to the SCP.
std::vector<MachineInfo> toy_machine_list();

}  // namespace simmon::toy
