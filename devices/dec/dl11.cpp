#include "devices/dec/dl11.hpp"

#include <fmt/format.h>

#include <string>

#include "core/machine/machine.hpp"
#include "devices/dec/dec_device_support.hpp"

namespace simmon::dec {

namespace {

constexpr std::uint16_t kDone = 0200;       // RCVR DONE / XMIT RDY
constexpr std::uint16_t kIntEnable = 0100;  // INT ENB
constexpr std::uint16_t kReaderEnable = 01; // RDR ENB: asks a reader for one character
constexpr std::uint16_t kMaint = 04;        // XCSR maintenance (loop back)
constexpr std::uint16_t kBreak = 01;        // XCSR break
constexpr std::uint16_t kRbufError = 0100000;         // RBUF: an error below
constexpr std::uint16_t kRbufFramingError = 020000;   // RBUF: framing error (a BREAK)

constexpr std::uint32_t kDebugReg = 1u << 0;
constexpr std::uint32_t kDebugData = 1u << 1;
constexpr std::uint32_t kDebugInt = 1u << 2;

const char* mode_name(ConsoleCharMode m) {
    switch (m) {
        case ConsoleCharMode::SevenBit: return "7B";
        case ConsoleCharMode::EightBit: return "8B";
        case ConsoleCharMode::UpperCase: return "UC";
        case ConsoleCharMode::SevenPrinting: return "7P";
    }
    return "?";
}

std::uint8_t apply_mode(ConsoleCharMode m, int c) {
    std::uint8_t ch = static_cast<std::uint8_t>(c);
    if (m == ConsoleCharMode::EightBit) return ch;
    ch &= 0177;
    if (m == ConsoleCharMode::UpperCase && ch >= 'a' && ch <= 'z') ch = static_cast<std::uint8_t>(ch - 'a' + 'A');
    return ch;
}

// SET TTx 7B/8B[/UC]: one modifier per mode, all showing the current one.
void add_mode_modifiers(std::vector<Modifier>& out, ConsoleCharMode& mode, bool with_upper_case) {
    struct Choice {
        const char* name;
        ConsoleCharMode mode;
        const char* help;
    };
    const Choice choices[] = {
        {"7B", ConsoleCharMode::SevenBit, "7-bit characters: the parity bit is stripped"},
        {"8B", ConsoleCharMode::EightBit, "8-bit characters passed unchanged"},
        {"UC", ConsoleCharMode::UpperCase, "7-bit, lower case taken (TTI) or printed (TTO) as upper case"},
        {"7P", ConsoleCharMode::SevenPrinting, "7-bit, and only printing characters (with BEL BS HT LF CR) printed"},
    };
    for (const Choice& c : choices) {
        if (c.mode == ConsoleCharMode::UpperCase && !with_upper_case) continue;
        Modifier m;
        m.name = c.name;
        m.help = c.help;
        ConsoleCharMode value = c.mode;
        m.set = [&mode, value](Unit*, std::string_view) {
            mode = value;
            return Status::ok();
        };
        m.show = [&mode](const Unit*) { return std::string(mode_name(mode)); };
        m.in_summary = c.mode == ConsoleCharMode::SevenBit;
        out.push_back(std::move(m));
    }
}

}  // namespace

// ---------------------------------------------------------------- TTI (receiver)

Dl11Receiver::Dl11Receiver(Machine& machine, DecBus& bus)
    : BusDevice(machine, bus, "TTI", "DL11 console keyboard") {
    add_unit("TTI", false);
    irq_ = bus.add_interrupt("TTI", 4, kVector);
    poll_event_ = machine.scheduler().add_handler("TTI-POLL", [this] { poll(); });

    add_register(reg_field("RCSR", rcsr_, 16, Radix::Octal, "receiver status (7 DONE, 6 IE)"));
    add_register(reg_field("RBUF", rbuf_, 16, Radix::Octal, "receiver buffer"));
    add_register(interrupt_register("INT", bus, irq_));
    add_register(reg_field("POLL", poll_interval_, 32, Radix::Decimal, "keyboard poll interval (microseconds)"));

    std::vector<Modifier> mods;
    add_mode_modifiers(mods, mode_, true);
    for (Modifier& m : mods) add_modifier(std::move(m));
    set_debug_flags({"REG", "DATA", "INT"});
    reset();
}

void Dl11Receiver::reset() {
    rcsr_ = 0;
    rbuf_ = 0;
    bus().clear_interrupt(irq_);
    // The keyboard is always polled; RESET keeps the poll phase, power-up restarts it.
    machine().scheduler().activate_if_idle(poll_event_, poll_interval_ ? usec(poll_interval_) : kDefaultPoll);
}

void Dl11Receiver::serialize(StateArchive& s) {
    s(rcsr_);
    s(rbuf_);
    s(poll_interval_);
    s.choice(mode_, ConsoleCharMode::SevenPrinting);  // 7B, 8B, UC or 7P: SET TTI 8B survives RESTORE
    serialize_interrupt(s, bus(), irq_);
}

bool Dl11Receiver::read(std::uint32_t addr, std::uint16_t& data) {
    if ((addr & 2) == 0) {
        data = rcsr_ & (kDone | kIntEnable);
    } else {
        // Reading the buffer is what tells the interface the character was taken.
        data = rbuf_ & (kRbufError | kRbufFramingError | 0377);
        rcsr_ &= ~kDone;
        bus().clear_interrupt(irq_);
    }
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("read {:06o} = {:06o}", addr, data));
    return true;
}

