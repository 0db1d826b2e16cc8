// DHV11 (see dhv11.hpp). Register and bit names are the DHV11 User Guide's.
#include "devices/dec/dhv11.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "core/state/state_io.hpp"
#include "devices/dec/dec_device_support.hpp"

namespace simmon::dec {

namespace {
// CSR
constexpr std::uint16_t kTxAction = 0100000;
constexpr std::uint16_t kTxIntEnable = 040000;
constexpr std::uint16_t kTxDmaError = 010000;
constexpr std::uint16_t kRxDataAvail = 0200;
constexpr std::uint16_t kRxIntEnable = 0100;
constexpr std::uint16_t kMasterReset = 040;
constexpr std::uint16_t kIndAddr = 017;
constexpr std::uint16_t kCsrWritable = kTxIntEnable | kRxIntEnable | kIndAddr;
// RBUF entries and TXCHAR
constexpr std::uint16_t kDataValid = 0100000;
constexpr std::uint16_t kModemStatusEntry = 0170000;  // DATA.VALID with 14:12 all set
// STAT
constexpr std::uint16_t kStatDsr = 0100000;
constexpr std::uint16_t kStatDcd = 010000;
constexpr std::uint16_t kStatCts = 04000;
// LNCTRL
constexpr std::uint16_t kDmaAbort = 01;
constexpr std::uint16_t kRxEnable = 04;
constexpr std::uint16_t kMaintShift = 6;
constexpr std::uint16_t kLinkType = 0400;
constexpr std::uint16_t kDtr = 01000;
constexpr std::uint16_t kLnctrlWritable = 011777;  // RTS, DTR, LINK.TYPE, 7:0
// TBUFFAD2
constexpr std::uint16_t kDmaStart = 0200;
constexpr std::uint16_t kTxEnable = 0100000;
constexpr std::uint16_t kTbuffad2Writable = kTxEnable | kDmaStart | 077;
// Maintenance modes (LNCTRL 7:6)
constexpr int kAutoEcho = 1, kLocalLoopback = 2, kRemoteLoopback = 3;
// After a reset: 9600 baud both ways, 8-bit characters, no parity, one stop bit.
constexpr std::uint16_t kLprReset = 0156430;
constexpr std::uint8_t kSendingProgrammed = 1, kSendingDma = 2;
// Transmit reports kept for the program; more (a program that never reads the CSR) are lost.
constexpr std::size_t kActionQueue = 64;

constexpr std::uint32_t kDebugReg = 1u << 0;
constexpr std::uint32_t kDebugData = 1u << 1;
constexpr std::uint32_t kDebugConnect = 1u << 2;

std::uint8_t char_mask(std::uint16_t lpr) {
    static constexpr std::uint8_t kMasks[4] = {037, 077, 0177, 0377};  // 5-8 bit characters
    return kMasks[(lpr >> 3) & 3];
}
}  // namespace

Dhv11::Dhv11(Machine& machine, DecBus& bus)
    : BusDevice(machine, bus, "VH", "DHV11 8-line terminal multiplexer"),
      terminal_lines_(*this, kLines, kDebugConnect) {
    add_unit("VH", true);
    rx_irq_ = bus.add_interrupt("VH-RX", 4, kRxVector);
    tx_irq_ = bus.add_interrupt("VH-TX", 4, kTxVector);
    poll_event_ = machine.scheduler().add_handler("VH-POLL", [this] { poll(); });
    // SEND text on a line (SEND VH:3 "...") starts the poll even with no port listening.
    terminal_lines_.set_wake([this] { this->machine().scheduler().activate_if_idle(poll_event_, poll_time()); });
    tx_event_ = machine.scheduler().add_handler("VH-TX", [this] { service_transmitters(); });
    reset_event_ = machine.scheduler().add_handler("VH-RESET", [this] { finish_reset(); });

    add_register(reg_computed("CSR", 16, Radix::Octal, "control/status (as read, without taking a transmit report)",
                              [this] { return std::uint64_t{csr_value()}; }));
    add_register(reg_computed("FIFO", 16, Radix::Decimal, "entries in the receive FIFO",
                              [this] { return std::uint64_t{fifo_.size()}; }));
    add_register(reg_computed("TXACT", 16, Radix::Decimal, "transmit action reports waiting",
                              [this] { return std::uint64_t{actions_.size()}; }));
    auto line_array = [this](const char* name, std::array<std::uint16_t, kLines>& regs, const char* help) {
        add_register(reg_array(
            name, kLines, 16, Radix::Octal, help, [&regs](std::size_t i) { return std::uint64_t{regs[i]}; },
            [&regs](std::size_t i, std::uint64_t v) { regs[i] = static_cast<std::uint16_t>(v); }));
    };
    line_array("LPR", lpr_, "line parameters per line");
    line_array("LNCTRL", lnctrl_, "line control per line");
    line_array("TBUFFAD1", tbuffad1_, "DMA address 15:0 per line");
    line_array("TBUFFAD2", tbuffad2_, "TX.ENABLE, TX.DMA.START, DMA address 21:16 per line");
    line_array("TBUFFCT", tbuffct_, "DMA characters left per line");
    add_register(reg_computed("STAT", 16, Radix::Octal, "line status of the selected line",
                              [this] { return std::uint64_t{status(selected())}; }));
    add_register(reg_field("CARRIER", terminal_lines_.carrier(), 8, Radix::Octal, "carrier per line (connections the guest has seen)"));
    add_register(reg_field("POLL", poll_interval_, 32, Radix::Decimal, "network poll interval (microseconds)"));
    add_register(reg_field("TIME", char_time_, 32, Radix::Decimal,
                           "transmit time per character on every line (microseconds; 0: from each line's TX speed)"));
    add_register(interrupt_register("RXINT", bus, rx_irq_));
    add_register(interrupt_register("TXINT", bus, tx_irq_));
    set_debug_flags({"REG", "DATA", "CONNECT"});

    Modifier lines;
    lines.name = "LINES";
    lines.takes_value = true;
    lines.help = "number of lines: 8 (one DHV11; more DHV11s are not modelled yet)";
    lines.set = [](Unit*, std::string_view value) {
        if (value == "8" || value == "8.") return Status::ok();
        return Status::error(fmt::format("VH LINES={}: more than one DHV11 is not modelled (yet); it has 8 lines", value));
    };
    lines.show = [](const Unit*) { return std::string("lines=8"); };
    add_modifier(std::move(lines));
    for (Modifier& m : terminal_lines_.modifiers()) add_modifier(std::move(m));
    reset();
}

SimTime Dhv11::character_time(std::uint16_t lpr) {
    // LPR 15:12, the TX speed code (DHV11 User Guide, line parameter register), in tenths
    // of a baud for 134.5.
    static constexpr std::uint32_t kBaudX10[16] = {500,   750,   1100,  1345,  1500,  3000,   6000,   12000,
                                                   18000, 20000, 24000, 48000, 72000, 96000, 192000, 384000};
    const std::uint32_t baud_x10 = kBaudX10[(lpr >> 12) & 017];
    const std::uint32_t data_bits = 5 + ((lpr >> 3) & 3);
    const bool two_stop = lpr & 0200;
    // In half bits: start, data, parity, and 1 stop bit, or 2 (1.5 with 5-bit characters).
    const std::uint32_t half_bits = 2 * (1 + data_bits + ((lpr & 040) ? 1 : 0)) + (two_stop ? (data_bits == 5 ? 3 : 4) : 2);
    return static_cast<SimTime>(half_bits) * 5 * kNsPerSecond / baud_x10;
}

SimTime Dhv11::line_character_time(int line) const {
    return char_time_ ? usec(char_time_) : character_time(lpr_[line]);
}

// Power-up and BUS INIT: the state MASTER.RESET leaves, at once. A connected client stays
// connected (the host's session is not the guest's to end until it drops DTR).
void Dhv11::reset() {
    machine().scheduler().cancel(tx_event_);
    machine().scheduler().cancel(reset_event_);
    csr_ = 0;
    fifo_.clear();
    actions_.clear();
    lpr_.fill(kLprReset);
    lnctrl_.fill(0);
    tbuffad1_.fill(0);
    tbuffad2_.fill(kTxEnable);
    tbuffct_.fill(0);
    txchar_.fill(0);
    sending_.fill(0);
    busy_until_.fill(0);
    bus().clear_interrupt(rx_irq_);
    bus().clear_interrupt(tx_irq_);
    if (terminal_lines_.active()) machine().scheduler().activate_if_idle(poll_event_, poll_time());
}

// MASTER.RESET written 1: everything as after power-up; the bit reads 1 while the DHV11
// runs its self-test, then clears (the program waits for that before using the device).
void Dhv11::master_reset() {
    reset();
    csr_ = kMasterReset;
    machine().scheduler().activate(reset_event_, kResetTime);
}

void Dhv11::finish_reset() { csr_ &= static_cast<std::uint16_t>(~kMasterReset); }

std::uint16_t Dhv11::csr_value() const {
    std::uint16_t v = csr_ & static_cast<std::uint16_t>(kCsrWritable | kMasterReset);
    if (!fifo_.empty()) v |= kRxDataAvail;
    if (!actions_.empty()) {
        const std::uint8_t a = actions_.front();
        v |= static_cast<std::uint16_t>(kTxAction | ((a & 7) << 8) | ((a & 020) ? kTxDmaError : 0));
    }
    return v;
}

std::uint16_t Dhv11::status(int line) const {
    // A telnet client is a modem that has answered: DSR, DCD and CTS come and go together.
    return terminal_lines_.carrier(line) ? static_cast<std::uint16_t>(kStatDsr | kStatDcd | kStatCts) : 0;
}

std::uint32_t Dhv11::dma_address(int line) const {
    return (static_cast<std::uint32_t>(tbuffad2_[line] & 077) << 16) | tbuffad1_[line];
}

bool Dhv11::read(std::uint32_t addr, std::uint16_t& data) {
    const int line = selected();
    switch ((addr - kBase) >> 1) {
        case 0:
            data = csr_value();
            // Reading the CSR takes the transmit report it shows; the next one, if any,
            // shows at the next read and interrupts again.
            if (!actions_.empty()) {
                actions_.pop_front();
                drive_interrupt(bus(), tx_irq_, !actions_.empty() && (csr_ & kTxIntEnable));
            }
            break;
        case 1:
            if (fifo_.empty()) {
                data = 0;
            } else {
                data = fifo_.front();
                fifo_.pop_front();
            }
            drive_interrupt(bus(), rx_irq_, receive_requesting());
            break;
        case 2: data = lpr_[line]; break;
        case 3: data = status(line); break;
        case 4: data = lnctrl_[line]; break;
        case 5: data = tbuffad1_[line]; break;
        case 6: data = tbuffad2_[line]; break;
        default: data = tbuffct_[line]; break;
    }
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("read {:06o} = {:06o}", addr, data));
    return true;
}

