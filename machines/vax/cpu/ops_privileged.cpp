// Privileged and mode-changing instructions (ARM chapters 5, 6 and 8): HALT, CHMx, REI,
// MTPR/MFPR and the processor registers, LDPCTX/SVPCTX, PROBER/PROBEW.
#include "machines/vax/cpu/handler_support.hpp"
#include "machines/vax/cpu/handler_table.hpp"

namespace simmon::vax {

bool VaxCpu::read_ipr(std::uint32_t n, std::uint32_t& v) {
    switch (n) {
        case kIprKSP: case kIprESP: case kIprSSP: case kIprUSP: case kIprISP: v = stack_pointer(n); return true;
        case kIprP0BR: v = p0br_; return true;
        case kIprP0LR: v = p0lr_; return true;
        case kIprP1BR: v = p1br_; return true;
        case kIprP1LR: v = p1lr_; return true;
        case kIprSBR: v = sbr_; return true;
        case kIprSLR: v = slr_; return true;
        case kIprPCBB: v = pcbb_; return true;
        case kIprSCBB: v = scbb_; return true;
        case kIprIPL: v = (psl_ & kPslIpl) >> kPslIplShift; return true;
        case kIprASTLVL: v = astlvl_; return true;
        case kIprSISR: v = sisr_; return true;
        case kIprMAPEN: v = mapen_; return true;
        case kIprSID: v = kSidKa655; return true;
        case kIprTODR:
            if (io_ && io_->read_ipr(n, v)) return true;  // the KA655's SSC keeps it
            v = todr_;
            return true;
        case kIprMCESR: v = mcesr_; return true;
        case kIprSAVPC: v = savpc_; return true;
        case kIprSAVPSL: v = savpsl_; return true;
        case kIprICCS: v = iccs_; return true;
        default: break;
    }
    if (io_ && io_->read_ipr(n, v)) return true;
    switch (n) {
        case kIprTXCS: v = 0x80; return true;  // transmitter always ready without a console
        case kIprRXCS: case kIprRXDB: v = 0; return true;
        // The KA655 reads the registers it does not implement (below 64) as zero and
        // ignores writes to them; only numbers from 64 up are reserved operands (KA655
        // manual, "Internal processor registers", classes 3 and 4).
        default: v = 0; return n < 64;
    }
}

bool VaxCpu::write_ipr(std::uint32_t n, std::uint32_t v) {
    switch (n) {
        case kIprKSP: case kIprESP: case kIprSSP: case kIprUSP: case kIprISP: set_stack_pointer(n, v); return true;
        case kIprP0BR: p0br_ = v & ~3u; return true;  // a system virtual address
        case kIprP0LR: p0lr_ = v & 0x003FFFFF; return true;
        case kIprP1BR: p1br_ = v & ~3u; return true;
        case kIprP1LR: p1lr_ = v & 0x003FFFFF; return true;
        case kIprSBR: sbr_ = v & 0x3FFFFFFC; return true;
        case kIprSLR: slr_ = v & 0x003FFFFF; return true;
        case kIprPCBB: pcbb_ = v & 0x3FFFFFFC; return true;
        case kIprSCBB: scbb_ = v & 0x3FFFFE00; return true;
        case kIprIPL:
            psl_ = (psl_ & ~kPslIpl) | (v & 0x1F) << kPslIplShift;
            check_interrupts();
            return true;
        case kIprASTLVL: astlvl_ = v & 7; check_interrupts(); return true;
        case kIprSIRR:
            if (v & 0xF) sisr_ |= 1u << (v & 0xF);
            check_interrupts();
            return true;
        case kIprSISR: sisr_ = v & 0xFFFE; check_interrupts(); return true;
        case kIprMAPEN:
            mapen_ = v & 1;
            invalidate_tlb();
            return true;
        case kIprTBIA: invalidate_tlb(); return true;
        case kIprTBIS:
            tlb_[(v >> 9) & ((1u << kTlbBits) - 1)] = TlbEntry{};
            flush_ipage();
            return true;
        case kIprTBCHK: return true;
        case kIprTODR:
            if (io_ && io_->write_ipr(n, v)) return true;
            todr_ = v;
            return true;
        case kIprMCESR: mcesr_ = 0; return true;
        case kIprIORESET: return true;
        case kIprICCS:
            // Only the interrupt enable is implemented on the KA655; clearing it also drops
            // a request not yet taken.
            iccs_ = v & kIccsIe;
            if (!iccs_) clock_pending_ = false;
            check_interrupts();
            return true;
        default: break;
    }
    if (io_ && io_->write_ipr(n, v)) return true;
    switch (n) {
        case kIprTXCS: case kIprRXCS: case kIprTXDB: return true;
        default: return n < 64;
    }
}

namespace {

bool kernel_only(VaxCpu& c) { return c.cur_mode() == kKernel; }

// 00 HALT: privileged; in kernel mode the processor halts with the PC past it.
bool halt_op(VaxCpu& c) {
    if (!kernel_only(c)) return c.reserved_instruction();
    return c.halt(HaltReason::HaltInstruction);
}

// BC-BF CHMK, CHME, CHMS, CHMU code.rw (ARM 6.5): to the more privileged of the target and
// the current mode, on that mode's stack, through SCB vector 40 + 4 * target.
template <unsigned Target>
bool chm(VaxCpu& c) {
    if (c.psl_ & kPslIS) return c.halt(HaltReason::ChmOnInterruptStack);
    const unsigned cur = c.cur_mode();
    const unsigned mode = Target < cur ? Target : cur;
    const std::uint32_t old_psl = c.psl();
    const std::uint32_t sp = mode == cur ? c.r_[14] : c.sp_[mode];
    std::uint32_t entry = 0;
    VAX_TRY(c.read_physical32((c.scbb_ & ~3u) + kVecChmk + 4 * Target, entry));
    if ((entry & 3) >= 2) return c.halt(HaltReason::ScbVector, kVecChmk + 4 * Target);
    // The frame is written with the new mode's access rights.
    c.mode_ = mode;
    c.flush_ipage();
    const bool ok = c.write32(sp - 12, static_cast<std::uint32_t>(sx<2>(val(c, 0)))) && c.write32(sp - 8, c.r_[15]) &&
                    c.write32(sp - 4, old_psl);
    c.mode_ = cur;
    if (!ok) return false;
    c.switch_stack((old_psl & kPslIpl) | mode << kPslCurShift | cur << kPslPrvShift);
    c.r_[14] = sp - 12;
    c.r_[15] = entry & ~3u;
    return true;
}

// 02 REI (ARM 6.4): pops PC and PSL, after checking that the new PSL is legal.
bool rei(VaxCpu& c) {
    std::uint32_t pc = 0, psl = 0;
    VAX_TRY(c.read32(c.r_[14], pc));
    VAX_TRY(c.read32(c.r_[14] + 4, psl));
    const std::uint32_t cur = c.cur_mode();
    const std::uint32_t new_cur = (psl & kPslCur) >> kPslCurShift;
    const std::uint32_t new_prv = (psl & kPslPrv) >> kPslPrvShift;
    const std::uint32_t new_ipl = (psl & kPslIpl) >> kPslIplShift;
    const std::uint32_t ipl = (c.psl_ & kPslIpl) >> kPslIplShift;
    if ((psl & kPslMbz) || (psl & kPslCM) || new_cur < cur || new_prv < new_cur ||
        ((psl & kPslIS) && (new_cur != 0 || new_ipl == 0 || !(c.psl_ & kPslIS))) || new_ipl > ipl || (new_cur != 0 && new_ipl != 0))
        return c.reserved_operand();
    c.r_[14] += 8;
    // A trace pending from REI's own start (T was set) survives it (ARM 5.4.6).
    c.switch_stack(psl | (c.psl_ & kPslTP));
    c.r_[15] = pc;
    // An AST for the new mode (ARM 6.6): a software interrupt at level 2.
    if (!(psl & kPslIS) && new_cur >= c.astlvl_) c.sisr_ |= 1u << 2;
    c.check_interrupts();
    return true;
}

// DA MTPR src.rl,procreg.rl
bool mtpr(VaxCpu& c) {
    if (!kernel_only(c)) return c.reserved_instruction();
    const std::uint32_t v = val(c, 0);
    if (!c.write_ipr(val(c, 1), v)) return c.reserved_operand();
    c.cc_ = (c.cc_ & kPslC) | (static_cast<std::int32_t>(v) < 0 ? kPslN : 0) | (v == 0 ? kPslZ : 0);
    if (val(c, 1) == kIprTBCHK) {
        // TBCHK: V tells whether the translation buffer holds the page (ARM 4.5).
        const VaxCpu::TlbEntry& e = c.tlb_[(v >> 9) & ((1u << VaxCpu::kTlbBits) - 1)];
        if (e.vpn == (v >> 9) && (e.read | e.write | e.io)) c.cc_ |= kPslV;
    }
    return true;
}

// DB MFPR procreg.rl,dst.wl
bool mfpr(VaxCpu& c) {
    if (!kernel_only(c)) return c.reserved_instruction();
    std::uint32_t v = 0;
    if (!c.read_ipr(val(c, 0), v)) return c.reserved_operand();
    VAX_TRY(c.store(op(c, 1), 4, v));
    cc_nz<4>(c, v);
    return true;
}

// The process control block (ARM 6.2): KSP ESP SSP USP R0-R11 AP FP PC PSL P0BR P0LR P1BR P1LR.
constexpr std::uint32_t kPcbPc = 72, kPcbPsl = 76, kPcbP0br = 80, kPcbP0lr = 84, kPcbP1br = 88, kPcbP1lr = 92;

// 06 LDPCTX
bool ldpctx(VaxCpu& c) {
    if (!kernel_only(c)) return c.reserved_instruction();
    std::uint32_t pcb[24];
    for (unsigned i = 0; i < 24; ++i) VAX_TRY(c.read_physical32(c.pcbb_ + 4 * i, pcb[i]));
    // Process translations go (ARM 4.5: LDPCTX invalidates the process part of the TB).
    for (VaxCpu::TlbEntry& e : c.tlb_)
        if (!(e.vpn & (1u << 22))) e = VaxCpu::TlbEntry{};
    c.flush_ipage();
    // Execution moves to the process's kernel stack (the interrupt stack pointer, if that
    // was in use, is kept), where the PCB's PC and PSL go for the REI that follows.
    c.switch_stack(c.psl() & ~kPslIS);
    for (unsigned m = 1; m < 4; ++m) c.sp_[m] = pcb[m];
    c.r_[14] = pcb[0];
    for (unsigned r = 0; r < 14; ++r) c.r_[r] = pcb[4 + r];
    c.p0br_ = pcb[kPcbP0br / 4] & ~3u;
    c.p0lr_ = pcb[kPcbP0lr / 4] & 0x003FFFFF;
    c.astlvl_ = (pcb[kPcbP0lr / 4] >> 24) & 7;
    c.p1br_ = pcb[kPcbP1br / 4] & ~3u;
    c.p1lr_ = pcb[kPcbP1lr / 4] & 0x003FFFFF;
    VAX_TRY(c.push(pcb[kPcbPsl / 4]));
    VAX_TRY(c.push(pcb[kPcbPc / 4]));
    return true;
}

// 07 SVPCTX
bool svpctx(VaxCpu& c) {
    if (!kernel_only(c)) return c.reserved_instruction();
    std::uint32_t pc = 0, psl = 0;
    VAX_TRY(c.read32(c.r_[14], pc));
    VAX_TRY(c.read32(c.r_[14] + 4, psl));
    c.r_[14] += 8;
    for (unsigned m = 0; m < 4; ++m) VAX_TRY(c.write_physical32(c.pcbb_ + 4 * m, c.stack_pointer(m)));
    for (unsigned r = 0; r < 14; ++r) VAX_TRY(c.write_physical32(c.pcbb_ + 16 + 4 * r, c.r_[r]));
    VAX_TRY(c.write_physical32(c.pcbb_ + kPcbPc, pc));
    VAX_TRY(c.write_physical32(c.pcbb_ + kPcbPsl, psl));
    if (!(c.psl_ & kPslIS)) {
        // Onto the interrupt stack, at IPL 1 at least.
        std::uint32_t ipl = (c.psl_ & kPslIpl) >> kPslIplShift;
        if (ipl == 0) ipl = 1;
        c.switch_stack((c.psl() & ~kPslIpl) | kPslIS | ipl << kPslIplShift);
    }
    return true;
}

// 0C PROBER, 0D PROBEW mode.rb,len.rw,base.ab (ARM 4.7)
template <bool Write>
bool probe(VaxCpu& c) {
    unsigned mode = val(c, 0) & 3;
    const unsigned prv = (c.psl_ & kPslPrv) >> kPslPrvShift;
    if (prv > mode) mode = prv;
    const std::uint32_t base = op(c, 2).addr, len = val(c, 1) & 0xFFFF;
    bool ok1 = false, ok2 = false;
    VAX_TRY(c.probe(base, Write, mode, ok1));
    VAX_TRY(c.probe(base + len - 1, Write, mode, ok2));
    c.cc_ = (c.cc_ & kPslC) | ((ok1 && ok2) ? 0 : kPslZ);
    return true;
}

}  // namespace

void register_privileged(HandlerTable& t) {
    t[0x00] = halt_op;
    t[0xBC] = chm<0>;
    t[0xBD] = chm<1>;
    t[0xBE] = chm<2>;
    t[0xBF] = chm<3>;
    t[0x02] = rei;
    t[0xDA] = mtpr;
    t[0xDB] = mfpr;
    t[0x06] = ldpctx;
    t[0x07] = svpctx;
    t[0x0C] = probe<false>;
    t[0x0D] = probe<true>;
}

}  // namespace simmon::vax
