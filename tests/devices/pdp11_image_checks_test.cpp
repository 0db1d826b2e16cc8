// What a new user's images meet at LOAD and ATTACH (issue 8, "Defects found"): files that
// are not images (a FIFO, /dev/zero, a 100 GB sparse file) are refused from their
// directory entry, without being read; a huge tape attaches without being scanned whole;
// an RT-11 RL02 pack cut short after its last used block is still an RL02; an RK05 image a
// block over size is accepted.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "devices/dec/rk11.hpp"
#include "devices/dec/rl11.hpp"
#include "tests/devices/device_test_support.hpp"
#include "tests/support/pdp11_session.hpp"

using namespace simmon;
using namespace simmon::test;

namespace {

void make_sparse_file(const std::string& path, std::uint64_t size) {
    std::ofstream(path, std::ios::binary).flush();
    std::filesystem::resize_file(path, size);
}

void put_word(std::vector<std::uint8_t>& image, std::size_t offset, std::uint16_t w) {
    image[offset] = static_cast<std::uint8_t>(w & 0377);
    image[offset + 1] = static_cast<std::uint8_t>(w >> 8);
}

// An RT-11 volume of `volume_blocks` blocks as INIT leaves it (one directory segment at
// block 6, one empty area), then cut to `file_bytes`, as kits are published.
std::vector<std::uint8_t> rt11_image(std::uint16_t volume_blocks, std::size_t file_bytes) {
    std::vector<std::uint8_t> image(file_bytes, 0);
    const std::size_t home = 512;
    put_word(image, home + 0724, 6);  // first directory segment
    const char id[] = "DECRT11A    ";
    for (std::size_t i = 0; i < 12; ++i) image[home + 0760 + i] = static_cast<std::uint8_t>(id[i]);
    const std::size_t seg = 6 * 512;
    put_word(image, seg + 0, 1);   // segments available
    put_word(image, seg + 2, 0);   // next segment: none
    put_word(image, seg + 4, 1);   // highest in use
    put_word(image, seg + 6, 0);   // extra bytes per entry
    put_word(image, seg + 8, 8);   // data starts at block 8
    put_word(image, seg + 10, 001000);  // an empty area ...
    put_word(image, seg + 18, static_cast<std::uint16_t>(volume_blocks - 8));  // ... to the end
    put_word(image, seg + 24, 004000);  // end of segment
    return image;
}

}  // namespace

TEST_CASE("LOAD and LOAD -r refuse non-files and oversized files without reading them", "[pdp11][bad-input]") {
    ScratchDir dir;
    Pdp11Session s;
    REQUIRE(s.run("SET CPU 256K") == "");
    const std::string sparse = dir.file("huge.bin");
    make_sparse_file(sparse, std::uint64_t{100} << 30);  // 100 GB, almost no disk
    CHECK(s.run("LOAD -r " + sparse) ==
          "the file needs memory up to 1437777777777 but memory ends at 777777; nothing was loaded (SET CPU MEMORY=nK adds memory)");
    CHECK(s.run("LOAD " + sparse).find("is 107374182400 bytes, more than this memory could hold") != std::string::npos);
    for (const char* dev : {"/dev/zero", "/dev/urandom"}) {
        CHECK(s.run(std::string("LOAD ") + dev) == std::string(dev) + " is not a regular file (a device, FIFO or socket); nothing was loaded");
        CHECK(s.run(std::string("LOAD -r ") + dev) == std::string(dev) + " is not a regular file (a device, FIFO or socket); nothing was loaded");
    }
    // A FIFO nobody writes: reading it would wait forever.
    const std::string fifo = dir.file("fifo");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(s.run("LOAD " + fifo) == fifo + " is not a regular file (a device, FIFO or socket); nothing was loaded");
    CHECK(s.run("LOAD -r " + fifo) == fifo + " is not a regular file (a device, FIFO or socket); nothing was loaded");
}

TEST_CASE("ATTACH -R and ATTACH PTR refuse a FIFO or device without blocking", "[pdp11][bad-input]") {
    ScratchDir dir;
    Pdp11Session s;
    const std::string fifo = dir.file("fifo");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const std::string refused = " is not a regular file (a device, FIFO or socket); an image must be a file";
    CHECK(s.run("ATTACH PTR " + fifo) == fifo + refused);
    CHECK(s.run("ATTACH PTR /dev/zero") == "/dev/zero" + refused);
    CHECK(s.run("ATTACH -R RK0 " + fifo) == fifo + refused);
    CHECK(s.run("ATTACH -R TM0 /dev/zero") == "/dev/zero" + refused);
    // Read-write: the disk and tape drives want a file they can seek in.
    CHECK(s.run("ATTACH RK0 " + fifo) == "RK0: " + fifo + " is not a regular file; an image must be a file");
    CHECK(s.run("ATTACH RL0 /dev/zero") == "RL0: /dev/zero is not a regular file; an image must be a file");
    CHECK(s.run("ATTACH TM0 " + fifo) == "TM0: " + fifo + " is not a regular file; an image must be a file");
    CHECK_FALSE(s.attached("PTR"));
    CHECK_FALSE(s.attached("RK0"));
    CHECK_FALSE(s.attached("RL0"));
    CHECK_FALSE(s.attached("TM0"));
}

