// For the terminal multiplexer tests (DZ11, DHV11): a telnet client on 127.0.0.1, a free
// port to attach to, and a loop that runs the machine until the sockets have delivered.
#pragma once
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <random>
#include <string>
#include <thread>

#include "tests/devices/device_test_support.hpp"

namespace simmon::test {

// Listens on some free port between 20000 and 60000.
template <typename Mux>
int attach_somewhere(Mux& dz) {
    std::mt19937 rng(static_cast<unsigned>(::getpid()));
    for (int attempt = 0; attempt < 50; ++attempt) {
        int port = 20000 + static_cast<int>(rng() % 40000);
        if (dz.attach(*dz.units()[0], std::to_string(port), {})) return port;
    }
    FAIL("no free port");
    return -1;
}

class Client {
public:
    explicit Client(int port) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<std::uint16_t>(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    }
    ~Client() { close(); }
    void close() {
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
    }
    void send(const std::string& s) { REQUIRE(::send(fd_, s.data(), s.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(s.size())); }
    // Hangs up with a TCP reset instead of an orderly close, as a crashed client does.
    void reset() {
        linger l{1, 0};
        ::setsockopt(fd_, SOL_SOCKET, SO_LINGER, &l, sizeof l);
        close();
    }
    // Collects what arrives; true once the server has closed the connection.
    bool read_until_closed(std::string& out) {
        char buf[256];
        for (;;) {
            ssize_t n = ::recv(fd_, buf, sizeof buf, MSG_DONTWAIT);
            if (n == 0) return true;
            if (n < 0) return errno == ECONNRESET;
            out.append(buf, static_cast<std::size_t>(n));
        }
    }
    // True once the server has closed the connection (after any data it sent).
    bool closed_by_server() {
        char buf[256];
        for (;;) {
            ssize_t n = ::recv(fd_, buf, sizeof buf, MSG_DONTWAIT);
            if (n == 0) return true;
            if (n < 0) return false;
        }
    }
    // Everything received so far (non-blocking).
    std::string drain() {
        std::string out;
        char buf[256];
        for (;;) {
            ssize_t n = ::recv(fd_, buf, sizeof buf, MSG_DONTWAIT);
            if (n <= 0) break;
            out.append(buf, static_cast<std::size_t>(n));
        }
        return out;
    }

private:
    int fd_ = -1;
};

// Runs the machine (and so the DZ poll) until `done` or a generous number of polls; host
// sockets deliver asynchronously, so the test waits for the data, not for a time.
template <typename Pred>
bool poll_until(DeviceTestMachine& m, Pred done) {
    for (int i = 0; i < 2000; ++i) {
        if (done()) return true;
        m.advance(msec(1));  // the multiplexers' network poll
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return done();
}

}  // namespace simmon::test
