// SIMH's commands that scripts from the wild use, on any machine (here the TOY machine):
// SHIFT, ASSERT, IF EXIST, SLEEP, NOSEND, SEND CONSOLE, RUNLIMIT/NORUNLIMIT, SET RUNLIMIT in
// time, SET ENV -A/-P, SET VERIFY/MESSAGE/QUIET/PROMPT, SET CONSOLE LOG=STDOUT, ATTACH -e,
// the host commands and SHOW DEFAULT/NAMES/MODIFIERS/SHOW/FEATURES.
#include <catch2/catch.hpp>

#include <filesystem>

#include "scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;

TEST_CASE("SHIFT moves the DO file's arguments down", "[script][simh]") {
    testing::TempDir dir;
    const std::string f = dir.file("shift.do", "ECHO %1 %2\nSHIFT\nECHO %1 %2|%0\nSHIFT\nSHIFT\nECHO [%1]\n");
    testing::Session s;
    REQUIRE(s.run("DO " + f + " a b c") == "");
    CHECK(s.take() == "a b\nb c|" + f + "\n[]\n");
    CHECK(s.run("SHIFT") == "SHIFT works only in a DO file");
}

TEST_CASE("ASSERT fails the command when its condition is false", "[script][simh]") {
    testing::Session s;
    REQUIRE(s.run("DEPOSIT A 5") == "");
    CHECK(s.run("ASSERT A == 5") == "");
    CHECK(s.run("ASSERT A == 4") == "Assertion failed: A == 4");
    CHECK(s.run("ASSERT NOT A == 4") == "");
    CHECK(s.run("ASSERT \"x\" == \"x\"") == "");
    CHECK(s.run("ASSERT A == 5 ECHO no") == "ASSERT takes a condition only, not ECHO no");
    testing::TempDir dir;
    const std::string f = dir.file("assert.do", "ASSERT A == 4\nECHO not reached\n");
    CHECK(s.run("DO " + f) == f + ":1: Assertion failed: A == 4");
}

TEST_CASE("IF EXIST \"file\" tests for a host file", "[script][simh]") {
    testing::TempDir dir;
    const std::string there = dir.file("there.txt", "x");
    testing::Session s;
    REQUIRE(s.run("IF EXIST \"" + there + "\" ECHO yes") == "");
    REQUIRE(s.run("IF NOT EXIST \"" + dir.name("gone.txt") + "\" ECHO gone") == "");
    REQUIRE(s.run("IF EXIST \"" + dir.name("gone.txt") + "\" ECHO wrong") == "");
    CHECK(s.take() == "yes\ngone\n");
}

TEST_CASE("SLEEP waits host time and refuses nonsense", "[script][simh]") {
    testing::Session s;
    CHECK(s.run("SLEEP 0") == "");
    CHECK(s.run("SLEEP 0.001s") == "");
    CHECK(s.run("SLEEP") == "SLEEP needs a time, e.g. SLEEP 2 or SLEEP 1.5s");
    CHECK(s.run("SLEEP x") == "Invalid SLEEP time: x");
    CHECK(s.run("SLEEP -1") == "Invalid SLEEP time: -1");
}

TEST_CASE("SEND CONSOLE queues console input, NOSEND drops it", "[console][simh]") {
    testing::Session s;
    REQUIRE(s.run("SEND CONSOLE \"abc\"") == "");
    s.take();
    REQUIRE(s.run("SHOW SEND") == "");
    CHECK(s.take().find("abc") != std::string::npos);
    REQUIRE(s.run("NOSEND") == "");
    REQUIRE(s.run("SHOW SEND") == "");
    CHECK(s.take().find("abc") == std::string::npos);
}

