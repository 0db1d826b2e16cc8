// SIMH commands on the PDP-11 that scripts from the wild use (issue 8): SET CPU lists
// rolled back when an option fails late, U18, OCT/HEX, EXAMINE STATE per model, DEPOSIT of
// an instruction without -m, a:b ranges, TTO UC, ATTACH -F, BOOT without a unit, SHOW
// CLOCKS, and switches no command takes.
#include <catch2/catch.hpp>

#include "tests/core/temp_dir.hpp"
#include "tests/devices/device_test_support.hpp"
#include "tests/support/pdp11_session.hpp"

using namespace simmon;
using namespace simmon::test;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string shown(Pdp11Session& s, const std::string& command) {
    s.take();
    REQUIRE(s.run(command) == "");
    return s.take();
}

}  // namespace

TEST_CASE("SET CPU list: an option that fails after others applied puts the machine back", "[pdp11][scp][simh]") {
    Pdp11Session s;
    REQUIRE(s.run("SET CPU 11/70 4096K") == "");
    REQUIRE(s.run("DEPOSIT 17000000 1234") == "");
    // The 11/34 is taken, then 4096K fails for it: nothing of the list may stay.
    CHECK(s.run("SET CPU 11/34, NOFPP, 4096K") == "the 11/34 has at most 256K of memory");
    const std::string cpu = shown(s, "SHOW CPU");
    CHECK(contains(cpu, "FPP, 11/70, 4M"));
    CHECK(shown(s, "EXAMINE 17000000") == "17000000:\t001234\n");  // memory above 256K kept too
}

TEST_CASE("SET CPU U18 on the 18-bit models, refused on the 11/70; Q22 not modelled", "[pdp11][scp][simh]") {
    Pdp11Session s;
    CHECK(s.run("SET CPU 11/40, U18") == "");
    CHECK(s.run("SET CPU 11/70, U18") ==
          "the 11/70 has a 22-bit memory bus behind its Unibus map; U18 fits the 11/34, 11/40 and 11/45");
    CHECK(contains(shown(s, "SHOW CPU"), "11/40"));  // the list was not applied
    CHECK(contains(s.run("SET CPU Q22"), "not modelled (yet)"));
}

TEST_CASE("SET CPU HEX and OCT: memory shown and deposited in that radix", "[pdp11][scp][simh]") {
    Pdp11Session s;
    REQUIRE(s.run("SET CPU HEX") == "");
    REQUIRE(s.run("DEPOSIT 1000 FF") == "");  // the address stays octal, the value is hex
    CHECK(shown(s, "EXAMINE 1000") == "1000:\t00FF\n");
    CHECK(shown(s, "SHOW CPU RADIX") == "CPU: radix=16\n");
    CHECK(shown(s, "EXAMINE R0") == "R0:\t000000\n");  // a CPU register keeps its radix (SIMH)
    REQUIRE(s.run("SET CPU OCT") == "");
    CHECK(shown(s, "EXAMINE 1000") == "1000:\t000377\n");
    REQUIRE(s.run("SET RK HEX") == "");  // another device: its registers
    CHECK(contains(shown(s, "EXAMINE RK RKCS"), "RKCS:\t0080"));
}

TEST_CASE("EXAMINE STATE lists only the registers the model has", "[pdp11][scp][simh]") {
    Pdp11Session s;
    REQUIRE(s.run("SET CPU 11/40") == "");
    std::string state = shown(s, "EXAMINE STATE");
    CHECK(contains(state, "KIPAR0:"));
    CHECK(contains(state, "UIPAR0:"));
    for (const char* absent : {"SIPAR0:", "KDPAR0:", "AC0:", "FPS:", "SSP:", "R10:", "PIRQ:", "MMR3:", "CPUERR:"}) {
        INFO(absent);
        CHECK(!contains(state, absent));
    }
    CHECK(s.run("EXAMINE SIPAR0") == "CPU has no register SIPAR0 as configured");
    REQUIRE(s.run("SET CPU 11/70") == "");
    state = shown(s, "EXAMINE STATE");
    for (const char* present : {"SIPAR0:", "KDPAR0:", "AC0:", "SSP:", "R10:", "PIRQ:", "MMR3:", "CPUERR:"}) {
        INFO(present);
        CHECK(contains(state, present));
    }
    REQUIRE(s.run("SET CPU 11/34") == "");
    CHECK(!contains(shown(s, "EXAMINE STATE"), "AC0:"));  // the FP11-A is an option
    REQUIRE(s.run("SET CPU FPP") == "");
    state = shown(s, "EXAMINE STATE");
    CHECK(contains(state, "AC0:"));
    CHECK(!contains(state, "SIPAR0:"));
}