bool Dhv11::write(std::uint32_t addr, std::uint16_t data, bool byte) {
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("write {:06o} <- {:06o}{}", addr, data, byte ? " (byte)" : ""));
    const int line = selected();
    switch ((addr - kBase) >> 1) {
        case 0: write_csr(addr, data, byte); break;
        case 1:  // TXCHAR: a character for the selected line when DATA.VALID is set
            txchar_[line] = merge_write(txchar_[line], addr, data, byte, kDataValid | 0377);
            if (txchar_[line] & kDataValid) wake_transmitters();
            break;
        case 2: lpr_[line] = merge_write(lpr_[line], addr, data, byte); break;
        case 3: break;  // STAT is read-only
        case 4: write_lnctrl(line, merge_write(lnctrl_[line], addr, data, byte, kLnctrlWritable)); break;
        case 5: tbuffad1_[line] = merge_write(tbuffad1_[line], addr, data, byte); break;
        case 6: {
            // The program sets TX.DMA.START; the DHV11 clears it when the transfer ends.
            const std::uint16_t started = tbuffad2_[line] & kDmaStart;
            tbuffad2_[line] = static_cast<std::uint16_t>(merge_write(tbuffad2_[line], addr, data, byte, kTbuffad2Writable) | started);
            wake_transmitters();
            break;
        }
        default: tbuffct_[line] = merge_write(tbuffct_[line], addr, data, byte); break;
    }
    return true;
}

