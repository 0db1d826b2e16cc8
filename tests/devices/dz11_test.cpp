#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <memory>
#include <random>
#include <stdexcept>
#include <thread>

#include <fmt/format.h>

#include "devices/dec/dz11.hpp"
#include "tests/devices/device_test_support.hpp"
#include "tests/devices/mux_test_support.hpp"

using namespace simmon;
using namespace simmon::dec;
using namespace simmon::test;

namespace {
constexpr std::uint32_t CSR = 0760100, RBUF = 0760102, LPR = 0760102, TCR = 0760104, MSR = 0760106, TDR = 0760106;
constexpr std::uint16_t kMse = 040, kRie = 0100, kTie = 040000, kTrdy = 0100000, kRdone = 0200;

void set_up_line0(Dz11& dz) {
    wr(dz, CSR, kMse | kRie | kTie);
    wr(dz, LPR, 010000 | 016 << 8 | 030 | 0);  // line 0: receiver on, 9600 baud, 8-bit characters
    wr(dz, TCR, 0401);              // DTR and line enable for line 0
}
}  // namespace

TEST_CASE("DZ11 line echo through a telnet client on the loopback interface", "[dz11]") {
    DeviceTestMachine m;
    auto& dz = m.add<Dz11>();
    int port = attach_somewhere(dz);
    CHECK(dz.units()[0]->attach_text() == std::to_string(port));
    Client client(port);
    REQUIRE(poll_until(m, [&] { return (rd(dz, MSR) & 0400) != 0; }));  // carrier on line 0
    set_up_line0(dz);

    client.send("hi!");
    std::string received;
    // The guest's job, done here: take each character from the silo and send it back.
    REQUIRE(poll_until(m, [&] {
        while (rd(dz, CSR) & kRdone) {
            std::uint16_t rb = rd(dz, RBUF);
            REQUIRE((rb & 0100000) != 0);     // data valid
            REQUIRE(((rb >> 8) & 7) == 0);    // line 0
            received.push_back(static_cast<char>(rb & 0377));
            REQUIRE(m.fake_bus().pending("DZ-RX") == ((rd(dz, CSR) & kRdone) != 0));
            m.fake_bus().acknowledge("DZ-RX");
            for (int i = 0; i < 200 && !(rd(dz, CSR) & kTrdy); ++i) m.advance(usec(10));  // 1.04 ms a character
            REQUIRE((rd(dz, CSR) & kTrdy) != 0);
            REQUIRE(((rd(dz, CSR) >> 8) & 7) == 0);  // TLINE
            wr(dz, TDR, rb & 0377);
        }
        return received.size() == 3;
    }));
    CHECK(received == "hi!");
    CHECK(m.fake_bus().line("DZ-RX").vector == 0300);
    CHECK(m.fake_bus().line("DZ-TX").vector == 0304);

    std::string echoed;
    REQUIRE(poll_until(m, [&] {
        echoed += client.drain();
        return echoed.find("hi!") != std::string::npos;
    }));
}

TEST_CASE("DZ11 survives garbage from a client and notices the hang-up", "[dz11]") {
    DeviceTestMachine m;
    auto& dz = m.add<Dz11>();
    int port = attach_somewhere(dz);
    Client client(port);
    REQUIRE(poll_until(m, [&] { return (rd(dz, MSR) & 0400) != 0; }));
    set_up_line0(dz);

    std::mt19937 rng(12345);
    std::string junk;
    for (int i = 0; i < 4000; ++i) junk.push_back(static_cast<char>(rng() & 0xFF));
    junk += "\xFF\xFA\x18";  // an unfinished subnegotiation at the end
    client.send(junk);
    std::size_t got = 0;
    poll_until(m, [&] {
        while (rd(dz, CSR) & kRdone) {
            REQUIRE((rd(dz, RBUF) & 0100000) != 0);
            ++got;
        }
        return got > 3000;  // most bytes are data; telnet commands were stripped
    });
    CHECK(got > 0);
    CHECK(rd(dz, RBUF) == 0);  // empty silo reads no valid data

    client.close();
    REQUIRE(poll_until(m, [&] {  // the guest keeps reading; the line drops once the data is gone
        while (rd(dz, CSR) & kRdone) rd(dz, RBUF);
        return (rd(dz, MSR) & 0400) == 0;
    }));
}

