// SIMH's PDP-11 configuration commands as scripts from the wild write them (issue 8):
// option lists applied whole or not at all, SIMH's option names, and SIMH's models and
// devices that simmon does not have refused as "not modelled (yet)".
#include <catch2/catch.hpp>

#include "tests/devices/device_test_support.hpp"
#include "tests/support/pdp11_session.hpp"

using namespace simmon;
using namespace simmon::test;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// SETD (170011) at 1000, HALT after it; the reserved-instruction trap (vector 10) goes to
// a HALT at 2000. Returns the PC the machine halted with.
std::string run_setd(Pdp11Session& s) {
    for (const char* line : {"DEPOSIT 10 2000", "DEPOSIT 12 340", "DEPOSIT 2000 0", "DEPOSIT 1000 170011",
                             "DEPOSIT 1002 0", "DEPOSIT SP 1000"})
        REQUIRE(s.run(line) == "");
    REQUIRE(s.run("GO 1000") == "");
    s.take();
    REQUIRE(s.run("EXAMINE PC") == "");
    return s.take();
}

}  // namespace

TEST_CASE("SET CPU 11/34, FPP, 256K: SIMH's option list fits the FP11", "[pdp11][scp][simh]") {
    Pdp11Session s;
    REQUIRE(s.run("SET CPU 11/34, FPP, 256K") == "");
    REQUIRE(s.run("SHOW CPU") == "");
    const std::string shown = s.take();
    CHECK(contains(shown, "FPP, 11/34, 256K"));
    CHECK(run_setd(s) == "PC:\t001004\n");  // SETD executed, then the HALT

    REQUIRE(s.run("SET CPU NOFPP") == "");
    CHECK(run_setd(s) == "PC:\t002002\n");  // reserved instruction: trapped to 2000
    CHECK(s.run("SET CPU 11/40, FPP") == "the 11/40 has no FP11 option (its floating point is the FIS)");
}

TEST_CASE("SET CPU applies a list whole or not at all", "[pdp11][scp][simh]") {
    Pdp11Session s;
    REQUIRE(s.run("SET CPU 11/34 128K") == "");
    CHECK(s.run("SET CPU 11/45, 11/44") ==
          "SET CPU 11/44: the PDP-11/44 is not modelled (yet): simmon has the 11/34, 11/40, 11/45 and 11/70");
    CHECK(s.run("SET CPU 11/45 FPP BOGUS") == "CPU has no option BOGUS (HELP CPU lists them)");
    CHECK(s.run("SET CPU 11/70, CIS") == "SET CPU CIS: the commercial instruction set (CIS) is not modelled (yet)");
    s.take();
    REQUIRE(s.run("SHOW CPU") == "");
    CHECK(contains(s.take(), "NOFPP, 11/34, 128K"));  // nothing of the refused lists applied
}

TEST_CASE("SIMH's CPU option names: HIST=, 4096K, IDLE, NOIDLE, NOCIS", "[pdp11][scp][simh]") {
    Pdp11Session s;
    CHECK(s.run("SET CPU HIST=100") == "");
    CHECK(s.run("SET CPU 11/70 4096K") == "");
    CHECK(s.run("SET CPU IDLE") == "");
    CHECK(s.run("SET CPU NOIDLE") == "");
    CHECK(s.run("SET CPU NOCIS") == "");
    s.take();
    REQUIRE(s.run("SHOW CPU") == "");
    CHECK(contains(s.take(), "FPP, 11/70, 4M"));
    CHECK(s.run("SET CPU 11/05") ==
          "SET CPU 11/05: the PDP-11/05 is not modelled (yet): simmon has the 11/34, 11/40, 11/45 and 11/70");
}

TEST_CASE("SAVE and RESTORE keep SET CPU FPP", "[pdp11][scp][simh]") {
    ScratchDir dir;
    const std::string path = dir.file("fpp.sav");
    Pdp11Session s;
    REQUIRE(s.run("SET CPU 11/34 FPP") == "");
    REQUIRE(s.run("SAVE " + path) == "");
    REQUIRE(s.run("SET CPU 11/45 NOFPP") == "");
    REQUIRE(s.run("RESTORE " + path) == "");
    s.take();
    REQUIRE(s.run("SHOW CPU") == "");
    CHECK(contains(s.take(), "FPP, 11/34"));
    CHECK(run_setd(s) == "PC:\t001004\n");
}