TEST_CASE("ATTACH TM of a huge tape image does not scan it whole", "[pdp11][tm11]") {
    ScratchDir dir;
    Pdp11Session s;
    // 10 GB of zeros: 2,684,354,560 tape marks. Scanning them all would take hours.
    const std::string huge = dir.file("huge.tap");
    make_sparse_file(huge, std::uint64_t{10} << 30);
    CHECK(s.run("ATTACH -R TM0 " + huge) == "");
    CHECK(s.attached("TM0"));
}

TEST_CASE("RL AUTOSIZE takes an RT-11 RL02 pack cut short for an RL02", "[pdp11][rl11]") {
    ScratchDir dir;
    Pdp11Session s;
    // RT-11 V5.5's published RL02 pack: 3,334,144 bytes of a 20,460-block volume.
    const std::string rl02 = dir.file("rt11.rl02");
    write_file(rl02, rt11_image(20460, 3334144));
    REQUIRE(s.run("SET RL0 AUTOSIZE") == "");
    REQUIRE(s.run("ATTACH RL0 " + rl02) == "");
    REQUIRE(s.run("SHOW RL0") == "");
    CHECK(s.take().find("RL02") != std::string::npos);
    REQUIRE(s.run("DETACH RL0") == "");
    CHECK(std::filesystem::file_size(rl02) == 3334144);  // nothing written at attach

    // An RL01 volume, and a short image that is no RT-11 volume, stay RL01s.
    const std::string rl01 = dir.file("rt11.rl01");
    write_file(rl01, rt11_image(10220, 3334144));
    REQUIRE(s.run("ATTACH RL0 " + rl01) == "");
    REQUIRE(s.run("SHOW RL0") == "");
    CHECK(s.take().find("RL01") != std::string::npos);
    REQUIRE(s.run("DETACH RL0") == "");
    std::vector<std::uint8_t> broken = rt11_image(20460, 3334144);
    broken[6 * 512 + 24 + 1] = 0;  // no end-of-segment mark: not a directory
    const std::string other = dir.file("other.rl");
    write_file(other, broken);
    REQUIRE(s.run("ATTACH RL0 " + other) == "");
    REQUIRE(s.run("SHOW RL0") == "");
    CHECK(s.take().find("RL01") != std::string::npos);
}

TEST_CASE("an RK05 image up to one block over size is accepted", "[pdp11][rk11]") {
    ScratchDir dir;
    Pdp11Session s;
    const std::string pack = dir.file("unix-v1.rk05");
    make_sparse_file(pack, dec::Rk11::kImageBytes + 512);
    CHECK(s.run("ATTACH RK0 " + pack) == "");
    CHECK(s.attached("RK0"));
    REQUIRE(s.run("DETACH RK0") == "");
    CHECK(std::filesystem::file_size(pack) == dec::Rk11::kImageBytes + 512);
    const std::string big = dir.file("big.rk05");
    make_sparse_file(big, dec::Rk11::kImageBytes + 514);
    CHECK(s.run("ATTACH RK0 " + big) == "RK0: " + big + " is 2494978 bytes, larger than an RK05 pack (2494464 bytes)");
}

// ALL is the memory the console reaches: on an 18-bit machine the I/O page covers the
// top 8K of 256K (pdp11_io_page_console_test.cpp).
TEST_CASE("DEPOSIT ALL and EXAMINE ALL cover configured memory on a 256K machine", "[pdp11]") {
    Pdp11Session s;
    REQUIRE(s.run("SET CPU 11/40") == "");
    REQUIRE(s.run("SET CPU 256K") == "");
    s.words(0757776, {0123});
    CHECK(s.run("DEPOSIT ALL 0") == "");
    CHECK(s.word(0757776) == 0);
    CHECK(s.run("EXAMINE ALL") == "");
    const std::string out = s.take();
    CHECK(out.rfind("0:\t000000\n", 0) == 0);
    CHECK(out.ends_with("757776:\t000000\n"));
}
