// KT11 memory management: relocation, previous-mode moves, aborts with their MMR0/MMR2
// contents, the W bit, 22-bit relocation and the I/O page through page 7.
#include <catch2/catch.hpp>

#include "tests/pdp11/pdp11_test_support.hpp"

using namespace simmon;
using namespace simmon::pdp11;
using test::TestMachine;

namespace {

constexpr std::uint32_t kKipar = 0772340, kKipdr = 0772300, kUipar = 0777640, kUipdr = 0777600;

// Kernel pages map 1:1 (page 7 to the I/O page), read/write, full length.
void map_kernel_identity(TestMachine& tm, bool map22 = false) {
    for (int p = 0; p < 8; ++p) {
        std::uint16_t par = static_cast<std::uint16_t>(p == 7 ? (map22 ? 0177600 : 07600) : p * 0200);
        REQUIRE(tm.cpu.write_physical(tm.cpu.mmu().io_base() + (kKipar - 0760000) + 2 * p, par));
        REQUIRE(tm.cpu.write_physical(tm.cpu.mmu().io_base() + (kKipdr - 0760000) + 2 * p, 077406));
    }
}

void io_poke(TestMachine& tm, std::uint32_t unibus_addr, std::uint16_t v) {
    REQUIRE(tm.cpu.write_physical(tm.cpu.mmu().io_base() + (unibus_addr - 0760000), v));
}

StopInfo run_at_1000(TestMachine& tm, std::initializer_list<std::uint16_t> words) {
    tm.program(01000, words);
    tm.cpu.set_reg(6, 01000);
    return tm.run_from(01000);
}

}  // namespace

TEST_CASE("MFPI/MTPI reach user space through the user page registers", "[pdp11][mmu]") {
    TestMachine tm(CpuModelId::Pdp11_40);
    map_kernel_identity(tm);
    io_poke(tm, kUipar, 0100);  // user page 0 -> physical 10000
    io_poke(tm, kUipdr, 077406);
    tm.poke(012000, 04321);
    run_at_1000(tm, {012737, 1, 0177572,        // enable relocation
                     012737, 030000, 0177776,   // previous mode user
                     006537, 02000,             // MFPI @#2000
                     012600,                    // MOV (SP)+,R0
                     012746, 05555, 006637, 02004,  // MOV #5555,-(SP); MTPI @#2004
                     0});
    CHECK(tm.cpu.reg(0) == 04321);
    CHECK(tm.peek(012004) == 05555);
    CHECK((tm.cpu.mmu().pdr(3, 0) & 0100) != 0);  // W: the page was written
}

// The W bit the MTPI set (a program cannot set it by writing the PDR) comes back from a
// snapshot: the KT11's slow path and the operating system's swapper depend on it.
TEST_CASE("the W and A bits of a PDR come back from a snapshot", "[pdp11][mmu][state]") {
    TestMachine tm(CpuModelId::Pdp11_70);
    map_kernel_identity(tm);
    io_poke(tm, kUipar, 0100);
    io_poke(tm, kUipdr, 077404);  // read/write, trap on any access: A is set by a reference
    run_at_1000(tm, {012737, 1, 0177572, 012737, 030000, 0177776,
                     012746, 05555, 006637, 02004,  // MOV #5555,-(SP); MTPI @#2004
                     005037, 0177572, 0});
    const std::uint16_t written = tm.cpu.mmu().pdr(3, 0);
    REQUIRE((written & 0300) == 0300);
    std::unique_ptr<MachineSnapshot> snap;
    REQUIRE(tm.machine->snapshot(snap, "s"));
    io_poke(tm, kUipdr, 077404);  // a program's write clears W and A
    REQUIRE((tm.cpu.mmu().pdr(3, 0) & 0300) == 0);
    REQUIRE(tm.machine->restore(*snap));
    CHECK(tm.cpu.mmu().pdr(3, 0) == written);
}

TEST_CASE("read-only and length aborts freeze MMR0 and MMR2", "[pdp11][mmu]") {
    TestMachine tm(CpuModelId::Pdp11_40);
    map_kernel_identity(tm);
    io_poke(tm, kUipar, 0100);
    io_poke(tm, kUipdr, 077402);  // read-only
    StopInfo stop = run_at_1000(tm, {012737, 1, 0177572, 012737, 030000, 0177776,
                                     012746, 1, 006637, 02000,  // MTPI @#2000
                                     0});
    CHECK(tm.cpu.pc() == 0254);  // trapped through 250
    std::uint16_t mmr0 = tm.cpu.mmu().read_mmr0();
    CHECK(mmr0 == (020000 | 0140 | 1));  // read-only abort, user mode, page 0, enabled
    std::uint64_t mmr2 = 0;
    REQUIRE(tm.cpu.examine(0, 0777576, 0, mmr2));
    CHECK(mmr2 == 01020);  // the MTPI
    (void)stop;

    // Clear the abort, make page 0 one block long: offset 2000 is beyond it.
    io_poke(tm, 0777572, 1);
    io_poke(tm, kUipdr, 000006);
    run_at_1000(tm, {012737, 030000, 0177776, 006537, 02000, 0});
    CHECK((tm.cpu.mmu().read_mmr0() & 0160000) == 040000);
}

TEST_CASE("22-bit relocation on the 11/70", "[pdp11][mmu]") {
    TestMachine tm(CpuModelId::Pdp11_70);
    REQUIRE(tm.cpu.set_memory_size(1024 * 1024));
    map_kernel_identity(tm, true);
    io_poke(tm, kKipar + 2, 020000);  // kernel page 1 -> physical 2000000 (512K)
    run_at_1000(tm, {012737, 020, 0172516,      // MMR3: 22-bit
                     012737, 1, 0177572,        // relocation on
                     012737, 07070, 020000,     // MOV #7070,@#20000
                     005037, 0177572,           // relocation off again
                     0});
    std::uint16_t v = 0;
    REQUIRE(tm.bus.read_physical_word(02000000, v));
    CHECK(v == 07070);
    CHECK(tm.peek(020000) == 0);
}

