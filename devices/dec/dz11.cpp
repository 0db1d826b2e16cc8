#include "devices/dec/dz11.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "core/state/state_io.hpp"
#include "core/text/case_compare.hpp"
#include "core/text/numbers.hpp"
#include "devices/dec/dec_device_support.hpp"

namespace simmon::dec {

namespace {
// CSR
constexpr std::uint16_t kTransmitReady = 0100000;
constexpr std::uint16_t kTransmitIntEnable = 040000;
constexpr std::uint16_t kSiloAlarm = 020000;
constexpr std::uint16_t kSiloAlarmEnable = 010000;
constexpr std::uint16_t kTransmitLine = 03400;
constexpr std::uint16_t kReceiveDone = 0200;
constexpr std::uint16_t kReceiveIntEnable = 0100;
constexpr std::uint16_t kMasterScanEnable = 040;
constexpr std::uint16_t kMasterClear = 020;
constexpr std::uint16_t kMaint = 010;
constexpr std::uint16_t kCsrWritable = kTransmitIntEnable | kSiloAlarmEnable | kReceiveIntEnable | kMasterScanEnable | kMaint;
// RBUF / LPR
constexpr std::uint16_t kDataValid = 0100000;
constexpr std::uint16_t kReceiverOn = 010000;
constexpr int kAlarmLevel = 16;

constexpr std::uint32_t kDebugReg = 1u << 0;
constexpr std::uint32_t kDebugData = 1u << 1;
constexpr std::uint32_t kDebugConnect = 1u << 2;
}  // namespace

Dz11::Dz11(Machine& machine, DecBus& bus, int lines)
    : BusDevice(machine, bus, "DZ",
                lines == kDzvLines ? "DZV11 4-line terminal multiplexer" : "DZ11 8-line terminal multiplexer"),
      lines_(lines == kDzvLines ? kDzvLines : kLines),
      server_(std::make_unique<TelnetServer>(lines_)) {
    add_unit("DZ", true);
    rx_irq_ = bus.add_interrupt("DZ-RX", 5, kRxVector);
    tx_irq_ = bus.add_interrupt("DZ-TX", 5, kTxVector);
    poll_event_ = machine.scheduler().add_handler("DZ-POLL", [this] { poll(); });
    scan_event_ = machine.scheduler().add_handler("DZ-SCAN", [this] { scan_transmitters(); });
    for (int i = 0; i < lines_; ++i)
        sources_[i] = machine.host_input().add_source(fmt::format("{}{}", name(), i),
                                                      [this, i](bool data_wanted) { return line_event(i, data_wanted); });

    add_register(reg_field("CSR", csr_, 16, Radix::Octal, "control/status"));
    add_register(reg_field("TCR", tcr_, 16, Radix::Octal, "transmit control (DTR, line enable)"));
    add_register(reg_field("BRK", breaks_, 8, Radix::Octal, "break bits (TDR 15:8)"));
    add_register(reg_array(
        "LPR", static_cast<std::size_t>(lines_), 16, Radix::Octal, "line parameters per line", [this](std::size_t i) { return std::uint64_t{lpr_[i]}; },
        [this](std::size_t i, std::uint64_t v) { lpr_[i] = static_cast<std::uint16_t>(v); }));
    add_register(reg_computed("MSR", 16, Radix::Octal, "modem status (carrier = connected)",
                              [this] { return std::uint64_t{carrier_bits()} << 8; }));
    add_register(reg_field("CARRIER", carrier_, 8, Radix::Octal, "carrier per line (connections the guest has seen)"));
    add_register(reg_field("SACNT", since_alarm_, 8, Radix::Decimal, "characters toward the silo alarm"));
    add_register(reg_field("POLL", poll_interval_, 32, Radix::Decimal, "network poll interval (microseconds)"));
    add_register(reg_field("TIME", char_time_, 32, Radix::Decimal,
                           "transmit time per character on every line (microseconds; 0: from each line's speed)"));
    add_register(interrupt_register("RXINT", bus, rx_irq_));
    add_register(interrupt_register("TXINT", bus, tx_irq_));
    set_debug_flags({"REG", "DATA", "CONNECT"});
    add_configuration_modifiers();
    reset();
}

void Dz11::add_configuration_modifiers() {
    struct Choice {
        const char* name;
        CharMode mode;
        const char* help;
    };
    static constexpr Choice kChoices[] = {
        {"8B", CharMode::EightBit, "8-bit characters passed unchanged (default)"},
        {"7B", CharMode::SevenBit, "7-bit characters: bit 7 cleared both ways"},
        {"7P", CharMode::SevenPrinting, "7-bit, and only printing characters (with BEL BS HT LF CR) sent out"},
    };
    for (const Choice& c : kChoices) {
        Modifier m;
        m.name = c.name;
        m.help = c.help;
        const CharMode mode = c.mode;
        m.set = [this, mode](Unit*, std::string_view) {
            mode_ = mode;
            return Status::ok();
        };
        if (mode == CharMode::EightBit) {
            m.show = [this](const Unit*) { return std::string(mode_ == CharMode::EightBit ? "8B" : mode_ == CharMode::SevenBit ? "7B" : "7P"); };
            m.in_summary = true;
        }
        add_modifier(std::move(m));
    }
    Modifier lines;
    lines.name = "LINES";
    lines.takes_value = true;
    lines.help = lines_ == kLines ? "number of lines: 8 (one DZ11; more DZ11s are not modelled yet)"
                                  : "number of lines: 4 (one DZV11; more DZV11s are not modelled yet)";
    lines.set = [this](Unit*, std::string_view value) {
        if (value == std::to_string(lines_) || value == std::to_string(lines_) + ".") return Status::ok();
        if (lines_ == kLines)
            return Status::error(fmt::format("DZ LINES={}: more than one DZ11 (or a DZV11's 4 lines) is not modelled (yet); it has 8 lines", value));
        return Status::error(fmt::format("DZ LINES={}: more than one DZV11 (or a DZ11's 8 lines) is not modelled (yet); it has 4 lines", value));
    };
    lines.show = [this](const Unit*) { return fmt::format("lines={}", lines_); };
    add_modifier(std::move(lines));
    add_line_modifiers();
}

namespace {

// "3" -> 3 for a line number below `lines` (SIMH writes them decimal).
bool parse_line(std::string_view text, int lines, int& line) {
    std::uint64_t n = 0;
    if (!parse_number(text, Radix::Decimal, n) || n >= static_cast<std::uint64_t>(lines)) return false;
    line = static_cast<int>(n);
    return true;
}

}  // namespace

void Dz11::add_line_modifiers() {
    Modifier log;
    log.name = "LOG";
    log.takes_value = true;
    log.help = "LOG=n=file: copy what the guest sends on line n to a file (appended)";
    log.set = [this](Unit*, std::string_view value) {
        const std::size_t eq = value.find('=');
        int line = 0;
        if (eq == std::string_view::npos || !parse_line(value.substr(0, eq), lines_, line) || eq + 1 >= value.size())
            return Status::error(fmt::format("DZ LOG={}: write LOG=line=file, line 0-{}", value, lines_ - 1));
        const std::string path(value.substr(eq + 1));
        std::FILE* f = std::fopen(path.c_str(), "ab");
        if (!f) return Status::error(fmt::format("DZ LOG: cannot open {}: {}", path, std::strerror(errno)));
        if (logs_[line].file) std::fclose(logs_[line].file);
        logs_[line] = LineLog{f, path};
        return Status::ok();
    };
    log.show = [this](const Unit*) {
        std::string out;
        for (int i = 0; i < lines_; ++i)
            if (logs_[i].file) out += fmt::format("{}line {} logged to {}", out.empty() ? "" : "\n", i, logs_[i].path);
        return out.empty() ? std::string("no line is logged") : out;
    };
    add_modifier(std::move(log));
    Modifier nolog;
    nolog.name = "NOLOG";
    nolog.takes_value = true;
    nolog.help = "NOLOG=n: stop logging line n and close its file";
    nolog.set = [this](Unit*, std::string_view value) {
        int line = 0;
        if (!parse_line(value, lines_, line)) return Status::error(fmt::format("DZ NOLOG={}: a line is 0-{}", value, lines_ - 1));
        if (logs_[line].file) std::fclose(logs_[line].file);
        logs_[line] = LineLog{};
        return Status::ok();
    };
    add_modifier(std::move(nolog));
    Modifier disconnect;
    disconnect.name = "DISCONNECT";
    disconnect.takes_value = true;
    disconnect.help = "DISCONNECT=n: hang up line n";
    disconnect.set = [this](Unit*, std::string_view value) {
        int line = 0;
        if (!parse_line(value, lines_, line)) return Status::error(fmt::format("DZ DISCONNECT={}: a line is 0-{}", value, lines_ - 1));
        if (!line_connected(line)) return Status::error(fmt::format("DZ line {} is not connected", line));
        int index = 0;
        server_of(line, index).disconnect(index);
        if (debug_mask() & kDebugConnect) debug(kDebugConnect, fmt::format("line {} hung up (DISCONNECT)", line));
        return Status::ok();
    };
    add_modifier(std::move(disconnect));
    Modifier connections;
    connections.name = "CONNECTIONS";
    connections.help = "the clients on the lines (SHOW only)";
    connections.show = [this](const Unit*) { return describe_lines(false); };
    add_modifier(std::move(connections));
    Modifier statistics;
    statistics.name = "STATISTICS";
    statistics.help = "characters each way and connection time per line (SHOW only)";
    statistics.show = [this](const Unit*) { return describe_lines(true); };
    add_modifier(std::move(statistics));
}

std::string Dz11::describe_lines(bool statistics) const {
    std::string out;
    for (int i = 0; i < lines_; ++i) {
        if (!line_connected(i)) continue;
        int index = 0;
        const TelnetServer& server = server_of(i, index);
        out += fmt::format("{}line {}: {} on port {}", out.empty() ? "" : "\n", i, server.peer(index), line_port(i));
        if (statistics) {
            const TelnetServer::LineStatistics st = server.statistics(index);
            out += fmt::format(", {} characters received, {} sent, connected {:.1f} s", st.received, st.sent, st.seconds);
        }
    }
    return out.empty() ? std::string("no line is connected") : out;
}

TelnetServer& Dz11::server_of(int line, int& index) const {
    if (line_servers_[line]) {
        index = 0;
        return *line_servers_[line];
    }
    index = line;
    return *server_;
}

int Dz11::line_port(int line) const { return line_servers_[line] ? line_servers_[line]->port() : server_->port(); }

bool Dz11::line_connected(int line) const {
    int index = 0;
    return server_of(line, index).connected(index);
}

void Dz11::send_to_line(int line, std::uint8_t c) {
    int index = 0;
    server_of(line, index).write_char(index, c);
    if (logs_[line].file) std::fputc(c, logs_[line].file);
}

bool Dz11::listening_any() const {
    if (server_->listening()) return true;
    for (const auto& s : line_servers_)
        if (s && s->listening()) return true;
    return false;
}

Dz11::~Dz11() {
    for (LineLog& l : logs_)
        if (l.file) std::fclose(l.file);
}

std::uint16_t Dz11::carrier_bits() const { return carrier_; }

SimTime Dz11::character_time(std::uint16_t lpr) {
    // LPR 11:8 speed (DZ11 user's guide), in tenths of a baud for 134.5; code 17 is
    // unassigned on the DZ11, taken as 19200 as on later multiplexers.
    static constexpr std::uint32_t kBaudX10[16] = {500,   750,   1100,  1345,  1500,  3000,  6000,  12000,
                                                   18000, 20000, 24000, 36000, 48000, 72000, 96000, 192000};
    const std::uint32_t baud_x10 = kBaudX10[(lpr >> 8) & 017];
    const std::uint32_t data_bits = 5 + ((lpr >> 3) & 3);
    const bool two_stop = lpr & 040;
    // In half bits: start, data, parity, and 1 stop bit, or 2 (1.5 with 5-bit characters).
    const std::uint32_t half_bits = 2 * (1 + data_bits + ((lpr & 0100) ? 1 : 0)) + (two_stop ? (data_bits == 5 ? 3 : 4) : 2);
    // half_bits / 2 / (baud_x10 / 10) seconds.
    return static_cast<SimTime>(half_bits) * 5 * kNsPerSecond / baud_x10;
}

SimTime Dz11::line_character_time(int line) const {
    return char_time_ ? usec(char_time_) : character_time(lpr_[line]);
}

std::uint8_t Dz11::char_mask(int line) const {
    static constexpr std::uint8_t kMasks[4] = {037, 077, 0177, 0377};  // 5-8 bit characters
    return kMasks[(lpr_[line] >> 3) & 3];
}

std::uint16_t Dz11::csr_value() const {
    std::uint16_t v = csr_ & static_cast<std::uint16_t>(kCsrWritable | kTransmitReady | kTransmitLine);
    if (!silo_.empty()) v |= kReceiveDone;
    if (since_alarm_ >= kAlarmLevel) v |= kSiloAlarm;
    return v;
}

bool Dz11::receive_requesting() const {
    if ((csr_ & kReceiveIntEnable) == 0) return false;
    // With the silo alarm enabled the receiver interrupts per 16 characters, not per one.
    return (csr_ & kSiloAlarmEnable) ? since_alarm_ >= kAlarmLevel : !silo_.empty();
}

void Dz11::update_receive_interrupt(bool was_requesting) {
    bool now = receive_requesting();
    if (!now)
        bus().clear_interrupt(rx_irq_);
    else if (!was_requesting)
        bus().raise_interrupt(rx_irq_);
}

void Dz11::master_clear() {
    // CLR and BUS INIT: scanner, silo, CSR and the line parameters; DTR is a modem
    // control the program keeps through a clear.
    machine().scheduler().cancel(scan_event_);
    csr_ = 0;
    lpr_.fill(0);
    tx_free_at_.fill(0);
    tcr_ &= 0177400;
    breaks_ = 0;
    silo_.clear();
    since_alarm_ = 0;
    bus().clear_interrupt(rx_irq_);
    bus().clear_interrupt(tx_irq_);
}

void Dz11::reset() {
    master_clear();
    tcr_ = 0;
    if (listening_any()) machine().scheduler().activate_if_idle(poll_event_, poll_time());
}

bool Dz11::read(std::uint32_t addr, std::uint16_t& data) {
    switch ((addr - kBase) >> 1) {
        case 0: data = csr_value(); break;
        case 1:
            if (silo_.empty()) {
                data = 0;
            } else {
                data = silo_.front();
                silo_.pop_front();
            }
            since_alarm_ = 0;  // reading RBUF restarts the alarm count
            // More characters waiting keep RDONE up and the receiver interrupting.
            if (receive_requesting())
                bus().raise_interrupt(rx_irq_);
            else
                bus().clear_interrupt(rx_irq_);
            break;
        case 2: data = tcr_; break;
        default: data = static_cast<std::uint16_t>(carrier_bits() << 8); break;
    }
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("read {:06o} = {:06o}", addr, data));
    return true;
}

