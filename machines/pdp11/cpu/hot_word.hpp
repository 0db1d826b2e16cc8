// A 16-bit value kept in a 32-bit cell, for the CPU state that one instruction stores
// and the next reloads: the general registers (the PC above all), the condition codes
// and MMR1's record of register changes.
//
// Why: x86 hosts hand a 32-bit store straight on to a 32-bit load of the same place,
// but a 16- or 8-bit store followed by a load of it costs several cycles. A chain of
// such round trips through the PC was what bounded the instruction rate (measured on a
// Zen 4 host: 1.9 ns per step of a 16-bit store-and-reload chain, 0.6 ns at 32 bits).
//
// Reads give an int holding 0..65535, which is exactly what the integer promotion of a
// uint16_t gives, so expressions written for 16-bit registers keep their meaning; writes
// take a uint16_t, so the cell never holds more than 16 bits. The empty asm keeps the
// compiler from narrowing the load back to 16 bits where only the low half is used.
#pragma once
#include <cstdint>

namespace simmon::pdp11 {

class HotWord {
public:
    constexpr HotWord() = default;
    constexpr HotWord(std::uint16_t v) : cell_(v) {}  // NOLINT: behaves as a uint16_t
    HotWord& operator=(std::uint16_t v) {
        cell_ = v;
        return *this;
    }
    operator int() const {  // NOLINT: reads as the promoted uint16_t
        std::uint32_t v = cell_;
#if defined(__GNUC__)
        asm("" : "+r"(v));
        if (v > 0xFFFFu) __builtin_unreachable();
#endif
        return static_cast<int>(v);
    }
    std::uint16_t value() const { return static_cast<std::uint16_t>(static_cast<int>(*this)); }

private:
    std::uint32_t cell_ = 0;
};

}  // namespace simmon::pdp11
