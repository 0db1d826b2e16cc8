// The base of every System/360 I/O device: what the channel asks of a device and what a
// device may ask of its channel. Devices work at the channel-program level, one command at
// a time (as Hercules' device handlers do): the channel offers a command; the device moves
// its data through the channel (store() for input, fetch() for output, which follow data
// chaining, skip and storage protection on their own) and answers with the unit status to
// present and how long after. A device that must wait for the outside world (an operator
// typing, a telnet line) answers "later" and presents its status itself when it comes.
//
// A device is named after the hardware (CDR, LPR ...) and answers to its I/O address
// ("00C"), which SET <dev> ADDRESS=hhh changes.
#pragma once
#include <array>
#include <cstdint>
#include <string>

#include "core/machine/device.hpp"
#include "devices/ibm/channel_defs.hpp"

namespace simmon::ibm {

class ChannelSubsystem;

// A device's answer to a command. `status` 0 means the device presents its status later
// through ChannelSubsystem::present_status().
struct CommandResult {
    std::uint8_t status = 0;
    SimTime delay = 0;
};

class ChannelDevice : public Device {
public:
    ChannelDevice(Machine& machine, ChannelSubsystem& channels, std::string name, std::string description,
                  std::uint16_t address, bool attachable);
    // The machine owns the channels and its devices and drops them together, so a device
    // does not unregister itself.
    ~ChannelDevice() override;

    std::uint16_t address() const { return address_; }
    // Moves the device to another I/O address; refused when another device has it.
    Status set_address(std::uint16_t address);
    bool answers_to(std::string_view name) const override;

    // ---- called by the channel ----
    // A new command: the first of a channel program (`chained` false) or one reached by
    // command chaining.
    virtual CommandResult start_command(std::uint8_t command, bool chained) = 0;
    // HALT I/O while the device holds a command with its status still to come: the device
    // ends the command and returns the status to present now. Devices whose status is
    // already scheduled return 0 and let it arrive.
    virtual std::uint8_t halt() { return 0; }
    // True while the device works on its own after channel end (seek, feed, rewind): START
    // I/O then finds it busy.
    virtual bool busy() const { return false; }

    void reset() override;
    // BOOT/IPL <address>: the channels' IPL read from this device (ChannelSubsystem::
    // start_ipl); the machine's IPL handler loads the PSW when the chain ends.
    Status boot(Unit& unit) override;
    std::string show_status() const override;
    // The address, the sense bytes, then the device's own fields (serialize_device). On
    // load the address is staged with the channels and finish_load() places every
    // device's at once (ChannelSubsystem::place_staged), so devices may trade addresses.
    void serialize(StateArchive& s) final;
    Status finish_load() override;

    const std::array<std::uint8_t, 24>& sense() const { return sense_; }

protected:
    ChannelSubsystem& channels() const { return channels_; }
    // Device-specific SHOW lines (after the address line) and state.
    virtual std::string device_status() const { return {}; }
    virtual void serialize_device(StateArchive&) {}

    // Sense (X'04'): transfers the sense bytes and clears them (the PoO: sense data lasts
    // until the next command other than sense).
    CommandResult sense_command();
    // Ends a command with unit check and the given sense byte 0 (and optionally byte 1).
    CommandResult unit_check(std::uint8_t sense0, std::uint8_t sense1 = 0);
    void clear_sense() { sense_.fill(0); }
    void set_sense_length(unsigned n) { sense_length_ = n; }

    std::array<std::uint8_t, 24> sense_{};
    unsigned sense_length_ = 1;

private:
    friend class ChannelSubsystem;  // place_staged() sets address_ for a whole set
    ChannelSubsystem& channels_;
    std::uint16_t address_;
};

// "00C" for an address, as operators write it.
std::string format_device_address(std::uint16_t address);
// Parses 1-3 hex digits; false unless the value is a valid I/O address (0-FFF).
bool parse_device_address(std::string_view text, std::uint16_t& address);

}  // namespace simmon::ibm
