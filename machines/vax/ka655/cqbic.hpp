// The KA655's CQBIC, its Q22-bus interface (KA655 manual, "Q22-bus interface"): the
// system configuration register (SCR), the DMA system error register (DSER), the master
// and slave error address registers (QBEAR, DEAR), the Q22-bus map base register (QBMBR)
// at 20080000; the Q22-bus map itself (8,192 longword entries, kept in main memory at the
// address in QBMBR, reached through 20088000-2008FFFF); the interprocessor communication
// register (IPCR, 20001F40) in the Q22-bus I/O page. A CPU reference to a Q22-bus address
// nothing answers (the I/O page at 20000000, memory at 30000000) is a bus timeout: DSER
// and QBEAR record it and the reference is a machine check.
#pragma once
#include <cstdint>

#include "core/memory/physical_memory.hpp"

namespace simmon {
class StateArchive;
}

namespace simmon::vax {

class Cqbic {
public:
    static constexpr std::uint32_t kRegBase = 0x20080000, kRegEnd = 0x20080014;
    static constexpr std::uint32_t kMapBase = 0x20088000, kMapEnd = 0x20090000;
    static constexpr std::uint32_t kIoPageBase = 0x20000000, kIoPageEnd = 0x20002000;
    static constexpr std::uint32_t kQmemBase = 0x30000000, kQmemEnd = 0x30400000;
    static constexpr std::uint32_t kIpcr = 0x20001F40;

    explicit Cqbic(PhysicalMemory& memory) : memory_(memory) {}

    void reset();
    bool contains(std::uint32_t pa) const {
        return (pa >= kRegBase && pa < kRegEnd) || (pa >= kMapBase && pa < kMapEnd) ||
               (pa >= kIoPageBase && pa < kIoPageEnd) || (pa >= kQmemBase && pa < kQmemEnd);
    }
    // False: a Q22-bus timeout (recorded in DSER and QBEAR).
    bool read(std::uint32_t pa, unsigned size, std::uint32_t& value);
    bool write(std::uint32_t pa, unsigned size, std::uint32_t value);

    // A Q22-bus master's address (22 bits) to the main-memory address the map gives it.
    // False: the map entry is not valid (DSER<15>, Q22-bus NXM) or its page is beyond
    // memory (DSER<0>, DMA NXM).
    bool dma_address(std::uint32_t qaddr, std::uint32_t& mem_pa);

    std::uint32_t dser() const { return dser_; }
    void serialize(StateArchive& s);

private:
    bool map_address(std::uint32_t pa, std::uint32_t& mem_pa) const;
    bool qbus_timeout(std::uint32_t pa);
    bool map_qbus(std::uint32_t pa, unsigned size, std::uint32_t& mem_pa) const;

    PhysicalMemory& memory_;
    std::uint32_t scr_ = 0, dser_ = 0, qbear_ = 0, dear_ = 0, qbmbr_ = 0;
    std::uint16_t ipcr_ = 0;
};

}  // namespace simmon::vax
