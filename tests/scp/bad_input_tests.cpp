// Bad input at the console, case by case: what the fuzz tests found and what the rule
// "one line naming the problem, never a crash or a hang" means for each kind of mistake.
#include <catch2/catch.hpp>

#include <algorithm>
#include <csignal>
#include <unistd.h>

#include "scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;
using namespace simmon::toy;

TEST_CASE("an error quoting a pasted newline or escape is still one line", "[bad-input]") {
    testing::Session s;
    CHECK(s.run("DETACH PTR x\ny") == "Unexpected argument: x^Jy");
    CHECK(s.run("EXAMINE \x1b[2J") == "Unexpected '^[' in expression");
}

TEST_CASE("deeply nested expressions are refused, not a stack overflow", "[bad-input]") {
    testing::Session s;
    CHECK(s.run("EVALUATE " + std::string(100000, '(') + "1") == "Expression nests deeper than 64 levels");
    CHECK(s.run("EVALUATE " + std::string(100000, '-') + "1") == "Expression nests deeper than 64 levels");
    CHECK(s.run("EVALUATE " + std::string(60, '(') + "1" + std::string(60, ')')) == "");
    CHECK(s.take() == "1\n");
}

TEST_CASE("malformed numbers, quotes and percent signs", "[bad-input]") {
    testing::TempDir dir;
    testing::Session s;
    CHECK(s.run("DEPOSIT A 99999999999999999999999") == "A: Invalid octal number: 99999999999999999999999");
    CHECK(s.run("DEPOSIT A 9") == "A: Invalid octal number: 9");
    CHECK(s.run("DEPOSIT A 1777777") == "A: Value too large for 16 bits");
    CHECK(s.run("ECHOF \"abc") == "Missing closing \" in \"abc");
    CHECK(s.run("DO \"x") == "Missing closing \" in \"x");
    CHECK(s.run("SEND \"\\777\"") == "Octal escape \\777 is above \\377");
    CHECK(s.run("EXAMINE 7-1") == "Address range 7-1 runs backwards");
    CHECK(s.run("EXAMINE 0/0") == "Empty address range 0/0");
    // A lone %, an unfinished %NAME and %% are text, not errors.
    const std::string f = dir.file("pct.do", "ECHO 100% done\nECHO %UNFINISHED\nECHO %%1 %9|\n");
    REQUIRE(s.run("DO " + f) == "");
    CHECK(s.take() == "100% done\n%UNFINISHED\n%1 |\n");
}

TEST_CASE("a one-character mistake gets no far-fetched suggestion", "[bad-input]") {
    testing::Session s;
    CHECK(s.run("EXAMINE :") == "Unexpected ':' in expression");
    CHECK(s.run("Z") == "Unknown command: Z (HELP lists the commands)");
    CHECK(s.run("ET") == "Unknown command: ET; did you mean SET?");
}

TEST_CASE("a DO file that calls itself stops at the nesting limit with one location", "[bad-input][script]") {
    testing::TempDir dir;
    const std::string f = dir.file("self.do", "ECHO x\nDO self.do\n");
    testing::Session s;
    CHECK(s.run("DO " + f) == f + ":2: DO files nest deeper than 20 (does self.do call itself?)");
    // Twenty levels each printed their line before the limit stopped the twenty-first.
    const std::string out = s.take();
    CHECK(std::count(out.begin(), out.end(), 'x') == 20);
}

TEST_CASE("recursive CALL and CALL without RETURN", "[bad-input][script]") {
    testing::TempDir dir;
    testing::Session s;
    const std::string rec = dir.file("rec.do", "CALL sub\nECHO never\n:sub\nCALL sub\n");
    CHECK(s.run("DO " + rec) ==
          rec + ":4: CALLs nest deeper than 100 (a CALL without RETURN, or a subroutine that calls itself?)");
    // Without RETURN the subroutine runs to the end of the file, which ends the file.
    const std::string open = dir.file("open.do", "CALL sub\nECHO after the call\n:sub\nECHO in sub\n");
    CHECK(s.run("DO " + open) == "");
    CHECK(s.take() == "in sub\n");
    const std::string missing = dir.file("missing.do", "CALL nowhere\n");
    CHECK(s.run("DO " + missing) == missing + ":1: Label not found: nowhere");
    const std::string go = dir.file("goto.do", "GOTO\n");
    CHECK(s.run("DO " + go) == go + ":1: GOTO needs a label");
}

