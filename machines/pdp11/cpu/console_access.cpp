// What the operator console sees: EXAMINE/DEPOSIT in the address spaces (physical by
// default, -p; -v virtual in the current mode, -k/-s/-u in kernel/supervisor/user mode, -t
// for D space; -b for bytes), MACRO-11 disassembly and assembly, and the instruction
// history. The SCP reads and writes ordinary physical memory itself; the CPU answers for
// the I/O page and the virtual spaces.
#include <fmt/format.h>

#include "machines/pdp11/bus/unibus.hpp"
#include "machines/pdp11/cpu/pdp11_cpu.hpp"
#include "machines/pdp11/disasm/macro11.hpp"

namespace simmon::pdp11 {

// The I/O page sits at the top of the physical address space (760000 on an 18-bit
// processor, 17760000 on the 11/70): memory configured up to it or beyond is reached
// only below it, as the processor reaches it (11/40 and 11/70 processor handbooks,
// "Memory organization"), so the console shows the I/O page there as SIMH does.
Addr Pdp11Cpu::console_memory_size() const { return std::min(bus_.memory_size(), io_base_); }

int Pdp11Cpu::examine_bytes(int, Switches switches) const { return has_switch(switches, 'b') ? 1 : 2; }

bool Pdp11Cpu::space_translate(int space, Addr addr, bool write, std::uint32_t& pa) const {
    if (space == kSpacePhysical) {
        if (addr > 017777777) return false;
        pa = static_cast<std::uint32_t>(addr);
        return true;
    }
    if (space < kSpaceVirtual || space > mode_space(psw::kUser, true) || addr > 0177777) return false;
    int mode = psw::current_mode(psw_);
    bool dspace = space == kSpaceVirtualD;
    if (space >= kSpaceKernelI) {
        static constexpr int kModes[3] = {psw::kKernel, psw::kSupervisor, psw::kUser};
        mode = kModes[(space - kSpaceKernelI) / 2];
        dspace = (space - kSpaceKernelI) % 2 == 1;
    }
    std::uint32_t ea = static_cast<std::uint32_t>(addr) | (dspace ? kDspace : 0u);
    return mmu_.translate_console(ea, mode, write, pa);
}

bool Pdp11Cpu::console_translate(Addr addr, Switches switches, bool write, std::uint32_t& pa) const {
    int space = kSpacePhysical;
    std::string error;
    if (!select_space(switches, false, space, error)) return false;
    return space_translate(space, addr, write, pa);
}

bool Pdp11Cpu::read_physical(std::uint32_t pa, std::uint16_t& value) {
    pa &= ~1u;
    std::uint32_t limit = std::min(bus_.memory_size(), io_base_);
    if (pa < limit) {
        value = bus_.memory().read16_le(pa);
        return true;
    }
    if (pa >= io_base_ && pa - io_base_ < 020000) return bus_.io_read(Unibus::kIoPage + (pa - io_base_), value);
    return false;
}

bool Pdp11Cpu::write_physical(std::uint32_t pa, std::uint16_t value) {
    pa &= ~1u;
    std::uint32_t limit = std::min(bus_.memory_size(), io_base_);
    if (pa < limit) {
        bus_.memory().write16_le(pa, value);
        return true;
    }
    if (pa >= io_base_ && pa - io_base_ < 020000) return bus_.io_write(Unibus::kIoPage + (pa - io_base_), value, false);
    return false;
}

bool Pdp11Cpu::examine(int space, Addr addr, Switches switches, std::uint64_t& value) {
    std::uint32_t pa;
    if (!space_translate(space, addr, false, pa)) return false;
    std::uint16_t w;
    if (!read_physical(pa, w)) return false;
    value = examine_bytes(space, switches) == 1 ? ((pa & 1) ? w >> 8 : w & 0377) : w;
    return true;
}

bool Pdp11Cpu::deposit(int space, Addr addr, Switches switches, std::uint64_t value) {
    std::uint32_t pa;
    if (!space_translate(space, addr, true, pa)) return false;
    if (examine_bytes(space, switches) == 1) {
        std::uint32_t limit = std::min(bus_.memory_size(), io_base_);
        if (pa < limit) return bus_.write_physical_byte(pa, static_cast<std::uint8_t>(value));
        if (pa >= io_base_ && pa - io_base_ < 020000)
            return bus_.io_write(Unibus::kIoPage + (pa - io_base_), static_cast<std::uint16_t>(value & 0377), true);
        return false;
    }
    return write_physical(pa, static_cast<std::uint16_t>(value));
}

std::string Pdp11Cpu::disassemble(Addr addr, Switches switches, int& bytes_used) {
    WordReader reader = [this, switches](std::uint32_t a, std::uint16_t& w) {
        std::uint32_t pa;
        return console_translate(a, switches, false, pa) && read_physical(pa, w);
    };
    return pdp11::disassemble(reader, static_cast<std::uint32_t>(addr), bytes_used);
}

Status Pdp11Cpu::assemble(std::string_view text, Addr addr, Switches, std::vector<std::uint64_t>& out) {
    std::vector<std::uint16_t> words;
    Status st = pdp11::assemble(text, static_cast<std::uint32_t>(addr), words);
    if (!st) return st;
    out.assign(words.begin(), words.end());
    return Status::ok();
}

// ---------------------------------------------------------------- history

Status Pdp11Cpu::set_history(std::size_t entries) {
    if (entries > (1u << 24)) return Status::error("history is limited to 16M entries");
    history_.assign(entries, HistoryEntry{});
    history_next_ = 0;
    history_count_ = 0;
    return Status::ok();
}

void Pdp11Cpu::record_history() {
    HistoryEntry& h = history_[history_next_];
    h.pc = r_[7];
    h.psw = full_psw();
    for (int i = 0; i < 8; ++i) h.r[i] = r_[i];
    for (int i = 0; i < 3; ++i) {
        std::uint32_t pa;
        std::uint16_t w = 0;
        std::uint32_t a = static_cast<std::uint16_t>(r_[7] + 2 * i);
        if (mmu_.translate_console(a, psw::current_mode(psw_), false, pa) &&
            pa < std::min(bus_.memory_size(), io_base_))
            w = bus_.memory().read16_le(pa);
        h.ir[i] = w;
    }
    history_next_ = (history_next_ + 1) % history_.size();
    ++history_count_;
}

std::vector<std::string> Pdp11Cpu::history_lines(std::size_t last_n) {
    std::vector<std::string> lines;
    if (history_.empty()) return lines;
    std::size_t n = std::min<std::uint64_t>({last_n, history_count_, history_.size()});
    lines.push_back("PC      PSW     R0     R1     R2     R3     R4     R5     SP      instruction");
    for (std::size_t k = n; k > 0; --k) {
        const HistoryEntry& h = history_[(history_next_ + history_.size() - k) % history_.size()];
        WordReader reader = [&h](std::uint32_t a, std::uint16_t& w) {
            std::uint32_t i = static_cast<std::uint16_t>(a - h.pc) / 2;
            if (a < h.pc || i > 2) return false;
            w = h.ir[i];
            return true;
        };
        int used = 2;
        std::string text = pdp11::disassemble(reader, h.pc, used);
        lines.push_back(fmt::format("{:06o}  {:06o}  {:06o} {:06o} {:06o} {:06o} {:06o} {:06o} {:06o}  {}", h.pc, h.psw,
                                    h.r[0], h.r[1], h.r[2], h.r[3], h.r[4], h.r[5], h.r[6], text));
    }
    return lines;
}

}  // namespace simmon::pdp11
