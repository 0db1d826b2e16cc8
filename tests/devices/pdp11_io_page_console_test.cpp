// The console's physical addresses on a PDP-11 whose memory reaches the I/O page: the top
// 8K of the address space is the I/O page there (760000-777777 on an 18-bit 11/40 with
// 256K, 17760000-17777777 on a 4M 11/70), as the processor and SIMH see it, and EXAMINE
// ALL and DEPOSIT ALL cover the memory below it (issue 8).
#include <catch2/catch.hpp>

#include "tests/support/pdp11_session.hpp"

using namespace simmon;
using namespace simmon::test;

namespace {
std::string shown(Pdp11Session& s, const std::string& command) {
    s.take();
    REQUIRE(s.run(command) == "");
    return s.take();
}
}  // namespace

TEST_CASE("EXAMINE and DEPOSIT at 760000-777777 reach the I/O page on a 256K 11/40", "[pdp11][scp]") {
    Pdp11Session s;
    REQUIRE(s.run("SET CPU 11/40, 256K") == "");
    REQUIRE(s.run("DEPOSIT PSW 17") == "");
    CHECK(shown(s, "EXAMINE 777776") == "777776:\t000017\n");  // the PSW, not memory
    REQUIRE(s.run("DEPOSIT 777776 4") == "");
    CHECK(shown(s, "EXAMINE PSW") == "PSW:\t000004\n");
    // The KW11-L's LKS at 777546, through the bus.
    REQUIRE(s.run("DEPOSIT 777546 100") == "");
    CHECK(shown(s, "EXAMINE CLK LKS").find("000100") != std::string::npos);
    // Nothing answers at 760000: a bus timeout, not memory.
    CHECK(s.run("EXAMINE 760000") != "");
    CHECK(s.run("DEPOSIT 760000 1") != "");
    // Expressions read the same way.
    REQUIRE(s.run("DEPOSIT PSW 3") == "");
    CHECK(shown(s, "EVALUATE [777776]") == "3\n");
    // Memory below the I/O page is memory, and ALL is all of it.
    REQUIRE(s.run("DEPOSIT 757776 1234") == "");
    CHECK(shown(s, "EXAMINE 757776") == "757776:\t001234\n");
    REQUIRE(s.run("DEPOSIT ALL 0") == "");
    CHECK(shown(s, "EXAMINE 757776") == "757776:\t000000\n");
    const std::string all = shown(s, "EXAMINE ALL");
    CHECK(all.ends_with("757776:\t000000\n"));
    CHECK(all.find("760000:") == std::string::npos);
}

TEST_CASE("The 4M 11/70's I/O page is at 17760000-17777777 for the console", "[pdp11][scp]") {
    Pdp11Session s;
    REQUIRE(s.run("SET CPU 11/70, 4M") == "");
    REQUIRE(s.run("DEPOSIT PSW 5") == "");
    CHECK(shown(s, "EXAMINE 17777776") == "17777776:\t000005\n");
    REQUIRE(s.run("DEPOSIT 17757776 4321") == "");
    CHECK(shown(s, "EXAMINE 17757776") == "17757776:\t004321\n");
    CHECK(s.run("EXAMINE 17760000") != "");
    // Below 256K nothing changes: 760000 is memory on a 22-bit machine.
    REQUIRE(s.run("DEPOSIT 777776 7") == "");
    CHECK(shown(s, "EXAMINE 777776") == "777776:\t000007\n");
    CHECK(shown(s, "EXAMINE PSW") == "PSW:\t000005\n");
}
