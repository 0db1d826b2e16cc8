// The host side of a DEC terminal multiplexer's lines, the same for the DZ11/DZV11 and
// the DHV11: every line is a telnet connection (core/hostio/telnet_server.hpp) on the
// device's port (ATTACH dev 2323, or addr:2323) or on a port of its own (ATTACH dev
// LINE=n,port, SIMH's form); each line is a host-input source (DZ0 ..., VH0 ...,
// core/hostio/host_input.hpp), so connections, hang-ups and characters reach the guest
// only at the device's scans and a session can be recorded and replayed. The guest sees a
// connection as carrier once a scan has delivered it.
// The SET/SHOW options every multiplexer has live here too: 8B/7B/7P (what the host side
// passes), LOG=n=file, NOLOG=n, DISCONNECT=n, CONNECTIONS, STATISTICS.
// The registers, the silo or FIFO and the transmitters are the device's own.
#pragma once
#include <array>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/hostio/host_input.hpp"
#include "core/hostio/telnet_server.hpp"
#include "core/machine/device.hpp"
#include "core/machine/modifier.hpp"

namespace simmon::dec {

class TerminalLines {
public:
    static constexpr int kMaxLines = 8;

    // `device` names the sources ("DZ" -> DZ0 ...) and logs connections under its debug
    // flag `debug_connect` (a mask bit).
    TerminalLines(Device& device, int lines, std::uint32_t debug_connect);
    ~TerminalLines();
    TerminalLines(const TerminalLines&) = delete;
    TerminalLines& operator=(const TerminalLines&) = delete;

    int count() const { return count_; }
    // 8B/7B/7P, LOG, NOLOG, DISCONNECT, CONNECTIONS, STATISTICS for the device's table.
    std::vector<Modifier> modifiers();

    // ATTACH dev port | LINE=n,port, and DETACH.
    Status attach(Unit& unit, const std::string& spec);
    void detach();
    bool listening() const;
    // The device polls while a port listens or SEND text waits on a line (SEND DZ:3 "..."):
    // `wake` (the device's) starts its poll when SEND queues text.
    bool active() const;
    void set_wake(std::function<void()> wake) { wake_ = std::move(wake); }
    int port() const { return server_->port(); }
    int line_port(int line) const;  // its own port (LINE=n,port) or the device's

    bool connected(int line) const;
    void hang_up(int line, const char* why);
    // A character the guest sends on `line`: through the 8B/7B/7P filter, to the client,
    // the line's log and EXPECT rules on the line.
    void transmit(int line, std::uint8_t c);

    // The connections the guest has seen (bit per line); the device's modem signals
    // follow it. Saved with the device.
    std::uint8_t& carrier() { return carrier_; }
    std::uint8_t carrier() const { return carrier_; }
    bool carrier(int line) const { return (carrier_ >> line) & 1; }

    // One scan: takes new connections, then for each line up to `max_events` host events:
    // connection changes always, characters while `data_wanted(line)`. `deliver` gets
    // each (characters already filtered by 7B/7P); carrier() is updated before it is
    // called.
    void poll(std::size_t max_events, const std::function<bool(int line)>& data_wanted,
              const std::function<void(int line, const HostEvent& event)>& deliver);

    std::string show_status() const;

private:
    enum class CharMode : std::uint8_t { SevenPrinting, SevenBit, EightBit };
    HostEvent line_event(int line, bool data_wanted);  // the live side of source DZn
    TelnetServer& server_of(int line, int& index) const;
    Status attach_line(Unit& unit, std::string_view spec);
    std::string describe(bool statistics) const;
    void add_log_modifiers(std::vector<Modifier>& out);

    Device& device_;
    const int count_;
    const std::uint32_t debug_connect_;
    std::unique_ptr<TelnetServer> server_;
    std::array<std::unique_ptr<TelnetServer>, kMaxLines> line_servers_;
    std::array<HostInput::SourceId, kMaxLines> sources_{};
    std::function<void()> wake_;
    std::uint8_t carrier_ = 0;
    CharMode mode_ = CharMode::EightBit;
    struct LineLog {
        std::FILE* file = nullptr;
        std::string path;
    };
    std::array<LineLog, kMaxLines> logs_;
};

}  // namespace simmon::dec