namespace {

// The keyboard side of a pipe standing in for the user's terminal.
struct Keyboard {
    int fds[2] = {-1, -1};
    Keyboard() { REQUIRE(::pipe(fds) == 0); }
    ~Keyboard() {
        ::close(fds[0]);
        ::close(fds[1]);
    }
    void type(const std::string& s) { REQUIRE(::write(fds[1], s.data(), s.size()) == static_cast<ssize_t>(s.size())); }
};

bool sigint_is_default() {
    struct sigaction sa {};
    sigaction(SIGINT, nullptr, &sa);
    return sa.sa_handler == SIG_DFL;
}

}  // namespace

TEST_CASE("WRU typed on the keyboard stops a guest that never looks at its console", "[bad-input][wru]") {
    testing::Session s;
    Keyboard keyboard;
    s.scp.enable_host_terminal(keyboard.fds[0]);
    s.poke(0, word(JMP, 0));  // a tight loop
    REQUIRE(s.run("SET RUNLIMIT 100M") == "");  // only a safety net: the WRU must stop it long before
    keyboard.type("\005");
    REQUIRE(s.run("RUN 0") == "");
    CHECK(s.take() == "\nSimulation stopped, PC: 000000 (JMP 0)\n");
    CHECK(s.scp.settings().runlimit.value() > 50000000);
    CHECK(sigint_is_default());

    // A changed WRU character works the same; the old one is now guest input.
    REQUIRE(s.run("SET CONSOLE WRU=034") == "");
    keyboard.type("\005\034");
    REQUIRE(s.run("CONTINUE") == "");
    CHECK(s.take() == "\nSimulation stopped, PC: 000000 (JMP 0)\n");
    REQUIRE(s.run("STEP 200") == "");  // the TTY polls its input every 100 us (100 instructions)
    CHECK(s.toy().tty().ready());
}

TEST_CASE("RESET and BOOT discard keys typed while the guest was not reading", "[bad-input][wru]") {
    testing::TempDir dir;
    testing::Session s;
    Keyboard keyboard;
    s.scp.enable_host_terminal(keyboard.fds[0]);
    s.poke(0, word(JMP, 0));  // never reads its console
    // WRU stops the run; the 'A' behind it waits for a guest that never asks.
    keyboard.type("\005A");
    REQUIRE(s.run("SET RUNLIMIT 100M") == "");
    REQUIRE(s.run("RUN 0") == "");
    s.take();
    REQUIRE(s.run("RESET") == "");
    REQUIRE(s.run("STEP 200") == "");  // the TTY polls its input every 100 us
    CHECK_FALSE(s.toy().tty().ready());

    keyboard.type("\005B");
    REQUIRE(s.run("CONTINUE") == "");
    s.take();
    const std::uint16_t jmp = word(JMP, 0);
    const std::string tape = dir.file("loop.ptr", std::string{static_cast<char>(jmp & 0xFF), static_cast<char>(jmp >> 8)});
    REQUIRE(s.run("ATTACH -r PTR " + tape) == "");
    REQUIRE(s.run("SET RUNLIMIT 300") == "");
    REQUIRE(s.run("BOOT PTR") == "");
    CHECK(s.take().find("Run limit reached") != std::string::npos);
    CHECK_FALSE(s.toy().tty().ready());
}