bool Dz11::write(std::uint32_t addr, std::uint16_t data, bool byte) {
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("write {:06o} <- {:06o}{}", addr, data, byte ? " (byte)" : ""));
    switch ((addr - kBase) >> 1) {
        case 0: {
            std::uint16_t value = merge_write(csr_value(), addr, data, byte);
            if (writes_low_byte(addr, byte) && (value & kMasterClear)) {
                master_clear();
                return true;
            }
            bool rx_was = receive_requesting();
            bool tie_was = csr_ & kTransmitIntEnable;
            bool mse_was = csr_ & kMasterScanEnable;
            csr_ = static_cast<std::uint16_t>((csr_ & ~kCsrWritable) | (value & kCsrWritable));
            update_receive_interrupt(rx_was);
            if ((csr_ & kMasterScanEnable) == 0) {
                csr_ &= ~kTransmitReady;
                machine().scheduler().cancel(scan_event_);
                bus().clear_interrupt(tx_irq_);
            } else if (!mse_was) {
                machine().scheduler().activate(scan_event_, kScanTime);
            }
            bool tie = csr_ & kTransmitIntEnable;
            if (!tie)
                bus().clear_interrupt(tx_irq_);
            else if (!tie_was && (csr_ & kTransmitReady))
                bus().raise_interrupt(tx_irq_);
            return true;
        }
        case 1: {  // LPR: a byte write cannot select a line and its settings at once
            if (byte) return true;
            lpr_[data & (lines_ - 1)] = data;
            return true;
        }
        case 2: {
            std::uint16_t old = tcr_;
            tcr_ = merge_write(tcr_, addr, data, byte, static_cast<std::uint16_t>(line_mask() | line_mask() << 8));
            // Dropping DTR hangs up the line, which is how a guest ends a session.
            std::uint16_t dropped = static_cast<std::uint16_t>((old & ~tcr_) >> 8) & 0377;
            for (int i = 0; i < lines_; ++i) {
                if ((dropped & (1u << i)) == 0) continue;
                carrier_ &= static_cast<std::uint8_t>(~(1u << i));
                if (line_connected(i)) {
                    int index = 0;
                    server_of(i, index).disconnect(index);
                    if (debug_mask() & kDebugConnect) debug(kDebugConnect, fmt::format("line {} hung up (DTR dropped)", i));
                }
            }
            // Clearing the enable of the line the scanner stopped at lets it move on.
            if ((csr_ & kTransmitReady) && !(tcr_ & (1u << ((csr_ & kTransmitLine) >> 8)))) {
                csr_ &= ~kTransmitReady;
                bus().clear_interrupt(tx_irq_);
            }
            if ((csr_ & kMasterScanEnable) && !(csr_ & kTransmitReady) && (tcr_ & line_mask()))
                machine().scheduler().activate_if_idle(scan_event_, kScanTime);
            return true;
        }
        default: {  // TDR
            if (!writes_low_byte(addr, byte) || !byte) breaks_ = static_cast<std::uint16_t>((byte ? data : data >> 8) & 0377);
            if (!writes_low_byte(addr, byte)) return true;
            if ((csr_ & kTransmitReady) == 0) return true;  // no line was offered
            int line = (csr_ & kTransmitLine) >> 8;
            std::uint8_t c = static_cast<std::uint8_t>(data & char_mask(line));
            // Maintenance mode loops every transmitter back to its own line's receiver.
            if (csr_ & kMaint) {
                if ((lpr_[line] & kReceiverOn) && silo_.size() < kSiloSize) receive(line, c);
            } else if (mode_ == CharMode::EightBit) {
                send_to_line(line, c);
            } else {
                const std::uint8_t low = c & 0177;
                const bool printing = (low >= 040 && low < 0177) || low == 007 || low == 010 || low == 011 ||
                                      low == 012 || low == 015;
                if (mode_ == CharMode::SevenBit || printing) send_to_line(line, low);
            }
            if (debug_mask() & kDebugData) debug(kDebugData, fmt::format("line {} sent {:03o}", line, c));
            csr_ &= ~kTransmitReady;
            bus().clear_interrupt(tx_irq_);
            // The line is busy for a character time; the scanner moves on to the others.
            tx_free_at_[line] = machine().scheduler().now() + line_character_time(line);
            machine().scheduler().activate(scan_event_, kScanTime);
            return true;
        }
    }
}

