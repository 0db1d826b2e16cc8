// The KA655's main memory controller (see cmctl.hpp).
#include "machines/vax/ka655/cmctl.hpp"

#include "core/state/state_archive.hpp"

namespace simmon::vax {
namespace {

// MEMCSR0-15: <31> bank enable, <30:22> bank address, <1:0> bank usage (01: 4 MB of 1 Mbit
// chips present; 00: empty), the rest as written.
constexpr std::uint32_t kCsrEnable = 0x80000000u, kCsrAddress = 0x7FC00000u, kCsrUsage = 0x3;
constexpr std::uint32_t kCsrWritable = kCsrEnable | kCsrAddress | 0x3FFFFCu;
// MEMCSR16: <31> read data substitute, <30> RDS high error rate, <29> CRD, <28:9> page,
// <8> DMA, <7> CDAL, <6:0> syndrome; the error bits are write one to clear.
constexpr std::uint32_t kCsr16Errors = 0xE0000000u;

}  // namespace

void Cmctl::reset(std::uint32_t memory_size) {
    memory_size_ = memory_size;
    csr_.fill(0);
}

std::uint32_t Cmctl::bank_bits(unsigned bank) const {
    return std::uint64_t{bank} * kBankSize < memory_size_ ? 1u : 0u;
}

bool Cmctl::read(std::uint32_t pa, unsigned size, std::uint32_t& value) {
    const unsigned n = (pa - kBase) >> 2;
    std::uint32_t v = csr_[n];
    if (n < 16) v = (v & ~kCsrUsage) | bank_bits(n);
    const unsigned shift = 8 * (pa & 3);
    value = size == 4 ? v : (v >> shift) & (size == 1 ? 0xFFu : 0xFFFFu);
    return true;
}

bool Cmctl::write(std::uint32_t pa, unsigned size, std::uint32_t value) {
    if (size != 4) return true;
    const unsigned n = (pa - kBase) >> 2;
    if (n < 16) csr_[n] = value & kCsrWritable;
    else if (n == 16) csr_[16] &= ~(value & kCsr16Errors);
    else csr_[17] = value;
    return true;
}

void Cmctl::nxm(std::uint32_t) {}

void Cmctl::serialize(StateArchive& s) {
    s(csr_);
    s(memory_size_);
}

}  // namespace simmon::vax
