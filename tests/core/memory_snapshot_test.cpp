// Main memory in snapshots and save files: the Machine's MEMORY section, pages shared
// between snapshots, and REVERT and RESTORE writing back only what differs.
#include <catch2/catch.hpp>
#include <cstring>

#include "core/memory/memory_image.hpp"
#include "fake_machine.hpp"
#include "temp_dir.hpp"

using namespace simmon;
using test::FakeMachine;

namespace {

constexpr std::size_t kPage = PhysicalMemory::kPageBytes;
constexpr std::size_t kPages = 64;

std::vector<std::uint8_t> bytes_of(const PhysicalMemory& m) { return {m.data(), m.data() + m.size()}; }

// Every byte different from its neighbours, so a page copied to the wrong place shows.
void fill_pattern(PhysicalMemory& m, std::uint8_t seed) {
    for (std::size_t a = 0; a < m.size(); ++a) m.write8(a, static_cast<std::uint8_t>(a * 7 + a / kPage + seed));
}

}  // namespace

TEST_CASE("memory images share the pages not written since the base", "[state][memory]") {
    PhysicalMemory m;
    m.resize(10 * kPage + 2048);  // a short last page, as PDP-11 memory in 2 KB steps has
    fill_pattern(m, 1);
    auto first = capture_memory(m, nullptr, true);
    CHECK(first->pages.size() == 11);
    CHECK(first->pages_copied == 11);
    CHECK(first->own_bytes() == 11 * kPage);

    m.write16_le(3 * kPage + 10, 0xBEEF);
    auto second = capture_memory(m, first.get(), true);
    CHECK(second->pages_copied == 1);
    for (std::size_t p = 0; p < 11; ++p) CHECK((second->pages[p] == first->pages[p]) == (p != 3));

    // Not becoming the base: the flags stay for the real base.
    m.write8(10 * kPage + 5, 0x55);
    auto aside = capture_memory(m, second.get(), false);
    CHECK(aside->pages_copied == 1);
    CHECK(m.page_dirty(10));

    // Back to the first image: page 3 differs from the base, page 10 is dirty.
    const auto at_first = [&] {
        PhysicalMemory copy;
        copy.resize(m.size());
        fill_pattern(copy, 1);
        return bytes_of(copy);
    }();
    CHECK(restore_memory(m, *first, second.get()) == 2);
    CHECK(bytes_of(m) == at_first);
    for (std::size_t p = 0; p < 11; ++p) CHECK_FALSE(m.page_dirty(p));
    // Without a base every page is written.
    CHECK(restore_memory(m, *second, nullptr) == 11);
    CHECK(m.read16_le(3 * kPage + 10) == 0xBEEF);
}

TEST_CASE("a save file's memory is loaded page by page, writing only what differs", "[state][memory]") {
    PhysicalMemory m;
    m.resize(4 * kPage);
    fill_pattern(m, 9);
    std::vector<std::uint8_t> file = bytes_of(m);
    file[2 * kPage + 1] ^= 0xFF;
    m.clear_dirty();
    CHECK(load_memory_bytes(m, file.data(), file.size()) == 1);
    CHECK(bytes_of(m) == file);
    CHECK(m.page_dirty(2));
    CHECK_FALSE(m.page_dirty(1));
}

TEST_CASE("snapshots of the machine keep memory by pages; REVERT writes back only those that differ",
          "[state][memory][machine]") {
    FakeMachine m;
    m.memory().resize(kPages * kPage);
    fill_pattern(m.memory(), 3);
    const auto original = bytes_of(m.memory());

    std::unique_ptr<MachineSnapshot> one, two;
    REQUIRE(m.snapshot(one, "one"));
    CHECK(one->memory_pages_copied() == kPages);
    CHECK(one->bytes() >= kPages * kPage);

    // Touch one page: the next snapshot copies that page and shares the rest.
    m.memory().write8(5 * kPage + 77, 0xAA);
    const auto touched = bytes_of(m.memory());
    REQUIRE(m.snapshot(two, "two"));
    CHECK(two->memory_pages_copied() == 1);
    CHECK(two->bytes() < 2 * kPage + two->state.size());

    // An untouched machine: a third snapshot copies nothing.
    std::unique_ptr<MachineSnapshot> three;
    REQUIRE(m.snapshot(three, "three"));
    CHECK(three->memory_pages_copied() == 0);
    three.reset();  // the base goes with it; the next snapshot copies everything again

    m.memory().write8(20 * kPage, 1);
    m.memory().write8(21 * kPage, 2);
    m.memory().load(40 * kPage - 1, "ab", 2);  // straddles pages 39 and 40
    REQUIRE(m.restore(*one));
    CHECK(bytes_of(m.memory()) == original);
    CHECK(m.pages_restored() == kPages);  // no base: every page

    REQUIRE(m.restore(*two));
    CHECK(bytes_of(m.memory()) == touched);
    CHECK(m.pages_restored() == 1);  // the base is one now; only page 5 differs

    m.memory().write8(63 * kPage, 9);
    REQUIRE(m.restore(*one));
    CHECK(bytes_of(m.memory()) == original);
    CHECK(m.pages_restored() == 2);  // page 5 (shared differently) and page 63 (written)

    REQUIRE(m.restore(*one));  // nothing differs
    CHECK(m.pages_restored() == 0);
    CHECK(bytes_of(m.memory()) == original);
}

TEST_CASE("SAVE and RESTORE carry memory in the machine's own section", "[state][memory][machine]") {
    test::TempDir dir;
    const auto save = dir.file("m.sav");
    FakeMachine a;
    a.memory().resize(8 * kPage);
    fill_pattern(a.memory(), 5);
    REQUIRE(a.save(save));

    FakeMachine b;
    b.memory().resize(8 * kPage);
    fill_pattern(b.memory(), 5);
    b.memory().write8(6 * kPage, 0xEE);
    REQUIRE(b.restore(save));
    CHECK(bytes_of(b.memory()) == bytes_of(a.memory()));
    CHECK(b.pages_restored() == 1);

    // Memory of another size does not fit: refused in one line, the machine unchanged.
    FakeMachine c;
    c.memory().resize(4 * kPage);
    fill_pattern(c.memory(), 8);
    const auto before = bytes_of(c.memory());
    c.disk().csr = 0123;
    Status s = c.restore(save);
    REQUIRE_FALSE(s.is_ok());
    CHECK(s.message() == "the state has 32768 bytes of memory where this machine has 16384");
    CHECK(bytes_of(c.memory()) == before);
    CHECK(c.disk().csr == 0123);
}