void Dhv11::write_csr(std::uint32_t addr, std::uint16_t data, bool byte) {
    const std::uint16_t value = merge_write(csr_, addr, data, byte);
    if (writes_low_byte(addr, byte) && (value & kMasterReset)) {
        master_reset();
        return;
    }
    const bool rx_was = receive_requesting();
    const bool tie_was = csr_ & kTxIntEnable;
    csr_ = static_cast<std::uint16_t>((csr_ & ~kCsrWritable) | (value & kCsrWritable));
    update_receive_interrupt(rx_was);
    if (!(csr_ & kTxIntEnable))
        bus().clear_interrupt(tx_irq_);
    else if (!tie_was && !actions_.empty())
        bus().raise_interrupt(tx_irq_);
}

void Dhv11::write_lnctrl(int line, std::uint16_t value) {
    const std::uint16_t old = lnctrl_[line];
    lnctrl_[line] = value;
    // Dropping DTR hangs up the line: how a program ends a session on a modem line. The
    // modem's answer, DCD going away, comes at the next scan like any hang-up.
    if ((old & kDtr) && !(value & kDtr)) terminal_lines_.hang_up(line, "DTR dropped");
    if ((value & kDmaAbort) && !(old & kDmaAbort)) wake_transmitters();
}

// ---- transmitters ----------------------------------------------------------------------

