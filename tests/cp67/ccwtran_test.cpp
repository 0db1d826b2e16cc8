// CP-67's CCW translator (software-kits/s360/cp67/vio/ccwtran.asm) run on the S/360 CPU
// with a small harness for the kernel services it calls (ccwtran_harness.asm: a FREE that
// hands out storage, a TRANGR that maps guest page p to real frame base + (p XOR 1), so that
// consecutive guest pages never lie together in real storage). Each case writes a guest
// channel program into guest storage, has CCWTRAN translate it, and checks the real program
// and the map it built: page splitting with data chaining, TICs into the copy, minidisk
// seeks relocated or refused, the self-loading rule, a loop without data, program checks.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "machines/s360/asm360/linker.hpp"
#include "tests/cp67/cp_module_harness.hpp"

namespace a = simmon::s360::asm360;
namespace cp67_test = simmon::cp67_test;

namespace {

// The linked harness and module, once for all cases.
const a::LinkResult& linked() {
    static const a::LinkResult l =
        cp67_test::link_module("tests/cp67/ccwtran_harness.asm", "software-kits/s360/cp67/vio/ccwtran.asm");
    return l;
}

std::uint32_t symbol(const std::string& name) { return cp67_test::symbol_in(linked(), name); }

constexpr std::uint32_t kGuestBase = 0x80000;
constexpr std::uint32_t kGuestSize = 0x40000;

struct Ccw {
    std::uint8_t cmd;
    std::uint32_t addr;
    std::uint8_t flags;
    std::uint16_t count;
};

// One translation: the guest's storage and CCWs in, CCWTRAN run, its block read back.
class Translation : public cp67_test::ModuleRun {
public:
    Translation() : ModuleRun(linked(), 1024 * 1024) {
        offs_ = symbol("HOFFS");
        mem_.write32_be(symbol("HVMB") + off(10), kGuestSize);
    }
    std::uint32_t off(int i) { return mem_.read32_be(offs_ + 4 * static_cast<std::uint32_t>(i)); }

    static std::uint32_t real(std::uint32_t g) { return kGuestBase + (((g >> 12) ^ 1) << 12) + (g & 0xFFF); }
    void guest8(std::uint32_t g, std::uint8_t v) { mem_.write8(real(g), v); }
    void guest_ccws(std::uint32_t g, const std::vector<Ccw>& ccws) {
        for (const Ccw& c : ccws) {
            guest8(g, c.cmd);
            guest8(g + 1, static_cast<std::uint8_t>(c.addr >> 16));
            guest8(g + 2, static_cast<std::uint8_t>(c.addr >> 8));
            guest8(g + 3, static_cast<std::uint8_t>(c.addr));
            guest8(g + 4, c.flags);
            guest8(g + 5, 0);
            guest8(g + 6, static_cast<std::uint8_t>(c.count >> 8));
            guest8(g + 7, static_cast<std::uint8_t>(c.count));
            g += 8;
        }
    }
    void guest_bytes(std::uint32_t g, const std::vector<std::uint8_t>& b) {
        for (std::uint8_t v : b) guest8(g++, v);
    }
    // A minidisk of `ncyl` cylinders from real cylinder `reln` (a 2314).
    void minidisk(std::uint16_t reln, std::uint16_t ncyl, bool read_only = false) {
        const std::uint32_t v = symbol("HVDEV");
        mem_.write8(v + off(4), static_cast<std::uint8_t>(0x10 | (read_only ? 0x40 : 0)));  // VDEVMDSK, VDEVRO
        mem_.write8(v + off(5), 0x04);      // DASD
        mem_.write8(v + off(5) + 1, 0x40);  // 2314
        mem_.write16_be(v + off(6), reln);
        mem_.write16_be(v + off(7), ncyl);
    }
    void dasd() {
        const std::uint32_t v = symbol("HVDEV");
        mem_.write8(v + off(5), 0x04);
        mem_.write8(v + off(5) + 1, 0x40);
    }

