// The `simmon s360` machine: registers by name, SET CPU modifiers, a disabled wait stops
// the run with the PSW in the message, an enabled wait idles until the interval timer
// (in simulated time) interrupts it.
#include <catch2/catch.hpp>

#include "core/scheduler/line_rate.hpp"
#include "machines/s360/s360_cpu_device.hpp"
#include "machines/s360/s360_machine.hpp"
#include "tests/s360/s360_test_support.hpp"

using namespace simmon;
using namespace simmon::s360;

namespace {

Status set_cpu(Machine& m, const std::string& name, std::string_view value = {}) {
    for (const Modifier& mod : m.cpu().modifiers())
        if (mod.name == name) return mod.set(nullptr, value);
    return Status::error("no such modifier");
}

}  // namespace

TEST_CASE("s360 machine: registers by name and the CPU's modifiers") {
    S360Machine m;
    for (const char* name : {"R0", "R15", "FP0", "FP2", "FP4", "FP6", "CR0", "CR15", "PSW", "PC", "CC"})
        CHECK(m.cpu().find_register(name) != nullptr);
    CHECK(m.cpu().find_register("FP1") == nullptr);
    CHECK(m.memory().size() == S360Machine::kDefaultMemory);
    CHECK(set_cpu(m, "MEMORY", "8M").is_ok());
    CHECK(m.memory().size() == 8u * 1024 * 1024);
    CHECK_FALSE(set_cpu(m, "MEMORY", "16M").is_ok());
    CHECK(set_cpu(m, "256K").is_ok());
    CHECK(m.memory().size() == 256u * 1024);
    CHECK(set_cpu(m, "MODEL", "65").is_ok());
    CHECK(m.s360_cpu().model() == CpuModel::Model65);
    CHECK_FALSE(set_cpu(m, "MODEL", "50").is_ok());
    CHECK(set_cpu(m, "67").is_ok());
    CHECK(m.s360_cpu().model() == CpuModel::Model67);
    m.cpu().find_register("R3")->set(0x12345678);
    CHECK(m.s360_cpu().gr_[3] == 0x12345678u);
    m.cpu().find_register("PSW")->set(0x0000000000001234ull);
    CHECK(m.cpu().pc() == 0x1234);
}

TEST_CASE("s360 machine: a disabled wait stops the run with the PSW in the message") {
    S360Machine m;
    m.memory().write64_be(0x100, test::basic_psw(0, 0, 2, 0xF0F));
    const std::string program = test::rx(0x41, 1, 5) + test::kEnd;
    for (std::size_t i = 0; i < program.size(); i += 2)
        m.memory().write8(0x1000 + static_cast<std::uint32_t>(i / 2), static_cast<std::uint8_t>(std::stoul(program.substr(i, 2), nullptr, 16)));
    m.s360_cpu().load_psw(test::basic_psw(0, 0, 0, 0x1000));
    const StopInfo stop = m.run(RunRequest{});
    CHECK(stop.code == StopCode::Halt);
    CHECK(stop.message.find("Disabled wait state, PSW 00020000 00000F0F") != std::string::npos);
    CHECK(m.s360_cpu().gr_[1] == 5);
}

TEST_CASE("s360 machine: an enabled wait idles until the interval timer interrupts") {
    S360Machine m;
    m.reset();
    m.memory().write32_be(kTimer, 0x00000300);  // three ticks of 1/300 s
    m.memory().write64_be(kExternalNewPsw, test::basic_psw(0, 0, 2, 0xE0E0));
    m.s360_cpu().load_psw(test::basic_psw(0x01, 0, 2, 0x2000));
    const StopInfo stop = m.run(RunRequest{});
    CHECK(stop.message.find("PSW 00020000 0000E0E0") != std::string::npos);
    CHECK(m.memory().read16_be(kExternalOldPsw + 2) == kExtTimer);
    // The fourth tick of 1/300 s made it negative; the CPU executed nothing meanwhile.
    CHECK(m.scheduler().now() == line_tick_time(4, 300));
    CHECK(m.cpu().instructions_executed() == 0);
}

TEST_CASE("s360 machine: the interval timer counts simulated time at 300 Hz in bit 23 on both models") {
    for (const char* model : {"65", "67"}) {
        S360Machine m;
        REQUIRE(set_cpu(m, "MODEL", model));
        m.reset();
        CHECK(m.cpu().instruction_time() == (std::string(model) == "67" ? S360CpuDevice::kInstructionTime67
                                                                           : S360CpuDevice::kInstructionTime65));
        // A loop with external interruptions masked: BC 15,X'800'.
        m.memory().write32_be(0x800, 0x47F00800);
        constexpr std::uint32_t kStart = 0x7FFF0000;
        m.memory().write32_be(kTimer, kStart);
        m.s360_cpu().load_psw(test::basic_psw(0, 0, 0, 0x800));
        // K simulated ms: K * 300 / 1000 steps of bit 23 (256 units of bit 31 each).
        std::uint64_t elapsed_ms = 0;
        for (std::uint64_t k : {250, 750, 10}) {
            const std::uint64_t n = msec(k) / m.cpu().instruction_time();
            REQUIRE(n * m.cpu().instruction_time() == msec(k));
            const StopInfo stop = m.run(RunRequest{n, false});
            CHECK(stop.code == StopCode::RunLimit);
            elapsed_ms += k;
            CHECK(m.scheduler().now() == msec(elapsed_ms));
            CHECK(kStart - m.memory().read32_be(kTimer) == elapsed_ms * 300 / 1000 * 256);
        }
        // One second is 76,800 units of bit 31 (X'12C00').
        CHECK(kStart - m.memory().read32_be(kTimer) == 0x12C00 + 3 * 256);
    }
}

TEST_CASE("s360 machine: a run resumed at a breakpoint executes that instruction first") {
    S360Machine m;
    // LA 1,1(1) three times, then the disabled wait at 0F0F.
    m.memory().write64_be(0x100, test::basic_psw(0, 0, 2, 0xF0F));
    const std::string program = test::rx(0x41, 1, 1, 1) + test::rx(0x41, 1, 1, 1) + test::rx(0x41, 1, 1, 1) + test::kEnd;
    for (std::size_t i = 0; i < program.size(); i += 2)
        m.memory().write8(0x1000 + static_cast<std::uint32_t>(i / 2), static_cast<std::uint8_t>(std::stoul(program.substr(i, 2), nullptr, 16)));
    m.s360_cpu().load_psw(test::basic_psw(0, 0, 0, 0x1000));
    Breakpoint bp;
    bp.address = bp.end = 0x1004;
    bp.space = S360CpuDevice::kSpaceVirtual;
    m.breakpoints().set(bp);
    StopInfo stop = m.run(RunRequest{});
    CHECK(stop.code == StopCode::Breakpoint);
    CHECK(m.cpu().pc() == 0x1004);
    CHECK(m.s360_cpu().gr_[1] == 1);
    stop = m.run(RunRequest{});  // CONTINUE: not stopped again at 1004
    CHECK(stop.code == StopCode::Halt);
    CHECK(m.s360_cpu().gr_[1] == 3);
}

TEST_CASE("s360 machine: every register declares its width") {
    // Core gives RegisterDesc no width (core/machine/register_desc.hpp): each must come
    // from the machine's description of its registers.
    S360Machine m;
    for (const Device* d : m.devices())
        for (const RegisterDesc& r : d->registers()) {
            INFO(d->name() << "." << r.name);
            CHECK(r.width >= 1);
            CHECK(r.width <= 64);
        }
}
