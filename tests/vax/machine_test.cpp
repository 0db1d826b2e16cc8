// The `simmon vax` machine: registers by name, SET CPU memory sizes, LOAD of raw and ROM
// images, symbolic EXAMINE, a HALT stops the run with a message.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>

#include "machines/machine_list.hpp"
#include "machines/vax/vax_cpu_device.hpp"
#include "machines/vax/vax_machine.hpp"

using namespace simmon;
using namespace simmon::vax;

namespace {
Status set_cpu(Machine& m, const std::string& name, std::string_view value = {}) {
    for (const Modifier& mod : m.cpu().modifiers())
        if (mod.name == name) return mod.set(nullptr, value);
    return Status::error("no such modifier");
}

std::string temp_file(const std::string& name, const std::vector<std::uint8_t>& bytes) {
    const auto path = std::filesystem::temp_directory_path() / name;
    std::FILE* f = std::fopen(path.string().c_str(), "wb");
    std::fwrite(bytes.data(), 1, bytes.size(), f);
    std::fclose(f);
    return path.string();
}
}  // namespace

TEST_CASE("vax machine: in the machine list, registers by name, memory sizes") {
    REQUIRE(find_machine("vax") != nullptr);
    VaxMachine m;
    CHECK(m.radix() == Radix::Hex);
    for (const char* name : {"R0", "R11", "AP", "FP", "SP", "PC", "PSL", "KSP", "ISP", "USP", "P0BR", "SBR", "SCBB", "MAPEN"})
        CHECK(m.cpu().find_register(name) != nullptr);
    CHECK(m.memory().size() == 16u << 20);
    CHECK(set_cpu(m, "64M").is_ok());
    CHECK(m.memory().size() == 64u << 20);
    CHECK(set_cpu(m, "MEMORY", "32M").is_ok());
    CHECK(m.memory().size() == 32u << 20);
    CHECK_FALSE(set_cpu(m, "MEMORY", "8M").is_ok());
    CHECK_FALSE(set_cpu(m, "MEMORY", "20M").is_ok());
    CHECK_FALSE(set_cpu(m, "MEMORY", "lots").is_ok());
    m.cpu().find_register("R3")->set(0x12345678);
    CHECK(m.vax_cpu().r_[3] == 0x12345678u);
    // The power-up PSL: kernel, interrupt stack, IPL 1F.
    CHECK(m.cpu().find_register("PSL")->get() == 0x041F0000u);
}

TEST_CASE("vax machine: LOAD raw and ROM images, symbolic EXAMINE, HALT stops the run") {
    VaxMachine m;
    const std::string prog = temp_file("simmon_vax_prog.bin", {0xD0, 0x05, 0x50, 0x00});
    CHECK(m.load(prog, 0, {"200"}).is_ok());
    int used = 0;
    CHECK(m.cpu().disassemble(0x200, 0, used) == "MOVL S^#5,R0");
    CHECK(used == 3);
    m.reset();
    m.cpu().set_pc(0x200);
    const StopInfo stop = m.run(RunRequest{});
    CHECK(stop.code == StopCode::Halt);
    CHECK(stop.message.find("HALT instruction") != std::string::npos);
    CHECK(m.cpu().pc() == 0x204);
    CHECK(m.vax_cpu().r_[0] == 5);
    CHECK_FALSE(m.load(prog, 0, {"FFFFFF"}).is_ok());
    CHECK_FALSE(m.load("/nonexistent/file", 0, {}).is_ok());

    const std::string rom = temp_file("simmon_vax_rom.bin", {0x11, 0xFE});
    CHECK(m.load(rom, switch_bit('r'), {}).is_ok());
    std::uint64_t b = 0;
    CHECK(m.cpu().examine(VaxCpuDevice::kSpacePhysical, 0x20040000, 0, b));
    CHECK(b == 0x11);
    CHECK(m.cpu().disassemble(0x20040000, 0, used) == "BRB 20040000");
    std::vector<std::uint8_t> big(200 * 1024, 0);
    CHECK_FALSE(m.load(temp_file("simmon_vax_big.bin", big), switch_bit('r'), {}).is_ok());
}

TEST_CASE("vax machine: a snapshot puts registers, PSL, stacks and IPRs back") {
    VaxMachine m;
    VaxCpu& c = m.vax_cpu();
    c.r_[5] = 0x55555555;
    c.set_psl(0x03C00009);  // user mode, previous user
    c.r_[14] = 0x7000;      // the user stack pointer
    c.set_stack_pointer(0, 0x8000);
    c.write_ipr(kIprSBR, 0x10000);
    c.write_ipr(kIprSLR, 0x40);
    m.memory().write32_le(0x1234, 0xCAFEF00D);
    std::unique_ptr<MachineSnapshot> snap;
    REQUIRE(m.snapshot(snap).is_ok());
    c.r_[5] = 0;
    c.set_psl(0x041F0000);
    c.write_ipr(kIprSBR, 0);
    m.memory().write32_le(0x1234, 0);
    REQUIRE(m.restore(*snap).is_ok());
    CHECK(c.r_[5] == 0x55555555);
    CHECK(c.psl() == 0x03C00009u);
    CHECK(c.cur_mode() == kUser);
    CHECK(c.r_[14] == 0x7000);
    CHECK(c.stack_pointer(0) == 0x8000);
    CHECK(c.sbr_ == 0x10000);
    CHECK(c.slr_ == 0x40);
    CHECK(m.memory().read32_le(0x1234) == 0xCAFEF00Du);
}

