// The CMS disk as our CMS writes it, in 800-byte blocks on a CKD volume: the one
// description the host tool reads and writes, the same layout as the assembler DSECTs of
// software-kits/s360/cms/maclib (MFD, FST, ADT, QMSK) and docs/machines/cms-filesystem.md.
//
// Block b (1 up) is record (b-1) % k + 1 of track (b-1) / k, where k is the number of
// 800-byte records the model's track holds (2311: 4, 2314: 7, by the track-capacity
// formula); blocks 1-2 are the IPL records, 3 the volume label, 4 the master file
// directory (MFD), as the VM/370 CMS logic manual (SY20-0887, "The master file
// directory") places them: cylinder 0, track 0, records 1-4. Disk addresses in the MFD,
// the FSTs and the chain links are these block numbers in a halfword; 0 means none.
#pragma once
#include <cstddef>
#include <cstdint>

namespace simmon::cms {

inline constexpr std::size_t kBlockSize = 800;
inline constexpr std::uint16_t kLabelBlock = 3;
inline constexpr std::uint16_t kMfdBlock = 4;
inline constexpr std::uint16_t kFirstFreeBlock = 5;

// The label block: the OS standard "VOL1" and volume serial first, so that a program
// looking for an OS label finds the name, then our identification and format version.
namespace label {
inline constexpr std::size_t kVol1 = 0;     // C'VOL1'
inline constexpr std::size_t kSerial = 4;   // CL6 the label (LISTF, QUERY DISK show it)
inline constexpr std::size_t kCmsId = 10;   // C'CMS=800 '
}  // namespace label

// The MFD (block 4), written in one write as the last step of every directory change.
namespace mfd {
inline constexpr std::size_t kFstBlocks = 0;    // 16H disk addresses of the FST blocks
inline constexpr std::size_t kMaxFstBlocks = 16;
inline constexpr std::size_t kSentinel = 32;    // H X'FFFD': QMSK block addresses follow
inline constexpr std::uint16_t kSentinelValue = 0xFFFD;
inline constexpr std::size_t kQmskBlocks = 34;  // 8H disk addresses of the QMSK blocks
inline constexpr std::size_t kMaxQmskBlocks = 8;
inline constexpr std::size_t kNum = 50;         // H ADTNUM: blocks of the file area
inline constexpr std::size_t kUsed = 52;        // H ADTUSED: blocks in use
inline constexpr std::size_t kLeft = 54;        // H ADTLEFT: ADTNUM - ADTUSED
inline constexpr std::size_t kLast = 56;        // H ADTLAST: highest block in use
inline constexpr std::size_t kCylinders = 58;   // H ADTCYL: cylinders of the file area
inline constexpr std::size_t kPerTrack = 60;    // H 800-byte records per track
inline constexpr std::size_t kHeads = 62;       // H tracks per cylinder
inline constexpr std::size_t kDevType = 64;     // X device type X'11' 2311, X'14' 2314
inline constexpr std::size_t kVersion = 65;     // X format version, 1
inline constexpr std::uint8_t kVersionValue = 1;
inline constexpr std::size_t kFiles = 66;       // H files on the disk
inline constexpr std::size_t kSequence = 68;    // F directory updates so far
inline constexpr std::size_t kNucleusCyl = 72;  // H first cylinder of the nucleus area (0: none)
inline constexpr std::size_t kNucleusBytes = 74;  // F bytes of nucleus image written there
}  // namespace mfd

// The QMSK: one bit per block of the file area, X'80' of byte 0 for block 1; 1 = in use.
// Bits past ADTNUM are kept 1 so that no allocator picks them.
inline constexpr std::size_t kBitsPerQmskBlock = kBlockSize * 8;

// A file status table entry (VM/370 FSTD, Data Areas SY20-0884): 40 bytes, 20 to an FST
// block. An entry whose first byte is X'00' is free.
namespace fst {
inline constexpr std::size_t kSize = 40;
inline constexpr std::size_t kPerBlock = 20;
inline constexpr std::size_t kName = 0;      // CL8 filename
inline constexpr std::size_t kType = 8;      // CL8 filetype
inline constexpr std::size_t kDate = 16;     // H date written, X'MMDD' (unsigned BCD)
inline constexpr std::size_t kTime = 18;     // H time written, X'HHMM' (unsigned BCD)
inline constexpr std::size_t kWritePtr = 20; // H write pointer (item number)
inline constexpr std::size_t kReadPtr = 22;  // H read pointer (item number)
inline constexpr std::size_t kMode = 24;     // CL2 filemode letter and number, e.g. C'A1'
inline constexpr std::size_t kRecords = 26;  // H logical records
inline constexpr std::size_t kFirstChain = 28;  // H disk address of the first chain link
inline constexpr std::size_t kRecfm = 30;    // C 'F' or 'V'
inline constexpr std::size_t kFlags = 31;    // X flags (in storage only; 0 on disk)
inline constexpr std::size_t kLrecl = 32;    // F record length (V: the longest)
inline constexpr std::size_t kBlocks = 36;   // H 800-byte data blocks
inline constexpr std::size_t kYear = 38;     // H year written, X'00YY' (unsigned BCD)
}  // namespace fst

// Chain links: the first (FCL) holds the disk addresses of chain links 2-41 in its first
// 40 halfwords and of data blocks 1-60 in the next 60; chain link n (2-41) holds those of
// data blocks (n-2)*400+61 to (n-1)*400+60 (SY20-0887, "Format of the first chain link
// and Nth chain links").
namespace chain {
inline constexpr std::size_t kLinksInFirst = 40;
inline constexpr std::size_t kDataInFirst = 60;
inline constexpr std::size_t kDataInNth = 400;
inline constexpr std::size_t kMaxDataBlocks = kDataInFirst + kLinksInFirst * kDataInNth;
}  // namespace chain

}  // namespace simmon::cms