void Dz11::scan_transmitters() {
    if ((csr_ & kMasterScanEnable) == 0) return;
    const SimTime now = machine().scheduler().now();
    int current = (csr_ & kTransmitLine) >> 8;
    SimTime next_free = ~SimTime{0};
    for (int step = 1; step <= lines_; ++step) {
        int line = (current + step) % lines_;
        if ((tcr_ & (1u << line)) == 0) continue;
        if (tx_free_at_[line] > now) {  // still sending its last character
            next_free = std::min(next_free, tx_free_at_[line]);
            continue;
        }
        csr_ = static_cast<std::uint16_t>((csr_ & ~kTransmitLine) | (line << 8) | kTransmitReady);
        if (csr_ & kTransmitIntEnable) bus().raise_interrupt(tx_irq_);
        return;
    }
    csr_ &= ~kTransmitReady;  // no enabled line is empty: the scanner finds nothing to offer
    // It offers the first enabled line whose character has gone out.
    if (next_free != ~SimTime{0}) machine().scheduler().activate(scan_event_, next_free - now);
}

void Dz11::receive(int line, std::uint8_t c) {
    bool was = receive_requesting();
    silo_.push_back(static_cast<std::uint16_t>(kDataValid | (line << 8) | (c & char_mask(line))));
    if (since_alarm_ < 255) ++since_alarm_;
    if (debug_mask() & kDebugData) debug(kDebugData, fmt::format("line {} received {:03o}", line, c));
    update_receive_interrupt(was);
}

