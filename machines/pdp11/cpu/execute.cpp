// The instruction loop. Per instruction the fast path tests one flag, attention_, which
// everything that needs a look between instructions sets: a trap request, a bus
// interrupt request, a PSW change (priority or T bit), WAIT, HALT, an I/O page access
// (a device may have asked to stop), breakpoints or history. attend() does that look:
// stop requests, trace and other traps, interrupts, breakpoints and history; it clears
// the flag unless a condition persists. An abort jumps to the instruction end armed in
// execute() (abort_point.hpp), which runs the trap sequence and re-enters the loop.
#include "core/machine/machine.hpp"
#include "machines/pdp11/bus/unibus.hpp"
#include "machines/pdp11/cpu/handler_list.hpp"
#include "machines/pdp11/cpu/memory_access.hpp"
#include "machines/pdp11/cpu/ops_branch.hpp"
#include "machines/pdp11/cpu/ops_register_forms.hpp"

namespace simmon::pdp11 {

void Pdp11Cpu::begin_run() {
    slow_checks_ = breakpoints_.exec_armed() || !history_.empty();
    update_derived();
    attention_ = true;
}

std::uint64_t Pdp11Cpu::execute(std::uint64_t budget) {
    begin_slice(budget);
    begin_run();
    if (waiting_ && !interrupt_ready() && trap_req_ == 0) return 0;
    // The instruction end for aborts: armed once per slice. An abort arrives here with the
    // loop's frames gone; its trap sequence runs and the loop starts again.
    AbortPoint instruction_end;
    abort_point_ = &instruction_end;
    if (SIMMON_PDP11_ARM(instruction_end)) after_abort();
    run_loop();
    abort_point_ = nullptr;
    instructions_ += slice_.done();
    return slice_.done();
}

// The count lives in slice_ rather than a local: the scheduler reads it for the time
// mid-slice and shortens the slice when a device schedules an event (cpu_slice.hpp).
//
// On GCC and Clang the dispatch is replicated: every handler has its own label, which
// runs the handler and ends in its own copy of "fetch, decode, jump". With a single
// indirect call site the host's branch predictor has one place to guess the next handler
// from; with one site per handler it learns which instruction tends to follow which (ZKAL,
// a jump exerciser, ran about 17% faster in the trial that showed this). The smallest
// handlers (ops_branch.hpp, ops_register_forms.hpp) are inline, so their labels contain
// them instead of a call: for them the call and return cost more than the work. Other
// compilers get the same loop with one call site.
#if defined(__GNUC__)
// Not inlined into execute(): a function that arms a jump point keeps its values in
// memory rather than registers, which the loop must not pay for.
[[gnu::noinline]] void Pdp11Cpu::run_loop() {
    static const void* const kLabels[] = {
#define SIMMON_HANDLER_LABEL(name, handler) &&handle_##name,
        SIMMON_PDP11_HANDLERS(SIMMON_HANDLER_LABEL)
#undef SIMMON_HANDLER_LABEL
    };
    std::uint16_t ir = 0;
// Between instructions: stop at the slice's end, look at what attention_ flags, then
// fetch and jump to the handler's label.
#define SIMMON_NEXT_INSTRUCTION                        \
    if (slice_.left == 0) return;                      \
    if (attention_) [[unlikely]] {                     \
        if (!attend()) return;                         \
    }                                                  \
    {                                                  \
        mmr1_live_ = 0;                                \
        const std::uint16_t pc = r_[7];                \
        ir = fetch();                                  \
        inst_pc_ = pc;                                 \
    }                                                  \
    goto* kLabels[decode_[ir]];

    SIMMON_NEXT_INSTRUCTION
#define SIMMON_HANDLER_CASE(name, handler) \
    handle_##name : handler(*this, ir);    \
    --slice_.left;                         \
    SIMMON_NEXT_INSTRUCTION
    SIMMON_PDP11_HANDLERS(SIMMON_HANDLER_CASE)
#undef SIMMON_HANDLER_CASE
#undef SIMMON_NEXT_INSTRUCTION
}
#else
void Pdp11Cpu::run_loop() {
    while (slice_.left != 0) {
        if (attention_) [[unlikely]] {
            if (!attend()) return;
        }
        mmr1_live_ = 0;
        std::uint16_t pc = r_[7];
        std::uint16_t ir = fetch();
        inst_pc_ = pc;
        kHandlers[decode_[ir]](*this, ir);
        --slice_.left;
    }
}
#endif

// An instruction aborted (it jumped to the instruction end in execute()): it counts as
// executed, and its trap sequence runs before the loop resumes. The trap sequence arms
// its own point, so nothing here aborts.
void Pdp11Cpu::after_abort() {
    --slice_.left;
    in_fetch_ = false;
    attention_ = true;
    trace_inhibit_ = true;  // the abort's trap sequence replaced the PSW
    handle_abort();
}

bool Pdp11Cpu::attend() {
    attention_ = false;
    if (signals_.stop) {
        attention_ = true;
        return false;
    }
    // The T bit is tested at the end of each instruction: an RTI that sets it traps at
    // once, a trap instruction (whose new PSW clears it) does not; RTT and WAIT let one
    // more instruction run first.
    trace_ = (psw_ & psw::kT) && !trace_inhibit_ ? psw::kT : 0;
    // While WAIT waits, the inhibit stays for the interrupt that ends it.
    trace_inhibit_ = waiting_ && trace_inhibit_;
    // The KD11-A recognises a bus request one instruction after it appears (DBKTD sets
    // an interrupt enable and expects the next instruction to run first). A processor in
    // WAIT has no instruction to finish: it takes the request at once (holding it would
    // leave it waiting until the next event, a whole clock tick later).
    std::uint8_t held = 0;
    if (model_->interrupt_latency) {
        std::uint8_t now = bus_.pending_levels();
        held = waiting_ ? 0 : now & static_cast<std::uint8_t>(~seen_levels_);
        seen_levels_ = now;
        bus_level_mask_ = static_cast<std::uint8_t>(~held);
    }
    // Several requests may be pending (an MMU trap and a trace trap); all are taken
    // before the next instruction. The bound keeps a guest that re-enables a still
    // pending request at each trap from looping here forever.
    for (int i = 0; i < 8; ++i) {
        bool pending =
            trap_req_ || trace_ || (((bus_.pending_levels() & bus_level_mask_) | pirq_levels_) & above_priority_);
        if (!pending || !service_requests()) break;
        if (signals_.stop) {
            attention_ = true;
            return false;
        }
    }
    trace_ = 0;
    if (waiting_) {
        attention_ = true;
        return false;
    }
    if (slow_checks_) {
        attention_ = true;
        if (breakpoints_.exec_armed() && check_breakpoints()) return false;
        if (!history_.empty()) record_history();
    }
    // Conditions that must be looked at again before the next instruction.
    if ((psw_ & psw::kT) || trap_req_ || held || ((bus_.pending_levels() | pirq_levels_) & above_priority_))
        attention_ = true;
    return true;
}

// An execute breakpoint matches the PC in the "virtual" space (any mode), in the current
// mode's I space, or its physical address in the physical space. The first instruction of
// a run skips them, so that CONTINUE leaves a breakpoint's instruction.
bool Pdp11Cpu::check_breakpoints() {
    const std::uint16_t pc = r_[7];
    if (breakpoints_.consume_skip(pc)) return false;
    const int mode = psw::current_mode(psw_);
    StopInfo stop;
    std::uint32_t pa = 0;
    const bool hit = breakpoints_.check_execute(pc, kSpaceVirtual, stop) ||
                     breakpoints_.check_execute(pc, mode_space(mode, false), stop) ||
                     (mmu_.translate_console(pc, mode, false, pa) && breakpoints_.check_execute(pa, kSpacePhysical, stop));
    if (hit) machine().request_stop(StopCode::Breakpoint, stop.message, stop.actions);
    return hit;
}

}  // namespace simmon::pdp11
