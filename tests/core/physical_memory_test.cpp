#include <catch2/catch.hpp>

#include "core/memory/physical_memory.hpp"

using namespace simmon;

TEST_CASE("physical memory reads and writes in both byte orders", "[memory]") {
    PhysicalMemory m;
    m.resize(8192);
    m.write32_be(0x10, 0x11223344);
    CHECK(m.read8(0x10) == 0x11);
    CHECK(m.read8(0x13) == 0x44);
    CHECK(m.read16_be(0x10) == 0x1122);
    CHECK(m.read16_le(0x10) == 0x2211);
    CHECK(m.read32_le(0x10) == 0x44332211);
    m.write64_le(0x20, 0x0102030405060708);
    CHECK(m.read64_be(0x20) == 0x0807060504030201);
    std::uint64_t v = 0;
    CHECK(m.read(0x10, 4, ByteOrder::Big, v));
    CHECK(v == 0x11223344);
    CHECK(m.write(0x30, 2, ByteOrder::Little, 0xBEEF));
    CHECK(m.read16_le(0x30) == 0xBEEF);
}

TEST_CASE("physical memory refuses checked access outside itself", "[memory]") {
    PhysicalMemory m;
    m.resize(4096);
    std::uint64_t v = 7;
    CHECK_FALSE(m.read(4095, 2, ByteOrder::Big, v));
    CHECK(v == 7);
    CHECK_FALSE(m.write(4096, 1, ByteOrder::Big, 1));
    CHECK_FALSE(m.contains(~Addr{0}, 2));
    std::uint8_t buf[4] = {1, 2, 3, 4};
    CHECK_FALSE(m.load(4094, buf, 4));
    CHECK(m.read8(4094) == 0);
}

TEST_CASE("physical memory marks the pages it writes dirty", "[memory]") {
    PhysicalMemory m;
    m.resize(4 * PhysicalMemory::kPageBytes);
    CHECK(m.page_count() == 4);
    CHECK(m.page_dirty(3));  // a resize dirties everything
    m.clear_dirty();
    m.write16_be(PhysicalMemory::kPageBytes - 1, 0xABCD);  // straddles pages 0 and 1
    CHECK(m.page_dirty(0));
    CHECK(m.page_dirty(1));
    CHECK_FALSE(m.page_dirty(2));
    std::uint8_t buf[2] = {9, 9};
    CHECK(m.load(3 * PhysicalMemory::kPageBytes, buf, 2));
    CHECK(m.page_dirty(3));
    m.resize(4 * PhysicalMemory::kPageBytes);
    CHECK(m.read16_be(PhysicalMemory::kPageBytes - 1) == 0xABCD);  // kept across resize
}
