// The DELQA (XQ) on a fake 22-bit Q-bus: its registers and station address PROM, the
// transmit and receive buffer descriptor lists (chains, segments, H/L byte alignment,
// status words, list-invalid stops), setup frames and the address filter, loopback,
// interrupts, and the PCAP: capture-file link; SAVE/RESTORE of the controller.
#include <catch2/catch.hpp>

#include "devices/dec/delqa.hpp"
#include "devices/dec/pcap_file_link.hpp"
#include "tests/devices/device_test_support.hpp"

using namespace simmon;
using namespace simmon::dec;
using namespace simmon::test;

namespace {
constexpr std::uint32_t BASE = 0774440, RBDL_LO = BASE + 4, RBDL_HI = BASE + 6, TBDL_LO = BASE + 010,
                        TBDL_HI = BASE + 012, VAR = BASE + 014, CSR = BASE + 016;
constexpr std::uint16_t V = Delqa::kValid, C = Delqa::kChain, E = Delqa::kEndOfMessage, S = Delqa::kSetup;
const MacAddress kStation{0x08, 0x00, 0x2B, 0x01, 0x02, 0x03};

struct Rig {
    DeviceTestMachine m{01000000, 22};  // 256 KB
    Delqa& xq = m.add<Delqa>();
    Rig() { REQUIRE(set_modifier(m, "XQ", "MAC", "08-00-2B-01-02-03")); }

    void put_word(std::uint32_t addr, std::uint16_t w) { m.fake_bus().memory.at(addr / 2) = w; }
    std::uint16_t word(std::uint32_t addr) { return m.fake_bus().word(addr); }
    void put_bytes(std::uint32_t addr, const std::vector<std::uint8_t>& b) {
        REQUIRE(m.fake_bus().dma_write_bytes(xq, addr, b.data(), b.size()) == b.size());
    }
    std::vector<std::uint8_t> bytes(std::uint32_t addr, std::size_t n) {
        std::vector<std::uint8_t> b(n);
        m.fake_bus().dma_read_bytes(xq, addr, b.data(), n);
        return b;
    }
    // A descriptor at `at`: flag and status word 1 "not used yet" (100000).
    void descriptor(std::uint32_t at, std::uint16_t bits, std::uint32_t buffer, std::uint16_t words) {
        put_word(at, 0100000);
        put_word(at + 2, static_cast<std::uint16_t>(bits | ((buffer >> 16) & 077)));
        put_word(at + 4, static_cast<std::uint16_t>(buffer));
        put_word(at + 6, static_cast<std::uint16_t>(-static_cast<int>(words)));
        put_word(at + 8, 0100000);
        put_word(at + 10, 0);
    }
    void end_of_list(std::uint32_t at) { descriptor(at, 0, 0, 0); }
    void start_receive(std::uint32_t list) {
        wr(xq, RBDL_LO, static_cast<std::uint16_t>(list));
        wr(xq, RBDL_HI, static_cast<std::uint16_t>(list >> 16));
    }
    void start_transmit(std::uint32_t list) {
        wr(xq, TBDL_LO, static_cast<std::uint16_t>(list));
        wr(xq, TBDL_HI, static_cast<std::uint16_t>(list >> 16));
    }
    // Sends a setup frame listing `addresses` (unused columns repeat the first) from
    // buffer 070000 through transmit list 060000; `extra` adds to its 128-byte length.
    void setup(const std::vector<MacAddress>& addresses, int extra = 0) {
        std::vector<std::uint8_t> frame(128, 0);
        for (std::size_t k = 0; k < 14; ++k) {
            const MacAddress& a = addresses[k < addresses.size() ? k : 0];
            for (std::size_t row = 0; row < 6; ++row) frame[(k / 7) * 64 + row * 8 + k % 7 + 1] = a[row];
        }
        frame.resize(128 + 2, 0);
        put_bytes(070000, frame);
        const std::uint16_t words = static_cast<std::uint16_t>((128 + extra + 1) / 2);
        descriptor(060000, static_cast<std::uint16_t>(V | E | S | ((extra & 1) ? Delqa::kLowByteEnd : 0)), 070000, words);
        end_of_list(060014);
        start_transmit(060000);
        m.advance(msec(1));
    }
};

std::vector<std::uint8_t> frame_to(const MacAddress& to, std::size_t length, std::uint8_t salt) {
    std::vector<std::uint8_t> f(length);
    for (std::size_t i = 0; i < length; ++i) f[i] = static_cast<std::uint8_t>(i * 7 + salt);
    std::copy(to.begin(), to.end(), f.begin());
    f[12] = 0x60;
    f[13] = 0x06;
    return f;
}

void write_capture(const std::string& path, const std::vector<std::vector<std::uint8_t>>& frames) {
    std::vector<std::uint8_t> out = {0xD4, 0xC3, 0xB2, 0xA1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0, 0, 1, 0, 0, 0};
    std::uint32_t t = 0;
    for (const auto& f : frames) {
        const std::uint32_t n = static_cast<std::uint32_t>(f.size());
        const std::uint32_t h[4] = {t++, 0, n, n};
        for (std::uint32_t w : h)
            for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(w >> (8 * i)));
        out.insert(out.end(), f.begin(), f.end());
    }
    write_file(path, out);
}
}  // namespace

