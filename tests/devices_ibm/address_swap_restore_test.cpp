// RESTORE of a state in which two channel devices traded addresses: every device's
// address is placed at once, checked against where the others end up (issue 8).
#include <catch2/catch.hpp>

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
    std::string shown(const std::string& line) {
        out.take_captured();
        REQUIRE(run(line) == "");
        return out.take_captured();
    }
};

}  // namespace

TEST_CASE("RESTORE of channel devices that traded addresses", "[scp][state]") {
    simmon::test::TempDir dir;
    IoSession s;
    REQUIRE(s.run("SNAPSHOT before") == "");
    REQUIRE(s.run("SET LPR ADDRESS=0FF") == "");
    REQUIRE(s.run("SET CDR ADDRESS=00E") == "");
    REQUIRE(s.run("SET LPR ADDRESS=00C") == "");
    REQUIRE(s.run("SAVE " + dir.file("crossed.sav")) == "");
    REQUIRE(s.run("REVERT before") == "");
    CHECK(s.shown("SHOW CDR ADDRESS") == "CDR: address=00C\n");
    REQUIRE(s.run("RESTORE " + dir.file("crossed.sav")) == "");
    CHECK(s.shown("SHOW CDR ADDRESS") == "CDR: address=00E\n");
    CHECK(s.shown("SHOW LPR ADDRESS") == "LPR: address=00C\n");
    // The devices answer at their new addresses.
    CHECK(s.shown("SHOW 00C").find("LPR") != std::string::npos);
    REQUIRE(s.run("REVERT before") == "");
    CHECK(s.shown("SHOW LPR ADDRESS") == "LPR: address=00E\n");
}
