// Test support for the S/360 CPU: a fake channel subsystem and a CPU with its memory.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/memory/physical_memory.hpp"
#include "machines/s360/bus/io_interface.hpp"
#include "machines/s360/cpu/s360_cpu.hpp"

namespace simmon::s360::test {

// Records the I/O instructions and answers with preset condition codes; can hold one
// pending interruption.
class FakeIo : public IoInterface {
public:
    IoConditionCode start_io(std::uint16_t a) override { calls.push_back("SIO " + std::to_string(a)); return cc; }
    IoConditionCode test_io(std::uint16_t a) override { calls.push_back("TIO " + std::to_string(a)); return cc; }
    IoConditionCode halt_io(std::uint16_t a) override { calls.push_back("HIO " + std::to_string(a)); return cc; }
    IoConditionCode test_channel(std::uint16_t a) override { calls.push_back("TCH " + std::to_string(a)); return cc; }
    bool interruption_pending(std::uint8_t mask) const override {
        return pending && (mask & (0x80 >> (pending_device >> 8 > 6 ? 7 : pending_device >> 8))) != 0;
    }
    std::uint16_t take_interruption(std::uint8_t) override {
        pending = false;
        return pending_device;
    }
    std::vector<std::string> calls;
    IoConditionCode cc = 0;
    bool pending = false;
    std::uint16_t pending_device = 0;
};

struct Rig {
    explicit Rig(std::size_t bytes = 64 * 1024) {
        memory.resize(bytes);
        cpu.memory_resized();
        cpu.reset();
    }
    // Writes big-endian bytes given as hex text.
    void put(std::uint32_t addr, const std::string& hex) {
        for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
            memory.write8(addr + static_cast<std::uint32_t>(i / 2),
                          static_cast<std::uint8_t>(std::stoul(hex.substr(i, 2), nullptr, 16)));
    }
    std::uint64_t psw_at(std::uint32_t addr) const { return memory.read64_be(addr); }

    PhysicalMemory memory;
    FakeIo io;
    S360Cpu cpu{memory, io};
};

}  // namespace simmon::s360::test

namespace simmon::s360::test {

// Instruction encoders, so tests read like assembler: each returns the bytes as hex.
inline std::string hx(std::uint64_t v, int digits) {
    static const char* d = "0123456789ABCDEF";
    std::string s(static_cast<std::size_t>(digits), '0');
    for (int i = digits - 1; i >= 0; --i, v >>= 4) s[static_cast<std::size_t>(i)] = d[v & 15];
    return s;
}
inline std::string rr(unsigned op, unsigned r1, unsigned r2) { return hx(op, 2) + hx(r1, 1) + hx(r2, 1); }
inline std::string rx(unsigned op, unsigned r1, unsigned d2, unsigned x2 = 0, unsigned b2 = 0) {
    return hx(op, 2) + hx(r1, 1) + hx(x2, 1) + hx(b2, 1) + hx(d2, 3);
}
inline std::string rs(unsigned op, unsigned r1, unsigned r3, unsigned d2, unsigned b2 = 0) {
    return hx(op, 2) + hx(r1, 1) + hx(r3, 1) + hx(b2, 1) + hx(d2, 3);
}
inline std::string si(unsigned op, unsigned i2, unsigned d1, unsigned b1 = 0) {
    return hx(op, 2) + hx(i2, 2) + hx(b1, 1) + hx(d1, 3);
}
inline std::string ss(unsigned op, unsigned l, unsigned d1, unsigned d2, unsigned b1 = 0, unsigned b2 = 0) {
    return hx(op, 2) + hx(l, 2) + hx(b1, 1) + hx(d1, 3) + hx(b2, 1) + hx(d2, 3);
}
inline std::string ss2(unsigned op, unsigned l1, unsigned l2, unsigned d1, unsigned d2, unsigned b1 = 0, unsigned b2 = 0) {
    return hx(op, 2) + hx(l1, 1) + hx(l2, 1) + hx(b1, 1) + hx(d1, 3) + hx(b2, 1) + hx(d2, 3);
}

// A basic-format PSW: system mask, key, AMWP bits (8 A, 4 M, 2 W, 1 P), CC, PM, address.
inline std::uint64_t basic_psw(unsigned mask, unsigned key, unsigned amwp, std::uint32_t ia, unsigned cc = 0,
                               unsigned pm = 0) {
    return std::uint64_t{mask} << 56 | std::uint64_t{key} << 52 | std::uint64_t{amwp} << 48 |
           std::uint64_t{cc} << 28 | std::uint64_t{pm} << 24 | (ia & 0xFFFFFF);
}

// The usual frame for a test program: program, SVC, external, I/O and machine-check new
// PSWs are disabled waits at distinct addresses; the program at X'1000' ends with LPSW
// of a disabled wait with address X'F0F' stored at X'100'.
inline constexpr std::uint32_t kProgram = 0x1000;
inline constexpr std::uint32_t kDone = 0xF0F;
inline constexpr std::uint32_t kProgramCheck = 0xDEAD;
inline void frame(Rig& r) {
    r.memory.write64_be(kProgramNewPsw, basic_psw(0, 0, 2, kProgramCheck));
    r.memory.write64_be(kSvcNewPsw, basic_psw(0, 0, 2, 0x5C5C));
    r.memory.write64_be(kExternalNewPsw, basic_psw(0, 0, 2, 0xE0E0));
    r.memory.write64_be(kIoNewPsw, basic_psw(0, 0, 2, 0x1010));
    r.memory.write64_be(kMachineCheckNewPsw, basic_psw(0, 0, 2, 0x3C3C));
    r.memory.write64_be(0x100, basic_psw(0, 0, 2, kDone));
}
inline const std::string kEnd = "82000100";  // LPSW X'100'

// Loads `program` at X'1000' (hex), starts it with `psw` and runs to a wait or 10000
// instructions.
inline RunExit run_program(Rig& r, const std::string& program, std::uint64_t psw = basic_psw(0, 0, 0, kProgram)) {
    frame(r);
    r.put(kProgram, program);
    r.cpu.load_psw(psw);
    return r.cpu.run(10000);
}

}  // namespace simmon::s360::test
