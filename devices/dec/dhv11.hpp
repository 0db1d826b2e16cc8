// DHV11 eight-line asynchronous multiplexer for the Q-bus (DHV11 User Guide, EK-DHV11-UG),
// in its own programming mode (the DHQ11's DHV11 mode). Its lines are served to telnet
// clients exactly as the DZ11's are (devices/dec/terminal_lines.hpp): ATTACH VH 2323,
// ATTACH VH LINE=n,port, SET VH LOG=n=file, DISCONNECT=n, SHOW VH CONNECTIONS.
// Registers (eight words from 760440; receive vector 310, transmit 314, BR4, as SIMH's VH
// on the MicroVAX 3900 and the DHV11's factory setting):
//   CSR      +0   15 TX.ACTION, 14 TX.IE, 13 DIAG.FAIL, 12 TX.DMA.ERR, 11:8 TX.LINE,
//                 7 RX.DATA.AVAIL, 6 RX.IE, 5 MASTER.RESET, 3:0 IND.ADDR (line select)
//   RBUF     +2   read: the receive FIFO (256 entries): 15 DATA.VALID, 14 OVERRUN,
//                 13 FRAMING, 12 PARITY, 11:8 line, 7:0 character; 14:12 all set is a
//                 modem status entry (7:0 the line's new STAT<15:8>, bit 0 clear)
//   TXCHAR   +2   write: 15 DATA.VALID, 7:0 a character for line IND.ADDR (programmed
//                 output)
//   LPR      +4   15:12 TX speed, 11:8 RX speed, 7 two stop bits, 6 even parity,
//                 5 parity enable, 4:3 character length 5-8
//   STAT     +6   read: 15 DSR, 13 RI, 12 DCD, 11 CTS (8 clear: DHV11 mode)
//   LNCTRL   +10  0 TX.DMA.ABORT, 1 IAUTO, 2 RX.ENABLE, 3 BREAK, 4 OAUTO, 5 FORCE.XOFF,
//                 7:6 maintenance (01 auto echo, 10 local loopback, 11 remote loopback),
//                 8 LINK.TYPE (modem control), 9 DTR, 12 RTS
//   TBUFFAD1 +12  DMA address 15:0
//   TBUFFAD2 +14  5:0 DMA address 21:16, 7 TX.DMA.START, 15 TX.ENABLE
//   TBUFFCT  +16  DMA character count
// The line registers (+4 to +16) are those of the line IND.ADDR selects.
// Transmission: a TXCHAR write with DATA.VALID, or TX.DMA.START with a count, sends at
// the line's TX speed while TX.ENABLE is set; the DMA reads one byte from the Q-bus per
// character, counting the address up and the count down as it goes. When the character
// has gone out, or the count reaches zero, or TX.DMA.ABORT stops the transfer at a
// character boundary, or the bus times out (TX.DMA.ERR), the line is reported in the
// transmit action queue: TX.ACTION with its line in the CSR, one report per CSR read
// (reading the CSR removes it), and a transmit interrupt while TX.IE is set.
// Reception: characters of a line with RX.ENABLE go into the FIFO; with LINK.TYPE set a
// connection or hang-up (DCD, DSR and CTS together: a telnet client is a modem that has
// answered) is a modem status entry. RX.DATA.AVAIL and, with RX.IE, a receive interrupt
// while the FIFO holds entries. Clearing DTR hangs up the line's client.
// Not modelled: IAUTO/OAUTO/FORCE.XOFF flow control (the bits read back as written), BREAK
// and parity or framing errors (a telnet client has no line to break), overruns (characters
// wait with the client until the FIFO has room), and the self-test's diagnostic FIFO
// entries: MASTER.RESET reads 1 for kResetTime, then the DHV11 is idle with DIAG.FAIL clear.
#pragma once
#include <array>
#include <cstdint>
#include <deque>

#include "core/scheduler/scheduler.hpp"
#include "devices/dec/dec_bus.hpp"
#include "devices/dec/terminal_lines.hpp"

