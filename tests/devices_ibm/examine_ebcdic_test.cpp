// EXAMINE -c and DEPOSIT -c on the S/360 at the SCP: storage holds EBCDIC, so characters
// are shown and taken in it (X'C1' is A, X'40' a blank), and codes with no printable
// character appear as their value in hex. Also LOAD -r at the same console: a device or FIFO
// is refused without a byte read.
#include <catch2/catch.hpp>

#include "machines/s360/s360_machine.hpp"
#include "scp-console/session.hpp"

using namespace simmon;

namespace {

struct S360Session {
    scp::Output out;
    scp::Scp scp{{MachineInfo{"s360", "S/360", [] { return std::make_unique<s360::S360Machine>(); }}}, out, false};
    S360Session() { REQUIRE(scp.select_machine("s360")); }
    std::string run(const std::string& line) {
        const Status s = scp.execute_line(line);
        return s ? std::string{} : s.message();
    }
    std::string take() { return out.take_captured(); }
};

}  // namespace

TEST_CASE("s360 EXAMINE -c shows storage as EBCDIC", "[s360][scp]") {
    S360Session s;
    // "HI 360" in EBCDIC, then X'15' (NL), which has no printable character.
    REQUIRE(s.run("DEPOSIT 1000 C8") == "");
    REQUIRE(s.run("DEPOSIT 1001 C9") == "");
    REQUIRE(s.run("DEPOSIT 1002 40") == "");
    REQUIRE(s.run("DEPOSIT 1003 F3") == "");
    REQUIRE(s.run("DEPOSIT 1004 F6") == "");
    REQUIRE(s.run("DEPOSIT 1005 F0") == "");
    REQUIRE(s.run("DEPOSIT 1006 15") == "");
    s.take();
    REQUIRE(s.run("EXAMINE -c 1000-1006") == "");
    const std::string shown = s.take();
    CHECK(shown.find("1000:\tH") != std::string::npos);
    CHECK(shown.find("1001:\tI") != std::string::npos);
    CHECK(shown.find("1003:\t3") != std::string::npos);
    CHECK(shown.find("1005:\t0") != std::string::npos);
    CHECK(shown.find("1006:\t<15>") != std::string::npos);
}

TEST_CASE("s360 DEPOSIT -c stores EBCDIC", "[s360][scp]") {
    S360Session s;
    REQUIRE(s.run("DEPOSIT -c 2000 \"A\"") == "");
    REQUIRE(s.run("DEPOSIT -c 2001 \"1\"") == "");
    s.take();
    REQUIRE(s.run("EXAMINE 2000-2001") == "");
    const std::string shown = s.take();
    CHECK(shown.find("2000:\tC1") != std::string::npos);
    CHECK(shown.find("2001:\tF1") != std::string::npos);
}

TEST_CASE("s360 LOAD -r refuses /dev/zero and /dev/null without reading them", "[s360][scp]") {
    S360Session s;
    CHECK(s.run("LOAD -r /dev/zero").find("not a regular file") != std::string::npos);
    CHECK(s.run("LOAD -r /dev/null 100").find("not a regular file") != std::string::npos);
}