HostEvent Dz11::line_event(int line, bool data_wanted) {
    const bool connected = line_connected(line);
    const bool carrier = (carrier_ >> line) & 1;
    if (connected != carrier) return connected ? HostEvent::connect() : HostEvent::disconnect();
    if (!connected || !data_wanted) return {};
    int index = 0;
    const int c = server_of(line, index).read_char(index);
    return c < 0 ? HostEvent{} : HostEvent::data(static_cast<std::uint8_t>(c));
}

void Dz11::poll() {
    if (!listening_any()) return;
    machine().scheduler().activate(poll_event_, poll_time());
    int line = server_->poll_accept();
    if (line >= 0 && (debug_mask() & kDebugConnect)) debug(kDebugConnect, fmt::format("line {} connected", line));
    for (int i = 0; i < lines_; ++i)
        if (line_servers_[i] && line_servers_[i]->poll_accept() >= 0 && (debug_mask() & kDebugConnect))
            debug(kDebugConnect, fmt::format("line {} connected on its own port", i));
    // Connections and hang-ups reach the guest at every scan. Characters stay with the
    // server while the silo is full or the receiver is off, so a fast typist or a paste
    // loses nothing.
    for (int i = 0; i < lines_; ++i) {
        for (std::size_t n = 0; n <= kSiloSize + 2; ++n) {
            const bool data_wanted = (csr_ & kMasterScanEnable) && (lpr_[i] & kReceiverOn) && silo_.size() < kSiloSize;
            const HostEvent ev = machine().host_input().take(sources_[i], data_wanted);
            if (!ev) break;
            const auto bit = static_cast<std::uint8_t>(1u << i);
            if (ev.kind == HostEvent::Kind::Connect) carrier_ |= bit;
            else if (ev.kind == HostEvent::Kind::Disconnect) carrier_ &= static_cast<std::uint8_t>(~bit);
            else receive(i, mode_ == CharMode::EightBit ? ev.byte : static_cast<std::uint8_t>(ev.byte & 0177));
        }
    }
}

