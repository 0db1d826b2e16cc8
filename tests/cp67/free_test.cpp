// CP-67's free storage (software-kits/s360/cp67/kernel/free.asm) run on the S/360 CPU with
// a small harness (free_harness.asm): FREE and FRET in doublewords from 16K, first fit in
// address order, blocks zeroed when given, neighbours joined when given back, and CP's own
// errors (out of storage, a block that is not free storage, a block given back twice) as
// CPABENDs with their codes.
#include <catch2/catch.hpp>

#include <cstdint>
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
        cp67_test::link_module("tests/cp67/free_harness.asm", "software-kits/s360/cp67/kernel/free.asm");
    return l;
}

std::uint32_t symbol(const std::string& name) { return cp67_test::symbol_in(linked(), name); }

struct Op {
    std::uint32_t kind;  // 1 FREE, 2 FRET
    std::uint32_t dwords;
    std::uint32_t slot;
};

class FreeStorage : public cp67_test::ModuleRun {
public:
    FreeStorage() : ModuleRun(linked(), 256 * 1024) {
        area_ = symbol("HAREA");
        // Storage the blocks will be given from is dirty, so that zeroing shows.
        for (std::uint32_t i = 0; i < 16384; ++i) mem_.write8(area_ + i, 0xA5);
    }
    // Runs the operations; true when it ended normally, false at a CPABEND.
    bool run(const std::vector<Op>& ops) {
        std::uint32_t at = symbol("HOPS");
        for (const Op& o : ops) {
            mem_.write32_be(at, o.kind);
            mem_.write32_be(at + 4, o.dwords);
            mem_.write32_be(at + 8, o.slot);
            at += 12;
        }
        mem_.write32_be(at, 0);
        return run_harness(5000000, 0xABE) == 0;
    }
    std::uint32_t ptr(int slot) { return mem_.read32_be(symbol("HPTRS") + 4 * static_cast<std::uint32_t>(slot)); }
    std::uint32_t first_free() { return mem_.read32_be(symbol("HRESULT")); }
    std::uint32_t free_dwords() { return mem_.read32_be(symbol("HRESULT") + 4); }
    std::string abend_code() {
        std::string s;
        const std::uint32_t c = symbol("HABCODE");
        // EBCDIC letters and digits of the code, as CPABEND has it.
        for (std::uint32_t i = 0; i < 6; ++i) {
            const std::uint8_t b = mem_.read8(c + i);
            if (b >= 0xF0 && b <= 0xF9) s += static_cast<char>('0' + (b - 0xF0));
            else if (b >= 0xC1 && b <= 0xC9) s += static_cast<char>('A' + (b - 0xC1));
            else if (b >= 0xD1 && b <= 0xD9) s += static_cast<char>('J' + (b - 0xD1));
            else if (b >= 0xE2 && b <= 0xE9) s += static_cast<char>('S' + (b - 0xE2));
            else s += '?';
        }
        return s;
    }
    std::uint32_t word(std::uint32_t at) { return mem_.read32_be(at); }
    std::uint8_t byte(std::uint32_t at) { return mem_.read8(at); }
    std::uint32_t area() const { return area_; }

private:
    std::uint32_t area_ = 0;
};

constexpr std::uint32_t kFree = 1, kFret = 2, kAll = 16384 / 8;

}  // namespace

TEST_CASE("FREE gives zeroed doubleword blocks inside free storage that do not overlap", "[cp67][free]") {
    FreeStorage f;
    REQUIRE(f.run({{kFree, 3, 0}, {kFree, 10, 1}, {kFree, 1, 2}}));
    CHECK(f.free_dwords() == kAll - 14);
    const std::uint32_t sizes[] = {3, 10, 1};
    for (int i = 0; i < 3; ++i) {
        const std::uint32_t p = f.ptr(i);
        CHECK(p % 8 == 0);
        CHECK(p >= f.area());
        CHECK(p + 8 * sizes[i] <= f.area() + 16384);
        for (std::uint32_t b = 0; b < 8 * sizes[i]; ++b) REQUIRE(f.byte(p + b) == 0);
        for (int j = 0; j < 3; ++j)
            if (j != i) CHECK((f.ptr(j) + 8 * sizes[j] <= p || p + 8 * sizes[i] <= f.ptr(j)));
    }
}

TEST_CASE("blocks given back in any order make free storage whole again", "[cp67][free]") {
    FreeStorage f;
    REQUIRE(f.run({{kFree, 3, 0}, {kFree, 10, 1}, {kFree, 1, 2}, {kFree, 40, 3},
                   {kFret, 10, 1}, {kFret, 40, 3}, {kFret, 3, 0}, {kFret, 1, 2}}));
    CHECK(f.free_dwords() == kAll);
    // One free block: all of it (word 0 the next block, word 1 its size).
    CHECK(f.first_free() == f.area());
    CHECK(f.word(f.area()) == 0);
    CHECK(f.word(f.area() + 4) == kAll);
}

TEST_CASE("a block given back is given again, first fit", "[cp67][free]") {
    FreeStorage f;
    // Three blocks, then the rest; the middle one back: the only free block, so the
    // next FREE takes its end.
    REQUIRE(f.run({{kFree, 4, 0}, {kFree, 4, 1}, {kFree, 4, 2}, {kFree, kAll - 12, 3}, {kFret, 4, 1},
                   {kFree, 2, 4}}));
    CHECK(f.ptr(4) == f.ptr(1) + 16);
    CHECK(f.free_dwords() == 2);
    CHECK(f.first_free() == f.ptr(1));
    CHECK(f.word(f.ptr(1) + 4) == 2);
}

TEST_CASE("free storage run out is CPABEND FRE001", "[cp67][free]") {
    FreeStorage f;
    CHECK_FALSE(f.run({{kFree, kAll - 1, 0}, {kFree, 2, 1}}));
    CHECK(f.abend_code() == "FRE001");
}

TEST_CASE("a size of zero is CPABEND FRE002", "[cp67][free]") {
    FreeStorage f;
    CHECK_FALSE(f.run({{kFree, 0, 0}}));
    CHECK(f.abend_code() == "FRE002");
}

TEST_CASE("a block that is not free storage given back is CPABEND FRE003", "[cp67][free]") {
    FreeStorage f;
    // Slot 5 was never set: address 0, below free storage.
    CHECK_FALSE(f.run({{kFret, 2, 5}}));
    CHECK(f.abend_code() == "FRE003");
}

TEST_CASE("a block given back twice is CPABEND FRE004", "[cp67][free]") {
    FreeStorage f;
    CHECK_FALSE(f.run({{kFree, 4, 0}, {kFree, 4, 1}, {kFret, 4, 0}, {kFret, 4, 0}}));
    CHECK(f.abend_code() == "FRE004");
}
