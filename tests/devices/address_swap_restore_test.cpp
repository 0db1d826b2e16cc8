// RESTORE and REVERT of a state in which two bus devices traded addresses: the blocks
// move together, each checked against where the others end up (issue 8), on the
// PDP-11's Unibus and the VAX's Q22 bus; and a set of moves that collides is refused
// whole, leaving every block where it was.
#include <catch2/catch.hpp>

#include "machines/machine_list.hpp"
#include "machines/pdp11/bus/unibus.hpp"
#include "scp-console/session.hpp"
#include "tests/core/temp_dir.hpp"
#include "tests/support/pdp11_session.hpp"

using namespace simmon;
using namespace simmon::test;

namespace {

struct Session {
    scp::Output out;
    scp::Scp scp{machine_list(), out, false};
    explicit Session(const char* machine) { REQUIRE(scp.select_machine(machine)); }
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

TEST_CASE("RESTORE and REVERT of two Unibus devices that traded addresses", "[pdp11][scp][state]") {
    Session s("pdp11");
    TempDir dir;
    REQUIRE(s.run("SNAPSHOT before") == "");
    // RK (777400, 16 bytes) and RL (774400, 8 bytes) cross over through a free place.
    REQUIRE(s.run("SET RK ADDRESS=764000") == "");
    REQUIRE(s.run("SET RL ADDRESS=777400") == "");
    REQUIRE(s.run("SET RK ADDRESS=774400") == "");
    REQUIRE(s.run("SAVE " + dir.file("crossed.sav")) == "");
    REQUIRE(s.run("SNAPSHOT crossed") == "");
    // Back to the factory places, then the crossed state from the file and the snapshot.
    REQUIRE(s.run("REVERT before") == "");
    CHECK(s.shown("SHOW RK ADDRESS") == "RK: address=777400-777417\n");
    CHECK(s.shown("SHOW RL ADDRESS") == "RL: address=774400-774407\n");
    REQUIRE(s.run("RESTORE " + dir.file("crossed.sav")) == "");
    CHECK(s.shown("SHOW RK ADDRESS") == "RK: address=774400-774417\n");
    CHECK(s.shown("SHOW RL ADDRESS") == "RL: address=777400-777407\n");
    REQUIRE(s.run("REVERT before") == "");
    REQUIRE(s.run("REVERT crossed") == "");
    CHECK(s.shown("SHOW RK ADDRESS") == "RK: address=774400-774417\n");
    // The registers answer where they went: RLCS (RL+0) at 777400, RKCS (RK+4) at 774404.
    REQUIRE(s.run("DEPOSIT RL RLBA 1234") == "");
    CHECK(s.shown("EXAMINE 777402") == "777402:\t001234\n");
    REQUIRE(s.run("DEPOSIT RK RKBA 4320") == "");
    CHECK(s.shown("EXAMINE 774410") == "774410:\t004320\n");
}

TEST_CASE("A set of Unibus moves that collides is refused whole", "[pdp11][scp][state]") {
    Pdp11Session s;
    pdp11::Unibus& bus = s.machine().unibus();
    auto* rk = bus.device_at(0777400);
    auto* rl = bus.device_at(0774400);
    REQUIRE(rk != nullptr);
    REQUIRE(rl != nullptr);
    // Trading places works; both onto one place does not, and nothing moves.
    REQUIRE(bus.move_devices({{rk, 0774400}, {rl, 0777400}}));
    CHECK(bus.device_at(0774400) == rk);
    CHECK(bus.device_at(0777400) == rl);
    const Status clash = bus.move_devices({{rk, 0764000}, {rl, 0764004}});
    CHECK(clash.message() == "RL ADDRESS=764004: 764004 belongs to RK");
    CHECK(bus.device_at(0774400) == rk);
    CHECK(bus.device_at(0777400) == rl);
    CHECK(bus.device_at(0764000) == nullptr);
    // A place the processor's own registers hold (the PSW at 777776) refuses too.
    CHECK(bus.move_devices({{rk, 0777760}}).message() == "RK ADDRESS=777760: 777760 belongs to the processor");
}

TEST_CASE("RESTORE of two Q22-bus devices that traded addresses", "[vax][scp][state]") {
    Session s("vax");
    TempDir dir;
    // RQ (772150, 4 bytes) and TQ (774500, 4 bytes) trade places through a free one.
    REQUIRE(s.run("SET RQ ADDRESS=760334") == "");
    REQUIRE(s.run("SET TQ ADDRESS=772150") == "");
    REQUIRE(s.run("SET RQ ADDRESS=774500") == "");
    REQUIRE(s.run("SAVE " + dir.file("crossed.sav")) == "");
    REQUIRE(s.run("SET RQ ADDRESS=760334") == "");
    REQUIRE(s.run("SET TQ ADDRESS=774500") == "");
    REQUIRE(s.run("SET RQ ADDRESS=772150") == "");
    REQUIRE(s.run("RESTORE " + dir.file("crossed.sav")) == "");
    CHECK(s.shown("SHOW RQ ADDRESS") == "RQ: address=774500-774503\n");
    CHECK(s.shown("SHOW TQ ADDRESS") == "TQ: address=772150-772153\n");
}