TEST_CASE("DZ11 dropping DTR hangs up, the silo alarm counts sixteen characters", "[dz11]") {
    DeviceTestMachine m;
    auto& dz = m.add<Dz11>();
    int port = attach_somewhere(dz);
    Client client(port);
    REQUIRE(poll_until(m, [&] { return (rd(dz, MSR) & 0400) != 0; }));
    set_up_line0(dz);
    wr(dz, CSR, kMse | kRie | 010000);  // silo alarm enable: interrupt per 16 characters
    client.send("0123456789abcdef");
    REQUIRE(poll_until(m, [&] { return (rd(dz, CSR) & 020000) != 0; }));  // SA
    CHECK(m.fake_bus().pending("DZ-RX"));
    CHECK((rd(dz, RBUF) & 0377) == '0');
    CHECK((rd(dz, CSR) & 020000) == 0);  // reading RBUF restarts the count

    wr(dz, TCR, 0001);  // DTR off for line 0
    CHECK((rd(dz, MSR) & 0400) == 0);
    REQUIRE(poll_until(m, [&] { return client.closed_by_server(); }));
}

TEST_CASE("DZ11 attach refuses a bad port and detach stops listening", "[dz11]") {
    DeviceTestMachine m;
    auto& dz = m.add<Dz11>();
    CHECK_FALSE(dz.attach(*dz.units()[0], "notaport", {}));
    CHECK_FALSE(dz.units()[0]->attached());
    int port = attach_somewhere(dz);
    CHECK(dz.units()[0]->attached());
    REQUIRE(dz.detach(*dz.units()[0]));
    CHECK_FALSE(dz.units()[0]->attached());
    // The port is free again.
    CHECK(dz.attach(*dz.units()[0], std::to_string(port), {}));
}

TEST_CASE("DZ11 transmitter scanner offers enabled lines in turn", "[dz11]") {
    DeviceTestMachine m;
    auto& dz = m.add<Dz11>();
    wr(dz, TCR, 0005);  // lines 0 and 2 enabled, nobody connected
    CHECK((rd(dz, CSR) & kTrdy) == 0);
    wr(dz, CSR, kMse | kTie);
    m.advance(usec(1));
    CHECK((rd(dz, CSR) & kTrdy) != 0);
    int first = (rd(dz, CSR) >> 8) & 7;
    CHECK(m.fake_bus().pending("DZ-TX"));
    wr(dz, TDR, 'a');
    CHECK((rd(dz, CSR) & kTrdy) == 0);
    CHECK_FALSE(m.fake_bus().pending("DZ-TX"));
    m.advance(usec(1));  // the scanner moves on while the first line sends
    int second = (rd(dz, CSR) >> 8) & 7;
    CHECK(first != second);
    CHECK((first == 0 || first == 2));
    CHECK((second == 0 || second == 2));
    wr(dz, CSR, 020);  // master clear
    CHECK(rd(dz, CSR) == 0);
}

TEST_CASE("DZ11 maintenance mode loops each line back to its receiver", "[dz11]") {
    DeviceTestMachine m;
    auto& dz = m.add<Dz11>();
    wr(dz, LPR, 010000 | 030 | 3);  // line 3 receiver on
    wr(dz, TCR, 010);               // line 3 enabled
    wr(dz, CSR, kMse | 010);        // scan, maintenance
    m.advance(usec(1));
    REQUIRE((rd(dz, CSR) & kTrdy) != 0);
    CHECK(((rd(dz, CSR) >> 8) & 7) == 3);
    wr(dz, TDR, 'm');
    CHECK(rd(dz, RBUF) == (0100000 | (3 << 8) | 'm'));
}

