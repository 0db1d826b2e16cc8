// Hercules CKD disk images, plain (device id CKD_P370) and compressed (CKD_C370, "CCKD"),
// reference section 14. A plain image is a 512-byte device header (heads, track size and
// device type, little-endian) then fixed-size track images: a 5-byte home address (bin,
// CC, HH), records as count (CC HH R KL DL, big-endian), key and data, and an end marker of
// eight X'FF'. A compressed image adds a 512-byte CCKD header, a level-1 table of level-2
// table offsets, and 256-entry level-2 tables pointing at each track image, whose first byte
// names its compression (0 none, 1 zlib; 2 bzip2 is refused).
//
// Tracks are read and written whole. A plain image is written in place; a compressed one
// appends the new track image (zlib) and points its level-2 entry at it, so a volume grows
// as it is rewritten (Hercules' cckdcomp compacts it). Every header, table entry and track
// is checked: a bad image is refused at ATTACH, a bad track reads as an error, never as data.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/images/host_file.hpp"
#include "core/machine/status.hpp"
#include "devices/ibm/dasd_geometry.hpp"

namespace simmon::ibm {

class CkdImage {
public:
    explicit CkdImage(HostFile& file) : file_(file) {}

    // Reads and checks the headers; `expected` (may be null) is the drive's model, and an
    // image of another device type is refused.
    Status open(const DasdGeometry* expected);
    void close() { open_ = false; }
    bool is_open() const { return open_; }
    bool compressed() const { return compressed_; }
    const DasdGeometry& geometry() const { return *geometry_; }
    std::uint32_t cylinders() const { return cylinders_; }
    std::uint32_t heads() const { return heads_; }

    // The track image without padding (HA, records, end marker). False with `error` set
    // when the track cannot be read or its layout is corrupt.
    bool read_track(std::uint32_t cyl, std::uint32_t head, std::vector<std::uint8_t>& track, std::string& error) const;
    bool write_track(std::uint32_t cyl, std::uint32_t head, const std::vector<std::uint8_t>& track, std::string& error);

    // Creates an empty formatted volume: every track holds its home address and an empty
    // record 0. `compressed` writes a CCKD image.
    static Status create(const std::string& path, const DasdGeometry& geometry, std::uint32_t cylinders, bool compressed);
    // The track image a formatted empty track has.
    static std::vector<std::uint8_t> empty_track(std::uint32_t cyl, std::uint32_t head);
    // Checks a track's layout (HA, counts, lengths, end marker); error text when bad.
    static bool check_track(const std::vector<std::uint8_t>& track, std::size_t limit, std::string& error);

private:
    bool locate(std::uint32_t track, std::uint64_t& offset, std::uint32_t& length, std::uint64_t& l2_entry_at,
                std::string& error) const;

    HostFile& file_;
    bool open_ = false;
    bool compressed_ = false;
    bool big_endian_ = false;  // CCKD numeric fields
    const DasdGeometry* geometry_ = nullptr;
    std::uint32_t heads_ = 0;
    std::uint32_t track_size_ = 0;
    std::uint32_t cylinders_ = 0;
    std::uint32_t l1_entries_ = 0;
};

}  // namespace simmon::ibm
