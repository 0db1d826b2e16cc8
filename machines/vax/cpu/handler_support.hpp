// What every instruction handler uses: the failure-return macro, integer widths and the
// condition-code helpers of ARM chapter 3's instruction descriptions.
#pragma once
#include "machines/vax/cpu/memory_access.hpp"

// A step that can fault: on failure the handler returns false and the loop backs the
// instruction out (vax_cpu.hpp).
#define VAX_TRY(e)                     \
    do {                               \
        if (!(e)) [[unlikely]]         \
            return false;              \
    } while (0)

namespace simmon::vax {

template <unsigned N>
constexpr std::uint32_t kMask = N == 1 ? 0xFFu : N == 2 ? 0xFFFFu : 0xFFFFFFFFu;
template <unsigned N>
constexpr std::uint32_t kSign = N == 1 ? 0x80u : N == 2 ? 0x8000u : 0x80000000u;

template <unsigned N>
inline std::int32_t sx(std::uint64_t v) {
    if constexpr (N == 1) return static_cast<std::int8_t>(v);
    else if constexpr (N == 2) return static_cast<std::int16_t>(v);
    else return static_cast<std::int32_t>(v);
}

// N and Z from a result of N bytes; V cleared; C kept.
template <unsigned N>
inline void cc_nz(VaxCpu& c, std::uint32_t r) {
    r &= kMask<N>;
    c.cc_ = (c.cc_ & kPslC) | (r & kSign<N> ? kPslN : 0) | (r == 0 ? kPslZ : 0);
}
// N, Z from the result; V and C given.
template <unsigned N>
inline void cc_nzvc(VaxCpu& c, std::uint32_t r, bool v, bool carry) {
    r &= kMask<N>;
    c.cc_ = (r & kSign<N> ? kPslN : 0) | (r == 0 ? kPslZ : 0) | (v ? kPslV : 0) | (carry ? kPslC : 0);
}
// Compare: N signed less, Z equal, V 0, C unsigned less (ARM CMP).
template <unsigned N>
inline void cc_cmp(VaxCpu& c, std::uint32_t a, std::uint32_t b) {
    a &= kMask<N>;
    b &= kMask<N>;
    c.cc_ = (sx<N>(a) < sx<N>(b) ? kPslN : 0) | (a == b ? kPslZ : 0) | (a < b ? kPslC : 0);
}
// After an integer result with V: the integer overflow trap if PSL<IV> enables it.
inline void overflow_trap(VaxCpu& c) {
    if ((c.cc_ & kPslV) && (c.psl_ & kPslIV)) c.arithmetic_trap(kIntegerOverflow);
}

template <unsigned N>
inline std::uint32_t add_cc(VaxCpu& c, std::uint32_t a, std::uint32_t b) {
    a &= kMask<N>;
    b &= kMask<N>;
    const std::uint64_t wide = std::uint64_t{a} + b;
    const std::uint32_t r = static_cast<std::uint32_t>(wide) & kMask<N>;
    cc_nzvc<N>(c, r, ((~(a ^ b) & (a ^ r)) & kSign<N>) != 0, wide > kMask<N>);
    return r;
}
// min - sub
template <unsigned N>
inline std::uint32_t sub_cc(VaxCpu& c, std::uint32_t sub, std::uint32_t min) {
    sub &= kMask<N>;
    min &= kMask<N>;
    const std::uint32_t r = (min - sub) & kMask<N>;
    cc_nzvc<N>(c, r, (((min ^ sub) & (min ^ r)) & kSign<N>) != 0, sub > min);
    return r;
}

inline Operand& op(VaxCpu& c, unsigned i) { return c.op_[i]; }
inline std::uint32_t val(VaxCpu& c, unsigned i) { return static_cast<std::uint32_t>(c.op_[i].value); }

}  // namespace simmon::vax

namespace simmon::vax::ops {
// Handlers whose names the decode table needs (handler_table.cpp).
bool reserved(VaxCpu& c);
bool emulated(VaxCpu& c);
bool unimplemented(VaxCpu& c);
}  // namespace simmon::vax::ops
