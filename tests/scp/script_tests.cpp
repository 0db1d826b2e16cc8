#include <catch2/catch.hpp>

#include "scp-console/cli.hpp"
#include "scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;
using namespace simmon::toy;

TEST_CASE("DO substitutes arguments, skips comments, echoes with -v", "[script]") {
    testing::TempDir dir;
    const std::string f = dir.file("args.do",
                                   "; a comment\n"
                                   "# another\n"
                                   "ECHO first=%1 second=%2 all=%* self=%0 pct=%%\n"
                                   "ECHO missing=[%5]\n");
    testing::Session s;
    REQUIRE(s.run("DO " + f + " one \"two words\"") == "");
    CHECK(s.take() == "first=one second=two words all=one two words self=" + f + " pct=%\nmissing=[]\n");
    REQUIRE(s.run("DO -v " + f + " x") == "");
    CHECK(s.take().find(f + "> ECHO first=x") != std::string::npos);
}

TEST_CASE("environment variables in DO files", "[script]") {
    testing::TempDir dir;
    const std::string f = dir.file("env.do", "SET ENV GREETING=hello\nECHO %GREETING% %NO_SUCH_VAR_XYZ%|\n");
    testing::Session s;
    REQUIRE(s.run("DO " + f) == "");
    CHECK(s.take() == "hello |\n");
}

TEST_CASE("GOTO, IF on registers and memory, string IF", "[script]") {
    testing::TempDir dir;
    const std::string f = dir.file("flow.do",
                                   "DEPOSIT A 0\n"
                                   ":loop\n"
                                   "IF A == 3 GOTO done\n"
                                   "DEPOSIT A A+1\n"
                                   "GOTO loop\n"
                                   ":done\n"
                                   "ECHO A reached 3\n"
                                   "DEPOSIT 100 5\n"
                                   "IF [100] != 5 ECHO wrong\n"
                                   "IF NOT [100] != 5 ECHO memory ok; ECHO second action\n"
                                   "IF \"%1\" == \"\" ECHO no argument\n"
                                   "IF -i \"%1\" == \"ABC\" ECHO abc given\n"
                                   "IF PC != 1234 ECHO pc differs\n");
    testing::Session s;
    REQUIRE(s.run("DO " + f) == "");
    CHECK(s.take() == "A reached 3\nmemory ok\nsecond action\nno argument\npc differs\n");
    REQUIRE(s.run("DO " + f + " abc") == "");
    CHECK(s.take() == "A reached 3\nmemory ok\nsecond action\nabc given\npc differs\n");
}

TEST_CASE("CALL and RETURN with their own arguments", "[script]") {
    testing::TempDir dir;
    const std::string f = dir.file("call.do",
                                   "CALL sub one\n"
                                   "CALL sub two\n"
                                   "ECHO back %1\n"
                                   "RETURN\n"
                                   "ECHO never\n"
                                   ":sub\n"
                                   "ECHO in %0 with %1\n"
                                   "RETURN\n");
    testing::Session s;
    REQUIRE(s.run("DO " + f + " outer") == "");
    CHECK(s.take() == "in sub with one\nin sub with two\nback outer\n");
}

TEST_CASE("a failing command stops the DO file with file:line", "[script]") {
    testing::TempDir dir;
    const std::string f = dir.file("fail.do", "ECHO before\nEXAMNE 0\nECHO after\n");
    testing::Session s;
    CHECK(s.run("DO " + f) == f + ":2: Unknown command: EXAMNE; did you mean EXAMINE?");
    CHECK(s.take() == "before\n");
}

TEST_CASE("nested DO failures name both files", "[script]") {
    testing::TempDir dir;
    dir.file("inner.do", "ECHO inner\nGOTO nowhere\n");
    const std::string outer = dir.file("outer.do", "DO inner.do\nECHO after\n");
    testing::Session s;
    CHECK(s.run("DO " + outer) == outer + ":1: " + dir.name("inner.do") + ":2: Label not found: nowhere");
    CHECK(s.take() == "inner\n");
}

