#include <catch2/catch.hpp>

#include "scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;
using namespace simmon::toy;

namespace {
std::string bytes_of(std::initializer_list<std::uint16_t> words) {
    std::string s;
    for (std::uint16_t w : words) {
        s.push_back(static_cast<char>(w & 0xFF));
        s.push_back(static_cast<char>(w >> 8));
    }
    return s;
}
}  // namespace

TEST_CASE("SAVE and RESTORE round-trip registers and memory", "[save]") {
    testing::TempDir dir;
    testing::Session s;
    REQUIRE(s.run("D A 1234") == "");
    REQUIRE(s.run("D 100 4321") == "");
    REQUIRE(s.run("D TTY IBUF 77") == "");
    REQUIRE(s.run("SAVE " + dir.name("state.sav")) == "");
    REQUIRE(s.run("D A 0") == "");
    REQUIRE(s.run("D 100 0") == "");
    REQUIRE(s.run("D TTY IBUF 0") == "");
    REQUIRE(s.run("RESTORE " + dir.name("state.sav")) == "");
    REQUIRE(s.run("EX A,100") == "");
    CHECK(s.take() == "A:\t001234\n100:\t004321\n");
    REQUIRE(s.run("EX TTY IBUF") == "");
    CHECK(s.take() == "IBUF:\t077\n");
    CHECK(s.run("RESTORE " + dir.name("nothing.sav")) != "");
    CHECK(s.run("SAVE") == "SAVE needs a file name");
}

TEST_CASE("ATTACH, SHOW unit, BOOT and DETACH", "[attach]") {
    testing::TempDir dir;
    testing::Session s;
    // A tape that prints "OK" and halts.
    const std::string tape = dir.file("ok.ptr", bytes_of({word(LDI, 'O'), word(OUT), word(LDI, 'K'), word(OUT), word(HALT)}));
    CHECK(s.run("BOOT PTR") == "PTR is not attached");
    CHECK(s.run("ATTACH TTY x") == "TTY cannot be attached");
    CHECK(s.run("ATTACH PTX " + tape) == "Unknown unit: PTX; did you mean PTR?");
    REQUIRE(s.run("ATTACH -r PTR " + tape) == "");
    REQUIRE(s.run("SHOW PTR") == "");
    CHECK(s.take() == "PTR\ttoy paper tape reader\n  PTR\tattached to " + tape + ", read only, capacity 10\n");
    REQUIRE(s.run("BOOT PTR") == "");
    CHECK(s.take() == "OK\nHALT instruction, PC: 000012 (HALT)\n");
    REQUIRE(s.run("DETACH PTR") == "");
    CHECK(s.run("DETACH PTR") == "PTR is not attached");
    REQUIRE(s.run("SHOW PTR") == "");
    CHECK(s.take() == "PTR\ttoy paper tape reader\n  PTR\tnot attached\n");
}

