// Exceptions and interrupts (ARM chapter 5): the SCB dispatch, the frames on the kernel
// or interrupt stack, kernel-stack-not-valid, the processor halts of ARM 5.6, software
// interrupts, the emulation trap of the CVAX, and the state changes of the PSL that
// switch stacks.
#include "machines/vax/cpu/memory_access.hpp"

namespace simmon::vax {

bool VaxCpu::set_fault(std::uint32_t vector, unsigned nparams, std::uint32_t p0, std::uint32_t p1) {
    if (!fault_) {
        fault_ = true;
        fault_vector_ = vector;
        fault_nparams_ = nparams;
        fault_params_[0] = p0;
        fault_params_[1] = p1;
    }
    return false;
}

bool VaxCpu::halt(HaltReason why, std::uint32_t detail) {
    if (io_ && why != HaltReason::Unimplemented && io_->has_console_rom()) {
        std::uint32_t code = kRestartHaltInstruction;
        switch (why) {
            case HaltReason::InterruptStackNotValid: code = kRestartInterruptStackNotValid; break;
            case HaltReason::ScbVector: code = kRestartScbVector11; break;
            case HaltReason::ChmOnInterruptStack: code = kRestartChmOnInterruptStack; break;
            default: break;
        }
        enter_console(code);
        return true;
    }
    halt_reason_ = why;
    halt_detail_ = detail;
    exit_ = RunExit::Halt;
    attention_ = true;
    return true;
}

void VaxCpu::enter_console(std::uint32_t restart_code) {
    savpc_ = r_[15];
    savpsl_ = (psl() & 0xFFFF00FFu) | (restart_code & 0x3F) << 8 | (mapen_ & 1) << 15;
    mapen_ = 0;
    invalidate_tlb();
    trap_code_ = 0;
    fault_ = false;
    switch_stack(kPslIS | 0x1Fu << kPslIplShift);
    r_[15] = kConsoleRomBase;
    flush_ipage();
    attention_ = true;
}

std::uint32_t VaxCpu::stack_pointer(unsigned which) const {
    const unsigned current = (psl_ & kPslIS) ? 4 : cur_mode();
    return which == current ? r_[14] : sp_[which];
}

void VaxCpu::set_stack_pointer(unsigned which, std::uint32_t v) {
    const unsigned current = (psl_ & kPslIS) ? 4 : cur_mode();
    if (which == current) r_[14] = v;
    else sp_[which] = v;
}

void VaxCpu::switch_stack(std::uint32_t new_psl) {
    const unsigned old_index = (psl_ & kPslIS) ? 4 : cur_mode();
    sp_[old_index] = r_[14];
    psl_ = new_psl & ~0xFu;
    cc_ = new_psl & 0xFu;
    const unsigned new_index = (psl_ & kPslIS) ? 4 : cur_mode();
    r_[14] = sp_[new_index];
    mode_ = cur_mode();
    flush_ipage();
    attention_ = true;  // interrupts, trace
}

void VaxCpu::set_psl(std::uint32_t psl) { switch_stack(psl); }

void VaxCpu::take_exception(std::uint32_t vector, const std::uint32_t* params, unsigned nparams,
                            std::uint32_t return_pc, bool interrupt, unsigned new_ipl) {
    const std::uint32_t old_psl = psl();
    fault_ = false;
    std::uint32_t entry = 0;
    if (!read_physical32((scbb_ & ~3u) + vector, entry)) {
        fault_ = false;
        halt(HaltReason::ScbVector, vector);
        return;
    }
    if ((entry & 3) >= 2) {
        // Bits <1:0> of 2 (writable control store) or 3: the processor halts (ARM 5.4.1).
        halt(HaltReason::ScbVector, vector);
        return;
    }
    // Vector bit 0 chooses the interrupt stack; with it clear the event is served on the
    // kernel stack unless the processor is already on the interrupt stack (ARM 5.4.1;
    // the CVAX does so for interrupts as well, as EHKAA checks for software interrupts).
    const bool to_is = (entry & 1) || (old_psl & kPslIS);
    const std::uint32_t old_ipl = (old_psl & kPslIpl) >> kPslIplShift;
    const std::uint32_t ipl = interrupt ? new_ipl : (entry & 1) ? 0x1F : old_ipl;
    const std::uint32_t prv = interrupt ? 0 : ((old_psl & kPslCur) >> kPslCurShift);
    switch_stack((to_is ? kPslIS : 0) | ipl << kPslIplShift | prv << kPslPrvShift);
    bool ok = push(old_psl) && push(return_pc);
    for (unsigned i = nparams; ok && i > 0; --i) ok = push(params[i - 1]);
    if (!ok) {
        fault_ = false;
        if (psl_ & kPslIS) {
            halt(HaltReason::InterruptStackNotValid, vector);
            return;
        }
        // Kernel stack not valid (ARM 5.4.4): the frame goes on the interrupt stack at
        // IPL 1F, with the PSL and PC of the original exception.
        std::uint32_t ksnv = 0;
        if (!read_physical32((scbb_ & ~3u) + kVecKernelStackNotValid, ksnv) || (ksnv & 3) >= 2) {
            fault_ = false;
            halt(HaltReason::ScbVector, kVecKernelStackNotValid);
            return;
        }
        switch_stack(kPslIS | 0x1Fu << kPslIplShift | prv << kPslPrvShift);
        if (!push(old_psl) || !push(return_pc)) {
            fault_ = false;
            halt(HaltReason::InterruptStackNotValid, vector);
            return;
        }
        r_[15] = ksnv & ~3u;
        return;
    }
    r_[15] = entry & ~3u;
    in_exception_ = false;
}

bool VaxCpu::emulate(std::uint16_t opcode) {
    // The CVAX's emulation trap (CVAX chip manual "Instruction emulation"; ARM 11): the
    // processor has decoded the specifiers; it pushes the opcode, the instruction's PC,
    // eight operand longwords, the next PC and the PSL on the current stack, without a
    // mode change, and continues at the SCB's emulation vector.
    std::uint32_t entry = 0;
    const bool fpd = (psl_ & kPslFPD) != 0;
    if (!read_physical32((scbb_ & ~3u) + (fpd ? kVecEmulationFpd : kVecEmulation), entry)) return false;
    if (fpd) {
        // Resuming a suspended emulation: only PC and PSL (ARM: the FPD form of the frame).
        if (!write32(r_[14] - 8, pc0_) || !write32(r_[14] - 4, psl())) return false;
        r_[14] -= 8;
        psl_ &= ~(kPslFPD | kPslTP | kPslT);
        cc_ = 0;
        r_[15] = entry & ~3u;
        return true;
    }
    const OperandList& list = decode_[opcode_index(opcode)].emulated;
    std::uint32_t frame[12] = {};
    frame[0] = opcode > 0xFF ? opcode & 0xFF : opcode;
    frame[1] = pc0_;
    for (unsigned i = 0; i < list.count && i < 8; ++i) {
        const Operand& o = op_[i];
        const Access a = list.spec[i].access;
        frame[2 + i] = (a == Access::Read) ? static_cast<std::uint32_t>(o.value)
                                           : (o.reg >= 0 ? ~static_cast<std::uint32_t>(o.reg) : o.addr);
    }
    frame[10] = r_[15];
    frame[11] = psl();
    const std::uint32_t sp = r_[14] - 48;
    for (unsigned i = 0; i < 12; ++i)
        if (!write32(sp + 4 * i, frame[i])) return false;
    r_[14] = sp;
    // Same mode and stack; the condition codes, trace and FPD are cleared (the emulator
    // finds the caller's PSL in the frame).
    psl_ &= ~(kPslTP | kPslT | kPslFPD);
    cc_ = 0;
    r_[15] = entry & ~3u;
    attention_ = true;
    return true;
}

bool VaxCpu::take_pending_interrupt() {
    // The highest request above the IPL wins (ARM 5.2): devices (IPL 14-17, the interval
    // timer at 16) over software interrupts (1-15).
    const unsigned ipl = (psl_ & kPslIpl) >> kPslIplShift;
    unsigned level = 0;
    enum { kNone, kClock, kDevice, kSoftware } source = kNone;
    if (clock_pending_ && kClockIpl > ipl) {
        level = kClockIpl;
        source = kClock;
    }
    if (io_) {
        const unsigned hw = io_->interrupt_level();
        if (hw > ipl && hw > level) {
            level = hw;
            source = kDevice;
        }
    }
    if (ipl < 15 && (sisr_ >> (ipl + 1)) != 0) {
        for (unsigned l = 15; l > ipl && l > level; --l)
            if (sisr_ & (1u << l)) {
                level = l;
                source = kSoftware;
                break;
            }
    }
    std::uint32_t vector = 0;
    switch (source) {
        case kNone: return false;
        case kClock:
            clock_pending_ = false;
            vector = kVecIntervalTimer;
            break;
        case kDevice: vector = io_->acknowledge(level); break;
        case kSoftware:
            sisr_ &= ~(1u << level);
            vector = kVecSoftware + 4 * level;
            break;
    }
    take_exception(vector, nullptr, 0, r_[15], true, level);
    return true;
}

}  // namespace simmon::vax