TEST_CASE("SET NOON reports errors and carries on", "[script]") {
    testing::TempDir dir;
    const std::string f = dir.file("noon.do", "SET NOON\nBOGUS\nECHO still here\n");
    testing::Session s;
    REQUIRE(s.run("DO " + f) == "");
    CHECK(s.take() == f + ":2: Unknown command: BOGUS (HELP lists the commands)\nstill here\n");
}

TEST_CASE("ON ERROR handles failures, and can leave with EXIT", "[script]") {
    testing::TempDir dir;
    const std::string f = dir.file("onerr.do",
                                   "ON ERROR ECHO handled\n"
                                   "EX 77777\n"
                                   "ECHO continued\n"
                                   "ON ERROR EXIT 3\n"
                                   "EX 77777\n"
                                   "ECHO not reached\n");
    testing::Session s;
    REQUIRE(s.run("DO " + f) == "");
    CHECK(s.take() == f + ":2: Non-existent memory at 77777\nhandled\ncontinued\n" + f +
                          ":5: Non-existent memory at 77777\n");
    CHECK(s.scp.exit_requested());
    CHECK(s.scp.exit_status() == 3);
}

TEST_CASE("ON ERROR can GOTO a cleanup label", "[script]") {
    testing::TempDir dir;
    const std::string f = dir.file("cleanup.do",
                                   "ON ERROR GOTO cleanup\n"
                                   "BOGUS\n"
                                   "ECHO skipped\n"
                                   ":cleanup\n"
                                   "ECHO cleaning\n");
    testing::Session s;
    REQUIRE(s.run("DO " + f) == "");
    CHECK(s.take() == f + ":2: Unknown command: BOGUS (HELP lists the commands)\ncleaning\n");
}

TEST_CASE("batch mode exit status", "[script]") {
    testing::TempDir dir;
    {
        testing::Session s;
        CHECK(s.scp.run_batch(dir.file("ok.do", "ECHO fine\n"), {}) == 0);
    }
    {
        testing::Session s;
        CHECK(s.scp.run_batch(dir.file("exit.do", "EXIT 7\nECHO no\n"), {}) == 7);
        CHECK(s.take() == "");
    }
    {
        testing::Session s;
        CHECK(s.scp.run_batch(dir.file("bad.do", "ECHO a\nNOSUCH\n"), {}) == 1);
        CHECK(s.take() == "a\n" + dir.name("bad.do") + ":2: Unknown command: NOSUCH (HELP lists the commands)\n");
    }
    {
        testing::Session s;
        CHECK(s.scp.run_batch(dir.name("missing.do"), {}) == 1);
        CHECK(s.take() == "File not found: " + dir.name("missing.do") + "\n");
    }
    {
        testing::Session s;
        dir.file("nested.do", "EXIT 4\n");
        CHECK(s.scp.run_batch(dir.file("top.do", "DO nested.do\nEXIT 0\n"), {}) == 4);
    }
}

TEST_CASE("simmon_main: options, unknown machine, batch status", "[cli]") {
    testing::TempDir dir;
    const auto machines = toy::toy_machine_list();
    CHECK(simmon_main({"--version"}, machines) == 0);
    CHECK(simmon_main({"--list-machines"}, machines) == 0);
    CHECK(simmon_main({}, machines) == 2);
    CHECK(simmon_main({"--bogus"}, machines) == 2);
    CHECK(simmon_main({"vax9000", "x.do"}, machines) == 2);
    CHECK(simmon_main({"toy", dir.file("five.do", "EXIT %1\n"), "5"}, machines) == 5);
    CHECK(simmon_main({"toy", dir.file("fails.do", "DEPOSIT A 7\nIF A == 7 NOSUCH\n")}, machines) == 1);
}