bool Dl11Receiver::write(std::uint32_t addr, std::uint16_t data, bool byte) {
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("write {:06o} <- {:06o}{}", addr, data, byte ? " (byte)" : ""));
    if ((addr & 2) != 0) return true;  // RBUF is read-only; writes are ignored
    if (!writes_low_byte(addr, byte)) return true;
    bool was_enabled = rcsr_ & kIntEnable;
    if (data & kReaderEnable) rcsr_ &= ~kDone;  // a reader would now fetch the next character
    rcsr_ = static_cast<std::uint16_t>((rcsr_ & ~kIntEnable) | (data & kIntEnable));
    bool enabled = rcsr_ & kIntEnable;
    // The DL11 requests an interrupt whenever DONE and INT ENB are both set, so enabling
    // with a character waiting interrupts at once; disabling withdraws the request.
    if (!enabled)
        bus().clear_interrupt(irq_);
    else if (!was_enabled && (rcsr_ & kDone))
        bus().raise_interrupt(irq_);
    return true;
}

void Dl11Receiver::poll() {
    machine().scheduler().activate(poll_event_, poll_interval_ ? usec(poll_interval_) : kDefaultPoll);
    // Take a character only when the previous one has been read: the console port keeps
    // what the operator typed, so nothing is lost to an overrun the guest cannot see.
    // It comes through the host-input boundary, where it is recorded or replayed.
    if (rcsr_ & kDone) return;
    const HostEvent ev = machine().host_input().take(HostInput::kConsole);
    if (ev.kind == HostEvent::Kind::Break) {
        // A BREAK is a long space: the receiver sees a NUL with a framing error (DL11
        // manual, RBUF bits 15 ERROR and 13 FRAMING ERROR).
        deliver(0);
        rbuf_ = kRbufError | kRbufFramingError;
        return;
    }
    if (!ev.is_data()) return;
    deliver(apply_mode(mode_, ev.byte));
}

void Dl11Receiver::loop_back(std::uint8_t c) { deliver(c); }

void Dl11Receiver::deliver(std::uint8_t c) {
    rbuf_ = c;
    rcsr_ |= kDone;
    if (debug_mask() & kDebugData) debug(kDebugData, fmt::format("received {:03o}", rbuf_));
    if (rcsr_ & kIntEnable) {
        bus().raise_interrupt(irq_);
        if (debug_mask() & kDebugInt) debug(kDebugInt, "interrupt requested");
    }
}

// ---------------------------------------------------------------- TTO (transmitter)

