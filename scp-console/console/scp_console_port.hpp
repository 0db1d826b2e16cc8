// The SCP's side of the guest operator console (Machine::console()), the live side of the
// CONSOLE host-input source (core/hostio/host_input.hpp). Input comes from SEND text
// first, then from the host keyboard; the WRU character typed on the keyboard stops the
// simulation. The keyboard is read from the run loop (poll_host), outside the guest's
// event queue, and when the guest's console device takes a character. Output goes to the user's stream and log and is matched against
// the EXPECT rules.
#pragma once
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/hostio/console_port.hpp"
#include "core/machine/status.hpp"
#include "core/machine/types.hpp"
#include "scp-console/console/expect_matcher.hpp"
#include "scp-console/console/line_script.hpp"
#include "scp-console/console/send_queue.hpp"
#include "scp-console/console/telnet_console.hpp"

namespace simmon {
class Machine;
}

namespace simmon::scp {

class Output;
class HostTerminal;

class ScpConsolePort final : public ConsolePort {
public:
    static constexpr int kDefaultWru = 005;         // Ctrl-E, as in SIMH

    explicit ScpConsolePort(Output& out) : out_(out) {}

    // Becomes `machine`'s console, reading the keyboard through `host` (none: no keyboard).
    void bind(Machine& machine, HostTerminal* host);
    void unbind();  // before the machine is destroyed

    int read_char() override;
    HostEvent read_event() override;
    void write_char(std::uint8_t c) override;
    // Keyboard and SIGINT, between slices of a run (Machine::run, HostInput::poll_host).
    void poll_host() override;

    // RESET and BOOT: keys typed while the guest was not reading its console belong to
    // the program that is gone (SIMH drops them too). SEND text stays: scripts queue it
    // before BOOT on purpose.
    void discard_typeahead() { typed_.clear(); }

    ExpectMatcher& expects() { return expects_; }
    SendQueue& sends() { return sends_; }
    // SEND and EXPECT on another terminal line, named as SIMH does ("DZ:3", "VH:0"): the
    // line's script, made on first use (line_script.hpp); an error names the lines there are.
    Status line(std::string_view spec, LineScript*& out);
    // The lines that have had a SEND or EXPECT, in the order first used.
    std::vector<LineScript*> lines() const;
    // After RESTORE or REVERT put back a queue without the lines' polls: the devices of
    // lines with SEND text waiting poll again.
    void wake_lines();
    // The first EXPECT rule still waiting, on the console or a line ("" when none).
    std::string first_pending_expect() const;
    int wru() const { return wru_; }
    void set_wru(int c) { wru_ = c; }
    // SET CONSOLE BRK=n: the key the guest receives as a BREAK (0: none, SIMH's default).
    int brk() const { return brk_; }
    void set_brk(int c) { brk_ = c; }
    // SET CONSOLE SPEED=n: typed input (keyboard, telnet) reaches the guest no faster than
    // a line at n baud would carry it, 10 bits a character of simulated time (0: at once).
    std::uint32_t speed() const { return speed_; }
    void set_speed(std::uint32_t baud) { speed_ = baud; }
    // SET CONSOLE TELNET=port, BUFFERED, NOTELNET.
    TelnetConsole& telnet() { return telnet_; }
    // Before a run: an unbuffered telnet console waits for its client (SIMH does); SIGINT
    // gives up with an error.
    Status wait_for_telnet_client();

    // Around Machine::run: starts/stops host keyboard polling and raw mode.
    void begin_run();
    void end_run();
    // True once after the user typed WRU or sent SIGINT, even when the run had already
    // stopped for another reason: a chain of runs (BREAK actions that CONTINUE, each run
    // shorter than a keyboard poll) must still end when the user asks. Cleared by forget_user_stop.
    bool take_user_stop();
    void forget_user_stop() { user_stop_ = false; }
    // After an ExpectMatched stop: the HALTAFTER instructions still to run, once.
    std::uint64_t take_halt_after();

private:
    void take_host_byte(int c);
    // An EXPECT rule fired on the console or a line: the run stops, HALTAFTER counted.
    void expect_fired(const ExpectFired& fired);
    void drop_lines();
    void poll_telnet();
    static constexpr int kBreakMark = -2;  // in typed_: the BREAK key

    Output& out_;
    Machine* machine_ = nullptr;
    HostTerminal* host_ = nullptr;
    ExpectMatcher expects_;
    SendQueue sends_;
    int wru_ = kDefaultWru;
    std::deque<int> typed_;  // keyboard and telnet bytes (or kBreakMark) the guest has not read yet
    TelnetConsole telnet_;
    struct ScriptedLine {
        HostInput::SourceId source;
        std::unique_ptr<LineScript> script;
    };
    std::vector<ScriptedLine> lines_;  // registered with the bound machine's HostInput
    int brk_ = 0;
    std::uint32_t speed_ = 0;
    SimTime next_typed_at_ = 0;  // SPEED: when the next typed byte may go
    std::uint64_t halt_after_ = 0;  // of the rule that stopped the run
    bool stop_requested_ = false;  // a WRU/SIGINT stop is on its way
    bool running_ = false;         // between begin_run and end_run
    bool user_stop_ = false;       // WRU/SIGINT seen, for take_user_stop
};

}  // namespace simmon::scp
