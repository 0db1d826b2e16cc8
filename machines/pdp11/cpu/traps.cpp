// Traps, aborts and interrupts.
//
// The trap sequence (all models): read the new PC and PSW from the vector in kernel D
// space, switch to the mode the new PSW names (its previous-mode field becomes the old
// current mode), push the old PSW and PC on that mode's stack, jump.
//
// Errors during that sequence (odd, non-existent or red-zone stack, failing vector read)
// are double errors: the 11/34 halts; the 11/40, 11/45 and 11/70 take a "red stack" trap:
// SP := 4, the old PSW and PC go to 2 and 0, and the CPU traps through 4. A failure of
// that last sequence halts every model.
//
// Stack limits in kernel mode: below limit+400 (the 11/34 and 11/40 limit is 0) a stack
// reference is a yellow-zone violation, trapping through 4 after the instruction; the
// 11/40, 11/45 and 11/70 abort references below limit+340 (red zone).
//
// After an instruction, pending requests are serviced in priority order: MMU trap (250),
// trace trap (14) and yellow stack trap (4) in the model's order, FP11 trap (244), then
// the highest bus request or PIRQ level above the processor priority.
#include <bit>

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "machines/pdp11/bus/unibus.hpp"
#include "machines/pdp11/cpu/operands.hpp"

