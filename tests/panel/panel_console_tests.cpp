// SET PANEL at the console: the window on its own thread (SDL's dummy driver), the
// session holding the machine around each command, START (11/70) and LOAD (360/67) from
// the panel at the prompt.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "machines/machine_list.hpp"
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

TEST_CASE("SET PANEL ON on the S/360 opens the 2067's panel; its LOAD key IPLs from the dials") {
    const std::string deck = std::string(SIMMON_TESTDATA) + "/s360/decks/hello.deck";
    INFO(deck);
    REQUIRE(std::filesystem::exists(deck));
    ::setenv("SDL_VIDEODRIVER", "dummy", 1);
    scp::Output out;
    scp::Scp scp{machine_list(), out, false};
    REQUIRE(scp.select_machine("s360"));
    REQUIRE(scp.execute_line("SET RUNLIMIT 10M"));
    REQUIRE(scp.execute_line("ATTACH 00C " + deck));
    REQUIRE(scp.execute_line("SET PANEL ON,SCALE=2"));
    REQUIRE(scp.panel().is_open());
    PanelLink* link = scp.panel().link();
    REQUIRE(link);
    CHECK(link->layout().title == "IBM System/360 Model 67");
    // The dials to 0, 0, C and LOAD, as the panel thread's window would post them.
    link->post(link->layout().find_control("LOAD UNIT 3"), 0xC);
    link->post(link->layout().find_control("LOAD"), 1);
    // The panel thread applies them at its next frame while no command runs: the IPL, then
    // the console is asked to run the loaded program.
    std::optional<std::string> command;
    for (int i = 0; i < 400 && !command; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        command = scp.panel_command();
    }
    REQUIRE(command);
    CHECK(*command == "CONTINUE");
    out.take_captured();
    CHECK(scp.execute_line(*command));
    CHECK(out.take_captured().find("Hello Bare-Metal World!") != std::string::npos);
    REQUIRE(scp.execute_line("SET PANEL OFF"));
    CHECK_FALSE(scp.panel().is_open());
}
