// The condition-code helpers of psw.hpp: cc_add and cc_sub (from the host's flags on
// x86-64) and their portable forms agree with the PDP-11 handbook's definitions, written
// out bit by bit here.
#include <catch2/catch.hpp>
#include <cstdint>
#include <vector>

#include "machines/pdp11/cpu/psw.hpp"

using namespace simmon::pdp11::psw;

namespace {

// Handbook definitions for r = a + b and r = a - b on `bits`-bit operands.
std::uint16_t reference_add(unsigned a, unsigned b, unsigned bits) {
    const unsigned mask = (1u << bits) - 1, sign = 1u << (bits - 1);
    const unsigned r = (a + b) & mask;
    const bool v = ((a & sign) == (b & sign)) && ((r & sign) != (a & sign));
    return static_cast<std::uint16_t>(((r & sign) ? kN : 0) | (r == 0 ? kZ : 0) | (v ? kV : 0) |
                                      (a + b > mask ? kC : 0));
}

std::uint16_t reference_sub(unsigned a, unsigned b, unsigned bits) {
    const unsigned mask = (1u << bits) - 1, sign = 1u << (bits - 1);
    const unsigned r = (a - b) & mask;
    const bool v = ((a & sign) != (b & sign)) && ((r & sign) != (a & sign));
    return static_cast<std::uint16_t>(((r & sign) ? kN : 0) | (r == 0 ? kZ : 0) | (v ? kV : 0) | (a < b ? kC : 0));
}

}  // namespace

TEST_CASE("cc_add and cc_sub on every pair of bytes", "[pdp11][psw]") {
    int mismatches = 0;
    for (unsigned a = 0; a < 256; ++a) {
        for (unsigned b = 0; b < 256; ++b) {
            std::uint8_t r = 0;
            const auto x = static_cast<std::uint8_t>(a), y = static_cast<std::uint8_t>(b);
            if (cc_add<std::uint8_t>(x, y, r) != reference_add(a, b, 8) || r != ((a + b) & 0377)) ++mismatches;
            if (cc_sub<std::uint8_t>(x, y, r) != reference_sub(a, b, 8) || r != ((a - b) & 0377)) ++mismatches;
            if (cc_add_portable<std::uint8_t>(x, y, r) != reference_add(a, b, 8) || r != ((a + b) & 0377))
                ++mismatches;
            if (cc_sub_portable<std::uint8_t>(x, y, r) != reference_sub(a, b, 8) || r != ((a - b) & 0377))
                ++mismatches;
        }
    }
    CHECK(mismatches == 0);
}

TEST_CASE("cc_add and cc_sub on words around every carry and sign boundary", "[pdp11][psw]") {
    std::vector<unsigned> values;
    for (unsigned base : {0u, 0100000u, 0177777u, 077777u, 1u, 0200u, 0377u, 0400u})
        for (int d = -3; d <= 3; ++d) values.push_back(static_cast<unsigned>(base + d) & 0177777);
    for (unsigned x = 1; x < 0200000; x = x * 5 + 3) values.push_back(x & 0177777);
    for (unsigned a : values) {
        for (unsigned b : values) {
            std::uint16_t r = 0;
            INFO("a=" << a << " b=" << b);
            CHECK(cc_add<std::uint16_t>(static_cast<std::uint16_t>(a), static_cast<std::uint16_t>(b), r) ==
                  reference_add(a, b, 16));
            CHECK(r == ((a + b) & 0177777));
            CHECK(cc_sub<std::uint16_t>(static_cast<std::uint16_t>(a), static_cast<std::uint16_t>(b), r) ==
                  reference_sub(a, b, 16));
            CHECK(r == ((a - b) & 0177777));
            CHECK(cc_add_portable<std::uint16_t>(static_cast<std::uint16_t>(a), static_cast<std::uint16_t>(b), r) ==
                  reference_add(a, b, 16));
            CHECK(r == ((a + b) & 0177777));
            CHECK(cc_sub_portable<std::uint16_t>(static_cast<std::uint16_t>(a), static_cast<std::uint16_t>(b), r) ==
                  reference_sub(a, b, 16));
            CHECK(r == ((a - b) & 0177777));
        }
    }
}
