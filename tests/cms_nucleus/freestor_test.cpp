// CMS's free storage (software-kits/s360/cms/nucleus/freestor.asm) run on the S/360 CPU
// with a small harness (freestor_harness.asm) after NUCON: DMSFREE and DMSFRET in
// doublewords from a 4K low area at X'8000' below the user area (X'10000'), then whole
// pages from the top of a 128K storage down (FREELOWE), never below the program loaded
// (NUCLDEND) or what a command keeps (NUCUSED); blocks zeroed, neighbours joined, pages
// given back, and a block that is not in use refused.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "core/memory/physical_memory.hpp"
#include "machines/s360/asm360/asm360.hpp"
#include "machines/s360/asm360/linker.hpp"
#include "machines/s360/bus/io_interface.hpp"
#include "machines/s360/cpu/s360_cpu.hpp"

namespace a = simmon::s360::asm360;

namespace {

// No devices: free storage does no I/O.
class NoChannel : public simmon::s360::IoInterface {
public:
    simmon::s360::IoConditionCode start_io(std::uint16_t) override { return 3; }
    simmon::s360::IoConditionCode test_io(std::uint16_t) override { return 3; }
    simmon::s360::IoConditionCode halt_io(std::uint16_t) override { return 3; }
    simmon::s360::IoConditionCode test_channel(std::uint16_t) override { return 3; }
    bool interruption_pending(std::uint8_t) const override { return false; }
    std::uint16_t take_interruption(std::uint8_t) override { return 0; }
};

a::AssemblyResult assemble(const std::string& path) {
    a::AssemblerOptions o;
    o.libraries.push_back(std::string(SIMMON_SOURCE_DIR) + "/software-kits/s360/cms/maclib");
    o.libraries.push_back(std::string(SIMMON_SOURCE_DIR) + "/software-kits/s360/maclib");
    a::AssemblyResult r = a::assemble_file(std::string(SIMMON_SOURCE_DIR) + "/" + path, o);
    std::string text;
    for (const auto& d : r.diagnostics.all()) text += d.format() + "\n";
    INFO(path << ":\n" << text);
    REQUIRE(r.return_code <= 4);
    return r;
}

// NUCON, the harness and FREESTOR linked at 0, once for all cases.
const a::LinkResult& linked() {
    static const a::LinkResult l = [] {
        const char* parts[] = {"software-kits/s360/cms/nucleus/nucon.asm", "tests/cms_nucleus/freestor_harness.asm",
                               "software-kits/s360/cms/nucleus/freestor.asm"};
        std::vector<std::pair<std::string, std::vector<std::uint8_t>>> decks;
        for (const char* p : parts) decks.push_back({p, assemble(p).object});
        a::LinkOptions lo;
        lo.origin_given = true;
        lo.origin = 0;
        a::LinkResult r = a::link_decks(decks, lo);
        for (const auto& e : r.errors) INFO(e);
        REQUIRE(r.ok);
        return r;
    }();
    return l;
}

std::uint32_t symbol(const std::string& name) {
    for (const auto& s : linked().map)
        if (s.name == name) return s.address;
    FAIL("no symbol " << name);
    return 0;
}

constexpr std::uint32_t kLow = 0x8000, kLowEnd = 0x9000, kUser = 0x10000, kSize = 0x20000;
constexpr std::uint32_t kFree = 1, kFret = 2, kLdend = 3, kUsed = 4;

struct Op {
    std::uint32_t kind;
    std::uint32_t value;  // doublewords, or the address for kLdend / kUsed
    std::uint32_t slot;
};

class FreeStorage {
public:
    explicit FreeStorage(bool pages = true) : cpu_(mem_, channel_), pages_(pages) {
        mem_.resize(kSize);
        const auto& img = linked().image;
        REQUIRE(img.size() < kLow);
        for (std::size_t i = 0; i < img.size(); ++i) mem_.write8(static_cast<std::uint32_t>(i), img[i]);
        cpu_.memory_resized();
        cpu_.reset();
        // The storage blocks come from is dirty, so that zeroing shows.
        for (std::uint32_t i = kLow; i < kSize; ++i)
            if (i < kLowEnd || i >= kUser) mem_.write8(i, 0xA5);
    }
    void run(const std::vector<Op>& ops) {
        const std::uint32_t p = symbol("HPARMS");
        mem_.write32_be(p, kLow);
        mem_.write32_be(p + 4, kLowEnd);
        mem_.write32_be(p + 8, pages_ ? 1 : 0);
        mem_.write32_be(p + 12, kUser);
        mem_.write32_be(p + 16, kSize);
        std::uint32_t at = symbol("HOPS");
        for (const Op& o : ops) {
            mem_.write32_be(at, o.kind);
            mem_.write32_be(at + 4, o.value);
            mem_.write32_be(at + 8, o.slot);
            at += 12;
        }
        mem_.write32_be(at, 0);
        REQUIRE(cpu_.load_psw(symbol("HSTART")));
        simmon::s360::RunExit why = cpu_.run(5000000);
        INFO("program old PSW " << std::hex << mem_.read64_be(0x28));
        REQUIRE(why == simmon::s360::RunExit::DisabledWait);
        REQUIRE(cpu_.instruction_address() == 0);
    }
    std::uint32_t ptr(int slot) { return mem_.read32_be(symbol("HPTRS") + 4 * static_cast<std::uint32_t>(slot)); }
    std::uint32_t rc(int slot) { return mem_.read32_be(symbol("HRCS") + 4 * static_cast<std::uint32_t>(slot)); }
    std::uint32_t free_bytes() { return mem_.read32_be(symbol("HRESULT")); }
    std::uint32_t freelowe() { return mem_.read32_be(symbol("HRESULT") + 4); }
    std::uint8_t byte(std::uint32_t at) { return mem_.read8(at); }

private:
    simmon::PhysicalMemory mem_;
    NoChannel channel_;
    simmon::s360::S360Cpu cpu_;
    bool pages_;
};

}  // namespace