    // Runs CCWTRAN from guest address `start` with flags (X'80' continuation, X'40' IPL).
    void run(std::uint32_t start, std::uint32_t flags = 0) {
        mem_.write32_be(symbol("HARG1"), start);
        mem_.write32_be(symbol("HARG0"), flags);
        run_harness(2000000);
        rc = mem_.read32_be(symbol("HRESULT"));
        block = mem_.read32_be(symbol("HRESULT") + 4);
        if (rc == 0) n = mem_.read16_be(block + off(0));
    }
    // The real CCW i and its map entry.
    Ccw real_ccw(int i) {
        const std::uint32_t c = block + off(1) + 8 * static_cast<std::uint32_t>(i);
        return Ccw{mem_.read8(c), mem_.read32_be(c) & 0xFFFFFF, mem_.read8(c + 4), mem_.read16_be(c + 6)};
    }
    std::uint32_t ccw_address(int i) { return block + off(1) + 8 * static_cast<std::uint32_t>(i); }
    std::uint32_t map_guest(int i) { return mem_.read32_be(block + off(2) + 8 * static_cast<std::uint32_t>(i)); }
    std::uint16_t map_tail(int i) { return mem_.read16_be(block + off(2) + 8 * static_cast<std::uint32_t>(i) + 4); }
    std::uint8_t map_flags(int i) { return mem_.read8(block + off(2) + 8 * static_cast<std::uint32_t>(i) + 6); }
    std::uint8_t byte(std::uint32_t r) { return mem_.read8(r); }
    std::uint16_t half(std::uint32_t r) { return mem_.read16_be(r); }
    std::uint32_t counter(const char* name) { return mem_.read32_be(symbol(name)); }
    std::uint32_t counter_at(const char* name, std::uint32_t i) { return mem_.read32_be(symbol(name) + 4 * i); }
    void set(const char* name, std::uint32_t value) { mem_.write32_be(symbol(name), value); }
    std::uint16_t vdev_cyl() { return mem_.read16_be(symbol("HVDEV") + off(9)); }

    std::uint32_t rc = 0, block = 0;
    int n = 0;

private:
    std::uint32_t offs_ = 0;
};

constexpr std::uint8_t kCD = 0x80, kCC = 0x40, kSLI = 0x20;
constexpr std::uint8_t kMarkSelf = 1, kMarkFull = 2, kMarkLoop = 3, kMarkErr = 4;

}  // namespace

TEST_CASE("a CCW within a page becomes one real CCW at the page's real address", "[cp67][ccwtran]") {
    Translation t;
    t.guest_ccws(0x1000, {{0x06, 0x2100, kSLI, 800}});
    t.run(0x1000);
    REQUIRE(t.rc == 0);
    REQUIRE(t.n == 1);
    Ccw c = t.real_ccw(0);
    CHECK(c.cmd == 0x06);
    CHECK(c.addr == Translation::real(0x2100));
    CHECK(c.flags == kSLI);
    CHECK(c.count == 800);
    CHECK(t.map_guest(0) == 0x1000);
    CHECK(t.map_tail(0) == 0);
    CHECK(t.counter("HFIXES") == 1);
}

TEST_CASE("a CCW whose data crosses a page boundary is split into data-chained CCWs", "[cp67][ccwtran]") {
    Translation t;
    // 7294 bytes from 0x2F00: 0x100 in page 2, 4096 in page 3, the rest in page 4.
    t.guest_ccws(0x1000, {{0x06, 0x2F00, kCC | kSLI, 7294}, {0x03, 0, 0, 1}});
    t.run(0x1000);
    REQUIRE(t.rc == 0);
    REQUIRE(t.n == 4);
    Ccw a = t.real_ccw(0), b = t.real_ccw(1), c = t.real_ccw(2);
    CHECK(a.addr == Translation::real(0x2F00));
    CHECK(a.count == 0x100);
    CHECK(a.flags == (kCD | kSLI));
    CHECK(b.addr == Translation::real(0x3000));
    CHECK(b.count == 4096);
    CHECK(b.flags == (kCD | kSLI));
    CHECK(c.addr == Translation::real(0x4000));
    CHECK(c.count == 7294 - 0x100 - 4096);
    CHECK(c.flags == (kCC | kSLI));  // the guest's own flags on the last piece
    CHECK(t.map_tail(0) == 7294 - 0x100);
    CHECK(t.map_tail(1) == 7294 - 0x100 - 4096);
    CHECK(t.map_tail(2) == 0);
    CHECK(t.map_guest(1) == 0x1000);
    CHECK(t.map_guest(3) == 0x1008);
    CHECK(t.counter("HFIXES") == 3);
}

