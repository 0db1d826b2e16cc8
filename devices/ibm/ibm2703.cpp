#include "devices/ibm/ibm2703.hpp"

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "core/machine/modifier.hpp"
#include "core/state/state_archive.hpp"
#include "core/text/case_compare.hpp"
#include "devices/ibm/channel_subsystem.hpp"

namespace simmon::ibm {

namespace {

constexpr std::size_t kInputLimit = 4096;  // characters typed ahead of the program
constexpr SimTime kCharTime = usec(100);

std::uint8_t reverse_bits(std::uint8_t b) {
    b = static_cast<std::uint8_t>((b & 0xF0) >> 4 | (b & 0x0F) << 4);
    b = static_cast<std::uint8_t>((b & 0xCC) >> 2 | (b & 0x33) << 2);
    return static_cast<std::uint8_t>((b & 0xAA) >> 1 | (b & 0x55) << 1);
}

}  // namespace

// ---- a line ----

Ibm2703Line::Ibm2703Line(Machine& machine, ChannelSubsystem& channels, Ibm2703& controller, int line, std::string name,
                         std::uint16_t address)
    : ChannelDevice(machine, channels, std::move(name), "IBM 2703 line (Teletype or 2741)", address, false),
      controller_(controller),
      line_(line) {
    add_register(reg_field("PENDING", pending_, 2, Radix::Hex, "command waiting: 1 enable, 2 prepare, 3 read"));
    add_register(reg_readonly("CONNECTED", connected_, 1, Radix::Hex, "a terminal is connected"));
    add_register(reg_field("ATTNGIVEN", attention_given_, 1, Radix::Hex, "attention presented for waiting input"));
    add_register(reg_readonly("TERM", terminal_, 1, Radix::Hex, "terminal: 0 Teletype, 1 IBM 2741 (SET)"));
    add_register(reg_readonly("CODE", code_, 1, Radix::Hex, "2741 code: 0 EBCD, 1 correspondence (SET)"));
    add_register(reg_field("SHIFT", upper_, 1, Radix::Hex, "2741 typeball in upper case"));
    add_modifiers();
}

void Ibm2703Line::add_modifiers() {
    Modifier tty;
    tty.name = "TTY";
    tty.help = "a Teletype (TTY 33/35) on the line: ASCII with even parity, bits reversed (default)";
    tty.set = [this](Unit*, std::string_view) {
        terminal_ = kTeletype;
        codes_.clear();
        return Status::ok();
    };
    tty.show = [this](const Unit*) {
        if (terminal_ == kTeletype) return std::string("TTY");
        return fmt::format("2741, CODE={}", code() == Code2741::Ebcd ? "EBCD" : "CORR");
    };
    tty.in_summary = true;
    add_modifier(tty);
    Modifier ibm2741;
    ibm2741.name = "2741";
    ibm2741.help = "an IBM 2741 on the line: its line codes with shift codes, in the code CODE= names";
    ibm2741.set = [this](Unit*, std::string_view) {
        terminal_ = k2741;
        upper_ = 0;
        return Status::ok();
    };
    add_modifier(ibm2741);
    Modifier code_option;
    code_option.name = "CODE";
    code_option.takes_value = true;
    code_option.help = "the 2741's code: CODE=EBCD (PTT/BCD) or CODE=CORR (correspondence)";
    code_option.set = [this](Unit*, std::string_view value) {
        if (iequals(value, "EBCD")) {
            code_ = static_cast<std::uint8_t>(Code2741::Ebcd);
        } else if (iequals(value, "CORR") || iequals(value, "CORRESPONDENCE")) {
            code_ = static_cast<std::uint8_t>(Code2741::Correspondence);
        } else {
            return Status::error(fmt::format("{}: CODE is EBCD or CORR, not {}", name(), value));
        }
        upper_ = 0;
        return Status::ok();
    };
    code_option.show = [this](const Unit*) { return std::string(code() == Code2741::Ebcd ? "CODE=EBCD" : "CODE=CORR"); };
    add_modifier(code_option);
}

std::uint8_t Ibm2703Line::to_line(std::uint8_t ascii) {
    std::uint8_t c = ascii & 0x7F;
    if (__builtin_parity(c)) c |= 0x80;  // even parity
    return reverse_bits(c);
}

std::uint8_t Ibm2703Line::from_line(std::uint8_t code) { return reverse_bits(code) & 0x7F; }

void Ibm2703Line::reset() {
    ChannelDevice::reset();
    pending_ = kNone;
    attention_given_ = 0;
}

bool Ibm2703Line::wants_input() const { return input_.size() < kInputLimit; }

void Ibm2703Line::add_input(std::uint8_t c) {
    if (input_.size() < kInputLimit) input_ += static_cast<char>(c);
}

std::uint8_t Ibm2703Line::progress() {
    switch (pending_) {
        case kEnable:
            if (!connected_) return 0;
            pending_ = kNone;
            return kChannelEnd | kDeviceEnd;
        case kPrepare:
            if (input_.empty() && codes_.empty()) return 0;
            pending_ = kNone;
            return kChannelEnd | kDeviceEnd;
        case kRead:
            if (!(terminal_ == k2741 ? read_2741() : read_teletype())) return 0;
            pending_ = kNone;
            return kChannelEnd | kDeviceEnd;
        default: return 0;
    }
}

// Characters go over as they come; the read ends with the carriage return or when the
// area is full.
bool Ibm2703Line::read_teletype() {
    TelnetServer& server = controller_.server();
    while (!input_.empty() && channels().count_left(address()) > 0) {
        const auto c = static_cast<std::uint8_t>(input_.front());
        input_.erase(input_.begin());
        const std::uint8_t code = to_line(c);
        channels().store(address(), &code, 1);
        server.write_char(line_, c);  // the terminal's local copy
        if (c == '\r') {
            server.write_char(line_, '\n');
            return true;
        }
    }
    return channels().count_left(address()) == 0;
}

// The keys typed, as the 2741 sends them: each character's codes (a shift first when the
// typeball must turn), the read ending with the EOT that RETURN sends or when the area is
// full; codes that did not fit wait for the next read.
bool Ibm2703Line::read_2741() {
    TelnetServer& server = controller_.server();
    for (;;) {
        while (!codes_.empty() && channels().count_left(address()) > 0) {
            const auto b = static_cast<std::uint8_t>(codes_.front());
            codes_.erase(codes_.begin());
            channels().store(address(), &b, 1);
            if (b == k2741Eot) return true;
        }
        if (channels().count_left(address()) == 0) return true;
        if (input_.empty()) return false;
        const auto c = static_cast<std::uint8_t>(input_.front());
        input_.erase(input_.begin());
        if (c == '\n' || c == 0) continue;  // after a telnet CR: RETURN was the CR
        bool upper = upper_ != 0;
        if (!encode_2741(code(), c, upper, codes_)) continue;  // a key the 2741 lacks
        upper_ = upper ? 1 : 0;
        server.write_char(line_, c);  // the terminal's local copy
        if (c == '\r') server.write_char(line_, '\n');
    }
}

void Ibm2703Line::service(bool connected, bool broke) {
    const bool dropped = connected_ && !connected;
    connected_ = connected ? 1 : 0;
    if ((broke || dropped) && (pending_ == kPrepare || pending_ == kRead)) {
        pending_ = kNone;
        if (dropped) {
            clear_sense();
            sense_[0] = kSenseIntervention;
        }
        channels().present_status(address(), kChannelEnd | kDeviceEnd | kUnitException);
        return;
    }
    if (broke && pending_ == kNone) {
        // The attention stands until the program starts a command on the line; keys typed
        // meanwhile wait for that read and raise no second attention (a 2741's keyboard
        // stays locked after ATTN until the program reads), so CP does not take them as a
        // second ATTN press.
        attention_given_ = 1;
        channels().present_status(address(), kAttention);
        return;
    }
    if (const std::uint8_t st = progress()) {
        channels().present_status(address(), st);
        return;
    }
    if (pending_ == kNone && !input_.empty() && connected_ && !attention_given_) {
        attention_given_ = 1;
        channels().present_status(address(), kAttention);
    }
}

CommandResult Ibm2703Line::start_command(std::uint8_t command, bool) {
    if (command == 0x04) return sense_command();
    clear_sense();
    attention_given_ = 0;
    switch (command) {
        case 0x03:
        case 0x23:
        case 0x13:
        case 0x33:
        case 0x53:
        case 0x73: return {kChannelEnd | kDeviceEnd, 0};
        case 0x27:
            pending_ = kEnable;
            if (const std::uint8_t st = progress()) return {st, usec(100)};
            return {0, 0};
        case 0x2F:
            if (connected_) controller_.server().disconnect(line_);
            connected_ = 0;
            input_.clear();
            codes_.clear();
            return {kChannelEnd | kDeviceEnd, usec(100)};
        case 0x0D: return {kChannelEnd | kDeviceEnd, msec(1)};
        default: break;
    }
    if (!connected_) return unit_check(kSenseIntervention);
    switch (command) {
        case 0x06:
            pending_ = kPrepare;
            if (const std::uint8_t st = progress()) return {st, kCharTime};
            return {0, 0};
        case 0x02:
        case 0x0A:
            pending_ = kRead;
            if (const std::uint8_t st = progress()) return {st, kCharTime};
            return {0, 0};
        case 0x01:
        case 0x09: {
            std::uint8_t buffer[256];
            std::size_t total = 0;
            for (std::size_t n; (n = channels().fetch(address(), buffer, sizeof buffer, true)) > 0;) {
                total += n;
                for (std::size_t i = 0; i < n; ++i) {
                    if (terminal_ == kTeletype) {
                        controller_.print(line_, from_line(buffer[i]));
                        continue;
                    }
                    bool upper = upper_ != 0;
                    for (const char ch : decode_2741(code(), buffer[i], upper))
                        controller_.print(line_, static_cast<std::uint8_t>(ch));
                    upper_ = upper ? 1 : 0;
                }
            }
            return {kChannelEnd | kDeviceEnd, usec(100) + kCharTime * total};
        }
        default: return unit_check(kSenseCommandReject);
    }
}

std::uint8_t Ibm2703Line::halt() {
    if (pending_ == kNone) return 0;
    pending_ = kNone;
    return kChannelEnd | kDeviceEnd | kUnitException;
}

std::string Ibm2703Line::device_status() const {
    static const char* const kPending[] = {"", ", enable waiting", ", prepare waiting", ", read waiting"};
    const std::string terminal =
        terminal_ == kTeletype ? "Teletype" : fmt::format("2741 ({} code)", code() == Code2741::Ebcd ? "EBCD" : "correspondence");
    return fmt::format("line {} of the 2703, {}: {}{}, {} character(s) typed ahead\n", line_, terminal,
                       connected_ ? "connected" : "no terminal", kPending[pending_ & 3], input_.size());
}

void Ibm2703Line::serialize_device(StateArchive& s) {
    s.choice(pending_, std::uint8_t{kRead});
    s(attention_given_);
    s(input_, kInputLimit);
    s.choice(terminal_, std::uint8_t{k2741});
    s.choice(code_, static_cast<std::uint8_t>(Code2741::Correspondence));
    s.choice(upper_, std::uint8_t{1});
    s(codes_, 8);
    // A telnet connection cannot be restored: the line waits for a new call.
    if (s.loading()) connected_ = 0;
}

// ---- the transmission control ----

Ibm2703::Ibm2703(Machine& machine, ChannelSubsystem& channels, std::uint16_t first_address)
    : Device(machine, "COM", "IBM 2703 transmission control, Teletype and 2741 lines over telnet"),
      server_(std::make_unique<TelnetServer>(kLines)) {
    add_unit("COM", true);
    for (int i = 0; i < kLines; ++i) {
        lines_[i] = std::make_unique<Ibm2703Line>(machine, channels, *this, i, fmt::format("COM{}", i),
                                                  static_cast<std::uint16_t>(first_address + i));
        line_ptrs_[i] = lines_[i].get();
        sources_[i] = machine.host_input().add_source(
            fmt::format("COM{}", i), [this, i](bool data_wanted) { return line_event(i, data_wanted); },
            [this] { this->machine().scheduler().activate_if_idle(poll_event_, kPollInterval); });
    }
    poll_event_ = machine.scheduler().add_handler("COM-POLL", [this] { poll(); });
}

Ibm2703::~Ibm2703() = default;

Status Ibm2703::attach(Unit& unit, const std::string& spec, const AttachOptions&) {
    if (unit.attached())
        if (Status s = detach(unit); !s) return s;
    if (Status s = server_->listen(spec); !s) return s;
    unit.set_attach_text(spec);
    machine().scheduler().activate(poll_event_, kPollInterval);
    return Status::ok();
}

Status Ibm2703::detach(Unit& unit) {
    server_->close();
    machine().scheduler().cancel(poll_event_);
    // The telnet terminals go; a script's stays (SEND/EXPECT COM:n).
    bool scripted = false;
    for (int i = 0; i < kLines; ++i) {
        const bool terminal = machine().host_input().has_script(sources_[i]);
        scripted = scripted || terminal;
        line_ptrs_[i]->service(terminal, false);
    }
    if (scripted) machine().scheduler().activate(poll_event_, kPollInterval);
    carrier_.fill(false);
    unit.set_attach_text({});
    return Status::ok();
}

void Ibm2703::reset() {
    bool scripted = false;
    for (HostInput::SourceId id : sources_) scripted = scripted || machine().host_input().has_script(id);
    if (server_->listening() || scripted) machine().scheduler().activate(poll_event_, kPollInterval);
}

HostEvent Ibm2703::line_event(int i, bool data_wanted) {
    const bool connected = server_->connected(i);
    if (connected != carrier_[i]) return connected ? HostEvent::connect() : HostEvent::disconnect();
    if (!connected) return {};
    if (server_->take_break(i)) return HostEvent::line_break();
    if (!data_wanted) return {};
    const int c = server_->read_char(i);
    return c < 0 ? HostEvent{} : HostEvent::data(static_cast<std::uint8_t>(c));
}

void Ibm2703::print(int i, std::uint8_t c) {
    server_->write_char(i, c);
    machine().host_input().line_output(sources_[i], c);
}

bool Ibm2703::live_terminal() const {
    for (int i = 0; i < kLines; ++i)
        if (server_->connected(i)) return true;
    return false;
}

void Ibm2703::poll() {
    server_->poll_accept();
    bool scripted = false;
    // Everything from the terminals comes through the host-input boundary, at this poll's
    // point in simulated time: connections, BREAK, and characters while the line's buffer
    // has room (the rest waits with the server).
    for (int i = 0; i < kLines; ++i) {
        Ibm2703Line& l = *line_ptrs_[i];
        bool broke = false;
        for (int n = 0; n < kEventsPerPoll; ++n) {
            const HostEvent ev = machine().host_input().take(sources_[i], l.wants_input());
            if (!ev) break;
            switch (ev.kind) {
                case HostEvent::Kind::Connect: carrier_[i] = true; break;
                case HostEvent::Kind::Disconnect: carrier_[i] = false; break;
                case HostEvent::Kind::Break: broke = true; break;
                case HostEvent::Kind::Byte: l.add_input(ev.byte); break;
                case HostEvent::Kind::None: break;
            }
        }
        // A script's terminal (SEND/EXPECT COM:i) is there as long as the script is.
        const bool terminal = carrier_[i] || machine().host_input().has_script(sources_[i]);
        scripted = scripted || machine().host_input().has_script(sources_[i]);
        l.service(terminal, broke && terminal);
    }
    if (server_->listening() || scripted) machine().scheduler().activate(poll_event_, kPollInterval);
}

void Ibm2703::serialize(StateArchive& s) {
    if (s.loading()) carrier_.fill(false);
}

std::string Ibm2703::show_status() const {
    if (!server_->listening()) return "not listening (ATTACH COM port)\n";
    int connected = 0;
    for (int i = 0; i < kLines; ++i) connected += server_->connected(i);
    return fmt::format("listening on {}, {} line(s) connected; lines at {}-{}\n", server_->spec(), connected,
                       format_device_address(line_ptrs_.front()->address()), format_device_address(line_ptrs_.back()->address()));
}

}  // namespace simmon::ibm
