// LOAD's file formats: absolute-loader tapes (good, bad checksum, truncated, leader)
// and raw images, written as temporary files.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>

#include <unistd.h>

#include "machines/pdp11/loaders/absolute_tape.hpp"
#include "machines/pdp11/loaders/program_loaders.hpp"

using namespace simmon::pdp11;
using Bytes = std::vector<std::uint8_t>;

namespace {

// A file in the temporary directory, removed when the test ends.
struct TempFile {
    std::filesystem::path path;
    explicit TempFile(const Bytes& bytes, const char* name) {
        path = std::filesystem::temp_directory_path() /
               (std::string("simmon_loader_") + std::to_string(::getpid()) + "_" + name);
        std::ofstream out(path, std::ios::binary);
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    }
    ~TempFile() { std::filesystem::remove(path); }
    std::string str() const { return path.string(); }
};

struct Memory {
    std::map<std::uint32_t, std::uint8_t> bytes;
    std::uint32_t size = 0160000;  // writes at or above this address fail
    ByteWriter writer() {
        return [this](std::uint32_t a, std::uint8_t b) {
            if (a >= size) return false;
            bytes[a] = b;
            return true;
        };
    }
};

// Two data blocks at 1000 and 2000 and a start address of 1000.
Bytes sample_tape() {
    Bytes data1 = {0301, 0025, 0000, 0000};  // MOV #..; the values do not matter
    Bytes data2(300);
    for (std::size_t i = 0; i < data2.size(); ++i) data2[i] = static_cast<std::uint8_t>(i * 7);
    Bytes tape(10, 0);  // leader
    append_tape_blocks(01000, data1, tape);
    tape.insert(tape.end(), 4, 0);  // blank tape between blocks
    append_tape_blocks(02000, data2, tape, 128);
    append_tape_end(01000, tape);
    tape.insert(tape.end(), 8, 0);  // trailer
    return tape;
}

}  // namespace

TEST_CASE("a good tape loads every block and its start address", "[pdp11][loader]") {
    TempFile file(sample_tape(), "good.lda");
    Memory mem;
    LoadResult result;
    auto s = load_absolute_tape(file.str(), mem.writer(), result);
    INFO(s.message());
    REQUIRE(s.is_ok());
    CHECK(mem.bytes.size() == 304);
    CHECK(mem.bytes[01000] == 0301);
    CHECK(mem.bytes[01003] == 0);
    CHECK(mem.bytes[02000 + 299] == static_cast<std::uint8_t>(299 * 7));
    CHECK(result.lowest == 01000);
    CHECK(result.highest == 02000 + 299);
    REQUIRE(result.start.has_value());
    CHECK(*result.start == 01000);
}

TEST_CASE("an odd final address means no start address", "[pdp11][loader]") {
    Bytes tape;
    append_tape_blocks(0500, Bytes{1, 2}, tape);
    append_tape_end(1, tape);
    TempFile file(tape, "odd.lda");
    Memory mem;
    LoadResult result;
    REQUIRE(load_absolute_tape(file.str(), mem.writer(), result).is_ok());
    CHECK_FALSE(result.start.has_value());
    CHECK(mem.bytes[0501] == 2);
}

TEST_CASE("a bad checksum is refused before anything is written", "[pdp11][loader]") {
    Bytes tape = sample_tape();
    // The second block starts after the leader, the first block (6+4+1) and 4 blanks.
    const std::size_t second_block = 10 + 11 + 4;
    REQUIRE(tape[second_block] == 1);
    tape[second_block + 20] ^= 0x40;
    TempFile file(tape, "badsum.lda");
    Memory mem;
    LoadResult result;
    auto s = load_absolute_tape(file.str(), mem.writer(), result);
    CHECK(s.message() == "corrupt paper tape image: bad checksum in block at byte 25");
    CHECK(mem.bytes.empty());
}

TEST_CASE("a truncated tape is refused", "[pdp11][loader]") {
    Bytes tape = sample_tape();
    Memory mem;
    LoadResult result;
    SECTION("cut inside a data block") {
        tape.resize(60);
        TempFile file(tape, "cut.lda");
        auto s = load_absolute_tape(file.str(), mem.writer(), result);
        CHECK(s.message() == "corrupt paper tape image: truncated block at byte 25 (needs 135 bytes, 35 left in the file)");
    }
    SECTION("no final block") {
        Bytes partial;
        append_tape_blocks(01000, Bytes{1, 2, 3, 4}, partial);
        TempFile file(partial, "nofinal.lda");
        auto s = load_absolute_tape(file.str(), mem.writer(), result);
        CHECK(s.message() == "corrupt paper tape image: the tape ends without its final (start address) block");
    }
    SECTION("garbage where a block should start") {
        tape[10] = 0377;
        TempFile file(tape, "garbage.lda");
        auto s = load_absolute_tape(file.str(), mem.writer(), result);
        CHECK(s.message() == "corrupt paper tape image: expected block start 001 at byte 10, found 377");
    }
    CHECK(mem.bytes.empty());
}

TEST_CASE("missing and empty files give one-line errors", "[pdp11][loader]") {
    Memory mem;
    LoadResult result;
    auto s = load_absolute_tape("/nonexistent/simmon/x.lda", mem.writer(), result);
    CHECK(s.message() == "cannot open /nonexistent/simmon/x.lda: No such file or directory");
    TempFile empty(Bytes{}, "empty.bin");
    CHECK(load_raw_image(empty.str(), 0, mem.writer(), result).message() == empty.str() + " is empty");
}

TEST_CASE("a raw image loads at its base address", "[pdp11][loader]") {
    Bytes image = {0, 1, 2, 3, 4, 5, 6};
    TempFile file(image, "raw.bin");
    Memory mem;
    LoadResult result;
    REQUIRE(load_raw_image(file.str(), 01000, mem.writer(), result).is_ok());
    CHECK(mem.bytes.size() == 7);
    CHECK(mem.bytes[01006] == 6);
    CHECK(result.lowest == 01000);
    CHECK(result.highest == 01006);
    CHECK_FALSE(result.start.has_value());

    mem.size = 01004;
    auto s = load_raw_image(file.str(), 01000, mem.writer(), result);
    CHECK(s.message() == "nonexistent memory at 1004");
}

TEST_CASE("the DEC diagnostics on absolute-loader tape all parse", "[pdp11][loader]") {
    const std::filesystem::path dir = std::filesystem::path(SIMMON_TESTDATA) / "pdp11" / "maindec";
    REQUIRE(std::filesystem::is_directory(dir));
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        std::ifstream in(entry.path(), std::ios::binary);
        Bytes bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        AbsoluteTape tape;
        auto s = parse_absolute_tape(bytes, tape);
        INFO(entry.path().filename().string() << ": " << s.message());
        CHECK(s.is_ok());
        CHECK_FALSE(tape.blocks.empty());
        ++files;
    }
    CHECK(files >= 30);
}
