// The 360's devices at the SCP: named by address (ATTACH 00C, SHOW 00E, BOOT 00C) and by
// name, SET ADDRESS, EXAMINE DEV=, ATTACH -n for a new volume, SAVE and RESTORE.
#include <catch2/catch.hpp>

#include <fstream>

#include "scp-console/session.hpp"
#include "tests/core/temp_dir.hpp"
#include "tests/devices_ibm/configured_machine.hpp"

using namespace simmon;
using namespace simmon::ibm::test;

namespace {

struct IoSession {
    scp::Output out;
    scp::Scp scp{{MachineInfo{"s360io", "S/360 I/O configuration with a fake CPU",
                              [] { return std::make_unique<ConfiguredMachine>(); }}},
                 out, false};
    IoSession() { REQUIRE(scp.select_machine("s360io")); }
    std::string run(const std::string& line) {
        const Status s = scp.execute_line(line);
        return s ? std::string{} : s.message();
    }
    std::string take() { return out.take_captured(); }
};

}  // namespace

TEST_CASE("SCP: devices by address and by name", "[scp]") {
    simmon::test::TempDir dir;
    {
        std::ofstream deck(dir.file("job.txt"));
        deck << "// JOB\n";
    }
    IoSession s;
    CHECK(s.run("ATTACH 00C " + dir.file("job.txt")) == "");
    s.take();
    CHECK(s.run("SHOW 00C") == "");
    const std::string shown = s.take();
    CHECK(shown.find("CDR") != std::string::npos);
    CHECK(shown.find("1 card(s) left") != std::string::npos);
    CHECK(s.run("SHOW LPR") == "");
    CHECK(s.take().find("00E") != std::string::npos);
    CHECK(s.run("SET 00E ADDRESS=00C") != "");  // taken
    CHECK(s.run("SET LPR ADDRESS=00F") == "");
    CHECK(s.run("SHOW 00F") == "");
    CHECK(s.take().find("LPR") != std::string::npos);
    CHECK(s.run("EXAMINE DEV=00C ADDR") == "");
    CHECK(s.take().find("00C") != std::string::npos);
    CHECK(s.run("ATTACH -n DB0 " + dir.file("new.cckd")) == "");
    CHECK(s.run("ATTACH DA0 " + dir.file("missing.ckd")) != "");
    CHECK(s.run("ATTACH -e CDR " + dir.file("job.txt")) != "");  // not a whole number of cards
    CHECK(s.run("SAVE " + dir.file("m.sav")) == "");
    CHECK(s.run("RESTORE " + dir.file("m.sav")) == "");
    CHECK(s.run("BOOT 0FF") != "");  // no device there
    // BOOT resets, starts the IPL from the reader and runs the (fake) CPU to the limit.
    CHECK(s.run("SET RUNLIMIT 1000") == "");
    s.run("BOOT 00C");
    CHECK(static_cast<ConfiguredMachine&>(s.scp.machine()).channels->ipl_in_progress());
}
