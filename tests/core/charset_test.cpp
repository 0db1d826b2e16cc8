// EBCDIC (code page 037) <-> Latin-1: the letters, digits and punctuation IBM documents,
// and a one-to-one mapping both ways.
#include <catch2/catch.hpp>

#include "core/text/charset.hpp"

using namespace simmon;

TEST_CASE("CP037 letters, digits and punctuation", "[charset]") {
    CHECK(latin1_to_ebcdic('A') == 0xC1);
    CHECK(latin1_to_ebcdic('I') == 0xC9);
    CHECK(latin1_to_ebcdic('J') == 0xD1);
    CHECK(latin1_to_ebcdic('S') == 0xE2);
    CHECK(latin1_to_ebcdic('Z') == 0xE9);
    CHECK(latin1_to_ebcdic('a') == 0x81);
    CHECK(latin1_to_ebcdic('z') == 0xA9);
    CHECK(latin1_to_ebcdic('0') == 0xF0);
    CHECK(latin1_to_ebcdic('9') == 0xF9);
    CHECK(latin1_to_ebcdic(' ') == 0x40);
    CHECK(latin1_to_ebcdic('.') == 0x4B);
    CHECK(latin1_to_ebcdic('$') == 0x5B);
    CHECK(latin1_to_ebcdic('[') == 0xBA);
    CHECK(latin1_to_ebcdic('|') == 0x4F);
    CHECK(ebcdic_to_latin1(0x25) == '\n');  // LF
    CHECK(ebcdic_to_latin1(0x15) == 0x85);  // NL is Latin-1 NEL
}

TEST_CASE("CP037 is one-to-one", "[charset]") {
    for (int c = 0; c < 256; ++c) {
        INFO(c);
        CHECK(ebcdic_to_latin1(latin1_to_ebcdic(static_cast<std::uint8_t>(c))) == c);
        CHECK(latin1_to_ebcdic(ebcdic_to_latin1(static_cast<std::uint8_t>(c))) == c);
    }
    CHECK(guest_to_host_char(CharacterSet::Ascii, 0xC1) == 0xC1);
    CHECK(guest_to_host_char(CharacterSet::Ebcdic, 0xC1) == 'A');
    CHECK(host_to_guest_char(CharacterSet::Ebcdic, 'A') == 0xC1);
}
