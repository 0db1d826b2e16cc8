#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "core/images/host_file.hpp"
#include "core/images/image_journal.hpp"
#include "temp_dir.hpp"

using namespace simmon;

namespace {

std::vector<std::uint8_t> contents(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

void fill(const std::string& path, std::size_t size, std::uint8_t seed) {
    std::vector<char> bytes(size);
    for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>(seed + i * 7);
    std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(size));
}

void write(HostFile& f, std::uint64_t offset, std::size_t length, std::uint8_t value) {
    std::vector<std::uint8_t> bytes(length, value);
    REQUIRE(f.write_at(offset, bytes.data(), length));
}

}  // namespace

TEST_CASE("a journal puts back the bytes and the size a file had at its mark", "[images][state]") {
    test::TempDir dir;
    const auto path = dir.file("disk.img");
    fill(path, 3 * ImageJournal::kBlockBytes + 100, 1);
    const auto original = contents(path);

    HostFile f;
    REQUIRE(f.open(path, {}, false));
    auto journal = std::make_shared<ImageJournal>(path);
    f.set_journal(journal);
    const auto mark = journal->add_mark(f.size());

    write(f, 10, 5000, 0xAA);                                // spans blocks 0 and 1
    write(f, 3 * ImageJournal::kBlockBytes + 50, 9000, 0x55);  // grows the file
    CHECK(contents(path) != original);                      // written through at once
    CHECK(journal->saved_bytes(mark) == 3 * ImageJournal::kBlockBytes);  // blocks 0, 1, 3

    REQUIRE(journal->revert(mark));
    CHECK(contents(path) == original);
    // The mark stays: writing again and reverting again comes back to the same bytes.
    write(f, 0, 1, 0);
    REQUIRE(f.truncate(100));
    REQUIRE(journal->revert(mark));
    CHECK(contents(path) == original);
}

TEST_CASE("reverting to one mark keeps the others reachable, older or newer", "[images][state]") {
    test::TempDir dir;
    const auto path = dir.file("disk.img");
    fill(path, 4 * ImageJournal::kBlockBytes, 3);
    const auto at_a = contents(path);

    HostFile f;
    REQUIRE(f.open(path, {}, false));
    auto journal = std::make_shared<ImageJournal>(path);
    f.set_journal(journal);
    const auto a = journal->add_mark(f.size());
    write(f, 0, 100, 0x11);
    write(f, 2 * ImageJournal::kBlockBytes, 100, 0x22);
    const auto at_b = contents(path);
    const auto b = journal->add_mark(f.size());
    write(f, 0, 100, 0x33);
    write(f, ImageJournal::kBlockBytes, 100, 0x44);
    write(f, 4 * ImageJournal::kBlockBytes, 10, 0x66);  // past the end at both marks

    REQUIRE(journal->revert(a));
    CHECK(contents(path) == at_a);
    REQUIRE(journal->revert(b));  // forward again, to the newer mark
    CHECK(contents(path) == at_b);
    REQUIRE(journal->revert(a));
    CHECK(contents(path) == at_a);
    journal->drop_mark(a);
    REQUIRE(journal->revert(b));
    CHECK(contents(path) == at_b);
}

TEST_CASE("a journal refuses to revert a file that has gone", "[images][state]") {
    test::TempDir dir;
    const auto path = dir.file("gone.img");
    fill(path, 100, 0);
    ImageJournal journal(path);
    const auto mark = journal.add_mark(100);
    std::filesystem::remove(path);
    Status s = journal.revert(mark);
    CHECK_FALSE(s.is_ok());
    CHECK_FALSE(std::filesystem::exists(path));  // never re-created
}
