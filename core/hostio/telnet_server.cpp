// Telnet (RFC 854) server for terminal lines. Input passes through a small state machine
// that removes commands and option negotiation (including subnegotiation), turns IAC IAC
// into a data 0xFF and CR LF / CR NUL into a single CR, which is what a guest terminal
// driver expects from a real line. Nothing blocks: sockets are non-blocking and polled.
#include "core/hostio/telnet_server.hpp"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include "core/text/numbers.hpp"

namespace simmon {

namespace {

constexpr std::uint8_t kBreak = 243, kInterruptProcess = 244;
constexpr std::uint8_t kIac = 255, kDont = 254, kDo = 253, kWont = 252, kWill = 251, kSb = 250, kSe = 240;
constexpr std::uint8_t kOptBinary = 0, kOptEcho = 1, kOptSuppressGoAhead = 3;
constexpr std::size_t kMaxPendingOutput = 1 << 16;  // a client that stops reading loses output beyond this

enum TelnetState : int { Data = 0, AfterCr, Command, Option, Subnegotiation, SubnegotiationIac };

void send_all_best_effort(int fd, const void* data, std::size_t length) {
    (void)::send(fd, data, length, MSG_NOSIGNAL | MSG_DONTWAIT);
}

}  // namespace

TelnetServer::TelnetServer(int line_count) : lines_(static_cast<std::size_t>(line_count > 0 ? line_count : 1)) {}

TelnetServer::~TelnetServer() { close(); }

Status TelnetServer::listen(const std::string& spec) {
    close();
    std::string host = "127.0.0.1";
    std::string port_text = spec;
    if (auto colon = spec.rfind(':'); colon != std::string::npos) {
        host = spec.substr(0, colon);
        port_text = spec.substr(colon + 1);
        if (host.empty() || host == "*") host = "0.0.0.0";
        if (host == "localhost") host = "127.0.0.1";
    }
    std::uint64_t port = 0;
    if (!parse_number(port_text, Radix::Decimal, port) || port > 65535)
        return Status::error(fmt::format("invalid port {} (use PORT or ADDRESS:PORT)", spec));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    if (::inet_pton(AF_INET, host.c_str(), &address.sin_addr) != 1)
        return Status::error(fmt::format("invalid listen address {}", host));

    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return Status::error(fmt::format("cannot create a socket: {}", std::strerror(errno)));
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 || ::listen(fd, 8) != 0) {
        const int err = errno;
        ::close(fd);
        return Status::error(fmt::format("cannot listen on {}:{}: {}", host, port, std::strerror(err)));
    }
    // Port 0 asks the host for a free port; report the one it chose.
    sockaddr_in bound{};
    socklen_t bound_length = sizeof bound;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &bound_length) == 0) port = ntohs(bound.sin_port);

    listen_fd_ = fd;
    port_ = static_cast<int>(port);
    spec_ = spec;
    return Status::ok();
}

void TelnetServer::close() {
    for (int i = 0; i < line_count(); ++i) disconnect(i);
    if (listen_fd_ >= 0) ::close(listen_fd_);
    listen_fd_ = -1;
    port_ = 0;
    spec_.clear();
}

int TelnetServer::poll_accept() {
    if (listen_fd_ < 0) return -1;
    for (;;) {
        sockaddr_in from{};
        socklen_t from_length = sizeof from;
        const int fd = ::accept4(listen_fd_, reinterpret_cast<sockaddr*>(&from), &from_length, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) return -1;  // EAGAIN: nobody waiting (other errors: try again next poll)
        int free_line = -1;
        for (int i = 0; i < line_count(); ++i) {
            if (lines_[static_cast<std::size_t>(i)].fd < 0 && !lines_[static_cast<std::size_t>(i)].reserved) {
                free_line = i;
                break;
            }
        }
        if (free_line < 0) {
            static constexpr char kBusy[] = "All lines busy\r\n";
            send_all_best_effort(fd, kBusy, sizeof kBusy - 1);
            ::close(fd);
            continue;
        }
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        Line& line = lines_[static_cast<std::size_t>(free_line)];
        line = Line{};
        line.fd = fd;
        char text[INET_ADDRSTRLEN] = "?";
        ::inet_ntop(AF_INET, &from.sin_addr, text, sizeof text);
        line.peer = fmt::format("{}:{}", text, ntohs(from.sin_port));
        line.since = std::chrono::steady_clock::now();
        // We echo (the guest does), go-ahead is meaningless here, and 8-bit data passes.
        static constexpr std::uint8_t kGreeting[] = {kIac, kWill, kOptEcho,   kIac, kWill, kOptSuppressGoAhead,
                                                     kIac, kWill, kOptBinary, kIac, kDo,   kOptBinary};
        line.output.assign(std::begin(kGreeting), std::end(kGreeting));
        flush_output(line);
        return free_line;
    }
}

