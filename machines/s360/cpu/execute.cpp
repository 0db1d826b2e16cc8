// The instruction loop. Per instruction the fast path tests the slice count and one
// flag, attention_, which everything that needs a look between instructions sets (a
// PSW load, a pending external or I/O interruption, a stop request, the wait state);
// then fetches the instruction (an inline look-aside probe under DAT), advances the PSW
// past it and jumps to its handler's label.
//
// Dispatch is replicated (docs/architecture.md "Speed"): every handler has its own label
// that ends in its own copy of "fetch, decode, jump", so the host's branch predictor
// learns which instruction tends to follow which. The decode table the loop reads is the
// supervisor-state or the problem-state one, chosen when the PSW is loaded, so the
// privileged-operation check costs nothing per instruction.
#include "machines/s360/cpu/handler_list.hpp"

namespace simmon::s360 {

// An instruction the fast path cannot fetch in one piece: it crosses a page (DAT) or
// the end of storage, its page is not in the look-aside, or its block is fetch
// protected. Exceptions on the first halfword leave the PSW at the instruction with ILC
// 0; those on a later halfword have the PSW past it and its ILC, so that the
// instruction can be retried either way (reference section 4.2).
void S360Cpu::fetch_fault_or_slow(std::uint32_t& iw, std::uint32_t& iw2, bool& ok) {
    ok = false;
    const std::uint32_t ia = ia_;
    if (ia & 1) {
        program_interrupt(kSpecification);
        return;
    }
    ilc_ = 0;
    std::uint32_t h0 = 0, h1 = 0, h2 = 0;
    if (!fetch_halfword(ia, h0)) return;
    const unsigned len = instruction_length(static_cast<std::uint8_t>(h0 >> 8));
    ilc_ = len >> 1;
    ia_ = (ia + len) & amask_;
    if (len >= 4 && !fetch_halfword((ia + 2) & amask_, h1)) return;
    if (len == 6 && !fetch_halfword((ia + 4) & amask_, h2)) return;
    iw = h0 << 16 | h1;
    iw2 = h2;
    ok = true;
}

// An instruction halfword: translated, checked and referenced like an operand fetch, but
// not a data access, so watchpoints do not see it.
bool S360Cpu::fetch_halfword(std::uint32_t va, std::uint32_t& v) {
    std::uint32_t ra = 0;
    if (!to_real(va, false, ra, 0)) return false;
    v = mem_.read16_be(ra);
    return true;
}

RunExit S360Cpu::run(std::uint64_t budget) {
    *slice_ = CpuSlice{budget, budget, slice_->unit};  // the unit is the machine's instruction time
    stats_mark_ = 0;
    exit_ = RunExit::Budget;
    run_loop();
    const std::uint64_t done = slice_->done();
    stats_.instructions[problem_prev_][dat_prev_] += done - stats_mark_;
    stats_mark_ = done;
    return exit_;
}

#if defined(__GNUC__)
void S360Cpu::run_loop() {
    static const void* const kLabels[] = {
#define SIMMON_S360_LABEL(opcode, name) &&handle_##name,
        SIMMON_S360_HANDLERS(SIMMON_S360_LABEL)
#undef SIMMON_S360_LABEL
    };
    std::uint32_t iw = 0, iw2 = 0;
    CpuSlice& slice = *slice_;

#define SIMMON_S360_NEXT                                                                       \
    if (slice.left == 0) return;                                                               \
    if (attention_) [[unlikely]] {                                                             \
        if (!attend()) return;                                                                 \
    }                                                                                          \
    {                                                                                          \
        const std::uint32_t ia = ia_;                                                          \
        std::uint32_t ra = ia;                                                                 \
        bool fast = true;                                                                      \
        if (dat_on_) {                                                                         \
            const TlbEntry& e = tlb_[(ia >> 12) & 7];                                          \
            fast = e.vpage == (ia >> 12) && (ia & 0xFFF) <= 0xFFA;                             \
            ra = e.frame | (ia & 0xFFF);                                                       \
        }                                                                                      \
        fast = fast && ra + 6 <= mem_size_ && !(ia & 1);                                       \
        if (fast && key_ != 0) {                                                               \
            const std::uint8_t k = keys_[ra >> kKeyBlockShift];                                \
            fast = !(k & kKeyFetch) || (k >> 4) == key_;                                       \
        }                                                                                      \
        if (fast) [[likely]] {                                                                 \
            keys_[ra >> kKeyBlockShift] |= kKeyReference;                                      \
            iw = mem_.read32_be(ra);                                                           \
            iw2 = mem_.read16_be(ra + 4);                                                      \
            const unsigned len = instruction_length(static_cast<std::uint8_t>(iw >> 24));      \
            ilc_ = len >> 1;                                                                   \
            ia_ = (ia + len) & amask_;                                                         \
        } else {                                                                               \
            bool ok;                                                                           \
            fetch_fault_or_slow(iw, iw2, ok);                                                  \
            if (!ok) {                                                                         \
                --slice.left;                                                                  \
                goto next_instruction;                                                         \
            }                                                                                  \
        }                                                                                      \
    }                                                                                          \
    goto* kLabels[decode_[iw >> 24]];

next_instruction:
    SIMMON_S360_NEXT
#define SIMMON_S360_CASE(opcode, name) \
    handle_##name : ops::name(*this, iw, iw2); \
    --slice.left;                       \
    SIMMON_S360_NEXT
    SIMMON_S360_HANDLERS(SIMMON_S360_CASE)
#undef SIMMON_S360_CASE
#undef SIMMON_S360_NEXT
}
#else
void S360Cpu::run_loop() {
    CpuSlice& slice = *slice_;
    for (;;) {
        if (slice.left == 0) return;
        if (attention_ && !attend()) return;
        std::uint32_t iw = 0, iw2 = 0;
        bool ok;
        fetch_fault_or_slow(iw, iw2, ok);
        if (ok) kHandlerFunctions[decode_[iw >> 24]](*this, iw, iw2);
        --slice.left;
    }
}
#endif

}  // namespace simmon::s360