TEST_CASE("SIMH's devices simmon lacks are refused as not modelled", "[pdp11][scp][simh]") {
    Pdp11Session s;
    const std::string hk = "the RK611 disk controller (RK06, RK07) is not modelled (yet)";
    CHECK(s.run("SET HK0 AUTOSIZE") == "HK0: " + hk);
    CHECK(s.run("SET HK ENABLED") == "HK: " + hk);
    CHECK(s.run("ATTACH HK0 disk.rk07") == "HK0: " + hk);
    CHECK(s.run("SHOW HK") == "HK: " + hk);
    CHECK(s.run("BOOT HK0") == "HK0: " + hk);
    CHECK(s.run("DETACH HK0") == "HK0: " + hk);
    // The MSCP and TMSCP controllers are there; the drive types SIMH has beyond simmon's are not.
    CHECK(s.run("SET RQ0 RD53") ==
          "SET RQ RD53: the RD53 drive is not modelled (yet): simmon has the RD54, RA80, RA81, RA82 and RA92");
    CHECK(s.run("SET TQ TU81") == "SET TQ TU81: the TU81 drive is not modelled (yet): simmon has the TK50");
    CHECK(s.run("SET TQ TK50") == "");
    CHECK(s.run("SET TS ENABLE") == "TS: the TS11 magnetic tape is not modelled (yet)");
    // Disabling what is not there asks for what is already so.
    CHECK(s.run("SET RQ DISABLED") == "");
    CHECK(s.run("SET HK DISABLE") == "");
    // Names that are neither still get the nearest name.
    CHECK(s.run("SET RQX0 DISABLED") == "Unknown device or SET option: RQX0; did you mean RQ0?");
}

TEST_CASE("SET DZ LINES=, 7B/8B/7P, VECTOR= and SHOW DZ VECTOR", "[pdp11][scp][simh][dz11]") {
    Pdp11Session s;
    CHECK(s.run("SET DZ LINES=8") == "");
    CHECK(contains(s.run("SET DZ LINES=16"), "not modelled (yet)"));
    CHECK(s.run("SET DZ 7B") == "");
    s.take();
    REQUIRE(s.run("SHOW DZ") == "");
    CHECK(contains(s.take(), "terminal multiplexer, 7B"));
    REQUIRE(s.run("SHOW DZ VECTOR") == "");
    CHECK(s.take() == "DZ: vector=300-304\n");
    CHECK(s.run("SET DZ VECTOR=310") == "");
    REQUIRE(s.run("SHOW DZ VECTOR") == "");
    CHECK(s.take() == "DZ: vector=310-314\n");
    CHECK(s.run("SET DZ VECTOR=312") == "DZ VECTOR=312: a vector is a multiple of 10 below 1000 (octal)");
}

TEST_CASE("DUMP without -r writes an absolute-loader tape that LOAD reads back", "[pdp11][scp][simh]") {
    ScratchDir dir;
    const std::string path = dir.file("dump.lda");
    Pdp11Session s;
    REQUIRE(s.run("DEPOSIT 1000 12345") == "");
    REQUIRE(s.run("DEPOSIT 1002 54321") == "");
    REQUIRE(s.run("DEPOSIT 1004 777") == "");
    REQUIRE(s.run("DUMP " + path + " 1000 1005") == "");
    CHECK(s.run("DUMP " + path + " 1000 200000") == "an absolute-loader tape addresses 64K at most: DUMP -r for more");
    CHECK(s.run("DUMP -x " + path + " 1000 1005") == "DUMP: unknown switch -x (it takes -r)");
    Pdp11Session t;
    REQUIRE(t.run("DEPOSIT PC 2000") == "");
    REQUIRE(t.run("LOAD " + path) == "");
    t.take();
    REQUIRE(t.run("EXAMINE 1000-1004 PC") == "");
    CHECK(t.take() == "1000:\t012345\n1002:\t054321\n1004:\t000777\nPC:\t002000\n");
}

TEST_CASE("SET TTO 7P prints only printing characters", "[pdp11][scp][simh][dl11]") {
    Pdp11Session s;
    REQUIRE(s.run("SET TTO 7P") == "");
    s.take();
    REQUIRE(s.run("SHOW TTO") == "");
    CHECK(contains(s.take(), "7P"));
    // 1000: MOV #buf,R1; loop: MOVB (R1)+,R0; BEQ done; TSTB @#177564; BPL .-4; MOVB R0,@#177566; BR loop;
    // done: wait for the last character to go out, HALT
    for (const char* line : {"DEPOSIT -m 1000 MOV #1100,R1", "DEPOSIT -m 1004 MOVB (R1)+,R0", "DEPOSIT -m 1006 BEQ 1024",
                             "DEPOSIT -m 1010 TSTB @#177564", "DEPOSIT -m 1014 BPL 1010", "DEPOSIT -m 1016 MOVB R0,@#177566",
                             "DEPOSIT -m 1022 BR 1004", "DEPOSIT -m 1024 TSTB @#177564", "DEPOSIT -m 1030 BPL 1024",
                             "DEPOSIT 1032 0", "DEPOSIT 1100 1101", "DEPOSIT 1102 302",
                             "DEPOSIT 1104 0", "SET RUNLIMIT 100K"})
        REQUIRE(s.run(line) == "");
    // "A", ^A, "B" with bit 7 set: ^A is dropped, bit 7 cleared.
    REQUIRE(s.run("GO 1000") == "");
    CHECK(contains(s.take(), "AB"));
}
