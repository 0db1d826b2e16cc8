// The DHV11 (devices/dec/dhv11.hpp): its registers through IND.ADDR, MASTER.RESET,
// programmed and DMA output with the transmit action reports, the receive FIFO and its
// entries, modem status entries, DTR hang-up, the maintenance loopbacks, and a telnet
// client on a line.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "devices/dec/dhv11.hpp"
#include "tests/devices/device_test_support.hpp"
#include "tests/devices/mux_test_support.hpp"

using namespace simmon;
using namespace simmon::dec;
using namespace simmon::test;

namespace {
constexpr std::uint32_t CSR = 0760440, RBUF = 0760442, TXCHAR = 0760442, LPR = 0760444, STAT = 0760446,
                        LNCTRL = 0760450, TBUFFAD1 = 0760452, TBUFFAD2 = 0760454, TBUFFCT = 0760456;
constexpr std::uint16_t kTxAction = 0100000, kTxIe = 040000, kDmaErr = 010000, kRxAvail = 0200, kRxIe = 0100,
                        kMasterReset = 040;
constexpr std::uint16_t kRxEnable = 04, kLocalLoop = 0200, kAutoEcho = 0100, kLinkType = 0400, kDtr = 01000,
                        kAbort = 01;
constexpr std::uint16_t kTxEnable = 0100000, kDmaStart = 0200, kValid = 0100000;
constexpr SimTime kChar9600 = 1'041'666;  // 10 bits at 9600 baud

void select(Dhv11& vh, int line, std::uint16_t enables = 0) { wr(vh, CSR, static_cast<std::uint16_t>(enables | line)); }

// The CPU's transmit interrupt routine: every report, as (line, DMA error) pairs.
std::vector<std::pair<int, bool>> take_reports(Dhv11& vh) {
    std::vector<std::pair<int, bool>> out;
    for (std::uint16_t csr = rd(vh, CSR); csr & kTxAction; csr = rd(vh, CSR))
        out.emplace_back((csr >> 8) & 017, (csr & kDmaErr) != 0);
    return out;
}

void put_bytes(DeviceTestMachine& m, std::uint32_t addr, const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i, ++addr) {
        std::uint16_t& w = m.fake_bus().memory[addr / 2];
        const auto c = static_cast<std::uint8_t>(text[i]);
        w = (addr & 1) ? static_cast<std::uint16_t>((w & 0xFF) | (c << 8)) : static_cast<std::uint16_t>((w & 0xFF00) | c);
    }
}

std::string take_fifo(Dhv11& vh, int line) {
    std::string out;
    while (rd(vh, CSR) & kRxAvail) {
        const std::uint16_t e = rd(vh, RBUF);
        REQUIRE((e & kValid) != 0);
        REQUIRE(((e >> 8) & 017) == line);
        out += static_cast<char>(e & 0377);
    }
    return out;
}
}  // namespace

TEST_CASE("DHV11: registers after reset, IND.ADDR selects a line's registers, vectors 310/314 at BR4", "[dhv11]") {
    DeviceTestMachine m(0200000, 22);
    auto& vh = m.add<Dhv11>();
    CHECK(vh.description() == "DHV11 8-line terminal multiplexer");
    CHECK(m.fake_bus().line("VH-RX").vector == 0310);
    CHECK(m.fake_bus().line("VH-TX").vector == 0314);
    CHECK(m.fake_bus().line("VH-RX").level == 4);
    CHECK(rd(vh, CSR) == 0);
    CHECK(rd(vh, RBUF) == 0);  // an empty FIFO: DATA.VALID clear
    for (int line = 0; line < 8; ++line) {
        select(vh, line);
        CHECK(rd(vh, LPR) == 0156430);  // 9600 baud both ways, 8 bits, no parity, 1 stop bit
        CHECK(rd(vh, TBUFFAD2) == kTxEnable);
        CHECK(rd(vh, LNCTRL) == 0);
        CHECK(rd(vh, STAT) == 0);  // no modem signals; bit 8 clear: DHV11 mode
    }
    select(vh, 3);
    wr(vh, LPR, 0177370);
    wr(vh, LNCTRL, 0177777);
    wr(vh, TBUFFAD1, 012345);
    wr(vh, TBUFFCT, 7);
    CHECK(rd(vh, CSR) == 3);
    CHECK(rd(vh, LPR) == 0177370);
    CHECK(rd(vh, LNCTRL) == 011777);  // RTS, DTR, LINK.TYPE, maintenance and 5:0
    select(vh, 4);
    CHECK(rd(vh, LPR) == 0156430);
    CHECK(rd(vh, TBUFFAD1) == 0);
    select(vh, 3);
    CHECK(rd(vh, TBUFFAD1) == 012345);
    CHECK(rd(vh, TBUFFCT) == 7);
    wr(vh, STAT, 0177777);  // read-only
    CHECK(rd(vh, STAT) == 0);
    // A byte write to the CSR's high byte sets TX.IE and keeps the line selected.
    vh.write(CSR + 1, kTxIe >> 8, true);
    CHECK(rd(vh, CSR) == (kTxIe | 3));

    // MASTER.RESET: reads 1 through the self-test, then everything is as after power-up.
    wr(vh, CSR, kMasterReset);
    CHECK((rd(vh, CSR) & kMasterReset) != 0);
    m.advance(Dhv11::kResetTime / 2);
    CHECK((rd(vh, CSR) & kMasterReset) != 0);
    m.advance(Dhv11::kResetTime);
    CHECK(rd(vh, CSR) == 0);
    select(vh, 3);
    CHECK(rd(vh, LPR) == 0156430);
    CHECK(rd(vh, TBUFFAD1) == 0);
}

