// The KA655's local I/O space (see vax_system.hpp).
#include "machines/vax/vax_system.hpp"

#include "core/machine/machine.hpp"
#include "core/state/state_archive.hpp"

namespace simmon::vax {
namespace {

// CVAX cache IPRs (KA655 manual, "Cache control"): CADR, the first-level cache's
// diagnostic register; MSER, its memory system error register (errors write one to clear).
constexpr std::uint32_t kIprCADR = 0x25, kIprMSER = 0x27;

std::uint32_t narrow(std::uint32_t v, std::uint32_t pa, unsigned size) {
    const unsigned shift = 8 * (pa & 3);
    return size == 4 ? v : (v >> shift) & (size == 1 ? 0xFFu : 0xFFFFu);
}

}  // namespace

VaxSystem::VaxSystem(Machine& machine)
    : machine_(machine),
      ssc_(machine, [this] {
          if (cpu_) cpu_->check_interrupts();
      }),
      cqbic_(machine.memory()),
      qbus_(machine, cqbic_, [this] {
          if (cpu_) cpu_->check_interrupts();
      }),
      cache_diag_(kCacheDiagSize, 0) {}

void VaxSystem::reset() {
    ssc_.reset();
    cqbic_.reset();
    cmctl_.reset(static_cast<std::uint32_t>(machine_.memory().size()));
    cacr_ = 0;
    cadr_ = 0x0C;
    mser_ = 0;
    write_error_ = false;
}

const std::uint8_t* VaxSystem::rom_page(std::uint32_t pa) const {
    if (rom_.empty() || pa < kRomBase || pa >= kRomSpaceEnd) return nullptr;
    return rom_.data() + ((pa - kRomBase) & (kRomSize - 1) & ~0x1FFu);
}

bool VaxSystem::read(std::uint32_t pa, unsigned size, std::uint32_t& value) {
    if (pa >= kRomBase && pa < kRomSpaceEnd) {
        if (rom_.empty()) return false;
        const std::uint32_t off = (pa - kRomBase) & (kRomSize - 1);
        if (off + size > kRomSize) return false;
        value = 0;
        for (unsigned i = 0; i < size; ++i) value |= std::uint32_t{rom_[off + i]} << (8 * i);
        return true;
    }
    if (ssc_.contains(pa)) return ssc_.read(pa, size, value);
    if (cmctl_.contains(pa)) {
        cmctl_.set_memory_size(static_cast<std::uint32_t>(machine_.memory().size()));  // SET CPU may have changed it
        return cmctl_.read(pa, size, value);
    }
    if (pa >= Cqbic::kIoPageBase && pa < Cqbic::kIoPageEnd && read_io_page(pa, size, value)) return true;
    if (cqbic_.contains(pa)) return cqbic_.read(pa, size, value);
    if ((pa & ~3u) == kCacr) {
        value = narrow(cacr_, pa, size);
        return true;
    }
    if ((pa & ~3u) == kBdr) {
        value = narrow(bdr_, pa, size);
        return true;
    }
    if (pa >= kCacheDiagBase && pa - kCacheDiagBase < kCacheDiagSize) {
        const std::uint32_t off = pa - kCacheDiagBase;
        value = 0;
        for (unsigned i = 0; i < size && off + i < kCacheDiagSize; ++i)
            value |= std::uint32_t{cache_diag_[off + i]} << (8 * i);
        return true;
    }
    // Nothing on the module answers: the CDAL bus times out (the SSC records it) and the
    // read is a machine check.
    ssc_.bus_timeout(true);
    return false;
}

void VaxSystem::write_error() {
    write_error_ = true;
    if (cpu_) cpu_->check_interrupts();
}

bool VaxSystem::write(std::uint32_t pa, unsigned size, std::uint32_t value) {
    if (pa >= kRomBase && pa < kRomSpaceEnd) return !rom_.empty();  // read-only memory
    if (ssc_.contains(pa)) return ssc_.write(pa, size, value);
    if (cmctl_.contains(pa)) return cmctl_.write(pa, size, value);
    if (pa >= Cqbic::kIoPageBase && pa < Cqbic::kIoPageEnd && write_io_page(pa, size, value)) return true;
    if (cqbic_.contains(pa)) {
        if (cqbic_.write(pa, size, value)) return true;
        write_error();  // a Q22-bus timeout, in DSER
        return false;
    }
    if ((pa & ~3u) == kCacr) {
        // CACR: <6> parity error (write one to clear), <5> write wrong parity, <4> enable.
        if (size == 4 || (pa & 3) == 0) cacr_ = (cacr_ & ~(value & 0x40)) | (value & 0x30);
        return true;
    }
    if ((pa & ~3u) == kBdr) return true;  // read only
    if (pa >= kCacheDiagBase && pa - kCacheDiagBase < kCacheDiagSize) {
        const std::uint32_t off = pa - kCacheDiagBase;
        for (unsigned i = 0; i < size && off + i < kCacheDiagSize; ++i)
            cache_diag_[off + i] = static_cast<std::uint8_t>(value >> (8 * i));
        return true;
    }
    // In main memory's space (below the cache diagnostic space) a write past the memory
    // there is goes nowhere without an error: the console's memory test writes the
    // address just past 64 MB and expects no interrupt.
    if (pa < kCacheDiagBase) return false;
    ssc_.bus_timeout(false);
    write_error();
    return false;
}

bool VaxSystem::read_ipr(std::uint32_t n, std::uint32_t& value) {
    if (n == kIprCADR) {
        value = cadr_;
        return true;
    }
    if (n == kIprMSER) {
        value = mser_;
        return true;
    }
    return ssc_.read_ipr(n, value);
}

bool VaxSystem::write_ipr(std::uint32_t n, std::uint32_t value) {
    if (n == kIprCADR) {
        // CADR<3:2> always read as ones (the console's test 46 checks: 03 reads back 0F).
        cadr_ = (value & 0xF3) | 0x0C;
        return true;
    }
    if (n == kIprMSER) {
        mser_ &= ~value;
        return true;
    }
    return ssc_.write_ipr(n, value);
}

std::uint32_t VaxSystem::acknowledge(unsigned level) {
    if (level == kWriteErrorIpl && write_error_) {
        write_error_ = false;
        return kWriteErrorVector;
    }
    if (level == Ssc::kIpl && ssc_.requests()) return ssc_.acknowledge();
    return qbus_.acknowledge(level);
}

// The Q22-bus is 16 bits wide: a longword reference to the I/O page is two word
// transfers, a byte one a byte transfer (DATOB). A controller that does not answer leaves
// the reference to the CQBIC, which times it out.
bool VaxSystem::read_io_page(std::uint32_t pa, unsigned size, std::uint32_t& value) {
    const std::uint32_t addr = Qbus::kIoPage + (pa - Cqbic::kIoPageBase);
    std::uint16_t w = 0;
    if (!qbus_.io_read(addr & ~1u, w)) return false;
    if (size == 1) {
        value = (addr & 1) ? w >> 8 : w & 0xFFu;
    } else if (size == 2) {
        value = w;
    } else {
        std::uint16_t hi = 0;
        if (!qbus_.io_read((addr & ~1u) + 2, hi)) return false;
        value = w | (std::uint32_t{hi} << 16);
    }
    return true;
}

bool VaxSystem::write_io_page(std::uint32_t pa, unsigned size, std::uint32_t value) {
    const std::uint32_t addr = Qbus::kIoPage + (pa - Cqbic::kIoPageBase);
    if (size == 1) return qbus_.io_write(addr, static_cast<std::uint16_t>(value & 0xFF), true);
    if (!qbus_.io_write(addr & ~1u, static_cast<std::uint16_t>(value), false)) return false;
    return size == 2 || qbus_.io_write((addr & ~1u) + 2, static_cast<std::uint16_t>(value >> 16), false);
}

void VaxSystem::serialize(StateArchive& s) {
    ssc_.serialize(s);
    cqbic_.serialize(s);
    cmctl_.serialize(s);
    s(cacr_);
    s(bdr_);
    s(cadr_);
    s(mser_);
    s(write_error_);
    s.raw(cache_diag_.data(), cache_diag_.size());
}

}  // namespace simmon::vax
