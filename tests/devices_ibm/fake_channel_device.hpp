// A scriptable device for channel tests: reads give `record`, writes take up to `accept`
// bytes, and each command answers with the status and delay the test chose.
#pragma once
#include <vector>

#include "devices/ibm/channel_device.hpp"
#include "devices/ibm/channel_subsystem.hpp"

namespace simmon::ibm::test {

class FakeChannelDevice final : public ChannelDevice {
public:
    FakeChannelDevice(Machine& m, ChannelSubsystem& ch, std::string name, std::uint16_t address)
        : ChannelDevice(m, ch, std::move(name), "test device", address, false) {}

    CommandResult start_command(std::uint8_t command, bool chained) override {
        commands.push_back(command);
        chained_flags.push_back(chained);
        if (reject_next) {
            reject_next = false;
            return unit_check(kSenseCommandReject);
        }
        if (command == 0x04) return sense_command();
        if (command == search_command) {
            std::uint8_t arg[5];
            channels().fetch(address(), arg, sizeof arg);
            return {std::uint8_t(kChannelEnd | kDeviceEnd | (search_hit ? kStatusModifier : 0)), delay};
        }
        switch (command_class(command)) {
            case CommandClass::Read:
            case CommandClass::ReadBackward:
                stored = channels().store(address(), record.data(), record.size());
                break;
            case CommandClass::Write: {
                written.assign(accept, 0);
                const std::size_t n = channels().fetch(address(), written.data(), written.size());
                written.resize(n);
                break;
            }
            default: break;
        }
        if (later) return {0, 0};
        return {status, delay};
    }
    std::uint8_t halt() override {
        ++halts;
        return later ? std::uint8_t(kChannelEnd | kDeviceEnd | kUnitException) : 0;
    }
    bool busy() const override { return is_busy; }

    std::vector<std::uint8_t> record = std::vector<std::uint8_t>(80, 0xC1);
    std::size_t accept = 80;
    std::uint8_t status = kChannelEnd | kDeviceEnd;
    SimTime delay = 100;
    bool later = false;
    bool reject_next = false;
    bool is_busy = false;
    std::uint8_t search_command = 0x31;
    bool search_hit = false;
    int halts = 0;
    std::size_t stored = 0;
    std::vector<std::uint8_t> written;
    std::vector<std::uint8_t> commands;
    std::vector<bool> chained_flags;
};

}  // namespace simmon::ibm::test
