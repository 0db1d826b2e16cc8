// What an RT-11 file-structured volume says about its own size. A published disk image
// is often cut short after its last used block, so the file's length does not tell an
// RL02 pack from an RL01; the volume's directory does (RT-11 Volume and File Formats
// Manual, AA-PD6PA-TC, ch. 1: home block and directory segments).
#pragma once
#include <cstdint>
#include <optional>

#include "core/images/host_file.hpp"

namespace simmon::dec {

// The number of 512-byte blocks the RT-11 directory on `image` describes (its last
// segment's data start plus the lengths of every permanent, tentative and empty entry:
// RT-11 keeps the free space as entries too, so this is the volume's size). Nothing when
// the image does not hold a well-formed RT-11 home block and directory.
std::optional<std::uint64_t> rt11_volume_blocks(const HostFile& image);

}  // namespace simmon::dec
