#include "devices/ibm/ibm1052.hpp"

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "core/state/state_archive.hpp"
#include "core/text/numbers.hpp"
#include "devices/ibm/channel_subsystem.hpp"
#include "devices/ibm/ebcdic.hpp"

namespace simmon::ibm {

namespace {

Modifier key_modifier(std::string name, std::string help, std::uint8_t& key) {
    Modifier m;
    m.name = std::move(name);
    m.help = std::move(help);
    m.takes_value = true;
    m.set = [&key, n = m.name](Unit*, std::string_view value) -> Status {
        std::uint64_t v = 0;
        if (!parse_number(value, Radix::Hex, v) || v > 0x7F)
            return Status::error(fmt::format("{} wants the character's ASCII code in hex (1B for ESC)", n));
        key = static_cast<std::uint8_t>(v);
        return Status::ok();
    };
    m.show = [&key, n = m.name](const Unit*) { return fmt::format("{}={:02X}", n, key); };
    m.in_summary = true;
    return m;
}

}  // namespace

Ibm1052::Ibm1052(Machine& machine, ChannelSubsystem& channels, std::string name, std::uint16_t address)
    : ChannelDevice(machine, channels, std::move(name), "IBM 1052-7 console printer-keyboard", address, false) {
    poll_event_ = machine.scheduler().add_handler(this->name() + "-POLL", [this] { poll(); });
    add_register(reg_field("READING", reading_, 1, Radix::Hex, "a read inquiry waits for the operator"));
    add_register(reg_field("REQUEST", request_key_, 8, Radix::Hex, "ASCII code of the REQUEST key"));
    add_register(reg_field("CANCEL", cancel_key_, 8, Radix::Hex, "ASCII code of the CANCEL key"));
    add_modifier(key_modifier("REQUEST", "the host key that is the REQUEST key (hex ASCII, default 1B = ESC)", request_key_));
    add_modifier(key_modifier("CANCEL", "the host key that is the CANCEL key (hex ASCII, default 18 = Ctrl-X)", cancel_key_));
    reset();
}

void Ibm1052::reset() {
    ChannelDevice::reset();
    reading_ = 0;
    line_.clear();
    machine().scheduler().activate(poll_event_, kPollInterval);
}

void Ibm1052::poll() {
    ConsolePort& port = machine().console();
    // Keys come through the host-input boundary, where they are recorded or replayed.
    HostInput& input = machine().host_input();
    for (HostEvent ev = input.take(HostInput::kConsole); ev; ev = input.take(HostInput::kConsole)) {
        if (!ev.is_data()) continue;
        const std::uint8_t ch = ev.byte;
        if (ch == request_key_ && !reading_) {
            channels().present_status(address(), kAttention);
            continue;
        }
        typeahead_ += static_cast<char>(ch);
    }
    while (reading_ && !typeahead_.empty()) {
        const char ch = typeahead_.front();
        typeahead_.erase(typeahead_.begin());
        if (static_cast<std::uint8_t>(ch) == cancel_key_) {
            port.write_char('\r');
            port.write_char('\n');
            end_read(kChannelEnd | kDeviceEnd | kUnitException);
            break;
        }
        if (ch == '\r' || ch == '\n') {
            port.write_char('\r');
            port.write_char('\n');
            const std::string ebcdic = ascii_to_ebcdic(line_);
            channels().store(address(), reinterpret_cast<const std::uint8_t*>(ebcdic.data()), ebcdic.size());
            end_read(kChannelEnd | kDeviceEnd);
            break;
        }
        if (ch == 0x7F || ch == 0x08) {
            if (!line_.empty()) {
                line_.pop_back();
                port.write_char('\b');
                port.write_char(' ');
                port.write_char('\b');
            }
            continue;
        }
        if (static_cast<std::uint8_t>(ch) < 0x20 || static_cast<std::uint8_t>(ch) > 0x7E) continue;
        line_ += ch;
        port.write_char(static_cast<std::uint8_t>(ch));
    }
    // A line typed after END was pressed (the rest of a SEND) waits for the next read.
    machine().scheduler().activate(poll_event_, kPollInterval);
}

void Ibm1052::end_read(std::uint8_t status) {
    reading_ = 0;
    line_.clear();
    channels().present_status(address(), status);
}

CommandResult Ibm1052::start_command(std::uint8_t command, bool) {
    if (command == 0x04) return sense_command();
    if (command == 0x03) return {kChannelEnd | kDeviceEnd, 0};
    clear_sense();
    ConsolePort& port = machine().console();
    switch (command) {
        case 0x01:
        case 0x09: {
            std::uint8_t buffer[256];
            std::size_t total = 0;
            for (std::size_t n; (n = channels().fetch(address(), buffer, sizeof buffer, true)) > 0;) {
                total += n;
                for (std::size_t i = 0; i < n; ++i) {
                    if (buffer[i] == kEbcdicNewLine) {
                        port.write_char('\r');
                        port.write_char('\n');
                        continue;
                    }
                    if (const std::uint8_t a = ebcdic_to_ascii(buffer[i])) port.write_char(a);
                }
            }
            if (command == 0x09) {
                port.write_char('\r');
                port.write_char('\n');
            }
            return {kChannelEnd | kDeviceEnd, usec(1000) + kCharTime * total};
        }
        case 0x0A:
            reading_ = 1;
            line_.clear();
            machine().scheduler().activate(poll_event_, kCharTime);
            return {0, 0};
        case 0x0B:
            port.write_char('\a');
            return {kChannelEnd | kDeviceEnd, msec(10)};
        default: return unit_check(kSenseCommandReject);
    }
}

std::uint8_t Ibm1052::halt() {
    if (!reading_) return 0;
    reading_ = 0;
    line_.clear();
    return kChannelEnd | kDeviceEnd | kUnitException;
}

std::string Ibm1052::device_status() const {
    return fmt::format("on the operator console; REQUEST key {:02X}, CANCEL key {:02X}{}\n", request_key_, cancel_key_,
                       reading_ ? ", waiting for the operator to type a line" : "");
}

void Ibm1052::serialize_device(StateArchive& s) {
    s(typeahead_);
    s(line_);
    s(reading_);
    s(request_key_);
    s(cancel_key_);
}

}  // namespace simmon::ibm
