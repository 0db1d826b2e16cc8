// LOAD's image reader refuses what is not a regular file, or is larger than memory, from the
// directory entry alone: /dev/zero and a FIFO would otherwise fill memory or block forever.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cstdio>
#include <fstream>

#include "core/images/raw_image_file.hpp"
#include "tests/core/temp_dir.hpp"

using namespace simmon;

TEST_CASE("raw images: only non-empty regular files within the limit are read", "[images]") {
    test::TempDir dir;
    std::vector<std::uint8_t> bytes;
    { std::ofstream(dir.file("four.bin"), std::ios::binary) << "ABCD"; }
    REQUIRE(read_image_file(dir.file("four.bin"), 4, bytes));
    CHECK(bytes == std::vector<std::uint8_t>{'A', 'B', 'C', 'D'});

    const Status big = read_image_file(dir.file("four.bin"), 3, bytes);
    REQUIRE_FALSE(big);
    CHECK(big.message().find("more than this memory could hold") != std::string::npos);

    { std::ofstream(dir.file("empty.bin"), std::ios::binary); }
    CHECK_FALSE(read_image_file(dir.file("empty.bin"), 100, bytes));
    CHECK_FALSE(read_image_file(dir.file("missing.bin"), 100, bytes));
    CHECK_FALSE(read_image_file(dir.file(""), 100, bytes));  // the directory itself

    const Status zero = read_image_file("/dev/zero", 1 << 20, bytes);
    REQUIRE_FALSE(zero);
    CHECK(zero.message().find("not a regular file") != std::string::npos);

    REQUIRE(::mkfifo(dir.file("fifo").c_str(), 0600) == 0);
    const Status fifo = read_image_file(dir.file("fifo"), 1 << 20, bytes);  // must not block
    REQUIRE_FALSE(fifo);
    CHECK(fifo.message().find("not a regular file") != std::string::npos);
}

TEST_CASE("raw images: DUMP writes an inclusive range and refuses one beyond memory", "[images]") {
    test::TempDir dir;
    PhysicalMemory memory;
    memory.resize(4096);
    for (std::size_t i = 0; i < 4096; ++i) memory.data()[i] = static_cast<std::uint8_t>(i);
    REQUIRE(write_memory_range(memory, dir.file("out.bin"), 0x10, 0x13, "memory"));
    std::vector<std::uint8_t> back;
    REQUIRE(read_image_file(dir.file("out.bin"), 100, back));
    CHECK(back == std::vector<std::uint8_t>{0x10, 0x11, 0x12, 0x13});
    CHECK_FALSE(write_memory_range(memory, dir.file("out.bin"), 0xFFF, 0x1000, "storage"));
    CHECK_FALSE(write_memory_range(memory, dir.file("out.bin"), 0x20, 0x10, "memory"));
}