void Dhv11::service_transmitters() {
    const SimTime now = machine().scheduler().now();
    for (int line = 0; line < kLines; ++line) {
        if (busy_until_[line] > now) continue;
        // A programmed character is reported once it has gone out.
        if (sending_[line] == kSendingProgrammed) post_action(line, false);
        sending_[line] = 0;
        start_next(line);
    }
    wake_transmitters();
}

bool Dhv11::start_next(int line) {
    if ((tbuffad2_[line] & kTxEnable) == 0) return false;  // output suspended
    const SimTime now = machine().scheduler().now();
    if (txchar_[line] & kDataValid) {
        const auto c = static_cast<std::uint8_t>(txchar_[line]);
        txchar_[line] = 0;
        send(line, c);
        sending_[line] = kSendingProgrammed;
        busy_until_[line] = now + line_character_time(line);
        return true;
    }
    if ((tbuffad2_[line] & kDmaStart) == 0) return false;
    // The transfer ends at a character boundary: count done, aborted, or a bus timeout.
    bool error = false;
    std::uint8_t c = 0;
    if (tbuffct_[line] != 0 && !(lnctrl_[line] & kDmaAbort)) {
        if (bus().dma_read_bytes(*this, dma_address(line), &c, 1) == 1) {
            const std::uint32_t next = advance_dma_address(dma_address(line), 1, bus().dma_address_bits());
            tbuffad1_[line] = static_cast<std::uint16_t>(next);
            tbuffad2_[line] = static_cast<std::uint16_t>((tbuffad2_[line] & ~077) | (next >> 16));
            --tbuffct_[line];
            send(line, c);
            sending_[line] = kSendingDma;
            busy_until_[line] = now + line_character_time(line);
            return true;
        }
        error = true;
    }
    tbuffad2_[line] &= static_cast<std::uint16_t>(~kDmaStart);
    post_action(line, error);
    return false;
}

void Dhv11::wake_transmitters() {
    const SimTime now = machine().scheduler().now();
    SimTime next = ~SimTime{0};
    for (int line = 0; line < kLines; ++line) {
        if (sending_[line]) {
            next = std::min(next, std::max(busy_until_[line], now));
        } else if ((tbuffad2_[line] & kTxEnable) &&
                   ((txchar_[line] & kDataValid) || (tbuffad2_[line] & kDmaStart))) {
            next = std::min(next, now + kStartTime);
        }
    }
    if (next == ~SimTime{0}) return;
    Scheduler& s = machine().scheduler();
    if (!s.is_active(tx_event_) || s.remaining(tx_event_) > next - now) s.activate(tx_event_, next - now);
}

