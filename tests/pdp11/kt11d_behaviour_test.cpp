// The KD11-A (11/40) and KT11-D behaviours that DEC's KT11-D diagnostics check (DBKTA,
// DBKTF, DBKTG): MMR1's address, maintenance mode, aborts in trap sequences, MMR0<6:1>
// and MMR2 after a fetch abort, and the PC as a source with an indexed destination.
// Every vector v points at a HALT at v+2 (TestMachine), so a trap stops with PC = v+4.
#include <catch2/catch.hpp>

#include "tests/pdp11/pdp11_test_support.hpp"

using namespace simmon;
using namespace simmon::pdp11;
using test::TestMachine;

namespace {

constexpr std::uint32_t kKipar = 0772340, kKipdr = 0772300, kUipar = 0777640, kUipdr = 0777600;

void io_poke(TestMachine& tm, std::uint32_t unibus_addr, std::uint16_t v) {
    REQUIRE(tm.cpu.write_physical(tm.cpu.mmu().io_base() + (unibus_addr - 0760000), v));
}

// Kernel pages map 1:1 (page 7 to the I/O page), read/write, full length; so do user
// pages 0 and 7 unless a test changes them.
void map_identity(TestMachine& tm) {
    for (int p = 0; p < 8; ++p) {
        io_poke(tm, kKipar + 2 * p, static_cast<std::uint16_t>(p == 7 ? 07600 : p * 0200));
        io_poke(tm, kKipdr + 2 * p, 077406);
    }
    io_poke(tm, kUipar, 0);
    io_poke(tm, kUipdr, 077406);
    io_poke(tm, kUipar + 016, 07600);
    io_poke(tm, kUipdr + 016, 077406);
}

StopInfo run_at_1000(TestMachine& tm, std::initializer_list<std::uint16_t> words) {
    tm.program(01000, words);
    tm.cpu.set_reg(6, 01000);
    return tm.run_from(01000);
}

std::uint16_t mmr2(TestMachine& tm) {
    std::uint64_t v = 0;
    REQUIRE(tm.cpu.examine(0, 0777576, 0, v));
    return static_cast<std::uint16_t>(v);
}

}  // namespace

TEST_CASE("the 11/40 answers 0 at MMR1's address", "[pdp11][mmu][kt11d]") {
    // DBKTA reads 777574 after RESET and expects 0, not a bus timeout.
    TestMachine tm(CpuModelId::Pdp11_40);
    tm.cpu.set_reg(0, 0777);
    run_at_1000(tm, {013700, 0177574,          // MOV @#177574,R0
                     012737, 5, 0177574,       // writing it is ignored
                     0});
    CHECK(tm.cpu.pc() == 01014);  // no trap: the final HALT
    CHECK(tm.cpu.reg(0) == 0);
}

TEST_CASE("maintenance mode relocates only the final destination reference", "[pdp11][mmu][kt11d]") {
    // DBKTA test 15: with MMR0 bit 8 set, CMP (R1),(R1) compares the unrelocated source
    // with the relocated destination; a plain read (MOV's source) is not relocated.
    for (CpuModelId model : {CpuModelId::Pdp11_40, CpuModelId::Pdp11_34}) {
        TestMachine tm(model);
        map_identity(tm);
        io_poke(tm, kKipar, 1);  // kernel page 0 moves up 100 bytes
        tm.poke(03034, 0111);
        tm.poke(03134, 0222);
        run_at_1000(tm, {012701, 03034,            // MOV #3034,R1
                         012737, 0400, 0177572,    // maintenance mode
                         021111,                   // CMP (R1),(R1): 111 - 222
                         013703, 0177776,          // MOV @#177776,R3: the condition codes
                         011102,                   // MOV (R1),R2: a source, not relocated
                         005711,                   // TST (R1): a destination, relocated
                         013704, 0177776,          // MOV @#177776,R4
                         012711, 7,                // MOV #7,(R1): written relocated
                         005037, 0177572,          // maintenance off
                         0});
        INFO("model " << tm.cpu.model().name);
        CHECK((tm.cpu.reg(3) & 017) == 011);  // N and C: 111 < 222, so they differed
        CHECK(tm.cpu.reg(2) == 0111);
        CHECK((tm.cpu.reg(4) & 017) == 0);    // TST saw 222, not 111 (either is non-zero)
        CHECK(tm.peek(03134) == 7);
        CHECK(tm.peek(03034) == 0111);
    }
}