bool TelnetServer::connected(int line) const {
    return line >= 0 && line < line_count() && lines_[static_cast<std::size_t>(line)].fd >= 0;
}

int TelnetServer::read_char(int line_number) {
    if (!connected(line_number)) return -1;
    Line& line = lines_[static_cast<std::size_t>(line_number)];
    if (!line.output.empty()) flush_output(line);
    if (line.fd >= 0 && line.input_pos >= line.input.size()) fill_input(line);
    if (line.input_pos >= line.input.size()) return -1;
    return line.input[line.input_pos++];
}

void TelnetServer::write_char(int line_number, std::uint8_t c) {
    if (!connected(line_number)) return;
    Line& line = lines_[static_cast<std::size_t>(line_number)];
    if (line.output.size() + 2 > kMaxPendingOutput) {
        flush_output(line);
        if (line.output.size() + 2 > kMaxPendingOutput) return;
    }
    line.output.push_back(c);
    ++line.sent;
    if (c == kIac) line.output.push_back(kIac);
    flush_output(line);
}

void TelnetServer::disconnect(int line_number) {
    if (line_number < 0 || line_number >= line_count()) return;
    Line& line = lines_[static_cast<std::size_t>(line_number)];
    if (line.fd >= 0) ::close(line.fd);
    const bool reserved = line.reserved;
    line = Line{};
    line.reserved = reserved;
}

void TelnetServer::set_reserved(int line_number, bool reserved) {
    if (line_number < 0 || line_number >= line_count()) return;
    Line& line = lines_[static_cast<std::size_t>(line_number)];
    if (reserved && line.fd >= 0) disconnect(line_number);
    line.reserved = reserved;
}

std::string TelnetServer::peer(int line_number) const {
    return connected(line_number) ? lines_[static_cast<std::size_t>(line_number)].peer : std::string();
}

TelnetServer::LineStatistics TelnetServer::statistics(int line_number) const {
    if (!connected(line_number)) return {};
    const Line& line = lines_[static_cast<std::size_t>(line_number)];
    return {line.received, line.sent,
            std::chrono::duration<double>(std::chrono::steady_clock::now() - line.since).count()};
}

bool TelnetServer::take_break(int line_number) {
    if (line_number < 0 || line_number >= line_count()) return false;
    Line& line = lines_[static_cast<std::size_t>(line_number)];
    const bool pending = line.break_pending;
    line.break_pending = false;
    return pending;
}

void TelnetServer::fill_input(Line& line) {
    line.input.clear();
    line.input_pos = 0;
    std::uint8_t buffer[512];
    const ssize_t n = ::recv(line.fd, buffer, sizeof buffer, MSG_DONTWAIT);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
        // The client went away: free the line for the next caller.
        const int index = static_cast<int>(&line - lines_.data());
        disconnect(index);
        return;
    }
    if (n < 0) return;
    for (ssize_t i = 0; i < n; ++i) {
        const std::uint8_t b = buffer[i];
        switch (line.telnet_state) {
            case AfterCr:
                line.telnet_state = Data;
                if (b == 0 || b == '\n') break;  // CR NUL and CR LF both mean CR
                [[fallthrough]];
            case Data:
                if (b == kIac) {
                    line.telnet_state = Command;
                } else {
                    line.input.push_back(b);
                    ++line.received;
                    if (b == '\r') line.telnet_state = AfterCr;
                }
                break;
            case Command:
                if (b == kIac) {
                    line.input.push_back(kIac);
                    ++line.received;
                    line.telnet_state = Data;
                } else if (b >= kWill && b <= kDont) {
                    line.telnet_state = Option;
                } else if (b == kSb) {
                    line.telnet_state = Subnegotiation;
                } else {
                    if (b == kBreak || b == kInterruptProcess) line.break_pending = true;
                    line.telnet_state = Data;  // NOP, GA, AYT, BRK ...: no data
                }
                break;
            case Option:
                line.telnet_state = Data;  // the option byte; negotiation is not answered
                break;
            case Subnegotiation:
                if (b == kIac) line.telnet_state = SubnegotiationIac;
                break;
            case SubnegotiationIac:
                line.telnet_state = b == kSe ? Data : Subnegotiation;
                break;
            default:
                line.telnet_state = Data;
                break;
        }
    }
}

void TelnetServer::flush_output(Line& line) {
    if (line.fd < 0 || line.output.empty()) return;
    const ssize_t n = ::send(line.fd, line.output.data(), line.output.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return;
        disconnect(static_cast<int>(&line - lines_.data()));
        return;
    }
    line.output.erase(line.output.begin(), line.output.begin() + n);
}

}  // namespace simmon
