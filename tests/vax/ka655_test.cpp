// The KA655 system around the CVAX: console mode on power-on and HALT (SAVPC, SAVPSL and
// its restart code, PC at the ROM), the SSC's programmable timer interrupting in simulated
// time, a Q22-bus timeout as a machine check with DSER recording it, the CMCTL reporting
// the banks the memory size fills, the SSC RAM and the boot and diagnostic register, the
// console line and the time-of-year clock.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "core/hostio/console_port.hpp"
#include "machines/vax/disasm/assembler.hpp"
#include "machines/vax/vax_cpu_device.hpp"
#include "machines/vax/vax_machine.hpp"

using namespace simmon;
using namespace simmon::vax;

namespace test_console {
// A console that keeps what the guest prints.
class Capture final : public ConsolePort {
public:
    int read_char() override { return -1; }
    void write_char(std::uint8_t c) override { output.push_back(static_cast<char>(c)); }
    std::string output;
};
}  // namespace test_console

namespace {

// Assembles `lines` one after another from `addr` into memory; returns the next address.
std::uint32_t put_code(VaxMachine& m, std::uint32_t addr, const std::vector<std::string>& lines) {
    for (const std::string& line : lines) {
        std::vector<std::uint8_t> bytes;
        REQUIRE(assemble(line, addr, bytes).is_ok());
        REQUIRE(m.memory().load(addr, bytes.data(), bytes.size()));
        addr += static_cast<std::uint32_t>(bytes.size());
    }
    return addr;
}

// A console ROM image of our own: MFPR #2B,R0 (SAVPSL); MFPR #2A,R1 (SAVPC); BRB .
std::string tiny_rom() {
    const auto path = std::filesystem::temp_directory_path() / "simmon_ka655_tiny_rom.bin";
    const std::uint8_t bytes[] = {0xDB, 0x2B, 0x50, 0xDB, 0x2A, 0x51, 0x11, 0xFE};
    std::FILE* f = std::fopen(path.string().c_str(), "wb");
    std::fwrite(bytes, 1, sizeof bytes, f);
    std::fclose(f);
    return path.string();
}

std::uint32_t read_io(VaxMachine& m, std::uint32_t pa) {
    std::uint32_t v = 0;
    REQUIRE(m.system().read(pa, 4, v));
    return v;
}

RunRequest instructions(std::uint64_t n) {
    RunRequest r;
    r.max_instructions = n;
    return r;
}

}  // namespace

TEST_CASE("ka655: power-on and HALT enter console mode at the ROM") {
    VaxMachine m;
    REQUIRE(m.load(tiny_rom(), switch_bit('r'), {}).is_ok());
    VaxCpu& c = m.vax_cpu();
    // Power-on: PC at the ROM, PSL 041F0000, restart code 3 in SAVPSL<13:8>.
    CHECK(c.pc() == kConsoleRomBase);
    CHECK(c.psl() == 0x041F0000u);
    m.run(instructions(2));
    CHECK(((c.r_[0] >> 8) & 0x3F) == kRestartPowerUp);

    // A HALT in kernel mode with memory management on: the ROM gets control with the
    // halted PC and PSL saved, MAPEN<0> in SAVPSL<15>, mapping off.
    put_code(m, 0x200, {"HALT"});
    c.set_psl(0x00030004);  // kernel stack, IPL 3, Z set
    c.r_[14] = 0x8000;
    c.set_pc(0x200);
    m.run(instructions(3));
    CHECK(c.pc() == kConsoleRomBase + 6);  // spinning at its BRB
    CHECK(c.r_[1] == 0x201u);               // SAVPC: past the HALT
    CHECK(c.r_[0] == (0x00030004u | kRestartHaltInstruction << 8));
    CHECK(c.psl() == 0x041F0000u);
    CHECK_FALSE(c.mapping_enabled());
}

TEST_CASE("ka655: without a ROM a HALT stops the run") {
    VaxMachine m;
    put_code(m, 0x200, {"HALT"});
    m.reset();
    m.cpu().set_pc(0x200);
    const StopInfo stop = m.run(instructions(10));
    CHECK(stop.code == StopCode::Halt);
    CHECK(m.vax_cpu().pc() == 0x201u);
}

TEST_CASE("ka655: SSC timer 0 interrupts through its vector every interval of simulated time") {
    VaxMachine m;
    m.reset();
    VaxCpu& c = m.vax_cpu();
    c.write_ipr(kIprSCBB, 0x400);
    m.memory().write32_le(0x400 + 0x78, 0x3000);
    put_code(m, 0x3000, {"INCL @#4000", "REI"});
    // 1000 microseconds to the overflow; the interrupt vector 78; XFR, IE and RUN.
    const std::uint32_t idle =
        put_code(m, 0x2000, {"MOVL I^#FFFFFC18,@#20140108", "MOVL #78,@#2014010C", "MOVL #51,@#20140100", "MTPR #0,#12"});
    put_code(m, idle, {fmt::format("BRB {:X}", idle)});
    c.set_psl(0x001F0000);
    c.r_[14] = 0x8000;
    c.set_stack_pointer(4, 0x9000);
    m.cpu().set_pc(0x2000);
    m.run(instructions(usec(3500) / VaxCpuDevice::kInstructionTime));
    CHECK(m.memory().read32_le(0x4000) == 3);  // at 1, 2 and 3 ms
    CHECK((read_io(m, 0x20140100) & 0xC1) == 0xC1);  // INT, IE, RUN
    // The interval count runs in microseconds from TNIR.
    const std::uint32_t tir = read_io(m, 0x20140104);
    CHECK(tir >= 0xFFFFFC18u);
}