TEST_CASE("DZ11 with more clients than lines, resets, reconnects and telnet garbage on every line", "[dz11][bad-input]") {
    DeviceTestMachine m;
    auto& dz = m.add<Dz11>();
    const int port = attach_somewhere(dz);
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < Dz11::kLines; ++i) clients.push_back(std::make_unique<Client>(port));
    REQUIRE(poll_until(m, [&] { return (rd(dz, MSR) & 0177400) == 0177400; }));  // carrier on all eight

    // Callers beyond the eighth are told so and hung up on; the lines stay as they were.
    Client extra1(port), extra2(port);
    std::string busy1, busy2;
    REQUIRE(poll_until(m, [&] { return extra1.read_until_closed(busy1) && extra2.read_until_closed(busy2); }));
    CHECK(busy1 == "All lines busy\r\n");
    CHECK(busy2 == "All lines busy\r\n");
    CHECK((rd(dz, MSR) & 0177400) == 0177400);

    // Every line: receiver on; DTR and transmit enable for all.
    wr(dz, CSR, kMse | kRie | kTie);
    for (int line = 0; line < Dz11::kLines; ++line) wr(dz, LPR, static_cast<std::uint16_t>(010000 | 030 | line));
    wr(dz, TCR, 0177777);

    // Random bytes laced with telnet commands: negotiations, subnegotiations (one never
    // finished), IAC IAC, and a lone IAC as the very last byte.
    std::mt19937 rng(99);
    for (int line = 0; line < Dz11::kLines; ++line) {
        std::string junk;
        for (int i = 0; i < 600; ++i) {
            switch (rng() % 8) {
                case 0: junk += "\xFF\xFB\x01"; break;
                case 1: junk += "\xFF\xFA\x18\x01\xFF\xF0"; break;
                case 2: junk += "\xFF\xFF"; break;
                case 3: junk += "\r\n"; break;
                default: junk.push_back(static_cast<char>(rng() & 0xFF)); break;
            }
        }
        junk += line % 2 ? "\xFF\xFA\x18" : "\xFF";
        clients[static_cast<std::size_t>(line)]->send(junk);
    }
    std::vector<int> per_line(Dz11::kLines, 0);
    auto read_silo = [&] {
        while (rd(dz, CSR) & kRdone) {
            const std::uint16_t rb = rd(dz, RBUF);
            REQUIRE((rb & 0100000) != 0);
            ++per_line[static_cast<std::size_t>((rb >> 8) & 7)];
        }
        m.fake_bus().acknowledge("DZ-RX");
        // The guest also prints on whatever line the scanner offers.
        for (int i = 0; i < 8 && (rd(dz, CSR) & kTrdy); ++i) wr(dz, TDR, 0377);
    };
    REQUIRE(poll_until(m, [&] {
        read_silo();
        return std::all_of(per_line.begin(), per_line.end(), [](int n) { return n > 300; });
    }));

    // Four clients vanish with a reset in the middle of their traffic.
    for (int i = 0; i < 4; ++i) {
        clients[static_cast<std::size_t>(i)]->send("\xFF\xFA");
        clients[static_cast<std::size_t>(i)]->reset();
    }
    REQUIRE(poll_until(m, [&] {
        read_silo();
        return (rd(dz, MSR) & 0007400) == 0;  // carrier gone on lines 0-3
    }));
    CHECK((rd(dz, MSR) & 0170000) == 0170000);  // lines 4-7 still there

    // Their lines are free again for the next callers.
    for (int i = 0; i < 4; ++i) clients[static_cast<std::size_t>(i)] = std::make_unique<Client>(port);
    REQUIRE(poll_until(m, [&] {
        read_silo();
        return (rd(dz, MSR) & 0177400) == 0177400;
    }));
    clients[0]->send("ok");
    std::fill(per_line.begin(), per_line.end(), 0);
    REQUIRE(poll_until(m, [&] {
        read_silo();
        return per_line[0] == 2;
    }));

    // DETACH with everyone connected hangs them all up.
    REQUIRE(dz.detach(*dz.units()[0]));
    for (auto& c : clients) {
        std::string ignored;
        REQUIRE(poll_until(m, [&] { return c->read_until_closed(ignored); }));
    }
    CHECK((rd(dz, MSR) & 0177400) == 0);
}