TEST_CASE("CCWFREE unfixes each page by its real address, with no user (a logoff in mid-I/O)", "[cp67][ccwtran]") {
    Translation t;
    // Three pages fixed (0x2F00 across pages 2, 3, 4); CCWFREE with R11 = 0 afterwards, as
    // VIOEND frees the block of a program whose user logged off while it ran. Before, the
    // block was freed without unfixing and the frames stayed locked for good.
    t.set("HFREEIT", 1);
    t.guest_ccws(0x1000, {{0x06, 0x2F00, kCC | kSLI, 7294}, {0x03, 0, 0, 1}});
    t.run(0x1000);
    REQUIRE(t.rc == 0);
    REQUIRE(t.counter("HFIXES") == 3);
    REQUIRE(t.counter("HUNFIX") == 3);
    std::vector<std::uint32_t> pages;
    for (std::uint32_t i = 0; i < 3; ++i) pages.push_back(t.counter_at("HUNFIXA", i) & 0xFFF000);
    std::sort(pages.begin(), pages.end());
    std::vector<std::uint32_t> want{Translation::real(0x2000) & 0xFFF000, Translation::real(0x3000) & 0xFFF000,
                                    Translation::real(0x4000) & 0xFFF000};
    std::sort(want.begin(), want.end());
    CHECK(pages == want);
    CHECK(t.counter("HFRETS") == 1);
}

TEST_CASE("a minidisk's seek is copied and relocated, its search loop points into the copy", "[cp67][ccwtran]") {
    Translation t;
    t.minidisk(11, 10);
    t.guest_bytes(0x3000, {0, 0, 0, 3, 0, 5});  // seek cylinder 3 head 5
    t.guest_bytes(0x3008, {0, 3, 0, 5, 2});     // search ID 3 5 2
    t.guest_ccws(0x1000, {{0x07, 0x3000, kCC, 6},
                          {0x31, 0x3008, kCC, 5},
                          {0x08, 0x1008, 0, 0},
                          {0x06, 0x5000, 0, 800}});
    t.run(0x1000);
    REQUIRE(t.rc == 0);
    REQUIRE(t.n == 4);
    Ccw seek = t.real_ccw(0);
    CHECK(seek.cmd == 0x07);
    CHECK(t.half(seek.addr + 2) == 14);  // 3 + 11
    CHECK(t.half(seek.addr + 4) == 5);
    CHECK(t.vdev_cyl() == 3);
    Ccw search = t.real_ccw(1);
    CHECK(search.addr == Translation::real(0x3008));  // records 1 and up: the guest's own
    Ccw tic = t.real_ccw(2);
    CHECK(tic.cmd == 0x08);
    CHECK(tic.addr == t.ccw_address(1));
    Ccw read = t.real_ccw(3);
    CHECK(read.cmd == 0x06);
    CHECK(read.addr == Translation::real(0x5000));
}

TEST_CASE("a minidisk's search for record 0 is relocated (the volume's own record)", "[cp67][ccwtran]") {
    Translation t;
    t.minidisk(11, 10);
    t.guest_bytes(0x3000, {0, 0, 0, 2, 0, 1});
    t.guest_bytes(0x3008, {0, 2, 0, 1, 0});  // R0 of cylinder 2 head 1
    t.guest_ccws(0x1000, {{0x07, 0x3000, kCC, 6}, {0x31, 0x3008, kCC, 5}, {0x08, 0x1008, 0, 0}, {0x1D, 0x3100, 0, 8}});
    t.run(0x1000);
    REQUIRE(t.rc == 0);
    Ccw search = t.real_ccw(1);
    CHECK(t.half(search.addr) == 13);
    CHECK(t.half(search.addr + 2) == 1);
    CHECK(t.byte(search.addr + 4) == 0);
}