namespace simmon::dec {

class Dhv11 final : public BusDevice {
public:
    static constexpr std::uint32_t kBase = 0760440;
    static constexpr std::uint16_t kRxVector = 0310;
    static constexpr std::uint16_t kTxVector = 0314;
    static constexpr int kLines = 8;
    static constexpr std::size_t kFifoSize = 256;
    static constexpr SimTime kDefaultPoll = usec(1000);  // network poll interval
    static constexpr SimTime kResetTime = msec(1);       // MASTER.RESET reads 1 this long
    static constexpr SimTime kStartTime = usec(10);      // a transmitter takes up new work
    // The time one character of line parameters `lpr` occupies the line (TX speed, length,
    // parity, stop bits).
    static SimTime character_time(std::uint16_t lpr);

    Dhv11(Machine& machine, DecBus& bus);

    std::uint32_t csr_base() const override { return kBase; }
    std::uint32_t csr_bytes() const override { return 16; }
    bool read(std::uint32_t addr, std::uint16_t& data) override;
    bool write(std::uint32_t addr, std::uint16_t data, bool byte) override;
    void reset() override;

    Status attach(Unit& unit, const std::string& spec, const AttachOptions& options) override;
    std::string attach_argument() const override { return "port (a TCP port number, or address:port)"; }
    Switches attach_switches() const override { return switch_bit('a') | switch_bit('m'); }
    Status detach(Unit& unit) override;
    void serialize(StateArchive& s) override;
    std::string show_status() const override { return terminal_lines_.show_status(); }

    int listening_port() const { return terminal_lines_.port(); }

private:
    void master_reset();
    void finish_reset();
    int selected() const { return csr_ & 7; }  // IND.ADDR: lines 0-7
    std::uint16_t csr_value() const;
    std::uint16_t status(int line) const;
    void write_csr(std::uint32_t addr, std::uint16_t data, bool byte);
    void write_lnctrl(int line, std::uint16_t value);
    void poll();
    SimTime poll_time() const { return poll_interval_ ? usec(poll_interval_) : kDefaultPoll; }
    // Transmitters.
    void service_transmitters();
    void wake_transmitters();
    bool start_next(int line);  // false: the line has nothing to send now
    void send(int line, std::uint8_t c);
    void post_action(int line, bool dma_error);
    SimTime line_character_time(int line) const;
    std::uint32_t dma_address(int line) const;
    // Receiver.
    void receive_entry(std::uint16_t entry);
    bool receive_requesting() const;
    void update_receive_interrupt(bool was_requesting);

    int rx_irq_;
    int tx_irq_;
    Scheduler::HandlerId poll_event_;
    Scheduler::HandlerId tx_event_;
    Scheduler::HandlerId reset_event_;
    TerminalLines terminal_lines_;

    std::uint16_t csr_ = 0;  // TX.IE, RX.IE, MASTER.RESET, IND.ADDR
    std::deque<std::uint16_t> fifo_;     // RBUF entries, DATA.VALID set
    std::deque<std::uint8_t> actions_;   // transmit action reports: line, bit 4 DMA error
    std::array<std::uint16_t, kLines> lpr_{};
    std::array<std::uint16_t, kLines> lnctrl_{};
    std::array<std::uint16_t, kLines> tbuffad1_{};
    std::array<std::uint16_t, kLines> tbuffad2_{};
    std::array<std::uint16_t, kLines> tbuffct_{};
    std::array<std::uint16_t, kLines> txchar_{};      // a programmed character waiting (bit 15)
    std::array<std::uint8_t, kLines> sending_{};      // 1: programmed character on the line, 2: DMA
    std::array<SimTime, kLines> busy_until_{};       // the character on the line has gone out
    std::uint64_t poll_interval_ = kDefaultPoll / kNsPerUsec;  // POLL, microseconds
    std::uint64_t char_time_ = 0;  // TIME, microseconds for every line; 0: from each line's LPR
};

}  // namespace simmon::dec
