// What the System/360 channels see of the storage keys, which the CPU keeps: one key per
// 2048-byte block of real storage, as ISK shows it (bits 0-3 access key, bit 4 fetch
// protection, bit 5 reference, bit 6 change; PoO "Storage Protection", FC67 for the
// reference and change bits). A channel checks each transfer against its CAW key (key 0
// matches every block; otherwise a store needs equal keys, and a fetch too when the block
// is fetch protected: "protection check" in the CSW) and records the reference and change
// it caused, as the 67 does for channel transfers. S360Cpu implements this; channel tests
// can plug in a fake.
#pragma once
#include <cstdint>

namespace simmon::s360 {

class StorageKeys {
public:
    virtual ~StorageKeys() = default;

    // The key byte of the block holding real address `addr` (0 beyond storage).
    virtual std::uint8_t storage_key(std::uint32_t addr) const = 0;
    // True when a channel with `caw_key` may fetch (stored = false) or store at `addr`.
    bool channel_access_allowed(std::uint8_t caw_key, std::uint32_t addr, bool stored) const {
        if (caw_key == 0) return true;
        const std::uint8_t k = storage_key(addr);
        if ((k >> 4) == caw_key) return true;
        return !stored && (k & 0x08) == 0;
    }
    // A channel transferred `length` bytes at real `addr`: sets the reference bit (and the
    // change bit when `stored`) of every block touched.
    virtual void note_channel_access(std::uint32_t addr, std::uint32_t length, bool stored) = 0;
};

}  // namespace simmon::s360
