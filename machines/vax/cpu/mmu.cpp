// Memory management (ARM chapter 4): the P0, P1 and S0 regions, page table entries, the
// protection codes, access-violation and translation-not-valid faults with their
// parameters, the modify bit; the translation buffer's fills and invalidation; and the
// slow paths of memory access (page crossing, I/O space, non-existent memory).
#include "machines/vax/cpu/memory_access.hpp"

namespace simmon::vax {
namespace {

constexpr std::uint32_t kPteValid = 0x80000000u;
constexpr std::uint32_t kPteModify = 0x04000000u;
constexpr std::uint32_t kPfnMask = 0x001FFFFFu;
constexpr std::uint32_t kVpnMask = 0x001FFFFFu;

// Fault parameter bits (ARM 4.6): length violation, PTE reference, write or modify intent.
constexpr std::uint32_t kParamLength = 1, kParamPte = 2, kParamWrite = 4;

// The most privileged-to-least mode that may read and write under each protection code
// (ARM table 4.3); -1 none. Code 1 is reserved: no access.
struct Protection {
    std::int8_t read, write;
};
constexpr Protection kProtection[16] = {
    {-1, -1}, {-1, -1}, {0, 0}, {0, -1}, {3, 3}, {1, 1}, {1, 0}, {1, -1},
    {2, 2},   {2, 1},   {2, 0}, {2, -1}, {3, 2}, {3, 1}, {3, 0}, {3, -1},
};

std::uint8_t modes_up_to(int most) { return most < 0 ? 0 : static_cast<std::uint8_t>((2u << most) - 1); }

// The machine check code of a read nothing answered (CVAX "read bus error"; the frame is
// built in execute.cpp).
constexpr std::uint32_t kMachineCheckNxm = 0x80;

}  // namespace

void VaxCpu::invalidate_tlb() {
    for (TlbEntry& e : tlb_) e = TlbEntry{};
    flush_ipage();
}

void VaxCpu::tlb_fill(std::uint32_t va, std::uint32_t pa_page, std::uint32_t pte, bool off) {
    // Everything stays on the slow path while watching.
    if (watching_) return;
    TlbEntry& e = tlb_[(va >> 9) & ((1u << kTlbBits) - 1)];
    e.vpn = va >> 9;
    e.pa = pa_page;
    // I/O space and holes stay on the slow path, but the buffer holds their translation
    // as the hardware's does (TBCHK sees it; the console's test 54 checks).
    e.io = pa_page + 0x200 > mem_size_;
    if (e.io) {
        e.read = e.write = 0;
        return;
    }
    if (off) {
        e.read = e.write = 0x0F;
        return;
    }
    const Protection p = kProtection[(pte >> 27) & 15];
    e.read = modes_up_to(p.read);
    e.write = (pte & kPteModify) ? modes_up_to(p.write) : 0;
}

// Reads a page table entry: from memory, or from whatever answers in I/O space (the
// KA655 console's memory-management test keeps its page tables in the cache diagnostic
// space). False: nothing there.
static bool read_pte(const PhysicalMemory& mem, IoSpace* io, std::uint32_t pa, std::uint32_t& pte) {
    if (mem.contains(pa, 4)) {
        pte = mem.read32_le(pa);
        return true;
    }
    return io && io->read(pa, 4, pte);
}

// Finds the PTE of `va`: its physical address, or the fault (vector and parameter).
static bool find_pte(const VaxCpu& c, std::uint32_t va, bool write, std::uint32_t& pte_pa, std::uint32_t& vec,
                     std::uint32_t& param, const PhysicalMemory& mem) {
    const std::uint32_t intent = write ? kParamWrite : 0;
    const std::uint32_t vpn = (va >> 9) & kVpnMask;
    std::uint32_t pte_va = 0;
    switch (va >> 30) {
        case 2:
            if (vpn >= c.slr_) {
                vec = kVecAccessViolation;
                param = intent | kParamLength;
                return false;
            }
            pte_pa = (c.sbr_ + vpn * 4) & 0x3FFFFFFF;
            return true;
        case 0:
            if (vpn >= c.p0lr_) {
                vec = kVecAccessViolation;
                param = intent | kParamLength;
                return false;
            }
            pte_va = c.p0br_ + vpn * 4;
            break;
        case 1:
            if (vpn < c.p1lr_) {
                vec = kVecAccessViolation;
                param = intent | kParamLength;
                return false;
            }
            pte_va = c.p1br_ + vpn * 4;
            break;
        default:
            vec = kVecAccessViolation;
            param = intent | kParamLength;
            return false;
    }
    // A process page table lives in S0 space: translate its address through the system
    // page table (no protection check: the hardware reads it for itself).
    const std::uint32_t svpn = (pte_va >> 9) & kVpnMask;
    if ((pte_va >> 30) != 2 || svpn >= c.slr_) {
        vec = kVecAccessViolation;
        param = intent | kParamPte | kParamLength;
        return false;
    }
    const std::uint32_t spte_pa = (c.sbr_ + svpn * 4) & 0x3FFFFFFF;
    std::uint32_t spte = 0;
    if (!read_pte(mem, c.io(), spte_pa, spte)) {
        vec = kVecMachineCheck;
        param = spte_pa;
        return false;
    }
    if (!(spte & kPteValid)) {
        vec = kVecTranslationNotValid;
        param = intent | kParamPte;
        return false;
    }
    pte_pa = ((spte & kPfnMask) << 9) | (pte_va & 0x1FF);
    return true;
}

bool VaxCpu::translate(std::uint32_t va, bool write, std::uint32_t& pa) {
    if (!mapen_) {
        pa = va & 0x3FFFFFFF;
        tlb_fill(va, pa & ~0x1FFu, 0, true);
        return true;
    }
    std::uint32_t pte_pa = 0, vec = 0, param = 0;
    if (!find_pte(*this, va, write, pte_pa, vec, param, mem_)) {
        if (vec == kVecMachineCheck) return set_fault(kVecMachineCheck, 2, kMachineCheckNxm, param);
        return set_fault(vec, 2, param, va);
    }
    std::uint32_t pte = 0;
    if (!read_pte(mem_, io_, pte_pa, pte)) return set_fault(kVecMachineCheck, 2, kMachineCheckNxm, pte_pa);
    const Protection p = kProtection[(pte >> 27) & 15];
    const int allowed = write ? p.write : p.read;
    if (allowed < 0 || static_cast<int>(mode_) > allowed)
        return set_fault(kVecAccessViolation, 2, write ? kParamWrite : 0, va);
    if (!(pte & kPteValid)) return set_fault(kVecTranslationNotValid, 2, write ? kParamWrite : 0, va);
    if (write && !(pte & kPteModify)) {
        pte |= kPteModify;
        if (mem_.contains(pte_pa, 4)) mem_.write32_le(pte_pa, pte);
        else if (io_) io_->write(pte_pa, 4, pte);
    }
    pa = ((pte & kPfnMask) << 9) | (va & 0x1FF);
    tlb_fill(va, pa & ~0x1FFu, pte, false);
    return true;
}

bool VaxCpu::console_translate(std::uint32_t va, std::uint32_t& pa) const {
    if (!mapen_) {
        pa = va & 0x3FFFFFFF;
        return true;
    }
    std::uint32_t pte_pa = 0, vec = 0, param = 0;
    std::uint32_t pte = 0;
    if (!find_pte(*this, va, false, pte_pa, vec, param, mem_) || !read_pte(mem_, io_, pte_pa, pte)) return false;
    if (!(pte & kPteValid)) return false;
    pa = ((pte & kPfnMask) << 9) | (va & 0x1FF);
    return true;
}

bool VaxCpu::probe(std::uint32_t va, bool write, unsigned mode, bool& ok) {
    // PROBEx (ARM 4.7): only protection decides; a length violation or an invalid PTE of
    // the page itself counts as accessible or not by the protection code alone, but a
    // fault reading a process page table is taken.
    ok = false;
    if (!mapen_) {
        ok = true;
        return true;
    }
    std::uint32_t pte_pa = 0, vec = 0, param = 0;
    if (!find_pte(*this, va, write, pte_pa, vec, param, mem_)) {
        if (vec == kVecMachineCheck) return set_fault(kVecMachineCheck, 2, kMachineCheckNxm, param);
        if (param & kParamLength) return true;  // a length violation: not accessible
        return set_fault(vec, 2, param, va);     // the process page table's page is not valid
    }
    std::uint32_t pte = 0;
    if (!read_pte(mem_, io_, pte_pa, pte)) return set_fault(kVecMachineCheck, 2, kMachineCheckNxm, pte_pa);
    const Protection p = kProtection[(pte >> 27) & 15];
    const int allowed = write ? p.write : p.read;
    ok = allowed >= 0 && static_cast<int>(mode) <= allowed;
    return true;
}

// ---------------------------------------------------------------- physical access

bool VaxCpu::read_physical32(std::uint32_t pa, std::uint32_t& v) {
    if (pa + 4 <= mem_size_) {
        v = mem_.read32_le(pa);
        return true;
    }
    if (io_ && io_->read(pa, 4, v)) return true;
    return set_fault(kVecMachineCheck, 2, kMachineCheckNxm, pa);
}

bool VaxCpu::write_physical32(std::uint32_t pa, std::uint32_t v) {
    if (pa + 4 <= mem_size_) {
        mem_.write32_le(pa, v);
        return true;
    }
    if (io_) io_->write(pa, 4, v);  // non-existent: dropped, as in write_slow
    return true;
}

namespace {
bool phys_read(PhysicalMemory& mem, std::uint32_t size_limit, IoSpace* io, std::uint32_t pa, unsigned size,
               std::uint32_t& v) {
    if (pa + size <= size_limit) {
        v = size == 1 ? mem.read8(pa) : size == 2 ? mem.read16_le(pa) : mem.read32_le(pa);
        return true;
    }
    return io && io->read(pa, size, v);
}
bool phys_write(PhysicalMemory& mem, std::uint32_t size_limit, IoSpace* io, std::uint32_t pa, unsigned size,
                std::uint32_t v) {
    if (pa + size <= size_limit) {
        if (size == 1) mem.write8(pa, static_cast<std::uint8_t>(v));
        else if (size == 2) mem.write16_le(pa, static_cast<std::uint16_t>(v));
        else mem.write32_le(pa, v);
        return true;
    }
    return io && io->write(pa, size, v);
}
}  // namespace

bool VaxCpu::read_slow(std::uint32_t va, unsigned size, std::uint32_t& v) {
    const std::uint32_t off = va & 0x1FF;
    if (off + size <= 0x200) {
        std::uint32_t pa = 0;
        if (!translate(va, false, pa)) return false;
        if (watching_) check_watch(va, pa, size, false);
        if ((pa & (size - 1)) == 0 || pa + size <= mem_size_) {
            if (phys_read(mem_, mem_size_, io_, pa, size, v)) return true;
            return set_fault(kVecMachineCheck, 2, kMachineCheckNxm, pa);
        }
    }
    // Crosses a page, or unaligned in I/O space: byte by byte, both pages checked first.
    std::uint32_t pa0 = 0, pa1 = 0;
    if (!translate(va, false, pa0)) return false;
    if (off + size > 0x200 && !translate(va + size - 1, false, pa1)) return false;
    if (watching_) check_watch(va, pa0, size, false);
    v = 0;
    for (unsigned i = 0; i < size; ++i) {
        const std::uint32_t a = va + i;
        const std::uint32_t pa = ((a ^ va) >> 9) ? ((pa1 & ~0x1FFu) | (a & 0x1FF)) : ((pa0 & ~0x1FFu) | (a & 0x1FF));
        std::uint32_t b = 0;
        if (!phys_read(mem_, mem_size_, io_, pa, 1, b)) return set_fault(kVecMachineCheck, 2, kMachineCheckNxm, pa);
        v |= b << (8 * i);
    }
    return true;
}

bool VaxCpu::write_slow(std::uint32_t va, unsigned size, std::uint32_t v) {
    const std::uint32_t off = va & 0x1FF;
    std::uint32_t pa0 = 0, pa1 = 0;
    if (!translate(va, true, pa0)) return false;
    if (watching_) check_watch(va, pa0, size, true);
    // A write to non-existent memory is not a machine check: the CVAX posts writes, and the
    // memory system reports the error afterwards (on the KA655 an error interrupt, with the
    // system devices of the next stage); until then the write is dropped.
    if (off + size <= 0x200 && ((pa0 & (size - 1)) == 0 || pa0 + size <= mem_size_)) {
        phys_write(mem_, mem_size_, io_, pa0, size, v);
        return true;
    }
    if (off + size > 0x200 && !translate(va + size - 1, true, pa1)) return false;
    for (unsigned i = 0; i < size; ++i) {
        const std::uint32_t a = va + i;
        const std::uint32_t pa = ((a ^ va) >> 9) ? ((pa1 & ~0x1FFu) | (a & 0x1FF)) : ((pa0 & ~0x1FFu) | (a & 0x1FF));
        phys_write(mem_, mem_size_, io_, pa, 1, (v >> (8 * i)) & 0xFF);
    }
    return true;
}

bool VaxCpu::read64(std::uint32_t va, std::uint64_t& v) {
    std::uint32_t lo = 0, hi = 0;
    // Both halves are checked before the value is used; a read changes nothing.
    if (!read32(va, lo) || !read32(va + 4, hi)) return false;
    v = lo | std::uint64_t{hi} << 32;
    return true;
}

bool VaxCpu::write64(std::uint32_t va, std::uint64_t v) {
    // Both pages must be writable before either half is stored.
    if (((va & 0x1FF) + 8) > 0x200) {
        std::uint32_t pa = 0;
        if (!translate(va, true, pa) || !translate(va + 7, true, pa)) return false;
    }
    return write32(va, static_cast<std::uint32_t>(v)) && write32(va + 4, static_cast<std::uint32_t>(v >> 32));
}

bool VaxCpu::read_sized(std::uint32_t va, unsigned size, std::uint64_t& v) {
    std::uint32_t w = 0;
    switch (size) {
        case 1: if (!read8(va, w)) return false; v = w; return true;
        case 2: if (!read16(va, w)) return false; v = w; return true;
        case 4: if (!read32(va, w)) return false; v = w; return true;
        default: return read64(va, v);
    }
}

bool VaxCpu::write_sized(std::uint32_t va, unsigned size, std::uint64_t v) {
    switch (size) {
        case 1: return write8(va, static_cast<std::uint32_t>(v));
        case 2: return write16(va, static_cast<std::uint32_t>(v));
        case 4: return write32(va, static_cast<std::uint32_t>(v));
        default: return write64(va, v);
    }
}

void VaxCpu::check_watch(std::uint32_t va, std::uint32_t pa, unsigned size, bool write) {
    if (fetching_) return;
    StopInfo stop;
    if (watch_table_->check_access(va, size, kWatchSpaceVirtual, write, stop) ||
        watch_table_->check_access(pa, size, kWatchSpacePhysical, write, stop)) {
        if (observer_) observer_->watch_hit(stop);
    }
}

bool VaxCpu::host_bytes_slow(std::uint32_t va, bool write, std::uint8_t*& p) {
    p = nullptr;
    if (watching_) {
        // Byte by byte through the checked path instead; only the fault matters here.
        std::uint32_t pa = 0;
        return translate(va, write, pa);
    }
    std::uint32_t pa = 0;
    if (!translate(va, write, pa)) return false;
    const TlbEntry& e = tlb_[(va >> 9) & ((1u << kTlbBits) - 1)];
    if (!(e.vpn == (va >> 9) && (((write ? e.write : e.read) >> mode_) & 1))) return true;  // I/O space
    if (write) dirty_[e.pa >> PhysicalMemory::kPageShift] = 1;
    p = mem_data_ + e.pa + (va & 0x1FF);
    return true;
}

bool VaxCpu::ifetch_slow(unsigned size, std::uint64_t& v) {
    fetching_ = true;
    const bool ok = read_sized(r_[15], size, v);
    fetching_ = false;
    if (!ok) return false;
    r_[15] += size;
    return true;
}

bool VaxCpu::ifetch8_slow(std::uint32_t& v) {
    const std::uint32_t pc = r_[15];
    fetching_ = true;
    const bool ok = read8(pc, v);
    fetching_ = false;
    if (!ok) return false;
    r_[15] = pc + 1;
    // Remember the page when the translation buffer now holds it for this mode.
    const TlbEntry& e = tlb_[(pc >> 9) & ((1u << kTlbBits) - 1)];
    if (e.vpn == (pc >> 9) && ((e.read >> mode_) & 1)) {
        ipage_vpn_ = pc >> 9;
        ipage_host_ = mem_data_ + e.pa;
    } else if (io_ && !watching_) {
        // Not memory: the console ROM's pages are fetched from directly too.
        std::uint32_t pa = 0;
        if (console_translate(pc, pa))
            if (const std::uint8_t* page = io_->rom_page(pa & ~0x1FFu)) {
                ipage_vpn_ = pc >> 9;
                ipage_host_ = page;
            }
    }
    return true;
}

}  // namespace simmon::vax
