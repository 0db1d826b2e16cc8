#include <catch2/catch.hpp>

#include "core/text/case_compare.hpp"
#include "core/text/numbers.hpp"

using namespace simmon;

TEST_CASE("parse_number in each radix", "[text]") {
    std::uint64_t v = 99;
    CHECK(parse_number("177777", Radix::Octal, v));
    CHECK(v == 0177777);
    CHECK(parse_number("ff", Radix::Hex, v));
    CHECK(v == 0xFF);
    CHECK(parse_number("1234", Radix::Decimal, v));
    CHECK(v == 1234);
    CHECK(parse_number("FFFFFFFFFFFFFFFF", Radix::Hex, v));
    CHECK(v == ~std::uint64_t{0});
    v = 7;
    CHECK_FALSE(parse_number("8", Radix::Octal, v));
    CHECK_FALSE(parse_number("", Radix::Octal, v));
    CHECK_FALSE(parse_number("12 ", Radix::Decimal, v));
    CHECK_FALSE(parse_number("10000000000000000", Radix::Hex, v));  // 65 bits
    CHECK(v == 7);
}

TEST_CASE("format_number pads to the width", "[text]") {
    CHECK(format_number(01000, Radix::Octal, 16) == "001000");
    CHECK(format_number(0177777, Radix::Octal, 16) == "177777");
    CHECK(format_number(5, Radix::Octal, 8) == "005");
    CHECK(format_number(0xAB, Radix::Hex, 16) == "00AB");
    CHECK(format_number(0xAB, Radix::Hex, 0) == "AB");
    CHECK(format_number(42, Radix::Decimal, 16) == "42");
    CHECK(format_number(0, Radix::Octal, 0) == "0");
    CHECK(format_number(~std::uint64_t{0}, Radix::Octal, 64) == "1777777777777777777777");
    CHECK(digits_for_width(Radix::Decimal, 16) == 5);
    CHECK(digits_for_width(Radix::Octal, 22) == 8);
}

TEST_CASE("case-insensitive names", "[text]") {
    CHECK(iequals("rk0", "RK0"));
    CHECK_FALSE(iequals("rk0", "RK1"));
    CHECK_FALSE(iequals("rk", "RK0"));
    CHECK(istarts_with("SHOW", "sh"));
    CHECK(to_upper("dl11") == "DL11");
}