TEST_CASE("LOAD and DUMP pass switches and arguments to the machine", "[attach]") {
    testing::TempDir dir;
    testing::Session s;
    const std::string prog = dir.file("prog.bin", bytes_of({word(LDI, 5), word(HALT)}));
    REQUIRE(s.run("LOAD " + prog + " 200") == "");
    CHECK(s.mem(0200) == word(LDI, 5));
    CHECK(s.mem(0202) == word(HALT));
    REQUIRE(s.run("DUMP " + dir.name("out.bin") + " 200 203") == "");
    std::ifstream in(dir.name("out.bin"), std::ios::binary);
    std::string dumped((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(dumped == bytes_of({word(LDI, 5), word(HALT)}));
    CHECK(s.run("LOAD " + prog + " 9") == "LOAD address must be octal");
}

TEST_CASE("SET and SHOW device modifiers, debug flags, enable/disable", "[set]") {
    testing::Session s;
    REQUIRE(s.run("SET TTY POLL=50") == "");
    CHECK(s.toy().tty().poll_interval == 50);
    REQUIRE(s.run("SHOW TTY POLL") == "");
    CHECK(s.take() == "TTY: poll=50\n");
    CHECK(s.run("SET TTY POLL") == "POLL needs a value: SET TTY POLL=...");
    CHECK(s.run("SET PTR LOCKED=1") == "LOCKED takes no value");
    REQUIRE(s.run("SET PTR LOCKED") == "");
    REQUIRE(s.run("SHOW PTR LOCKED") == "");
    CHECK(s.take() == "PTR: locked\n");
    REQUIRE(s.run("SET TTY DEBUG=IN") == "");
    REQUIRE(s.run("SHOW TTY DEBUG") == "");
    CHECK(s.take() == "TTY debug flags: IN OUT; enabled: IN\n");
    REQUIRE(s.run("SET TTY DEBUG") == "");
    CHECK(s.scp.machine().find_device("TTY")->debug_mask() == 3);
    REQUIRE(s.run("SET TTY NODEBUG=OUT") == "");
    CHECK(s.scp.machine().find_device("TTY")->debug_mask() == 1);
    CHECK(s.run("SET TTY DEBUG=BOGUS") == "TTY has no debug flag BOGUS (flags: IN OUT)");
    REQUIRE(s.run("SET PTR DISABLED") == "");
    CHECK_FALSE(s.scp.machine().find_device("PTR")->enabled());
    REQUIRE(s.run("SHOW DEVICES") == "");
    CHECK(s.take() == "CPU     toy accumulator CPU\nTTY     toy console terminal\nPTR     toy paper tape reader, disabled\n");
    REQUIRE(s.run("SET PTR ENABLED") == "");
    CHECK(s.scp.machine().find_device("PTR")->enabled());
    REQUIRE(s.run("SHOW TTY") == "");
    CHECK(s.take() == "TTY\ttoy console terminal, poll=50, debug=IN\n  TTY\n");
}

TEST_CASE("SET/SHOW SCP settings", "[set]") {
    testing::Session s;
    REQUIRE(s.run("SHOW THROTTLE") == "");
    CHECK(s.take() == "not throttled\n");
    REQUIRE(s.run("SET THROTTLE 5M") == "");
    REQUIRE(s.run("SHOW THROTTLE") == "");
    CHECK(s.take() == "throttled to 5M instructions per second\n");
    REQUIRE(s.run("SET THROTTLE 100%") == "");
    REQUIRE(s.run("SHOW THROTTLE") == "");
    CHECK(s.take() == "throttled to 100% of real time\n");
    CHECK(s.run("SET THROTTLE 0%") != "");
    CHECK(s.run("SET THROTTLE x%") != "");
    REQUIRE(s.run("SET THROTTLE OFF") == "");
    CHECK(s.run("SET RUNLIMIT 10 FORTNIGHTS").find("Unknown run limit unit: FORTNIGHTS") == 0);
    REQUIRE(s.run("SET RUNLIMIT 2K INSTRUCTIONS") == "");
    CHECK(s.scp.settings().runlimit == 2000u);
    REQUIRE(s.run("SET SHELL ENABLED") == "");
    REQUIRE(s.run("SHOW SHELL") == "");
    CHECK(s.take() == "Host commands (!) enabled\n");
    REQUIRE(s.run("!true") == "");
    CHECK(s.run("!false") != "");
    REQUIRE(s.run("SET ENV Name=\"a b\"") == "");
    REQUIRE(s.run("SHOW ENV") == "");
    CHECK(s.take() == "NAME=a b\n");
    REQUIRE(s.run("SHOW TIME") == "");
    CHECK(s.take() == "Time:\t0.000000000 seconds (0 instructions)\n");
    REQUIRE(s.run("SHOW QUEUE") == "");
    CHECK(s.take().find("TTY-POLL") != std::string::npos);
    REQUIRE(s.run("SHOW VERSION") == "");
    CHECK(s.take() == std::string("simmon ") + SIMMON_VERSION + "\n  machine toy: TOY accumulator computer (tests only)\n");
    REQUIRE(s.run("SET NOON") == "");
    CHECK(s.scp.scripts().on_settings().noon);
    REQUIRE(s.run("SET ON") == "");
    CHECK_FALSE(s.scp.scripts().on_settings().noon);
}

TEST_CASE("HELP lists commands and describes commands and devices", "[help]") {
    testing::Session s;
    REQUIRE(s.run("HELP") == "");
    const std::string list = s.take();
    CHECK(list.find("EXAMINE (E EX)") != std::string::npos);
    CHECK(list.find("! [command]") != std::string::npos);
    REQUIRE(s.run("HELP EX") == "");
    CHECK(s.take().rfind("EXAMINE [-switches] [device] what[,what...]\n", 0) == 0);
    REQUIRE(s.run("HELP TTY") == "");
    const std::string tty = s.take();
    CHECK(tty.find("POLL=...") != std::string::npos);
    CHECK(tty.find("IBUF") != std::string::npos);
    CHECK(tty.find("Debug flags: IN OUT") != std::string::npos);
    REQUIRE(s.run("HELP SHOW") == "");
    CHECK(s.take().find("RUNLIMIT") != std::string::npos);
}

TEST_CASE("completion reads the command, device and register tables", "[complete]") {
    testing::Session s;
    using V = std::vector<std::string>;
    CHECK(s.scp.complete("EXA") == V{"EXAMINE"});
    CHECK(s.scp.complete("NO") == V{"NOBREAK", "NOEXPECT", "NORUNLIMIT", "NOSEND"});
    CHECK(s.scp.complete("SET T") == V{"THROTTLE", "TTY"});
    CHECK(s.scp.complete("SET TTY P") == V{"POLL="});
    CHECK(s.scp.complete("ex I") == V{"IR"});
    CHECK(s.scp.complete("ex tty I") == V{"IBUF"});
    CHECK(s.scp.complete("ATTACH P") == V{"PTR"});
    CHECK(s.scp.complete("ATTACH PTR fi").empty());
}
