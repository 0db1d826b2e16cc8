// The machine around the CPU: SET CPU modifiers, memory sizes, EXAMINE/DEPOSIT in the
// physical and virtual spaces, LOAD of raw images, history, SAVE/RESTORE of the CPU.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/state/state_archive.hpp"
#include "tests/pdp11/pdp11_test_support.hpp"

using namespace simmon;
using namespace simmon::pdp11;
using test::TestMachine;

namespace {

Status set_modifier(Device& d, const std::string& name, std::string_view value = {}) {
    for (const Modifier& m : d.modifiers())
        if (m.name == name) return m.set(nullptr, value);
    return Status::error("no modifier " + name);
}

}  // namespace

TEST_CASE("SET CPU model and memory size", "[pdp11][machine]") {
    TestMachine tm;
    CHECK(tm.machine->name() == "pdp11");
    CHECK(tm.machine->radix() == Radix::Octal);
    REQUIRE(set_modifier(tm.cpu, "11/70"));
    CHECK(tm.cpu.model().name == "11/70");
    REQUIRE(set_modifier(tm.cpu, "MEMORY", "2M"));
    CHECK(tm.cpu.memory_size() == 2u * 1024 * 1024);
    REQUIRE(set_modifier(tm.cpu, "MODEL", "11/34"));  // shrinks memory to what it can have
    CHECK(tm.cpu.memory_size() == 256u * 1024);
    CHECK_FALSE(set_modifier(tm.cpu, "MEMORY", "1M"));
    CHECK_FALSE(set_modifier(tm.cpu, "MEMORY", "lots"));
    REQUIRE(set_modifier(tm.cpu, "64K"));
    CHECK(tm.cpu.memory_size() == 64u * 1024);
}

TEST_CASE("EXAMINE and DEPOSIT: physical, virtual, bytes, I/O page", "[pdp11][machine]") {
    TestMachine tm;
    REQUIRE(tm.cpu.deposit(0, 01000, 0, 0123456));
    std::uint64_t v = 0;
    REQUIRE(tm.cpu.examine(0, 01001, switch_bit('b'), v));
    CHECK(v == (0123456 >> 8));
    REQUIRE(tm.cpu.examine(Pdp11Cpu::kSpaceKernelI, 01000, 0, v));  // MMU off: virtual = physical
    CHECK(v == 0123456);
    REQUIRE(tm.cpu.deposit(0, 0777570, 0, 0));             // display register
    tm.cpu.set_switch_register(01234);
    REQUIRE(tm.cpu.examine(0, 0777570, 0, v));
    CHECK(v == 01234);
    REQUIRE(tm.cpu.set_memory_size(64 * 1024));
    CHECK_FALSE(tm.cpu.examine(0, 0700000, 0, v));          // non-existent memory
    CHECK(tm.cpu.examine_bytes(0, 0) == 2);
}

TEST_CASE("LOAD -r places a raw image", "[pdp11][machine]") {
    TestMachine tm;
    std::string path = (std::filesystem::temp_directory_path() / "simmon_pdp11_load_test.bin").string();
    {
        std::ofstream f(path, std::ios::binary);
        const char bytes[] = {'\x01', '\x02', '\x03', '\x04'};
        f.write(bytes, 4);
    }
    REQUIRE(tm.machine->load(path, switch_bit('r'), {"2000"}));
    CHECK(tm.peek(02000) == 0x0201);
    CHECK(tm.peek(02002) == 0x0403);
    CHECK_FALSE(tm.machine->load(path, switch_bit('r'), {"2x"}));
    std::remove(path.c_str());
    CHECK_FALSE(tm.machine->load(path, 0, {}));  // gone: a clear error, not a crash
}

TEST_CASE("instruction history", "[pdp11][machine]") {
    TestMachine tm;
    REQUIRE(tm.cpu.set_history(8));
    tm.program(01000, {012700, 5, 005200, 0});
    tm.run_from(01000);
    auto lines = tm.cpu.history_lines(8);
    REQUIRE(lines.size() == 4);  // header + 3 instructions
    CHECK(lines[1].rfind("001000", 0) == 0);
    CHECK(lines[3].find("HALT") != std::string::npos);
}

TEST_CASE("CPU state survives SAVE/RESTORE", "[pdp11][machine]") {
    TestMachine a(CpuModelId::Pdp11_70);
    a.program(01000, {012700, 0777, 0});
    a.run_from(01000);
    a.cpu.set_psw(0174017);  // user mode, register set 1, all condition codes
    a.cpu.set_reg(3, 04711);
    StateWriter out;
    StateArchive save(out);
    a.cpu.serialize(save);
    REQUIRE(save.status());

    TestMachine b(CpuModelId::Pdp11_40);
    StateReader in(out.data());
    StateArchive load(in);
    b.cpu.serialize(load);
    REQUIRE(load.status());
    CHECK(b.cpu.model().name == "11/70");
    CHECK(b.cpu.psw() == 0174017);
    CHECK(b.cpu.reg(3) == 04711);
    CHECK(b.cpu.bank_reg(0, 0) == 0777);
    // The memory size is the CPU's setting; the contents are the Machine's own section.
    CHECK(b.cpu.memory_size() == a.cpu.memory_size());
    CHECK(b.peek(01000) == 0);
}

TEST_CASE("register descriptors read and write the CPU", "[pdp11][machine]") {
    TestMachine tm;
    const RegisterDesc* r2 = tm.cpu.find_register("R2");
    REQUIRE(r2);
    r2->set(0123);
    CHECK(tm.cpu.reg(2) == 0123);
    const RegisterDesc* psw = tm.cpu.find_register("PSW");
    REQUIRE(psw);
    psw->set(0340);
    CHECK(psw->get() == 0340);
    CHECK(tm.cpu.find_register("KIPAR7"));
    CHECK(tm.cpu.find_register("AC5"));
}

TEST_CASE("pdp11 machine: every register declares its width", "[pdp11]") {
    // Core gives RegisterDesc no width (core/machine/register_desc.hpp): each must come
    // from the machine's description of its registers.
    simmon::pdp11::Pdp11Machine m;
    for (const simmon::Device* d : m.devices())
        for (const simmon::RegisterDesc& r : d->registers()) {
            INFO(d->name() << "." << r.name);
            CHECK(r.width >= 1);
            CHECK(r.width <= 64);
        }
}
