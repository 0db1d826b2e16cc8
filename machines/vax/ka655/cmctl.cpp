// The KA655's main memory controller (see cmctl.hpp).
#include "machines/vax/ka655/cmctl.hpp"

#include "core/state/state_archive.hpp"

namespace simmon::vax {
namespace {

// MEMCSR0-15: <31> bank enable, <30:22> bank address (4 MB units), the rest as written but
// for <5:0>: once a register has been written, the memory board behind it reports there
// its type (<5:2> = 5, an MS650) and how many of its four banks hold memory (<1:0>: 0 none,
// 1 one, 2 two, 3 all four). All read zero after a reset (the console's test 33 checks).
constexpr std::uint32_t kCsrWritable = 0xFFFFFFC0u;
constexpr std::uint32_t kBoardType = 5u << 2;
constexpr std::uint32_t kBoardSize = 16u << 20;  // four banks of 4 MB
// MEMCSR16: <31> read data substitute, <30> RDS high error rate, <29> CRD, <28:9> page,
// <8> DMA, <7> CDAL, <6:0> syndrome; the error bits are write one to clear.
constexpr std::uint32_t kCsr16Errors = 0xE0000000u;

}  // namespace

void Cmctl::reset(std::uint32_t memory_size) {
    memory_size_ = memory_size;
    csr_.fill(0);
    sampled_ = 0;
}

std::uint32_t Cmctl::bank_bits(unsigned csr) const {
    const unsigned board = csr / 4;
    if (!((sampled_ >> csr) & 1) || std::uint64_t{board} * kBoardSize >= memory_size_) return 0;
    const std::uint64_t on_board = memory_size_ - std::uint64_t{board} * kBoardSize;
    const unsigned banks = on_board >= kBoardSize ? 4 : static_cast<unsigned>(on_board / kBankSize);
    return kBoardType | (banks >= 4 ? 3u : banks);
}

bool Cmctl::read(std::uint32_t pa, unsigned size, std::uint32_t& value) {
    const unsigned n = (pa - kBase) >> 2;
    std::uint32_t v = csr_[n];
    if (n < 16) v = (v & kCsrWritable) | bank_bits(n);
    const unsigned shift = 8 * (pa & 3);
    value = size == 4 ? v : (v >> shift) & (size == 1 ? 0xFFu : 0xFFFFu);
    return true;
}

bool Cmctl::write(std::uint32_t pa, unsigned size, std::uint32_t value) {
    if (size != 4) return true;
    const unsigned n = (pa - kBase) >> 2;
    if (n < 16) {
        csr_[n] = value & kCsrWritable;
        sampled_ |= 1u << n;
    }
    else if (n == 16) csr_[16] &= ~(value & kCsr16Errors);
    else csr_[17] = value;
    return true;
}

void Cmctl::serialize(StateArchive& s) {
    s(csr_);
    s(memory_size_);
    s(sampled_);
}

}  // namespace simmon::vax