namespace simmon::pdp11 {

using namespace psw;

void Pdp11Cpu::switch_psw(std::uint16_t new_psw) {
    std::uint16_t old = psw_;  // cc not needed here
    if (model_->register_sets && ((old ^ new_psw) & kRegisterSet)) {
        int from = (old >> 11) & 1, to = (new_psw >> 11) & 1;
        for (int i = 0; i < 6; ++i) {
            bank_[from][i] = r_[i];
            r_[i] = bank_[to][i];
        }
    }
    int om = current_mode(old), nm = current_mode(new_psw);
    if (om != nm) {
        sp_[om] = r_[6];
        r_[6] = sp_[nm];
    }
    psw_ = new_psw & ~psw::kCC;
    cc_ = static_cast<std::uint8_t>(new_psw & psw::kCC);
    // A trap or RTI that stays in the same mode (kernel code aborting or interrupted, and
    // back) uses the same page tables, and keeps the fetch cache.
    if (update_mode_state()) fetch_words_ = 0;
    attention_ = true;  // the priority may have dropped, or T been set
}

namespace {
// With a watchpoint in a virtual space, the current maps are all misses, so every
// reference goes through translate_slow(), which knows the virtual address and mode
// and checks it; without one the fast path pays nothing.
constexpr PageEntry kAllSlow[16] = {};
}  // namespace

void Pdp11Cpu::update_derived() {
    update_memory_state();
    update_mode_state();
    fetch_words_ = 0;
}

// After a program's write of MMR0 or MMR3: most only clear abort flags, and leave the
// tables and the addressing as they were, and with them the fetch cache.
void Pdp11Cpu::update_mapping() {
    const bool addressing = update_memory_state();
    if (update_mode_state() || addressing) fetch_words_ = 0;
}

bool Pdp11Cpu::update_mode_state() {
    const int mode = current_mode(psw_);
    const PageEntry* map = watch_virtual_ ? kAllSlow : mmu_.map(mode);
    const bool changed = map != cur_map_;
    cur_map_ = map;
    cur_wmap_ = watch_virtual_ ? kAllSlow : mmu_.write_map(mode);
    above_priority_ = static_cast<std::uint8_t>(0xFEu << priority(psw_));
    std::uint32_t limit = model_->stack_limit_register ? (stack_limit_ & 0177400u) : 0u;
    kstack_guard_ = mode == kKernel ? limit + 0400 : 0;
    kstack_psw_ = (mode == kKernel && model_->red_zone) ? 0177776u : 0x10000u;
    odd_stack_mask_ = (mode == kKernel && model_->red_zone) ? 1u : 0u;
    dest_stack_guard_ = model_->stack_check_destinations ? kstack_guard_ : 0;
    source_stack_guard_ = model_->stack_check_autodec_source ? kstack_guard_ : 0;
    return changed;
}

bool Pdp11Cpu::update_memory_state() {
    const SpaceMask watched = breakpoints_.watch_spaces();
    watch_virtual_ = (watched & ~space_bit(kSpacePhysical)) != 0;
    const std::uint32_t pa_mask = pa_mask_, io_base = io_base_, fast_limit = fast_limit_;
    const std::uint8_t* mem = mem_;
    pa_mask_ = mmu_.pa_mask();
    io_base_ = mmu_.io_base();
    mem_ = bus_.memory().data();
    dirty_ = bus_.memory().dirty_flags();
    mem_limit_ = std::min(bus_.memory_size(), io_base_);
    fast_limit_ = (watched & space_bit(kSpacePhysical)) ? 0 : mem_limit_;
    return pa_mask != pa_mask_ || io_base != io_base_ || fast_limit != fast_limit_ || mem != mem_;
}

void Pdp11Cpu::write_psw_from_program(std::uint16_t v, bool byte, bool high) {
    std::uint16_t cur = full_psw();
    std::uint16_t nv = v;
    if (byte)
        nv = high ? static_cast<std::uint16_t>((cur & 0377) | (v << 8))
                  : static_cast<std::uint16_t>((cur & 0177400) | (v & 0377));
    // The T bit is loaded only by traps, RTI and RTT.
    nv = static_cast<std::uint16_t>((nv & ~kT) | (cur & kT));
    switch_psw(nv & model_->psw_mask);
}

void Pdp11Cpu::update_pirq() {
    pirq_ &= 0177000;
    pirq_levels_ = static_cast<std::uint8_t>((pirq_ >> 8) & 0376);
    if (pirq_levels_) {
        unsigned level = 31 - static_cast<unsigned>(std::countl_zero(static_cast<std::uint32_t>(pirq_levels_)));
        pirq_ = static_cast<std::uint16_t>(pirq_ | (level << 5) | (level << 1));
    }
}

void Pdp11Cpu::double_error(const char* what) {
    in_trap_ = false;
    waiting_ = false;
    machine().request_stop(StopCode::GuestError,
                           fmt::format("{} during trap sequence, PC: {:06o}", what, r_[7]));
}

void Pdp11Cpu::red_stack_trap() {
    // Called with the old PSW and PC still current.
    std::uint16_t old_psw = full_psw(), old_pc = r_[7];
    cpu_error_ |= 04;
    in_trap_ = true;
    AbortPoint failed;
    AbortPoint* const outer = abort_point_;
    abort_point_ = &failed;
    if (SIMMON_PDP11_ARM(failed)) {
        abort_point_ = outer;
        double_error("Stack error");
        return;
    }
    {
        std::uint16_t new_pc = read_word_mode(04 | kDspace, kKernel);
        std::uint16_t new_psw = read_word_mode(06 | kDspace, kKernel);
        new_psw = static_cast<std::uint16_t>((new_psw & ~kPreviousMode) | ((old_psw >> 2) & kPreviousMode));
        switch_psw(new_psw & model_->psw_mask);
        r_[6] = 4;
        r_[6] = 2;
        write_word_mode(2 | kDspace, current_mode(psw_), old_psw);
        r_[6] = 0;
        write_word_mode(0 | kDspace, current_mode(psw_), old_pc);
        r_[7] = new_pc;
    }
    abort_point_ = outer;
    in_trap_ = false;
}

// An abort inside the sequence comes back to `failed` (abort_point.hpp), which hands it to
// trap_failed(); nothing escapes to the instruction end.
void Pdp11Cpu::trap(std::uint16_t vector) {
    const std::uint16_t old_psw = full_psw(), old_pc = r_[7];
    volatile bool pushing = false;  // read after an abort's jump
    in_trap_ = true;
    ++trap_depth_;
    AbortPoint failed;
    AbortPoint* const outer = abort_point_;
    abort_point_ = &failed;
    if (SIMMON_PDP11_ARM(failed)) {
        abort_point_ = outer;
        --trap_depth_;
        in_trap_ = trap_depth_ > 0;
        trap_failed(vector, pushing, old_psw, old_pc);
        return;
    }
    {
        std::uint16_t new_pc = read_word_mode(vector | kDspace, kKernel);
        std::uint16_t new_psw = read_word_mode((vector + 2u) | kDspace, kKernel);
        new_psw = static_cast<std::uint16_t>((new_psw & ~kPreviousMode) | ((old_psw >> 2) & kPreviousMode));
        switch_psw(new_psw & model_->psw_mask);
        r_[7] = new_pc;
        pushing = true;
        if (model_->trap_push_predecrement) {
            // The KB11 steps SP down twice before the first write (DCKBO reads the SP).
            r_[6] = static_cast<std::uint16_t>(r_[6] - 4);
            record_autoinc(6, -2);
            record_autoinc(6, -2);
            // The PSW's own address counts as red zone for vector pushes (KB11
            // technical manual; DCKBM traps with SP = 0). JSR with SP = 0 is not
            // stopped (DCKBH starts that way).
            // Each write address is checked before its write: with SP = 342 a yellow
            // trap saves the PSW at 340 and then hits the red zone at 336 (DCKBM).
            std::uint16_t first = static_cast<std::uint16_t>(r_[6] + 2);
            if (first == kstack_psw_) abort(AbortCause::RedStack);
            stack_check(first);
            write_word(first | kDspace, old_psw);
            stack_check(r_[6]);
            write_word(r_[6] | kDspace, old_pc);
        } else {
            if (static_cast<std::uint16_t>(r_[6] - 2) == kstack_psw_) abort(AbortCause::RedStack);
            push(old_psw);
            push(old_pc);
        }
    }
    abort_point_ = outer;
    --trap_depth_;
    in_trap_ = trap_depth_ > 0;
}

// A trap sequence whose vector read or stack writes aborted.
//  - MMU abort of a push: a memory management trap (250) taken from the new context,
//    i.e. saving the failed trap's new PSW and PC (CFKTHB0 test 45), except on the
//    KD11-A, which saves the interrupted PSW and PC, the stack pointer left as the failed
//    push stepped it (DBKTF: IOT in user mode onto an unmapped stack page); the KB11
//    also sets MMR0 bit 7 and puts the vector in MMR2. An MMU abort of the vector read
//    (kernel page 0 not readable there) is a memory management trap from the unchanged
//    old context (DBKTA test 35: a trace trap whose vector 14 is outside the page).
//  - Bus error on a push: the 11/34 halts; the others trap through 4 from the new
//    context (DCKBO), unless the stack was the kernel's: then a red-stack trap.
//  - Red zone, a failed vector read, or a failure inside such a recovery: red-stack trap
//    (or halt on the 11/34).
void Pdp11Cpu::trap_failed(std::uint16_t vector, bool pushing, std::uint16_t old_psw, std::uint16_t old_pc) {
    bool nested = trap_depth_ > 0;
    bool kernel_stack = current_mode(psw_) == kKernel;
    if (!nested && abort_cause_ == AbortCause::Mmu) {
        if (model_->mmr0_instruction_complete) {
            mmu_.set_mmr0_bits(mmr0::kInstructionComplete);
            mmr2_frozen_ = vector;
        }
        if (pushing && model_->push_abort_saves_old_context) {
            switch_psw(old_psw);
            r_[7] = old_pc;
        }
        recovery_trap(0250);
        return;
    }
    bool bus_error = abort_cause_ == AbortCause::OddAddress || abort_cause_ == AbortCause::NonExistent ||
                     abort_cause_ == AbortCause::IoTimeout;
    if (pushing && !nested && bus_error && !kernel_stack &&
        model_->double_error == DoubleErrorAction::RedStack) {
        cpu_error_ |= abort_cause_ == AbortCause::OddAddress ? 0100 : abort_cause_ == AbortCause::NonExistent ? 040 : 020;
        recovery_trap(04);
        return;
    }
    if (model_->double_error == DoubleErrorAction::Halt || nested) {
        switch_psw(old_psw);
        r_[7] = old_pc;
        double_error(abort_cause_ == AbortCause::Mmu ? "MMU abort" : "Bus error");
        return;
    }
    // The KB11's red-stack trap saves the context the failed sequence had reached: its
    // new PSW and PC once they were loaded (DCKBM checks locations 0 and 2); the KD11-A
    // saves the interrupted ones (DBKDM).
    if (!pushing || !model_->red_stack_saves_new_context) {
        switch_psw(old_psw);
        r_[7] = old_pc;
    }
    red_stack_trap();
}

// The trap that replaces a failed trap sequence counts as nested: if it fails as well
// (a vector 250 that cannot be read, a stack that aborts again), that is a double error,
// not a third attempt.
void Pdp11Cpu::recovery_trap(std::uint16_t vector) {
    ++trap_depth_;
    trap(vector);
    --trap_depth_;
    in_trap_ = trap_depth_ > 0;
}

bool Pdp11Cpu::interrupt_ready() const {
    return ((bus_.pending_levels() | pirq_levels_) & above_priority_) != 0;
}

bool Pdp11Cpu::service_requests() {
    if (trap_req_ & kReqSplHold) {
        trap_req_ = (trap_req_ & ~kReqSplHold) | kReqSplRelease;
        return false;
    }
    if (trap_req_ & kReqSplRelease) {
        trap_req_ &= ~kReqSplRelease;
        update_derived();
    }
    if (trap_req_ & kReqMmuTrap) {
        trap_req_ &= ~kReqMmuTrap;
        trap(0250);
        return true;
    }
    bool yellow = trap_req_ & kReqYellow;
    if (trace_ && (model_->trace_before_yellow || !yellow)) {
        trace_ = 0;
        trap(014);
        return true;
    }
    if (yellow) {
        trap_req_ &= ~kReqYellow;
        servicing_yellow_ = true;
        trap(04);
        servicing_yellow_ = false;
        return true;
    }
    if (trap_req_ & kReqFpuTrap) {
        trap_req_ &= ~kReqFpuTrap;
        trap(0244);
        return true;
    }
    std::uint8_t bus_levels = bus_.pending_levels() & above_priority_ & bus_level_mask_;
    std::uint8_t levels = static_cast<std::uint8_t>((bus_levels | pirq_levels_) & above_priority_);
    if (!levels) return false;
    int level = 31 - std::countl_zero(static_cast<std::uint32_t>(levels));
    // A program interrupt request wins over a bus request at the same level (DCKBN).
    std::uint16_t vector = 0240;
    if (!((pirq_levels_ >> level) & 1)) {
        if (!bus_.acknowledge(level, vector)) return false;
    }
    waiting_ = false;
    trace_inhibit_ = false;
    trap(vector);
    return true;
}

void Pdp11Cpu::stack_violation(std::uint32_t addr) {
    // An odd kernel stack reference is handled like the red zone (DCKBM: CLR -1(SP)).
    if (model_->red_zone && (addr + 040 < kstack_guard_ || (addr & odd_stack_mask_))) {
        abort(AbortCause::RedStack);
    }
    if (!servicing_yellow_) {
        request(kReqYellow);
        cpu_error_ |= 010;
    }
}

// The KD11-E (11/34) updates the register of an autoincrement operand only when the bus
// cycle through it completes (CFKABD0 sizes memory with TSTB (R0)+ and expects R0 to
// stay at the first missing address). The others have changed the register already.
// Odd addresses are caught before the cycle and leave the register stepped (the state
// corpus, recorded on the reference simulators, shows it for all models).
void Pdp11Cpu::undo_failed_autoincrement() {
    unsigned last = mmr1_live_ & 0377;
    int delta = static_cast<int>((last >> 3) & 037);
    if (last == 0 || delta >= 020) return;  // no change, or a decrement
    bool same;
    if (fault_physical_) {
        std::uint32_t pa;
        same = mmu_.translate_console(autoinc_ea_, current_mode(psw_), false, pa) && (pa & ~1u) == fault_addr_;
    } else {
        same = (autoinc_ea_ & 0177777) == (fault_addr_ & 0177777);
    }
    if (same) r_[last & 7] = static_cast<std::uint16_t>(r_[last & 7] - delta);
}

// On the KB11 a bus timeout of a kernel stack reference is a fatal stack error like the
// red zone (DCKBM: CLR 176700(SP) reaching the register addresses 777700).
bool Pdp11Cpu::stack_reference_failed() const {
    if (!model_->red_zone || current_mode(psw_) != kKernel || !fault_physical_) return false;
    if (abort_cause_ != AbortCause::NonExistent && abort_cause_ != AbortCause::IoTimeout) return false;
    std::uint32_t pa;
    return stack_ref_ea_ <= 0177777 && mmu_.translate_console(stack_ref_ea_ | kDspace, kKernel, false, pa) &&
           (pa & ~1u) == fault_addr_;
}

void Pdp11Cpu::handle_abort() {
    if (model_->autoinc_after_bus_cycle &&
        (abort_cause_ == AbortCause::NonExistent || abort_cause_ == AbortCause::IoTimeout))
        undo_failed_autoincrement();
    if (stack_reference_failed()) abort_cause_ = AbortCause::RedStack;
    switch (abort_cause_) {
        case AbortCause::OddAddress:
            cpu_error_ |= 0100;
            return trap(04);
        case AbortCause::NonExistent:
            cpu_error_ |= 040;
            return trap(04);
        case AbortCause::IoTimeout:
            cpu_error_ |= 020;
            return trap(04);
        case AbortCause::Mmu:
            return trap(0250);
        case AbortCause::RedStack:
            return red_stack_trap();
    }
}

}  // namespace simmon::pdp11
