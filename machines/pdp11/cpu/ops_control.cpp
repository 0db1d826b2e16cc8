// Jumps and subroutines, trap instructions, returns from interrupt, processor control
// (HALT, WAIT, RESET, SPL, condition-code operators) and the previous-mode moves.
#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "machines/pdp11/bus/unibus.hpp"
#include "machines/pdp11/cpu/operands.hpp"

namespace simmon::pdp11 {

using namespace psw;

// 0001DD JMP Jump. JMP Rn is illegal: trap through 4, or 10 on the 11/45 and 11/70. The
// decode table picks a handler per destination mode, so no mode switch runs here.
void Pdp11Cpu::op_jmp(Pdp11Cpu& c, std::uint16_t) { c.trap(c.model_->jmp_register_vector); }

template <unsigned kMode>
void Pdp11Cpu::op_jmp_mode(Pdp11Cpu& c, std::uint16_t ir) {
    c.r_[7] = static_cast<std::uint16_t>(c.ea_mode<kMode>(ir & 7));
}

// 004RDD JSR Jump to subroutine: push R, R := PC, PC := destination (JSR R,Rn is illegal)
void Pdp11Cpu::op_jsr(Pdp11Cpu& c, std::uint16_t) { c.trap(c.model_->jmp_register_vector); }

template <unsigned kMode>
void Pdp11Cpu::op_jsr_mode(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t target = static_cast<std::uint16_t>(c.ea_mode<kMode>(ir & 7));
    unsigned r = (ir >> 6) & 7;
    c.record_autoinc(6, -2);
    c.push(c.r_[r]);
    c.r_[r] = c.r_[7];
    c.r_[7] = target;
}

template void Pdp11Cpu::op_jmp_mode<1>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_jmp_mode<2>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_jmp_mode<3>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_jmp_mode<4>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_jmp_mode<5>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_jmp_mode<6>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_jmp_mode<7>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_jsr_mode<1>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_jsr_mode<2>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_jsr_mode<3>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_jsr_mode<4>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_jsr_mode<5>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_jsr_mode<6>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_jsr_mode<7>(Pdp11Cpu&, std::uint16_t);

// 00020R RTS Return from subroutine: PC := R, R := pop
void Pdp11Cpu::op_rts(Pdp11Cpu& c, std::uint16_t ir) {
    unsigned r = ir & 7;
    std::uint16_t target = c.r_[r];
    std::uint16_t v = c.pop();
    c.r_[7] = target;
    c.r_[r] = v;
}

// 0064NN MARK Mark: SP := PC + 2*NN, PC := R5, R5 := pop
void Pdp11Cpu::op_mark(Pdp11Cpu& c, std::uint16_t ir) {
    c.r_[6] = static_cast<std::uint16_t>(c.r_[7] + 2 * (ir & 077));
    c.r_[7] = c.r_[5];
    c.r_[5] = c.pop();
}

// 104000-104377 EMT Emulator trap
void Pdp11Cpu::op_emt(Pdp11Cpu& c, std::uint16_t) { c.trap(030); }
// 104400-104777 TRAP Trap
void Pdp11Cpu::op_trap(Pdp11Cpu& c, std::uint16_t) { c.trap(034); }
// 000003 BPT Breakpoint trap
void Pdp11Cpu::op_bpt(Pdp11Cpu& c, std::uint16_t) { c.trap(014); }
// 000004 IOT Input/output trap
void Pdp11Cpu::op_iot(Pdp11Cpu& c, std::uint16_t) { c.trap(020); }

// Outside kernel mode RTI and RTT cannot raise privilege: the new mode bits and register
// set are ORed with the current ones and the priority is kept.
void Pdp11Cpu::return_from_interrupt(bool rtt) {
    std::uint16_t new_pc = pop();
    std::uint16_t new_psw = pop();
    if (current_mode(psw_) != kKernel) {
        std::uint16_t protect = kCurrentMode | kPreviousMode | kRegisterSet;
        new_psw = static_cast<std::uint16_t>((new_psw & ~kPriority) | (psw_ & kPriority) | (psw_ & protect));
    }
    switch_psw(new_psw & model_->psw_mask);
    r_[7] = new_pc;
    if (rtt) trace_inhibit_ = true;  // RTT: the next instruction runs before any trace trap
}

// 000002 RTI Return from interrupt
void Pdp11Cpu::op_rti(Pdp11Cpu& c, std::uint16_t) { c.return_from_interrupt(false); }
// 000006 RTT Return from interrupt, inhibiting the trace trap
void Pdp11Cpu::op_rtt(Pdp11Cpu& c, std::uint16_t) { c.return_from_interrupt(true); }

// 000000 HALT Halt: stops to the console in kernel mode, traps through 4 otherwise
void Pdp11Cpu::op_halt(Pdp11Cpu& c, std::uint16_t) {
    if (current_mode(c.psw_) != kKernel && c.model_->halt_in_user_traps) {
        c.cpu_error_ |= 0200;  // illegal HALT
        return c.trap(c.model_->halt_user_vector);
    }
    c.machine().request_stop(StopCode::Halt, fmt::format("HALT instruction, PC: {:06o}", c.r_[7]));
    c.attention_ = true;
}

// 000001 WAIT Wait for interrupt
void Pdp11Cpu::op_wait(Pdp11Cpu& c, std::uint16_t) {
    if (current_mode(c.psw_) != kKernel && c.model_->wait_in_user_is_nop) return;
    c.waiting_ = true;
    c.attention_ = true;
    // The interrupt that ends the wait is served first; the T bit it saves traps after
    // the following instruction (DCKBM).
    c.trace_inhibit_ = true;
}

// 000005 RESET Reset external bus (kernel mode only; a no-op elsewhere)
void Pdp11Cpu::op_reset(Pdp11Cpu& c, std::uint16_t) {
    if (current_mode(c.psw_) != kKernel) return;
    c.bus_.bus_init();
    c.mmu_.reset();
    c.bus_.set_map_enabled(false);
    c.stack_limit_ = 0;
    c.pirq_ = 0;
    c.update_pirq();
    c.cpu_error_ = 0;
    c.update_derived();
}

// 00023N SPL Set priority level (kernel mode only). The KB11 fetches and runs the next
// instruction before it looks at interrupts again (DCKBG checks this).
void Pdp11Cpu::op_spl(Pdp11Cpu& c, std::uint16_t ir) {
    if (current_mode(c.psw_) != kKernel) return;
    c.psw_ = static_cast<std::uint16_t>((c.psw_ & ~kPriority) | ((ir & 7) << 5));
    c.update_derived();
    c.above_priority_ = 0;
    c.request(kReqSplHold);
}

void Pdp11Cpu::move_from_previous(std::uint16_t ir, bool dspace) {
    unsigned spec = ir & 077;
    int pm = previous_mode(psw_);
    std::uint16_t v;
    if (spec < 8) {
        v = (spec == 6 && pm != current_mode(psw_)) ? sp_[pm] : r_[spec].value();
    } else {
        std::uint32_t ea = ea_word(spec) & 0177777;
        v = read_word_mode(dspace ? ea | kDspace : ea, pm);
    }
    set_cc(nz_word(v) | cc_c());
    record_autoinc(6, -2);
    push(v);
}

void Pdp11Cpu::move_to_previous(std::uint16_t ir, bool dspace) {
    unsigned spec = ir & 077;
    int pm = previous_mode(psw_);
    std::uint16_t v = pop();
    set_cc(nz_word(v) | cc_c());
    if (spec < 8) {
        if (spec == 6 && pm != current_mode(psw_))
            sp_[pm] = v;
        else
            r_[spec] = v;
        return;
    }
    std::uint32_t ea = ea_word(spec) & 0177777;
    write_word_mode(dspace ? ea | kDspace : ea, pm, v);
}

// 0065SS MFPI Move from previous instruction space
void Pdp11Cpu::op_mfpi(Pdp11Cpu& c, std::uint16_t ir) { c.move_from_previous(ir, false); }
// 0066DD MTPI Move to previous instruction space
void Pdp11Cpu::op_mtpi(Pdp11Cpu& c, std::uint16_t ir) { c.move_to_previous(ir, false); }
// 1065SS MFPD Move from previous data space
void Pdp11Cpu::op_mfpd(Pdp11Cpu& c, std::uint16_t ir) { c.move_from_previous(ir, true); }
// 1066DD MTPD Move to previous data space
void Pdp11Cpu::op_mtpd(Pdp11Cpu& c, std::uint16_t ir) { c.move_to_previous(ir, true); }

// Illegal instruction (JMP/JSR to a register, ...): trap through 4
void Pdp11Cpu::op_illegal(Pdp11Cpu& c, std::uint16_t) { c.trap(04); }
// Reserved instruction: trap through 10
void Pdp11Cpu::op_reserved(Pdp11Cpu& c, std::uint16_t) { c.trap(010); }

}  // namespace simmon::pdp11
