// SIMH's commands that mean the same on every machine (issue 8), on the TOY machine:
// switches no command ignores, option lists rolled back, SET dev OCT/DEC/HEX, BOOT without
// a unit, ON CONTROL_C, SET/SHOW CLOCKS and SET THROTTLE x/t.
#include <catch2/catch.hpp>

#include "scp-console/command/command_table.hpp"
#include "scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;

TEST_CASE("Every command that reads switches refuses one it does not take", "[scp][simh][switches]") {
    testing::TempDir dir;
    for (const CommandSpec& spec : command_table()) {
        if (!spec.takes_switches) continue;
        testing::Session s;
        std::string line = std::string(spec.name) + " -z";
        if (spec.name == "ATTACH") line += " PTR " + dir.name("x");
        INFO(line);
        const std::string error = s.run(line);
        CHECK(error.find(std::string(spec.name) + ": unknown switch -z") == 0);
    }
}

TEST_CASE("Switches a command takes still work, several letters after one dash too", "[scp][simh][switches]") {
    testing::Session s;
    CHECK(s.run("EXAMINE -o 0") == "");
    CHECK(s.run("BREAK -rw 100") == "");
    CHECK(s.run("EXAMINE -oz 0") == "EXAMINE: unknown switch -z (it takes -a -c -d -h -m -o)");
    CHECK(s.run("EVALUATE -m 1") == "EVALUATE: unknown switch -m (it takes -d -h -o)");
    CHECK(s.run("IPL -q") == "IPL: unknown switch -q (IPL takes none)");  // a machine command
}

TEST_CASE("SET dev option list: a failure after others applied puts them back", "[scp][simh]") {
    testing::Session s;
    REQUIRE(s.run("SET TTY DEBUG=IN") == "");
    // DISABLED and DEBUG apply, then POLL=0 fails when applied.
    CHECK(s.run("SET TTY DISABLED, NODEBUG, POLL=0") == "POLL needs a decimal count");
    CHECK(s.scp.machine().find_device("TTY")->enabled());
    CHECK(s.scp.machine().find_device("TTY")->debug_mask() == 1);
    CHECK(s.run("SET TTY HEX, POLL=0") == "POLL needs a decimal count");
    s.take();
    REQUIRE(s.run("SHOW TTY RADIX") == "");
    CHECK(s.take() == "TTY: radix=each register's own\n");
}

TEST_CASE("SET dev OCT|DEC|HEX: the CPU's is memory's radix, another device's its registers'", "[scp][simh]") {
    testing::Session s;
    REQUIRE(s.run("SET CPU DEC") == "");
    REQUIRE(s.run("DEPOSIT 10 100") == "");
    CHECK(s.mem(010) == 100);
    s.take();
    REQUIRE(s.run("EXAMINE 10") == "");
    CHECK(s.take() == "10:\t100\n");
    REQUIRE(s.run("SHOW CPU RADIX") == "");
    CHECK(s.take() == "CPU: radix=10\n");
    REQUIRE(s.run("SET TTY HEX") == "");
    REQUIRE(s.run("DEPOSIT TTY IBUF 41") == "");
    REQUIRE(s.run("EXAMINE TTY IBUF") == "");
    CHECK(s.take() == "IBUF:\t41\n");
    REQUIRE(s.run("SET CPU OCT") == "");
    REQUIRE(s.run("EXAMINE 10") == "");
    CHECK(s.take() == "10:\t000144\n");
}

TEST_CASE("BOOT without a unit boots the only attached unit, then the last booted", "[scp][simh]") {
    testing::TempDir dir;
    const std::string tape = dir.file("boot.bin", std::string("\x00\x00", 2));  // HALT at 0
    testing::Session s;
    CHECK(s.run("BOOT") == "BOOT needs a unit (none is attached)");
    REQUIRE(s.run("ATTACH PTR " + tape) == "");
    CHECK(s.run("BOOT") == "");
    CHECK(s.scp.settings().last_boot == "PTR");
    CHECK(s.run("BOOT") == "");
}

TEST_CASE("ON CONTROL_C is kept per DO level and shown", "[scp][simh][script]") {
    testing::Session s;
    REQUIRE(s.run("ON CONTROL_C ECHO stopped") == "");
    s.take();
    REQUIRE(s.run("SHOW ON") == "");
    CHECK(s.take().find("ON CONTROL_C ECHO stopped\n") != std::string::npos);
    CHECK(s.run("ON CTRL") == "ON needs ERROR, EXPECT or CONTROL_C, not CTRL");
}

TEST_CASE("SET CLOCKS takes SIMH's options; SHOW CLOCKS shows simulated time", "[scp][simh]") {
    testing::Session s;
    CHECK(s.run("SET CLOCKS ASYNC CATCHUP") == "");
    CHECK(s.run("SET CLOCK NOASYNC, NOCATCHUP, CALIBRATE=ALWAYS") == "");
    CHECK(s.run("SET CLOCKS CALIBRATE=SOMETIMES").find("Unknown clock option") == 0);
    CHECK(s.run("SET CLOCKS") != "");
    s.take();
    REQUIRE(s.run("SHOW CLOCKS") == "");
    const std::string text = s.take();
    CHECK(text.find("Simulated time: 0.000000000 seconds") == 0);
    CHECK(text.find("No clock device reports its ticks") != std::string::npos);
}

