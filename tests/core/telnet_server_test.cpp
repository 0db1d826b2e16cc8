// A loopback client in the same thread talks to the server. Reads poll with a bounded
// number of retries (the kernel delivers loopback data promptly), never a timed assertion.
#include <catch2/catch.hpp>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "core/hostio/telnet_server.hpp"

using namespace simmon;

namespace {

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
    ~Client() { close(); }
    void close() {
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
    }
    bool connected() const { return connected_; }
    void send(std::initializer_list<int> bytes) {
        std::vector<std::uint8_t> v;
        for (int b : bytes) v.push_back(static_cast<std::uint8_t>(b));
        REQUIRE(::send(fd_, v.data(), v.size(), 0) == static_cast<ssize_t>(v.size()));
    }
    // Reads until `count` bytes arrived or the peer closed (bounded wait).
    std::vector<std::uint8_t> receive(std::size_t count) {
        std::vector<std::uint8_t> out;
        while (out.size() < count) {
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, 5000) <= 0) break;
            std::uint8_t buffer[256];
            const ssize_t n = ::recv(fd_, buffer, std::min(sizeof buffer, count - out.size()), 0);
            if (n <= 0) break;
            out.insert(out.end(), buffer, buffer + n);
        }
        return out;
    }
    bool peer_closed() {
        pollfd p{fd_, POLLIN, 0};
        if (::poll(&p, 1, 5000) <= 0) return false;
        std::uint8_t b;
        return ::recv(fd_, &b, 1, 0) == 0;
    }

private:
    int fd_ = -1;
    bool connected_ = false;
};

int accept_line(TelnetServer& server) {
    for (int i = 0; i < 500; ++i) {
        const int line = server.poll_accept();
        if (line >= 0) return line;
        ::usleep(1000);
    }
    return -1;
}

// Collects decoded input until `count` bytes arrived.
std::vector<int> read_line_input(TelnetServer& server, int line, std::size_t count) {
    std::vector<int> out;
    for (int i = 0; i < 5000 && out.size() < count; ++i) {
        const int c = server.read_char(line);
        if (c >= 0)
            out.push_back(c);
        else
            ::usleep(1000);
    }
    return out;
}

constexpr int IAC = 255;

}  // namespace

TEST_CASE("telnet listen parses the spec", "[telnet]") {
    TelnetServer server(1);
    CHECK_FALSE(server.listen("notaport").is_ok());
    CHECK_FALSE(server.listen("70000").is_ok());
    CHECK_FALSE(server.listen("999.1.1.1:23").is_ok());
    REQUIRE(server.listen("127.0.0.1:0").is_ok());
    CHECK(server.listening());
    CHECK(server.port() > 0);
    CHECK(server.spec() == "127.0.0.1:0");
    server.close();
    CHECK_FALSE(server.listening());
}

TEST_CASE("telnet connection: greeting, data both ways, IAC handling", "[telnet]") {
    TelnetServer server(2);
    REQUIRE(server.listen("0").is_ok());
    CHECK(server.poll_accept() == -1);
    Client client(server.port());
    REQUIRE(client.connected());
    const int line = accept_line(server);
    REQUIRE(line == 0);
    CHECK(server.connected(0));
    CHECK_FALSE(server.connected(1));

    // The greeting offers echo and suppress-go-ahead.
    const auto greeting = client.receive(12);
    REQUIRE(greeting.size() == 12);
    CHECK(greeting[0] == IAC);
    CHECK(greeting[1] == 251);
    CHECK(greeting[2] == 1);
    CHECK(greeting[4] == 251);
    CHECK(greeting[5] == 3);

    // Negotiation, a subnegotiation (with an escaped IAC inside), IAC IAC as data,
    // CR LF and CR NUL both as a lone CR.
    client.send({'A', IAC, 253, 1, 'B', IAC, 250, 24, 0, IAC, IAC, 'x', IAC, 240, IAC, IAC, 'C', '\r', '\n', 'D',
                 '\r', 0, 'E', IAC, 241, '\r', '\r', 'F'});
    const auto in = read_line_input(server, line, 11);
    CHECK(in == std::vector<int>{'A', 'B', 0xFF, 'C', '\r', 'D', '\r', 'E', '\r', '\r', 'F'});
    CHECK(server.read_char(line) == -1);

    // Output doubles IAC.
    server.write_char(line, 'o');
    server.write_char(line, 0xFF);
    server.write_char(line, 'k');
    CHECK(client.receive(4) == std::vector<std::uint8_t>{'o', 0xFF, 0xFF, 'k'});
    server.write_char(1, 'z');  // not connected: dropped

    // The client leaving frees the line.
    client.close();
    for (int i = 0; i < 5000 && server.connected(line); ++i) {
        server.read_char(line);
        if (server.connected(line)) ::usleep(1000);
    }
    CHECK_FALSE(server.connected(line));
    CHECK(server.read_char(line) == -1);
}

TEST_CASE("telnet refuses connections beyond the line count", "[telnet]") {
    TelnetServer server(1);
    REQUIRE(server.listen("127.0.0.1:0").is_ok());
    Client first(server.port());
    REQUIRE(accept_line(server) == 0);
    Client second(server.port());
    REQUIRE(second.connected());
    std::vector<std::uint8_t> busy;
    for (int i = 0; i < 500 && busy.empty(); ++i) {
        CHECK(server.poll_accept() == -1);
        busy = second.receive(16);
    }
    CHECK(std::string(busy.begin(), busy.end()) == "All lines busy\r\n");
    CHECK(second.peer_closed());
    CHECK(server.connected(0));

    // disconnect() frees the line for a new caller.
    server.disconnect(0);
    CHECK(first.receive(100).size() == 12);  // greeting, then EOF
    Client third(server.port());
    CHECK(accept_line(server) == 0);
}
