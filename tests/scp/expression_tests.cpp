#include <catch2/catch.hpp>

#include "scp-console/expression/expression.hpp"
#include "scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;

namespace {
std::uint64_t eval(std::string_view text, Radix radix = Radix::Octal) {
    ExpressionContext ctx;
    ctx.radix = radix;
    ctx.symbol = [](std::string_view name, std::uint64_t& v) {
        if (name == "R0") { v = 5; return true; }
        if (name == "PC") { v = 01000; return true; }
        return false;
    };
    ctx.memory = [](std::uint64_t a, std::uint64_t& v) { v = a + 1; return a < 0100; };
    std::uint64_t v = 0;
    Status s = evaluate(text, ctx, v);
    if (!s) throw std::runtime_error(s.message());
    return v;
}
std::string error_of(std::string_view text) {
    try {
        eval(text);
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}
}  // namespace

TEST_CASE("numbers in the machine radix and explicit radixes", "[expression]") {
    CHECK(eval("17") == 15);
    CHECK(eval("17", Radix::Decimal) == 17);
    CHECK(eval("17", Radix::Hex) == 0x17);
    CHECK(eval("FF", Radix::Hex) == 255);
    CHECK(eval("0x1F") == 31);
    CHECK(eval("0o17", Radix::Hex) == 15);
    CHECK(eval("0d19") == 19);
    CHECK(eval("0b101") == 5);
    CHECK(eval("19.") == 19);
    CHECK(eval("'A'") == 65);
    CHECK(error_of("19") == "Invalid octal number: 19");
}

TEST_CASE("operators and precedence follow C", "[expression]") {
    CHECK(eval("1+2*3") == 7);
    CHECK(eval("(1+2)*3") == 9);
    CHECK(eval("10-2-1") == 5);     // octal 10 = 8, left associative
    CHECK(eval("20/3") == 5);       // 16/3
    CHECK(eval("20%3") == 1);
    CHECK(eval("1<<4|1") == 021);
    CHECK(eval("7&~2") == 5);
    CHECK(eval("6^3") == 5);
    CHECK(eval("-1") == ~std::uint64_t{0});
    CHECK(eval("!0 + !5") == 1);
    CHECK(eval("1 == 1 && 2 != 3") == 1);
    CHECK(eval("1 < 2 || 0") == 1);
    CHECK(eval("3 >= 4") == 0);
    CHECK(eval("1 + 2 == 3") == 1);  // comparison binds looser than +
    CHECK(eval("377 >> 4") == 017);
}

TEST_CASE("registers and memory in expressions", "[expression]") {
    CHECK(eval("R0 * 2") == 10);
    CHECK(eval("PC + 2") == 01002);
    CHECK(eval("[10]") == 011);
    CHECK(error_of("[200]") == "Cannot read memory at 200");
    CHECK(error_of("R9") == "Unknown name in expression: R9");
}

TEST_CASE("malformed expressions give messages", "[expression]") {
    CHECK(error_of("") == "Expression expected");
    CHECK(error_of("(1+2") == "Missing ) in expression");
    CHECK(error_of("1/0") == "Division by zero");
    CHECK(error_of("1 +") == "Operand missing after +");
    CHECK(error_of("1 2") == "Unexpected text after expression: 2");
    CHECK(error_of("#") == "Unexpected '#' in expression");
}

TEST_CASE("a prefix evaluation stops where the IF action starts", "[expression]") {
    ExpressionContext ctx;
    ctx.symbol = [](std::string_view n, std::uint64_t& v) { v = 0; return n == "R0"; };
    std::uint64_t v = 9;
    std::size_t used = 0;
    const std::string_view text = "R0 == 0 goto done";
    REQUIRE(evaluate_prefix(text, ctx, v, used));
    CHECK(v == 1);
    CHECK(text.substr(used) == "goto done");
}

TEST_CASE("EVALUATE uses the machine's registers and radix", "[expression]") {
    testing::Session s;
    REQUIRE(s.run("DEPOSIT A 12") == "");
    REQUIRE(s.run("EVALUATE A*2+1") == "");
    CHECK(s.take() == "25\n");
    REQUIRE(s.run("EVALUATE -d A") == "");
    CHECK(s.take() == "10\n");
    REQUIRE(s.run("EVAL TTY.POLL") != "");  // POLL is a modifier, not a register
    REQUIRE(s.run("EVAL TTY.READY + [0]") == "");
    CHECK(s.take() == "0\n");
}

TEST_CASE("on a hex machine 0D10 and 0B20 are numbers, not radix prefixes", "[expression]") {
    CHECK(eval("0D10", Radix::Hex) == 0xD10);
    CHECK(eval("0b20", Radix::Hex) == 0xB20);
    CHECK(eval("0x10", Radix::Hex) == 0x10);
    CHECK(eval("0o17", Radix::Hex) == 017);
    CHECK(eval("0d10", Radix::Octal) == 10);
    CHECK(eval("0b101", Radix::Octal) == 5);
    std::uint64_t v = 0;
    REQUIRE(parse_literal("0DB", Radix::Hex, v));
    CHECK(v == 0xDB);
}
