#include <catch2/catch.hpp>

#include "scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;
using namespace simmon::toy;

TEST_CASE("EXAMINE memory: single, ranges, a/n, radix switches", "[examine]") {
    testing::Session s;
    s.poke(0100, 012345);
    s.poke(0102, 7);
    s.poke(0104, 0177777);
    REQUIRE(s.run("EXAMINE 100") == "");
    CHECK(s.take() == "100:\t012345\n");
    REQUIRE(s.run("E 100-104") == "");
    CHECK(s.take() == "100:\t012345\n102:\t000007\n104:\t177777\n");
    REQUIRE(s.run("EX 102/4") == "");
    CHECK(s.take() == "102:\t000007\n104:\t177777\n");
    REQUIRE(s.run("ex -d 102") == "");
    CHECK(s.take() == "102:\t7\n");
    REQUIRE(s.run("ex -h 104") == "");
    CHECK(s.take() == "104:\tFFFF\n");
    REQUIRE(s.run("ex 100,104") == "");
    CHECK(s.take() == "100:\t012345\n104:\t177777\n");
}

TEST_CASE("EXAMINE registers, STATE, ranges and device registers", "[examine]") {
    testing::Session s;
    REQUIRE(s.run("DEPOSIT A 1234") == "");
    REQUIRE(s.run("D X -1") == "");
    REQUIRE(s.run("EX A") == "");
    CHECK(s.take() == "A:\t001234\n");
    REQUIRE(s.run("EX X") == "");
    CHECK(s.take() == "X:\t177777\n");
    REQUIRE(s.run("EX A-X") == "");
    CHECK(s.take() == "A:\t001234\nX:\t177777\n");
    REQUIRE(s.run("EXAMINE STATE") == "");
    CHECK(s.take() == "A:\t001234\nX:\t177777\nPC:\t0000\nIR:\t000000\n");
    REQUIRE(s.run("D TTY IBUF 101") == "");
    REQUIRE(s.run("ex tty ibuf") == "");
    CHECK(s.take() == "IBUF:\t101\n");
    REQUIRE(s.run("ex -a tty ibuf") == "");
    CHECK(s.take() == "IBUF:\tA\n");
    REQUIRE(s.run("ex tty") == "");
    CHECK(s.take() == "IBUF:\t101\nREADY:\t0\n");
    CHECK(s.run("ex tty nosuch") == "TTY has no register NOSUCH");
    CHECK(s.run("ex tty ibf") == "TTY has no register IBF; did you mean IBUF?");
    CHECK(s.run("D A 200000") == "A: Value too large for 16 bits");
    CHECK(s.run("EX 10000") == "Non-existent memory at 10000");
}

TEST_CASE("DEPOSIT values, ranges, ALL and characters", "[deposit]") {
    testing::Session s;
    REQUIRE(s.run("DEPOSIT 200 177") == "");
    CHECK(s.mem(0200) == 0177);
    REQUIRE(s.run("D 200 1+2*3") == "");
    CHECK(s.mem(0200) == 7);
    REQUIRE(s.run("D 300-306 5") == "");
    CHECK(s.mem(0300) == 5);
    CHECK(s.mem(0306) == 5);
    CHECK(s.mem(0310) == 0);
    REQUIRE(s.run("D -d 200 100") == "");
    CHECK(s.mem(0200) == 100);
    REQUIRE(s.run("D -a 202 Z") == "");
    CHECK(s.mem(0202) == 'Z');
    REQUIRE(s.run("D -c 204 \"OK\"") == "");
    CHECK(s.mem(0204) == ('O' | ('K' << 8)));
    REQUIRE(s.run("EX -c 204") == "");
    CHECK(s.take() == "204:\tOK\n");
    REQUIRE(s.run("D ALL 1") == "");
    CHECK(s.mem(0) == 1);
    CHECK(s.mem(07776) == 1);
    CHECK(s.run("D 200") == "DEPOSIT needs an address or register and a value");
}

TEST_CASE("EXAMINE -m disassembles, DEPOSIT -m assembles", "[examine]") {
    testing::Session s;
    REQUIRE(s.run("D -m 0 LDI 110") == "");
    REQUIRE(s.run("D -m 2 OUT") == "");
    REQUIRE(s.run("DEP -m 4 HALT") == "");
    CHECK(s.mem(0) == word(LDI, 0110));
    CHECK(s.mem(2) == word(OUT));
    REQUIRE(s.run("EX -m 0-4") == "");
    CHECK(s.take() == "0:\tLDI 110\n2:\tOUT\n4:\tHALT\n");
    CHECK(s.run("D -m 6 FROB 1") == "Unknown instruction: FROB");
    CHECK(s.run("D -m 6 OUT 5") == "OUT takes no operand");
}

TEST_CASE("IEXAMINE and IDEPOSIT prompt for values", "[examine]") {
    testing::Session s;
    s.poke(0100, 5);
    s.answers = {"7", ""};
    REQUIRE(s.run("IEXAMINE 100-102") == "");
    CHECK(s.take() == "100:\t000005 102:\t000000 ");
    CHECK(s.mem(0100) == 7);
    CHECK(s.mem(0102) == 0);
    s.answers = {"44"};
    REQUIRE(s.run("IDEPOSIT A") == "");
    CHECK(s.take() == "A:\t");
    REQUIRE(s.run("EX A") == "");
    CHECK(s.take() == "A:\t000044\n");
    s.answers = {};
    CHECK(s.run("ID A") == "No input for the new value");
}
