// Status switching and the Model 67's control instructions (PoO "Status Switching";
// FC67): SVC, SSM, LPSW, SSK, ISK, DIAGNOSE, LMC, STMC, LRA, and the two handlers every
// opcode a program may not execute leads to. All but SVC are privileged: in problem
// state the dispatch table sends them to privileged_operation() without running them.
#include "machines/s360/cpu/handler_list.hpp"

namespace simmon::s360::ops {

// An opcode this model does not have (PoO: operation exception, suppressed).
void invalid_operation(S360Cpu& c, std::uint32_t, std::uint32_t) { c.program_interrupt(kOperation); }

// A privileged opcode in problem state: the trap CP-67 simulates its guests by. A
// DIAGNOSE's code (its operand address, B1 + D1) is counted as well, as it is in
// supervisor state: a virtual machine's request to CP, counted by code from the outside.
void privileged_operation(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    ++c.stats_.privileged_by_opcode[iw >> 24];
    if ((iw >> 24) == 0x83) ++c.stats_.diagnose_by_code[rs_addr(c, iw) & 0xFFF];
    c.program_interrupt(kPrivilegedOperation);
}

// 84 WRD Write Direct, 85 RDD Read Direct [SI]: the direct-control feature is not
// installed (the isa table keeps them out of the dispatch); should a table ever route
// them here, they are operation exceptions as well.
void wrd(S360Cpu& c, std::uint32_t, std::uint32_t) { c.program_interrupt(kOperation); }
void rdd(S360Cpu& c, std::uint32_t, std::uint32_t) { c.program_interrupt(kOperation); }

// 0A SVC Supervisor Call [RR]: the I field is the interruption code.
void svc(S360Cpu& c, std::uint32_t iw, std::uint32_t) { c.supervisor_call(static_cast<std::uint8_t>(iw >> 16)); }

// 08 SSK Set Storage Key [RR]: R2 bits 8-20 name a 2K block of real storage (bits 28-31
// must be zero); R1 bits 24-30 become its key, fetch-protection, reference and change
// bits (the 65 keeps only key and fetch protection).
void ssk(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t a = c.gr_[rr_r2(iw)] & 0x00FFFFFF;
    if (a & 0x0F) {
        c.program_interrupt(kSpecification);
        return;
    }
    if (a >= c.memory().size()) {
        c.program_interrupt(kAddressing);
        return;
    }
    std::uint8_t key = static_cast<std::uint8_t>(c.gr_[rr_r1(iw)] & 0xFE);
    if (c.model() == CpuModel::Model65) key &= kKeyMask | kKeyFetch;
    c.set_storage_key(a, key);
}
// 09 ISK Insert Storage Key [RR]: the block's key to R1 bits 24-31, bits 0-23 unchanged.
// In basic mode the 67 shows key and fetch-protection bit only; in extended mode also
// reference and change (as the reference's working 67 does; see the CPU notes).
void isk(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t a = c.gr_[rr_r2(iw)] & 0x00FFFFFF;
    if (a & 0x0F) {
        c.program_interrupt(kSpecification);
        return;
    }
    if (a >= c.memory().size()) {
        c.program_interrupt(kAddressing);
        return;
    }
    std::uint8_t key = c.storage_key(a);
    if (!c.extended_mode()) key &= kKeyMask | kKeyFetch;
    const unsigned r1 = rr_r1(iw);
    c.gr_[r1] = (c.gr_[r1] & 0xFFFFFF00u) | key;
}

// 80 SSM Set System Mask [SI]: PSW bits 0-7 from the byte at the operand address. In
// extended mode those are the 32-bit, translation, I/O and external bits, so SSM turns
// DAT on and off; bits 0-3 must then be zero (specification).
void ssm(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (!c.fetch8(rs_addr(c, iw), v)) return;
    if (c.extended_mode() && (v & 0xF0)) {
        c.program_interrupt(kSpecification);
        return;
    }
    c.sys_mask_ = static_cast<std::uint8_t>(v);
    c.recompute_modes();
}
// 82 LPSW Load PSW [SI]: the doubleword (aligned) at the operand address becomes the
// PSW. An invalid extended-format PSW is a specification exception once loaded.
void lpsw(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t a = rs_addr(c, iw);
    if (a & 7) {
        c.program_interrupt(kSpecification);
        return;
    }
    std::uint64_t v = 0;
    if (!c.fetch64(a, v)) return;
    c.ilc_ = 0;
    if (!c.load_psw(v)) c.program_interrupt(kSpecification);
}
// 83 DIAGNOSE [SI]: model-dependent maintenance functions on the real machine; here, in
// supervisor state, a no-op that only counts its code (the operand address, B1 + D1),
// which CP-67 guests use as a request to CP (in problem state it never gets here).
void diagnose(S360Cpu& c, std::uint32_t iw, std::uint32_t) { ++c.stats_.diagnose_by_code[rs_addr(c, iw) & 0xFFF]; }

// B8 LMC Load Multiple Control [RS] (Model 67): CR R1 through R3 from the aligned words
// at the operand address. Loading CR0 purges the look-aside whatever the value; CR6 may
// switch the PSW format; CR8-CR14 are sensing registers that a load does not change.
void lmc(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t a = rs_addr(c, iw);
    if (a & 3) {
        c.program_interrupt(kSpecification);
        return;
    }
    const unsigned r1 = rx_r1(iw);
    const unsigned count = ((rs_r3(iw) - r1) & 15) + 1;
    S360Cpu::Operand op;
    if (!c.prepare_operand(a, count * 4, false, op)) return;
    bool purge = false, modes = false;
    for (unsigned i = 0; i < count; ++i) {
        std::uint32_t v = 0;
        for (unsigned b = 0; b < 4; ++b) v = v << 8 | c.mem_byte(op.real(i * 4 + b));
        const unsigned r = (r1 + i) & 15;
        if (r >= 8 && r <= 14) continue;
        if (r == 6) v &= 0xF0C000FFu;  // the assigned bits (reference section 10)
        c.cr_[r] = v;
        purge |= r == 0;
        modes |= r == 6 || r == 4;
    }
    if (purge) c.purge_tlb();
    if (modes) c.recompute_modes();
}
// B0 STMC Store Multiple Control [RS] (Model 67)
void stmc(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t a = rs_addr(c, iw);
    if (a & 3) {
        c.program_interrupt(kSpecification);
        return;
    }
    const unsigned r1 = rx_r1(iw);
    const unsigned count = ((rs_r3(iw) - r1) & 15) + 1;
    S360Cpu::Operand op;
    if (!c.prepare_operand(a, count * 4, true, op)) return;
    for (unsigned i = 0; i < count; ++i) {
        const std::uint32_t v = c.cr_[(r1 + i) & 15];
        for (unsigned b = 0; b < 4; ++b) c.set_mem_byte(op.real(i * 4 + b), static_cast<std::uint8_t>(v >> (24 - 8 * b)));
    }
}
// B1 LRA Load Real Address [RX] (Model 67): translates the second-operand address with
// CR0 whether or not translation is on. CC 0 and the real address; CC 1 segment
// exception, CC 2 page exception, each with the failing table entry's real address in
// R1; a table outside storage is an addressing exception.
void lra(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t ra = 0, entry = 0;
    const int r = c.translate_probe(rx_addr(c, iw), ra, entry);
    if (r == 3) {
        c.program_interrupt(kAddressing);
        return;
    }
    const unsigned r1 = rx_r1(iw);
    if (r == 0) {
        c.gr_[r1] = ra;
        c.cc_ = 0;
    } else {
        c.gr_[r1] = entry;
        c.cc_ = r == 2 ? 2 : 1;
    }
}

// 9C SIO Start I/O, 9D TIO Test I/O, 9E HIO Halt I/O, 9F TCH Test Channel [SI]: the
// device address is the low 12 bits of the operand address; the channels set the CC.
void sio(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const auto dev = static_cast<std::uint16_t>(rs_addr(c, iw) & 0xFFF);
    ++c.stats_.sio_by_device[dev];
    c.cc_ = c.io().start_io(dev) & 3;
    c.signal_io();
}
void tio(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    c.cc_ = c.io().test_io(static_cast<std::uint16_t>(rs_addr(c, iw) & 0xFFF)) & 3;
    c.signal_io();
}
void hio(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    c.cc_ = c.io().halt_io(static_cast<std::uint16_t>(rs_addr(c, iw) & 0xFFF)) & 3;
    c.signal_io();
}
void tch(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    c.cc_ = c.io().test_channel(static_cast<std::uint16_t>(rs_addr(c, iw) & 0xFFF)) & 3;
}

}  // namespace simmon::s360::ops