TEST_CASE("DMSFREE gives zeroed doubleword blocks of the low area that do not overlap", "[cms][freestor]") {
    FreeStorage f;
    f.run({{kFree, 3, 0}, {kFree, 10, 1}, {kFree, 1, 2}});
    CHECK(f.free_bytes() == 4096 - 8 * 14);
    CHECK(f.freelowe() == kSize);  // no page of the user area taken
    const std::uint32_t sizes[] = {3, 10, 1};
    for (int i = 0; i < 3; ++i) {
        CHECK(f.rc(i) == 0);
        const std::uint32_t p = f.ptr(i);
        CHECK(p % 8 == 0);
        CHECK(p >= kLow);
        CHECK(p + 8 * sizes[i] <= kLowEnd);
        for (std::uint32_t b = 0; b < 8 * sizes[i]; ++b) REQUIRE(f.byte(p + b) == 0);
        for (int j = 0; j < 3; ++j)
            if (j != i) CHECK((f.ptr(j) + 8 * sizes[j] <= p || p + 8 * sizes[i] <= f.ptr(j)));
    }
}

TEST_CASE("blocks given back in any order make the low area whole again", "[cms][freestor]") {
    FreeStorage f;
    f.run({{kFree, 3, 0}, {kFree, 10, 1}, {kFree, 1, 2}, {kFree, 40, 3}, {kFret, 10, 1}, {kFret, 40, 3},
           {kFret, 3, 0}, {kFret, 1, 2}, {kFree, 512, 4}});
    for (int i = 0; i < 4; ++i) CHECK(f.rc(i) == 0);
    // The whole 4K in one block again: joined, and from the low area.
    CHECK(f.rc(4) == 0);
    CHECK(f.ptr(4) == kLow);
    CHECK(f.free_bytes() == 0);
    CHECK(f.freelowe() == kSize);
}

TEST_CASE("past the low area DMSFREE takes pages from the top of the user area and gives them back",
          "[cms][freestor]") {
    FreeStorage f;
    // 4800 bytes: not in the 4K low area; two pages from the top, the block at their top.
    f.run({{kFree, 600, 0}, {kFree, 10, 1}});
    CHECK(f.rc(0) == 0);
    CHECK(f.ptr(0) + 4800 == kSize);
    CHECK(f.ptr(1) >= kLow);  // a small block still comes from the low area
    CHECK(f.ptr(1) < kLowEnd);
    CHECK(f.freelowe() == kSize - 8192);
    for (std::uint32_t b = 0; b < 4800; ++b) REQUIRE(f.byte(f.ptr(0) + b) == 0);
    CHECK(f.free_bytes() == 4096 - 80 + 8192 - 4800);

    FreeStorage g;
    g.run({{kFree, 600, 0}, {kFret, 600, 0}});
    CHECK(g.rc(1) == 0);
    CHECK(g.freelowe() == kSize);  // the pages went back to the user area
    CHECK(g.free_bytes() == 4096);
}

TEST_CASE("pages are never taken below the program loaded or what a command keeps", "[cms][freestor]") {
    FreeStorage f;
    f.run({{kLdend, kSize - 4096, 0}, {kFree, 600, 0}, {kFree, 500, 1}});
    CHECK(f.rc(0) == 1);  // would need two pages: one is all there is above the program
    CHECK(f.rc(1) == 0);  // 4000 bytes: the low area
    CHECK(f.freelowe() == kSize);

    FreeStorage g;
    g.run({{kUsed, kSize - 4096, 0}, {kFree, 600, 0}, {kUsed, 0, 0}, {kFree, 600, 1}});
    CHECK(g.rc(0) == 1);
    CHECK(g.rc(1) == 0);
    CHECK(g.freelowe() == kSize - 8192);

    FreeStorage h(false);  // no pages of a user area at all (the file system's own test)
    h.run({{kFree, 600, 0}, {kFree, 512, 1}});
    CHECK(h.rc(0) == 1);
    CHECK(h.rc(1) == 0);
}

TEST_CASE("DMSFRET refuses a block that is not in use and leaves free storage as it was", "[cms][freestor]") {
    FreeStorage f;
    f.run({{kFree, 4, 0}, {kFree, 4, 1}, {kFret, 4, 0}, {kFret, 4, 0}, {kFret, 8, 1}});
    CHECK(f.rc(0) == 2);  // slot 0 given back twice: the second is refused
    CHECK(f.rc(1) == 2);  // slot 1 given back as larger than it is: it overlaps a free block
    CHECK(f.free_bytes() == 4096 - 32);
}
