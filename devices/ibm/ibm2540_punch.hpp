// IBM 2540 card punch (the punch side of the 2540 reader-punch, on a 2821 control unit).
// Commands (2821 component description, GA24-3312; reference section 13.2):
//   01/41/81/C1  write (punch), feed, select stacker: one card of 80 bytes EBCDIC
//   03           no-operation         04  sense, 1 byte (80 reject, 40 intervention)
// Card-image punching (X'21' ...) is refused with command reject. A card takes the first
// 80 bytes of the data; fewer is incorrect length (unless SLI) and the rest of the card
// stays blank. Cards go to the attached host file as 80-byte EBCDIC records, or with
// ATTACH -a as ASCII text, one card a line with trailing blanks dropped. ATTACH starts the
// file afresh; without a file the punch is not ready (unit check, intervention required).
#pragma once
#include <cstdint>
#include <string>

#include "devices/ibm/channel_device.hpp"

namespace simmon::ibm {

class Ibm2540Punch final : public ChannelDevice {
public:
    static constexpr std::size_t kCardBytes = 80;
    static constexpr SimTime kCardTime = msec(200);  // 300 cards a minute

    Ibm2540Punch(Machine& machine, ChannelSubsystem& channels, std::string name, std::uint16_t address);

    CommandResult start_command(std::uint8_t command, bool chained) override;
    Status attach(Unit& unit, const std::string& path, const AttachOptions& options) override;
    Switches attach_switches() const override { return switch_bit('a'); }  // ASCII text
    std::uint64_t cards_punched() const { return cards_punched_; }

protected:
    std::string device_status() const override;
    void serialize_device(StateArchive& s) override;

private:
    std::uint64_t position_ = 0;  // bytes written to the file
    std::uint8_t ascii_ = 0;      // write text lines instead of card images
    std::uint64_t cards_punched_ = 0;
};

}  // namespace simmon::ibm
