// SET PANEL at the console: the window on its own thread (SDL's dummy driver), the
// session holding the machine around each command, START from the panel at the prompt.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "tests/support/pdp11_session.hpp"

using namespace simmon;

TEST_CASE("SET PANEL ON without a display says so in one line and changes nothing") {
    ::unsetenv("SDL_VIDEODRIVER");
    ::unsetenv("DISPLAY");
    ::unsetenv("WAYLAND_DISPLAY");
    test::Pdp11Session s;
    REQUIRE(s.run("SET CPU 11/70").empty());
    const std::string msg = s.run("SET PANEL ON");
    CHECK(msg.rfind("No panel: no display", 0) == 0);
    CHECK_FALSE(s.scp.panel().is_open());
    CHECK(s.take().empty());
}

TEST_CASE("SET PANEL refuses bad options and machines without a panel, one line each") {
    ::setenv("SDL_VIDEODRIVER", "dummy", 1);
    test::Pdp11Session s;
    CHECK(s.run("SET PANEL") == "SET PANEL needs ON or OFF");
    CHECK(s.run("SET PANEL ON,SCALE=0").rfind("Unknown panel option: SCALE=0", 0) == 0);
    REQUIRE(s.run("SET CPU 11/40").empty());
    CHECK(s.run("SET PANEL ON").rfind("No panel: only the PDP-11/70's console is drawn", 0) == 0);
    CHECK_FALSE(s.scp.panel().is_open());
}

TEST_CASE("The panel's START at the prompt makes the console run the machine; closing keeps it") {
    ::setenv("SDL_VIDEODRIVER", "dummy", 1);
    test::Pdp11Session s;
    REQUIRE(s.run("SET CPU 11/70").empty());
    REQUIRE(s.run("SET PANEL ON").empty());
    REQUIRE(s.scp.panel().is_open());
    CHECK(s.run("SET PANEL ON") == "The panel is already open (SET PANEL OFF first)");
    s.words(01000, {012700, 0777, 0});  // MOV #777,R0; HALT
    REQUIRE(s.run("DEPOSIT SR 1000").empty());
    PanelLink* link = s.scp.panel().link();
    REQUIRE(link);
    link->post(link->layout().find_control("LOAD ADRS"), 1);
    link->post(link->layout().find_control("START"), 1);
    // The panel thread applies them at its next frame (30 a second) while no command runs.
    std::optional<std::string> command;
    for (int i = 0; i < 400 && !command; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        command = s.scp.panel_command();
    }
    REQUIRE(command);
    CHECK(*command == "CONTINUE");
    s.run(*command);
    CHECK(s.reg("CPU", "R0") == 0777);
    REQUIRE(s.run("SET PANEL OFF").empty());
    CHECK_FALSE(s.scp.panel().is_open());
    CHECK_FALSE(s.scp.panel_command());
}
