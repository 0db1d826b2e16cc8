// DEC's KA655 console ROM at power-on, 20 times: each run prints the banner, counts its
// self-test down, reports `Tests completed.` and prompts `>>>` after the same number of
// instructions with the same output (the timers and the clock run in simulated time);
// then SHOW DEVICE and SHOW MEMORY answer at the prompt. Fails when the ROM is missing.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "machines/vax/vax_cpu_device.hpp"
#include "machines/vax/vax_machine.hpp"
#include "tests/support/guest_console.hpp"

using namespace simmon;
using namespace simmon::vax;
using simmon::test::ScriptedConsole;

namespace {

struct RomRun {
    std::string output;
    std::uint64_t instructions = 0;
};

RomRun power_on_to_prompt(const std::string& rom, const char* memory) {
    VaxMachine m;
    ScriptedConsole con;
    m.set_console(&con);
    REQUIRE(test::set_modifier(m, "CPU", memory).is_ok());
    REQUIRE(m.load(rom, switch_bit('r'), {}).is_ok());
    m.reset();  // power-on: into the ROM
    REQUIRE(test::run_until(m, con, "Tests completed.", 0, 60'000'000));
    const std::size_t done = con.output.find("Tests completed.");
    REQUIRE(test::run_until(m, con, ">>>", done, 5'000'000));
    RomRun r;
    r.instructions = m.cpu().instructions_executed();
    r.output = con.output;
    m.set_console(nullptr);
    return r;
}

}  // namespace

TEST_CASE("ka655 ROM: power-on self-test completes, 20 runs out of 20 alike") {
    const std::string rom = std::string(SIMMON_TESTDATA) + "/vax/ka655x.bin";
    std::FILE* f = std::fopen(rom.c_str(), "rb");
    REQUIRE(f != nullptr);  // the test data must be there
    std::fclose(f);
    const RomRun first = power_on_to_prompt(rom, "16M");
    CHECK(first.output.find("KA655-B V5.3, VMB 2.7") != std::string::npos);
    CHECK(first.output.find("Performing normal system tests.") != std::string::npos);
    CHECK(first.output.find("03..\r\nTests completed.\r\n>>>") != std::string::npos);
    CHECK(first.output.find('?') == std::string::npos);  // no test reported an error
    for (int run = 1; run < 20; ++run) {
        const RomRun again = power_on_to_prompt(rom, "16M");
        INFO("run " << run + 1);
        CHECK(again.output == first.output);
        CHECK(again.instructions == first.instructions);
    }
}

TEST_CASE("ka655 ROM: 64 MB passes too, SHOW DEVICE and SHOW MEMORY at the prompt") {
    const std::string rom = std::string(SIMMON_TESTDATA) + "/vax/ka655x.bin";
    VaxMachine m;
    ScriptedConsole con;
    m.set_console(&con);
    REQUIRE(test::set_modifier(m, "CPU", "64M").is_ok());
    REQUIRE(m.load(rom, switch_bit('r'), {}).is_ok());
    m.reset();
    REQUIRE(test::run_until(m, con, "Tests completed.", 0, 200'000'000));
    REQUIRE(test::run_until(m, con, ">>>", 0, 5'000'000));
    CHECK(con.output.find('?') == std::string::npos);
    std::size_t from = con.output.size();
    test::type(con, "SHOW DEVICE\r");
    REQUIRE(test::run_until(m, con, ">>>", from, 5'000'000));
    // The RQDX3 and the TQK50 at their standard addresses, four units each (RD54s and
    // TK50s, the third letter place of whose media names the ROM prints as a NUL).
    const std::string rd54("RD\0" "54", 5), tk50("TK\0" "50", 5);
    std::string listing = "SHOW DEVICE\r\nUQSSP Disk Controller 0 (772150)\r\n";
    for (int u = 0; u < 4; ++u) listing += "-DUA" + std::to_string(u) + " (" + rd54 + ")\r\n";
    listing += "\r\nUQSSP Tape Controller 0 (774500)\r\n";
    for (int u = 0; u < 4; ++u) listing += "-MUA" + std::to_string(u) + " (" + tk50 + ")\r\n";
    // The DELQA with its station address; the ROM does not look for the DZV11 or DHV11.
    listing += "\r\nEthernet Adapter 0 (774440)\r\n-XQA0 (08-00-2B-AA-BB-CC)\r\n";
    CHECK(con.output.substr(from) == listing + ">>>");
    from = con.output.size();
    test::type(con, "SHOW MEMORY\r");
    REQUIRE(test::run_until(m, con, ">>>", from, 5'000'000));
    // One line per MS650 board of 16 MB.
    CHECK(con.output.find("Memory 0: 00000000 to 00FFFFFF, 16MB, 0 bad pages", from) != std::string::npos);
    CHECK(con.output.find("Memory 3: 03000000 to 03FFFFFF, 16MB, 0 bad pages", from) != std::string::npos);
    m.set_console(nullptr);
}
