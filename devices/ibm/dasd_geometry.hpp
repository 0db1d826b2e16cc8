// The direct-access devices of the System/360 this machine has, as data: cylinders (with
// the alternates), tracks per cylinder, the largest record a track holds, the capacity
// formula's constants (IBM's track-capacity tables as Hercules' dasdtab has them, reference
// section 13.4) and the device type byte of the Hercules CKD header.
#pragma once
#include <cstdint>
#include <string_view>

namespace simmon::ibm {

struct DasdGeometry {
    std::string_view model;     // "2314"
    std::uint8_t type_byte;     // CKD header byte 16
    std::uint32_t cylinders;    // including alternates
    std::uint32_t heads;        // tracks per cylinder
    std::uint32_t track_length; // bytes of R1 data a track holds (no key)
    std::uint32_t key_overhead; // C: extra bytes for a key
    std::uint32_t gap;          // X: bytes per record not last on the track
    std::uint32_t factor_num;   // D1/D2: the capacity factor
    std::uint32_t factor_den;

    // Bytes of a track image in a Hercules CKD file: header, R0, one full record, end
    // marker, rounded up to 512.
    std::uint32_t image_track_size() const { return (5 + 8 + 8 + 8 + track_length + 8 + 511) / 512 * 512; }
    // Track capacity used by a record of key length kl and data length dl that is the
    // last on the track (`last`) or not.
    std::uint32_t record_space(std::uint32_t kl, std::uint32_t dl, bool last) const {
        const std::uint32_t key = kl ? key_overhead : 0;
        if (last) return kl + dl + key;
        return (kl + dl) * factor_num / factor_den + key + gap;
    }
};

// The 2301 is not in Hercules' tables; its figures follow the 2820 storage control's
// description as sims models it (one "cylinder" of 200 tracks of 20,483 bytes).
inline constexpr DasdGeometry kDasd2311{"2311", 0x11, 203, 10, 3625, 20, 61, 537, 512};
inline constexpr DasdGeometry kDasd2314{"2314", 0x14, 203, 20, 7294, 45, 101, 2137, 2048};
inline constexpr DasdGeometry kDasd2301{"2301", 0x01, 1, 200, 20483, 0, 186, 1, 1};

const DasdGeometry* find_dasd_geometry(std::string_view model);
const DasdGeometry* find_dasd_geometry(std::uint8_t type_byte);

}  // namespace simmon::ibm
