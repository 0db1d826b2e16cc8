// IBM 2703 transmission control with start-stop lines, each line a device on the
// multiplexer channel, served to telnet clients (core/hostio/telnet_server.hpp):
// ATTACH COM 2323 listens on 127.0.0.1:2323 and each connection takes the next free line.
// Commands per line (2703 component description, GA27-2703; reference section 13.6):
//   27 enable: ends when a terminal is connected     2F disable: drops the line
//   06 prepare: ends when the terminal sends something (no data)
//   02 read, 0A inhibit: the characters typed, up to the end of the line (below)
//   01 write   0D break (no effect on a telnet client)   03/23/13/33/53/73 accepted
//   04 sense, 1 byte: X'80' command reject, X'40' intervention required
// Search (0E) and dial (29) are refused with command reject.
// Each line is a Teletype or a 2741 line, a SET option of the line (SET COM1 2741,
// SET 0C1 TTY; CODE=EBCD or CORR for a 2741), Teletype by default:
// * Teletype (TTY 33/35): the channel sees each ASCII character with its bit order
//   reversed and even parity, as the 2703's telegraph adapter delivers it; a read ends
//   with the carriage return.
// * IBM 2741 (ibm2741_code.hpp): the channel sees the 2741's line codes in EBCD or
//   correspondence code, with the upshift and downshift codes the typeball needs, one
//   shift state for both directions; RETURN sends NEW LINE and EOT (circle C), and a read
//   ends with the EOT. What the program writes is printed by the same codes.
// The terminal prints what is typed (local copy), so typed characters are echoed. The
// BREAK key (the 2741's ATTN) is a telnet BREAK or INTERRUPT PROCESS (IAC BRK, IAC IP): a
// read or prepare in progress ends with unit exception, a write with unit check
// (intervention required). Input that arrives with no command on the line raises
// attention once; after a BREAK's attention, input waits for the next command without
// another attention.
// SEND COM:n and EXPECT COM:n (SIMH's dev:line) put a script's terminal on line n: the
// line is connected while a script names it, SEND text is typed on it, and EXPECT sees
// what programs write to it (not the local copy of what was typed).
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <string>

#include "core/hostio/host_input.hpp"
#include "core/hostio/telnet_server.hpp"
#include "core/scheduler/scheduler.hpp"
#include "devices/ibm/channel_device.hpp"
#include "devices/ibm/ibm2741_code.hpp"

namespace simmon::ibm {

class Ibm2703;

class Ibm2703Line final : public ChannelDevice {
public:
    Ibm2703Line(Machine& machine, ChannelSubsystem& channels, Ibm2703& controller, int line, std::string name,
                std::uint16_t address);

    CommandResult start_command(std::uint8_t command, bool chained) override;
    std::uint8_t halt() override;
    void reset() override;

    // From the controller's poll.
    void service(bool connected, bool broke);
    void add_input(std::uint8_t c);
    bool wants_input() const;
    bool connected() const { return connected_ != 0; }

    // TTY line code: ASCII with even parity, bit order reversed.
    static std::uint8_t to_line(std::uint8_t ascii);
    static std::uint8_t from_line(std::uint8_t code);

    // The terminal on the line (a SET option).
    enum Terminal : std::uint8_t { kTeletype, k2741 };
    Terminal terminal() const { return static_cast<Terminal>(terminal_); }
    Code2741 code() const { return static_cast<Code2741>(code_); }

protected:
    std::string device_status() const override;
    void serialize_device(StateArchive& s) override;

private:
    enum Pending : std::uint8_t { kNone, kEnable, kPrepare, kRead };
    // Advances the waiting command; its ending status, or 0 while it still waits.
    std::uint8_t progress();
    // A read on a Teletype or a 2741 line: moves what was typed to the channel; true when
    // the read has ended.
    bool read_teletype();
    bool read_2741();
    void add_modifiers();

    Ibm2703& controller_;
    int line_;
    std::uint8_t pending_ = kNone;
    std::uint8_t connected_ = 0;
    std::uint8_t attention_given_ = 0;
    std::string input_;  // ASCII typed and not yet read
    std::uint8_t terminal_ = kTeletype;
    std::uint8_t code_ = static_cast<std::uint8_t>(Code2741::Ebcd);
    std::uint8_t upper_ = 0;  // a 2741's typeball is in upper case
    std::string codes_;       // 2741 line codes of a typed character not yet read
};

class Ibm2703 final : public Device {
public:
    static constexpr int kLines = 32;
    static constexpr SimTime kPollInterval = msec(10);
    static constexpr int kEventsPerPoll = 256;  // per line: a paste arrives over a few polls

    Ibm2703(Machine& machine, ChannelSubsystem& channels, std::uint16_t first_address);
    ~Ibm2703() override;

    Status attach(Unit& unit, const std::string& spec, const AttachOptions& options) override;
    Status detach(Unit& unit) override;
    std::string show_status() const override;
    void reset() override;

    // The lines, for the machine to adopt (created with the controller).
    std::array<std::unique_ptr<Ibm2703Line>, kLines>& lines() { return lines_; }
    TelnetServer& server() { return *server_; }
    // A character the program writes on line `i`: to the terminal, and to EXPECT rules on
    // the line (SIMH's EXPECT COM:i, core/hostio/host_input.hpp).
    void print(int i, std::uint8_t c);
    int listening_port() const { return server_->port(); }
    // A telnet client is connected to a line (a script's line is not one; a replay has no
    // sockets): the idle CPU then keeps wall time (Device::live_terminal).
    bool live_terminal() const override;
    void poll();
    // The connections the lines have been told of go; the next poll reports them again.
    void serialize(StateArchive& s) override;

private:
    // What the host offers line `i` now (connect, disconnect, BREAK, a character), for the
    // host-input boundary (core/hostio/host_input.hpp), so a session records and replays.
    HostEvent line_event(int i, bool data_wanted);

    std::unique_ptr<TelnetServer> server_;
    std::array<std::unique_ptr<Ibm2703Line>, kLines> lines_;
    std::array<Ibm2703Line*, kLines> line_ptrs_{};
    Scheduler::HandlerId poll_event_;
    std::array<HostInput::SourceId, kLines> sources_{};
    std::array<bool, kLines> carrier_{};  // connections the lines have been told of
};

}  // namespace simmon::ibm
