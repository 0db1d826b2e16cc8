// A program on a CKD volume that IPL from the disk loads and runs: the host-side
// equivalent of software-kits/s360/dasd/diskipl.asm, for programs of any size.
//
// IPL from a disk (PoO "Initial Program Loading") issues Read IPL (X'02'): the device
// seeks cylinder 0 head 0 and the channel reads the data of record 1 into locations 0-23
// (the PSW and two CCWs), then chains to the CCW at location 8. The volume this writes
// follows OS/360's layout of track 0 (IBM 2311/2314 volume initialization, as Hercules'
// dasdinit lays it):
//
//   cylinder 0 head 0, R1: key 'IPL1', 24 bytes of data: the IPL PSW; CCW 1, read data
//                          (X'06') of the next record, R2, into the loader area, command
//                          chained; CCW 2, TIC to the loader area.
//                      R2: key 'IPL2', the loader: a channel program that reads the image.
//                      R3 and up: whatever was there (a VOL1 label, a file system's
//                          label) is kept.
//   the image's tracks: one record R1 (no key) a track, a full track of the image each
//                      (3,625 bytes on a 2311, 7,294 on a 2314, 20,483 on a 2301), the
//                      last track holding the rest; consecutive tracks from a chosen one.
//
// The loader has, for each cylinder the image touches: seek (X'07') to the cylinder and
// head of its first track there, search ID equal (X'31') for its R1, TIC back to the
// search until the search is satisfied (status modifier skips the TIC), read data (X'06')
// of that R1, then one multitrack read data (X'86') for each further track of the image
// on that cylinder (the head switches at the index point; R0 is not read). Each read is
// command chained except the last, whose end with channel end and device end completes
// the IPL: the CPU then loads the PSW at location 0. After the CCWs come the seek and
// search arguments, eight bytes a cylinder: 00 00 CC CC HH HH 01 00 (the seek reads BBCCHH
// from the first six, the search CCHHR from bytes 2-6).
//
// No instruction runs before the program's own, so any program the linker makes can be
// IPLed this way. When the image covers locations 0-7 its first doubleword is replaced by
// the IPL PSW (the image is read after the PSW, and IPL loads whatever is at 0).
#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <string>

#include "core/machine/status.hpp"
#include "devices/ibm/ckd_image.hpp"
#include "devices/ibm/dasd_geometry.hpp"

namespace simmon::s360::asm360 {

struct LinkResult;

// What the IPL loads: `bytes` at `origin`, and the PSW loaded when the chain ends.
struct IplProgram {
    std::uint32_t origin = 0;
    std::span<const std::uint8_t> bytes;
    std::array<std::uint8_t, 8> psw{};
};

// The program of a link: the image from its first section up, the PSW from location 0.
IplProgram ipl_program(const LinkResult& link);

struct IplVolumeOptions {
    // The tracks that may hold the image: it starts at cylinder `first_cylinder` head
    // `first_head` (not 0/0, which holds the IPL records) and must end at or before
    // `last_cylinder`/`last_head` (default: the volume's last track). Consecutive tracks,
    // head by head, then the next cylinder.
    std::uint32_t first_cylinder = 0;
    std::uint32_t first_head = 1;
    std::uint32_t last_cylinder = kToTheEnd;
    std::uint32_t last_head = kToTheEnd;
    // Where the loader (record 2) is read: 0 puts it on the doubleword above the image.
    // It must lie above location 23, below 16 MB, and outside the image.
    std::uint32_t loader_address = 0;

    static constexpr std::uint32_t kToTheEnd = 0xFFFFFFFF;
};

// Where write_ipl_volume put things.
struct IplVolumeLayout {
    std::uint32_t first_track = 0;  // absolute track numbers: cylinder * heads + head
    std::uint32_t tracks = 0;
    std::uint32_t loader_address = 0;
    std::uint32_t loader_length = 0;
};

// Tracks of `geometry` an image of `bytes` bytes takes (one full-track record each).
std::uint32_t ipl_tracks_needed(const ibm::DasdGeometry& geometry, std::size_t bytes);

// Writes the IPL records on cylinder 0 head 0 and the image on its tracks of an open
// volume. Nothing is written unless all of it fits; the error is one line.
Status write_ipl_volume(ibm::CkdImage& volume, const IplProgram& program, const IplVolumeOptions& options,
                        IplVolumeLayout* layout = nullptr);

// link360 --ckd: the same on the volume in file `path`. A missing file is created as an
// empty formatted volume of `model` (2311 when null) with `cylinders` (0: the model's
// full size; a name ending in .cckd makes it compressed, as ATTACH -N does); an existing
// one must be of `model` when that is given.
Status write_ipl_volume_file(const std::string& path, const ibm::DasdGeometry* model, std::uint32_t cylinders,
                             const IplProgram& program, const IplVolumeOptions& options,
                             IplVolumeLayout* layout = nullptr);

}  // namespace simmon::s360::asm360