TEST_CASE("a seek beyond the minidisk is refused with unit check, command reject", "[cp67][ccwtran]") {
    Translation t;
    t.minidisk(11, 10);
    t.guest_bytes(0x3000, {0, 0, 0, 10, 0, 0});  // cylinder 10 of 0-9
    t.guest_ccws(0x1000, {{0x07, 0x3000, kCC, 6}, {0x06, 0x5000, 0, 800}});
    t.run(0x1000);
    REQUIRE(t.rc == 0);
    // Refused at the first CCW: only the marker (SIO then gives cc 1 with the CSW).
    REQUIRE(t.n == 1);
    CHECK(t.real_ccw(0).cmd == 0x03);
    CHECK(t.real_ccw(0).flags == kSLI);  // no chaining: the real program ends there
    CHECK((t.map_flags(0) & 7) == kMarkErr);
    CHECK(t.map_guest(0) == 0x1000);
}

TEST_CASE("a minidisk program that does not seek first begins with a seek to the guest's arm", "[cp67][ccwtran]") {
    Translation t;
    t.minidisk(11, 10);
    t.guest_bytes(0x3008, {0, 3, 0, 5, 2});
    t.guest_ccws(0x1000, {{0x31, 0x3008, kCC, 5}, {0x08, 0x1000, 0, 0}, {0x06, 0x5000, 0, 800}});
    t.run(0x1000);
    REQUIRE(t.rc == 0);
    REQUIRE(t.n == 4);
    CHECK(t.real_ccw(0).cmd == 0x07);
    CHECK((t.map_flags(0) & 0x80) != 0);  // CP's own
    CHECK(t.half(t.real_ccw(0).addr + 2) == 11);
    CHECK(t.real_ccw(2).addr == t.ccw_address(1));
}

TEST_CASE("a write to a read-only minidisk is refused", "[cp67][ccwtran]") {
    Translation t;
    t.minidisk(0, 20, true);
    t.guest_bytes(0x3000, {0, 0, 0, 1, 0, 0});
    t.guest_bytes(0x3008, {0, 1, 0, 0, 1});
    t.guest_ccws(0x1000, {{0x07, 0x3000, kCC, 6}, {0x31, 0x3008, kCC, 5}, {0x08, 0x1008, 0, 0}, {0x05, 0x5000, 0, 800}});
    t.run(0x1000);
    REQUIRE(t.rc == 0);
    REQUIRE(t.n == 4);
    CHECK((t.map_flags(3) & 7) == kMarkErr);
    CHECK(t.map_guest(3) == 0x1018);
}

TEST_CASE("IPL: the part up to the CCWs the IPL record reads runs first", "[cp67][ccwtran]") {
    Translation t;
    t.minidisk(0, 20);
    t.run(0, 0x40);
    REQUIRE(t.rc == 0);
    // Read IPL on a minidisk: seek cylinder 0, search record 1, TIC, read data; then the
    // CCW at 8 is one the IPL read stores: a marker to go on from there.
    REQUIRE(t.n == 5);
    CHECK(t.real_ccw(0).cmd == 0x07);
    CHECK(t.real_ccw(1).cmd == 0x31);
    CHECK(t.byte(t.real_ccw(1).addr + 4) == 1);
    CHECK(t.real_ccw(2).cmd == 0x08);
    Ccw read = t.real_ccw(3);
    CHECK(read.cmd == 0x06);
    CHECK(read.addr == Translation::real(0));
    CHECK(read.count == 24);
    CHECK((t.map_flags(4) & 7) == kMarkSelf);
    CHECK(t.map_guest(4) == 8);
}

