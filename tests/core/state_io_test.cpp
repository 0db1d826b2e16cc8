#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <cstdio>
#include <fstream>

#include "core/state/state_io.hpp"
#include "temp_dir.hpp"

using namespace simmon;

namespace {

StateWriter sample() {
    StateWriter w;
    w.begin("DEV");
    w.u8(0xAB);
    w.u32(0xDEADBEEF);
    w.u64(0x0123456789ABCDEFull);
    w.str("hello");
    const std::uint8_t raw[3] = {1, 2, 3};
    w.bytes(raw, 3);
    w.begin("INNER");
    w.u32(7);
    w.end();
    w.end();
    w.begin("NEXT");
    w.u32(42);
    w.end();
    return w;
}

}  // namespace

TEST_CASE("state stream round trip with nested sections", "[state]") {
    StateReader r(sample().data());
    std::uint8_t b = 0;
    std::uint32_t w32 = 0;
    std::uint64_t w64 = 0;
    std::string s;
    std::vector<std::uint8_t> raw;
    REQUIRE(r.begin("DEV"));
    REQUIRE(r.u8(b));
    REQUIRE(r.u32(w32));
    REQUIRE(r.u64(w64));
    REQUIRE(r.str(s));
    REQUIRE(r.bytes(raw));
    CHECK(b == 0xAB);
    CHECK(w32 == 0xDEADBEEF);
    CHECK(w64 == 0x0123456789ABCDEFull);
    CHECK(s == "hello");
    CHECK(raw == std::vector<std::uint8_t>{1, 2, 3});
    REQUIRE(r.end());  // skips the unread INNER section
    REQUIRE(r.begin("NEXT"));
    REQUIRE(r.u32(w32));
    CHECK(w32 == 42);
    REQUIRE(r.end());
    CHECK_FALSE(r.failed());
}

TEST_CASE("integers are little-endian on every host", "[state]") {
    StateWriter w;
    w.u32(0x11223344);
    CHECK(w.data() == std::vector<std::uint8_t>{0x44, 0x33, 0x22, 0x11});
}

TEST_CASE("reading past a section end or a truncated stream fails", "[state]") {
    StateWriter w;
    w.begin("A");
    w.u32(1);
    w.end();
    {
        StateReader r(w.data());
        std::uint64_t v = 0;
        REQUIRE(r.begin("A"));
        CHECK_FALSE(r.u64(v));  // only 4 bytes in the section
        CHECK(r.failed());
        CHECK_FALSE(r.status().is_ok());
    }
    const auto full = sample().data();
    for (std::size_t cut = 0; cut < full.size(); ++cut) {
        StateReader r(std::vector<std::uint8_t>(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(cut)));
        std::uint8_t b;
        std::uint32_t w32;
        std::uint64_t w64;
        std::string s;
        std::vector<std::uint8_t> raw;
        bool ok = r.begin("DEV") && r.u8(b) && r.u32(w32) && r.u64(w64) && r.str(s) && r.bytes(raw) && r.end() &&
                  r.begin("NEXT") && r.u32(w32) && r.end();
        CHECK_FALSE(ok);
        CHECK(r.failed());
    }
}

TEST_CASE("a wrong section tag is refused", "[state]") {
    StateReader r(sample().data());
    CHECK_FALSE(r.begin("RK"));
    CHECK(r.error().find("RK") != std::string::npos);
}

TEST_CASE("state file header checks magic, version and machine", "[state]") {
    test::TempDir dir;
    const auto path = dir.file("m.sav");
    REQUIRE(sample().write_file(path, "pdp11").is_ok());

    StateReader good;
    REQUIRE(good.read_file(path, "pdp11").is_ok());
    CHECK(good.begin("DEV"));

    StateReader other;
    Status s = other.read_file(path, "vax");
    CHECK(s.message() == "save file is for machine pdp11, not vax");

    // Patch the version number that follows the 12-byte magic.
    {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(12);
        const char v[4] = {9, 0, 0, 0};
        f.write(v, 4);
    }
    StateReader newer;
    CHECK(newer.read_file(path, "pdp11").message() ==
          fmt::format("save file {} has format version 9, which this simmon (version {}) does not read", path, kSaveFormatVersion));
    {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(12);
        const char v[4] = {3, 0, 0, 0};  // before device timings became the hardware's
        f.write(v, 4);
    }
    StateReader older;
    CHECK(older.read_file(path, "pdp11").message() ==
          fmt::format("save file {} has format version 3, from an older simmon; this one reads only {}", path, kSaveFormatVersion));

    {
        std::ofstream f(dir.file("junk"), std::ios::binary);
        f << "not a save file at all";
    }
    StateReader junk;
    CHECK_FALSE(junk.read_file(dir.file("junk"), "pdp11").is_ok());
    StateReader missing;
    CHECK_FALSE(missing.read_file(dir.file("nothing"), "pdp11").is_ok());
}
