// PC11 high-speed paper tape reader and punch, as two devices with a host file each:
//   PTR  reader  PRS 777550  PRB 777552  vector 070  BR4
//   PTP  punch   PPS 777554  PPB 777556  vector 074  BR4
// PRS: 15 ERROR (no tape, or tape ran out), 11 BUSY, 7 DONE, 6 IE, 0 RDR ENB (write:
// read one character). PPS: 15 ERROR (no tape), 7 READY, 6 IE.
// Follows the PC11 paper tape reader/punch manual (DEC-11-HPTA) and the PDP-11
// peripherals handbook.
//
// BOOT PTR does what an operator did with the Absolute Loader: it reads the tape in
// absolute-loader format (blocks of 001 000, byte count, load address, data, checksum)
// into memory and starts the program at the address in the last block. The loader runs
// in the simulator rather than as a PDP-11 program in the top of memory, which leaves all
// of memory to the program and works for any memory size; a tape that fails its checksum
// or has no start address is refused with a message.
#pragma once
#include <cstdint>

#include "core/scheduler/scheduler.hpp"
#include "devices/dec/character_output.hpp"
#include "devices/dec/dec_bus.hpp"

namespace simmon::dec {

class Pc11Reader final : public BusDevice {
public:
    static constexpr std::uint32_t kBase = 0777550;
    static constexpr std::uint16_t kVector = 070;
    // 300 characters a second (PC11 manual).
    static constexpr SimTime kDefaultDelay = usec(3333);

    Pc11Reader(Machine& machine, DecBus& bus);

    std::uint32_t csr_base() const override { return kBase; }
    std::uint32_t csr_bytes() const override { return 4; }
    bool read(std::uint32_t addr, std::uint16_t& data) override;
    bool write(std::uint32_t addr, std::uint16_t data, bool byte) override;
    void reset() override;
    Status attach(Unit& unit, const std::string& path, const AttachOptions& options) override;
    Status detach(Unit& unit) override;
    Status ready_for_boot(Unit& unit) override;
    void serialize(StateArchive& s) override;

    // Characters read so far from the attached tape; a bootstrap that reads the tape
    // itself (the absolute loader) moves the position past what it read.
    std::uint64_t position() const { return position_; }
    void tape_read(std::uint64_t characters);

private:
    std::uint16_t status_value() const;
    void character_read();

    int irq_;
    Scheduler::HandlerId read_event_;
    std::uint16_t prs_ = 0;   // IE, DONE, BUSY (ERROR is computed)
    std::uint16_t prb_ = 0;
    bool out_of_tape_ = false;
    std::uint64_t position_ = 0;
    std::uint64_t delay_ = kDefaultDelay / kNsPerUsec;  // TIME, microseconds
};

// The punch is a character output device (character_output.hpp).
class Pc11Punch final : public CharacterOutput {
public:
    static constexpr std::uint32_t kBase = 0777554;
    static constexpr std::uint16_t kVector = 074;
    // 50 characters a second (PC11 manual): 20 ms a character. PTP TIME sets another.
    static constexpr SimTime kDefaultDelay = usec(20000);

    static constexpr CharacterOutputTraits kTraits = {
        .name = "PTP", .description = "PC11 paper tape punch", .base = kBase, .vector = kVector,
        .status_name = "PPS", .status_help = "punch status (15 ERROR, 7 READY, 6 IE)",
        .buffer_name = "PPB", .buffer_help = "punch buffer", .data_mask = 0377,
        .done_verb = "punched", .what = "a punch",
    };

    Pc11Punch(Machine& machine, DecBus& bus) : CharacterOutput(machine, bus, kTraits, kDefaultDelay) {}
};

}  // namespace simmon::dec
