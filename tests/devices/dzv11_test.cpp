// The DZ11 code as a DZV11 (the VAX's Q-bus multiplexer): four lines, so the TCR keeps
// DTR and line enable for lines 0-3 only, the LPR's line number is two bits, and the
// transmitter scanner offers lines 0-3 in turn; LINES=4 is its one count.
#include <catch2/catch.hpp>

#include <set>

#include "devices/dec/dz11.hpp"
#include "tests/devices/device_test_support.hpp"

using namespace simmon;
using namespace simmon::dec;
using namespace simmon::test;

namespace {
constexpr std::uint32_t CSR = 0760100, LPR = 0760102, TCR = 0760104, TDR = 0760106;
constexpr std::uint16_t kMse = 040, kTrdy = 0100000;
}  // namespace

TEST_CASE("DZV11: four lines in the TCR, the LPR and the scanner", "[dz11][dzv11]") {
    DeviceTestMachine m(0200000, 22);
    auto& dz = m.add<Dz11>(Dz11::kDzvLines);
    CHECK(dz.lines() == 4);
    CHECK(dz.description() == "DZV11 4-line terminal multiplexer");
    wr(dz, TCR, 0177777);
    CHECK(rd(dz, TCR) == 007417);  // DTR 11:8 and enable 3:0
    // LPR line 5 is line 1 on a DZV11: its 8-bit setting shows in the LPR register array.
    wr(dz, LPR, static_cast<std::uint16_t>(010000 | 030 | 5));
    CHECK(dz.find_register("LPR")->depth == 4);
    CHECK(dz.find_register("LPR")->value(1) == (010000 | 030 | 5));
    // The scanner offers lines 0-3 only.
    wr(dz, CSR, kMse);
    std::set<int> offered;
    for (int i = 0; i < 12; ++i) {
        m.advance(msec(250));  // past a character at 50 baud, the LPR speed 0
        const std::uint16_t csr = rd(dz, CSR);
        REQUIRE(csr & kTrdy);
        offered.insert((csr >> 8) & 7);
        wr(dz, TDR, 'x');  // a character for the offered line: the scanner moves on
    }
    CHECK(offered == std::set<int>{0, 1, 2, 3});
}

TEST_CASE("DZV11: LINES=4 only", "[dz11][dzv11]") {
    DeviceTestMachine m(0200000, 22);
    m.add<Dz11>(Dz11::kDzvLines);
    CHECK(set_modifier(m, "DZ", "LINES", "4"));
    const Status s = set_modifier(m, "DZ", "LINES", "8");
    CHECK(!s);
    CHECK(s.message().find("it has 4 lines") != std::string::npos);
}
