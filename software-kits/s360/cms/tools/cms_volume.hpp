// A CMS disk on a Hercules CKD volume, seen from the host: FORMAT (an empty CMS disk with
// a label), the directory (list, add, read, erase a file) and the nucleus area that IPL
// loads. The layout is cms_disk_layout.hpp's; a change is written the way our CMS writes
// it (docs/machines/cms-filesystem.md, "Updating the directory"): new data blocks, chain
// links, FST blocks and QMSK blocks go to free blocks, and the MFD is written last, in one
// write, so that a volume is never left half-updated.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/images/host_file.hpp"
#include "core/machine/status.hpp"
#include "devices/ibm/ckd_image.hpp"
#include "devices/ibm/dasd_geometry.hpp"

namespace simmon::cms {

using Block = std::vector<std::uint8_t>;  // 800 bytes
using Record = std::vector<std::uint8_t>;

// A file's entry as LISTF shows it (EBCDIC fields converted to host text).
struct FileInfo {
    std::string name, type, mode;  // blank-stripped
    char recfm = 'F';
    std::uint32_t lrecl = 0;
    std::uint32_t records = 0;
    std::uint32_t blocks = 0;
    std::uint16_t date = 0, time = 0, year = 0;  // unsigned BCD MMDD, HHMM, 00YY
};

// When a file was written, as the FST keeps it (unsigned BCD digits).
struct FileStamp {
    std::uint16_t date = 0x0101, time = 0, year = 0x70;
    static FileStamp now();
};

struct FormatOptions {
    const ibm::DasdGeometry* geometry = &ibm::kDasd2314;
    std::uint32_t cylinders = 0;          // of the whole volume
    std::uint32_t nucleus_cylinders = 0;  // at its end, outside the file area
    std::string label = "CMS191";
    bool compressed = false;              // CCKD
};

class CmsVolume {
public:
    // Makes a new volume file (refuses to overwrite one) and formats it.
    static Status create(const std::string& path, const FormatOptions& options);

    // Opens a volume made by create() or CMS FORMAT; refuses anything else with one line.
    Status open(const std::string& path, bool writable);

    const ibm::DasdGeometry& geometry() const { return image_->geometry(); }
    std::string label() const;
    std::uint32_t blocks_total() const { return num_; }
    std::uint32_t blocks_used() const { return used_; }
    std::uint32_t per_track() const { return per_track_; }
    std::uint32_t nucleus_cylinder() const { return nucleus_cyl_; }
    std::uint32_t nucleus_cylinders() const { return nucleus_cyl_ ? image_->cylinders() - nucleus_cyl_ : 0; }

    std::vector<FileInfo> list() const;
    bool find(const std::string& name, const std::string& type, FileInfo* info = nullptr) const;

    // Adds (or replaces) a file. F records must all be `lrecl` long; V records 1 to 65535.
    Status add(const std::string& name, const std::string& type, const std::string& mode, char recfm,
               std::uint32_t lrecl, const std::vector<Record>& records, const FileStamp& stamp);
    Status read(const std::string& name, const std::string& type, std::vector<Record>& records) const;
    Status erase(const std::string& name, const std::string& type);

    // Block I/O in CMS numbering (1 up), for the nucleus writer and the tests.
    bool read_block(std::uint32_t block, Block& data, std::string& error) const;
    bool write_block(std::uint32_t block, const Block& data, std::string& error);
    // Cylinder, head and record of a block.
    void locate(std::uint32_t block, std::uint32_t& cyl, std::uint32_t& head, std::uint32_t& record) const;

    // Lays a nucleus image (storage from `origin`, the IPL PSW from its first doubleword)
    // on the nucleus cylinders with the IPL records that load it (asm360's
    // write_ipl_volume), and notes its size in the MFD.
    Status write_nucleus(const std::vector<std::uint8_t>& image, std::uint32_t origin);

    ibm::CkdImage& image() { return *image_; }
    Status close();

    // Records per track of 800-byte blocks on a model (the track-capacity formula).
    static std::uint32_t blocks_per_track(const ibm::DasdGeometry& g);

private:
    struct Entry {
        std::uint32_t fst_slot;  // index into fst_blocks_ * 20
        FileInfo info;
        std::uint16_t first_chain;
    };
    Status load_directory();
    bool read_chain(const std::uint8_t* fst, std::vector<std::uint16_t>& data_blocks,
                    std::vector<std::uint16_t>& chain_blocks, std::string& error) const;
    std::uint16_t allocate();
    void release(std::uint16_t block);  // freed in the map written at the next commit
    bool in_use(std::uint32_t block) const;
    Status commit();
    Status write_file_blocks(char recfm, const std::vector<Record>& records, std::uint8_t* fst);
    int find_slot(const std::string& name, const std::string& type) const;

    HostFile file_;
    std::unique_ptr<ibm::CkdImage> image_;
    bool writable_ = false;
    std::uint32_t per_track_ = 0;
    std::uint32_t num_ = 0, used_ = 0;
    std::uint32_t nucleus_cyl_ = 0;
    Block mfd_;
    std::vector<Block> fst_blocks_;     // the directory, as read or as about to be written
    std::vector<bool> fst_dirty_;
    std::vector<std::uint8_t> qmsk_;    // in use or allocated since the last commit
    std::vector<std::uint8_t> freed_;   // in use until the next commit, then free
};

}  // namespace simmon::cms
