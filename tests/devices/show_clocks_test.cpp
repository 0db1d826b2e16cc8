// SHOW CLOCKS on every machine: each clock the guest keeps time by, with its rate and
// ticks (issue 8): the PDP-11's KW11-L, the S/360's interval timer, the VAX's interval
// clock, time-of-year clock and the KA655 SSC's two programmable timers.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <iterator>

#include "machines/machine_list.hpp"
#include "scp-console/session.hpp"

using namespace simmon;

namespace {

struct Session {
    scp::Output out;
    scp::Scp scp{machine_list(), out, false};
    explicit Session(const char* machine) { REQUIRE(scp.select_machine(machine)); }
    std::string run(const std::string& line) {
        const Status s = scp.execute_line(line);
        return s ? std::string{} : s.message();
    }
    std::string shown(const std::string& line) {
        out.take_captured();
        REQUIRE(run(line) == "");
        return out.take_captured();
    }
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("SHOW CLOCKS: the S/360 interval timer", "[s360][scp][clocks]") {
    Session s("s360");
    std::string clocks = s.shown("SHOW CLOCKS");
    CHECK(contains(clocks, "CPU:\tinterval timer at X'50', 300 Hz (bit 23), 0 ticks, value 00000000"));
    CHECK_FALSE(contains(clocks, "No clock device"));
    // BC 15,X'200' at X'200', run 10 ms of simulated time (1 us an instruction): 3 ticks.
    REQUIRE(s.run("DEPOSIT 200 47") == "");
    REQUIRE(s.run("DEPOSIT 201 F0") == "");
    REQUIRE(s.run("DEPOSIT 202 2") == "");
    REQUIRE(s.run("DEPOSIT 203 0") == "");
    REQUIRE(s.run("DEPOSIT PC 200") == "");
    REQUIRE(s.run("SET RUNLIMIT 10000") == "");
    s.run("GO");
    clocks = s.shown("SHOW CLOCKS");
    INFO(clocks);
    CHECK(contains(clocks, "300 Hz (bit 23), 3 ticks, value FFFFFD00 (negative: the interruption was requested)"));
}

TEST_CASE("SHOW CLOCKS: the VAX's interval clock, TODR and SSC timers", "[vax][scp][clocks]") {
    Session s("vax");
    std::string clocks = s.shown("SHOW CLOCKS");
    INFO(clocks);
    CHECK(contains(clocks, "CPU:\tinterval clock (ICCS), 100 Hz, 0 ticks, interrupt disabled"));
    CHECK(contains(clocks, "CPU:\tSSC time-of-year clock (TODR), 100 Hz, value 00000000"));
    CHECK(contains(clocks, "CPU:\tSSC timer 0, 1 MHz, stopped, TIR 00000000, TNIR 00000000, interrupt disabled"));
    CHECK(contains(clocks, "CPU:\tSSC timer 1, 1 MHz, stopped"));
    // MOVL #FFFFFF00,@#20140104 (TIR0); MOVL #1,@#20140100 (TCR0: RUN); BRB . for 30 ms.
    const char* program[] = {"D0", "8F", "00", "FF", "FF", "FF", "9F", "04", "01", "14", "20",
                             "D0", "01", "9F", "00", "01", "14", "20", "11", "FE"};
    for (unsigned i = 0; i < std::size(program); ++i)
        REQUIRE(s.run(fmt::format("DEPOSIT {:X} {}", 0x200 + i, program[i])) == "");
    REQUIRE(s.run("DEPOSIT PC 200") == "");
    REQUIRE(s.run("SET RUNLIMIT 100000") == "");
    s.run("GO");
    clocks = s.shown("SHOW CLOCKS");
    CHECK(contains(clocks, "interval clock (ICCS), 100 Hz, 3 ticks"));
    CHECK(contains(clocks, "SSC time-of-year clock (TODR), 100 Hz, value 00000003"));
    CHECK(contains(clocks, "SSC timer 0, 1 MHz, running"));
}