TEST_CASE("an MMU abort of a trap's vector read is a memory management trap", "[pdp11][mmu][kt11d]") {
    // DBKTA test 35: kernel page 0 expands downward from block 1, so vectors below 100
    // are outside it; IOT's vector read aborts and the CPU traps through 250 from the
    // unchanged context.
    TestMachine tm(CpuModelId::Pdp11_40);
    map_identity(tm);
    io_poke(tm, kKipdr, 0416);  // length 1, expand downward, read/write
    run_at_1000(tm, {012737, 1, 0177572,  // relocation on
                     000004,              // IOT: vector 20 is in block 0
                     0});
    CHECK(tm.cpu.pc() == 0254);
    CHECK(tm.cpu.mmu().read_mmr0() == 040001);  // length abort, kernel page 0
    CHECK(tm.cpu.reg(6) == 0774);
    CHECK(tm.peek(0774) == 01010);  // the PC after IOT
    CHECK(tm.peek(0776) == 0);
}

TEST_CASE("KT11-D: MMR0<6:1> keep the reference that turned relocation off", "[pdp11][mmu][kt11d]") {
    // DBKTA test 42: user mode clears MMR0 bit 0 through user page 7; MMR0 then reads 156.
    for (CpuModelId model : {CpuModelId::Pdp11_40, CpuModelId::Pdp11_34}) {
        TestMachine tm(model);
        map_identity(tm);
        run_at_1000(tm, {012737, 1, 0177572,        // relocation on
                         012737, 0140000, 0177776,  // user mode
                         042737, 1, 0177572,        // BIC #1,@#177572 in user mode
                         0});                       // HALT in user mode traps
        INFO("model " << tm.cpu.model().name);
        CHECK(tm.cpu.mmu().read_mmr0() == 0156);
        std::uint64_t v = 0;
        REQUIRE(tm.cpu.examine(0, 0777572, 0, v));
        CHECK(v == 0156);
    }
}

TEST_CASE("the 11/40's MMR2 after a fetch abort holds the previous instruction", "[pdp11][mmu][kt11d]") {
    // DBKTA test 60: PSW mode 01 does not exist on the KT11-D, so the next fetch aborts;
    // MMR2 shows the MOV that changed the PSW.
    TestMachine tm(CpuModelId::Pdp11_40);
    map_identity(tm);
    run_at_1000(tm, {012737, 1, 0177572,
                     012737, 040000, 0177776,  // current mode 01
                     000240, 0});
    CHECK(tm.cpu.pc() == 0254);
    CHECK(tm.cpu.mmu().read_mmr0() == 0100041);  // non-resident, mode 01, page 0
    CHECK(mmr2(tm) == 01006);
}

TEST_CASE("a trap whose push aborts: the 11/40 saves the interrupted context", "[pdp11][mmu][kt11d]") {
    // DBKTF: IOT in user mode with its new PSW in user mode and the user stack beyond
    // the end of its page. The 11/40's trap through 250 saves the PSW and PC of the IOT;
    // the 11/34 saves the IOT's new PSW and PC (CFKTHB0 test 45). Both leave the user SP
    // as the failed push stepped it.
    for (CpuModelId model : {CpuModelId::Pdp11_40, CpuModelId::Pdp11_34}) {
        TestMachine tm(model);
        map_identity(tm);
        io_poke(tm, kUipdr + 2, 6);  // user page 1 one block long: 37776 is beyond it
        tm.poke(020, 02000);
        tm.poke(022, 0140340);
        run_at_1000(tm, {012737, 1, 0177572,
                         012737, 0170000, 0177776,  // user mode, previous user
                         012706, 040000,            // user SP: the first push is in page 1
                         000004,                    // IOT at 1020
                         0});
        INFO("model " << tm.cpu.model().name);
        CHECK(tm.cpu.pc() == 0254);
        CHECK(tm.cpu.mmu().read_mmr0() == 040143);  // length abort, user page 1
        CHECK(mmr2(tm) == 01020);
        CHECK(tm.cpu.stack_pointer(3) == 037776);
        CHECK(tm.cpu.reg(6) == 0774);
        if (model == CpuModelId::Pdp11_40) {
            CHECK(tm.peek(0774) == 01022);
            CHECK(tm.peek(0776) == 0170000);
        } else {
            CHECK(tm.peek(0774) == 02000);
            CHECK(tm.peek(0776) == 0170340);
        }
    }
}

