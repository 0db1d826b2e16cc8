// The KA655's CMCTL main memory controller (KA655 manual, "Main memory controller"): the
// sixteen memory configuration registers MEMCSR0-15 (one per bank of 4 MB, four per
// memory board: <31> bank enable, <30:22> the bank's starting address, <5:0> the board's
// type and size once written), the error status register MEMCSR16 and the control and diagnostic status
// register MEMCSR17, at 20080100-20080147. Memory is there for the SET size.
#pragma once
#include <array>
#include <cstdint>

namespace simmon {
class StateArchive;
}

namespace simmon::vax {

class Cmctl {
public:
    static constexpr std::uint32_t kBase = 0x20080100, kEnd = 0x20080148;
    static constexpr std::uint32_t kBankSize = 4u << 20;

    void reset(std::uint32_t memory_size);
    void set_memory_size(std::uint32_t bytes) { memory_size_ = bytes; }
    bool contains(std::uint32_t pa) const { return pa >= kBase && pa < kEnd; }
    bool read(std::uint32_t pa, unsigned size, std::uint32_t& value);
    bool write(std::uint32_t pa, unsigned size, std::uint32_t value);

    void serialize(StateArchive& s);

private:
    std::uint32_t bank_bits(unsigned csr) const;
    std::array<std::uint32_t, 18> csr_{};
    std::uint32_t sampled_ = 0;  // MEMCSRs written since the reset
    std::uint32_t memory_size_ = 0;
};

}  // namespace simmon::vax
