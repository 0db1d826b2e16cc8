// RL11 controller with up to four RL01/RL02 cartridge disk drives (RL0-RL3); on a
// 22-bit bus the RLV12, which adds a bus address extension register.
// Registers (774400-774407, RLV12 on a 22-bit bus to 774411), vector 160, BR5:
//   RLCS 774400 control/status: 15 CE, 14 DE, 13:10 error code, 9:8 drive select,
//               7 CRDY (write 0 to start), 6 IE, 5:4 BA17:16, 3:1 function, 0 DRDY
//   RLBA 774402 bus address          RLDA 774404 disk address (meaning per function)
//   RLMP 774406 multipurpose: word count (2's complement), drive status, header words
//   RLBAE 774410 (RLV12, 22-bit bus only) 5:0 BA21:16; bits 1:0 and RLCS 5:4 are the
//               same two bits, written through either register
// Functions: 0 no-op, 1 write check, 2 get status, 3 seek, 4 read header, 5 write data,
// 6 read data, 7 read data without header check.
// Follows the RL11/RLV11 User's Guide (EK-RL011-UG), the RLV12 User's Guide
// (EK-RLV12-UG) and the RL01/RL02 disk subsystem manuals. A pack has 256 (RL01) or 512 (RL02) cylinders x 2 heads x 40 sectors of 128
// words; images hold the sectors in order as little-endian words. The last track holds
// the pack's bad sector file (DEC STD 144); a newly created image gets an empty one.
// A transfer stays on one track: the controller cannot find a sector 40, so a count that
// runs past the end of the track stops there with header-not-found, as on the hardware.
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "core/scheduler/scheduler.hpp"
#include "devices/dec/dec_bus.hpp"

namespace simmon::dec {

class Rl11 final : public BusDevice {
public:
    static constexpr std::uint32_t kBase = 0774400;
    static constexpr std::uint16_t kVector = 0160;
    static constexpr int kDrives = 4;
    static constexpr int kHeads = 2;
    static constexpr int kSectorsPerTrack = 40;
    static constexpr int kWordsPerSector = 128;
    static constexpr int kRl01Cylinders = 256;
    static constexpr int kRl02Cylinders = 512;
    static constexpr std::uint64_t kBytesPerCylinder = std::uint64_t{kHeads} * kSectorsPerTrack * kWordsPerSector * 2;
    static constexpr std::uint64_t kRl01Bytes = kRl01Cylinders * kBytesPerCylinder;  // 5,242,880
    static constexpr std::uint64_t kRl02Bytes = kRl02Cylinders * kBytesPerCylinder;  // 10,485,760

    Rl11(Machine& machine, DecBus& bus);

    std::uint32_t csr_base() const override { return kBase; }
    std::uint32_t csr_bytes() const override { return has_bae_ ? 10 : 8; }
    bool read(std::uint32_t addr, std::uint16_t& data) override;
    bool write(std::uint32_t addr, std::uint16_t data, bool byte) override;
    void reset() override;

    Status attach(Unit& unit, const std::string& path, const AttachOptions& options) override;
    // SIMH writes its disk images as plain sectors ("SIMH"), which is what "RAW" is too.
    std::vector<std::string> attach_formats() const override { return {"SIMH", "RAW"}; }
    Status detach(Unit& unit) override;
    Status ready_for_boot(Unit& unit) override;
    std::string show_status() const override;
    void serialize(StateArchive& s) override;

    bool is_rl02(int drive) const { return drives_[drive].rl02; }

private:
    struct Drive {
        std::uint16_t cylinder = 0;
        std::uint8_t head = 0;
        bool rl02 = true;
        bool autosize = true;
        bool write_locked = false;
        bool volume_check = false;  // set when a pack is loaded, cleared by get status + reset
        bool write_gate_error = false;
        Scheduler::HandlerId seek_event = Scheduler::kNoHandler;
    };

    int unit_index(const Unit& unit) const;
    int cylinders(int drive) const { return drives_[drive].rl02 ? kRl02Cylinders : kRl01Cylinders; }
    bool drive_ready(int drive) const;
    bool write_protected(int drive) const;
    std::uint16_t drive_status_word(int drive) const;
    std::uint16_t current_sector() const;
    std::uint16_t csr_value() const;
    void start_function();
    void finish_function();
    void complete(std::uint16_t error_bits);
    void transfer(int drive, int function);
    void add_modifiers();
    Status write_bad_sector_file(Unit& unit, int drive);

    bool has_bae_;          // an RLV12 on a 22-bit bus
    int dma_address_bits_;  // 22 with the extension register, else 18
    int irq_;
    Scheduler::HandlerId ctrl_event_;
    std::array<Drive, kDrives> drives_{};
    std::uint16_t rlcs_ = 0;
    std::uint16_t rlba_ = 0;
    std::uint16_t rlbae_ = 0;  // RLV12 only
    std::uint16_t rlda_ = 0;
    std::array<std::uint16_t, 3> rlmp_{};  // the MP register and the two words queued behind it
    std::vector<std::uint16_t> words_;
    std::vector<std::uint8_t> bytes_;
};

}  // namespace simmon::dec
