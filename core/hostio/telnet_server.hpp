// A listening TCP port that serves guest terminal lines with the telnet protocol.
// Everything is non-blocking and polled from the owning device's scheduled events:
// no host thread touches machine state. Binds 127.0.0.1 unless an address is given
// ("2323" or "0.0.0.0:2323"). Telnet negotiation is answered minimally (WILL ECHO,
// WILL SUPPRESS-GO-AHEAD, binary) and any IAC sequence is stripped from input, so a
// client that sends garbage cannot confuse the guest or the server.
#pragma once
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "core/machine/status.hpp"

namespace simmon {

class TelnetServer {
public:
    explicit TelnetServer(int line_count);
    ~TelnetServer();
    TelnetServer(const TelnetServer&) = delete;
    TelnetServer& operator=(const TelnetServer&) = delete;

    // Parses "port" or "addr:port" and starts listening.
    Status listen(const std::string& spec);
    void close();  // drops all connections
    bool listening() const { return listen_fd_ >= 0; }
    const std::string& spec() const { return spec_; }
    int port() const { return port_; }

    // Accepts waiting connections onto free lines (greeting them); returns the line that
    // got a new connection, or -1.
    int poll_accept();
    bool connected(int line) const;
    // Next input byte on `line`, or -1 (after telnet commands are removed).
    int read_char(int line);
    // Queues one byte for `line` (doubling IAC); dropped silently when not connected.
    void write_char(int line, std::uint8_t c);
    void disconnect(int line);
    // True once after the client sent a telnet BREAK or INTERRUPT PROCESS (IAC BRK,
    // IAC IP) on `line`: the terminal's BREAK or ATTN key, which line devices present.
    bool take_break(int line);

    int line_count() const { return static_cast<int>(lines_.size()); }

    // A reserved line takes no caller from this port (it listens on a port of its own).
    void set_reserved(int line, bool reserved);
    // SHOW CONNECTIONS and STATISTICS: the client's address ("127.0.0.1:40312"), and the
    // bytes that went each way and how long ago it connected (host time).
    struct LineStatistics {
        std::uint64_t received = 0;  // data bytes from the client (telnet commands removed)
        std::uint64_t sent = 0;      // bytes to the client
        double seconds = 0;          // since it connected
    };
    std::string peer(int line) const;
    LineStatistics statistics(int line) const;

private:
    struct Line {
        int fd = -1;
        std::vector<std::uint8_t> input;  // decoded bytes waiting
        std::size_t input_pos = 0;
        int telnet_state = 0;             // IAC parser state
        bool break_pending = false;       // IAC BRK or IAC IP seen
        std::vector<std::uint8_t> output;  // bytes the socket would not take yet
        bool reserved = false;
        std::string peer;
        std::uint64_t received = 0;
        std::uint64_t sent = 0;
        std::chrono::steady_clock::time_point since{};
    };
    void fill_input(Line& line);
    void flush_output(Line& line);

    std::vector<Line> lines_;
    int listen_fd_ = -1;
    int port_ = 0;
    std::string spec_;
};

}  // namespace simmon
