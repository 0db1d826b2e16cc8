// The instruction loop. Per instruction the fast path tests the slice count and one
// flag, attention_, which everything that needs a look between instructions sets (a
// PSW load, a pending external or I/O interruption, a stop request, the wait state);
// then fetches the instruction (one compare against the 2K block the last instructions
// came from; a look-aside probe, key and addressing check when it moves to another),
// advances the PSW past it and jumps to its handler's label. The commonest handlers
// (ops_hot.hpp) are inline at their labels, the rest are called.
//
// Dispatch is replicated (docs/architecture.md "Speed"): every handler has its own label
// that ends in its own copy of "fetch, decode, jump", so the host's branch predictor
// learns which instruction tends to follow which. The decode table the loop reads is the
// supervisor-state or the problem-state one, chosen when the PSW is loaded, so the
// privileged-operation check costs nothing per instruction.
#include <array>
#include <bit>

#include "machines/s360/cpu/handler_list.hpp"

namespace simmon::s360 {

namespace {
// The ILC by opcode: 1, 2, 2, 3 halfwords by its first two bits (PoO "Instruction
// Format"). A table, because the loop has the opcode at hand to index the decode table.
constexpr std::array<std::uint8_t, 256> kIlcByOpcode = [] {
    std::array<std::uint8_t, 256> t{};
    for (unsigned op = 0; op < 256; ++op) t[op] = static_cast<std::uint8_t>((0x3221u >> ((op >> 4) & 0xC)) & 3);
    return t;
}();
}  // namespace

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

// The look-up behind the fetch block (s360_cpu.hpp): an instruction outside the current
// block whose page is in the look-aside, in storage, even, allowed by the key. Returns
// where it is in host memory (and makes its block current when the whole instruction is
// in it), or null for fetch_fault_or_slow to do the rest: a look-aside miss, an
// instruction across a 2K block or a page, any exception.
const std::uint8_t* S360Cpu::fetch_refill(std::uint32_t ia) {
    std::uint32_t ra = ia;
    if (ia & 1) return nullptr;
    if (dat_on_) {
        const TlbEntry& e = tlb_[(ia >> 12) & 7];
        if (e.vpage != (ia >> 12)) return nullptr;
        ra = e.frame | (ia & 0xFFF);
    }
    if ((ia & 0x7FF) > 0x7FA || ra + 6 > mem_size_) return nullptr;
    std::uint8_t& k = keys_[ra >> kKeyBlockShift];
    if (key_ != 0 && (k & kKeyFetch) && (k >> 4) != key_) return nullptr;
    k |= kKeyReference;
    if ((ra | 0x7FF) >= mem_size_) return mem_.data() + ra;  // a last, partial block
    fetch_block_ = ia & ~0x7FFu;
    fetch_host_ = mem_.data() + (ra & ~0x7FFu);
    return mem_.data() + ra;
}

RunExit S360Cpu::run(std::uint64_t budget) {
    *slice_ = CpuSlice{budget, budget, slice_->unit};  // the unit is the machine's instruction time
    stats_mark_ = 0;
    exit_ = RunExit::Budget;
    forget_blocks();
    host_ = mem_.data();
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
    std::uint32_t ia = 0;  // the instruction's address, while its label advances the PSW
    // Where its bytes are: in storage, or (after a slow fetch) in slow_bytes. Only the SS
    // labels read bytes 4-5 (iw2), so the others do not pay for them.
    const std::uint8_t* at = nullptr;
    std::uint8_t slow_bytes[8] = {};
    CpuSlice& slice = *slice_;
    const std::uint8_t* decode = decode_;

#define SIMMON_S360_NEXT                                                                       \
    if (slice.left == 0) return;                                                               \
    if (attention_) [[unlikely]] {                                                             \
        if (!attend()) return;                                                                 \
        decode = decode_; /* a PSW load sets attention_: the table follows the state */        \
    }                                                                                          \
    {                                                                                          \
        ia = ia_;                                                                              \
        /* Inside the fetch block with room for 6 bytes, and even: the rotate moves bit 0 */   \
        /* to the top, so one compare tests both (kNoFetchBlock fails it for any ia). */       \
        const std::uint64_t off = std::uint64_t{ia} - fetch_block_;                            \
        if (std::rotr(off, 1) <= 0x7FA / 2) [[likely]] {                                       \
            at = fetch_host_ + off;                                                            \
        } else if (!(at = fetch_refill(ia))) {                                                 \
            /* Through locals, so that iw can live in a register. */                           \
            std::uint32_t slow_iw = 0, slow_iw2 = 0;                                           \
            bool ok;                                                                           \
            fetch_fault_or_slow(slow_iw, slow_iw2, ok);                                        \
            if (!ok) {                                                                         \
                --slice.left;                                                                  \
                goto next_instruction;                                                         \
            }                                                                                  \
            be::store<std::uint32_t>(slow_bytes, slow_iw);                                     \
            be::store<std::uint16_t>(slow_bytes + 4, static_cast<std::uint16_t>(slow_iw2));    \
            at = slow_bytes;                                                                   \
        }                                                                                      \
        iw = be::load<std::uint32_t>(at);                                                      \
    }                                                                                          \
    goto* kLabels[decode[iw >> 24]];

next_instruction:
    SIMMON_S360_NEXT
// Each label sets the ILC and steps the PSW past its instruction: a constant for the
// label's opcode (the two exception labels serve many opcodes and look theirs up). After
// a slow fetch this writes what fetch_fault_or_slow already did. The 6-byte (SS) labels
// load bytes 4-5; the others pass whatever iw2 holds, which they ignore.
#define SIMMON_S360_CASE(opcode, name)                                                     \
    handle_##name : {                                                                      \
        const std::uint32_t ilc = kIlcByOpcode[(opcode) == 0 ? iw >> 24 : (opcode)];       \
        ilc_ = ilc;                                                                        \
        ia_ = (ia + 2 * ilc) & amask_;                                                     \
        if constexpr ((opcode) >= 0xC0 || (opcode) == 0) iw2 = be::load<std::uint16_t>(at + 4); \
    }                                                                                      \
    ops::name(*this, iw, iw2);                                                             \
    --slice.left;                                                                          \
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