TEST_CASE("SET THROTTLE x/t", "[scp][simh]") {
    testing::Session s;
    REQUIRE(s.run("SET THROTTLE 500/5") == "");
    s.take();
    REQUIRE(s.run("SHOW THROTTLE") == "");
    CHECK(s.take() == "throttled to 500/5 (100K instructions per second)\n");
}

TEST_CASE("SET CONSOLE TELNET=, BUFFERED, NOTELNET, SPEED=, BRK= and SHOW CONSOLE", "[scp][simh][console]") {
    testing::Session s;
    s.take();
    REQUIRE(s.run("SHOW CONSOLE TELNET, BRK, SPEED") == "");
    CHECK(s.take() == "console on this terminal\nBRK=none\nSPEED=unpaced\n");
    REQUIRE(s.run("SET CONSOLE TELNET=127.0.0.1:0, BUFFERED=1000, SPEED=9600, BRK=3") == "");
    REQUIRE(s.run("SHOW CONSOLE TELNET, BRK, SPEED") == "");
    const std::string shown = s.take();
    CHECK(shown.find("console on telnet port ") == 0);
    CHECK(shown.find(", buffered (1000 bytes), no client, no log\nBRK=003\nSPEED=9600\n") != std::string::npos);
    REQUIRE(s.run("SET CONSOLE TELNET=UNBUFFERED") == "");
    REQUIRE(s.run("SET CONSOLE TELNET=BUFFERED") == "");
    CHECK(s.scp.console().telnet().buffer_size() == 32768);
    CHECK(s.run("SET CONSOLE TELNET=BUFFERED=0") == "SET CONSOLE TELNET=BUFFERED=0: a size in bytes, 1 to 16M");
    CHECK(s.run("SET CONSOLE TELNET=LOG") == "SET CONSOLE TELNET=LOG needs a file: TELNET=LOG=file");
    CHECK(s.run("SET CONSOLE TELNET=NOLOG=x") == "SET CONSOLE TELNET=NOLOG takes no value");
    CHECK(s.run("SET CONSOLE TELNET=LOG=/no/such/dir/x.log").find("SET CONSOLE TELNET=LOG=/no/such/dir/x.log: cannot open") == 0);
    CHECK(s.run("SET CONSOLE TELNET=99999") == "SET CONSOLE TELNET=99999: invalid port 99999 (use PORT or ADDRESS:PORT)");
    REQUIRE(s.run("SET CONSOLE NOTELNET") == "");
    CHECK(!s.scp.console().telnet().active());
    CHECK(s.run("SET CONSOLE SPEED=9601").find("SET CONSOLE SPEED=9601: one of 50, 75") == 0);
    CHECK(s.run("SET CONSOLE BRK=5") == "BRK cannot be the WRU character");
    CHECK(s.run("SET CONSOLE BRK=400") == "BRK must be a character code (0-377 octal; 0: none)");
    REQUIRE(s.run("SET CONSOLE BRK=0") == "");
    CHECK(s.scp.console().brk() == 0);
}

TEST_CASE("A telnet console takes the guest's output; the console log still gets it", "[scp][simh][console]") {
    testing::TempDir dir;
    testing::Session s;
    const std::string log = dir.name("console.log");
    REQUIRE(s.run("SET CONSOLE TELNET=127.0.0.1:0, BUFFERED, LOG=" + log) == "");
    s.scp.console().write_char('Z');
    CHECK(s.take() == "");  // not on the terminal
    REQUIRE(s.run("SET CONSOLE NOLOG") == "");
    std::ifstream in(log);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text == "Z");
}

TEST_CASE("SET CONSOLE TELNET=LOG=file logs the telnet console's output; TELNET=NOLOG stops", "[scp][simh][console]") {
    testing::TempDir dir;
    testing::Session s;
    const std::string log = dir.name("telnet.log");
    REQUIRE(s.run("SET CONSOLE TELNET=127.0.0.1:0, BUFFERED, TELNET=LOG=" + log) == "");
    s.take();
    REQUIRE(s.run("SHOW CONSOLE TELNET") == "");
    CHECK(s.take().find(", logged to " + log + "\n") != std::string::npos);
    for (char c : std::string("hello\r\n")) s.scp.console().write_char(static_cast<std::uint8_t>(c));
    REQUIRE(s.run("SET CONSOLE TELNET=NOLOG") == "");
    s.scp.console().write_char('X');  // after NOLOG: not in the file
    {
        std::ifstream in(log);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        CHECK(text == "hello\r\n");
    }
    REQUIRE(s.run("SHOW CONSOLE TELNET") == "");
    CHECK(s.take().find(", no log\n") != std::string::npos);
    // A second LOG appends, as SIMH's logs do.
    REQUIRE(s.run("SET CONSOLE TELNET=LOG=" + log) == "");
    s.scp.console().write_char('Y');
    REQUIRE(s.run("SET CONSOLE NOTELNET, TELNET=NOLOG") == "");
    std::ifstream in(log);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text == "hello\r\nY");
}
