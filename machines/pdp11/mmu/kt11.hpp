// KT11 memory management: page address and descriptor registers (PAR/PDR) for kernel,
// supervisor and user mode, I and D space, and the status registers MMR0 and MMR3.
// (MMR1 and MMR2 describe the instruction in progress, so the CPU keeps them.)
//
// Variants (from the model traits): the 11/34 and 11/40 (KT11-D) have kernel and user
// I space only, 18-bit addresses and a 2-bit access field; the 11/45 (KT11-C) adds the
// supervisor mode, D space, MMR1/MMR3 and MMU traps; the 11/70 adds 22-bit relocation
// (MMR3 bit 4) and the Unibus map enable (MMR3 bit 5).
//
// Fast path: for each mode, 16 PageEntry (I space pages 0-7, then D space 0-7; D copies I
// where MMR3 leaves D space off). An entry tells the CPU, without decoding the PDR, which
// offsets it may read or write with no further checks; everything else (aborts, MMU
// traps, setting the W and A bits) goes to translate_slow().
//
// The entries are kept up to date piece by piece, never rebuilt per reference: each mode
// has its relocated table, which a PAR or PDR write (or the W and A bits the slow path
// sets) updates in the one or two entries that register feeds; one unrelocated table
// serves every mode. Turning relocation or maintenance mode on and off, which the KT11
// diagnostics do every few dozen instructions, only chooses between the two tables;
// only a change of MMR3's D-space enables rebuilds the relocated tables.
#pragma once
#include <array>
#include <cstdint>

#include "machines/pdp11/cpu/cpu_model.hpp"

namespace simmon::pdp11 {

struct PageEntry {
    std::uint32_t base = 0;   // physical address of offset 0 of the page
    std::uint16_t lo = 0;     // first offset the fast path may use
    std::uint16_t rsize = 0;  // bytes from `lo` readable on the fast path (0: slow path)
    std::uint16_t wsize = 0;  // bytes from `lo` writable on the fast path
};

namespace mmr0 {
inline constexpr std::uint16_t kAbortNonResident = 0100000;
inline constexpr std::uint16_t kAbortLength = 040000;
inline constexpr std::uint16_t kAbortReadOnly = 020000;
inline constexpr std::uint16_t kTrap = 010000;
inline constexpr std::uint16_t kTrapEnable = 01000;
inline constexpr std::uint16_t kMaintenance = 0400;
inline constexpr std::uint16_t kInstructionComplete = 0200;
inline constexpr std::uint16_t kEnable = 1;
inline constexpr std::uint16_t kAborts = 0160000;
}  // namespace mmr0

class Kt11 {
public:
    static constexpr int kModes = 4;  // kernel, supervisor, (illegal), user

    // Not copyable: maps_ and write_maps_ point into this object's own tables.
    Kt11() = default;
    Kt11(const Kt11&) = delete;
    Kt11& operator=(const Kt11&) = delete;

    void configure(const CpuModel& model);
    // Power-up and RESET: MMR0 and MMR3 cleared (the page registers keep their contents).
    void reset();
    void clear_page_registers();

    // The 16 entries for `mode` (0 kernel, 1 supervisor, 2 illegal, 3 user) for reads and
    // for writes. They differ only in maintenance mode (MMR0 bit 8 with relocation off),
    // where only an instruction's final destination reference is relocated: the write
    // entries serve those, reads included (CMP, BIT, TST destinations: DBKTA test 15).
    const PageEntry* map(int mode) const { return maps_[mode]; }
    const PageEntry* write_map(int mode) const { return write_maps_[mode]; }
    // Counts changes of the relocated tables' entries: the CPU's fetch cache, filled from
    // an entry, is still good while this stays the same.
    std::uint32_t generation() const { return generation_; }
    bool enabled() const { return mmr0_ & mmr0::kEnable; }
    bool relocates(bool dest) const {
        return enabled() || (dest && (mmr0_ & mmr0::kMaintenance));
    }
    bool frozen() const { return mmr0_ & mmr0::kAborts; }

    // Physical addressing of the current configuration.
    std::uint32_t pa_mask() const { return pa_mask_; }
    std::uint32_t io_base() const { return io_base_; }  // where the I/O page starts