TEST_CASE("DEPOSIT of an instruction without -m, and a:b ranges", "[pdp11][scp][simh]") {
    Pdp11Session s;
    REQUIRE(s.run("DEPOSIT 000 NOP") == "");  // PiDP-11 boot menus
    REQUIRE(s.run("DEPOSIT 2 MOV R0,R1") == "");
    REQUIRE(s.run("DEPOSIT 6 HALT") == "");
    CHECK(shown(s, "EXAMINE 0:6") == "0:\t000240\n2:\t010001\n4:\t000000\n6:\t000000\n");
    CHECK(shown(s, "EXAMINE R0:R1") == "R0:\t000000\nR1:\t000000\n");
    REQUIRE(s.run("DEPOSIT 10:12 7") == "");
    CHECK(shown(s, "EXAMINE 10-12") == "10:\t000007\n12:\t000007\n");
    CHECK(s.run("DEPOSIT 1000 12x") == "Invalid octal number: 12x");  // neither value nor instruction
}

TEST_CASE("SET TTO UC prints lower case as upper case", "[pdp11][scp][simh][dl11]") {
    Pdp11Session s;
    REQUIRE(s.run("SET TTO UC") == "");
    // MOVB #141,@#177566 ('a'); HALT
    for (const char* line : {"DEPOSIT 1000 112737", "DEPOSIT 1002 141", "DEPOSIT 1004 177566", "DEPOSIT 1006 0"})
        REQUIRE(s.run(line) == "");
    s.take();
    REQUIRE(s.run("GO 1000") == "");
    CHECK(contains(s.take(), "A"));
    CHECK(contains(shown(s, "SHOW TTO"), "UC"));
}

TEST_CASE("ATTACH -F takes SIMH's format names the device reads", "[pdp11][scp][simh]") {
    ScratchDir dir;
    Pdp11Session s;
    const std::string pack = dir.file("a.rk05");
    CHECK(s.run("ATTACH -F RK0 SIMH " + pack) == "");
    CHECK(s.run("ATTACH -F RK1 RAW " + dir.file("b.rk05")) == "");
    CHECK(s.run("ATTACH -F RK2 VHD " + dir.file("c.rk05")) == "RK: the VHD image format is not modelled (yet); RK reads SIMH or RAW");
    CHECK(s.run("ATTACH -F RK2 NONSENSE " + dir.file("c.rk05")) == "RK: unknown image format NONSENSE (RK reads SIMH or RAW)");
    CHECK(s.run("ATTACH -F TM0 TPC " + dir.file("t.tap")) == "TM: the TPC image format is not modelled (yet); TM reads SIMH");
    CHECK(s.run("ATTACH -F RK2") == "ATTACH -F needs a format name before the file: ATTACH -F unit format file");
    CHECK(s.run("ATTACH -F RK2 SIMH") == "ATTACH needs a file name");
    CHECK(s.run("ATTACH -F PTR SIMH " + dir.file("p.ptap")) == "PTR takes no image format (-F)");
}

TEST_CASE("BOOT without a unit: the one attached, or the last booted", "[pdp11][scp][simh]") {
    ScratchDir dir;
    Pdp11Session s;
    CHECK(s.run("BOOT") == "BOOT needs a unit (none is attached)");
    REQUIRE(s.run("ATTACH -q RK0 " + dir.file("a.rk05")) == "");
    REQUIRE(s.run("ATTACH -q RK1 " + dir.file("b.rk05")) == "");
    CHECK(s.run("BOOT") == "BOOT needs a unit: RK0, RK1 are attached");
    REQUIRE(s.run("DETACH RK1") == "");
    REQUIRE(s.run("SET RUNLIMIT 1000") == "");
    s.run("BOOT");  // an empty pack: whatever the bootstrap does, it boots RK0
    CHECK(s.scp.settings().last_boot == "RK0");
}

TEST_CASE("SHOW CLOCKS and SET CLOCKS", "[pdp11][scp][simh]") {
    Pdp11Session s;
    const std::string clocks = shown(s, "SHOW CLOCKS");
    CHECK(contains(clocks, "CLK:\t60 Hz line clock"));
    CHECK(s.run("SET CLOCKS ASYNC, NOCATCHUP, CALIBRATE=IDLE") == "");
    CHECK(contains(s.run("SET CLOCKS FAST"), "Unknown clock option: FAST"));
    CHECK(contains(s.run("SET CLOCKS STOP=10"), "not modelled (yet)"));
}

TEST_CASE("Switches a command does not take are refused, on every command", "[pdp11][scp][simh]") {
    Pdp11Session s;
    CHECK(s.run("EXAMINE -z 1000") == "EXAMINE: unknown switch -z (it takes -a -b -c -d -h -k -m -o -p -s -t -u -v)");
    CHECK(s.run("EXAMINE -k -t 1000") == "");  // the machine's address spaces
    CHECK(s.run("SET -x CPU 11/40") == "SET: unknown switch -x (SET takes none)");
    CHECK(contains(shown(s, "SHOW CPU"), "11/40"));
    CHECK(s.run("LOAD -x file") == "LOAD: unknown switch -x (it takes -r)");
    CHECK(s.run("ATTACH -am DZ 0") == "");  // SIMH's DZ switches (port 0: any free port)
    REQUIRE(s.run("DETACH DZ") == "");
    CHECK(s.run("ATTACH -w RK0 x.rk05") == "ATTACH: unknown switch -w (it takes -e -f -n -q -r)");
    CHECK(s.run("SEND -x \"a\"") == "SEND: unknown switch -x (it takes -t)");
    CHECK(s.run("SEND CONSOLE -x \"a\"") == "SEND: unknown switch -x (it takes -t)");
    CHECK(s.run("EXPECT -x \"a\"") == "EXPECT: unknown switch -x (it takes -c -i -p -r)");
    CHECK(s.run("BOOT -q RK0") == "BOOT: unknown switch -q (BOOT takes none)");
}

