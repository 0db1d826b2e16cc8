#include "scp-console/console/telnet_console.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>

namespace simmon::scp {

Status TelnetConsole::open(const std::string& spec) {
    auto server = std::make_unique<TelnetServer>(1);
    if (Status s = server->listen(spec); !s) return Status::error(fmt::format("SET CONSOLE TELNET={}: {}", spec, s.message()));
    server_ = std::move(server);
    buffer_.clear();
    return Status::ok();
}

void TelnetConsole::close() {
    server_.reset();
    buffer_.clear();
}

void TelnetConsole::set_buffer(std::size_t size) {
    buffer_size_ = size;
    while (buffer_.size() > buffer_size_) buffer_.pop_front();
}

bool TelnetConsole::poll(std::deque<std::uint8_t>& typed) {
    if (!server_) return false;
    if (server_->poll_accept() == 0) {
        // What the guest printed while nobody watched comes first (BUFFERED).
        for (std::uint8_t c : buffer_) server_->write_char(0, c);
        buffer_.clear();
    }
    for (int n = 0; n < 256; ++n) {
        const int c = server_->read_char(0);
        if (c < 0) break;
        typed.push_back(static_cast<std::uint8_t>(c));
    }
    return server_->take_break(0);
}

Status TelnetConsole::open_log(const std::string& path) {
    if (path.empty()) return Status::error("SET CONSOLE TELNET=LOG= needs a file name");
    std::FILE* f = std::fopen(path.c_str(), "ab");
    if (!f) return Status::error(fmt::format("SET CONSOLE TELNET=LOG={}: cannot open: {}", path, std::strerror(errno)));
    log_.reset(f);
    log_path_ = path;
    return Status::ok();
}

void TelnetConsole::close_log() {
    log_.reset();
    log_path_.clear();
}

void TelnetConsole::flush_log() {
    if (log_) std::fflush(log_.get());
}

void TelnetConsole::write(std::uint8_t c) {
    if (!server_) return;
    if (log_) std::fputc(c, log_.get());
    if (server_->connected(0)) {
        server_->write_char(0, c);
        return;
    }
    if (buffer_size_ == 0) return;
    if (buffer_.size() >= buffer_size_) buffer_.pop_front();  // wraps, as SIMH's does
    buffer_.push_back(c);
}

std::string TelnetConsole::describe() const {
    if (!server_) return "console on this terminal";
    std::string out = fmt::format("console on telnet port {}", server_->port());
    out += buffer_size_ ? fmt::format(", buffered ({} bytes)", buffer_size_) : std::string(", unbuffered");
    out += connected() ? fmt::format(", connected from {}", server_->peer(0)) : std::string(", no client");
    out += log_ ? ", logged to " + log_path_ : std::string(", no log");
    return out;
}

}  // namespace simmon::scp