TEST_CASE("DHV11: character time follows the TX speed and the format", "[dhv11]") {
    CHECK(Dhv11::character_time(0156430) == kChar9600);
    CHECK(Dhv11::character_time(0xE000 | 030) == kChar9600 / 2);  // 19200
    CHECK(Dhv11::character_time(0x0000 | 0200 | 030) == msec(220));  // 50 baud, 11 bits
    CHECK(Dhv11::character_time(0x5000 | 040 | 020) == msec(100) / 3);  // 300 baud 7E1: 10 bits
}

TEST_CASE("DHV11: programmed output in local loopback, TX.ACTION per character, the FIFO and both interrupts", "[dhv11]") {
    DeviceTestMachine m(0200000, 22);
    auto& vh = m.add<Dhv11>();
    select(vh, 2, kTxIe | kRxIe);
    wr(vh, LNCTRL, kRxEnable | kLocalLoop);
    wr(vh, TXCHAR, kValid | 'A');
    m.advance(Dhv11::kStartTime);
    CHECK(!m.fake_bus().pending("VH-TX"));  // the character is still going out
    CHECK(m.fake_bus().pending("VH-RX"));   // and already came back in
    m.advance(kChar9600);
    CHECK(m.fake_bus().pending("VH-TX"));
    const std::uint16_t csr = rd(vh, CSR);  // takes the report
    CHECK(csr == (kTxAction | kTxIe | 2 << 8 | kRxAvail | kRxIe | 2));
    CHECK((rd(vh, CSR) & kTxAction) == 0);
    CHECK(!m.fake_bus().pending("VH-TX"));
    CHECK(rd(vh, RBUF) == (kValid | 2 << 8 | 'A'));
    CHECK(!m.fake_bus().pending("VH-RX"));
    CHECK(rd(vh, RBUF) == 0);

    // Two lines at once: one report each, one per CSR read, the interrupt again while more wait.
    select(vh, 5, kTxIe);
    wr(vh, LNCTRL, kLocalLoop);
    wr(vh, TXCHAR, kValid | 'x');
    select(vh, 6, kTxIe);
    wr(vh, LNCTRL, kLocalLoop);
    wr(vh, TXCHAR, kValid | 'y');
    m.advance(Dhv11::kStartTime + kChar9600);
    CHECK(m.fake_bus().pending("VH-TX"));
    m.fake_bus().acknowledge("VH-TX");
    CHECK(((rd(vh, CSR) >> 8) & 017) == 5);
    CHECK(m.fake_bus().pending("VH-TX"));
    CHECK(((rd(vh, CSR) >> 8) & 017) == 6);
    CHECK(!m.fake_bus().pending("VH-TX"));
    CHECK(take_reports(vh).empty());
    CHECK(rd(vh, RBUF) == 0);  // the receivers were off
}

