// The DELQA (XQ) on the KA655's Q22 bus: its registers at 20001920 (774440), and the VAR's
// vector, which moves the controller's bus request and stays where the driver put it
// across a reset.
#include <catch2/catch.hpp>

#include "core/machine/machine.hpp"
#include "machines/vax/vax_machine.hpp"

using namespace simmon;
using namespace simmon::vax;

TEST_CASE("DELQA on the Q22 bus: PROM, VAR vector through a reset", "[vax][delqa]") {
    VaxMachine m;
    VaxSystem& sys = m.system();
    std::uint32_t v = 0;
    // Station address PROM: 08-00-2B-AA-BB-CC, a byte in each word's low half.
    REQUIRE(sys.read(0x20001920, 2, v));
    CHECK(v == 0xFF08);
    REQUIRE(sys.read(0x2000192A, 2, v));
    CHECK(v == 0xFFCC);
    // CSR after power-up: RL, XL, OK; VAR with vector 120.
    REQUIRE(sys.read(0x2000192E, 2, v));
    CHECK(v == 010060);
    REQUIRE(sys.read(0x2000192C, 2, v));
    CHECK(v == 0120);
    // The driver moves the vector to 154: VAR shows it, and so does SHOW XQ VECTOR.
    REQUIRE(sys.write(0x2000192C, 2, 0154));
    REQUIRE(sys.read(0x2000192C, 2, v));
    CHECK(v == 0154);
    m.reset();
    REQUIRE(sys.read(0x2000192C, 2, v));
    CHECK(v == 0154);
    for (const Modifier& mod : m.find_device("XQ")->modifiers())
        if (mod.name == "MAC") CHECK(mod.show(nullptr) == "MAC=08-00-2B-AA-BB-CC");
}
