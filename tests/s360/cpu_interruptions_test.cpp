// Interruptions and status switching against the PoO: the PSW swap of each class, the
// interruption code and ILC, privileged operations, EX of EX, SVC, protection, the
// interval timer, I/O, waits.
#include <catch2/catch.hpp>

#include "tests/s360/s360_test_support.hpp"

using namespace simmon::s360;
using namespace simmon::s360::test;

TEST_CASE("s360 cpu: a privileged instruction in problem state is a privileged-operation exception") {
    Rig r;
    // SSM X'100' in problem state: code 2, ILC 2, address of the next instruction.
    CHECK(run_program(r, si(0x80, 0, 0x100) + kEnd, basic_psw(0, 0, 1, kProgram)) == RunExit::DisabledWait);
    CHECK(r.psw_at(kProgramOldPsw) == 0x0001000280001004ull);
    CHECK(r.cpu.instruction_address() == kProgramCheck);
    CHECK(r.cpu.stats_.privileged_by_opcode[0x80] == 1);
    CHECK(r.cpu.stats_.program_by_code[kPrivilegedOperation] == 1);
}

TEST_CASE("s360 cpu: every privileged opcode of the isa table traps in problem state") {
    for (std::uint8_t op : {0x08, 0x09, 0x80, 0x82, 0x83, 0x9C, 0x9D, 0x9E, 0x9F, 0xB0, 0xB1, 0xB8}) {
        Rig r;
        const std::string inst = op < 0x40 ? rr(op, 0, 0) + "0700" : si(op, 0, 0x100);
        run_program(r, inst + kEnd, basic_psw(0, 0, 1, kProgram));
        INFO("opcode " << int(op));
        CHECK(((r.psw_at(kProgramOldPsw) >> 32) & 0xFFFF) == kPrivilegedOperation);
        CHECK(r.io.calls.empty());
    }
}

TEST_CASE("s360 cpu: operation exceptions, and the 67's instructions on a 65") {
    Rig r;
    run_program(r, "0000" + kEnd);
    CHECK(r.psw_at(kProgramOldPsw) == 0x0000000140001002ull);
    Rig r65;
    r65.cpu.set_model(CpuModel::Model65);
    run_program(r65, rx(0x4D, 1, 0x100) + kEnd);  // BAS
    CHECK(r65.psw_at(kProgramOldPsw) == 0x0000000180001004ull);
    Rig r67;
    r67.cpu.gr_[12] = 0x1000;
    run_program(r67, rx(0x4D, 1, 0x008, 0, 12) + kEnd + kEnd);  // BAS over one LPSW
    CHECK(r67.cpu.gr_[1] == 0x1004);
}

TEST_CASE("s360 cpu: EX of EX is an execute exception with the EX's ILC") {
    Rig r;
    r.put(0x1100, rx(0x44, 0, 0x100, 0, 12));
    r.cpu.gr_[12] = 0x1000;
    run_program(r, rx(0x44, 0, 0x100, 0, 12) + kEnd);
    CHECK(r.psw_at(kProgramOldPsw) == 0x0000000380001004ull);
}

TEST_CASE("s360 cpu: EX ORs R1 into the target's second byte; a branch target is honoured") {
    Rig r;
    r.put(0x1100, si(0x92, 0x00, 0x800));  // MVI X'800',0 executed with R5 = X'C1'
    r.put(0x1108, rx(0x47, 0, 0x1020 & 0xFFF, 0, 12));  // BC 0,X'020'(12): mask from R6
    r.cpu.gr_[5] = 0xC1;
    r.cpu.gr_[6] = 0xF0;
    r.cpu.gr_[12] = 0x1000;
    std::string program = rx(0x44, 5, 0x100, 0, 12) + rx(0x44, 6, 0x108, 0, 12);
    for (int i = 0; i < 12; ++i) program += "0000";
    program += kEnd;  // at X'1020'
    CHECK(run_program(r, program) == RunExit::DisabledWait);
    CHECK(r.memory.read8(0x800) == 0xC1);
    CHECK(r.cpu.instruction_address() == kDone);  // the branch skipped the invalid opcodes
}

TEST_CASE("s360 cpu: SVC stores the code and ILC in the SVC old PSW") {
    Rig r;
    run_program(r, rr(0x0A, 2, 0xA), basic_psw(0xFF, 3, 1, kProgram, 2, 5));
    CHECK(r.psw_at(kSvcOldPsw) == 0xFF31002A65001002ull);
    CHECK(r.cpu.instruction_address() == 0x5C5C);
}

TEST_CASE("s360 cpu: fixed-point overflow interrupts only under the program mask") {
    Rig r;
    r.cpu.gr_[1] = 0x7FFFFFFF;
    r.cpu.gr_[2] = 1;
    run_program(r, rr(0x1A, 1, 2) + kEnd);
    CHECK(r.cpu.gr_[1] == 0x80000000u);
    CHECK(r.cpu.instruction_address() == kDone);
    Rig m;
    m.cpu.gr_[1] = 0x7FFFFFFF;
    m.cpu.gr_[2] = 1;
    run_program(m, rr(0x1A, 1, 2) + kEnd, basic_psw(0, 0, 0, kProgram, 0, 8));
    CHECK(m.psw_at(kProgramOldPsw) == 0x0000000878001002ull);  // code 8, ILC 1, CC 3, PM 8
}