void Dhv11::send(int line, std::uint8_t c) {
    c &= char_mask(lpr_[line]);
    if (debug_mask() & kDebugData) debug(kDebugData, fmt::format("line {} sent {:03o}", line, c));
    // Local loopback turns the line's transmitter back into its own receiver.
    if (((lnctrl_[line] >> kMaintShift) & 3) == kLocalLoopback) {
        if ((lnctrl_[line] & kRxEnable) && fifo_.size() < kFifoSize)
            receive_entry(static_cast<std::uint16_t>(kDataValid | (line << 8) | c));
        return;
    }
    terminal_lines_.transmit(line, c);
}

void Dhv11::post_action(int line, bool dma_error) {
    if (actions_.size() < kActionQueue) actions_.push_back(static_cast<std::uint8_t>(line | (dma_error ? 020 : 0)));
    if (csr_ & kTxIntEnable) bus().raise_interrupt(tx_irq_);
}

// ---- receiver --------------------------------------------------------------------------

bool Dhv11::receive_requesting() const { return (csr_ & kRxIntEnable) && !fifo_.empty(); }

void Dhv11::update_receive_interrupt(bool was_requesting) {
    const bool now = receive_requesting();
    if (!now)
        bus().clear_interrupt(rx_irq_);
    else if (!was_requesting)
        bus().raise_interrupt(rx_irq_);
}

void Dhv11::receive_entry(std::uint16_t entry) {
    const bool was = receive_requesting();
    fifo_.push_back(entry);
    update_receive_interrupt(was);
}

void Dhv11::poll() {
    if (!terminal_lines_.active()) return;
    machine().scheduler().activate(poll_event_, poll_time());
    terminal_lines_.poll(
        kFifoSize + 2,
        [this](int line) {
            const int maint = (lnctrl_[line] >> kMaintShift) & 3;
            if (fifo_.size() >= kFifoSize || maint == kLocalLoopback) return false;
            return maint == kRemoteLoopback || (lnctrl_[line] & kRxEnable) != 0;
        },
        [this](int line, const HostEvent& ev) {
            if (ev.kind == HostEvent::Kind::Connect || ev.kind == HostEvent::Kind::Disconnect) {
                // With modem control on, the change of DCD, DSR and CTS is a FIFO entry.
                if ((lnctrl_[line] & kLinkType) && fifo_.size() < kFifoSize)
                    receive_entry(static_cast<std::uint16_t>(kModemStatusEntry | (line << 8) | (status(line) >> 8)));
                return;
            }
            if (!ev.is_data()) return;
            const int maint = (lnctrl_[line] >> kMaintShift) & 3;
            // Auto echo and remote loopback send what the line receives straight back.
            if (maint == kAutoEcho || maint == kRemoteLoopback) terminal_lines_.transmit(line, ev.byte);
            if (maint == kRemoteLoopback) return;
            const auto c = static_cast<std::uint8_t>(ev.byte & char_mask(lpr_[line]));
            if (debug_mask() & kDebugData) debug(kDebugData, fmt::format("line {} received {:03o}", line, c));
            receive_entry(static_cast<std::uint16_t>(kDataValid | (line << 8) | c));
        });
}

Status Dhv11::attach(Unit& unit, const std::string& spec, const AttachOptions&) {
    if (Status st = terminal_lines_.attach(unit, spec); !st) return st;
    machine().scheduler().activate_if_idle(poll_event_, poll_time());
    return Status::ok();
}

Status Dhv11::detach(Unit& unit) {
    terminal_lines_.detach();
    machine().scheduler().cancel(poll_event_);
    return Device::detach(unit);
}

void Dhv11::serialize(StateArchive& s) {
    s(csr_);
    s.sequence(fifo_, kFifoSize);
    s.sequence(actions_, kActionQueue);
    s(lpr_);
    s(lnctrl_);
    s(tbuffad1_);
    s(tbuffad2_);
    s(tbuffct_);
    s(txchar_);
    s(sending_);
    s(busy_until_);
    s(terminal_lines_.carrier());
    s(poll_interval_);
    s(char_time_);
    serialize_interrupt(s, bus(), rx_irq_);
    serialize_interrupt(s, bus(), tx_irq_);
}

}  // namespace simmon::dec