TEST_CASE("an MMU abort of the memory management trap itself is a double error", "[pdp11][mmu][kt11d]") {
    // Relocation on with no kernel page resident: the fetch aborts, and so does the
    // read of vector 250. That ends in a halt ("MMU abort during trap sequence"), not in
    // one memory management trap after another.
    TestMachine tm(CpuModelId::Pdp11_40);
    StopInfo stop = run_at_1000(tm, {012737, 1, 0177572, 000240, 0});
    CHECK(stop.code == StopCode::GuestError);
    CHECK((tm.cpu.mmu().read_mmr0() & 0100000) != 0);
}

TEST_CASE("the 11/40 reads a PC source after an indexed destination's word", "[pdp11][instructions][kt11d]") {
    // DBKTG: MOV PC,X stores the address of the instruction + 4 on the KD11-A (its index
    // word has been fetched); the 11/70 stores the address + 2.
    for (CpuModelId model : {CpuModelId::Pdp11_40, CpuModelId::Pdp11_70}) {
        TestMachine tm(model);
        run_at_1000(tm, {012701, 02000,       // MOV #2000,R1
                         010761, 2,           // 1004: MOV PC,2(R1)
                         010737, 02004,       // 1010: MOV PC,@#2004
                         060767, 02006 - 01020,  // 1014: ADD PC,2006 (relative)
                         0});
        INFO("model " << tm.cpu.model().name);
        bool late = model == CpuModelId::Pdp11_40;
        CHECK(tm.peek(02002) == (late ? 01010 : 01006));
        CHECK(tm.peek(02004) == (late ? 01014 : 01012));
        CHECK(tm.peek(02006) == (late ? 01020 : 01016));
    }
}

TEST_CASE("the 11/40 reads a register source after stepping it, for every double-operand group",
          "[pdp11][instructions][kt11d]") {
    // DBKDM: OPR Rn,(Rn)+ on the KD11-A uses Rn after the step (2002); the 11/34 uses it
    // before (2000). Each group computes with the value it read, the late one included.
    for (CpuModelId model : {CpuModelId::Pdp11_40, CpuModelId::Pdp11_34}) {
        TestMachine tm(model);
        tm.poke(02000, 0);        // BIS R1,(R1)+
        tm.poke(02010, 0177777);  // BIC R2,(R2)+
        tm.poke(02020, 1);        // ADD R3,(R3)+
        tm.poke(02030, 0);        // BISB R4,(R4)+ (bytes step by 1)
        tm.poke(02040, 0);        // MOV R5,(R5)+
        run_at_1000(tm, {012701, 02000, 012702, 02010, 012703, 02020, 012704, 02030, 012705, 02040,
                         050121,    // BIS R1,(R1)+
                         040222,    // BIC R2,(R2)+
                         060323,    // ADD R3,(R3)+
                         0150424,   // BISB R4,(R4)+
                         010525,    // MOV R5,(R5)+
                         0});
        INFO("model " << tm.cpu.model().name);
        const bool late = model == CpuModelId::Pdp11_40;
        CHECK(tm.peek(02000) == (late ? 02002 : 02000));
        CHECK(tm.peek(02010) == (late ? 0175765 : 0175767));
        CHECK(tm.peek(02020) == (late ? 02023 : 02021));
        CHECK(tm.peek(02030) == (late ? 031 : 030));
        CHECK(tm.peek(02040) == (late ? 02042 : 02040));
    }
}