TEST_CASE("vax machine: a breakpoint stops before its instruction and CONTINUE goes on") {
    VaxMachine m;
    m.reset();
    // 200: MOVL #1,R0; MOVL #2,R1; HALT
    const std::uint8_t prog[] = {0xD0, 0x01, 0x50, 0xD0, 0x02, 0x51, 0x00};
    m.memory().load(0x200, prog, sizeof prog);
    m.cpu().set_pc(0x200);
    Breakpoint bp;
    bp.address = bp.end = 0x203;
    bp.space = VaxCpuDevice::kSpaceVirtual;
    m.breakpoints().set(bp);
    StopInfo stop = m.run(RunRequest{});
    CHECK(stop.code == StopCode::Breakpoint);
    CHECK(m.cpu().pc() == 0x203);
    CHECK(m.vax_cpu().r_[0] == 1);
    m.breakpoints().skip_once_at(m.cpu().pc());  // as the SCP does for CONTINUE
    stop = m.run(RunRequest{});
    CHECK(stop.code == StopCode::Halt);
    CHECK(m.vax_cpu().r_[1] == 2);
}

TEST_CASE("vax machine: a write watchpoint stops after the instruction that wrote") {
    VaxMachine m;
    m.reset();
    // 200: MOVL #5,@#1000; MOVL #6,@#1004; MOVL #7,@#1008; HALT
    const std::uint8_t prog[] = {0xD0, 0x05, 0x9F, 0x00, 0x10, 0x00, 0x00, 0xD0, 0x06, 0x9F, 0x04, 0x10, 0x00, 0x00,
                                 0xD0, 0x07, 0x9F, 0x08, 0x10, 0x00, 0x00, 0x00};
    m.memory().load(0x200, prog, sizeof prog);
    m.cpu().set_pc(0x200);
    Breakpoint wp;
    wp.address = wp.end = 0x1004;
    wp.space = VaxCpuDevice::kSpacePhysical;
    wp.kind = BreakKind::Write;
    m.breakpoints().set(wp);
    StopInfo stop = m.run(RunRequest{});
    CHECK(stop.code == StopCode::Watchpoint);
    CHECK(m.cpu().pc() == 0x20E);  // after the second MOVL
    CHECK(m.memory().read32_le(0x1004) == 6);
    CHECK(m.memory().read32_le(0x1008) == 0);
    // Reading the instruction stream is not a data read: a read watchpoint on code is quiet.
    m.breakpoints().clear_all();
    Breakpoint rp;
    rp.address = 0x20E;
    rp.end = 0x215;
    rp.space = VaxCpuDevice::kSpaceVirtual;
    rp.kind = BreakKind::Read;
    m.breakpoints().set(rp);
    stop = m.run(RunRequest{});
    CHECK(stop.code == StopCode::Halt);
    CHECK(m.memory().read32_le(0x1008) == 7);
}

TEST_CASE("vax machine: the interval timer interrupts every 10 ms of simulated time") {
    VaxMachine m;
    m.reset();
    VaxCpu& c = m.vax_cpu();
    c.write_ipr(kIprSCBB, 0x400);
    m.memory().write32_le(0x400 + kVecIntervalTimer, 0x3000);
    // 3000: INCL @#4000; REI      2000: MTPR #40,#18 (ICCS IE); MTPR #0,#12 (IPL 0); BRB .
    const std::uint8_t handler[] = {0xD6, 0x9F, 0x00, 0x40, 0x00, 0x00, 0x02};
    const std::uint8_t main[] = {0xDA, 0x8F, 0x40, 0x00, 0x00, 0x00, 0x18, 0xDA, 0x00, 0x12, 0x11, 0xFE};
    m.memory().load(0x3000, handler, sizeof handler);
    m.memory().load(0x2000, main, sizeof main);
    c.set_psl(0x001F0000);  // kernel stack, IPL 1F (the interrupt stack at IPL 0 is no state to REI to)
    c.r_[14] = 0x8000;
    c.set_stack_pointer(4, 0x9000);
    m.cpu().set_pc(0x2000);
    RunRequest run;
    run.max_instructions = msec(35) / VaxCpuDevice::kInstructionTime;  // 35 ms
    m.run(run);
    CHECK(m.memory().read32_le(0x4000) == 3);  // at 10, 20 and 30 ms
    CHECK(((c.psl() & kPslIpl) >> kPslIplShift) == 0);
    // Disabled, it stays quiet.
    c.write_ipr(kIprICCS, 0);
    m.run(run);
    CHECK(m.memory().read32_le(0x4000) == 3);
}
