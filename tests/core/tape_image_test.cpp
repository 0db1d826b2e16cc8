#include <catch2/catch.hpp>
#include <fstream>

#include "core/images/tape_image.hpp"
#include "temp_dir.hpp"

using namespace simmon;

namespace {

std::vector<std::uint8_t> bytes_of(std::initializer_list<int> list) {
    std::vector<std::uint8_t> v;
    for (int x : list) v.push_back(static_cast<std::uint8_t>(x));
    return v;
}

void write_raw(const std::string& path, const std::vector<std::uint8_t>& data) {
    std::ofstream f(path, std::ios::binary);
    f.write(reinterpret_cast<const char*>(data.data()), static_cast<std::streamsize>(data.size()));
}

std::vector<std::uint8_t> read_raw(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("tape write produces SIMH .tap layout", "[tape]") {
    test::TempDir dir;
    const auto path = dir.file("t.tap");
    HostFile file;
    REQUIRE(file.open(path, AttachOptions{}).is_ok());
    TapeImage tape(file);
    const auto rec = bytes_of({0xA, 0xB, 0xC});
    REQUIRE(tape.write_record(rec.data(), rec.size()) == TapeResult::Ok);
    REQUIRE(tape.write_tape_mark() == TapeResult::Ok);
    CHECK(read_raw(path) == bytes_of({3, 0, 0, 0, 0xA, 0xB, 0xC, 0, 3, 0, 0, 0, 0, 0, 0, 0}));
    CHECK(tape.position() == 16);
    CHECK(tape.validate().is_ok());
}

TEST_CASE("tape read, space and backward motion", "[tape]") {
    test::TempDir dir;
    HostFile file;
    REQUIRE(file.open(dir.file("t.tap"), AttachOptions{}).is_ok());
    TapeImage tape(file);
    const auto r1 = bytes_of({1, 2, 3, 4});
    const auto r2 = bytes_of({5, 6, 7, 8, 9});
    REQUIRE(tape.write_record(r1.data(), r1.size()) == TapeResult::Ok);
    REQUIRE(tape.write_record(r2.data(), r2.size()) == TapeResult::Ok);
    REQUIRE(tape.write_tape_mark() == TapeResult::Ok);
    const auto end = tape.position();
    tape.rewind();
    CHECK(tape.at_bot());

    std::vector<std::uint8_t> got;
    CHECK(tape.read_forward(got, 100) == TapeResult::Ok);
    CHECK(got == r1);
    CHECK(tape.read_forward(got, 100) == TapeResult::Ok);
    CHECK(got == r2);
    CHECK(tape.read_forward(got, 100) == TapeResult::TapeMark);
    CHECK(tape.position() == end);
    CHECK(tape.read_forward(got, 100) == TapeResult::EndOfMedium);
    CHECK(tape.position() == end);

    std::uint32_t length = 99;
    CHECK(tape.space_backward(length) == TapeResult::TapeMark);
    CHECK(tape.read_backward(got, 100) == TapeResult::Ok);
    CHECK(got == r2);  // forward byte order
    CHECK(tape.space_backward(length) == TapeResult::Ok);
    CHECK(length == 4);
    CHECK(tape.at_bot());
    CHECK(tape.space_backward(length) == TapeResult::BeginningOfTape);
    CHECK(tape.space_forward(length) == TapeResult::Ok);
    CHECK(length == 4);
    CHECK(tape.space_forward(length) == TapeResult::Ok);
    CHECK(length == 5);

    // A record longer than the buffer is cut and flagged; the tape passes all of it.
    tape.rewind();
    CHECK(tape.read_forward(got, 2) == TapeResult::RecordTooLong);
    CHECK(got == bytes_of({1, 2}));
    CHECK(tape.read_forward(got, 100) == TapeResult::Ok);
    CHECK(got == r2);
}

TEST_CASE("writing in the middle cuts the rest of the tape", "[tape]") {
    test::TempDir dir;
    HostFile file;
    REQUIRE(file.open(dir.file("t.tap"), AttachOptions{}).is_ok());
    TapeImage tape(file);
    const auto r = bytes_of({1, 2});
    for (int i = 0; i < 3; ++i) REQUIRE(tape.write_record(r.data(), r.size()) == TapeResult::Ok);
    tape.rewind();
    std::uint32_t length;
    REQUIRE(tape.space_forward(length) == TapeResult::Ok);
    REQUIRE(tape.write_tape_mark() == TapeResult::Ok);
    CHECK(file.size() == 10 + 4);
    std::vector<std::uint8_t> got;
    CHECK(tape.read_forward(got, 10) == TapeResult::EndOfMedium);
}

TEST_CASE("truncated or inconsistent tape images are refused", "[tape]") {
    test::TempDir dir;
    const auto path = dir.file("bad.tap");
    std::vector<std::uint8_t> got;

    SECTION("record runs past end of file") {
        write_raw(path, bytes_of({8, 0, 0, 0, 1, 2, 3}));
        HostFile file;
        REQUIRE(file.open(path, AttachOptions{}).is_ok());
        TapeImage tape(file);
        CHECK(tape.read_forward(got, 100) == TapeResult::BadFormat);
        CHECK(got.empty());
        Status s = tape.validate();
        REQUIRE_FALSE(s.is_ok());
        CHECK(s.message().find("truncated") != std::string::npos);
    }
    SECTION("trailing length differs") {
        write_raw(path, bytes_of({2, 0, 0, 0, 1, 2, 3, 0, 0, 0}));
        HostFile file;
        REQUIRE(file.open(path, AttachOptions{}).is_ok());
        TapeImage tape(file);
        CHECK(tape.read_forward(got, 100) == TapeResult::BadFormat);
        Status s = tape.validate();
        REQUIRE_FALSE(s.is_ok());
        CHECK(s.message().find("mismatched") != std::string::npos);
    }
    SECTION("a partial length word") {
        write_raw(path, bytes_of({0, 0, 0, 0, 7, 0}));
        HostFile file;
        REQUIRE(file.open(path, AttachOptions{}).is_ok());
        TapeImage tape(file);
        CHECK(tape.read_forward(got, 100) == TapeResult::TapeMark);
        CHECK(tape.read_forward(got, 100) == TapeResult::BadFormat);
        CHECK_FALSE(tape.validate().is_ok());
    }
    SECTION("backward over a damaged record") {
        write_raw(path, bytes_of({2, 0, 0, 0, 1, 2, 4, 0, 0, 0}));
        HostFile file;
        REQUIRE(file.open(path, AttachOptions{}).is_ok());
        TapeImage tape(file);
        tape.set_position(10);
        CHECK(tape.read_backward(got, 100) == TapeResult::BadFormat);
    }
}

TEST_CASE("tape markers: end of medium, erase gaps, error flag", "[tape]") {
    test::TempDir dir;
    const auto path = dir.file("m.tap");
    // gap, record of 1 byte with the error bit, EOM, junk after EOM is never read
    write_raw(path, bytes_of({0xFE, 0xFF, 0xFF, 0xFF, 1, 0, 0, 0x80, 0x55, 0, 1, 0, 0, 0x80, 0xFF, 0xFF, 0xFF, 0xFF, 9}));
    HostFile file;
    REQUIRE(file.open(path, AttachOptions{}).is_ok());
    TapeImage tape(file);
    CHECK(tape.validate().is_ok());
    std::vector<std::uint8_t> got;
    CHECK(tape.read_forward(got, 10) == TapeResult::Ok);
    CHECK(got == bytes_of({0x55}));
    CHECK(tape.read_forward(got, 10) == TapeResult::EndOfMedium);
    CHECK(tape.position() == 14);
    std::uint32_t length;
    CHECK(tape.space_backward(length) == TapeResult::Ok);
    CHECK(length == 1);
    CHECK(tape.position() == 4);
    CHECK(tape.space_backward(length) == TapeResult::BeginningOfTape);  // over the gap
    CHECK(tape.at_bot());
}

TEST_CASE("write-protected tape refuses writes", "[tape]") {
    test::TempDir dir;
    const auto path = dir.file("ro.tap");
    write_raw(path, bytes_of({0, 0, 0, 0}));
    HostFile file;
    AttachOptions ro;
    ro.read_only = true;
    REQUIRE(file.open(path, ro).is_ok());
    TapeImage tape(file);
    const std::uint8_t b = 1;
    CHECK(tape.write_record(&b, 1) == TapeResult::WriteProtected);
    CHECK(tape.write_tape_mark() == TapeResult::WriteProtected);
    CHECK(read_raw(path).size() == 4);
}
