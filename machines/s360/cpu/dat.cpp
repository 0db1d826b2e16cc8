// Dynamic Address Translation of the Model 67 (FC67; reference section 11): 4K pages,
// 1M segments; 24-bit virtual addresses (segment index bits 8-11) or, with PSW bit 4,
// 32-bit ones (bits 0-11). CR0 holds the segment table length (bits 0-7, in units of 16
// entries) and origin (bits 8-31). A segment table entry is a word: page table length
// (bits 0-7, the highest valid page index), origin (bits 8-30), invalid (bit 31). A page
// table entry is a halfword: frame number (bits 0-11), invalid (bit 12), bits 13-15 zero.
// The tables are in real storage and are fetched without protection checks. Field
// widths beyond those CP-67 uses follow the reference (sims' working 67), as noted there.
//
// The 8-entry look-aside is probed inline (storage.hpp); this is the walk on a miss and
// the purge every load of CR0 does.
#include "machines/s360/cpu/s360_cpu.hpp"

namespace simmon::s360 {

int S360Cpu::translate_probe(std::uint32_t va, std::uint32_t& ra, std::uint32_t& table_entry) const {
    const std::uint32_t cr0 = cr_[0];
    const std::uint32_t sx = mode32_ ? va >> 20 : (va >> 20) & 0x0F;
    const std::uint32_t px = (va >> 12) & 0xFF;
    const std::uint32_t entries = ((cr0 >> 24) + 1) * 16;
    const std::uint32_t ste_at = ((cr0 & 0x00FFFFFF) + sx * 4) & 0x00FFFFFF;
    table_entry = ste_at;
    if (sx >= entries) return 1;
    if (ste_at + 4 > mem_size_) return 3;
    const std::uint32_t ste = mem_.read32_be(ste_at);
    if (ste & 1) return 4;
    const std::uint32_t pte_at = ((ste & 0x00FFFFFE) + px * 2) & 0x00FFFFFF;
    table_entry = pte_at;
    if (px > (ste >> 24)) return 2;
    if (pte_at + 2 > mem_size_) return 3;
    const std::uint32_t pte = mem_.read16_be(pte_at);
    if (pte & 0x0008) return 2;
    ra = (pte >> 4) << 12 | (va & 0xFFF);
    return 0;
}

bool S360Cpu::dat_walk(std::uint32_t va, std::uint32_t& ra) {
    std::uint32_t entry;
    const int r = translate_probe(va, ra, entry);
    if (r == 0) {
        // Reading the tables references their blocks (reference section 11.5).
        keys_[entry >> kKeyBlockShift] |= kKeyReference;
        TlbEntry& e = tlb_[(va >> 12) & 7];
        e.vpage = va >> 12;
        e.frame = ra & ~0xFFFu;
        forget_blocks();
        return true;
    }
    if (r == 3) return program_interrupt(kAddressing);
    // The failing virtual address goes to CR2; the instruction is suppressed.
    cr_[2] = va;
    if (r == 1 || (r == 4 && invalid_segment_is_segment_exception_)) return program_interrupt(kSegmentTranslation);
    return program_interrupt(kPageTranslation);
}

void S360Cpu::purge_tlb() {
    ++stats_.tlb_purges;
    for (auto& e : tlb_) e = TlbEntry{};
    forget_blocks();
}

}  // namespace simmon::s360
