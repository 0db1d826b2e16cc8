// IBM 1052-7 printer-keyboard, the operator's console (on the 2150 console or the CPU's
// own attachment), served by the machine's operator console (the simmon console).
// Commands (1052 component description, GA22-6877 family; reference section 13.1):
//   01 write, no carrier return     09 write, carrier return after the data
//   0A read inquiry: a line the operator types, ended by END (Enter); no terminator stored
//   0B audible alarm (BEL)           03 no-operation     04 sense, 1 byte
// The REQUEST key (ESC by default, SET CON REQUEST=hh names another character, and a
// script can SEND it) raises attention when no read is in progress. CANCEL (Ctrl-X by
// default) ends a read with unit exception. Typing is echoed, as the 1052 prints what is
// typed; characters typed while no read is in progress wait for the next read.
// The real 1052 types 15 characters a second; we type one character per 100 microseconds
// so that programs wait for it without the host waiting.
#pragma once
#include <cstdint>
#include <string>

#include "core/scheduler/scheduler.hpp"
#include "devices/ibm/channel_device.hpp"

namespace simmon::ibm {

class Ibm1052 final : public ChannelDevice {
public:
    static constexpr SimTime kPollInterval = msec(2);
    static constexpr SimTime kCharTime = usec(100);
    static constexpr std::uint8_t kDefaultRequest = 0x1B;  // ESC
    static constexpr std::uint8_t kDefaultCancel = 0x18;   // Ctrl-X

    Ibm1052(Machine& machine, ChannelSubsystem& channels, std::string name, std::uint16_t address);

    CommandResult start_command(std::uint8_t command, bool chained) override;
    std::uint8_t halt() override;
    void reset() override;
    bool can_disable() const override { return false; }

protected:
    std::string device_status() const override;
    void serialize_device(StateArchive& s) override;

private:
    void poll();
    void end_read(std::uint8_t status);

    Scheduler::HandlerId poll_event_;
    std::string typeahead_;   // keyboard input not yet read (ASCII)
    std::string line_;        // the line being typed for the read in progress
    std::uint8_t reading_ = 0;
    std::uint8_t request_key_ = kDefaultRequest;
    std::uint8_t cancel_key_ = kDefaultCancel;
};

}  // namespace simmon::ibm
