// A telnet client on 127.0.0.1 for the 2703 tests: connects to a line's port, types, and
// collects what arrives within a bounded wait with telnet negotiation bytes dropped.
#pragma once
#include <catch2/catch.hpp>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

namespace simmon::ibm::test {

class Client {
public:
    explicit Client(int port) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<std::uint16_t>(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    }
    ~Client() {
        if (fd_ >= 0) ::close(fd_);
    }
    bool connected() const { return connected_; }
    void send(const std::string& s) { REQUIRE(::send(fd_, s.data(), s.size(), 0) == static_cast<ssize_t>(s.size())); }
    // Everything that arrives within a bounded wait, without telnet negotiation bytes.
    std::string receive_text(std::size_t want) {
        std::string out;
        for (int tries = 0; tries < 50 && out.size() < want; ++tries) {
            pollfd p{fd_, POLLIN, 100};
            if (::poll(&p, 1, 100) <= 0) continue;
            unsigned char buffer[256];
            const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
            if (n <= 0) break;
            for (ssize_t i = 0; i < n; ++i) {
                if (buffer[i] == 0xFF) {
                    i += 2;  // IAC verb option
                    continue;
                }
                out += static_cast<char>(buffer[i]);
            }
        }
        return out;
    }

private:
    int fd_ = -1;
    bool connected_ = false;
};

}  // namespace simmon::ibm::test
