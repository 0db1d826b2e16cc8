// TM11 magnetic tape controller with up to eight TU10 drives (TM0-TM7), tapes kept as
// SIMH .tap images (core/images/tape_image.hpp).
// Registers (Unibus 772520-772533), vector 224, BR5:
//   MTS   772520 status: 15 ILC, 14 EOF, 13 CRE, 12 PAE, 11 BGL, 10 EOT, 9 RLE, 8 BTE,
//                 7 NXM, 6 SELR, 5 BOT, 4 7CH, 3 SDWN, 2 WRL, 1 RWS, 0 TUR
//   MTC   772522 command: 15 ERR, 14:13 density, 12 power clear, 11 even parity,
//                 10:8 unit, 7 CUR, 6 IE, 5:4 A17:A16, 3:1 function, 0 GO
//   MTBRC 772524 byte/record count (2's complement)   MTCMA 772526 memory address
//   MTD   772530 data buffer                           MTRD  772532 read lines
// Functions: 0 off-line (unload), 1 read, 2 write, 3 write EOF, 4 space forward,
// 5 space reverse, 6 write with extended gap, 7 rewind.
// Follows the TM11 magnetic tape controller manual (EK-TM11-OP/TM) and the PDP-11
// peripherals handbook.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "core/images/tape_image.hpp"
#include "core/scheduler/scheduler.hpp"
#include "devices/dec/dec_bus.hpp"

namespace simmon::dec {

class Tm11 final : public BusDevice {
public:
    static constexpr std::uint32_t kBase = 0772520;
    static constexpr std::uint16_t kVector = 0224;
    static constexpr int kDrives = 8;
    // MTCMA and MTC's two extension bits: 18 bits, a Unibus design on any bus.
    static constexpr int kDmaAddressBits = 18;

    Tm11(Machine& machine, DecBus& bus);

    std::uint32_t csr_base() const override { return kBase; }
    std::uint32_t csr_bytes() const override { return 12; }
    bool read(std::uint32_t addr, std::uint16_t& data) override;
    bool write(std::uint32_t addr, std::uint16_t data, bool byte) override;
    void reset() override;

    Status attach(Unit& unit, const std::string& path, const AttachOptions& options) override;
    std::vector<std::string> attach_formats() const override { return {"SIMH"}; }  // .tap records
    Status detach(Unit& unit) override;
    Status ready_for_boot(Unit& unit) override;
    std::string show_status() const override;
    void serialize(StateArchive& s) override;

    std::uint64_t tape_position(int drive) const { return drives_[drive].tape->position(); }

private:
    struct Drive {
        std::unique_ptr<TapeImage> tape;
        bool write_locked = false;
        Scheduler::HandlerId rewind_event = Scheduler::kNoHandler;
    };

    int unit_index(const Unit& unit) const;
    int selected() const { return (mtc_ >> 8) & 7; }
    bool write_protected(int drive) const;
    std::uint16_t status_value() const;
    std::uint16_t command_value() const;
    void start_function();
    SimTime function_time(int drive, int function);
    void finish_function();
    void rewind_done(int drive);
    void complete(std::uint16_t errors);
    std::uint16_t map_result(TapeResult r, int drive);

    int irq_;
    Scheduler::HandlerId ctrl_event_;
    std::array<Drive, kDrives> drives_;
    std::uint16_t mts_errors_ = 0;  // the error half of MTS (15:7)
    std::uint16_t mtc_ = 0;
    std::uint16_t mtbrc_ = 0;
    std::uint16_t mtcma_ = 0;
    std::uint16_t mtd_ = 0;
    std::vector<std::uint8_t> record_;
};

}  // namespace simmon::dec