TEST_CASE("a TIC to CCWs an earlier CCW reads in stops the piece there", "[cp67][ccwtran]") {
    Translation t;
    t.dasd();
    // read 64 bytes into 0x2000 (the next CCWs), then TIC to them: link360's IPL2 loader
    t.guest_ccws(0x1000, {{0x06, 0x2000, kCC | kSLI, 64}, {0x08, 0x2000, 0, 0}});
    t.run(0x1000, 0x80);
    REQUIRE(t.rc == 0);
    REQUIRE(t.n == 3);
    CHECK(t.real_ccw(1).cmd == 0x08);
    CHECK(t.real_ccw(1).addr == t.ccw_address(2));
    CHECK((t.map_flags(2) & 7) == kMarkSelf);
    CHECK(t.map_guest(2) == 0x2000);
}

TEST_CASE("a loop of NOPs and TICs becomes a loop marker, not a real loop", "[cp67][ccwtran]") {
    Translation t;
    t.dasd();
    t.guest_ccws(0x1000, {{0x03, 0, kCC, 1}, {0x08, 0x1000, 0, 0}});
    t.run(0x1000);
    REQUIRE(t.rc == 0);
    REQUIRE(t.n == 2);
    CHECK(t.real_ccw(1).cmd == 0x03);
    CHECK((t.real_ccw(1).flags & (kCC | kCD)) == 0);
    CHECK((t.map_flags(1) & 7) == kMarkLoop);
}

TEST_CASE("a real loop with data stays a loop in the copy", "[cp67][ccwtran]") {
    Translation t;
    t.dasd();
    t.guest_ccws(0x1000, {{0x02, 0x3000, kCC | kSLI, 80}, {0x08, 0x1000, 0, 0}});
    t.run(0x1000);
    REQUIRE(t.rc == 0);
    REQUIRE(t.n == 2);
    CHECK(t.real_ccw(1).cmd == 0x08);
    CHECK(t.real_ccw(1).addr == t.ccw_address(0));
}

TEST_CASE("program checks: a TIC first, a count of zero, data beyond storage", "[cp67][ccwtran]") {
    SECTION("TIC first") {
        Translation t;
        t.guest_ccws(0x1000, {{0x08, 0x1100, 0, 0}});
        t.run(0x1000);
        REQUIRE(t.n == 1);
        CHECK((t.map_flags(0) & 7) == kMarkErr);
    }
    SECTION("zero count") {
        Translation t;
        t.guest_ccws(0x1000, {{0x02, 0x3000, 0, 0}});
        t.run(0x1000);
        REQUIRE(t.n == 1);
        CHECK((t.map_flags(0) & 7) == kMarkErr);
    }
    SECTION("data beyond the guest's storage") {
        Translation t;
        t.guest_ccws(0x1000, {{0x02, kGuestSize - 40, 0, 80}});
        t.run(0x1000);
        REQUIRE(t.n == 1);
        CHECK((t.map_flags(0) & 7) == kMarkErr);
    }
}

TEST_CASE("a program longer than the block runs in pieces", "[cp67][ccwtran]") {
    Translation t;
    t.dasd();
    std::vector<Ccw> many;
    for (int i = 0; i < 300; ++i) many.push_back({0x02, 0x20000, kCC | kSLI, 80});
    many.back().flags = kSLI;
    t.guest_ccws(0x8000, many);
    t.run(0x8000);
    REQUIRE(t.rc == 0);
    REQUIRE(t.n > 100);
    REQUIRE(t.n <= 160);
    CHECK((t.map_flags(t.n - 1) & 7) == kMarkFull);
    CHECK(t.map_guest(t.n - 1) == 0x8000 + 8 * static_cast<std::uint32_t>(t.n - 1));
}

TEST_CASE("a piece fixes at most 16 different pages (all of them must be in at once)", "[cp67][ccwtran]") {
    Translation t;
    t.dasd();
    std::vector<Ccw> many;
    for (std::uint32_t i = 0; i < 40; ++i) many.push_back({0x02, 0x10000 + i * 0x1000, kCC | kSLI, 80});
    many.back().flags = kSLI;
    t.guest_ccws(0x8000, many);
    t.run(0x8000);
    REQUIRE(t.rc == 0);
    REQUIRE(t.n == 17);  // sixteen reads, then the stop marker
    CHECK((t.map_flags(16) & 7) == kMarkFull);
    CHECK(t.map_guest(16) == 0x8000 + 8 * 16);
}
