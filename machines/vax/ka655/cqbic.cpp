// The KA655's Q22-bus interface (see cqbic.hpp).
#include "machines/vax/ka655/cqbic.hpp"

#include "core/state/state_archive.hpp"

namespace simmon::vax {
namespace {

// SCR: <15> power OK (read only), <14> BHALT enable, <10> auxiliary mode, <7> ... the
// rest as written (KA655 manual, "System configuration register").
constexpr std::uint32_t kScrPok = 0x8000, kScrWritable = 0x4480;
// DSER: <15> Q22-bus NXM on a DMA, <14> Q22-bus parity error, <7> Q22-bus NXM (a CPU
// reference timed out), <5> Q22-bus device parity error, <4> main memory error, <3> lost
// error (another while <7> was set; the console's test 80 checks), <2> no grant, <0> DMA
// NXM; write one to clear (the console clears them with C0BD).
constexpr std::uint32_t kDserDmaQnxm = 0x8000, kDserDmaNxm = 0x01;
constexpr std::uint32_t kDserQnxm = 0x80, kDserLost = 0x08, kDserErrors = 0xC0BD;
// IPCR: <15> DMA Q22-bus address space parity error, <8> auxiliary halt, <5> doorbell
// interrupt enable, <0> doorbell request.
constexpr std::uint16_t kIpcrWritable = 0x0021;

}  // namespace

void Cqbic::reset() {
    scr_ = kScrPok;
    dser_ = 0;
    qbear_ = 0;
    dear_ = 0;
    ipcr_ = 0;
    // QBMBR keeps its value; the console sets it.
}

bool Cqbic::map_address(std::uint32_t pa, std::uint32_t& mem_pa) const {
    // The map lives in the 32 KB of main memory that QBMBR<29:15> points at.
    mem_pa = (qbmbr_ & 0x3FFF8000u) + (pa - kMapBase);
    return memory_.contains(mem_pa, 4);
}

bool Cqbic::map_qbus(std::uint32_t pa, unsigned size, std::uint32_t& mem_pa) const {
    // The CQBIC answers, as a Q22-bus slave, the Q22-bus memory addresses whose map entry
    // is valid (<31>), and reaches main memory through it (<19:0> the page frame); so
    // the CPU's own references to them come back to local memory.
    if (pa < kQmemBase || pa >= kQmemEnd) return false;
    const std::uint32_t q = pa - kQmemBase;
    const std::uint32_t entry_pa = (qbmbr_ & 0x3FFF8000u) + (q >> 9) * 4;
    if (!memory_.contains(entry_pa, 4)) return false;
    const std::uint32_t entry = memory_.read32_le(entry_pa);
    if (!(entry & 0x80000000u)) return false;
    mem_pa = (entry & 0xFFFFFu) << 9 | (q & 0x1FF);
    return memory_.contains(mem_pa, size);
}

bool Cqbic::dma_address(std::uint32_t qaddr, std::uint32_t& mem_pa) {
    qaddr &= 0x3FFFFF;
    const std::uint32_t entry_pa = (qbmbr_ & 0x3FFF8000u) + (qaddr >> 9) * 4;
    const std::uint32_t entry = memory_.contains(entry_pa, 4) ? memory_.read32_le(entry_pa) : 0;
    if (!(entry & 0x80000000u)) {
        dser_ |= kDserDmaQnxm;
        dear_ = (qaddr >> 9) & 0x1FFF;
        return false;
    }
    mem_pa = (entry & 0xFFFFFu) << 9 | (qaddr & 0x1FF);
    if (!memory_.contains(mem_pa, 1)) {
        dser_ |= kDserDmaNxm;
        return false;
    }
    return true;
}

bool Cqbic::qbus_timeout(std::uint32_t pa) {
    if (dser_ & kDserQnxm) dser_ |= kDserLost;
    dser_ |= kDserQnxm;
    qbear_ = (pa >> 9) & 0x1FFF;
    return false;
}

bool Cqbic::read(std::uint32_t pa, unsigned size, std::uint32_t& value) {
    if (pa >= kRegBase && pa < kRegEnd) {
        std::uint32_t v = 0;
        switch (pa & ~3u) {
            case kRegBase: v = scr_ | kScrPok; break;
            case kRegBase + 4: v = dser_; break;
            case kRegBase + 8: v = qbear_; break;
            case kRegBase + 12: v = dear_; break;
            default: v = qbmbr_; break;
        }
        const unsigned shift = 8 * (pa & 3);
        value = size == 4 ? v : (v >> shift) & (size == 1 ? 0xFFu : 0xFFFFu);
        return true;
    }
    if (pa >= kMapBase && pa < kMapEnd) {
        std::uint32_t mem_pa = 0;
        if (!map_address(pa, mem_pa)) return false;
        const std::uint32_t v = memory_.read32_le(mem_pa & ~3u);
        const unsigned shift = 8 * (pa & 3);
        value = size == 4 ? v : (v >> shift) & (size == 1 ? 0xFFu : 0xFFFFu);
        return true;
    }
    if ((pa & ~1u) == kIpcr && size <= 2) {
        value = pa & 1 ? ipcr_ >> 8 : ipcr_;
        if (size == 1) value &= 0xFF;
        return true;
    }
    std::uint32_t mem_pa = 0;
    if (map_qbus(pa, size, mem_pa)) {
        value = size == 1 ? memory_.read8(mem_pa) : size == 2 ? memory_.read16_le(mem_pa) : memory_.read32_le(mem_pa);
        return true;
    }
    return qbus_timeout(pa);
}

bool Cqbic::write(std::uint32_t pa, unsigned size, std::uint32_t value) {
    if (pa >= kRegBase && pa < kRegEnd) {
        if (size != 4) return true;  // the registers take longword writes
        switch (pa & ~3u) {
            case kRegBase: scr_ = kScrPok | (value & kScrWritable); break;
            case kRegBase + 4: dser_ &= ~(value & kDserErrors); break;
            case kRegBase + 8: case kRegBase + 12: break;  // read only
            default: qbmbr_ = value & 0x3FFF8000u; break;
        }
        return true;
    }
    if (pa >= kMapBase && pa < kMapEnd) {
        std::uint32_t mem_pa = 0;
        if (!map_address(pa, mem_pa)) return false;
        // Map entries: <31> valid, <19:0> the page frame in main memory.
        if (size == 4) memory_.write32_le(mem_pa, value & 0x800FFFFFu);
        return true;
    }
    if ((pa & ~1u) == kIpcr && size <= 2) {
        const std::uint16_t v = static_cast<std::uint16_t>(pa & 1 ? value << 8 : value);
        ipcr_ = static_cast<std::uint16_t>((ipcr_ & ~kIpcrWritable) | (v & kIpcrWritable));
        return true;
    }
    std::uint32_t mem_pa = 0;
    if (map_qbus(pa, size, mem_pa)) {
        if (size == 1) memory_.write8(mem_pa, static_cast<std::uint8_t>(value));
        else if (size == 2) memory_.write16_le(mem_pa, static_cast<std::uint16_t>(value));
        else memory_.write32_le(mem_pa, value);
        return true;
    }
    return qbus_timeout(pa);
}

void Cqbic::serialize(StateArchive& s) {
    s(scr_);
    s(dser_);
    s(qbear_);
    s(dear_);
    s(qbmbr_);
    s(ipcr_);
}

}  // namespace simmon::vax
