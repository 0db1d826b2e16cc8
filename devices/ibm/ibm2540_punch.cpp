#include "devices/ibm/ibm2540_punch.hpp"

#include <fmt/format.h>

#include "core/state/state_archive.hpp"
#include "devices/ibm/channel_subsystem.hpp"
#include "devices/ibm/ebcdic.hpp"

namespace simmon::ibm {

Ibm2540Punch::Ibm2540Punch(Machine& machine, ChannelSubsystem& channels, std::string name, std::uint16_t address)
    : ChannelDevice(machine, channels, std::move(name), "IBM 2540 card punch", address, true) {
    add_register(reg_field("POS", position_, 64, Radix::Decimal, "bytes written to the output file"));
    add_register(reg_field("ASCII", ascii_, 1, Radix::Hex, "output is ASCII text, one card a line"));
    add_register(reg_field("PUNCHED", cards_punched_, 64, Radix::Decimal, "cards punched since power-on"));
}

Status Ibm2540Punch::attach(Unit& unit, const std::string& path, const AttachOptions& options) {
    if (options.read_only) return Status::error(fmt::format("{}: a punch cannot write to a read-only file", name()));
    AttachOptions fresh = options;
    fresh.create_new = true;
    if (Status s = ChannelDevice::attach(unit, path, fresh); !s) return s;
    position_ = 0;
    ascii_ = has_switch(options.switches, 'a') ? 1 : 0;
    return Status::ok();
}

CommandResult Ibm2540Punch::start_command(std::uint8_t command, bool) {
    if (command == 0x04) return sense_command();
    if (command == 0x03) return {kChannelEnd | kDeviceEnd, 0};
    clear_sense();
    if ((command & 0x3F) != 0x01) return unit_check(kSenseCommandReject);
    Unit& u = *units().front();
    if (!u.file().is_open()) return unit_check(kSenseIntervention);
    std::string card(kCardBytes, static_cast<char>(kEbcdicBlank));
    channels().fetch(address(), reinterpret_cast<std::uint8_t*>(card.data()), kCardBytes);
    std::string out = card;
    if (ascii_) {
        out = ebcdic_to_ascii(card);
        while (!out.empty() && out.back() == ' ') out.pop_back();
        out += '\n';
    }
    if (Status s = u.file().write_at(position_, out.data(), out.size()); !s) return unit_check(kSenseEquipmentCheck);
    position_ += out.size();
    ++cards_punched_;
    return {kChannelEnd | kDeviceEnd, kCardTime};
}

std::string Ibm2540Punch::device_status() const {
    const Unit& u = *units().front();
    if (!u.file().is_open()) return "no output file (not ready)\n";
    return fmt::format("punching to {} as {}, {} card(s)\n", u.file().path(), ascii_ ? "ASCII text" : "EBCDIC card images",
                       cards_punched_);
}

void Ibm2540Punch::serialize_device(StateArchive& s) {
    s(position_);
    s(ascii_);
    s(cards_punched_);
}

}  // namespace simmon::ibm
