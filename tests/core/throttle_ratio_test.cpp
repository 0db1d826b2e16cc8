// SIMH's SET THROTTLE x/t: x instructions every t milliseconds, paced evenly.
#include <catch2/catch.hpp>

#include "core/machine/throttle.hpp"

using namespace simmon;

TEST_CASE("throttle x/t is x instructions every t milliseconds", "[throttle]") {
    Throttle t;
    REQUIRE(t.configure("1000/10").is_ok());
    CHECK(t.rate() == 100'000);
    CHECK(t.describe() == "throttled to 1000/10 (100K instructions per second)");
    REQUIRE(t.configure("2M/1").is_ok());
    CHECK(t.rate() == 2'000'000'000);
    REQUIRE(t.configure("1/1000").is_ok());
    CHECK(t.rate() == 1);
    for (const char* bad : {"1000/0", "/10", "1000/", "x/10", "10/y", "0/10", "10/5000000"}) {
        INFO(bad);
        CHECK_FALSE(t.configure(bad).is_ok());
    }
    CHECK(t.rate() == 1);  // a bad spec changes nothing
    REQUIRE(t.configure("5M").is_ok());
    CHECK(t.describe() == "throttled to 5M instructions per second");
}
