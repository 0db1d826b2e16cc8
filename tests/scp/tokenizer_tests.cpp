#include <catch2/catch.hpp>

#include "scp-console/command/tokenizer.hpp"

using namespace simmon;
using namespace simmon::scp;

TEST_CASE("escapes decode", "[tokenizer]") {
    std::string out;
    REQUIRE(decode_escapes(R"(a\r\n\t\\\"\101\x41\0)", out));
    CHECK(out == std::string("a\r\n\t\\\"AA\0", 9));
    CHECK_FALSE(decode_escapes(R"(bad\q)", out));
    CHECK_FALSE(decode_escapes("trailing\\", out));
    CHECK_FALSE(decode_escapes(R"(\x)", out));
    REQUIRE(decode_escapes(R"(\1011)", out));  // at most three octal digits
    CHECK(out == "A1");
}

TEST_CASE("cursor reads words, strings and switches", "[tokenizer]") {
    Cursor c(R"(  -m -rw 1000 "quoted \"s\" here" tail words  )");
    const Switches s = c.take_switches();
    CHECK(has_switch(s, 'm'));
    CHECK(has_switch(s, 'r'));
    CHECK(has_switch(s, 'w'));
    CHECK_FALSE(has_switch(s, 'a'));
    CHECK(c.next_word() == "1000");
    std::string str;
    bool quoted = false;
    REQUIRE(c.next_string(str, &quoted));
    CHECK(quoted);
    CHECK(str == "quoted \"s\" here");
    CHECK(c.rest() == "tail words");
    CHECK(c.next_word() == "tail");
    CHECK(c.next_word() == "words");
    CHECK(c.at_end());
}

TEST_CASE("negative numbers are not switches", "[tokenizer]") {
    Cursor c("-1 -x");
    CHECK(c.take_switches() == 0);
    CHECK(c.next_word() == "-1");
    CHECK(is_switch_word("-x"));
    CHECK_FALSE(is_switch_word("-"));
    CHECK_FALSE(is_switch_word("-5"));
}

TEST_CASE("unterminated quote is an error", "[tokenizer]") {
    Cursor c(R"("no end)");
    std::string s;
    Status st = c.next_string(s);
    REQUIRE_FALSE(st);
    CHECK(st.message().find("Missing closing") != std::string::npos);
}

TEST_CASE("action lists split outside quotes", "[tokenizer]") {
    auto parts = split_actions(R"(EXAMINE R0; ECHO "a;b" ;; CONTINUE )");
    REQUIRE(parts.size() == 3);
    CHECK(parts[0] == "EXAMINE R0");
    CHECK(parts[1] == R"(ECHO "a;b")");
    CHECK(parts[2] == "CONTINUE");
    auto items = split_items("A, B  C=1,\"x y\"");
    REQUIRE(items.size() == 4);
    CHECK(items[3] == "\"x y\"");
}
