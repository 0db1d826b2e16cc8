// SET CPU IDLE and NOIDLE: real-time idling is on only while a person types at a
// terminal, and only as long as IDLE is set; piped and scripted keyboards never sleep.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <pty.h>
#include <unistd.h>

#include "scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;

namespace {

// The two ends of a pseudo-terminal: the simmon side is a terminal as a user's would be.
struct PseudoTerminal {
    int controller = -1;
    int terminal = -1;
    PseudoTerminal() { REQUIRE(openpty(&controller, &terminal, nullptr, nullptr, nullptr) == 0); }
    ~PseudoTerminal() {
        close(controller);
        close(terminal);
    }
};

bool idles_in_real_time(testing::Session& s) { return s.scp.machine().throttle().idle_real_time(); }

}  // namespace

TEST_CASE("a terminal keyboard idles in real time until SET CPU NOIDLE", "[scp][idle]") {
    testing::Session s;
    PseudoTerminal pty;
    CHECK_FALSE(idles_in_real_time(s));  // no keyboard yet: a script or a test
    s.scp.enable_host_terminal(pty.terminal);
    CHECK(idles_in_real_time(s));
    CHECK(s.run("SET CPU NOIDLE") == "");
    CHECK_FALSE(idles_in_real_time(s));
    CHECK(s.run("SET CPU IDLE=VMS") == "");  // SIMH's OS names are accepted
    CHECK(idles_in_real_time(s));
    CHECK(s.run("SET CPU NOIDLE=1") != "");
    CHECK(idles_in_real_time(s));
}

TEST_CASE("a piped keyboard never idles in real time", "[scp][idle]") {
    testing::Session s;
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    s.scp.enable_host_terminal(fds[0]);
    CHECK(s.run("SET CPU IDLE") == "");
    CHECK_FALSE(idles_in_real_time(s));
    close(fds[0]);
    close(fds[1]);
}
