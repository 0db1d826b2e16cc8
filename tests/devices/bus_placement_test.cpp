// SET dev ADDRESS=/VECTOR= at the console on the PDP-11's Unibus: a moved device keeps its
// place through RESET (as SIMH's DIB does), and ADDRESS=DEFAULT, VECTOR=DEFAULT and
// AUTOCONFIGURE put back the standard ones (devices/dec/bus_device.cpp; the VAX's Q22 bus
// has the same in tests/vax/qbus_test.cpp).
#include <catch2/catch.hpp>

#include "tests/support/pdp11_session.hpp"

using namespace simmon;
using namespace simmon::test;

TEST_CASE("Unibus: moved address and vectors stay through RESET; DEFAULT and AUTOCONFIGURE restore them", "[pdp11][scp][simh]") {
    Pdp11Session s;
    REQUIRE(s.run("SET DZ ADDRESS=760120") == "");
    REQUIRE(s.run("SET DZ VECTOR=320") == "");
    REQUIRE(s.run("RESET") == "");
    s.take();
    REQUIRE(s.run("SHOW DZ ADDRESS") == "");
    CHECK(s.take() == "DZ: address=760120-760127\n");
    REQUIRE(s.run("SHOW DZ VECTOR") == "");
    CHECK(s.take() == "DZ: vector=320-324\n");
    REQUIRE(s.run("SET DZ ADDRESS=DEFAULT") == "");
    REQUIRE(s.run("SHOW DZ ADDRESS") == "");
    CHECK(s.take() == "DZ: address=760100-760107\n");
    REQUIRE(s.run("SHOW DZ VECTOR") == "");
    CHECK(s.take() == "DZ: vector=320-324\n");
    REQUIRE(s.run("SET DZ VECTOR=DEFAULT") == "");
    REQUIRE(s.run("SHOW DZ VECTOR") == "");
    CHECK(s.take() == "DZ: vector=300-304\n");
    REQUIRE(s.run("SET DZ ADDRESS=760120,VECTOR=320") == "");
    REQUIRE(s.run("SET DZ AUTOCONFIGURE") == "");
    REQUIRE(s.run("SHOW DZ ADDRESS") == "");
    CHECK(s.take() == "DZ: address=760100-760107\n");
    REQUIRE(s.run("SHOW DZ VECTOR") == "");
    CHECK(s.take() == "DZ: vector=300-304\n");
}
