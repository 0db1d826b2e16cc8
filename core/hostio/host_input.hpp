// The one boundary where the host reaches the guest. Everything the guest can learn from
// the outside world comes through here: the operator console's keys (the host keyboard
// and SEND text, behind Machine::console()), telnet lines on a terminal multiplexer, and
// later network frames and a debugger port. Each is a named source that a device takes
// from at its own scheduled points in simulated time (a DL11's keyboard poll, a DZ11's
// scan), so what the guest sees depends only on simulated time, never on when the host
// happened to deliver it.
//
// Because every byte crosses here, a session can be recorded and replayed exactly:
// recording writes each event the guest took with the time and instruction count at which
// it took it (host_input_log.hpp); replaying hands the guest the same events at the same
// times and ignores live input on the recorded sources, and stops the run at the time the
// recording ended. The replay's end is the one host-input event in the machine's queue
// (REPLAY-END, saved by name like every event); host polling (keyboard, SIGINT) runs from
// the run loop and never enters the queue (docs/architecture.md, "Host input").
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/hostio/host_event.hpp"
#include "core/hostio/host_input_log.hpp"
#include "core/machine/status.hpp"
#include "core/scheduler/scheduler.hpp"

namespace simmon {

class Machine;

class HostInput {
public:
    using SourceId = std::uint32_t;
    // The operator console, always source 0; its live side is Machine::console().
    static constexpr SourceId kConsole = 0;
    // What a live source offers now, without blocking. `data_wanted` false: the device
    // cannot take a byte at the moment (buffer full, receiver off), only a connection change.
    using LiveSource = std::function<HostEvent(bool data_wanted)>;

    explicit HostInput(Machine& machine);
    ~HostInput();
    HostInput(const HostInput&) = delete;
    HostInput& operator=(const HostInput&) = delete;

    // Devices add their sources when the machine is built ("DZ0" ... "DZ7"); names are
    // unique within the machine. `wake`, when given, makes the device poll the source
    // soon (a multiplexer that polls only while a port listens): SEND text arrived.
    SourceId add_source(std::string name, LiveSource live, std::function<void()> wake = {});
    const std::vector<std::string>& source_names() const { return names_; }
    SourceId find_source(const std::string& name) const;  // kNoSource when unknown
    static constexpr SourceId kNoSource = ~SourceId{0};

    // From a device's scheduled poll: the next event for `source`, or none. Recorded when
    // recording; from the log (live input drained and dropped) when the source is replayed.
    HostEvent take(SourceId source, bool data_wanted = true);

    // SIMH's SEND and EXPECT on a terminal line other than the console (SEND DZ:3 "...",
    // EXPECT DZ:3 "..."): the SCP puts a script on the line's source. take() hands the
    // guest the script's text before live input, as typed on the line, and the device
    // shows the script every character it sends on the line (line_output). The console's
    // SEND and EXPECT stay with Machine::console().
    class LineScript {
    public:
        virtual ~LineScript() = default;
        virtual int next_byte(SimTime now) = 0;      // text due at `now`, or -1
        virtual bool waiting() const = 0;           // text queued, due or not
        virtual void output(std::uint8_t c) = 0;     // a character the guest sent on the line
    };
    void set_script(SourceId source, LineScript* script);  // nullptr: none
    // SEND queued text: the device polls the line soon (`wake`).
    void wake(SourceId source);
    // True while the line's script has text to hand over: a device that polls only while
    // a port listens keeps polling for it.
    bool script_waiting(SourceId source) const {
        return source < scripts_.size() && scripts_[source] && scripts_[source]->waiting();
    }
    // A script is on the line: a line that needs a terminal there (the 2703's enable) has
    // one while a SEND or EXPECT names it.
    bool has_script(SourceId source) const { return source < scripts_.size() && scripts_[source]; }
    // From the device, for every character the guest sends on the line's terminal.
    void line_output(SourceId source, std::uint8_t c) {
        if (source < scripts_.size() && scripts_[source]) scripts_[source]->output(c);
    }

    // From the run loop every so often, outside the event queue: the host side reads its
    // keyboard and notices WRU and SIGINT (ConsolePort::poll_host).
    void poll_host();
    // At the end of each run: recorded events reach the file.
    void end_run();

    // SET CONSOLE RECORD=file: from now on (an open recording is finished first).
    Status start_recording(const std::string& path);
    // SET CONSOLE NORECORD, and when the machine goes away: writes the end line.
    Status stop_recording();
    // SET CONSOLE REPLAY=file: checks the whole log, that it was made on this machine, that
    // this machine has its sources and is at its start time; then replays from now.
    Status start_replay(const std::string& path);
    void stop_replay();

    bool recording() const { return writer_.is_open(); }
    bool replaying() const { return replaying_; }
    // SHOW CONSOLE: "recording input to FILE (N events)", "replaying FILE (...)", or
    // "no input recording", "no replay".
    std::string describe_recording() const;
    std::string describe_replay() const;

private:
    // What the host side offers now: the line's script first, then the live source.
    HostEvent offer(SourceId source, bool data_wanted);
    void replay_end_event();
    void diverged(const std::string& why);
    std::uint64_t instructions() const;

    Machine& machine_;
    std::vector<std::string> names_;
    std::vector<LiveSource> live_;
    std::vector<std::function<void()>> wake_;
    std::vector<LineScript*> scripts_;  // per source id; the SCP owns them
    Scheduler::HandlerId end_event_;

    HostInputLogWriter writer_;
    SimTime last_recorded_ = 0;
    std::uint64_t last_recorded_instructions_ = 0;
    std::string record_note_;  // why a recording ended by itself, for SHOW CONSOLE

    bool replaying_ = false;
    std::string replay_path_;
    HostInputLog replay_;
    std::vector<bool> replayed_;                      // per source id: taken from the log
    std::vector<std::vector<std::uint32_t>> queues_;  // per source id: record indexes
    std::vector<std::size_t> next_;                   // per source id: next in its queue
    std::size_t delivered_ = 0;
};

}  // namespace simmon