Status Dz11::attach(Unit& unit, const std::string& spec, const AttachOptions&) {
    if (spec.size() > 5 && istarts_with(spec, "LINE="))
        return attach_line(unit, std::string_view(spec).substr(5));
    if (server_->listening()) server_->close();
    carrier_ = 0;
    if (Status s = server_->listen(spec); !s) return s;
    std::string text = spec;
    for (int i = 0; i < lines_; ++i)
        if (line_servers_[i]) text += fmt::format(", line {} on {}", i, line_servers_[i]->spec());
    unit.set_attach_text(text);
    machine().scheduler().activate(poll_event_, poll_time());
    return Status::ok();
}

// LINE=n,port: line n listens on a port of its own and takes no caller from the device's.
Status Dz11::attach_line(Unit& unit, std::string_view spec) {
    const std::size_t comma = spec.find(',');
    int line = 0;
    if (comma == std::string_view::npos || !parse_line(spec.substr(0, comma), lines_, line) || comma + 1 >= spec.size())
        return Status::error(fmt::format("ATTACH DZ LINE={}: write LINE=n,port with a line 0-{}", spec, lines_ - 1));
    auto server = std::make_unique<TelnetServer>(1);
    if (Status s = server->listen(std::string(spec.substr(comma + 1))); !s) return s;
    if (line_connected(line)) {
        int index = 0;
        server_of(line, index).disconnect(index);
    }
    carrier_ &= static_cast<std::uint8_t>(~(1u << line));
    line_servers_[line] = std::move(server);
    server_->set_reserved(line, true);
    std::string text = server_->listening() ? server_->spec() : std::string();
    for (int i = 0; i < lines_; ++i)
        if (line_servers_[i]) text += fmt::format("{}line {} on {}", text.empty() ? "" : ", ", i, line_servers_[i]->spec());
    unit.set_attach_text(text);
    machine().scheduler().activate_if_idle(poll_event_, poll_time());
    return Status::ok();
}

Status Dz11::detach(Unit& unit) {
    server_->close();
    for (int i = 0; i < lines_; ++i) {
        line_servers_[i].reset();
        server_->set_reserved(i, false);
    }
    carrier_ = 0;
    machine().scheduler().cancel(poll_event_);
    return Device::detach(unit);
}

void Dz11::serialize(StateArchive& s) {
    s(csr_);
    s(lpr_);
    s(tcr_);
    s(breaks_);
    s(carrier_);
    s.sequence(silo_, kSiloSize);
    s(since_alarm_);
    s(poll_interval_);
    s(char_time_);
    s(tx_free_at_);
    serialize_interrupt(s, bus(), rx_irq_);
    serialize_interrupt(s, bus(), tx_irq_);
}

std::string Dz11::show_status() const {
    if (!listening_any()) return "not listening\n";
    std::string out = server_->listening() ? fmt::format("listening on {}\n", server_->spec()) : std::string();
    for (int i = 0; i < lines_; ++i) {
        if (line_servers_[i]) out += fmt::format("line {} listening on {}\n", i, line_servers_[i]->spec());
        if (line_connected(i)) out += fmt::format("line {}: connected\n", i);
    }
    return out;
}

}  // namespace simmon::dec