    // Out-of-line translation: `ea` = 16-bit virtual address | 0200000 for D space.
    // Returns the MMR0 abort bits (0 = access allowed, `pa` set). Updates the W and A
    // bits and reports an MMU trap condition in `trap` (11/45, 11/70). `dest`: the read
    // is an instruction's final destination reference, relocated in maintenance mode.
    std::uint16_t translate_slow(std::uint32_t ea, bool write, int mode, std::uint32_t& pa, bool& trap,
                                 bool dest = false);
    // Console (EXAMINE -v): same checks, no side effects. False when it would abort.
    bool translate_console(std::uint32_t ea, int mode, bool write, std::uint32_t& pa) const;
    // Records an abort in MMR0 unless MMR0 is already frozen by an earlier one.
    void record_abort(std::uint16_t bits, std::uint32_t ea, int mode);

    // Register access. `index` = space*8 + page (space 1 = D).
    std::uint16_t par(int mode, int index) const { return par_[mode][index]; }
    std::uint16_t pdr(int mode, int index) const { return pdr_[mode][index]; }
    void set_par(int mode, int index, std::uint16_t v);
    void set_pdr(int mode, int index, std::uint16_t v);
    // RESTORE: the PDR as it was saved, W and A included (a program's write clears them).
    void restore_pdr(int mode, int index, std::uint16_t v);
    std::uint16_t read_mmr0() const { return mmr0_; }
    void write_mmr0(std::uint16_t v);
    std::uint16_t read_mmr3() const { return mmr3_; }
    void write_mmr3(std::uint16_t v);
    void set_mmr0_bits(std::uint16_t bits) { mmr0_ |= bits; }
    // KT11-D: while relocation is on and no abort has frozen it, MMR0<6:1> follow each
    // reference; the CPU records the ones it sees: its own writes to MMR0.
    void track_reference(int mode, int page) {
        if (enabled() && !frozen())
            mmr0_ = static_cast<std::uint16_t>((mmr0_ & ~0176u) | ((mode & 3) << 5) | ((page & 7) << 1));
    }

    // I/O page addresses of the page registers: which (mode, index, is_par) `addr` is.
    bool decode_register_address(std::uint32_t addr, int& mode, int& index, bool& is_par) const;

    bool mode_exists(int mode) const;
    // Whether `mode`'s data references use its own D-space registers (relocation on and
    // the mode's MMR3 enable set) rather than the I-space ones.
    bool dspace_enabled(int mode) const {
        static constexpr std::uint16_t kDspaceBit[4] = {4, 2, 0, 1};
        return enabled() && (mmr3_ & kDspaceBit[mode & 3]);
    }
    bool is_own_register(std::uint32_t pa) const;  // MMR0-3, PAR, PDR at physical `pa`

private:
    struct Access {
        bool readable, writable, trap_read, trap_write;
    };
    Access decode_acf(std::uint16_t pdr) const;
    bool length_ok(std::uint16_t pdr, std::uint32_t offset) const;
    int register_index(int mode, std::uint32_t ea) const;  // honours MMR3 D-space enables
    // After any change of MMR0 or MMR3: the physical addressing (22-bit or 18-bit, where
    // the I/O page is) and which table each mode's reads and writes use.
    void update_addressing();
    void rebuild_relocated();                  // every mode's relocated table
    void rebuild_register(int mode, int reg);  // the entries PAR/PDR `reg` feeds
    PageEntry make_entry(int mode, int reg) const;  // relocated through PAR/PDR `reg`

    const CpuModel* model_ = nullptr;
    std::uint16_t mmr0_ = 0, mmr3_ = 0;
    std::uint16_t par_[kModes][16] = {};
    std::uint16_t pdr_[kModes][16] = {};
    std::array<std::array<PageEntry, 16>, kModes> relocated_{};
    std::array<PageEntry, 16> physical_{};  // relocation off: page 7 is the I/O page
    const PageEntry* maps_[kModes] = {};        // relocated_[mode] or physical_, for reads
    const PageEntry* write_maps_[kModes] = {};  // ... and for writes (maintenance mode)
    // Per access-control field (PDR bits 2:0): whether the fast path may read, or write
    // once W is set, with no trap to take (decode_acf for the model, cached).
    bool fast_read_[8] = {}, fast_write_[8] = {};
    std::uint32_t generation_ = 0;
    std::uint32_t pa_mask_ = 0xFFFFFFFFu;
    std::uint32_t io_base_ = 0760000;
    std::uint16_t pdr_mask_ = 077516, par_mask_ = 07777, mmr0_mask_ = 0160557, mmr0_writable_ = 0160401,
                  mmr3_mask_ = 0;
};

}  // namespace simmon::pdp11
