// The 2741's line codes (ibm2741_code.hpp) and a 2703 line set to a 2741, driven by
// channel programs while a loopback telnet client types.
#include <catch2/catch.hpp>
#include <unistd.h>

#include "devices/ibm/ibm2703.hpp"
#include "devices/ibm/ibm2741_code.hpp"
#include "tests/devices_ibm/ibm_test_support.hpp"
#include "tests/devices_ibm/telnet_test_client.hpp"

using namespace simmon;
using namespace simmon::ibm;
using namespace simmon::ibm::test;

namespace {

std::string encoded(Code2741 code, const std::string& typed, bool& upper) {
    std::string out;
    for (const char c : typed) REQUIRE(encode_2741(code, static_cast<std::uint8_t>(c), upper, out));
    return out;
}

std::string decoded(Code2741 code, const std::string& codes, bool& upper) {
    std::string out;
    for (const char b : codes) out += decode_2741(code, static_cast<std::uint8_t>(b), upper);
    return out;
}

Status set_option(Device& d, const std::string& name, std::string_view value = {}) {
    for (const Modifier& m : d.modifiers())
        if (m.name == name) return m.set(nullptr, value);
    return Status::error("no option " + name);
}

struct ComBench : IoBench {
    ComBench() {
        auto controller = std::make_unique<Ibm2703>(*this, *channels, std::uint16_t{0x0C0});
        com = controller.get();
        line1 = controller->lines()[1].get();
        adopt_device(std::move(controller));
        for (auto& line : com->lines()) adopt_device(std::move(line));
    }
    template <typename F>
    void run_until(F done) {
        for (int i = 0; i < 2000 && !done(); ++i) {
            scheduler().skip_to_next();
            if (i % 20 == 19) ::usleep(1000);
        }
    }
    Ibm2703* com;
    Ibm2703Line* line1;
};

}  // namespace

TEST_CASE("2741 codes: a line with shifts in EBCD and in correspondence code", "[2741]") {
    bool upper = false;
    const std::string ebcd = encoded(Code2741::Ebcd, "Hello, 360\r", upper);
    CHECK(ebcd == std::string("\x1C\x70\x7C\x6B\x46\x46\x4C\x37\x01\x07\x0D\x15\x5B\x1F"));
    CHECK_FALSE(upper);
    const std::string corr = encoded(Code2741::Correspondence, "Hello, 360\r", upper);
    CHECK(corr == std::string("\x1C\x32\x7C\x29\x31\x31\x51\x6E\x01\x07\x0D\x13\x5B\x1F"));
    // Upper-case punctuation: '+' is the upper case of '&' in EBCD, of '=' in correspondence.
    upper = false;
    CHECK(encoded(Code2741::Ebcd, "+", upper) == std::string("\x1C\x61"));
    upper = false;
    CHECK(encoded(Code2741::Correspondence, "+", upper) == std::string("\x1C\x64"));
    // No key: nothing is sent.
    std::string none;
    upper = false;
    CHECK_FALSE(encode_2741(Code2741::Ebcd, '~', upper, none));
    CHECK(none.empty());
}

TEST_CASE("2741 codes: every character typed prints back as itself", "[2741]") {
    for (const Code2741 code : {Code2741::Ebcd, Code2741::Correspondence}) {
        int keys = 0;
        for (int c = 0x20; c < 0x7F; ++c) {
            bool typing = false, printing = false;
            std::string codes;
            if (!encode_2741(code, static_cast<std::uint8_t>(c), typing, codes)) continue;
            ++keys;
            for (const char b : codes) CHECK((__builtin_parity(static_cast<std::uint8_t>(b)) & 1) == 1);
            CHECK(decoded(code, codes, printing) == std::string(1, static_cast<char>(c)));
            CHECK(printing == typing);
        }
        CHECK(keys >= 85);  // 44 keys, two characters each, a few shared or not in ASCII
    }
    bool upper = false;
    CHECK(decoded(Code2741::Ebcd, "\x5B\x1F\x5E", upper) == "\r\n");   // NEW LINE, EOT, idle
    CHECK(decode_2741(Code2741::Ebcd, 0x03, upper).empty());            // even parity: none
}

TEST_CASE("2703: a 2741 line reads what is typed in line code and prints what is written", "[2741]") {
    ComBench b;
    REQUIRE(set_option(*b.line1, "2741"));
    REQUIRE(set_option(*b.line1, "CODE", "EBCD"));
    CHECK_FALSE(set_option(*b.line1, "CODE", "BAUDOT"));
    CHECK(b.line1->terminal() == Ibm2703Line::k2741);
    REQUIRE(b.com->attach(*b.com->units().front(), "127.0.0.1:0", {}));
    b.ccw(0x1000, 0x27, 0, 0, 1);  // enable line 1 (0C1): the first call takes line 0
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x0C1) == 0);
    Client first(b.com->listening_port());
    Client client(b.com->listening_port());
    REQUIRE(client.connected());
    b.run_until([&] { return b.channels->interruption_pending(0xFF); });
    REQUIRE(b.interrupt() == 0x0C1);
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd));

    client.send("Hi\r\n");
    b.ccw(0x1000, 0x02, 0x2000, kFlagSuppressLength, 80);  // read
    REQUIRE(b.channels->start_io(0x0C1) == 0);
    b.run_until([&] { return b.channels->interruption_pending(0xFF); });
    REQUIRE(b.interrupt() == 0x0C1);
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd));
    CHECK(b.residual() == 74);  // UC h LC i NL EOT
    const std::uint8_t want[] = {0x1C, 0x70, 0x7C, 0x73, 0x5B, 0x1F};
    for (std::size_t i = 0; i < sizeof want; ++i) CHECK(b.memory.read8(0x2000 + static_cast<std::uint32_t>(i)) == want[i]);

    // "OK" and a new line: upshift, o, k, NEW LINE.
    const std::uint8_t out[] = {0x1C, 0x4C, 0x45, 0x5B, 0x7C};
    for (std::size_t i = 0; i < sizeof out; ++i) b.memory.write8(0x3000 + static_cast<std::uint32_t>(i), out[i]);
    b.ccw(0x1000, 0x01, 0x3000, 0, sizeof out);
    REQUIRE(b.channels->start_io(0x0C1) == 0);
    b.run_events(100);
    REQUIRE(b.interrupt() == 0x0C1);
    b.run_until([] { return false; });
    const std::string seen = client.receive_text(8);
    CHECK(seen.find("Hi\r\n") != std::string::npos);  // the local copy
    CHECK(seen.find("OK\r\n") != std::string::npos);

    // ATTN (telnet IAC BRK) during a read: unit exception.
    b.ccw(0x1000, 0x02, 0x2000, kFlagSuppressLength, 80);
    REQUIRE(b.channels->start_io(0x0C1) == 0);
    client.send("\xff\xf3");
    b.run_until([&] { return b.channels->interruption_pending(0xFF); });
    REQUIRE(b.interrupt() == 0x0C1);
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd | kUnitException));
    CHECK(b.line1->show_status().find("2741 (EBCD code)") != std::string::npos);
}