TEST_CASE("s360 cpu: DR whose quotient overflows is suppressed with a fixed-point divide exception") {
    Rig r;
    r.cpu.gr_[2] = 1;  // dividend 2^32
    r.cpu.gr_[3] = 0;
    r.cpu.gr_[4] = 1;
    run_program(r, rr(0x1D, 2, 4) + kEnd);
    CHECK(r.psw_at(kProgramOldPsw) == 0x0000000940001002ull);
    CHECK(r.cpu.gr_[2] == 1);
    CHECK(r.cpu.gr_[3] == 0);
    Rig z;
    z.cpu.gr_[2] = 0;
    z.cpu.gr_[3] = 7;
    z.cpu.gr_[4] = 0;  // divide by zero
    run_program(z, rr(0x1D, 2, 4) + kEnd);
    CHECK(((z.psw_at(kProgramOldPsw) >> 32) & 0xFFFF) == kFixedDivide);
    Rig odd;
    run_program(odd, rr(0x1D, 3, 4) + kEnd);
    CHECK(((odd.psw_at(kProgramOldPsw) >> 32) & 0xFFFF) == kSpecification);
}

TEST_CASE("s360 cpu: storage protection by key, and fetch protection") {
    Rig r;
    r.cpu.set_storage_key(0x2000, 0x20);             // key 2, not fetch protected
    r.cpu.set_storage_key(0x2800, 0x28);             // key 2, fetch protected
    r.put(0x2000, "11223344");
    r.put(0x2800, "55667788");
    // Key 1: a fetch from the unprotected block works, a store to it does not.
    run_program(r, rx(0x58, 1, 0, 0, 2) + rx(0x50, 1, 0, 0, 2) + kEnd, basic_psw(0, 1, 0, kProgram));
    r.cpu.gr_[2] = 0x2000;
    r.cpu.load_psw(basic_psw(0, 1, 0, kProgram));
    r.cpu.run(100);
    CHECK(r.cpu.gr_[1] == 0x11223344u);
    CHECK(((r.psw_at(kProgramOldPsw) >> 32) & 0xFFFF) == kProtection);
    CHECK((r.psw_at(kProgramOldPsw) & 0xFFFFFF) == 0x1008);
    CHECK(r.memory.read32_be(0x2000) == 0x11223344u);
    // A fetch from the fetch-protected block is a protection exception too.
    r.cpu.gr_[2] = 0x2800;
    r.cpu.load_psw(basic_psw(0, 1, 0, kProgram));
    r.cpu.run(100);
    CHECK((r.psw_at(kProgramOldPsw) & 0xFFFFFF) == 0x1004);
    // Key 2 may store; key 0 may do anything.
    r.cpu.load_psw(basic_psw(0, 2, 0, kProgram));
    r.cpu.gr_[1] = 0xCAFEF00D;
    r.cpu.run(100);
    CHECK(r.cpu.instruction_address() == kDone);
}

TEST_CASE("s360 cpu: SSK and ISK; reference and change bits") {
    Rig r;
    r.cpu.gr_[1] = 0x000000A8;  // key A, fetch protection
    r.cpu.gr_[2] = 0x00004000;
    r.cpu.gr_[3] = 0x00004001;  // bits 28-31 nonzero
    run_program(r, rr(0x08, 1, 2) + rx(0x50, 1, 0x010, 0, 2) + rr(0x09, 4, 2) + kEnd);
    CHECK(r.cpu.storage_key(0x4000) == 0xAE);  // key A, F, reference, change
    CHECK((r.cpu.gr_[4] & 0xFF) == 0xA8);      // basic mode: key and F only
    CHECK(r.cpu.instruction_address() == kDone);
    Rig s;
    s.cpu.gr_[3] = 0x00004001;
    run_program(s, rr(0x08, 1, 3) + kEnd);
    CHECK(((s.psw_at(kProgramOldPsw) >> 32) & 0xFFFF) == kSpecification);
    // Channel transfers set reference and change through the StorageKeys interface.
    StorageKeys& keys = s.cpu;
    keys.note_channel_access(0x5000, 0x900, true);
    CHECK(keys.storage_key(0x5000) == 0x06);
    CHECK(keys.storage_key(0x5800) == 0x06);
    CHECK(keys.storage_key(0x6000) == 0x00);
    s.cpu.set_storage_key(0x6000, 0x38);
    CHECK(keys.channel_access_allowed(3, 0x6000, true));
    CHECK_FALSE(keys.channel_access_allowed(4, 0x6000, false));
    CHECK(keys.channel_access_allowed(0, 0x6000, true));
}

