// The processor's own registers in the I/O page. Which exist depends on the model; an
// address the model lacks times out like an empty bus slot.
//   777776 PSW              777774 stack limit (11/45, 11/70)
//   777772 PIRQ (11/45/70)  777770 microprogram break (11/45/70)
//   777766 CPU error (11/70)  777764 system ID, 777762/777760 memory size (11/70)
//   777752-777740 cache and memory system registers (11/70)
//   777570 console switches (read) / display (write)
//   777572 MMR0, 777574 MMR1 (11/45/70; reads 0 on the 11/34, 11/40), 777576 MMR2,
//   772516 MMR3 (11/45/70)
//   772200-772377 supervisor and kernel PDR/PAR, 777600-777677 user PDR/PAR
#include "machines/pdp11/cpu/io_registers.hpp"

namespace simmon::pdp11 {

namespace {

// MMR1 is kept as "last change in the low byte"; the register shows the first change in
// the low byte.
std::uint16_t mmr1_view(std::uint16_t raw) {
    return (raw >> 8) ? static_cast<std::uint16_t>((raw << 8) | (raw >> 8)) : raw;
}

std::uint16_t merge(std::uint16_t old, std::uint32_t addr, std::uint16_t data, bool byte) {
    if (!byte) return data;
    return (addr & 1) ? static_cast<std::uint16_t>((old & 0377) | (data << 8))
                      : static_cast<std::uint16_t>((old & 0177400) | (data & 0377));
}

}  // namespace

void Pdp11Cpu::register_io_handlers() {
    io_registers_ = std::make_unique<IoRegisters>(*this);
    bus_.add_handler(0777570, 010, *io_registers_);
    bus_.add_handler(0777600, 0100, *io_registers_);
    bus_.add_handler(0772200, 0200, *io_registers_);
    bus_.add_handler(0772516, 2, *io_registers_);
    bus_.add_handler(0777740, 040, *io_registers_);
}

bool Pdp11Cpu::io_read(std::uint32_t addr, std::uint16_t& data) {
    const CpuModel& m = *model_;
    switch (addr) {
        case 0777776: data = full_psw(); return true;
        case 0777774:
            if (!m.stack_limit_register) return false;
            data = stack_limit_ & 0177400;
            return true;
        case 0777772:
            if (!m.pirq) return false;
            data = pirq_;
            return true;
        case 0777770:
            if (!m.pirq) return false;
            data = microbreak_ & 0377;
            return true;
        case 0777766:
            if (!m.cpu_error_register) return false;
            data = cpu_error_;
            return true;
        case 0777764:
            if (!m.memory_system_registers) return false;
            data = 0;
            return true;
        case 0777762:
            if (!m.memory_system_registers) return false;
            data = 0;
            return true;
        case 0777760:
            if (!m.memory_system_registers) return false;
            data = static_cast<std::uint16_t>((bus_.memory_size() >> 6) - 1);
            return true;
        case 0777752: if (!m.memory_system_registers) return false; data = hit_miss_; return true;
        case 0777750: if (!m.memory_system_registers) return false; data = maintenance_; return true;
        case 0777746: if (!m.memory_system_registers) return false; data = cache_control_; return true;
        case 0777744: if (!m.memory_system_registers) return false; data = mem_error_; return true;
        case 0777742: if (!m.memory_system_registers) return false; data = error_addr_hi_; return true;
        case 0777740: if (!m.memory_system_registers) return false; data = error_addr_lo_; return true;
        case 0777570: data = switch_register_; return true;
        case 0777572:
            data = mmu_.read_mmr0();
            // On the KT11-D, MMR0<6:1> follow every reference until an abort freezes them
            // or relocation is turned off; a program reading MMR0 sees the page of that
            // very read (page 7) and its mode. (Shown, not stored: the console reads here too.)
            if (m.mmr0_tracks_page && mmu_.enabled() && !mmu_.frozen())
                data = static_cast<std::uint16_t>((data & ~0176u) | ((psw_ >> 9) & 0140) | 016);
            return true;
        case 0777574:
            if (m.mmr1_reads_zero) {
                data = 0;
                return true;
            }
            if (!m.mmr1) return false;
            data = mmr1_view(mmu_.frozen() ? mmr1_frozen_ : mmr1_live_.value());
            return true;
        case 0777576: data = mmu_.frozen() ? mmr2_frozen_ : mmr2_live(); return true;
        case 0772516:
            if (!m.mmr1) return false;
            data = mmu_.read_mmr3();
            return true;
        default: break;
    }
    int mode, index;
    bool is_par;
    if (!mmu_.decode_register_address(addr, mode, index, is_par)) return false;
    data = is_par ? mmu_.par(mode, index) : mmu_.pdr(mode, index);
    return true;
}

bool Pdp11Cpu::io_write(std::uint32_t addr, std::uint16_t data, bool byte) {
    const CpuModel& m = *model_;
    switch (addr & ~1u) {
        case 0777776:
            write_psw_from_program(data, byte, addr & 1);
            return true;
        case 0777774:
            if (!m.stack_limit_register) return false;
            stack_limit_ = merge(stack_limit_, addr, data, byte) & 0177400;
            update_derived();
            return true;
        case 0777772:
            if (!m.pirq) return false;
            pirq_ = merge(pirq_, addr, data, byte);
            update_pirq();
            attention_ = true;  // a new level may be above the priority
            return true;
        case 0777770:
            if (!m.pirq) return false;
            microbreak_ = merge(microbreak_, addr, data, byte) & 0377;
            return true;
        case 0777766:
            if (!m.cpu_error_register) return false;
            cpu_error_ = 0;  // any write clears it
            return true;
        case 0777764: case 0777762: case 0777760: case 0777752:
            return m.memory_system_registers;  // read-only
        case 0777750:
            if (!m.memory_system_registers) return false;
            maintenance_ = merge(maintenance_, addr, data, byte);
            return true;
        case 0777746:
            if (!m.memory_system_registers) return false;
            cache_control_ = merge(cache_control_, addr, data, byte) & 077;
            return true;
        case 0777744:
            if (!m.memory_system_registers) return false;
            mem_error_ = 0;  // write one clears; no errors are ever recorded
            return true;
        case 0777742: case 0777740:
            return m.memory_system_registers;
        case 0777570:
            display_register_ = merge(display_register_, addr, data, byte);
            return true;
        case 0777572: {
            // The write is a reference through page 7 like the read above: what MMR0<6:1>
            // keep when it turns relocation off (DBKTA test 42 reads 156 after user mode
            // cleared bit 0). Setting an abort flag by program freezes MMR1 and MMR2 like
            // a real abort.
            if (m.mmr0_tracks_page) mmu_.track_reference(psw::current_mode(psw_), 7);
            bool was_frozen = mmu_.frozen();
            mmu_.write_mmr0(merge(mmu_.read_mmr0(), addr, data, byte));
            if (!was_frozen && mmu_.frozen()) {
                mmr1_frozen_ = mmr1_live_;
                mmr2_frozen_ = mmr2_live();
            }
            update_mapping();
            return true;
        }
        case 0777574:
            return m.mmr1 || m.mmr1_reads_zero;  // read-only
        case 0777576:
            return true;    // read-only
        case 0772516:
            if (!m.mmr1) return false;
            mmu_.write_mmr3(merge(mmu_.read_mmr3(), addr, data, byte));
            bus_.set_map_enabled(mmu_.read_mmr3() & 040);
            update_mapping();
            return true;
        default: break;
    }
    int mode, index;
    bool is_par;
    if (!mmu_.decode_register_address(addr & ~1u, mode, index, is_par)) return false;
    if (is_par)
        mmu_.set_par(mode, index, merge(mmu_.par(mode, index), addr, data, byte));
    else
        mmu_.set_pdr(mode, index, merge(mmu_.pdr(mode, index), addr, data, byte));
    // The fetch cache holds one I-space page of the current mode: only its own register
    // changes it.
    if (mode == psw::current_mode(psw_) && index == ((fetch_lo_ >> 13) & 7)) fetch_words_ = 0;
    return true;
}

}  // namespace simmon::pdp11
