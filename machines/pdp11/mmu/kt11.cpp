// KT11 page tables and checks. Register layout (PDP-11/70 Processor Handbook, chapter
// "Memory Management"; PDP-11/34 and 11/40 handbooks for the KT11-D subset):
//   PDR: 14:8 page length (32-word blocks), 7 A (attention), 6 W (written), 3 ED
//        (expand downward), 2:0 access control (2:1 only on the KT11-D)
//   PAR: page address in 32-word blocks (12 bits, 16 on the 11/70)
//   MMR0: 15 non-resident abort, 14 page length abort, 13 read-only abort, 12 MMU trap,
//         9 trap enable, 8 maintenance, 7 instruction complete, 6:5 mode, 4 D space,
//         3:1 page, 0 relocation enable
//   MMR3: 5 Unibus map, 4 22-bit mapping, 2/1/0 D space for kernel/supervisor/user
#include "machines/pdp11/mmu/kt11.hpp"

namespace simmon::pdp11 {

void Kt11::configure(const CpuModel& model) {
    model_ = &model;
    if (model.three_bit_acf) {
        pdr_mask_ = model.id == CpuModelId::Pdp11_70 ? 0177717 : 077717;
        mmr0_mask_ = 0171777;
        mmr0_writable_ = 0171401;
    } else {
        pdr_mask_ = 077516;
        mmr0_mask_ = 0160557;
        mmr0_writable_ = 0160401;
    }
    par_mask_ = model.physical_bits == 22 ? 0177777 : 07777;
    mmr3_mask_ = !model.mmr1 ? 0 : model.physical_bits == 22 ? 067 : 07;
    for (auto& mode : par_)
        for (auto& p : mode) p &= par_mask_;
    for (auto& mode : pdr_)
        for (auto& p : mode) p &= pdr_mask_;
    mmr0_ &= mmr0_mask_;
    mmr3_ &= mmr3_mask_;
    for (std::uint16_t acf = 0; acf < 8; ++acf) {
        const Access a = decode_acf(acf);
        fast_read_[acf] = a.readable && !a.trap_read;
        fast_write_[acf] = a.writable && !a.trap_write;
    }
    rebuild_relocated();
    update_addressing();
}

void Kt11::reset() {
    mmr0_ = 0;
    write_mmr3(0);
}

void Kt11::clear_page_registers() {
    for (auto& mode : par_)
        for (auto& p : mode) p = 0;
    for (auto& mode : pdr_)
        for (auto& p : mode) p = 0;
    rebuild_relocated();
}

bool Kt11::mode_exists(int mode) const {
    if (mode == 0 || mode == 3) return true;
    return mode == 1 && model_ && model_->supervisor_mode;
}

Kt11::Access Kt11::decode_acf(std::uint16_t pdr) const {
    if (!model_->three_bit_acf) {
        switch ((pdr >> 1) & 3) {
            case 1: return {true, false, false, false};  // read-only
            case 3: return {true, true, false, false};   // read/write
            default: return {false, false, false, false};  // non-resident, unused
        }
    }
    switch (pdr & 7) {
        case 1: return {true, false, true, false};   // read-only, trap on read
        case 2: return {true, false, false, false};  // read-only
        case 4: return {true, true, true, true};     // read/write, trap on any access
        case 5: return {true, true, false, true};    // read/write, trap on write
        case 6: return {true, true, false, false};   // read/write
        default: return {false, false, false, false};  // 0 non-resident, 3 and 7 unused
    }
}

bool Kt11::length_ok(std::uint16_t pdr, std::uint32_t offset) const {
    std::uint32_t block = (offset >> 6) & 0177;
    std::uint32_t plf = (pdr >> 8) & 0177;
    return (pdr & 010) ? block >= plf : block <= plf;
}

int Kt11::register_index(int mode, std::uint32_t ea) const {
    int page = static_cast<int>((ea >> 13) & 7);
    if (!(ea & 0200000)) return page;
    static constexpr std::uint16_t kDspaceBit[4] = {4, 2, 0, 1};
    return (mmr3_ & kDspaceBit[mode]) ? page + 8 : page;
}

void Kt11::update_addressing() {
    const bool map22 = model_ && model_->physical_bits == 22 && (!enabled() || (mmr3_ & 020));
    const std::uint32_t io_base = map22 ? 017760000 : 0760000;
    pa_mask_ = !relocates(true) ? 0xFFFFFFFFu : map22 ? 017777777u : 0777777u;
    if (io_base != io_base_ || physical_[0].rsize == 0) {
        io_base_ = io_base;
        for (int i = 0; i < 16; ++i) {
            const int page = i & 7;
            physical_[i].base = page == 7 ? io_base_ : static_cast<std::uint32_t>(page) << 13;
            physical_[i].lo = 0;
            physical_[i].rsize = physical_[i].wsize = 020000;
        }
    }
    for (int mode = 0; mode < kModes; ++mode) {
        maps_[mode] = relocates(false) ? relocated_[mode].data() : physical_.data();
        write_maps_[mode] = relocates(true) ? relocated_[mode].data() : physical_.data();
    }
}

void Kt11::rebuild_relocated() {
    ++generation_;
    for (int mode = 0; mode < kModes; ++mode)
        for (int i = 0; i < 16; ++i)
            relocated_[mode][i] = make_entry(mode, register_index(mode, (i >= 8 ? 0200000u : 0u) |
                                                                          (static_cast<std::uint32_t>(i & 7) << 13)));
}

// Only the entries that page register `reg` (space*8 + page) feeds: its own, and the D
// space entry that copies an I-space register while MMR3 leaves D space off (a D-space
// register feeds nothing then). Operating systems rewrite the user PARs and PDRs at every
// context switch, one register at a time.
void Kt11::rebuild_register(int mode, int reg) {
    static constexpr std::uint16_t kDspaceBit[4] = {4, 2, 0, 1};
    const bool dspace = mmr3_ & kDspaceBit[mode & 3];
    if (reg >= 8 && !dspace) return;
    ++generation_;
    const PageEntry e = make_entry(mode, reg);
    relocated_[mode][reg] = e;
    if (reg < 8 && !dspace) relocated_[mode][reg + 8] = e;
}

PageEntry Kt11::make_entry(int mode, int reg) const {
    PageEntry e;
    if (!model_ || !mode_exists(mode)) return e;
    std::uint16_t pdr = pdr_[mode][reg];
    e.base = static_cast<std::uint32_t>(par_[mode][reg]) << 6;
    std::uint32_t plf = (pdr >> 8) & 0177;
    std::uint32_t size;
    if (pdr & 010) {
        e.lo = static_cast<std::uint16_t>(plf << 6);
        size = 020000 - (plf << 6);
    } else {
        e.lo = 0;
        size = (plf + 1) << 6;
    }
    e.rsize = fast_read_[pdr & 7] ? static_cast<std::uint16_t>(size) : 0;
    // Writes take the slow path until the W bit is set, so that it gets set.
    e.wsize = (fast_write_[pdr & 7] && (pdr & 0100)) ? static_cast<std::uint16_t>(size) : 0;
    return e;
}

std::uint16_t Kt11::translate_slow(std::uint32_t ea, bool write, int mode, std::uint32_t& pa, bool& trap,
                                   bool dest) {
    trap = false;
    std::uint32_t offset = ea & 017777;
    if (!relocates(write || dest)) {
        const PageEntry& e = physical_[(ea >> 13) & 7];
        pa = e.base + offset;
        return 0;
    }
    if (!mode_exists(mode)) return mmr0::kAbortNonResident;
    int reg = register_index(mode, ea);
    std::uint16_t& pdr = pdr_[mode][reg];
    const std::uint16_t before = pdr;
    Access a = decode_acf(pdr);
    std::uint16_t abort = 0;
    if (!a.readable) abort = mmr0::kAbortNonResident;
    else if (write && !a.writable) abort = mmr0::kAbortReadOnly;
    if (!length_ok(pdr, offset)) abort |= mmr0::kAbortLength;
    if (abort) return abort;
    if (write ? a.trap_write : a.trap_read) {
        pdr |= 0200;  // A: attention
        if (mmr0_ & mmr0::kTrapEnable) trap = true;
    }
    pa = ((static_cast<std::uint32_t>(par_[mode][reg]) << 6) + offset) & pa_mask_;
    // W: written into. Writes to the memory management registers themselves do not count
    // (CFKTHB0 test 32 rewrites SR0 through kernel page 7 and expects KIPDR7 unchanged).
    if (write && !is_own_register(pa)) pdr |= 0100;
    if (pdr != before) rebuild_register(mode, reg);
    return 0;
}

bool Kt11::translate_console(std::uint32_t ea, int mode, bool write, std::uint32_t& pa) const {
    std::uint32_t offset = ea & 017777;
    if (!enabled()) {
        pa = physical_[(ea >> 13) & 7].base + offset;
        return true;
    }
    if (!mode_exists(mode)) return false;
    int reg = register_index(mode, ea);
    std::uint16_t pdr = pdr_[mode][reg];
    Access a = decode_acf(pdr);
    if (!a.readable || (write && !a.writable) || !length_ok(pdr, offset)) return false;
    pa = ((static_cast<std::uint32_t>(par_[mode][reg]) << 6) + offset) & pa_mask_;
    return true;
}

void Kt11::record_abort(std::uint16_t bits, std::uint32_t ea, int mode) {
    if (frozen()) return;
    std::uint16_t where = static_cast<std::uint16_t>(((mode & 3) << 5) | (((ea >> 13) & 7) << 1));
    if (model_->split_id && register_index(mode, ea) >= 8) where |= 020;
    // Bits 7:1 describe this abort (7, instruction complete, is set by the trap code).
    mmr0_ = static_cast<std::uint16_t>(((mmr0_ & ~0376u) | bits | where) & mmr0_mask_);
}

void Kt11::set_par(int mode, int index, std::uint16_t v) {
    par_[mode][index] = v & par_mask_;
    pdr_[mode][index] &= static_cast<std::uint16_t>(~0300u);  // writing a PAR clears A and W
    rebuild_register(mode, index);
}

void Kt11::set_pdr(int mode, int index, std::uint16_t v) {
    pdr_[mode][index] = v & pdr_mask_ & static_cast<std::uint16_t>(~0300u);
    rebuild_register(mode, index);
}

// Programs write MMR0 far more often than they change the mapping (every abort handler
// clears the abort flags; the KT11-D tests turn relocation on and off every few dozen
// instructions): a write only chooses the tables each mode uses.
void Kt11::restore_pdr(int mode, int index, std::uint16_t v) {
    pdr_[mode][index] = v & pdr_mask_;
    rebuild_register(mode, index);
}

void Kt11::write_mmr0(std::uint16_t v) {
    mmr0_ = static_cast<std::uint16_t>((mmr0_ & ~mmr0_writable_) | (v & mmr0_writable_)) & mmr0_mask_;
    update_addressing();
}

// The D-space enables (bits 2:0) decide which registers feed the D-space entries.
void Kt11::write_mmr3(std::uint16_t v) {
    const std::uint16_t old = mmr3_;
    mmr3_ = v & mmr3_mask_;
    if ((old ^ mmr3_) & 07) rebuild_relocated();
    update_addressing();
}

bool Kt11::is_own_register(std::uint32_t pa) const {
    if (pa < io_base_ || pa - io_base_ >= 020000) return false;
    std::uint32_t addr = 0760000 + (pa - io_base_);
    int mode, index;
    bool is_par;
    return (addr >= 0777572 && addr <= 0777577) || addr == 0772516 || addr == 0772517 ||
           decode_register_address(addr & ~1u, mode, index, is_par);
}

bool Kt11::decode_register_address(std::uint32_t addr, int& mode, int& index, bool& is_par) const {
    std::uint32_t base;
    if (addr >= 0772300 && addr <= 0772377) { mode = 0; base = 0772300; }
    else if (addr >= 0772200 && addr <= 0772277) { mode = 1; base = 0772200; }
    else if (addr >= 0777600 && addr <= 0777677) { mode = 3; base = 0777600; }
    else return false;
    if (!mode_exists(mode)) return false;
    std::uint32_t off = addr - base;  // 0-077
    is_par = (off & 040) != 0;
    bool dspace = (off & 020) != 0;
    if (dspace && !model_->split_id) return false;
    index = static_cast<int>(((off >> 1) & 7) + (dspace ? 8 : 0));
    return true;
}

}  // namespace simmon::pdp11