TEST_CASE("DZ11 telnet session recorded and replayed without a client", "[dz11][hostinput]") {
    ScratchDir dir;
    const std::string log = dir.file("dz.log");
    struct Sample {
        SimTime time;
        std::uint16_t msr;
        std::uint16_t rdone;
        bool operator==(const Sample&) const = default;
    };
    auto step = [](DeviceTestMachine& m, Dz11& dz, std::vector<Sample>& trace) {
        m.advance(Dz11::kDefaultPoll);
        trace.push_back({m.scheduler().now(), rd(dz, MSR), static_cast<std::uint16_t>(rd(dz, CSR) & kRdone)});
    };
    auto received = [](Dz11& dz) { return dz.find_register("SACNT")->get(); };
    auto read_silo = [](Dz11& dz) {
        std::vector<std::uint16_t> out;
        while (rd(dz, CSR) & kRdone) out.push_back(rd(dz, RBUF));
        return out;
    };

    std::vector<Sample> recorded;
    std::vector<std::uint16_t> recorded_silo;
    {
        DeviceTestMachine m;
        auto& dz = m.add<Dz11>();
        const int port = attach_somewhere(dz);
        set_up_line0(dz);
        REQUIRE(m.host_input().start_recording(log));
        Client client(port);
        for (int i = 0; i < 2000 && !(rd(dz, MSR) & 0400); ++i) {
            step(m, dz, recorded);
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        client.send("abc");
        for (int i = 0; i < 2000 && received(dz) < 3; ++i) {
            step(m, dz, recorded);
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        client.close();
        for (int i = 0; i < 2000 && (rd(dz, MSR) & 0400); ++i) {
            step(m, dz, recorded);
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        REQUIRE(m.host_input().stop_recording());
        recorded_silo = read_silo(dz);
    }
    REQUIRE(recorded.back().msr == 0);
    REQUIRE(recorded_silo.size() == 3);
    CHECK((recorded_silo[0] & 0377) == 'a');

    DeviceTestMachine m;
    auto& dz = m.add<Dz11>();
    (void)attach_somewhere(dz);
    set_up_line0(dz);
    REQUIRE(m.host_input().start_replay(log));
    std::vector<Sample> replayed;
    while (replayed.size() < recorded.size()) step(m, dz, replayed);
    CHECK(replayed == recorded);
    CHECK(read_silo(dz) == recorded_silo);
}

TEST_CASE("DZ11 character time follows each line's speed and format", "[dz11]") {
    // 9600 baud, 8 bits, no parity, 1 stop bit: 10 bits.
    CHECK(Dz11::character_time(016 << 8 | 030) == 1'041'666);
    // 110 baud, 8 bits, 2 stop bits: 11 bits, 100 ms (the Teletype's 10 characters a second).
    CHECK(Dz11::character_time(002 << 8 | 040 | 030) == msec(100));
    // 300 baud, 7 bits, parity, 1 stop bit: 10 bits.
    CHECK(Dz11::character_time(005 << 8 | 0100 | 020) == usec(33'333) + 333);
    // 134.5 baud, 5 bits, 1.5 stop bits: 7.5 bits.
    CHECK(Dz11::character_time(003 << 8 | 040) == 75 * kNsPerSecond / 1345);

    DeviceTestMachine m;
    auto& dz = m.add<Dz11>();
    wr(dz, LPR, 016 << 8 | 030 | 0);  // line 0 at 9600 baud
    wr(dz, LPR, 005 << 8 | 030 | 1);  // line 1 at 300 baud, 8 bits
    wr(dz, TCR, 0001);
    wr(dz, CSR, kMse);
    m.advance(usec(1));
    REQUIRE((rd(dz, CSR) & kTrdy) != 0);
    REQUIRE(((rd(dz, CSR) >> 8) & 7) == 0);
    wr(dz, TDR, 'a');
    // Line 0 is offered again only when its character has gone out.
    m.advance(1'041'666 - 1);
    CHECK((rd(dz, CSR) & kTrdy) == 0);
    m.advance(1);
    CHECK((rd(dz, CSR) & kTrdy) != 0);
    CHECK(((rd(dz, CSR) >> 8) & 7) == 0);
    // Line 1 alone, at 300 baud: 33.3 ms a character.
    wr(dz, TCR, 0002);
    m.advance(usec(1));
    REQUIRE(((rd(dz, CSR) >> 8) & 7) == 1);
    wr(dz, TDR, 'b');
    m.advance(usec(33'333));
    CHECK((rd(dz, CSR) & kTrdy) == 0);
    m.advance(usec(1));
    CHECK((rd(dz, CSR) & kTrdy) != 0);
    // TIME overrides every line's speed (microseconds).
    dz.find_register("TIME")->set(50);
    wr(dz, TDR, 'c');
    m.advance(usec(50));
    CHECK((rd(dz, CSR) & kTrdy) != 0);
}

namespace {

const Modifier& dz_modifier(Dz11& dz, const std::string& name) {
    for (const Modifier& m : dz.modifiers())
        if (m.name == name) return m;
    FAIL("no modifier " << name);
    throw std::logic_error("unreachable");
}

// A second free port for a line of its own.
int attach_line_somewhere(Dz11& dz, int line) {
    std::mt19937 rng(static_cast<unsigned>(::getpid()) + 77);
    for (int attempt = 0; attempt < 50; ++attempt) {
        int port = 20000 + static_cast<int>(rng() % 40000);
        if (dz.attach(*dz.units()[0], fmt::format("LINE={},{}", line, port), {})) return port;
    }
    FAIL("no free port");
    return -1;
}

}  // namespace

TEST_CASE("DZ11 ATTACH LINE=n,port: a line of its own port, SHOW CONNECTIONS and STATISTICS", "[dz11][simh]") {
    DeviceTestMachine m;
    auto& dz = m.add<Dz11>();
    const int port = attach_somewhere(dz);
    const int own = attach_line_somewhere(dz, 0);
    CHECK(dz.line_port(0) == own);
    CHECK(dz.line_port(1) == port);
    Client on_device(port);  // line 0 is reserved: the device's port gives line 1
    REQUIRE(poll_until(m, [&] { return (rd(dz, MSR) & 01000) != 0; }));
    CHECK((rd(dz, MSR) & 0400) == 0);
    Client on_line(own);
    REQUIRE(poll_until(m, [&] { return (rd(dz, MSR) & 0400) != 0; }));
    const std::string connections = dz_modifier(dz, "CONNECTIONS").show(nullptr);
    CHECK(connections.find(fmt::format("line 0: 127.0.0.1:")) == 0);
    CHECK(connections.find(fmt::format("on port {}", own)) != std::string::npos);
    CHECK(connections.find(fmt::format("line 1: 127.0.0.1:")) != std::string::npos);

    set_up_line0(dz);
    on_line.send("ab");
    REQUIRE(poll_until(m, [&] { return (rd(dz, CSR) & kRdone) != 0; }));
    REQUIRE(poll_until(m, [&] {
        return dz_modifier(dz, "STATISTICS").show(nullptr).find("line 0: 127.0.0.1:") == 0 &&
               dz_modifier(dz, "STATISTICS").show(nullptr).find("2 characters received") != std::string::npos;
    }));
    CHECK(dz.attach(*dz.units()[0], "LINE=8,1", {}).message() == "ATTACH DZ LINE=8,1: write LINE=n,port with a line 0-7");
    REQUIRE(dz.detach(*dz.units()[0]));
    CHECK(dz_modifier(dz, "CONNECTIONS").show(nullptr) == "no line is connected");
}

TEST_CASE("DZ11 LOG=n=file copies a line's output, DISCONNECT=n hangs it up", "[dz11][simh]") {
    ScratchDir dir;
    DeviceTestMachine m;
    auto& dz = m.add<Dz11>();
    const int port = attach_somewhere(dz);
    Client client(port);
    REQUIRE(poll_until(m, [&] { return (rd(dz, MSR) & 0400) != 0; }));
    set_up_line0(dz);
    const std::string log = dir.file("line0.log");
    REQUIRE(dz_modifier(dz, "LOG").set(nullptr, "0=" + log));
    CHECK(dz_modifier(dz, "LOG").show(nullptr) == "line 0 logged to " + log);
    for (char c : std::string("ok")) {
        REQUIRE(poll_until(m, [&] { return (rd(dz, CSR) & kTrdy) != 0; }));
        wr(dz, TDR, static_cast<std::uint16_t>(c));
    }
    REQUIRE(dz_modifier(dz, "NOLOG").set(nullptr, "0"));  // closes (and flushes) the file
    const std::vector<std::uint8_t> logged = read_file(log);
    CHECK(std::string(logged.begin(), logged.end()) == "ok");
    CHECK(dz_modifier(dz, "LOG").set(nullptr, "9=" + log).message() == "DZ LOG=9=" + log + ": write LOG=line=file, line 0-7");

    REQUIRE(dz_modifier(dz, "DISCONNECT").set(nullptr, "0"));
    std::string rest;
    REQUIRE(poll_until(m, [&] { return client.read_until_closed(rest); }));
    CHECK(dz_modifier(dz, "DISCONNECT").set(nullptr, "0").message() == "DZ line 0 is not connected");
}