TEST_CASE("DHV11: DMA output counts address and count, reports at the end; TX.ENABLE, abort and bus errors", "[dhv11]") {
    DeviceTestMachine m(0200000, 22);
    auto& vh = m.add<Dhv11>();
    put_bytes(m, 01001, "HELLO, DHV11");
    select(vh, 1);
    wr(vh, LNCTRL, kRxEnable | kLocalLoop);
    wr(vh, TBUFFAD1, 01001);
    wr(vh, TBUFFCT, 5);
    wr(vh, TBUFFAD2, kTxEnable | kDmaStart);
    m.advance(Dhv11::kStartTime + 2 * kChar9600 + 1);
    CHECK(rd(vh, TBUFFCT) == 2);  // three characters taken
    CHECK(rd(vh, TBUFFAD1) == 01004);
    CHECK(take_reports(vh).empty());
    m.advance(4 * kChar9600);
    CHECK(rd(vh, TBUFFCT) == 0);
    CHECK(rd(vh, TBUFFAD1) == 01006);
    CHECK(rd(vh, TBUFFAD2) == kTxEnable);  // TX.DMA.START cleared at the end
    CHECK(take_reports(vh) == std::vector<std::pair<int, bool>>{{1, false}});
    CHECK(take_fifo(vh, 1) == "HELLO");

    // TX.ENABLE clear holds the transfer; setting it again lets it go on.
    wr(vh, TBUFFAD1, 01010);
    wr(vh, TBUFFCT, 4);
    wr(vh, TBUFFAD2, kDmaStart);
    m.advance(msec(20));
    CHECK(rd(vh, TBUFFCT) == 4);
    wr(vh, TBUFFAD2, kTxEnable);  // a write cannot clear TX.DMA.START
    CHECK(rd(vh, TBUFFAD2) == (kTxEnable | kDmaStart));
    m.advance(msec(20));
    CHECK(take_reports(vh) == std::vector<std::pair<int, bool>>{{1, false}});
    CHECK(take_fifo(vh, 1) == "DHV1");

    // TX.DMA.ABORT stops at the next character boundary; the count says what is left.
    wr(vh, TBUFFAD1, 01001);
    wr(vh, TBUFFCT, 12);
    wr(vh, TBUFFAD2, kTxEnable | kDmaStart);
    m.advance(Dhv11::kStartTime + kChar9600 / 2);
    wr(vh, LNCTRL, kRxEnable | kLocalLoop | kAbort);
    m.advance(msec(20));
    CHECK(rd(vh, TBUFFCT) == 11);
    CHECK((rd(vh, TBUFFAD2) & kDmaStart) == 0);
    CHECK(take_reports(vh) == std::vector<std::pair<int, bool>>{{1, false}});
    CHECK(take_fifo(vh, 1) == "H");
    wr(vh, LNCTRL, kRxEnable | kLocalLoop);

    // Non-existent memory: the report carries TX.DMA.ERR.
    wr(vh, TBUFFAD1, 0);
    wr(vh, TBUFFAD2, kTxEnable | kDmaStart | 077);  // 17600000, beyond the 64 KB here
    wr(vh, TBUFFCT, 3);
    m.advance(msec(5));
    CHECK(take_reports(vh) == std::vector<std::pair<int, bool>>{{1, true}});
    CHECK((rd(vh, TBUFFAD2) & kDmaStart) == 0);
    CHECK(rd(vh, TBUFFCT) == 3);
}

TEST_CASE("DHV11: a telnet client on a line: modem status entries, input, DMA output, auto echo, DTR hang-up", "[dhv11]") {
    DeviceTestMachine m(0200000, 22);
    auto& vh = m.add<Dhv11>();
    select(vh, 0, kRxIe);
    wr(vh, LNCTRL, kRxEnable | kLinkType | kDtr);
    const int port = attach_somewhere(vh);
    Client client(port);
    // The connection is DCD, DSR and CTS at once: one modem status entry (14:12 set).
    REQUIRE(poll_until(m, [&] { return (rd(vh, CSR) & kRxAvail) != 0; }));
    CHECK(m.fake_bus().pending("VH-RX"));
    CHECK(rd(vh, RBUF) == (0170000 | 0 << 8 | 0230));
    CHECK(rd(vh, STAT) == 0114000);
    client.send("ok");
    std::string in;
    REQUIRE(poll_until(m, [&] {
        in += take_fifo(vh, 0);
        return in.size() >= 2;
    }));
    CHECK(in == "ok");

    put_bytes(m, 02000, "hello over DMA\r\n");
    wr(vh, TBUFFAD1, 02000);
    wr(vh, TBUFFCT, 16);
    wr(vh, TBUFFAD2, kTxEnable | kDmaStart);
    std::string out;
    REQUIRE(poll_until(m, [&] {
        out += client.drain();
        return out.find("hello over DMA\r\n") != std::string::npos;
    }));
    REQUIRE(poll_until(m, [&] { return (rd(vh, CSR) & kTxAction) == 0 && rd(vh, TBUFFCT) == 0; }));

    // Auto echo: what the line receives goes straight back, and into the FIFO as well.
    wr(vh, LNCTRL, kRxEnable | kLinkType | kDtr | kAutoEcho);
    client.send("e!");
    out.clear();
    REQUIRE(poll_until(m, [&] {
        out += client.drain();
        return out.find("e!") != std::string::npos;
    }));
    CHECK(take_fifo(vh, 0) == "e!");

    // SET/SHOW as on the DZ: CONNECTIONS, LINES=8 only.
    auto modifier = [&](const std::string& name) -> const Modifier& {
        for (const Modifier& mod : vh.modifiers())
            if (mod.name == name) return mod;
        FAIL("no modifier " << name);
        return vh.modifiers().front();
    };
    CHECK(modifier("CONNECTIONS").show(nullptr).find("line 0: 127.0.0.1:") == 0);
    CHECK(modifier("LINES").set(nullptr, "8"));
    CHECK(modifier("LINES").set(nullptr, "16").message().find("it has 8 lines") != std::string::npos);

    // Dropping DTR hangs up; the hang-up is a modem status entry of its own.
    wr(vh, LNCTRL, kRxEnable | kLinkType);
    REQUIRE(poll_until(m, [&] { return client.closed_by_server(); }));
    REQUIRE(poll_until(m, [&] { return (rd(vh, CSR) & kRxAvail) != 0; }));
    CHECK(rd(vh, RBUF) == 0170000);
    CHECK(rd(vh, STAT) == 0);
    CHECK(modifier("CONNECTIONS").show(nullptr) == "no line is connected");
    REQUIRE(vh.detach(*vh.units()[0]));
}

