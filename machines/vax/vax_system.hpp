// What a MicroVAX 3900 has besides its CPU and memory, as the CPU sees it (IoSpace):
// for now the KA655 console ROM (128 KB at physical 20040000, read-only) and the console
// terminal's transmit registers (TXCS/TXDB, IPRs 22 and 23), whose characters go to the
// machine's console. The rest of the KA655 (SSC, CQBIC, CMCTL) is the next stage; until
// then other I/O-space addresses are non-existent memory (a machine check).
#pragma once
#include <cstdint>
#include <vector>

#include "machines/vax/cpu/vax_cpu.hpp"

namespace simmon {
class Machine;
}

namespace simmon::vax {

class VaxSystem : public IoSpace {
public:
    static constexpr std::uint32_t kRomBase = 0x20040000;
    static constexpr std::uint32_t kRomSize = 128 * 1024;

    explicit VaxSystem(Machine& machine) : machine_(machine) {}

    bool read(std::uint32_t pa, unsigned size, std::uint32_t& value) override;
    bool write(std::uint32_t pa, unsigned size, std::uint32_t value) override;
    bool read_ipr(std::uint32_t n, std::uint32_t& value) override;
    bool write_ipr(std::uint32_t n, std::uint32_t value) override;

    // The ROM image (LOAD -r); shorter images are padded with zeros.
    std::vector<std::uint8_t>& rom() { return rom_; }
    bool rom_loaded() const { return !rom_.empty(); }

private:
    Machine& machine_;
    std::vector<std::uint8_t> rom_;
};

}  // namespace simmon::vax
