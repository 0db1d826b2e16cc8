// IBM 2540 card reader (the read side of the 2540 reader-punch, on a 2821 control unit).
// Commands (2821 component description, GA24-3312; reference section 13.2):
//   02/42/82/C2  read, feed, select stacker: one card, 80 bytes EBCDIC
//   x3 (not 03)  feed, select stacker without reading      03  no-operation
//   04           sense, 1 byte: 80 command reject, 40 intervention required
// Card-image (column binary, X'22' ...) reads are refused with command reject.
// The hopper is filled by ATTACH: one deck or several separated by commas, each either
// 80-byte EBCDIC card images (-e) or ASCII text one card a line (-a), guessed from the
// content without a switch. With END OF FILE set (the default, SET CDR EOF), the read
// after the last card ends with unit exception; after that an empty hopper is not ready
// (unit check, intervention required). Loading cards into an empty reader presents
// device end, as the reader becoming ready does.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "devices/ibm/channel_device.hpp"

namespace simmon::ibm {

class Ibm2540Reader final : public ChannelDevice {
public:
    static constexpr std::size_t kCardBytes = 80;
    static constexpr SimTime kCardTime = msec(60);  // 1000 cards a minute
    // A hopper holds a few thousand cards; ATTACH stacks decks up to this many.
    static constexpr std::uint64_t kMaxCards = 1'000'000;

    Ibm2540Reader(Machine& machine, ChannelSubsystem& channels, std::string name, std::uint16_t address);

    CommandResult start_command(std::uint8_t command, bool chained) override;
    Status attach(Unit& unit, const std::string& path, const AttachOptions& options) override;
    Switches attach_switches() const override { return switch_bit('e') | switch_bit('a'); }  // card codes
    Status detach(Unit& unit) override;

    std::size_t cards_left() const { return cards_.size() / kCardBytes - next_; }
    std::uint64_t cards_read() const { return cards_read_; }

    // Reads one deck file as cards: 80-byte EBCDIC images or ASCII text lines.
    // `format` is 'e', 'a' or 0 to guess. Error message names the file and the problem.
    static Status load_deck(const std::string& path, char format, std::vector<std::uint8_t>& cards);

protected:
    std::string device_status() const override;
    void serialize_device(StateArchive& s) override;

private:
    std::vector<std::uint8_t> cards_;  // the hopper, 80 bytes per card
    std::size_t next_ = 0;             // next card to read
    std::uint8_t end_of_file_ = 1;     // the END OF FILE key is set
    std::uint8_t eof_given_ = 0;       // unit exception already presented for this hopper
    std::uint64_t cards_read_ = 0;
};

}  // namespace simmon::ibm
