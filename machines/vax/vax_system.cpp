// The MicroVAX 3900's I/O space as far as it exists yet (see vax_system.hpp).
#include "machines/vax/vax_system.hpp"

#include "core/machine/machine.hpp"

namespace simmon::vax {

bool VaxSystem::read(std::uint32_t pa, unsigned size, std::uint32_t& value) {
    if (!rom_.empty() && pa >= kRomBase && pa - kRomBase + size <= rom_.size()) {
        value = 0;
        for (unsigned i = 0; i < size; ++i) value |= std::uint32_t{rom_[pa - kRomBase + i]} << (8 * i);
        return true;
    }
    return false;
}

bool VaxSystem::write(std::uint32_t pa, unsigned, std::uint32_t) {
    // Writes to the ROM are ignored (it is read-only memory, not a hole).
    return !rom_.empty() && pa >= kRomBase && pa - kRomBase < rom_.size();
}

bool VaxSystem::read_ipr(std::uint32_t n, std::uint32_t& value) {
    if (n == kIprTXCS) {
        value = 0x80;  // ready: characters go out at once
        return true;
    }
    return false;
}

bool VaxSystem::write_ipr(std::uint32_t n, std::uint32_t value) {
    if (n == kIprTXDB) {
        machine_.console().write_char(static_cast<std::uint8_t>(value));
        return true;
    }
    return n == kIprTXCS;
}

}  // namespace simmon::vax