TEST_CASE("WRU ends a chain of runs that BREAK actions keep restarting", "[bad-input][wru]") {
    testing::Session s;
    Keyboard keyboard;
    s.scp.enable_host_terminal(keyboard.fds[0]);
    s.poke(0, word(JMP, 0));
    // Each CONTINUE runs one instruction and hits the breakpoint again: no run lasts long
    // enough for the keyboard poll, so the console reads the keyboard as each run ends.
    REQUIRE(s.run("BREAK 0;CONTINUE") == "");
    REQUIRE(s.run("SET RUNLIMIT 1M") == "");  // a safety net only
    keyboard.type("\005");
    REQUIRE(s.run("GO 0") == "");
    const std::string out = s.take();
    CHECK(out.find("Stopped by the user; 1 queued command dropped") != std::string::npos);
    CHECK(std::count(out.begin(), out.end(), '\n') < 10);
    CHECK(s.scp.settings().runlimit.value() > 999000);
    // The next command is not affected by the old keystroke.
    REQUIRE(s.run("NOBREAK ALL") == "");
    REQUIRE(s.run("STEP 3") == "");
    CHECK(s.take().find("Step") != std::string::npos);
}

TEST_CASE("runs that stop at once still use up the run limit", "[bad-input]") {
    testing::Session s;
    s.poke(0, word(JMP, 0));
    // GO 0 with a breakpoint at 0 stops before any instruction, and queues GO 0 again.
    REQUIRE(s.run("BREAK 0;GO 0") == "");
    REQUIRE(s.run("SET RUNLIMIT 50") == "");
    REQUIRE(s.run("GO 0") == "");
    const std::string out = s.take();
    // Each stop costs one unit of the limit: 49 breakpoint stops, then the limit itself.
    CHECK(std::count(out.begin(), out.end(), '\n') == 2 * 50);
    CHECK(out.ends_with("\nRun limit reached, PC: 000000 (JMP 0)\n"));
}

TEST_CASE("Ctrl-C stops a DO file that loops without running the machine", "[bad-input][script]") {
    testing::TempDir dir;
    testing::Session s;
    Keyboard keyboard;
    s.scp.enable_host_terminal(keyboard.fds[0]);
    // The prompt of IEXAMINE is the one moment the test gets control inside the loop.
    int prompts = 0;
    s.scp.set_prompt_reader([&](const std::string&) -> std::optional<std::string> {
        if (++prompts == 3) std::raise(SIGINT);
        return std::string();
    });
    dir.file("inner.do", "SET NOON\nON ERROR ECHO handled\n:top\nIEXAMINE A\nGOTO top\n");
    const std::string outer = dir.file("outer.do", "SET NOON\nDO inner.do\nECHO outer goes on\n");
    CHECK(s.run("DO " + outer) == outer + ":2: " + dir.name("inner.do") + ":5: Interrupted (Ctrl-C)");
    CHECK(prompts == 3);
    CHECK(s.take().find("outer goes on") == std::string::npos);
    CHECK(sigint_is_default());
    // The next DO starts afresh.
    prompts = 10;
    CHECK(s.run("DO " + dir.file("ok.do", "ECHO fine\n")) == "");
}

TEST_CASE("a pathological EXPECT regex costs time in proportion to the output, not exponential", "[bad-input][expect]") {
    testing::Session s;
    s.poke(0, word(LDI, 'a'));
    s.poke(2, word(OUT));
    s.poke(4, word(JMP, 0));
    REQUIRE(s.run("SET RUNLIMIT 3000") == "");  // 1000 'a's, the window searched after each one
    // Backtracking would take 2^n steps for n 'a's in the window: this run would never end.
    REQUIRE(s.run("EXPECT -r \"(a*)*b\"") == "");
    REQUIRE(s.run("EXPECT -r \"(x+x+)+y|.*.*.*.*.*z\"") == "");
    CHECK(s.run("RUN 0") == "EXPECT \"(a*)*b\" not seen before the run stopped (run limit)");
    CHECK(s.run("EXPECT -r \"a)(b\"").rfind("Invalid regular expression \"a)(b\"", 0) == 0);
    CHECK(s.run("EXPECT -r \"(a)\\\\1\"").rfind("Invalid regular expression \"(a)\\\\1\"", 0) == 0);
}
