// Construction, model selection (the dispatch tables come from the isa table), reset,
// storage keys and the operand preparation every multi-byte operation uses.
#include "machines/s360/cpu/handler_list.hpp"
#include "machines/s360/isa/opcode_table.hpp"

namespace simmon::s360 {

S360Cpu::S360Cpu(PhysicalMemory& memory, IoInterface& io) : mem_(memory), io_(&io) {
    set_model(CpuModel::Model67);
    memory_resized();
    reset();
}

void S360Cpu::set_model(CpuModel model) {
    model_ = model;
    const std::uint8_t mask = model == CpuModel::Model67 ? kModel67 : kModel65;
    decode_supervisor_.fill(kHandlerInvalid);
    decode_problem_.fill(kHandlerInvalid);
    for (const OpcodeInfo& row : opcode_table()) {
        if (!model_has(row, mask)) continue;
        std::uint8_t index = kHandlerInvalid;
        for (std::size_t i = 2; i < std::size(kHandlerOpcodes); ++i)
            if (kHandlerOpcodes[i] == row.opcode) index = static_cast<std::uint8_t>(i);
        decode_supervisor_[row.opcode] = index;
        decode_problem_[row.opcode] = row.privileged ? kHandlerPrivileged : index;
    }
    recompute_modes();
}

void S360Cpu::memory_resized() {
    mem_size_ = static_cast<std::uint32_t>(std::min<std::size_t>(mem_.size(), std::size_t{1} << 24));
    keys_.assign((mem_size_ >> kKeyBlockShift) + 1, 0);
    host_ = mem_.data();
    purge_tlb();
}

void S360Cpu::reset() {
    cr_.fill(0);
    if (model_ == CpuModel::Model67) {
        // The configuration sensing registers of a simplex 67 (reference section 10).
        cr_[8] = 0x8C8C8C8C;
        cr_[9] = 0x8C8C0000;
        cr_[10] = 0x02468ACE;
        cr_[11] = 0x88000000;
        cr_[12] = 0xFFFFFFFF;
        cr_[13] = 0xFFFFFFFF;
        cr_[14] = 0x00000200;
    }
    std::fill(keys_.begin(), keys_.end(), std::uint8_t{0});
    purge_tlb();
    ext_pending_ = 0;
    restart_pending_ = false;
    psw_invalid_ = false;
    stop_requested_ = false;
    ilc_ = 0;
    load_psw(0);
}

void S360Cpu::ipl_load_psw() {
    ilc_ = 0;
    if (!load_psw(mem_.read64_be(kIplPsw))) psw_invalid_ = true;
    attention_ = true;
}

void S360Cpu::note_channel_access(std::uint32_t addr, std::uint32_t length, bool stored) {
    if (length == 0) return;
    const std::uint8_t bits = stored ? (kKeyReference | kKeyChange) : kKeyReference;
    const std::uint32_t last = std::min<std::uint64_t>(std::uint64_t{addr} + length - 1, mem_size_ - 1);
    for (std::uint32_t b = addr >> kKeyBlockShift; b <= last >> kKeyBlockShift && b < keys_.size(); ++b) keys_[b] |= bits;
}

bool S360Cpu::prepare_operand(std::uint32_t va, std::uint32_t length, bool store, Operand& op) {
    op.length = length;
    // Within one 2K block (so one page and one key): one check covers every byte but the
    // addressing of the last (storage ends on a 2K boundary when SET chose it).
    if ((va & 0x7FF) + length <= 0x800) [[likely]] {
        op.split = length;
        if (!to_real(va, store, op.ra0, length)) return false;
        if (op.ra0 + length > mem_size_) [[unlikely]]
            return program_interrupt(kAddressing);
        return true;
    }
    // Where the operand splits: at a page boundary under DAT, at the top of the address
    // space (the address wraps to 0) without.
    std::uint32_t first_piece;
    if (dat_on_) {
        first_piece = 0x1000 - (va & 0xFFF);
    } else {
        first_piece = static_cast<std::uint32_t>(std::uint64_t{amask_} + 1 - va);
    }
    if (first_piece >= length) first_piece = length;
    std::uint32_t ra_last;
    // The first byte's check looks the whole piece up for watchpoints, the last's not.
    if (!to_real(va, store, op.ra0, first_piece) || !to_real((va + first_piece - 1) & amask_, store, ra_last, 0))
        return false;
    op.split = first_piece;
    if (first_piece < length) {
        const std::uint32_t va1 = (va + first_piece) & amask_;
        if (!to_real(va1, store, op.ra1, length - first_piece) ||
            !to_real((va1 + (length - first_piece) - 1) & amask_, store, ra_last, 0))
            return false;
    }
    return true;
}

// A data access of `length` bytes at logical `va`, real `ra` (contiguous: one page at
// most), while a watchpoint is armed: the virtual space sees the address as the program
// gave it, the real space the storage it reached; a hit stops the machine after the
// instruction (the observer requests the stop; attention_ stays set while it is there).
void S360Cpu::check_watch(std::uint32_t va, std::uint32_t ra, unsigned length, bool store) {
    if (length == 0 || watch_table_ == nullptr) return;
    StopInfo stop;
    if (watch_table_->check_access(va, length, kWatchSpaceVirtual, store, stop) ||
        watch_table_->check_access(ra, length, kWatchSpaceReal, store, stop)) {
        if (observer_) observer_->watch_hit(stop);
        attention_ = true;
    }
}

}  // namespace simmon::s360
