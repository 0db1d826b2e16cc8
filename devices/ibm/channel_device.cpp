#include "devices/ibm/channel_device.hpp"

#include <fmt/format.h>

#include "core/state/state_archive.hpp"
#include "devices/ibm/channel_subsystem.hpp"

namespace simmon::ibm {

std::string format_device_address(std::uint16_t address) { return fmt::format("{:03X}", address & 0xFFF); }

bool parse_device_address(std::string_view text, std::uint16_t& address) {
    if (text.empty() || text.size() > 3) return false;
    unsigned v = 0;
    for (char c : text) {
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return false;
        v = v * 16 + static_cast<unsigned>(d);
    }
    address = static_cast<std::uint16_t>(v);
    return true;
}

ChannelDevice::ChannelDevice(Machine& machine, ChannelSubsystem& channels, std::string name, std::string description,
                             std::uint16_t address, bool attachable)
    : Device(machine, std::move(name), std::move(description)), channels_(channels), address_(address & 0xFFF) {
    add_unit(this->name(), attachable);
    // A construction-time clash is a configuration bug the machine's own tests catch.
    (void)channels_.add_device(*this, address_);
    add_register(reg_computed(
        "ADDR", 12, Radix::Hex, "I/O address (channel and unit)", [this] { return std::uint64_t{address_}; },
        [this](std::uint64_t v) { (void)set_address(static_cast<std::uint16_t>(v)); }));
    add_register(reg_computed(
        "SENSE", 48, Radix::Hex, "sense bytes 0-5",
        [this] {
            std::uint64_t v = 0;
            for (int i = 0; i < 6; ++i) v = v << 8 | sense_[i];
            return v;
        },
        [this](std::uint64_t v) {
            for (int i = 5; i >= 0; --i, v >>= 8) sense_[i] = static_cast<std::uint8_t>(v);
        }));

    Modifier addr;
    addr.name = "ADDRESS";
    addr.help = "I/O address, three hex digits: SET <dev> ADDRESS=00C";
    addr.takes_value = true;
    addr.set = [this](Unit*, std::string_view value) -> Status {
        std::uint16_t a = 0;
        if (!parse_device_address(value, a))
            return Status::error(fmt::format("ADDRESS wants up to three hex digits, not '{}'", value));
        return set_address(a);
    };
    addr.show = [this](const Unit*) { return "address=" + format_device_address(address_); };
    addr.in_summary = true;
    add_modifier(std::move(addr));
}

ChannelDevice::~ChannelDevice() = default;

Status ChannelDevice::set_address(std::uint16_t address) {
    address &= 0xFFF;
    if (address == address_) return Status::ok();
    if (ChannelDevice* other = channels_.device_at(address); other && other != this)
        return Status::error(fmt::format("address {} is taken by {}", format_device_address(address), other->name()));
    channels_.remove_device(*this);
    const std::uint16_t old = address_;
    address_ = address;
    if (Status s = channels_.add_device(*this, address_); !s) {
        address_ = old;
        (void)channels_.add_device(*this, address_);
        return s;
    }
    return Status::ok();
}

bool ChannelDevice::answers_to(std::string_view name) const {
    // Exactly three hex digits, as operators write addresses, so a name is never taken
    // for an address by accident.
    std::uint16_t a = 0;
    return name.size() == 3 && parse_device_address(name, a) && a == address_;
}

void ChannelDevice::reset() { clear_sense(); }

Status ChannelDevice::boot(Unit&) { return channels_.start_ipl(address_); }

std::string ChannelDevice::show_status() const {
    std::string out = fmt::format("{} at address {}", name(), format_device_address(address_));
    if (busy()) out += ", busy";
    out += '\n';
    out += device_status();
    return out;
}

void ChannelDevice::serialize(StateArchive& s) {
    // SET <dev> ADDRESS= is part of the configuration a saved state carries.
    std::uint16_t address = address_;
    s.checked(address, [](std::uint16_t v) { return v <= 0xFFF; }, name() + ": the saved I/O address is out of range");
    // Staged, moved or not, so that a stage left by a load that failed half-way is replaced.
    if (s.loading() && !s.failed()) channels_.stage_address(*this, address);
    s(sense_);
    s.checked(sense_length_, [this](unsigned v) { return v <= sense_.size(); }, name() + ": the saved sense length is out of range");
    serialize_device(s);
}

Status ChannelDevice::finish_load() { return channels_.place_staged(); }

CommandResult ChannelDevice::sense_command() {
    channels_.store(address_, sense_.data(), sense_length_);
    clear_sense();
    return {kChannelEnd | kDeviceEnd, usec(10)};
}

CommandResult ChannelDevice::unit_check(std::uint8_t sense0, std::uint8_t sense1) {
    clear_sense();
    sense_[0] = sense0;
    sense_[1] = sense1;
    return {kChannelEnd | kDeviceEnd | kUnitCheck, usec(10)};
}

}  // namespace simmon::ibm