TEST_CASE("DELQA: station address PROM, reset state, VAR", "[delqa]") {
    Rig r;
    for (int i = 0; i < 6; ++i) CHECK(rd(r.xq, BASE + 2 * i) == (0177400 | kStation[i]));
    CHECK(rd(r.xq, CSR) == (Delqa::kRL | Delqa::kXL | Delqa::kOK));
    CHECK(rd(r.xq, VAR) == Delqa::kVector);
    wr(r.xq, VAR, 0100000 | 0154 | 1);  // MS, vector 154, ID
    CHECK(rd(r.xq, VAR) == (0100000 | 0154 | 1));
    wr(r.xq, VAR, 020000);  // RS: a self-test that passes at once
    CHECK(rd(r.xq, VAR) == 0);
    CHECK(!set_modifier(r.m, "XQ", "MAC", "09-00-2B-00-00-01"));  // multicast
    CHECK(!set_modifier(r.m, "XQ", "MAC", "08-00-2B-00-00"));
    CHECK(set_modifier(r.m, "XQ", "MAC", "08:00:2b:0a:0b:0c"));
    CHECK(rd(r.xq, BASE + 10) == 0177414);
}

TEST_CASE("DELQA: a setup frame loads the filter and loops back with ESETUP; XI and RI interrupt", "[delqa]") {
    Rig r;
    wr(r.xq, CSR, Delqa::kIL | Delqa::kRE | Delqa::kIE);
    r.descriptor(040000, V, 050000, 64);
    r.end_of_list(040014);
    r.start_receive(040000);
    const MacAddress broadcast{0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    r.setup({kStation, broadcast});
    CHECK(r.xq.filter().loaded());
    CHECK(!r.xq.filter().promiscuous());
    CHECK(r.xq.filter().addresses()[0] == kStation);
    CHECK(r.xq.filter().addresses()[1] == broadcast);
    // The transmit descriptor: taken (flag 11), last segment without error, XI.
    CHECK((r.word(060000) & 0140000) == 0140000);
    CHECK(r.word(060010) == 0);
    const std::uint16_t csr = rd(r.xq, CSR);
    CHECK((csr & Delqa::kXI) != 0);
    CHECK((csr & Delqa::kXL) != 0);  // the list ended at the invalid descriptor
    // Looped back into the receive list: ESETUP, length 128 (RBL 68).
    CHECK((csr & Delqa::kRI) != 0);
    CHECK(r.word(040010) == Delqa::kESetup);
    CHECK(r.word(040012) == (68 | (68 << 8)));
    CHECK(r.bytes(050000, 8) == std::vector<std::uint8_t>{0, 0x08, 0xFF, 0x08, 0x08, 0x08, 0x08, 0x08});
    CHECK(r.m.fake_bus().pending("XQ"));
    // Writing ones to XI and RI clears them and withdraws the request.
    wr(r.xq, CSR, static_cast<std::uint16_t>(Delqa::kIL | Delqa::kRE | Delqa::kIE | Delqa::kXI));
    CHECK(r.m.fake_bus().pending("XQ"));  // RI still set
    wr(r.xq, CSR, static_cast<std::uint16_t>(Delqa::kIL | Delqa::kRE | Delqa::kIE | Delqa::kRI));
    CHECK(!r.m.fake_bus().pending("XQ"));
    CHECK((rd(r.xq, CSR) & (Delqa::kRI | Delqa::kXI)) == 0);
    // Without IE no request, though RI is set.
    wr(r.xq, CSR, Delqa::kIL | Delqa::kRE);
    r.descriptor(040000, V, 050000, 64);
    r.start_receive(040000);
    r.xq.frame_arrived(frame_to(kStation, 64, 1));
    CHECK((rd(r.xq, CSR) & Delqa::kRI) != 0);
    CHECK(!r.m.fake_bus().pending("XQ"));
}

TEST_CASE("DELQA: a received frame spans chained descriptors; the filter drops others", "[delqa]") {
    Rig r;
    wr(r.xq, CSR, Delqa::kIL | Delqa::kRE);
    r.descriptor(040000, V, 050000, 64);
    r.end_of_list(040014);
    r.start_receive(040000);
    r.setup({kStation});
    wr(r.xq, CSR, Delqa::kIL | Delqa::kRE | Delqa::kRI | Delqa::kXI);
    // Receive list: 32 bytes at 051000, a chain to 044000, then 64 and 200 bytes.
    r.descriptor(041000, V, 051000, 16);
    r.descriptor(041014, V | C, 044000, 0);
    r.descriptor(044000, V, 052000, 32);
    r.descriptor(044014, V, 053000, 100);
    r.descriptor(044030, V, 054000, 100);
    r.end_of_list(044044);
    r.start_receive(041000);
    const auto frame = frame_to(kStation, 150, 3);
    r.xq.frame_arrived(frame_to({0x08, 0x00, 0x2B, 9, 9, 9}, 100, 1));  // not ours
    CHECK((rd(r.xq, CSR) & Delqa::kRI) == 0);
    r.xq.frame_arrived(frame);
    CHECK((rd(r.xq, CSR) & Delqa::kRI) != 0);
    CHECK(r.word(041010) == 0140000);  // used, not last
    CHECK(r.word(044010) == 0140000);
    CHECK(r.word(044024) == 0);  // last: RBL 90 in word 2
    CHECK(r.word(044026) == (90 | (90 << 8)));
    CHECK(r.word(041014 + 8) == 0100000);  // the chain descriptor's status is untouched
    std::vector<std::uint8_t> got = r.bytes(051000, 32);
    auto b = r.bytes(052000, 64);
    got.insert(got.end(), b.begin(), b.end());
    b = r.bytes(053000, 54);
    got.insert(got.end(), b.begin(), b.end());
    CHECK(got == frame);
    CHECK(r.xq.frames_received() == 2);  // the setup frame and this one
    // A short frame is padded to 60 bytes (RBL 0).
    r.xq.frame_arrived(frame_to(kStation, 42, 5));
    CHECK(r.word(044040) == 0);
    CHECK(r.word(044042) == 0);
    CHECK(r.bytes(054000, 60)[59] == 0);
}

TEST_CASE("DELQA: promiscuous and all-multicast setup lengths", "[delqa]") {
    Rig r;
    wr(r.xq, CSR, Delqa::kIL | Delqa::kRE);
    r.setup({kStation}, 1);  // 129 bytes: all multicast
    CHECK(r.xq.filter().all_multicast());
    CHECK(!r.xq.filter().promiscuous());
    const std::uint8_t multicast[6] = {0x09, 0x00, 0x2B, 0, 0, 1}, other[6] = {0x08, 0x00, 0x2B, 0, 0, 1};
    CHECK(r.xq.filter().accepts(multicast));
    CHECK(!r.xq.filter().accepts(other));
    r.setup({kStation}, 2);  // 130 bytes: promiscuous
    CHECK(r.xq.filter().promiscuous());
    CHECK(r.xq.filter().accepts(other));
    r.setup({kStation});
    CHECK(!r.xq.filter().promiscuous());
    CHECK(!r.xq.filter().accepts(multicast));
}

TEST_CASE("DELQA: the receive list ends: RL, the frame held until a new list", "[delqa]") {
    Rig r;
    wr(r.xq, CSR, Delqa::kIL | Delqa::kRE);
    r.setup({kStation});  // no receive list: the looped-back setup frame is held
    CHECK((rd(r.xq, CSR) & Delqa::kRL) != 0);
    r.descriptor(040000, V, 050000, 100);
    r.end_of_list(040014);
    r.start_receive(040000);
    r.m.advance(usec(10));
    CHECK(r.word(040010) == Delqa::kESetup);  // the held setup frame
    r.xq.frame_arrived(frame_to(kStation, 80, 1));
    CHECK((rd(r.xq, CSR) & Delqa::kRL) != 0);  // no buffer for it
    CHECK(r.word(040014 + 8) == 0100000);
    r.descriptor(042000, V, 054000, 100);
    r.end_of_list(042014);
    r.start_receive(042000);
    r.m.advance(usec(10));
    CHECK((rd(r.xq, CSR) & Delqa::kRL) == 0);
    CHECK(r.word(042010) == 0);
    CHECK(r.word(042012) == (20 | (20 << 8)));
    CHECK(r.bytes(054000, 80) == frame_to(kStation, 80, 1));
}

TEST_CASE("DELQA: transmit segments with H and L bytes to a capture file; no cable: no carrier", "[delqa]") {
    ScratchDir dir;
    Rig r;
    wr(r.xq, CSR, Delqa::kIL | Delqa::kRE);
    // Unattached: the frame goes nowhere and the status says no carrier.
    r.put_bytes(030000, frame_to(kStation, 60, 2));
    r.descriptor(020000, V | E, 030000, 30);
    r.end_of_list(020014);
    r.start_transmit(020000);
    r.m.advance(msec(1));
    CHECK(r.word(020010) == (Delqa::kErrorUsed | Delqa::kNoCarrier));
    auto [dev, unit] = r.m.find_unit("XQ");
    REQUIRE(dev->attach(*unit, "PCAP:," + dir.file("out.pcap"), {}));
    // 14 header bytes, then 47 data bytes from the high byte of 031000 on (H), then the
    // last 3 from a buffer ending on a low byte (L): 64 bytes.
    const auto frame = frame_to({0xAA, 0, 4, 0, 1, 2}, 64, 9);
    r.put_bytes(030000, {frame.begin(), frame.begin() + 14});
    r.put_bytes(031001, {frame.begin() + 14, frame.begin() + 61});
    r.put_bytes(032000, {frame.begin() + 61, frame.end()});
    r.descriptor(021000, V, 030000, 7);
    r.descriptor(021014, V | Delqa::kHighByteStart, 031000, 24);
    r.descriptor(021030, V | E | Delqa::kLowByteEnd, 032000, 2);
    r.end_of_list(021044);
    r.start_transmit(021000);
    r.m.advance(msec(1));
    CHECK(r.word(021010) == 0140000);
    CHECK(r.word(021024) == 0140000);
    CHECK(r.word(021040) == 0);
    CHECK((rd(r.xq, CSR) & (Delqa::kXI | Delqa::kXL)) == (Delqa::kXI | Delqa::kXL));
    CHECK(r.xq.frames_sent() == 1);
    std::deque<EthernetFrame> sent;
    REQUIRE(read_pcap_file(dir.file("out.pcap"), sent));
    REQUIRE(sent.size() == 1);
    CHECK(sent[0] == frame);
    // A short frame goes out padded to 60 bytes.
    r.put_bytes(030000, frame_to(kStation, 20, 4));
    r.descriptor(022000, V | E, 030000, 10);
    r.end_of_list(022014);
    r.start_transmit(022000);
    r.m.advance(msec(1));
    REQUIRE(read_pcap_file(dir.file("out.pcap"), sent));
    REQUIRE(sent.size() == 2);
    CHECK(sent[1].size() == 60);
}

TEST_CASE("DELQA: internal loopback returns frames without sending; external sends too", "[delqa]") {
    ScratchDir dir;
    Rig r;
    auto [dev, unit] = r.m.find_unit("XQ");
    REQUIRE(dev->attach(*unit, "PCAP:," + dir.file("out.pcap"), {}));
    wr(r.xq, CSR, Delqa::kIL | Delqa::kRE);
    r.descriptor(040000, V, 050000, 100);
    r.descriptor(040014, V, 051000, 100);
    r.descriptor(040030, V, 052000, 100);
    r.end_of_list(040044);
    r.start_receive(040000);
    r.setup({kStation});
    const auto frame = frame_to({0x08, 0, 0x2B, 7, 7, 7}, 70, 6);  // not for us: loopback ignores the filter
    r.put_bytes(030000, frame);
    r.descriptor(020000, V | E, 030000, 35);
    r.end_of_list(020014);
    wr(r.xq, CSR, Delqa::kRE);  // IL clear: internal loopback
    r.start_transmit(020000);
    r.m.advance(msec(1));
    CHECK(r.word(040024) == Delqa::kESetup);
    CHECK(r.bytes(051000, 70) == frame);
    CHECK(r.xq.frames_sent() == 0);
    wr(r.xq, CSR, Delqa::kIL | Delqa::kEL | Delqa::kRE);  // external loopback
    r.descriptor(020000, V | E, 030000, 35);
    r.start_transmit(020000);
    r.m.advance(msec(1));
    CHECK(r.word(040040) == Delqa::kESetup);
    CHECK(r.xq.frames_sent() == 1);
}

TEST_CASE("DELQA: a capture replays in order once the controller is set up; bad captures refused", "[delqa]") {
    ScratchDir dir;
    Rig r;
    const auto f1 = frame_to(kStation, 60, 1), f2 = frame_to({0x08, 0, 0x2B, 5, 5, 5}, 60, 2),
               f3 = frame_to({0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}, 90, 3);
    write_capture(dir.file("in.pcap"), {f1, f2, f3});
    auto [dev, unit] = r.m.find_unit("XQ");
    REQUIRE(dev->attach(*unit, "PCAP:" + dir.file("in.pcap"), {}));
    wr(r.xq, CSR, Delqa::kIL | Delqa::kRE);
    r.m.advance(msec(5));  // no setup frame yet: the capture waits
    r.descriptor(040000, V, 050000, 100);
    r.descriptor(040014, V, 051000, 100);
    r.descriptor(040030, V, 052000, 100);
    r.end_of_list(040044);
    r.start_receive(040000);
    r.setup({kStation, {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}});
    r.m.advance(msec(5));
    CHECK(r.word(040010) == Delqa::kESetup);
    CHECK(r.bytes(051000, 60) == f1);
    CHECK(r.bytes(052000, 90) == f3);  // f2 was for another station
    CHECK(r.word(040040) == 0);
    CHECK(r.word(040042) == (30 | (30 << 8)));
    // Bad input: one-line errors.
    write_file(dir.file("bad.pcap"), {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24});
    Status s = dev->attach(*unit, "PCAP:" + dir.file("bad.pcap"), {});
    CHECK(!s);
    CHECK(s.message().find("not a pcap capture file") != std::string::npos);
    write_capture(dir.file("cut.pcap"), {f1});
    auto cut = read_file(dir.file("cut.pcap"));
    cut.resize(cut.size() - 5);
    write_file(dir.file("cut.pcap"), cut);
    s = dev->attach(*unit, "PCAP:" + dir.file("cut.pcap"), {});
    CHECK(!s);
    CHECK(s.message().find("more than the file holds") != std::string::npos);
    CHECK(!dev->attach(*unit, "PCAP:", {}));
    CHECK(!dev->attach(*unit, "PCAP:" + dir.file("missing.pcap"), {}));
}

TEST_CASE("DELQA: a descriptor chain that loops on itself does not hang", "[delqa]") {
    Rig r;
    wr(r.xq, CSR, Delqa::kIL | Delqa::kRE);
    r.descriptor(020000, V | C, 020000, 0);
    r.start_transmit(020000);
    r.m.advance(msec(20));  // returns: the controller takes a bounded number each service
    r.descriptor(040000, V | C, 040000, 0);
    r.start_receive(040000);
    r.setup({kStation});
    CHECK((rd(r.xq, CSR) & Delqa::kRL) != 0);
}

TEST_CASE("DELQA: SAVE and RESTORE keep the controller, its filter and held frames", "[delqa]") {
    ScratchDir dir;
    const std::string state = dir.file("xq.state");
    {
        Rig r;
        wr(r.xq, CSR, Delqa::kIL | Delqa::kRE | Delqa::kIE);
        wr(r.xq, VAR, 0154);
        r.setup({kStation}, 2);  // held: no receive list
        REQUIRE(r.m.save(state));
    }
    Rig r2;
    REQUIRE(set_modifier(r2.m, "XQ", "MAC", "08-00-2B-0F-0F-0F"));
    REQUIRE(r2.m.restore(state));
    CHECK(r2.xq.mac() == kStation);
    CHECK(r2.xq.filter().promiscuous());
    CHECK(rd(r2.xq, VAR) == 0154);
    CHECK((rd(r2.xq, CSR) & (Delqa::kXI | Delqa::kIE | Delqa::kRE)) == (Delqa::kXI | Delqa::kIE | Delqa::kRE));
    CHECK(r2.m.fake_bus().pending("XQ"));
    r2.descriptor(040000, V, 050000, 100);
    r2.end_of_list(040014);
    r2.start_receive(040000);
    r2.m.advance(usec(10));
    CHECK(r2.word(040010) == Delqa::kESetup);
}

TEST_CASE("DELQA: link names; what is not compiled in says so", "[delqa]") {
    std::unique_ptr<EthernetLink> link;
    Status s = open_ethernet_link("", link);
    CHECK(!s);
    CHECK(s.message().find("PCAP:") != std::string::npos);
    s = open_ethernet_link("NAT:bogus", link);
    CHECK(!s);
    CHECK(!link);
    s = open_ethernet_link("no-such-interface-xq0", link);
    CHECK(!s);  // without libpcap: not built in; with it: no such device (or no privilege)
    CHECK(!link);
}
