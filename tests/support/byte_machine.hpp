// A made-up machine for tests only, unlike the PDP-11 in every way the core must not
// assume: BYTE is big-endian, byte-addressed, hexadecimal, keeps text in EBCDIC, and has
// a real and a virtual address space. Memory is Machine::memory(), 64 KB.
//
// Registers R0-R3 (32 bits), PC (16 bits), DAT (1: instruction and operand addresses are
// virtual) and PTO (page-table origin, a real address). A virtual address is a 4-bit page
// and a 12-bit offset; the page's entry is the fullword at PTO + 4 * page: bit 31 set means
// invalid, bits 23:12 the real frame. An invalid page stops the machine loudly.
//
// Instructions are a fullword: opcode byte, register byte, 16-bit address:
//   00 HALT   01 L r,a  (r = fullword at a)   02 ST r,a   03 AI r,n (r += n)   04 B a
// Spaces: real (the default) and virtual (-v); EXAMINE shows fullwords.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/machine/machine.hpp"

namespace simmon::bytetoy {

enum Opcode : std::uint8_t { HALT = 0x00, L = 0x01, ST = 0x02, AI = 0x03, B = 0x04 };
constexpr std::uint32_t insn(Opcode op, unsigned r, std::uint16_t a) {
    return static_cast<std::uint32_t>(op) << 24 | (r & 0xFF) << 16 | a;
}

class ByteCpu : public Cpu {
public:
    static constexpr int kSpaceReal = 0;
    static constexpr int kSpaceVirtual = 1;
    static constexpr std::size_t kMemoryBytes = 0x10000;

    explicit ByteCpu(Machine& m);
    std::uint64_t execute(std::uint64_t budget) override;
    bool waiting() const override { return false; }
    Addr pc() const override { return pc_; }
    void set_pc(Addr pc) override { pc_ = static_cast<std::uint16_t>(pc); }
    bool examine(int space, Addr addr, Switches, std::uint64_t& value) override;
    bool deposit(int space, Addr addr, Switches, std::uint64_t value) override;
    Addr memory_size() const override { return kMemoryBytes; }
    std::string disassemble(Addr addr, Switches, int& bytes_used) override;
    Status assemble(std::string_view text, Addr addr, Switches, std::vector<std::uint64_t>& out) override;
    Status set_history(std::size_t) override { return Status::error("BYTE keeps no history"); }
    std::vector<std::string> history_lines(std::size_t) override { return {}; }
    void reset() override;
    void serialize(StateArchive& s) override;

    // Virtual -> real through the page table; false for an invalid page.
    bool translate(std::uint16_t va, std::uint32_t& ra) const;

private:
    // Every data access goes through these, which check the watchpoints of both spaces.
    bool load(std::uint16_t a, std::uint32_t& v);
    bool store(std::uint16_t a, std::uint32_t v);
    bool real_address(std::uint16_t a, std::uint32_t& ra);
    void watch(int space, Addr a, bool is_write);

    PhysicalMemory& mem_;
    std::array<std::uint32_t, 4> r_{};
    std::uint16_t pc_ = 0;
    std::uint8_t dat_ = 0;
    std::uint32_t pto_ = 0;
};

class ByteMachine : public Machine {
public:
    ByteMachine();
    ByteCpu& byte_cpu() { return *cpu_; }

private:
    ByteCpu* cpu_;
};

std::vector<MachineInfo> byte_machine_list();

}  // namespace simmon::bytetoy
