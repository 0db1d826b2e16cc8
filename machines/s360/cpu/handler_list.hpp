// Every handler of the S/360 CPU, with the opcode it executes, as one list: execute.cpp
// builds its dispatch labels from it, and the decode tables map an opcode to its
// position. Position 0 is the operation exception (an opcode the model lacks) and 1 the
// privileged-operation exception (a privileged opcode in problem state). Which opcodes a
// model has, and which are privileged, comes from the isa table, not from here.
#pragma once
#include <cstdint>

#include "machines/s360/cpu/operands.hpp"

// X(opcode, name): the handler is ops::name (ops_*.cpp).
#define SIMMON_S360_HANDLERS(X)                                                                \
    X(0x00, invalid_operation) X(0x00, privileged_operation)                                   \
    X(0x04, spm) X(0x05, balr) X(0x06, bctr) X(0x07, bcr) X(0x08, ssk) X(0x09, isk)            \
    X(0x0A, svc) X(0x0D, basr) X(0x10, lpr) X(0x11, lnr) X(0x12, ltr) X(0x13, lcr)             \
    X(0x14, nr) X(0x15, clr) X(0x16, or_) X(0x17, xr) X(0x18, lr) X(0x19, cr) X(0x1A, ar)      \
    X(0x1B, sr) X(0x1C, mr) X(0x1D, dr) X(0x1E, alr) X(0x1F, slr)                              \
    X(0x20, lpdr) X(0x21, lndr) X(0x22, ltdr) X(0x23, lcdr) X(0x24, hdr) X(0x28, ldr)          \
    X(0x29, cdr) X(0x2A, adr) X(0x2B, sdr) X(0x2C, mdr) X(0x2D, ddr) X(0x2E, awr)              \
    X(0x2F, swr) X(0x30, lper) X(0x31, lner) X(0x32, lter) X(0x33, lcer) X(0x34, her)          \
    X(0x38, ler) X(0x39, cer) X(0x3A, aer) X(0x3B, ser) X(0x3C, mer) X(0x3D, der)              \
    X(0x3E, aur) X(0x3F, sur)                                                                  \
    X(0x40, sth) X(0x41, la) X(0x42, stc) X(0x43, ic) X(0x44, ex) X(0x45, bal) X(0x46, bct)    \
    X(0x47, bc) X(0x48, lh) X(0x49, ch) X(0x4A, ah) X(0x4B, sh) X(0x4C, mh) X(0x4D, bas)       \
    X(0x4E, cvd) X(0x4F, cvb) X(0x50, st) X(0x54, n) X(0x55, cl) X(0x56, o) X(0x57, x)         \
    X(0x58, l) X(0x59, c) X(0x5A, a) X(0x5B, s) X(0x5C, m) X(0x5D, d) X(0x5E, al) X(0x5F, sl)  \
    X(0x60, std_) X(0x68, ld) X(0x69, cd) X(0x6A, ad) X(0x6B, sd) X(0x6C, md) X(0x6D, dd)      \
    X(0x6E, aw) X(0x6F, sw) X(0x70, ste) X(0x78, le) X(0x79, ce) X(0x7A, ae) X(0x7B, se)       \
    X(0x7C, me) X(0x7D, de) X(0x7E, au) X(0x7F, su)                                            \
    X(0x80, ssm) X(0x82, lpsw) X(0x83, diagnose) X(0x84, wrd) X(0x85, rdd) X(0x86, bxh)        \
    X(0x87, bxle) X(0x88, srl) X(0x89, sll) X(0x8A, sra) X(0x8B, sla) X(0x8C, srdl)            \
    X(0x8D, sldl) X(0x8E, srda) X(0x8F, slda) X(0x90, stm) X(0x91, tm) X(0x92, mvi)            \
    X(0x93, ts) X(0x94, ni) X(0x95, cli) X(0x96, oi) X(0x97, xi) X(0x98, lm) X(0x9C, sio)      \
    X(0x9D, tio) X(0x9E, hio) X(0x9F, tch) X(0xB0, stmc) X(0xB1, lra) X(0xB8, lmc)             \
    X(0xD1, mvn) X(0xD2, mvc) X(0xD3, mvz) X(0xD4, nc) X(0xD5, clc) X(0xD6, oc) X(0xD7, xc)    \
    X(0xDC, tr) X(0xDD, trt) X(0xDE, ed) X(0xDF, edmk) X(0xF1, mvo) X(0xF2, pack)              \
    X(0xF3, unpk) X(0xF8, zap) X(0xF9, cp) X(0xFA, ap) X(0xFB, sp) X(0xFC, mp) X(0xFD, dp)

namespace simmon::s360::ops {

#define SIMMON_S360_DECLARE(opcode, name) void name(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2);
SIMMON_S360_HANDLERS(SIMMON_S360_DECLARE)
#undef SIMMON_S360_DECLARE

}  // namespace simmon::s360::ops

namespace simmon::s360 {

// The opcode of each handler position, and the handlers as functions (for EX).
#define SIMMON_S360_OPCODE(opcode, name) std::uint8_t{opcode},
inline constexpr std::uint8_t kHandlerOpcodes[] = {SIMMON_S360_HANDLERS(SIMMON_S360_OPCODE)};
#undef SIMMON_S360_OPCODE
#define SIMMON_S360_FUNCTION(opcode, name) &ops::name,
inline constexpr Handler kHandlerFunctions[] = {SIMMON_S360_HANDLERS(SIMMON_S360_FUNCTION)};
#undef SIMMON_S360_FUNCTION
inline constexpr std::uint8_t kHandlerInvalid = 0;
inline constexpr std::uint8_t kHandlerPrivileged = 1;

}  // namespace simmon::s360

// The handlers the loop inlines at their labels (after their declarations above).
#include "machines/s360/cpu/ops_hot.hpp"