TEST_CASE("DHV11: SAVE and RESTORE keep the FIFO, the transmit reports, a transfer under way and the line registers", "[dhv11]") {
    ScratchDir dir;
    const std::string state = dir.file("vh.state");
    {
        DeviceTestMachine m(0200000, 22);
        auto& vh = m.add<Dhv11>();
        put_bytes(m, 01000, "abcdef");
        select(vh, 4, kTxIe | kRxIe);
        wr(vh, LNCTRL, kRxEnable | kLocalLoop | kDtr);
        wr(vh, LPR, 0xE000 | 030);  // 19200 baud
        wr(vh, TXCHAR, kValid | 'Z');
        m.advance(Dhv11::kStartTime + kChar9600);  // Z sent and reported
        wr(vh, TBUFFAD1, 01000);
        wr(vh, TBUFFCT, 6);
        wr(vh, TBUFFAD2, kTxEnable | kDmaStart);
        m.advance(Dhv11::kStartTime + 1);  // 'a' on the line, five to go
        REQUIRE(m.save(state));
    }
    DeviceTestMachine m(0200000, 22);
    auto& vh = m.add<Dhv11>();
    put_bytes(m, 01000, "abcdef");
    REQUIRE(m.restore(state));
    CHECK(m.fake_bus().pending("VH-TX"));
    CHECK(m.fake_bus().pending("VH-RX"));
    // The report of Z (this read takes it), the FIFO holding Z and a, line 4 selected.
    CHECK(rd(vh, CSR) == (kTxAction | kTxIe | 4 << 8 | kRxAvail | kRxIe | 4));
    CHECK(rd(vh, LPR) == (0xE000 | 030));
    CHECK(rd(vh, TBUFFCT) == 5);
    m.advance(msec(10));  // the transfer goes on where it was
    CHECK(rd(vh, TBUFFCT) == 0);
    CHECK(take_reports(vh) == std::vector<std::pair<int, bool>>{{4, false}});  // the transfer's end
    CHECK(take_fifo(vh, 4) == "Zabcdef");
}

TEST_CASE("DHV11: random register traffic from a guest: bounded queues, no crash, a reset cleans up", "[dhv11][bad-input]") {
    DeviceTestMachine m(0200000, 22);
    auto& vh = m.add<Dhv11>();
    std::mt19937 rng(1234);
    for (int i = 0; i < 200000; ++i) {
        const std::uint32_t addr = Dhv11::kBase + (rng() % 16);
        const auto value = static_cast<std::uint16_t>(rng());
        if (rng() % 3 == 0) {
            std::uint16_t v = 0;
            REQUIRE(vh.read(addr & ~1u, v));
        } else if (rng() % 2) {
            REQUIRE(vh.write(addr, value & 0377, true));
        } else {
            REQUIRE(vh.write(addr & ~1u, value, false));
        }
        if (rng() % 16 == 0) m.advance(usec(rng() % 3000));
        REQUIRE(vh.find_register("FIFO")->get() <= Dhv11::kFifoSize);
        REQUIRE(vh.find_register("TXACT")->get() <= 64);
    }
    wr(vh, CSR, kMasterReset);
    m.advance(Dhv11::kResetTime);
    CHECK(rd(vh, CSR) == 0);
    CHECK(vh.find_register("FIFO")->get() == 0);
    CHECK(!m.fake_bus().pending("VH-RX"));
    CHECK(!m.fake_bus().pending("VH-TX"));
}
