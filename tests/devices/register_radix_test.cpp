// One radix per register, for EXAMINE and DEPOSIT alike: on the octal PDP-11 the KW11-L's
// HZ is decimal, so `DEPOSIT CLK HZ 50` means fifty (it used to be read as octal 50, i.e.
// 40, which the clock took as 60 Hz), and a digit the register's radix lacks is refused.
#include <catch2/catch.hpp>

#include "tests/support/pdp11_session.hpp"

using namespace simmon;
using namespace simmon::test;

TEST_CASE("a register's value is read in the radix it is shown in", "[scp][registers]") {
    Pdp11Session s;
    CHECK(s.run("DEPOSIT CLK HZ 50") == "");
    s.take();
    CHECK(s.run("EXAMINE CLK HZ") == "");
    CHECK(s.take() == "HZ:\t50\n");
    CHECK(s.reg("CLK", "HZ") == 50);
    CHECK(s.run("DEPOSIT CLK HZ 60") == "");
    CHECK(s.reg("CLK", "HZ") == 60);

    // Refused, and nothing changes: 5A is no decimal number, 9 no octal one.
    CHECK(s.run("DEPOSIT CLK HZ 5A") == "HZ: Invalid decimal number: 5A");
    CHECK(s.reg("CLK", "HZ") == 60);
    CHECK(s.run("DEPOSIT R0 1234") == "");
    CHECK(s.run("DEPOSIT R0 9") == "R0: Invalid octal number: 9");
    CHECK(s.reg("CPU", "R0") == 01234);
    // A switch still says otherwise, for display and entry alike.
    CHECK(s.run("DEPOSIT -d R0 100") == "");
    CHECK(s.reg("CPU", "R0") == 100);
    CHECK(s.run("DEPOSIT -o CLK TICKS 12") == "");
    CHECK(s.reg("CLK", "TICKS") == 10);
    // Memory goes by the machine's radix.
    CHECK(s.run("DEPOSIT 1000 10") == "");
    CHECK(s.word(01000) == 010);
}

TEST_CASE("a value a register does not take is an error, never silently another value", "[scp][registers]") {
    Pdp11Session s;
    CHECK(s.run("DEPOSIT CLK HZ 50") == "");
    CHECK(s.run("DEPOSIT CLK HZ 70") == "HZ: 70 Hz is no line frequency; 50 or 60");
    CHECK(s.run("DEPOSIT CLK HZ 0") == "HZ: 0 Hz is no line frequency; 50 or 60");
    CHECK(s.reg("CLK", "HZ") == 50);
    CHECK(s.run("DEPOSIT CLK HZ 60") == "");
    CHECK(s.reg("CLK", "HZ") == 60);
}
