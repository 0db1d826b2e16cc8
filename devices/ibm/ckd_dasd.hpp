// IBM 2311 and 2314 disk drives and the 2301 drum: count-key-data direct-access storage on
// Hercules CKD or CCKD images (ckd_image.hpp), one drive per I/O address, the model a
// SET option (SET DA0 2311|2314|2301, while detached).
// Commands (2841 / 2314 / 2820 component descriptions; reference section 13.4), with the
// multitrack variant (+X'80') where the manuals give one:
//   07 seek  0B seek cylinder  1B seek head  13 recalibrate  1F set file mask  03 NOP
//   31/51/71 search ID equal/high/equal-or-high   29/49/69 search key equal/high/eq-or-high
//   39 search home address equal   06 read data   0E read key and data   1E read count,
//   key and data   12 read count   16 read record 0   1A read home address   02 read IPL
//   05 write data   0D write key and data   1D write count, key and data   15 write R0
//   19 write home address   11 erase   04 sense (6 bytes)   94/B4 release/reserve
// Write special count, key and data (01, record overflow) is refused with command reject.
// Searches compare with the recorded count field, so a minidisk can be relocated by its
// seek arguments alone. A search that is satisfied presents status modifier (the channel
// then skips the TIC of the search loop). A search or read that passes the index point a
// second time without success ends with no record found; a multitrack operation that
// passes the last head ends with end of cylinder. Writes obey the file mask and the
// track capacity of the model; data writes must follow a satisfied search in the chain.
// ATTACH -n creates and formats an empty volume of the model's full size (compressed when
// the file name ends in .cckd).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "devices/ibm/channel_device.hpp"
#include "devices/ibm/ckd_image.hpp"

namespace simmon::ibm {

class CkdDasd final : public ChannelDevice {
public:
    CkdDasd(Machine& machine, ChannelSubsystem& channels, std::string name, std::uint16_t address, const DasdGeometry& model);

    CommandResult start_command(std::uint8_t command, bool chained) override;
    Status attach(Unit& unit, const std::string& path, const AttachOptions& options) override;
    Status detach(Unit& unit) override;

    const DasdGeometry& model() const { return *model_; }
    std::uint32_t cylinder() const { return cyl_; }
    std::uint32_t head() const { return head_; }

protected:
    std::string device_status() const override;
    void serialize_device(StateArchive& s) override;

private:
    enum Orient : std::uint8_t { kIndex, kHomeAddress, kCount, kKey, kData };

    bool load_track();
    bool store_track();
    bool at_end(std::size_t p) const;
    std::size_t key_length(std::size_t p) const { return track_[p + 5]; }
    std::size_t data_length(std::size_t p) const { return std::size_t{track_[p + 6]} << 8 | track_[p + 7]; }
    std::size_t next_record(std::size_t p) const { return p + 8 + key_length(p) + data_length(p); }
    // Moves to the next count field; false with `fail` set when the search must end.
    bool next_count(bool skip_r0, bool multitrack, CommandResult& fail);
    bool writes_inhibited(std::uint8_t level) const;
    bool fits(std::size_t insert_at, std::size_t kl, std::size_t dl) const;
    CommandResult done(std::size_t bytes, std::uint8_t extra = 0);
    CommandResult seek(std::uint8_t command);
    CommandResult search(std::uint8_t command);
    CommandResult read(std::uint8_t command);
    CommandResult write(std::uint8_t command);

    const DasdGeometry* model_;
    CkdImage image_;
    std::vector<std::uint8_t> track_;
    std::uint8_t track_valid_ = 0;
    std::uint32_t cyl_ = 0;
    std::uint32_t head_ = 0;
    std::uint8_t orient_ = kIndex;
    std::uint32_t rec_ = 5;          // offset of the current record's count in the track
    std::uint8_t file_mask_ = 0;
    std::uint8_t mask_set_ = 0;      // set file mask already used in this chain
    std::uint8_t index_passes_ = 0;
    std::uint8_t last_command_ = 0;  // previous command of the chain
    std::uint8_t last_satisfied_ = 0;
    std::uint8_t write_locked_ = 0;
};

}  // namespace simmon::ibm
