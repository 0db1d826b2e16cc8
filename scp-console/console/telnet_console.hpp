// The operator console over telnet (SIMH's SET CONSOLE TELNET=port): the guest's console
// output goes to one telnet client instead of the user's terminal, and what the client
// types is console input. BUFFERED keeps the output while no client is connected (the
// last `size` bytes) and hands it to the next client; without it a run waits for a
// client before it starts. TELNET=LOG=file copies what the guest prints on the telnet
// console to a file (SIMH's, appended), whether a client is there or not. Polled from the
// run loop like the keyboard; nothing blocks.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <memory>
#include <string>

#include "core/hostio/telnet_server.hpp"
#include "core/machine/status.hpp"

namespace simmon::scp {

class TelnetConsole {
public:
    static constexpr std::size_t kDefaultBuffer = 32768;  // SIMH's default

    Status open(const std::string& spec);  // "port" or "address:port"
    void close();
    bool active() const { return server_ != nullptr; }
    bool connected() const { return server_ && server_->connected(0); }
    int port() const { return server_ ? server_->port() : 0; }

    // TELNET=LOG=file (appended) and TELNET=NOLOG.
    Status open_log(const std::string& path);
    void close_log();
    const std::string& log_path() const { return log_path_; }
    // End of a run: what the log holds reaches the file.
    void flush_log();

    // BUFFERED[=size] (0: UNBUFFERED).
    void set_buffer(std::size_t size);
    std::size_t buffer_size() const { return buffer_size_; }

    // Takes a waiting client (handing it the buffered output) and appends what the client
    // typed to `typed`; true when the client sent a telnet BREAK.
    bool poll(std::deque<std::uint8_t>& typed);
    void write(std::uint8_t c);

    std::string describe() const;

private:
    struct FileCloser {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    std::unique_ptr<std::FILE, FileCloser> log_;
    std::string log_path_;
    std::unique_ptr<TelnetServer> server_;
    std::size_t buffer_size_ = 0;
    std::deque<std::uint8_t> buffer_;  // output while nobody is connected (BUFFERED)
};

}  // namespace simmon::scp