TEST_CASE("s360 cpu: TS sets the byte to ones and the CC from its leftmost bit") {
    Rig r;
    r.put(0x800, "7F80");
    run_program(r, si(0x93, 0, 0x800) + rr(0x05, 6, 0) + si(0x93, 0, 0x801) + rr(0x05, 7, 0) + kEnd);
    CHECK(r.memory.read16_be(0x800) == 0xFFFF);
    CHECK(((r.cpu.gr_[6] >> 28) & 3) == 0);
    CHECK(((r.cpu.gr_[7] >> 28) & 3) == 1);
}

TEST_CASE("s360 cpu: the interval timer interrupts when it goes from positive to negative") {
    Rig r;
    frame(r);
    r.memory.write32_be(kTimer, 0x00000010);
    r.cpu.load_psw(basic_psw(0x01, 0, 2, 0x2000));  // enabled wait for external
    CHECK(r.cpu.run(100) == RunExit::EnabledWait);
    r.cpu.advance_timer(0x08);
    CHECK(r.cpu.run(100) == RunExit::EnabledWait);
    r.cpu.advance_timer(0x10);
    CHECK(r.memory.read32_be(kTimer) == 0xFFFFFFF8u);
    CHECK(r.cpu.run(100) == RunExit::DisabledWait);
    CHECK(r.psw_at(kExternalOldPsw) == 0x0102008000002000ull);
    CHECK(r.cpu.instruction_address() == 0xE0E0);
}

TEST_CASE("s360 cpu: a disabled wait stops, an enabled wait idles") {
    Rig r;
    CHECK(run_program(r, kEnd) == RunExit::DisabledWait);
    r.cpu.load_psw(basic_psw(0x80, 0, 2, 0x3000));
    CHECK(r.cpu.run(100) == RunExit::EnabledWait);
    CHECK(r.cpu.waiting());
}

TEST_CASE("s360 cpu: I/O instructions reach the channels; an I/O interruption swaps the I/O PSWs") {
    Rig r;
    r.io.cc = 1;
    run_program(r, si(0x9C, 0, 0x00C) + rr(0x05, 2, 0) + si(0x9D, 0, 0x10E) + kEnd);
    CHECK(r.io.calls == std::vector<std::string>{"SIO 12", "TIO 270"});
    CHECK(((r.cpu.gr_[2] >> 28) & 3) == 1);
    CHECK(r.cpu.stats_.sio_by_device[0x00C] == 1);
    // Channel 1 interrupts once the PSW enables channel 1.
    r.io.pending = true;
    r.io.pending_device = 0x10E;
    r.cpu.load_psw(basic_psw(0x80, 0, 2, 0x3000));  // only channel 0 enabled
    CHECK(r.cpu.run(100) == RunExit::EnabledWait);
    CHECK(r.io.pending);
    r.cpu.load_psw(basic_psw(0x40, 0, 2, 0x3000));
    CHECK(r.cpu.run(100) == RunExit::DisabledWait);
    CHECK(r.psw_at(kIoOldPsw) == 0x4002010E00003000ull);
    CHECK(r.cpu.instruction_address() == 0x1010);
}

TEST_CASE("s360 cpu: LPSW loads the PSW; an odd instruction address is a specification exception") {
    Rig r;
    r.memory.write64_be(0x808, basic_psw(0, 0, 0, 0x1101));
    run_program(r, si(0x82, 0, 0x808));
    CHECK(((r.psw_at(kProgramOldPsw) >> 32) & 0xFFFF) == kSpecification);
    CHECK((r.psw_at(kProgramOldPsw) & 0xFFFFFF) == 0x1101);
    Rig a;
    run_program(a, si(0x82, 0, 0x804));  // not doubleword aligned
    CHECK(a.psw_at(kProgramOldPsw) == 0x0000000680001004ull);
}

TEST_CASE("s360 cpu: DIAGNOSE in supervisor state is a no-op that is counted") {
    Rig r;
    CHECK(run_program(r, "83120018" + kEnd) == RunExit::DisabledWait);
    CHECK(r.cpu.instruction_address() == kDone);
    CHECK(r.cpu.stats_.diagnose_by_code[0x18] == 1);
}

TEST_CASE("s360 cpu: DIAGNOSE in problem state traps and is counted by code and as a privileged op") {
    Rig r;
    r.cpu.gr_[3] = 0x10;
    run_program(r, "83123008" + kEnd, basic_psw(0, 0, 1, kProgram));
    CHECK(((r.psw_at(kProgramOldPsw) >> 32) & 0xFFFF) == kPrivilegedOperation);
    CHECK(r.cpu.stats_.privileged_by_opcode[0x83] == 1);
    CHECK(r.cpu.stats_.diagnose_by_code[0x18] == 1);
    CHECK(r.cpu.stats_.diagnose_by_code[0x08] == 0);
}

TEST_CASE("s360 cpu: counters by state and mode add up to the instructions run") {
    Rig r;
    run_program(r, "1812181218121812" + kEnd);
    const auto& s = r.cpu.stats_.instructions;
    CHECK(s[0][0] + s[0][1] + s[1][0] + s[1][1] == 5);
    CHECK(s[0][0] == 5);
}
