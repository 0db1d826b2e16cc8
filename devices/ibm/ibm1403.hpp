// IBM 1403 printer (on a 2821 control unit), printing to a host text file.
// Commands (2821 component description, GA24-3312; reference section 13.3): bits 0-4
// of the code give the carriage operation, bits 5-7 say print (001) or carriage only (011):
//   01 write without spacing      09/11/19 write, space 1/2/3 lines
//   89 + 8(n-1) write, then skip to carriage channel n (n = 1-12)
//   0B/13/1B space 1/2/3 lines     8B + 8(n-1) skip to channel n       03 no-operation
//   04 sense, 1 byte               FB/F3 load UCS buffer, 73/7B block/allow data check:
//                                  accepted, the data is taken and has no effect
// A line holds 132 print positions. Printing without spacing overprints: the file gets
// the merged line (a non-blank character wins). The carriage tape has 66 lines a page
// with channel 1 on line 1, channel 9 on line 57 and channel 12 on line 60; a skip to a
// channel the tape does not punch goes to channel 1. Passing channel 12 while spacing ends
// the command with unit exception (form overflow). A new page (a skip to a channel at or
// above the current line) is a form feed in the file.
#pragma once
#include <array>
#include <cstdint>
#include <string>

#include "devices/ibm/channel_device.hpp"

namespace simmon::ibm {

class Ibm1403 final : public ChannelDevice {
public:
    static constexpr std::size_t kLineBytes = 132;
    static constexpr int kPageLines = 66;
    static constexpr SimTime kLineTime = msec(55);  // 1100 lines a minute

    Ibm1403(Machine& machine, ChannelSubsystem& channels, std::string name, std::uint16_t address);

    CommandResult start_command(std::uint8_t command, bool chained) override;
    Status attach(Unit& unit, const std::string& path, const AttachOptions& options) override;
    Status detach(Unit& unit) override;
    int line() const { return line_; }

protected:
    std::string device_status() const override;
    void serialize_device(StateArchive& s) override;

private:
    // Moves the paper; returns false when a host write failed. Sets `overflow` when the
    // paper passed channel 12.
    bool space(int lines, bool& overflow);
    bool skip_to_channel(int channel, bool& overflow);
    bool emit(std::string_view text);
    bool flush_line();

    std::array<int, 13> channel_line_{};  // [n] = line of channel n, 0 = not punched
    int line_ = 1;                         // paper position, 1 = top of form
    std::string pending_;                  // printed on the current line, not yet spaced past
    std::uint64_t position_ = 0;           // bytes written to the file
    std::uint64_t lines_printed_ = 0;
};

}  // namespace simmon::ibm
