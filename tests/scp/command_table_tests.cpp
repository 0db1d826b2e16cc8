#include <catch2/catch.hpp>

#include "scp-console/command/command_table.hpp"
#include "scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;

namespace {
std::string resolve(std::string_view w) {
    const CommandMatch m = find_command(w);
    return m.spec ? std::string(m.spec->name) : m.error;
}
}  // namespace

TEST_CASE("SIMH short forms resolve", "[commands]") {
    CHECK(resolve("E") == "EXAMINE");
    CHECK(resolve("ex") == "EXAMINE");
    CHECK(resolve("D") == "DEPOSIT");
    CHECK(resolve("dep") == "DEPOSIT");
    CHECK(resolve("G") == "GO");
    CHECK(resolve("c") == "CONTINUE");
    CHECK(resolve("CONT") == "CONTINUE");
    CHECK(resolve("S") == "STEP");
    CHECK(resolve("B") == "BOOT");
    CHECK(resolve("R") == "RUN");
    CHECK(resolve("sh") == "SHOW");
    CHECK(resolve("at") == "ATTACH");
    CHECK(resolve("det") == "DETACH");
    CHECK(resolve("q") == "EXIT");
}

TEST_CASE("unique prefixes resolve, exact names win", "[commands]") {
    CHECK(resolve("EXAMIN") == "EXAMINE");
    CHECK(resolve("noe") == "NOEXPECT");
    CHECK(resolve("ECHO") == "ECHO");  // also a prefix of ECHOF
    CHECK(resolve("evalu") == "EVALUATE");
}

TEST_CASE("ambiguous and unknown commands say so in one line", "[commands]") {
    CHECK(resolve("EC") == "Ambiguous command: EC (ECHO, ECHOF)");
    CHECK(resolve("RE").rfind("Ambiguous command: RE (RESET, RESTORE, REVERT, RETURN", 0) == 0);
    CHECK(resolve("EXAMNE") == "Unknown command: EXAMNE; did you mean EXAMINE?");
    CHECK(resolve("DEPOIST") == "Unknown command: DEPOIST; did you mean DEPOSIT?");
    CHECK(resolve("xyzzy") == "Unknown command: XYZZY (HELP lists the commands)");
}

TEST_CASE("every command has help and a handler", "[commands]") {
    for (const CommandSpec& c : command_table()) {
        INFO(c.name);
        CHECK_FALSE(c.help.empty());
        CHECK_FALSE(c.usage.empty());
        CHECK(c.handler != nullptr);
    }
}

TEST_CASE("bad input never crashes the session", "[commands]") {
    testing::Session s;
    for (const char* line : {"", "   ", "EXAMINE", "DEPOSIT", "DEPOSIT R0", "EX 7777777777", "EX 1000-", "D 0 (",
                             "BREAK ;;", "BREAK 1000[", "IF", "IF R0", "SET", "SHOW", "SET CPU", "SEND", "EXPECT",
                             "EXPECT [0] \"x\"", "ATTACH", "ATTACH PTR", "BOOT", "BOOT TTY", "GOTO x", "RETURN",
                             "CALL x", "DO", "DO /nonexistent/file", "STEP 0", "STEP x", "EVALUATE 1/0",
                             "EVALUATE (1", "SET RUNLIMIT -3", "SET THROTTLE fast", "ON FIRE", "\"unterminated",
                             "EX \"", "SEND \"abc", "D R0 \"", "IE", "ID R0", "!", "NOBREAK 1234",
                             "SET CONSOLE WRU=1000", "HELP NOSUCH", "SHOW NOSUCH", "D IR 5"}) {
        INFO(line);
        s.run(line);  // must return, whatever the outcome
    }
    CHECK(s.run("EXAMNE 0") == "Unknown command: EXAMNE; did you mean EXAMINE?");
    CHECK(s.run("SHOW DEVICEZ") == "Unknown device or SHOW option: DEVICEZ; did you mean DEVICES?");
    CHECK(s.run("SET TTX POLL=5") == "Unknown device or SET option: TTX; did you mean TTY?");
    CHECK(s.run("SET TTY POLE=5") == "TTY has no option POLE; did you mean POLL?");
    CHECK(s.run("D IR 5") == "Register IR is read-only");
    CHECK(s.run("!ls") == "Host commands (!) are disabled; SET SHELL ENABLED allows them");
}