TEST_CASE("RUNLIMIT and NORUNLIMIT commands; SET RUNLIMIT in simulated time", "[run][simh]") {
    testing::Session s;
    REQUIRE(s.run("RUNLIMIT 100") == "");
    CHECK(s.scp.settings().runlimit == std::uint64_t{100});
    REQUIRE(s.run("NORUNLIMIT") == "");
    CHECK(!s.scp.settings().runlimit);
    const SimTime t = s.scp.machine().cpu().instruction_time();
    REQUIRE(s.run("SET RUNLIMIT 2 SECONDS") == "");
    CHECK(s.scp.settings().runlimit == std::uint64_t{2'000'000'000 / t});
    REQUIRE(s.run("RUNLIMIT 3 MILLISECONDS") == "");
    CHECK(s.scp.settings().runlimit == std::uint64_t{3'000'000 / t});
    CHECK(s.run("SET RUNLIMIT 5 FORTNIGHTS").find("Unknown run limit unit: FORTNIGHTS") == 0);
}

TEST_CASE("SET ENV -A evaluates, -P asks", "[script][simh]") {
    testing::Session s;
    REQUIRE(s.run("SET ENV -A N=6*7") == "");
    CHECK(s.scp.settings().env["N"] == "42");
    s.answers.push_back("typed");
    REQUIRE(s.run("SET ENV -P \"Disk? \" DISK=rk0") == "");
    CHECK(s.scp.settings().env["DISK"] == "typed");
    REQUIRE(s.run("SET ENV -P \"Disk? \" DISK=rk0") == "");  // no answer: the default
    CHECK(s.scp.settings().env["DISK"] == "rk0");
    CHECK(s.run("SET ENV -A N=(") != "");
}

TEST_CASE("SET VERIFY, NOMESSAGE, PROMPT, QUIET", "[script][simh]") {
    testing::TempDir dir;
    const std::string f = dir.file("v.do", "SET NOON\nECHO hi\nNOSUCHCOMMAND\n");
    testing::Session s;
    REQUIRE(s.run("SET VERIFY") == "");
    REQUIRE(s.run("DO " + f) == "");
    const std::string verbose = s.take();
    CHECK(verbose.find(f + "> ECHO hi") != std::string::npos);
    CHECK(verbose.find("Unknown command: NOSUCHCOMMAND") != std::string::npos);
    REQUIRE(s.run("SET NOVERIFY") == "");
    REQUIRE(s.run("SET NOMESSAGE") == "");
    REQUIRE(s.run("DO " + f) == "");
    CHECK(s.take() == "hi\n");
    REQUIRE(s.run("SET MESSAGE") == "");
    REQUIRE(s.run("SET PROMPT \"toy> \"") == "");
    CHECK(s.scp.settings().prompt == "toy> ");
    REQUIRE(s.run("SET PROMPT=\"sim> \"") == "");
    CHECK(s.scp.settings().prompt == "sim> ");
    REQUIRE(s.run("SET QUIET") == "");
    CHECK(s.scp.settings().quiet);
    REQUIRE(s.run("SET NOQUIET") == "");
    CHECK(!s.scp.settings().quiet);
}

TEST_CASE("SET CONSOLE LOG=STDOUT is the stream, not a file", "[console][simh]") {
    testing::TempDir dir;
    const auto cwd = std::filesystem::current_path();
    std::filesystem::current_path(dir.path);
    testing::Session s;
    REQUIRE(s.run("SET CONSOLE LOG=STDOUT") == "");
    REQUIRE(s.run("ECHO logged") == "");
    s.take();
    REQUIRE(s.run("SHOW CONSOLE LOG") == "");
    CHECK(s.take() == "log=STDOUT\n");
    REQUIRE(s.run("SET CONSOLE LOG=stderr") == "");
    REQUIRE(s.run("SET CONSOLE NOLOG") == "");
    CHECK(!std::filesystem::exists(dir.path / "STDOUT"));
    CHECK(!std::filesystem::exists(dir.path / "stdout"));
    CHECK(!std::filesystem::exists(dir.path / "stderr"));
    std::filesystem::current_path(cwd);
}

TEST_CASE("host commands: PWD, CD, DIR, TYPE, COPY, DELETE", "[host][simh]") {
    testing::TempDir dir;
    const std::string a = dir.file("a.txt", "hello\n");
    const auto cwd = std::filesystem::current_path();
    testing::Session s;
    REQUIRE(s.run("CD \"" + dir.path.string() + "\"") == "");
    REQUIRE(s.run("PWD") == "");
    CHECK(s.take() == std::filesystem::current_path().string() + "\n");
    REQUIRE(s.run("COPY a.txt b.txt") == "");
    REQUIRE(s.run("TYPE b.txt") == "");
    CHECK(s.take() == "hello\n");
    REQUIRE(s.run("CAT b.txt") == "");
    CHECK(s.take() == "hello\n");
    REQUIRE(s.run("DIR") == "");
    const std::string listing = s.take();
    CHECK(listing.find("a.txt") != std::string::npos);
    CHECK(listing.find("b.txt") != std::string::npos);
    REQUIRE(s.run("LS .") == "");
    CHECK(s.take() == listing);
    REQUIRE(s.run("DELETE b.txt") == "");
    CHECK(!std::filesystem::exists(dir.path / "b.txt"));
    CHECK(s.run("DELETE b.txt") == "DELETE b.txt: no such file");
    CHECK(s.run("TYPE nothere") == "TYPE nothere: not a file");
    CHECK(s.run("CD nothere").find("CD nothere: ") == 0);
    REQUIRE(s.run("SHOW DEFAULT") == "");
    CHECK(s.take() == std::filesystem::current_path().string() + "\n");
    std::filesystem::current_path(cwd);
}

TEST_CASE("SHOW NAMES, MODIFIERS, SHOW, FEATURES", "[show][simh]") {
    testing::Session s;
    REQUIRE(s.run("SHOW NAMES") == "");
    CHECK(s.take() == "No logical names (simmon has no ASSIGN)\n");
    REQUIRE(s.run("SHOW MODIFIERS") == "");
    CHECK(!s.take().empty());
    REQUIRE(s.run("SHOW SHOW") == "");
    s.take();
    REQUIRE(s.run("SHOW FEATURES") == "");
    const std::string features = s.take();
    REQUIRE(s.run("SHOW CONFIGURATION") == "");
    CHECK(s.take() == features);
}

TEST_CASE("GO UNTIL \"text\" runs until the console prints it", "[expect][simh]") {
    testing::Session s;
    // Prints "ab" forever: 0: LDI 'a'; OUT; LDI 'b'; OUT; JMP 0
    s.poke(0, toy::word(toy::LDI, 'a'));
    s.poke(2, toy::word(toy::OUT));
    s.poke(4, toy::word(toy::LDI, 'b'));
    s.poke(6, toy::word(toy::OUT));
    s.poke(010, toy::word(toy::JMP, 0));
    REQUIRE(s.run("SET RUNLIMIT 1M") == "");
    REQUIRE(s.run("DEPOSIT PC 0") == "");
    REQUIRE(s.run("GO UNTIL \"bab\"") == "");
    CHECK(s.take() == "abab");
    CHECK(s.run("GO UNTIL") == "GO UNTIL needs a string: GO UNTIL \"login:\"");
}

TEST_CASE("ATTACH -e: the file must exist", "[attach][simh]") {
    testing::TempDir dir;
    testing::Session s;
    CHECK(s.run("ATTACH -e PTR " + dir.name("missing.ptr")) == "file not found: " + dir.name("missing.ptr"));
    CHECK(!std::filesystem::exists(dir.name("missing.ptr")));
    const std::string tape = dir.file("tape.ptr", "abc");
    CHECK(s.run("ATTACH -e PTR " + tape) == "");
}
