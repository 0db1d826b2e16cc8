// The CPU's memory fast path, inline: virtual address -> page entry -> physical word.
// An effective address ("ea") is the 16-bit virtual address with kDspace (bit 16) set
// for data-space references, so one 16-entry table per mode serves I and D space.
// Anything the fast path cannot decide goes out of line (memory_slow.cpp).
//
// Memory is the Machine's PhysicalMemory, a byte array holding PDP-11 words low byte
// first. Words are always at even addresses, so a word never straddles a page and a write
// marks its page dirty with one store. The words are read and written with memcpy, which
// is one load or store on a little-endian host (the only kind we build for).
#pragma once
#include <bit>
#include <cstring>

#include "core/memory/physical_memory.hpp"
#include "machines/pdp11/cpu/pdp11_cpu.hpp"

namespace simmon::pdp11 {

static_assert(std::endian::native == std::endian::little,
              "PDP-11 words are copied to and from memory as host words: the host must be little-endian");

inline std::uint16_t load_word(const std::uint8_t* p) {
    std::uint16_t w;
    std::memcpy(&w, p, 2);
    return w;
}

inline std::uint32_t Pdp11Cpu::translate_read(std::uint32_t ea) {
    const PageEntry& e = cur_map_[ea >> 13];
    std::uint32_t off = ea & 017777;
    if (off - e.lo < e.rsize) [[likely]]
        return (e.base + off) & pa_mask_;
    return translate_slow(ea, false, psw::current_mode(psw_));
}

inline std::uint32_t Pdp11Cpu::translate_write(std::uint32_t ea) {
    const PageEntry& e = cur_wmap_[ea >> 13];
    std::uint32_t off = ea & 017777;
    if (off - e.lo < e.wsize) [[likely]]
        return (e.base + off) & pa_mask_;
    return translate_slow(ea, true, psw::current_mode(psw_));
}

// The read of a destination operand that is not written (CMP, BIT, TST). It is a read,
// but in maintenance mode it is relocated like the writes, whose entries it uses (their
// read ranges equal those of the read entries whenever maintenance mode is off).
inline std::uint32_t Pdp11Cpu::translate_dest_read(std::uint32_t ea) {
    const PageEntry& e = cur_wmap_[ea >> 13];
    std::uint32_t off = ea & 017777;
    if (off - e.lo < e.rsize) [[likely]]
        return (e.base + off) & pa_mask_;
    return translate_slow(ea, false, psw::current_mode(psw_), true);
}

inline std::uint16_t Pdp11Cpu::phys_read_word(std::uint32_t pa) {
    if (pa < fast_limit_) [[likely]]
        return load_word(mem_ + pa);
    return io_read_word(pa);
}

inline std::uint8_t Pdp11Cpu::phys_read_byte(std::uint32_t pa) {
    if (pa < fast_limit_) [[likely]]
        return mem_[pa];
    std::uint16_t w = io_read_word(pa & ~1u);
    return static_cast<std::uint8_t>((pa & 1) ? w >> 8 : w);
}

inline void Pdp11Cpu::phys_write_word(std::uint32_t pa, std::uint16_t v) {
    if (pa < fast_limit_) [[likely]] {
        std::memcpy(mem_ + pa, &v, 2);
        dirty_[pa >> PhysicalMemory::kPageShift] = 1;
        return;
    }
    io_write_word(pa, v, false);
}

inline void Pdp11Cpu::phys_write_byte(std::uint32_t pa, std::uint8_t v) {
    if (pa < fast_limit_) [[likely]] {
        mem_[pa] = v;
        dirty_[pa >> PhysicalMemory::kPageShift] = 1;
        return;
    }
    io_write_word(pa, v, true);
}

inline std::uint16_t Pdp11Cpu::read_word(std::uint32_t ea) {
    if (ea & 1) [[unlikely]]
        odd_address_abort(ea);
    return phys_read_word(translate_read(ea));
}

inline std::uint8_t Pdp11Cpu::read_byte(std::uint32_t ea) { return phys_read_byte(translate_read(ea)); }

inline void Pdp11Cpu::write_word(std::uint32_t ea, std::uint16_t v) {
    if (ea & 1) [[unlikely]]
        odd_address_abort(ea);
    phys_write_word(translate_write(ea), v);
}

inline void Pdp11Cpu::write_byte(std::uint32_t ea, std::uint8_t v) { phys_write_byte(translate_write(ea), v); }

// Instruction-stream reads go through a one-page cache: the host address of the
// virtual range [fetch_lo_, fetch_lo_ + 2 * fetch_words_) that the current I-space page
// maps to ordinary memory. Anything else (a miss, an odd PC, the I/O page) takes
// fetch_slow(). A hit reads what translate_read() and phys_read_word() would give, with
// nothing to check or record.
inline bool Pdp11Cpu::fetch_cached(std::uint16_t& word) {
    std::uint16_t pc = r_[7];
    // Rotating the offset right by one turns an odd PC into a huge value: one compare
    // tests both "inside the cached range" and "even".
    std::uint32_t off = std::rotr(static_cast<std::uint32_t>(static_cast<std::uint16_t>(pc - fetch_lo_)), 1);
    if (off >= fetch_words_) [[unlikely]]
        return false;
    r_[7] = static_cast<std::uint16_t>(pc + 2);
    word = load_word(fetch_host_ + std::size_t{off} * 2);
    return true;
}

inline std::uint16_t Pdp11Cpu::fetch() {
    std::uint16_t word;
    if (fetch_cached(word)) [[likely]]
        return word;
    return fetch_slow();
}

// Kernel-mode pushes are checked against the stack limit like -(SP).
inline void Pdp11Cpu::push(std::uint16_t v) {
    r_[6] = static_cast<std::uint16_t>(r_[6] - 2);
    stack_check(r_[6]);
    write_word(r_[6] | kDspace, v);
}

// SP steps before the read, so a pop that aborts has still moved it (DBKTF: an RTI
// whose PC pop aborts leaves SP 2 higher).
inline std::uint16_t Pdp11Cpu::pop() {
    std::uint16_t a = r_[6];
    r_[6] = static_cast<std::uint16_t>(a + 2);
    mmr1_live_ = static_cast<std::uint16_t>((mmr1_live_ << 8) | (2 << 3) | 6);
    return read_word(a | kDspace);
}

inline void Pdp11Cpu::source_stack_check(std::uint32_t addr) {
    if (addr < source_stack_guard_) [[unlikely]]
        stack_violation(addr);
}

inline void Pdp11Cpu::dest_stack_check(std::uint32_t addr) {
    stack_ref_ea_ = addr;
    if (addr < dest_stack_guard_ || (addr & odd_stack_mask_)) [[unlikely]]
        stack_violation(addr);
}

inline void Pdp11Cpu::stack_check(std::uint32_t addr) {
    stack_ref_ea_ = addr;
    if (addr < kstack_guard_ || (addr & odd_stack_mask_)) [[unlikely]]
        stack_violation(addr);
}

}  // namespace simmon::pdp11
