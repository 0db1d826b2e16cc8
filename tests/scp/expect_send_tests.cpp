#include <catch2/catch.hpp>

#include "scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;
using namespace simmon::toy;

namespace {
// Echo loop: 0: WAIT; 2: IN; 4: OUT; 6: JMP 0
void load_echo(testing::Session& s) {
    s.poke(0, word(WAIT));
    s.poke(2, word(IN));
    s.poke(4, word(OUT));
    s.poke(6, word(JMP, 0));
}
// Prints "ab" forever: 0: LDI 'a'; OUT; LDI 'b'; OUT; JMP 0
void load_ab_loop(testing::Session& s) {
    s.poke(0, word(LDI, 'a'));
    s.poke(2, word(OUT));
    s.poke(4, word(LDI, 'b'));
    s.poke(6, word(OUT));
    s.poke(010, word(JMP, 0));
}
}  // namespace

TEST_CASE("SEND types into the guest; EXPECT stops the run and runs its actions", "[expect]") {
    testing::Session s;
    load_echo(s);
    REQUIRE(s.run("SET RUNLIMIT 1M") == "");
    REQUIRE(s.run("SEND \"hello\\r\"") == "");
    REQUIRE(s.run("EXPECT \"llo\" ECHO got it") == "");
    REQUIRE(s.run("RUN 0") == "");
    CHECK(s.take() == "hellogot it\n");
    REQUIRE(s.run("SHOW EXPECT") == "");
    CHECK(s.take() == "No EXPECT rules\n");
}

TEST_CASE("SEND delays are simulated time: two runs see identical timing", "[expect]") {
    std::uint64_t times[2] = {0, 0};
    for (auto& t : times) {
        testing::Session s;
        load_echo(s);
        REQUIRE(s.run("SEND AFTER=5000,DELAY=2000 \"xyz\"") == "");
        REQUIRE(s.run("EXPECT \"z\"") == "");
        REQUIRE(s.run("SET RUNLIMIT 1M") == "");
        REQUIRE(s.run("RUN 0") == "");
        CHECK(s.take() == "xyz");
        t = s.scp.machine().scheduler().now();
    }
    CHECK(times[0] == times[1]);
    // The last character cannot arrive before AFTER + 2 * DELAY.
    // TOY takes 1 us an instruction.
    CHECK(times[0] >= usec(9000));
    CHECK(times[0] < usec(9000 + 1000));
}

TEST_CASE("EXPECT [count] needs that many matches", "[expect]") {
    testing::Session s;
    load_ab_loop(s);
    REQUIRE(s.run("EXPECT [3] \"ab\"") == "");
    REQUIRE(s.run("SET RUNLIMIT 10000") == "");
    REQUIRE(s.run("RUN 0") == "");
    CHECK(s.take() == "ababab");
}

TEST_CASE("EXPECT -r regular expressions and -i", "[expect]") {
    testing::Session s;
    load_ab_loop(s);
    REQUIRE(s.run("EXPECT -r \"(ab){2}a\"") == "");
    REQUIRE(s.run("SET RUNLIMIT 10000") == "");
    REQUIRE(s.run("RUN 0") == "");
    CHECK(s.take() == "ababa");
    REQUIRE(s.run("EXPECT -i \"BA\" ECHO !") == "");
    REQUIRE(s.run("CONTINUE") == "");
    CHECK(s.take() == "ba!\n");  // the rule sees only output after it was set
    CHECK(s.run("EXPECT -r \"(\"") .find("Invalid regular expression") == 0);
}

TEST_CASE("HALTAFTER lets the guest run on after the match", "[expect]") {
    testing::Session s;
    load_ab_loop(s);
    REQUIRE(s.run("EXPECT HALTAFTER=4 \"a\"") == "");
    REQUIRE(s.run("SET RUNLIMIT 10000") == "");
    REQUIRE(s.run("RUN 0") == "");
    // 'a' is printed by the 2nd instruction; four more instructions print 'b'.
    CHECK(s.take() == "ab");
    CHECK(s.scp.machine().cpu().instructions_executed() == 6);
}

TEST_CASE("a run limit with an EXPECT pending fails the script", "[expect]") {
    testing::TempDir dir;
    testing::Session s;
    load_ab_loop(s);
    const std::string f = dir.file("timeout.do", "SET RUNLIMIT 1000\nEXPECT \"never\"\nRUN 0\nECHO not reached\n");
    const std::string err = s.run("DO " + f);
    CHECK(err == f + ":3: EXPECT \"never\" not seen before the run stopped (run limit)");
    CHECK(s.take().find("not reached") == std::string::npos);
}

TEST_CASE("ON EXPECT handles the timeout", "[expect]") {
    testing::TempDir dir;
    testing::Session s;
    load_ab_loop(s);
    const std::string f = dir.file("timeout2.do",
                                   "ON EXPECT ECHO timed out; EXIT 9\n"
                                   "ON ERROR ECHO wrong handler\n"
                                   "SET RUNLIMIT 1000\n"
                                   "EXPECT \"never\"\n"
                                   "RUN 0\n");
    REQUIRE(s.run("DO " + f) == "");
    const std::string out = s.take();
    CHECK(out.find("timed out\n") != std::string::npos);
    CHECK(out.find("wrong handler") == std::string::npos);
    CHECK(s.scp.exit_status() == 9);
}

TEST_CASE("expect-driven conversation in a script", "[expect]") {
    testing::TempDir dir;
    testing::Session s;
    load_echo(s);
    const std::string f = dir.file("talk.do",
                                   "SET RUNLIMIT 1M\n"
                                   "EXPECT \"ping\" SEND \"pong\"; CONTINUE\n"
                                   "EXPECT \"pong\" ECHO\n"
                                   "SEND \"ping\"\n"
                                   "RUN 0\n"
                                   "EXPECT \"never\"\n"
                                   "NOEXPECT\n"
                                   "SHOW EXPECT\n");
    REQUIRE(s.run("DO " + f) == "");
    CHECK(s.take() == "pingpong\nNo EXPECT rules\n");
}

TEST_CASE("the WRU character typed by the user stops the run", "[expect]") {
    testing::Session s;
    load_echo(s);
    REQUIRE(s.run("SET CONSOLE WRU=3") == "");
    REQUIRE(s.run("SHOW CONSOLE") == "");
    CHECK(s.take() == "WRU=003 (^C), BRK=none, SPEED=unpaced, no log, no input recording, no replay\nconsole on this terminal\n");
}

TEST_CASE("console log receives console output", "[expect]") {
    testing::TempDir dir;
    testing::Session s;
    load_ab_loop(s);
    REQUIRE(s.run("SET CONSOLE LOG=" + dir.name("con.log")) == "");
    REQUIRE(s.run("EXPECT \"abab\"") == "");
    REQUIRE(s.run("RUN 0") == "");
    REQUIRE(s.run("SET CONSOLE NOLOG") == "");
    std::ifstream in(dir.name("con.log"));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text.find("abab") != std::string::npos);
}
