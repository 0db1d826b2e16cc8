// RK11-D disk controller with up to eight RK05 cartridge drives (RK0-RK7).
// Registers (Unibus 777400-777417), vector 220, BR5:
//   RKDS 777400 drive status      RKER 777402 error        RKCS 777404 control/status
//   RKWC 777406 word count (2's complement)                 RKBA 777410 bus address
//   RKDA 777412 disk address: drive 15:13, cylinder 12:5, surface 4, sector 3:0
//   RKMR 777414 maintenance (not modelled: reads 0)         RKDB 777416 data buffer
// Functions (RKCS 3:1): 0 control reset, 1 write, 2 read, 3 write check, 4 seek,
// 5 read check, 6 drive reset, 7 write lock.
// Follows the RK11-D Moving Head Disk Drive Controller manual (DEC-11-HRKDA-B) and the
// PDP-11 peripherals handbook. An RK05 pack is 203 cylinders x 2 surfaces x 12 sectors x
// 256 words; the image file holds the sectors in order as little-endian words (the
// layout SIMH and the archives use). A shorter image is a pack whose tail reads zeros.
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "core/scheduler/scheduler.hpp"
#include "devices/dec/dec_bus.hpp"

namespace simmon::dec {

class Rk11 final : public BusDevice {
public:
    static constexpr std::uint32_t kBase = 0777400;
    static constexpr std::uint16_t kVector = 0220;
    static constexpr int kDrives = 8;
    // RKBA and the two MEX bits of RKCS: 18 bits on either bus (the RKV11-D on the
    // Qbus keeps the RK11-D's register set, so it reaches only the first 256 KB).
    static constexpr int kDmaAddressBits = 18;
    static constexpr int kCylinders = 203;
    static constexpr int kSurfaces = 2;
    static constexpr int kSectorsPerTrack = 12;
    static constexpr int kWordsPerSector = 256;
    static constexpr std::uint32_t kSectors = kCylinders * kSurfaces * kSectorsPerTrack;
    static constexpr std::uint64_t kImageBytes = std::uint64_t{kSectors} * kWordsPerSector * 2;  // 2494464


    Rk11(Machine& machine, DecBus& bus);

    std::uint32_t csr_base() const override { return kBase; }
    std::uint32_t csr_bytes() const override { return 16; }
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

private:
    struct Drive {
        std::uint8_t cylinder = 0;
        bool write_locked = false;  // by the write lock function or SET RKn LOCKED
        Scheduler::HandlerId seek_event = Scheduler::kNoHandler;
    };

    int unit_index(const Unit& unit) const;
    std::uint16_t drive_status() const;
    void update_error_summary();
    void control_reset();
    void start_function();
    void finish_function();          // controller event: the transfer completes
    void seek_complete(int drive);   // drive event
    void complete(std::uint16_t errors);
    void transfer(int drive);
    bool drive_write_protected(int drive) const;

    int irq_;
    Scheduler::HandlerId ctrl_event_;
    std::array<Drive, kDrives> drives_{};

    std::uint16_t rkcs_ = 0;
    std::uint16_t rker_ = 0;
    std::uint16_t rkwc_ = 0;
    std::uint16_t rkba_ = 0;
    std::uint16_t rkda_ = 0;
    std::uint16_t rkdb_ = 0;
    std::uint8_t last_drive_ = 0;  // the drive that last finished a seek (RKDS ID)

    std::vector<std::uint16_t> words_;  // transfer buffer, reused
    std::vector<std::uint8_t> bytes_;
};

}  // namespace simmon::dec
