// EBCDIC <-> ASCII for the graphic characters (System/360 Reference Data card GX20-1703,
// code page 037). Unassigned codes map to EBCDIC X'40' (blank) one way and '.' the other.
#include "machines/s360/asm360/ebcdic.hpp"

#include <array>

namespace simmon::s360::asm360 {
namespace {

struct Tables {
    std::array<std::uint8_t, 256> to_ebcdic{};
    std::array<char, 256> to_ascii{};
    constexpr Tables() {
        for (auto& c : to_ebcdic) c = 0x40;
        for (auto& c : to_ascii) c = '.';
        auto pair = [this](char a, std::uint8_t e) {
            to_ebcdic[static_cast<unsigned char>(a)] = e;
            to_ascii[e] = a;
        };
        constexpr std::string_view kSpecials = " .<(+|&!$*);^-/,%_>?`:#@'=\"~[]{}\\";
        constexpr std::uint8_t kSpecialCodes[] = {0x40, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F, 0x50, 0x5A,
                                                  0x5B, 0x5C, 0x5D, 0x5E, 0x5F, 0x60, 0x61, 0x6B,
                                                  0x6C, 0x6D, 0x6E, 0x6F, 0x79, 0x7A, 0x7B, 0x7C,
                                                  0x7D, 0x7E, 0x7F, 0xA1, 0xBA, 0xBB, 0xC0, 0xD0,
                                                  0xE0};
        for (std::size_t i = 0; i < kSpecials.size(); ++i) pair(kSpecials[i], kSpecialCodes[i]);
        for (int i = 0; i < 9; ++i) {
            pair(static_cast<char>('A' + i), static_cast<std::uint8_t>(0xC1 + i));
            pair(static_cast<char>('J' + i), static_cast<std::uint8_t>(0xD1 + i));
            pair(static_cast<char>('a' + i), static_cast<std::uint8_t>(0x81 + i));
            pair(static_cast<char>('j' + i), static_cast<std::uint8_t>(0x91 + i));
        }
        for (int i = 0; i < 8; ++i) {
            pair(static_cast<char>('S' + i), static_cast<std::uint8_t>(0xE2 + i));
            pair(static_cast<char>('s' + i), static_cast<std::uint8_t>(0xA2 + i));
        }
        for (int i = 0; i < 10; ++i) pair(static_cast<char>('0' + i), static_cast<std::uint8_t>(0xF0 + i));
    }
};

constexpr Tables kTables;

}  // namespace

std::uint8_t ascii_to_ebcdic(unsigned char c) { return kTables.to_ebcdic[c]; }
char ebcdic_to_ascii(std::uint8_t c) { return kTables.to_ascii[c]; }

}  // namespace simmon::s360::asm360
