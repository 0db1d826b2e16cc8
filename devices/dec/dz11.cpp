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
      terminal_lines_(*this, lines_, kDebugConnect) {
    add_unit("DZ", true);
    rx_irq_ = bus.add_interrupt("DZ-RX", 5, kRxVector);
    tx_irq_ = bus.add_interrupt("DZ-TX", 5, kTxVector);
    poll_event_ = machine.scheduler().add_handler("DZ-POLL", [this] { poll(); });
    // SEND text on a line (SEND DZ:3 "...") starts the poll even with no port listening.
    terminal_lines_.set_wake([this] { this->machine().scheduler().activate_if_idle(poll_event_, poll_time()); });
    scan_event_ = machine.scheduler().add_handler("DZ-SCAN", [this] { scan_transmitters(); });

    add_register(reg_field("CSR", csr_, 16, Radix::Octal, "control/status"));
    add_register(reg_field("TCR", tcr_, 16, Radix::Octal, "transmit control (DTR, line enable)"));
    add_register(reg_field("BRK", breaks_, 8, Radix::Octal, "break bits (TDR 15:8)"));
    add_register(reg_array(
        "LPR", static_cast<std::size_t>(lines_), 16, Radix::Octal, "line parameters per line", [this](std::size_t i) { return std::uint64_t{lpr_[i]}; },
        [this](std::size_t i, std::uint64_t v) { lpr_[i] = static_cast<std::uint16_t>(v); }));
    add_register(reg_computed("MSR", 16, Radix::Octal, "modem status (carrier = connected)",
                              [this] { return std::uint64_t{carrier_bits()} << 8; }));
    add_register(reg_field("CARRIER", terminal_lines_.carrier(), 8, Radix::Octal, "carrier per line (connections the guest has seen)"));
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
    for (Modifier& m : terminal_lines_.modifiers()) add_modifier(std::move(m));
}

std::uint16_t Dz11::carrier_bits() const { return terminal_lines_.carrier(); }

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
    if (terminal_lines_.active()) machine().scheduler().activate_if_idle(poll_event_, poll_time());
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
                terminal_lines_.carrier() &= static_cast<std::uint8_t>(~(1u << i));
                terminal_lines_.hang_up(i, "DTR dropped");
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
            } else {
                terminal_lines_.transmit(line, c);
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

void Dz11::poll() {
    if (!terminal_lines_.active()) return;
    machine().scheduler().activate(poll_event_, poll_time());
    // Connections and hang-ups reach the guest at every scan; characters while the
    // receiver is on and the silo has room.
    terminal_lines_.poll(
        kSiloSize + 2,
        [this](int i) { return (csr_ & kMasterScanEnable) && (lpr_[i] & kReceiverOn) && silo_.size() < kSiloSize; },
        [this](int i, const HostEvent& ev) {
            if (ev.is_data()) receive(i, ev.byte);
        });
}

Status Dz11::attach(Unit& unit, const std::string& spec, const AttachOptions&) {
    if (Status st = terminal_lines_.attach(unit, spec); !st) return st;
    machine().scheduler().activate_if_idle(poll_event_, poll_time());
    return Status::ok();
}

Status Dz11::detach(Unit& unit) {
    terminal_lines_.detach();
    machine().scheduler().cancel(poll_event_);
    return Device::detach(unit);
}

void Dz11::serialize(StateArchive& s) {
    s(csr_);
    s(lpr_);
    s(tcr_);
    s(breaks_);
    s(terminal_lines_.carrier());
    s.sequence(silo_, kSiloSize);
    s(since_alarm_);
    s(poll_interval_);
    s(char_time_);
    s(tx_free_at_);
    serialize_interrupt(s, bus(), rx_irq_);
    serialize_interrupt(s, bus(), tx_irq_);
}

std::string Dz11::show_status() const { return terminal_lines_.show_status(); }

}  // namespace simmon::dec
