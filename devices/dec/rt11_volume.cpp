#include "devices/dec/rt11_volume.hpp"

#include <array>

namespace simmon::dec {

namespace {

constexpr std::uint64_t kBlock = 512;
constexpr std::uint64_t kHomeBlock = 1;
// Home block fields (byte offsets): the first directory segment's block number, and the
// system identification that RT-11's INIT writes.
constexpr std::size_t kFirstSegmentOffset = 0724;
constexpr std::size_t kSystemIdOffset = 0760;
constexpr char kSystemId[] = "DECRT11A";
// A directory segment is two blocks: a five-word header, then entries of seven words plus
// the volume's extra bytes. Status bits of an entry's first word:
constexpr std::uint16_t kEndOfSegment = 004000;
constexpr int kMaxSegments = 31;  // RT-11 allows 1 to 31 segments

std::uint16_t word_at(const std::uint8_t* p, std::size_t offset) {
    return static_cast<std::uint16_t>(p[offset] | (p[offset + 1] << 8));
}

}  // namespace

std::optional<std::uint64_t> rt11_volume_blocks(const HostFile& image) {
    std::array<std::uint8_t, kBlock> home{};
    if (image.read_at(kHomeBlock * kBlock, home.data(), home.size()) != home.size()) return std::nullopt;
    for (std::size_t i = 0; i + 1 < sizeof kSystemId; ++i)
        if (home[kSystemIdOffset + i] != static_cast<std::uint8_t>(kSystemId[i])) return std::nullopt;
    const std::uint16_t first = word_at(home.data(), kFirstSegmentOffset);
    if (first < 2 || first > 255) return std::nullopt;

    std::array<std::uint8_t, 2 * kBlock> seg{};
    if (image.read_at(first * kBlock, seg.data(), seg.size()) != seg.size()) return std::nullopt;
    const std::uint16_t total = word_at(seg.data(), 0);
    const std::uint16_t extra = word_at(seg.data(), 6);
    if (total < 1 || total > kMaxSegments || extra % 2 != 0 || extra > 64) return std::nullopt;
    const std::size_t entry_bytes = 14 + extra;

    std::uint64_t blocks = 0;
    int segment = 1;
    for (int visited = 0; segment != 0; ++visited) {
        if (visited >= total || segment > total) return std::nullopt;  // a loop or a bad link
        if (segment != 1 &&
            image.read_at((first + 2 * static_cast<std::uint64_t>(segment - 1)) * kBlock, seg.data(), seg.size()) !=
                seg.size())
            return std::nullopt;
        const std::uint16_t next = word_at(seg.data(), 2);
        std::uint64_t end = word_at(seg.data(), 8);  // the segment's first data block
        if (end < first + 2u * total) return std::nullopt;
        bool closed = false;
        for (std::size_t at = 10; at + entry_bytes <= seg.size(); at += entry_bytes) {
            const std::uint16_t status = word_at(seg.data(), at);
            if (status & kEndOfSegment) {
                closed = true;
                break;
            }
            end += word_at(seg.data(), at + 8);
        }
        if (!closed) return std::nullopt;
        if (end > blocks) blocks = end;
        segment = next;
    }
    return blocks;
}

}  // namespace simmon::dec
