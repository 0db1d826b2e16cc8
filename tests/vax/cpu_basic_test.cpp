// The VAX CPU on small programs: integer instructions and condition codes, specifier
// modes, CALLS/RET, faults that back the instruction out and go through the SCB, CHMK and
// REI, memory management with its fault parameters.
#include <catch2/catch.hpp>

#include "tests/vax/vax_test_support.hpp"

using namespace simmon;
using namespace simmon::vax;
using simmon::vax::test::Rig;

TEST_CASE("vax cpu: moves, adds and condition codes") {
    Rig t;
    // MOVL #5,R0; ADDL3 R0,#-6 (I^#FFFFFFFA),R1; HALT
    t.put(0x2000, {0xD0, 0x05, 0x50, 0xC1, 0x50, 0x8F, 0xFA, 0xFF, 0xFF, 0xFF, 0x51, 0x00});
    CHECK(t.run(0x2000) == 0x200C);
    CHECK(t.cpu.halt_reason() == HaltReason::HaltInstruction);
    CHECK(t.cpu.r_[0] == 5);
    CHECK(t.cpu.r_[1] == 0xFFFFFFFF);
    CHECK(t.cpu.cc_ == kPslN);  // -1: negative, no carry out of 5 + FFFFFFFA
    // SUBL2 #1,R0 five times via SOBGTR loop: MOVL #5,R0; INCL R2; SOBGTR R0,-4; HALT
    t.put(0x2100, {0xD0, 0x05, 0x50, 0xD6, 0x52, 0xF5, 0x50, 0xFB, 0x00});
    t.cpu.r_[2] = 0;
    CHECK(t.run(0x2100) == 0x2109);
    CHECK(t.cpu.r_[2] == 5);
    CHECK(t.cpu.r_[0] == 0);
}

TEST_CASE("vax cpu: autoincrement, index and displacement modes") {
    Rig t;
    t.memory.write32_le(0x3000, 0x11111111);
    t.memory.write32_le(0x3004, 0x22222222);
    t.memory.write32_le(0x3008, 0x33333333);
    t.cpu.r_[1] = 0x3000;
    t.cpu.r_[2] = 2;
    // MOVL (R1)+,R3; MOVL (R1)[R2],R4; MOVL B^-4(R1),R5; HALT
    t.put(0x2000, {0xD0, 0x81, 0x53, 0xD0, 0x42, 0x61, 0x54, 0xD0, 0xA1, 0xFC, 0x55, 0x00});
    t.run(0x2000);
    CHECK(t.cpu.r_[3] == 0x11111111);
    CHECK(t.cpu.r_[1] == 0x3004);
    CHECK(t.cpu.r_[4] == 0x00000000);  // 0x3004 + 8 is past the data
    CHECK(t.cpu.r_[5] == 0x11111111);
}

TEST_CASE("vax cpu: a reserved addressing mode backs out autoincrement and faults") {
    Rig t;
    t.cpu.r_[1] = 0x3000;
    // MOVL (R1)+,#5 is fine to decode as far as (R1)+; a literal destination is reserved.
    t.put(0x2000, {0xD0, 0x81, 0x05});
    CHECK(t.run(0x2000) == Rig::halted_in(kVecReservedAddressingMode));
    CHECK(t.cpu.r_[1] == 0x3000);  // the autoincrement was undone
    std::uint32_t pc = 0;
    t.cpu.read32(t.cpu.r_[14], pc);
    CHECK(pc == 0x2000);  // the fault's PC is the instruction's
}

TEST_CASE("vax cpu: reserved and unimplemented opcodes") {
    Rig t;
    t.put(0x2000, {0x57});
    CHECK(t.run(0x2000) == Rig::halted_in(kVecReservedInstruction));
    Rig u;
    u.put(0x2000, {0xFD, 0x7D, 0x50, 0x52});  // MOVO: the CVAX has no octawords
    CHECK(u.run(0x2000) == Rig::halted_in(kVecReservedInstruction));
}

TEST_CASE("vax cpu: CALLS and RET") {
    Rig t;
    t.cpu.r_[14] = 0x7000;
    t.cpu.r_[2] = 0x22;
    // PUSHL #7; CALLS #1,@#3000; HALT   /  3000: .WORD ^M<R2>; MOVL 4(AP),R0; MOVL #0,R2; RET
    t.put(0x2000, {0xDD, 0x07, 0xFB, 0x01, 0x9F, 0x00, 0x30, 0x00, 0x00, 0x00});
    t.put(0x3000, {0x04, 0x00, 0xD0, 0xAC, 0x04, 0x50, 0xD0, 0x00, 0x52, 0x04});
    CHECK(t.run(0x2000) == 0x200A);
    CHECK(t.cpu.r_[0] == 7);
    CHECK(t.cpu.r_[2] == 0x22);
    CHECK(t.cpu.r_[14] == 0x7000);
}

