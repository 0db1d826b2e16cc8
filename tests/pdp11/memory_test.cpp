// PDP-11 main memory is the Machine's PhysicalMemory: words stored low byte first, and
// every writer (the CPU's fast and slow paths, Unibus DMA, the console) marks the page it
// wrote dirty, so that a snapshot can copy only those pages.
#include <catch2/catch.hpp>

#include "tests/pdp11/pdp11_test_support.hpp"

using namespace simmon;
using namespace simmon::pdp11;
using test::TestMachine;

TEST_CASE("PDP-11 memory is the machine's, little-endian", "[pdp11][memory]") {
    TestMachine tm;
    PhysicalMemory& mem = tm.machine->memory();
    CHECK(&mem == &tm.bus.memory());
    CHECK(mem.size() == tm.cpu.memory_size());
    tm.poke(01000, 0123456);
    CHECK(mem.read8(01000) == (0123456 & 0377));
    CHECK(mem.read8(01001) == (0123456 >> 8));
    mem.write16_le(01002, 0177001);
    CHECK(tm.peek(01002) == 0177001);
}

TEST_CASE("CPU writes mark their page dirty, reads do not", "[pdp11][memory]") {
    TestMachine tm;
    PhysicalMemory& mem = tm.machine->memory();
    // MOV #1234,@#20000 ; MOVB #1,@#30001 ; CMP @#40000,@#40000 ; HALT
    tm.program(01000, {012737, 01234, 020000, 0112737, 1, 030001, 023737, 040000, 040000, 0});
    mem.clear_dirty();
    StopInfo stop = tm.run_from(01000);
    REQUIRE(stop.code == StopCode::Halt);
    CHECK(tm.peek(020000) == 01234);
    CHECK(tm.peek(030000) == 0400);
    CHECK(mem.page_dirty(020000 >> PhysicalMemory::kPageShift));
    CHECK(mem.page_dirty(030000 >> PhysicalMemory::kPageShift));
    CHECK_FALSE(mem.page_dirty(040000 >> PhysicalMemory::kPageShift));
    CHECK_FALSE(mem.page_dirty(01000 >> PhysicalMemory::kPageShift));  // only fetched from
}

TEST_CASE("Unibus DMA reads and writes the machine's memory and marks it dirty", "[pdp11][memory]") {
    TestMachine tm;
    PhysicalMemory& mem = tm.machine->memory();
    mem.clear_dirty();
    const std::uint16_t words[2] = {0111, 0177776};
    REQUIRE(tm.bus.dma_write_words(tm.cpu, 050000, words, 2) == 2);
    CHECK(mem.read16_le(050000) == 0111);
    CHECK(mem.read16_le(050002) == 0177776);
    CHECK(mem.page_dirty(050000 >> PhysicalMemory::kPageShift));
    const std::uint8_t bytes[1] = {0252};
    mem.clear_dirty();
    REQUIRE(tm.bus.dma_write_bytes(tm.cpu, 060001, bytes, 1) == 1);
    CHECK(mem.read8(060001) == 0252);
    CHECK(mem.page_dirty(060000 >> PhysicalMemory::kPageShift));
    std::uint16_t back[2] = {};
    REQUIRE(tm.bus.dma_read_words(tm.cpu, 050000, back, 2) == 2);
    CHECK(back[1] == 0177776);
    // Beyond memory the transfer stops at the first missing word.
    REQUIRE(tm.cpu.set_memory_size(16 * 1024));
    CHECK(tm.bus.dma_read_words(tm.cpu, 037776, back, 2) == 1);
}
