// Processor status word fields and the condition-code arithmetic every instruction
// group shares. Condition codes are computed as bit masks, not with branches.
#pragma once
#include <array>
#include <cstdint>
#include <type_traits>

namespace simmon::pdp11::psw {

inline constexpr std::uint16_t kC = 1;
inline constexpr std::uint16_t kV = 2;
inline constexpr std::uint16_t kZ = 4;
inline constexpr std::uint16_t kN = 8;
inline constexpr std::uint16_t kCC = 017;
inline constexpr std::uint16_t kT = 020;
inline constexpr std::uint16_t kPriority = 0340;
inline constexpr std::uint16_t kRegisterSet = 04000;
inline constexpr std::uint16_t kPreviousMode = 030000;
inline constexpr std::uint16_t kCurrentMode = 0140000;

inline constexpr int kKernel = 0;
inline constexpr int kSupervisor = 1;
inline constexpr int kUser = 3;

constexpr int current_mode(std::uint16_t p) { return p >> 14; }
constexpr int previous_mode(std::uint16_t p) { return (p >> 12) & 3; }
constexpr int priority(std::uint16_t p) { return (p >> 5) & 7; }

// N and Z of a word or byte result.
constexpr std::uint16_t nz_word(std::uint16_t r) {
    return static_cast<std::uint16_t>(((r >> 12) & kN) | (r == 0 ? kZ : 0));
}
constexpr std::uint16_t nz_byte(std::uint8_t r) {
    return static_cast<std::uint16_t>(((r >> 4) & kN) | (r == 0 ? kZ : 0));
}

// V for r = a + b and r = a - b (sign bit of `sign`: 0100000 for words, 0200 for bytes).
constexpr std::uint16_t v_add(unsigned a, unsigned b, unsigned r, unsigned sign) {
    return ((~(a ^ b) & (a ^ r)) & sign) ? kV : 0;
}
constexpr std::uint16_t v_sub(unsigned a, unsigned b, unsigned r, unsigned sign) {  // r = a - b
    return (((a ^ b) & (a ^ r)) & sign) ? kV : 0;
}

// r = a + b and r = a - b with all four condition codes, for words (T = uint16_t) and
// bytes (uint8_t), written portably: the checked-arithmetic builtins give V and C (carry,
// or borrow for a subtraction, as the PDP-11 defines C there).
template <typename T>
constexpr std::uint16_t cc_add_portable(T a, T b, T& r) {
    using S = std::make_signed_t<T>;
    S signed_r;
    const bool v = __builtin_add_overflow(static_cast<S>(a), static_cast<S>(b), &signed_r);
    const bool c = __builtin_add_overflow(a, b, &r);
    return static_cast<std::uint16_t>((signed_r < 0 ? kN : 0) | (signed_r == 0 ? kZ : 0) | (v ? kV : 0) | (c ? kC : 0));
}
template <typename T>
constexpr std::uint16_t cc_sub_portable(T a, T b, T& r) {
    using S = std::make_signed_t<T>;
    S signed_r;
    const bool v = __builtin_sub_overflow(static_cast<S>(a), static_cast<S>(b), &signed_r);
    const bool c = __builtin_sub_overflow(a, b, &r);
    return static_cast<std::uint16_t>((signed_r < 0 ? kN : 0) | (signed_r == 0 ? kZ : 0) | (v ? kV : 0) | (c ? kC : 0));
}

#if defined(__x86_64__) && defined(__GNUC__)
// On x86-64 the host's ADD and SUB set the same four flags (CF is the borrow of a SUB, as
// the PDP-11's C): LAHF copies SF, ZF and CF to AH and SETO gives OF, and a 256-entry
// table turns AH into N, Z and C. That is 7 host instructions where the portable form
// takes about 18, on the commonest instructions there are. (LAHF in 64-bit mode needs
// CPUID's LAHF-SAHF bit, which every x86-64 processor since 2005 has; x86-64-v2 requires
// it.)
namespace detail {
constexpr std::array<std::uint8_t, 256> nzc_from_ah() {
    std::array<std::uint8_t, 256> t{};
    for (unsigned ah = 0; ah < 256; ++ah)
        t[ah] = static_cast<std::uint8_t>(((ah & 0x80) ? kN : 0) | ((ah & 0x40) ? kZ : 0) | ((ah & 0x01) ? kC : 0));
    return t;
}
inline constexpr std::array<std::uint8_t, 256> kNzcFromAh = nzc_from_ah();
inline std::uint16_t cc_from_lahf_seto(std::uint32_t ax) {  // AH from LAHF, AL from SETO
    return static_cast<std::uint16_t>(kNzcFromAh[(ax >> 8) & 0xFF] | ((ax & 1) << 1));
}
}  // namespace detail

template <typename T>
inline std::uint16_t cc_add(T a, T b, T& r) {
    static_assert(sizeof(T) <= 2);
    std::uint32_t ax;
    if constexpr (sizeof(T) == 2)
        asm("addw %w[b], %w[a]\n\tlahf\n\tseto %%al" : [a] "+r"(a), "=&a"(ax) : [b] "r"(b) : "cc");
    else
        asm("addb %b[b], %b[a]\n\tlahf\n\tseto %%al" : [a] "+q"(a), "=&a"(ax) : [b] "q"(b) : "cc");
    r = a;
    return detail::cc_from_lahf_seto(ax);
}
template <typename T>
inline std::uint16_t cc_sub(T a, T b, T& r) {
    static_assert(sizeof(T) <= 2);
    std::uint32_t ax;
    if constexpr (sizeof(T) == 2)
        asm("subw %w[b], %w[a]\n\tlahf\n\tseto %%al" : [a] "+r"(a), "=&a"(ax) : [b] "r"(b) : "cc");
    else
        asm("subb %b[b], %b[a]\n\tlahf\n\tseto %%al" : [a] "+q"(a), "=&a"(ax) : [b] "q"(b) : "cc");
    r = a;
    return detail::cc_from_lahf_seto(ax);
}
#else
template <typename T>
constexpr std::uint16_t cc_add(T a, T b, T& r) { return cc_add_portable(a, b, r); }
template <typename T>
constexpr std::uint16_t cc_sub(T a, T b, T& r) { return cc_sub_portable(a, b, r); }
#endif

}  // namespace simmon::pdp11::psw