Dl11Transmitter::Dl11Transmitter(Machine& machine, DecBus& bus)
    : BusDevice(machine, bus, "TTO", "DL11 console printer") {
    add_unit("TTO", false);
    irq_ = bus.add_interrupt("TTO", 4, kVector);
    out_event_ = machine.scheduler().add_handler("TTO", [this] { finish_character(); });

    add_register(reg_field("XCSR", xcsr_, 16, Radix::Octal, "transmitter status (7 RDY, 6 IE, 2 MAINT)"));
    add_register(reg_field("XBUF", xbuf_, 16, Radix::Octal, "transmitter buffer"));
    add_register(interrupt_register("INT", bus, irq_));
    add_register(reg_field("TIME", delay_, 32, Radix::Decimal, "character output time (microseconds; SET TTO SPEED)"));

    // The DL11's line speeds (jumper-selected on the hardware; DL11 manual, table 1-1).
    static constexpr std::uint32_t kSpeeds[] = {50, 75, 110, 150, 300, 600, 1200, 1800, 2400, 4800, 9600};
    Modifier speed;
    speed.name = "SPEED";
    speed.help = "line speed in baud (50-9600, default 9600): sets TIME to one 10-bit character (11 at 110)";
    speed.takes_value = true;
    speed.set = [this](Unit*, std::string_view value) {
        for (std::uint32_t baud : kSpeeds)
            if (value == std::to_string(baud)) {
                delay_ = dl11_character_usec(baud);
                return Status::ok();
            }
        return Status::error(fmt::format("TTO: {} is not a DL11 speed (50, 75, 110, 150, 300, 600, 1200, "
                                         "1800, 2400, 4800 or 9600)", value));
    };
    speed.show = [this](const Unit*) {
        for (std::uint32_t baud : kSpeeds)
            if (delay_ == dl11_character_usec(baud)) return fmt::format("SPEED={}", baud);
        return fmt::format("TIME={}us", delay_);
    };
    speed.in_summary = true;
    add_modifier(std::move(speed));

    std::vector<Modifier> mods;
    add_mode_modifiers(mods, mode_, true);  // TTO UC prints lower case as upper (SIMH)
    for (Modifier& m : mods) add_modifier(std::move(m));
    set_debug_flags({"REG", "DATA", "INT"});
    reset();
}

void Dl11Transmitter::reset() {
    machine().scheduler().cancel(out_event_);
    xcsr_ = kDone;
    xbuf_ = 0;
    bus().clear_interrupt(irq_);
}

void Dl11Transmitter::serialize(StateArchive& s) {
    s(xcsr_);
    s(xbuf_);
    s(delay_);
    s.choice(mode_, ConsoleCharMode::SevenPrinting);
    serialize_interrupt(s, bus(), irq_);
}

bool Dl11Transmitter::read(std::uint32_t addr, std::uint16_t& data) {
    data = (addr & 2) == 0 ? (xcsr_ & (kDone | kIntEnable | kMaint | kBreak)) : 0;
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("read {:06o} = {:06o}", addr, data));
    return true;
}

bool Dl11Transmitter::write(std::uint32_t addr, std::uint16_t data, bool byte) {
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("write {:06o} <- {:06o}{}", addr, data, byte ? " (byte)" : ""));
    if (!writes_low_byte(addr, byte)) return true;  // nothing lives in the high bytes
    if ((addr & 2) == 0) {
        bool was_enabled = xcsr_ & kIntEnable;
        xcsr_ = static_cast<std::uint16_t>((xcsr_ & kDone) | (data & (kIntEnable | kMaint | kBreak)));
        bool enabled = xcsr_ & kIntEnable;
        if (!enabled)
            bus().clear_interrupt(irq_);
        else if (!was_enabled && (xcsr_ & kDone))
            bus().raise_interrupt(irq_);
        return true;
    }
    // A character for the printer: the line is busy until it has been shifted out.
    xbuf_ = data & 0377;
    xcsr_ &= ~kDone;
    bus().clear_interrupt(irq_);
    machine().scheduler().activate(out_event_, usec(delay_));
    return true;
}

void Dl11Transmitter::finish_character() {
    // In maintenance mode the DL11 loops its serial output back into its own receiver
    // and nothing reaches the printer (DL11 manual, XCSR bit 2); diagnostics use it.
    if (xcsr_ & kMaint) {
        if (receiver_) receiver_->loop_back(static_cast<std::uint8_t>(xbuf_));
    } else {
        std::uint8_t c = mode_ == ConsoleCharMode::EightBit ? static_cast<std::uint8_t>(xbuf_) : static_cast<std::uint8_t>(xbuf_ & 0177);
        if (mode_ == ConsoleCharMode::UpperCase && c >= 'a' && c <= 'z') c = static_cast<std::uint8_t>(c - 'a' + 'A');
        const bool printing = (c >= 040 && c < 0177) || c == 007 || c == 010 || c == 011 || c == 012 || c == 015;
        if (mode_ != ConsoleCharMode::SevenPrinting || printing) machine().console().write_char(c);
        if (debug_mask() & kDebugData) debug(kDebugData, fmt::format("sent {:03o}", c));
    }
    xcsr_ |= kDone;
    if (xcsr_ & kIntEnable) {
        bus().raise_interrupt(irq_);
        if (debug_mask() & kDebugInt) debug(kDebugInt, "interrupt requested");
    }
}

}  // namespace simmon::dec
