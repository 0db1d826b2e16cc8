// Where an aborted PDP-11 instruction resumes. An abort (odd address, bus timeout, MMU
// abort, red stack) ends the instruction wherever it is, however deep in the operand code:
// Pdp11Cpu::abort() records the cause and jumps to the innermost armed AbortPoint. There are
// two kinds of point: the instruction end in execute(), armed once per slice, where the
// loop runs the abort's trap sequence and goes on; and one inside each trap sequence, where
// a failing push or vector read becomes a double error (traps.cpp).
//
// Why a jump and not a C++ exception: a trap-heavy program (the memory management
// diagnostics, an operating system's page faults) aborts every few dozen instructions,
// and a throw costs thousands of host instructions in the unwinder, which searches tables
// for every frame it crosses. The jump costs a few loads. The ordinary path pays nothing:
// arming a point is a few stores per slice or per trap sequence, never per instruction,
// and the memory accessors stay inline with their checks out of line.
//
// The jump skips the destructors of the frames it crosses, so no code that can abort may
// hold an object that has one (none does: the instruction loop allocates nothing). A
// local changed between arming and jumping must be volatile to be read after the jump.
//
// GCC and Clang's __builtin_setjmp saves three words and restores no signal mask; other
// compilers get the standard setjmp. Both must be called where the point is armed
// (SIMMON_PDP11_ARM is a macro, not a function, for that reason).
#pragma once
#include <csetjmp>

namespace simmon::pdp11 {

#if defined(__GNUC__)
struct AbortPoint {
    void* buf[5];
};
// True when control arrives by an abort's jump, false when the point is armed.
#define SIMMON_PDP11_ARM(point) (__builtin_setjmp((point).buf) != 0)
[[noreturn]] inline void jump_to(AbortPoint& point) { __builtin_longjmp(point.buf, 1); }
#else
struct AbortPoint {
    std::jmp_buf buf;
};
#define SIMMON_PDP11_ARM(point) (setjmp((point).buf) != 0)
[[noreturn]] inline void jump_to(AbortPoint& point) { std::longjmp(point.buf, 1); }
#endif

}  // namespace simmon::pdp11
