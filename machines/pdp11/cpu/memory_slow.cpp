// The out-of-line half of memory access: MMU aborts and traps, the I/O page, bus
// timeouts on non-existent memory, watchpoints, and previous-mode references (MFPx/MTPx).
//
// Watchpoints: while one is set in the physical space, fast_limit_ is 0 and every memory
// and I/O page reference comes here with its physical address; while one is set in a
// virtual space, the current page maps are all misses and every reference passes
// translate_slow() with its virtual address and mode (traps.cpp, update_derived). A hit
// asks the machine to stop, which ends the slice: the instruction completes and the run
// stops with the PC after it. Instruction fetches are not data references and do not
// trigger read watchpoints.
#include <fmt/format.h>

#include <cstdlib>

#include "core/machine/machine.hpp"
#include "machines/pdp11/bus/unibus.hpp"
#include "machines/pdp11/cpu/memory_access.hpp"

namespace simmon::pdp11 {

// The instruction ends here: the cause is recorded for the trap sequence, and control
// goes to the innermost armed point (abort_point.hpp). execute() arms one before any
// instruction runs, so a point is always there; the check is against a future caller
// that runs CPU code outside execute().
void Pdp11Cpu::abort(AbortCause cause) {
    abort_cause_ = cause;
    if (abort_point_ == nullptr) [[unlikely]]
        std::abort();
    jump_to(*abort_point_);
}

void Pdp11Cpu::odd_address_abort(std::uint32_t ea) {
    fault_addr_ = ea;
    fault_physical_ = false;
    abort(AbortCause::OddAddress);
}

std::uint32_t Pdp11Cpu::translate_slow(std::uint32_t ea, bool write, int mode, bool dest) {
    std::uint32_t pa = 0;
    bool trap = false;
    const std::uint32_t tables = mmu_.generation();
    std::uint16_t bits = mmu_.translate_slow(ea, write, mode, pa, trap, dest);
    if (mmu_.generation() != tables) fetch_words_ = 0;  // setting W or A changed an entry
    if (bits) {
        if (!mmu_.frozen()) {
            mmu_.record_abort(bits, ea, mode);
            mmr1_frozen_ = mmr1_live_;
            mmr2_frozen_ = mmr2_live();
        }
        fault_addr_ = ea;
        fault_physical_ = false;
        abort(AbortCause::Mmu);
    }
    if (trap) {
        // MMU traps (11/45, 11/70) complete the instruction, then trap through 250.
        mmu_.set_mmr0_bits(mmr0::kTrap);
        request(kReqMmuTrap);
    }
    if (watch_virtual_ && !in_fetch_) check_virtual_watch(ea, mode, write);
    return pa;
}

// A reference is in the mode's D space only when that mode has D space enabled;
// otherwise it is an I-space reference, as the hardware relocates it. The "virtual"
// space (BREAK's default) matches any reference in any mode, "virtual D" any D-space one.
void Pdp11Cpu::check_virtual_watch(std::uint32_t ea, int mode, bool is_write) {
    const bool dspace = (ea & kDspace) && mmu_.dspace_enabled(mode);
    const Addr va = ea & 0177776;  // the word the reference touches
    const SpaceMask watched = breakpoints_.watch_spaces();
    StopInfo stop;
    for (int space : {kSpaceVirtual, dspace ? kSpaceVirtualD : -1, mode_space(mode, dspace)}) {
        if (space < 0 || !(watched & space_bit(space))) continue;
        if (breakpoints_.check_access(va, 2, space, is_write, stop)) {
            machine().request_stop(StopCode::Watchpoint, stop.message, stop.actions);
            return;
        }
    }
}

// On the KB11 the PC steps past the word before the read, so a fetch from an odd PC
// traps with PC+2 saved (DCKBM: MOV #1,PC); the KD11-E saves the odd PC (CFKABD0).
std::uint16_t Pdp11Cpu::fetch_slow() {
    std::uint16_t pc = r_[7];
    if (pc & 1) {
        if (model_->odd_fetch_steps_pc) r_[7] = static_cast<std::uint16_t>(pc + 2);
        odd_address_abort(pc);
    }
    // Until the fetch completes, inst_pc_ still holds the previous instruction.
    r_[7] = static_cast<std::uint16_t>(pc + 2);
    fetch_pc_ = pc;
    in_fetch_ = true;
    std::uint32_t pa = translate_read(pc);
    std::uint16_t w = phys_read_word(pa);
    in_fetch_ = false;
    // Cache the page's readable range if it is plain memory all the way.
    const PageEntry& e = cur_map_[pc >> 13];
    std::uint32_t first = e.base + e.lo;
    if (e.rsize != 0 && first + e.rsize <= fast_limit_ && ((first + e.rsize - 1) & pa_mask_) == first + e.rsize - 1) {
        fetch_lo_ = static_cast<std::uint16_t>((pc & 0160000) + e.lo);
        fetch_words_ = e.rsize / 2u;
        fetch_host_ = mem_ + first;
    }
    return w;
}

void Pdp11Cpu::check_watch(std::uint32_t pa, unsigned length, bool is_write) {
    if (fast_limit_ != 0 || in_fetch_) return;  // no physical watchpoint, or an instruction fetch
    StopInfo stop;
    if (breakpoints_.check_access(pa, length, kSpacePhysical, is_write, stop))
        machine().request_stop(StopCode::Watchpoint, stop.message, stop.actions);
}

// The PSW is what programs read most in the I/O page (diagnostics check the condition
// codes through it after nearly every instruction they test), so it skips the bus's
// lookup, and its test comes first in a function small enough to need no stack frame
// (DCKBL reads it every ten instructions). With a physical watchpoint (fast_limit_ 0)
// it goes the long way, past the watch check.
std::uint16_t Pdp11Cpu::io_read_word(std::uint32_t pa) {
    if (pa - io_base_ == kPswOffset && fast_limit_ != 0) return full_psw();
    return io_read_other(pa);
}

[[gnu::noinline]] std::uint16_t Pdp11Cpu::io_read_other(std::uint32_t pa) {
    if (pa < mem_limit_) {  // memory, slow only because watchpoints are armed
        check_watch(pa, 2, false);
        return load_word(mem_ + pa);
    }
    if (pa >= io_base_) {
        if (fast_limit_ == 0) check_watch(pa & ~1u, 2, false);
        if (pa - io_base_ == kPswOffset) return full_psw();
        std::uint16_t data = 0;
        // Polling loops read device registers constantly: the loop looks between
        // instructions only if the read changed the interrupt requests (a new request sets
        // attention_ through the bus itself; a withdrawn one matters to the KD11-A's
        // latency bookkeeping) or a device asked for a stop.
        const std::uint8_t levels = bus_.pending_levels();
        if (bus_.io_read(Unibus::kIoPage + (pa - io_base_), data)) {
            if (bus_.pending_levels() != levels || signals_.stop) attention_ = true;
            return data;
        }
        fault_addr_ = pa;
        fault_physical_ = true;
        abort(AbortCause::IoTimeout);
    }
    fault_addr_ = pa;
    fault_physical_ = true;
    abort(AbortCause::NonExistent);
}

void Pdp11Cpu::io_write_word(std::uint32_t pa, std::uint16_t v, bool byte) {
    if (pa < mem_limit_) {
        check_watch(pa, byte ? 1 : 2, true);
        if (byte)
            mem_[pa] = static_cast<std::uint8_t>(v);
        else
            std::memcpy(mem_ + pa, &v, 2);
        dirty_[pa >> PhysicalMemory::kPageShift] = 1;
        return;
    }
    if (pa >= io_base_) {
        if (fast_limit_ == 0) check_watch(byte ? pa : pa & ~1u, byte ? 1 : 2, true);
        // As for reads: the loop looks between instructions only if the write changed the
        // interrupt requests or a device asked for a stop. The processor's own registers
        // that matter there (PSW, PIRQ) set attention_ themselves. The KT11 tests write
        // page registers every few instructions.
        const std::uint8_t levels = bus_.pending_levels();
        if (bus_.io_write(Unibus::kIoPage + (pa - io_base_), v, byte)) {
            if (bus_.pending_levels() != levels || signals_.stop) attention_ = true;
            return;
        }
        fault_addr_ = pa & ~1u;
        fault_physical_ = true;
        abort(AbortCause::IoTimeout);
    }
    fault_addr_ = pa & ~1u;
    fault_physical_ = true;
    abort(AbortCause::NonExistent);
}

std::uint16_t Pdp11Cpu::read_word_mode(std::uint32_t ea, int mode) {
    if (ea & 1) odd_address_abort(ea);
    const PageEntry& e = mmu_.map(mode)[ea >> 13];
    std::uint32_t off = ea & 017777;
    std::uint32_t pa;
    if (off - e.lo < e.rsize) {
        pa = (e.base + off) & pa_mask_;
        if (watch_virtual_) check_virtual_watch(ea, mode, false);  // translate_slow checks its own
    } else {
        pa = translate_slow(ea, false, mode);
    }
    return phys_read_word(pa);
}

void Pdp11Cpu::write_word_mode(std::uint32_t ea, int mode, std::uint16_t v) {
    if (ea & 1) odd_address_abort(ea);
    const PageEntry& e = mmu_.write_map(mode)[ea >> 13];
    std::uint32_t off = ea & 017777;
    std::uint32_t pa;
    if (off - e.lo < e.wsize) {
        pa = (e.base + off) & pa_mask_;
        if (watch_virtual_) check_virtual_watch(ea, mode, true);
    } else {
        pa = translate_slow(ea, true, mode);
    }
    phys_write_word(pa, v);
}

}  // namespace simmon::pdp11