TEST_CASE("ka655: a Q22-bus timeout is a machine check and sets DSER<7>") {
    VaxMachine m;
    m.reset();
    VaxCpu& c = m.vax_cpu();
    c.write_ipr(kIprSCBB, 0x400);
    m.memory().write32_le(0x400 + kVecMachineCheck, 0x3000);
    put_code(m, 0x3000, {"HALT"});
    put_code(m, 0x2000, {"TSTW @#20001F00"});
    c.set_psl(0x041F0000);
    c.r_[14] = 0x8000;
    m.cpu().set_pc(0x2000);
    m.run(instructions(10));
    CHECK(c.pc() == 0x3001u);
    CHECK(m.memory().read32_le(0x8000 - 28) == 0x10u);  // byte count up to the PC
    CHECK(m.memory().read32_le(0x8000 - 24) == 0x80u);  // read bus error
    CHECK(m.memory().read32_le(0x8000 - 8) == 0x2000u); // PC of the instruction
    CHECK((read_io(m, 0x20080004) & 0x80) != 0);
    // DSER clears by writing ones.
    REQUIRE(m.system().write(0x20080004, 4, 0x80));
    CHECK((read_io(m, 0x20080004) & 0x80) == 0);
    // The IPCR answers in the I/O page.
    std::uint32_t v = 0;
    CHECK(m.system().read(0x20001F40, 2, v));
}

TEST_CASE("ka655: CMCTL banks follow the memory size, SSC RAM, BDR, Q22-bus map") {
    VaxMachine m;
    for (const Modifier& mod : m.cpu().modifiers())
        if (mod.name == "32M") REQUIRE(mod.set(nullptr, {}).is_ok());
    m.reset();
    // Zero after the reset; once written, each register tells its board's type and size:
    // two boards of four 4 MB banks.
    for (unsigned csr = 0; csr < 16; ++csr) {
        CHECK(read_io(m, 0x20080100 + 4 * csr) == 0u);
        REQUIRE(m.system().write(0x20080100 + 4 * csr, 4, 0x20));
        CHECK((read_io(m, 0x20080100 + 4 * csr) & 0x3F) == (csr < 8 ? 0x17u : 0u));
    }
    // The SSC's RAM keeps what is written, in bytes and longwords.
    REQUIRE(m.system().write(0x20140400, 4, 0x11223344));
    REQUIRE(m.system().write(0x201407FF, 1, 0xAB));
    CHECK(read_io(m, 0x20140400) == 0x11223344u);
    std::uint32_t b = 0;
    CHECK(m.system().read(0x201407FF, 1, b));
    CHECK(b == 0xABu);
    // BDR: halts enabled, normal power-up mode.
    CHECK((read_io(m, 0x20084004) & 0x8F) == 0x80u);
    // The map is the last 32 KB of memory once QBMBR points there.
    REQUIRE(m.system().write(0x20080010, 4, (32u << 20) - 0x8000));
    REQUIRE(m.system().write(0x20088004, 4, 0x80000123));
    CHECK(m.memory().read32_le((32u << 20) - 0x8000 + 4) == 0x80000123u);
    // Nothing at 20080148: a read finds nothing there.
    std::uint32_t v = 0;
    CHECK_FALSE(m.system().read(0x20080148, 4, v));
    CHECK((read_io(m, 0x20140020) & 0x80000000u) != 0);  // the CDAL bus timed out
}

TEST_CASE("ka655: the console line: transmit to the console, maintenance loopback, receive interrupt") {
    VaxMachine m;
    test_console::Capture con;
    m.set_console(&con);
    m.reset();
    VaxCpu& c = m.vax_cpu();
    CHECK(c.write_ipr(kIprTXDB, 'A'));
    CHECK(con.output == "A");
    std::uint32_t v = 0;
    CHECK(c.read_ipr(kIprTXCS, v));
    CHECK((v & 0x80) != 0);  // ready again at once
    // TXCS<2>: the character comes back on the receiver instead of the console.
    CHECK(c.write_ipr(kIprTXCS, 0x04));
    CHECK(c.write_ipr(kIprRXCS, 0x40));  // receiver interrupt enable
    CHECK(c.write_ipr(kIprTXDB, 'B'));
    CHECK(con.output == "A");
    CHECK(c.read_ipr(kIprRXCS, v));
    CHECK((v & 0x80) != 0);
    CHECK(m.system().interrupt_level() == 0x14u);
    CHECK(m.system().acknowledge(0x14) == 0xF8u);  // the receiver's vector
    CHECK(c.read_ipr(kIprRXDB, v));
    CHECK(v == 'B');
    CHECK(c.read_ipr(kIprRXCS, v));
    CHECK((v & 0x80) == 0);  // reading RXDB took it
    // The time-of-year clock counts 10 ms units of simulated time.
    CHECK(c.write_ipr(kIprTODR, 1000));
    put_code(m, 0x2000, {"BRB 2000"});
    c.set_pc(0x2000);
    m.run(instructions(msec(55) / VaxCpuDevice::kInstructionTime));
    CHECK(c.read_ipr(kIprTODR, v));
    CHECK(v == 1005u);
    m.set_console(nullptr);
}