TEST_CASE("split I and D space on the 11/70", "[pdp11][mmu]") {
    TestMachine tm(CpuModelId::Pdp11_70);
    map_kernel_identity(tm, true);
    // Kernel D page 0 -> physical 40000; I space stays 1:1.
    io_poke(tm, 0772360, 0400);
    io_poke(tm, 0772320, 077406);
    tm.poke(040000 + 02000, 01234);
    tm.poke(02000, 04321);
    run_at_1000(tm, {012737, 4, 0172516,   // MMR3: kernel D space
                     012737, 1, 0177572,
                     013700, 02000,        // MOV @#2000,R0: a data reference
                     005037, 0177572, 0});
    CHECK(tm.cpu.reg(0) == 01234);
}

// The page tables are updated register by register and chosen by MMR0 and MMR3
// (kt11.hpp): a PAR written while relocation is off, or between two changes of MMR0,
// must be the one that relocates once relocation is on again.
TEST_CASE("page registers written with relocation off take effect when it is on", "[pdp11][mmu]") {
    TestMachine tm(CpuModelId::Pdp11_40);
    map_kernel_identity(tm);
    io_poke(tm, kUipdr, 077406);
    tm.poke(022000, 02222);
    tm.poke(032000, 03333);
    run_at_1000(tm, {012737, 030000, 0177776,   // previous mode user
                     012737, 1, 0177572,        // relocation on
                     012737, 0200, 0177640,     // user page 0 -> 20000
                     006537, 02000, 012600,     // MFPI @#2000; MOV (SP)+,R0
                     005037, 0177572,           // relocation off
                     012737, 0300, 0177640,     // user page 0 -> 30000, relocation off
                     012737, 1, 0177572,        // on again
                     006537, 02000, 012601,     // MFPI @#2000; MOV (SP)+,R1
                     005037, 0177572, 0});
    CHECK(tm.cpu.reg(0) == 02222);
    CHECK(tm.cpu.reg(1) == 03333);
}

TEST_CASE("MMR3's D-space enable switches data references between I and D registers", "[pdp11][mmu]") {
    TestMachine tm(CpuModelId::Pdp11_70);
    map_kernel_identity(tm);       // kernel I page 2 -> 40000
    io_poke(tm, 0772364, 0600);    // KDPAR2 -> 60000
    io_poke(tm, 0772324, 077406);  // KDPDR2
    io_poke(tm, 0772376, 07600);   // KDPAR7: the I/O page
    io_poke(tm, 0772336, 077406);
    tm.poke(042000, 04321);
    tm.poke(062000, 01234);
    tm.poke(072000, 05555);
    tm.poke(0102000, 06666);
    run_at_1000(tm, {012737, 1, 0177572,        // relocation on, D space off
                     013700, 042000,            // MOV @#42000,R0: kernel I page 2
                     012737, 4, 0172516,        // kernel D space on
                     013701, 042000,            // MOV @#42000,R1: kernel D page 2
                     012737, 0700, 0172364,     // KDPAR2 -> 70000 while D space is on
                     013702, 042000,            // MOV @#42000,R2
                     005037, 0172516,           // D space off (through KDPAR7)
                     013703, 042000,            // MOV @#42000,R3: I page 2 again
                     012737, 01000, 0172344,    // KIPAR2 -> 100000: D space follows it
                     013704, 042000,            // MOV @#42000,R4
                     005037, 0177572, 0});
    CHECK(tm.cpu.reg(0) == 04321);
    CHECK(tm.cpu.reg(1) == 01234);
    CHECK(tm.cpu.reg(2) == 05555);
    CHECK(tm.cpu.reg(3) == 04321);
    CHECK(tm.cpu.reg(4) == 06666);
}

// The instruction fetch cache (memory_access.hpp) holds the host address of the page the PC
// is in. A program's MMR0 write that turns relocation on or off moves that page under the
// PC: the next fetch must come from the new place, while writes that leave the mapping
// alone (clearing the abort flags) keep the cache.
TEST_CASE("turning relocation on and off moves the instruction stream at once", "[pdp11][mmu]") {
    TestMachine tm(CpuModelId::Pdp11_40);
    map_kernel_identity(tm);
    io_poke(tm, kKipar, 0200);  // kernel page 0 -> 20000 once relocation is on
    tm.program(01000, {012737, 1, 0177572});  // relocation on: the next word is at 21006
    tm.program(01006, {012700, 3, 0});        // MOV #3,R0 (not to run); HALT
    tm.program(021006, {012700, 2,            // MOV #2,R0
                        012737, 1, 0177572,   // MMR0 written, relocation still on
                        012701, 5,            // MOV #5,R1
                        005037, 0177572});    // relocation off: the next word is at 1030
    tm.program(021030, {012702, 4, 0});       // MOV #4,R2 (not to run)
    tm.program(01030, {0});                   // HALT
    tm.cpu.set_reg(6, 01000);
    StopInfo stop = tm.run_from(01000);
    CHECK(stop.code == StopCode::Halt);
    CHECK(tm.cpu.pc() == 01032);
    CHECK(tm.cpu.reg(0) == 2);
    CHECK(tm.cpu.reg(1) == 5);
    CHECK(tm.cpu.reg(2) == 0);
}
