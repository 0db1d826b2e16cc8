// DZ11 eight-line asynchronous terminal multiplexer, or the Q-bus DZV11 with four lines
// (the VAX's; DZV11 user's guide: the same registers, TLINE, the LPR line number and the
// TCR, MSR bits for lines 0-3 only), its lines served to telnet clients
// (core/hostio/telnet_server.hpp): ATTACH DZ 2323 listens on 127.0.0.1:2323, ATTACH DZ
// 0.0.0.0:2323 on every interface; each connection takes the next free line.
// Registers (Unibus 760100-760107), receive vector 300, transmit vector 304, BR5:
//   CSR  760100  15 TRDY, 14 TIE, 13 SA, 12 SAE, 10:8 TLINE, 7 RDONE, 6 RIE, 5 MSE,
//                4 CLR, 3 MAINT
//   RBUF 760102  read: 15 DATA VALID, 14 OVERRUN, 10:8 line, 7:0 character (from the silo)
//   LPR  760102  write: 12 RX ON, 11:8 speed, 7:6 parity, 5 stop bits, 4:3 length, 2:0 line
//   TCR  760104  15:8 DTR, 7:0 LINE ENABLE
//   MSR  760106  read: 15:8 carrier detect, 7:0 ring
//   TDR  760106  write: 15:8 break, 7:0 character for line TLINE
// Follows the DZ11 asynchronous multiplexer user's guide (EK-DZ110-UG) and the PDP-11
// peripherals handbook. The 64-character silo and the transmitter scanner are modelled.
// Each line's transmitter is busy for one character time after TDR is loaded, from the
// speed and character format in its LPR (start bit, 5-8 data bits, parity, 1, 1.5 or 2
// stop bits, 50 to 9600 baud), so output paces as on the line; the scanner meanwhile
// offers the other lines. Parity is not generated (the telnet side has none).
// ATTACH DZ LINE=n,port gives line n a port of its own (SIMH's form); the other lines keep
// answering on the device's port. SET DZ LOG=n=file copies what the guest sends on line n
// to a file, DISCONNECT=n hangs a line up, SHOW DZ CONNECTIONS|STATISTICS list the clients.
// Each line is a host-input source (DZ0 ... DZ7, core/hostio/host_input.hpp): the scan
// takes connections, hang-ups and characters through it, so a session can be recorded
// and replayed, and the carrier the guest sees changes only at those scans.
#pragma once
#include <array>
#include <cstdint>
#include <deque>

#include "core/scheduler/scheduler.hpp"
#include "devices/dec/dec_bus.hpp"
#include "devices/dec/terminal_lines.hpp"

namespace simmon::dec {

class Dz11 final : public BusDevice {
public:
    static constexpr std::uint32_t kBase = 0760100;
    static constexpr std::uint16_t kRxVector = 0300;
    static constexpr std::uint16_t kTxVector = 0304;
    static constexpr int kLines = 8;      // a DZ11; the most any of them has
    static constexpr int kDzvLines = 4;   // a DZV11
    static constexpr std::size_t kSiloSize = 64;
    static constexpr SimTime kDefaultPoll = usec(1000);     // network poll interval
    // The time one character of line parameters `lpr` occupies the line.
    static SimTime character_time(std::uint16_t lpr);
    static constexpr SimTime kScanTime = usec(1);           // scanner finds a ready line

    // `lines`: 8 (DZ11) or 4 (DZV11).
    Dz11(Machine& machine, DecBus& bus, int lines = kLines);
    int lines() const { return lines_; }

    std::uint32_t csr_base() const override { return kBase; }
    std::uint32_t csr_bytes() const override { return 8; }
    bool read(std::uint32_t addr, std::uint16_t& data) override;
    bool write(std::uint32_t addr, std::uint16_t data, bool byte) override;
    void reset() override;

    // The "file" is a port: "2323" or "addr:2323".
    Status attach(Unit& unit, const std::string& spec, const AttachOptions& options) override;
    std::string attach_argument() const override { return "port (a TCP port number, or address:port)"; }
    // SIMH's -a (auto-disconnect) and -m (modem control): simmon's lines always show the
    // guest a connection as carrier, and a hang-up frees the line, so both change nothing.
    Switches attach_switches() const override { return switch_bit('a') | switch_bit('m'); }
    Status detach(Unit& unit) override;
    void serialize(StateArchive& s) override;
    std::string show_status() const override;

    int listening_port() const { return terminal_lines_.port(); }
    // The port line `line` answers on: its own (ATTACH DZ LINE=n,port) or the device's.
    int line_port(int line) const { return terminal_lines_.line_port(line); }

private:
    std::uint16_t csr_value() const;
    std::uint16_t carrier_bits() const;
    std::uint8_t char_mask(int line) const;
    void master_clear();
    void poll();
    SimTime poll_time() const { return poll_interval_ ? usec(poll_interval_) : kDefaultPoll; }
    void scan_transmitters();
    SimTime line_character_time(int line) const;
    void receive(int line, std::uint8_t c);
    void update_receive_interrupt(bool was_requesting);
    bool receive_requesting() const;

    const int lines_;
    std::uint16_t line_mask() const { return static_cast<std::uint16_t>((1u << lines_) - 1); }
    int rx_irq_;
    int tx_irq_;
    Scheduler::HandlerId poll_event_;
    Scheduler::HandlerId scan_event_;
    TerminalLines terminal_lines_;  // the telnet side of the lines (terminal_lines.hpp)

    std::uint16_t csr_ = 0;  // TIE SAE RIE MSE MAINT, TRDY and TLINE
    std::array<std::uint16_t, kLines> lpr_{};
    std::uint16_t tcr_ = 0;
    std::uint16_t breaks_ = 0;
    std::deque<std::uint16_t> silo_;  // RBUF values, DATA VALID set
    std::uint8_t since_alarm_ = 0;    // characters since the program last emptied to the alarm
    std::uint64_t poll_interval_ = kDefaultPoll / kNsPerUsec;  // POLL, microseconds
    std::uint64_t char_time_ = 0;  // TIME, microseconds for every line; 0: from each line's LPR
    std::array<SimTime, kLines> tx_free_at_{};  // when each line's transmitter is empty again
    void add_configuration_modifiers();
};

}  // namespace simmon::dec
