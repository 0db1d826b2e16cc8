// Construction, reset, the decode table and the instruction loop. Per instruction the
// loop tests the slice count and one flag, attention_, which everything that needs a look
// between instructions sets (a pending trap or interrupt, trace, a stop request, an
// observer); then it fetches the opcode (one or FD and one), decodes the specifiers the
// isa table lists for it in shared code, and calls its handler. A handler or specifier that
// faults returns false, and abort_instruction() backs the instruction out and takes the
// fault (vax_cpu.hpp).
#include "machines/vax/cpu/handler_support.hpp"
#include "machines/vax/cpu/operands_decode.hpp"
#include "machines/vax/cpu/handler_table.hpp"

namespace simmon::vax {

namespace ops {

// An opcode the architecture does not define, or that the CVAX does not implement:
// the reserved-instruction fault (ARM 5.4.3).
bool reserved(VaxCpu& c) { return c.reserved_instruction(); }

// An instruction the CVAX leaves to software: decode its specifiers (unless resuming a
// first-part-done emulation) and take the emulation trap.
bool emulated(VaxCpu& c) {
    const std::uint16_t opcode = c.current_opcode();
    if (!(c.psl_ & kPslFPD)) VAX_TRY(c.decode_operands(c.decode_[opcode_index(opcode)].emulated_packed));
    return c.emulate(opcode);
}

// An instruction the architecture defines and simmon does not implement yet: the run
// stops with the PC at it, loudly (docs/machines/vax.md lists them).
bool unimplemented(VaxCpu& c) {
    c.r_[15] = c.pc0_;
    return c.halt(HaltReason::Unimplemented, c.current_opcode());
}

}  // namespace ops

VaxCpu::VaxCpu(PhysicalMemory& memory) : mem_(memory) {
    build_decode_table();
    memory_resized();
    reset();
}

void VaxCpu::build_decode_table() {
    HandlerTable handlers{};
    register_integer(handlers);
    register_control(handlers);
    register_field(handlers);
    register_string(handlers);
    register_queue(handlers);
    register_privileged(handlers);
    register_float(handlers);
    for (unsigned i = 0; i < decode_.size(); ++i) {
        DecodeEntry& d = decode_[i];
        d = DecodeEntry{};
        d.opcode = static_cast<std::uint16_t>(i < 256 ? i : (0xFD00 | (i & 0xFF)));
        d.handler = ops::reserved;
        const OpcodeInfo* info = find_opcode(d.opcode);
        if (!info || info->cvax == Cvax::Reserved) continue;
        if (info->cvax == Cvax::Emulated) {
            d.handler = ops::emulated;
            d.emulated = operands_of(*info);
            d.emulated_packed = pack_operands(d.emulated);
            continue;
        }
        d.operands = pack_operands(operands_of(*info));
        d.handler = handlers[i] ? handlers[i] : ops::unimplemented;
        // MOVC3 and MOVC5 resume with FPD set without decoding (ops_string.cpp).
        if (d.opcode == 0x28 || d.opcode == 0x2C) d.operands.count |= kResumesWithFpd;
    }
}

void VaxCpu::memory_resized() {
    mem_data_ = mem_.data();
    dirty_ = mem_.dirty_flags();
    mem_size_ = static_cast<std::uint32_t>(std::min<std::size_t>(mem_.size(), 0x20000000u));
    invalidate_tlb();
}

void VaxCpu::reset() {
    // Power-up (ARM 5.6, KA655 "Power-up"): kernel mode on the interrupt stack at IPL 1F,
    // memory management off, nothing pending. The general registers are unpredictable;
    // we keep them.
    sp_.fill(0);
    psl_ = kPslIS | 0x1Fu << kPslIplShift;
    cc_ = 0;
    mode_ = 0;
    mapen_ = 0;
    sisr_ = 0;
    astlvl_ = 4;
    iccs_ = 0;
    clock_pending_ = false;
    trap_code_ = 0;
    fault_ = false;
    halt_reason_ = HaltReason::None;
    invalidate_tlb();
    attention_ = true;
}

std::uint16_t VaxCpu::current_opcode() {
    // Read again from the instruction stream, where it was just fetched (so it cannot
    // fault); the loop does not keep it, for the few handlers that need it.
    std::uint32_t b = 0, second = 0;
    read8(pc0_, b);
    if (b != 0xFD) return static_cast<std::uint16_t>(b);
    read8(pc0_ + 1, second);
    return static_cast<std::uint16_t>(0xFD00 | second);
}

RunExit VaxCpu::run(std::uint64_t budget) {
    *slice_ = CpuSlice{budget, budget, slice_->unit};
    exit_ = RunExit::Budget;
    if (halt_reason_ != HaltReason::None) halt_reason_ = HaltReason::None;
    attention_ = true;
    run_loop();
    return exit_;
}

bool VaxCpu::attend() {
    attention_ = false;
    if (exit_ != RunExit::Budget) return false;
    if (stop_requested_) {
        stop_requested_ = false;
        exit_ = RunExit::Stop;
        return false;
    }
    if (trap_code_) {
        // An arithmetic trap of the instruction just completed (ARM 5.4.2).
        const std::uint32_t code = trap_code_;
        trap_code_ = 0;
        // A trace pending stays pending in the saved PSL: it is taken after the REI.
        take_exception(kVecArithmetic, &code, 1, r_[15]);
    } else if (psl_ & kPslTP) {
        // Trace (ARM 5.4.6): TP was set from T at the start of the instruction just done.
        psl_ &= ~kPslTP;
        take_exception(kVecTrace, nullptr, 0, r_[15]);
    }
    if (exit_ != RunExit::Budget) return false;
    if (take_pending_interrupt() && exit_ != RunExit::Budget) return false;
    if (psl_ & kPslT) {
        psl_ |= kPslTP;
        attention_ = true;
    }
    if (observer_) {
        attention_ = true;
        if (!observer_->before_instruction(r_[15])) {
            exit_ = RunExit::Stop;
            return false;
        }
    }
    return true;
}

void VaxCpu::abort_instruction() {
    if (exit_ != RunExit::Budget && !fault_) return;  // halted inside the instruction
    for (unsigned i = rlog_n_; i > 0; --i) r_[rlog_[i - 1].n] = rlog_[i - 1].value;
    rlog_n_ = 0;
    r_[15] = pc0_;
    if (!fault_) return;
    fault_ = false;
    // The instruction will run again and trace then (ARM 5.4.6: a fault clears TP).
    psl_ &= ~kPslTP;
    if (fault_vector_ == kVecMachineCheck) {
        // The CVAX frame (KA655 manual, "Machine check"): the byte count of what follows up
        // to the PC (the console ROM's handler pops by it), the code, the most recent
        // virtual address, two longwords of internal state, then PC and PSL.
        const std::uint32_t params[5] = {0x10, fault_params_[0], fault_params_[1], 0, 0};
        take_exception(kVecMachineCheck, params, 5, pc0_);
        return;
    }
    const std::uint32_t params[2] = {fault_params_[0], fault_params_[1]};
    take_exception(fault_vector_, params, fault_nparams_, pc0_);
}

void VaxCpu::run_loop() {
    CpuSlice& slice = *slice_;
    while (slice.left != 0) {
        if (attention_ && !attend()) return;
        std::uint32_t pc = r_[15];
        pc0_ = pc;
        rlog_n_ = 0;
        unsigned index = 0;
        // The opcode, from the cached instruction page when the PC is on it: its second
        // byte too for FD. decode_operands_at() carries on from `pc` and sets R15.
        if ((pc >> 9) == ipage_vpn_ && (pc & 0x1FF) != 0x1FF) [[likely]] {
            index = ipage_host_[pc & 0x1FF];
            ++pc;
            if (index == 0xFD) {
                index = 256 + ipage_host_[pc & 0x1FF];
                ++pc;
            }
        } else {
            std::uint32_t b = 0;
            if (!ifetch8(b)) [[unlikely]] {
                abort_instruction();
                --slice.left;
                continue;
            }
            index = b;
            if (b == 0xFD) {
                if (!ifetch8(b)) [[unlikely]] {
                    abort_instruction();
                    --slice.left;
                    continue;
                }
                index = 256 + b;
            }
            pc = r_[15];
        }
        const DecodeEntry& d = decode_[index];
        if (!decode_operands_at(d.operands, pc) || !d.handler(*this)) [[unlikely]]
            abort_instruction();
        --slice.left;
    }
}

}  // namespace simmon::vax