TEST_CASE("vax cpu: CHMK and REI") {
    Rig t;
    // The user stack at 0x6000, kernel stack at 0x7000; start in user mode by REI.
    t.cpu.set_stack_pointer(0, 0x7000);
    t.cpu.set_stack_pointer(3, 0x6000);
    t.cpu.set_psl(0);  // kernel, kernel stack, IPL 0
    t.cpu.r_[14] = 0x7000;
    t.memory.write32_le(0x400 + kVecChmk, 0x2800);
    t.put(0x2800, {0x00});  // the CHMK handler halts
    // PUSHL #03C00000 (user, prev user); PUSHL #2100; REI
    t.put(0x2000, {0xDD, 0x8F, 0x00, 0x00, 0xC0, 0x03, 0xDD, 0x8F, 0x00, 0x21, 0x00, 0x00, 0x02});
    t.put(0x2100, {0xBC, 0x8F, 0x34, 0x12});  // CHMK #1234
    CHECK(t.run(0x2000) == 0x2801);
    CHECK(t.cpu.cur_mode() == kKernel);
    CHECK(((t.cpu.psl() & kPslPrv) >> kPslPrvShift) == kUser);
    CHECK(t.cpu.r_[14] == 0x7000 - 12);
    CHECK(t.memory.read32_le(0x7000 - 12) == 0x1234);
    CHECK(t.memory.read32_le(0x7000 - 8) == 0x2104);
    CHECK(t.cpu.stack_pointer(3) == 0x6000);
}

TEST_CASE("vax cpu: memory management faults carry their parameters") {
    Rig t;
    // System page table at physical 0x10000: S0 page 0 maps to frame 0x20 (0x4000), kernel
    // write; page 1 is invalid; SLR 2. The code runs from physical memory at S0 page 8..?
    // Simpler: map S0 pages 0-15 to frames 0-15 (kernel write) for the code, page 16
    // invalid, and touch it.
    for (std::uint32_t p = 0; p < 16; ++p) t.memory.write32_le(0x10000 + 4 * p, 0x80000000u | 2u << 27 | p);
    t.memory.write32_le(0x10000 + 4 * 16, 2u << 27 | 0x30);  // not valid
    t.memory.write32_le(0x10000 + 4 * 17, 3u << 27 | 0x80000000u | 0x31);  // kernel read only
    t.cpu.write_ipr(kIprSBR, 0x10000);
    t.cpu.write_ipr(kIprSLR, 18);
    t.cpu.write_ipr(kIprSCBB, 0x400);
    t.cpu.set_stack_pointer(4, 0x80001E00);
    t.cpu.r_[14] = 0x80001E00;
    t.cpu.write_ipr(kIprMAPEN, 1);
    for (std::uint32_t v = 0; v < 0x200; v += 4) t.memory.write32_le(0x400 + v, 0x80001000 + v * 4);
    // MOVL @#80002000,R0 (page 16: not valid)
    t.put(0x1800, {0xD0, 0x9F, 0x00, 0x20, 0x00, 0x80, 0x50});
    CHECK(t.run(0x80001800) == 0x80001000 + kVecTranslationNotValid * 4 + 1);
    CHECK(t.memory.read32_le(0x1E00 - 16) == 0);           // parameter: read, page itself
    CHECK(t.memory.read32_le(0x1E00 - 12) == 0x80002000);  // the address
    CHECK(t.memory.read32_le(0x1E00 - 8) == 0x80001800);   // the instruction's PC
    // CLRL @#80002200 (page 17: kernel read only): access violation with write intent
    t.cpu.r_[14] = 0x80001E00;
    t.put(0x1800, {0xD4, 0x9F, 0x00, 0x22, 0x00, 0x80});
    CHECK(t.run(0x80001800) == 0x80001000 + kVecAccessViolation * 4 + 1);
    CHECK(t.memory.read32_le(0x1E00 - 16) == 4);
    // Beyond SLR: a length violation
    t.cpu.r_[14] = 0x80001E00;
    t.put(0x1800, {0xD0, 0x9F, 0x00, 0x30, 0x00, 0x80, 0x50});
    CHECK(t.run(0x80001800) == 0x80001000 + kVecAccessViolation * 4 + 1);
    CHECK(t.memory.read32_le(0x1E00 - 16) == 1);
    CHECK(t.memory.read32_le(0x1E00 - 12) == 0x80003000);
}

TEST_CASE("vax cpu: CALLS/RET saving every register, inside one page and across two") {
    for (std::uint32_t sp : {0x7000u, 0x6E10u}) {  // the frame fits below 7000; it crosses 6E00
        Rig t;
        t.cpu.r_[14] = sp;
        for (unsigned r = 0; r < 12; ++r) t.cpu.r_[r] = 0x1000 * (r + 1);
        // CALLS #0,@#3000; HALT   /  3000: .WORD ^M<R0..R11>; CLRL R0; ... CLRL R11; RET
        t.put(0x2000, {0xFB, 0x00, 0x9F, 0x00, 0x30, 0x00, 0x00, 0x00});
        t.put(0x3000, {0xFF, 0x0F});
        for (unsigned r = 0; r < 12; ++r) t.put(0x3002 + 2 * r, {0xD4, static_cast<int>(0x50 + r)});
        t.put(0x3002 + 24, {0x04});
        CHECK(t.run(0x2000) == 0x2008);
        for (unsigned r = 0; r < 12; ++r) CHECK(t.cpu.r_[r] == 0x1000 * (r + 1));
        CHECK(t.cpu.r_[14] == sp);
        // The frame below the argument count: handler, mask word (S set, mask FFF), AP ...
        CHECK(t.memory.read32_le(sp - 4) == 0);                    // the argument count
        CHECK((t.memory.read32_le(sp - 4 - 4 * 17 + 4) >> 16) == 0x2FFF);
    }
}