TEST_CASE("SET dev ADDRESS= and VECTOR= on every bus device; SHOW dev ADDRESS|VECTOR", "[pdp11][scp][simh]") {
    Pdp11Session s;
    CHECK(shown(s, "SHOW RK ADDRESS, VECTOR") == "RK: address=777400-777417\nRK: vector=220\n");
    // 764000 is free on this machine: RKCS answers at 764004 and no more at 777404.
    REQUIRE(s.run("SET RK ADDRESS=764000, VECTOR=270") == "");
    CHECK(shown(s, "SHOW RK ADDRESS, VECTOR") == "RK: address=764000-764017\nRK: vector=270\n");
    // The CPU finds RKCS (controller ready) at 164004 and nothing at 177404 any more.
    for (const char* line : {"DEPOSIT 4 2000", "DEPOSIT 6 340", "DEPOSIT 2000 0", "DEPOSIT SP 1000",
                             "DEPOSIT -m 1000 MOV @#164004,R0", "DEPOSIT 1004 0", "DEPOSIT -m 1010 MOV @#177404,R1",
                             "DEPOSIT 1014 0", "DEPOSIT R0 0", "GO 1000"})
        REQUIRE(s.run(line) == "");
    CHECK(shown(s, "EXAMINE R0, PC") == "R0:\t000200\nPC:\t001006\n");
    REQUIRE(s.run("GO 1010") == "");
    CHECK(shown(s, "EXAMINE PC") == "PC:\t002002\n");  // bus timeout: trapped through 4
    CHECK(s.run("SET RK ADDRESS=777546") == "RK ADDRESS=777546: 777546 belongs to CLK");
    CHECK(s.run("SET RK ADDRESS=777401") ==
          "RK ADDRESS=777401: the registers must lie in the I/O page, 760000-777777, at an even address");
    CHECK(s.run("SET CLK VECTOR=102") == "CLK VECTOR=102: a vector is a multiple of 4 below 1000 (octal)");
    CHECK(s.run("SET DZ VECTOR=314") == "DZ VECTOR=314: a vector is a multiple of 10 below 1000 (octal)");
    REQUIRE(s.run("SET DZ VECTOR=320") == "");
    CHECK(shown(s, "SHOW DZ VECTOR") == "DZ: vector=320-324\n");
}

TEST_CASE("SAVE, RESTORE, SNAPSHOT and REVERT keep a moved register block and vectors", "[pdp11][scp][simh][state]") {
    Pdp11Session s;
    TempDir dir;
    const std::string path = dir.file("moved.sav");
    REQUIRE(s.run("SET RK ADDRESS=764000, VECTOR=270") == "");
    REQUIRE(s.run("SET DZ VECTOR=320") == "");
    REQUIRE(s.run("SAVE " + path) == "");
    REQUIRE(s.run("SNAPSHOT moved") == "");
    REQUIRE(s.run("SET RK ADDRESS=777400, VECTOR=220") == "");
    REQUIRE(s.run("SET DZ VECTOR=300") == "");
    CHECK(shown(s, "SHOW RK ADDRESS, VECTOR") == "RK: address=777400-777417\nRK: vector=220\n");
    REQUIRE(s.run("RESTORE " + path) == "");
    CHECK(shown(s, "SHOW RK ADDRESS, VECTOR") == "RK: address=764000-764017\nRK: vector=270\n");
    CHECK(shown(s, "SHOW DZ VECTOR") == "DZ: vector=320-324\n");
    REQUIRE(s.run("SET RK ADDRESS=777400, VECTOR=220") == "");
    REQUIRE(s.run("REVERT moved") == "");
    CHECK(shown(s, "SHOW RK ADDRESS, VECTOR") == "RK: address=764000-764017\nRK: vector=270\n");
}

TEST_CASE("A failed option list after ADDRESS= and VECTOR= leaves them where they were", "[pdp11][scp][simh][state]") {
    Pdp11Session s;
    CHECK(s.run("SET RK ADDRESS=764000, VECTOR=270, ADDRESS=777401") ==
          "RK ADDRESS=777401: the registers must lie in the I/O page, 760000-777777, at an even address");
    CHECK(shown(s, "SHOW RK ADDRESS, VECTOR") == "RK: address=777400-777417\nRK: vector=220\n");
}
