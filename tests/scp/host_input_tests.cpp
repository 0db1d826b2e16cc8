// SET CONSOLE RECORD/REPLAY at the command level: a session typed through SEND is
// recorded, and a new session replays it with the same output and instruction count
// while ignoring what is typed this time.
#include <catch2/catch.hpp>
#include <fstream>

#include "tests/scp/scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;
using namespace simmon::toy;

namespace {
// 0: WAIT; IN; OUT; JMP 0 -- echoes what it is typed.
void load_echo(testing::Session& s) {
    s.poke(0, word(WAIT));
    s.poke(2, word(IN));
    s.poke(4, word(OUT));
    s.poke(6, word(JMP, 0));
}
}  // namespace

TEST_CASE("SET CONSOLE RECORD then REPLAY in a new session gives the same run", "[hostinput]") {
    testing::TempDir dir;
    const std::string log = dir.name("typed.log");
    std::string recorded_output;
    std::uint64_t recorded_count = 0;
    {
        testing::Session s;
        load_echo(s);
        REQUIRE(s.run("SET CONSOLE RECORD=" + log) == "");
        REQUIRE(s.run("SHOW CONSOLE RECORD") == "");
        CHECK(s.take().find("recording input to " + log) == 0);
        REQUIRE(s.run("SEND AFTER=300,DELAY=700 \"hello\\r\"") == "");
        REQUIRE(s.run("EXPECT \"llo\"") == "");
        REQUIRE(s.run("RUN 0") == "");
        REQUIRE(s.run("STEP 5000") == "");  // the guest echoes the CR meanwhile
        recorded_output = s.take();
        REQUIRE(s.run("SET CONSOLE NORECORD") == "");
        recorded_count = s.toy().toy_cpu().instructions_executed();
    }
    CHECK(recorded_output.starts_with("hello\r"));
    {
        testing::Session s;
        load_echo(s);
        REQUIRE(s.run("SET CONSOLE REPLAY=" + log) == "");
        REQUIRE(s.run("SEND \"other\"") == "");  // live input on the console is ignored
        REQUIRE(s.run("SHOW CONSOLE REPLAY") == "");
        CHECK(s.take().find("replaying " + log + " (0 of 6 events taken") == 0);
        REQUIRE(s.run("RUN 0") == "");
        const std::string out = s.take();
        CHECK(out.starts_with("hello\r\nReplay of " + log + " finished (6 input events)"));
        CHECK(s.toy().toy_cpu().instructions_executed() == recorded_count);
        REQUIRE(s.run("SHOW CONSOLE REPLAY") == "");
        CHECK(s.take() == "no replay\n");
    }
}

TEST_CASE("SET CONSOLE REPLAY refuses a damaged log in one line and keeps the machine as it was", "[hostinput]") {
    testing::TempDir dir;
    testing::Session s;
    const std::string log = dir.name("s.log");
    REQUIRE(s.run("SET CONSOLE RECORD=" + log) == "");
    REQUIRE(s.run("SET CONSOLE NORECORD") == "");
    std::string text;
    {
        std::ifstream in(log, std::ios::binary);
        text.assign(std::istreambuf_iterator<char>(in), {});
    }
    const std::string cut = dir.file("cut.log", text.substr(0, text.size() - 5));
    std::string err = s.run("SET CONSOLE REPLAY=" + cut);
    CHECK(err.find("truncated") != std::string::npos);
    CHECK(err.find('\n') == std::string::npos);
    const std::string junk = dir.file("junk.log", "hello\n");
    CHECK(s.run("SET CONSOLE REPLAY=" + junk) == junk + ": not a simmon host-input log (no simmon-host-input line at the top)");
    CHECK(s.run("SET CONSOLE REPLAY=" + dir.name("missing.log")).find("No such file") != std::string::npos);
    CHECK(s.run("SET CONSOLE REPLAY=") != "");
    REQUIRE(s.run("SHOW CONSOLE REPLAY") == "");
    CHECK(s.take() == "no replay\n");
}
