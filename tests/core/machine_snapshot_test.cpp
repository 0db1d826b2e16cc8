// Machine::snapshot/restore on the fake machine: device state, events, counters and the
// bytes of attached images; and RESTORE from a file being all or nothing.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "fake_machine.hpp"
#include "temp_dir.hpp"

using namespace simmon;
using test::FakeMachine;

namespace {

std::vector<std::uint8_t> contents(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

void make_file(const std::string& path, std::size_t size, char c) {
    std::ofstream f(path, std::ios::binary);
    f << std::string(size, c);
}

struct Observed {
    std::vector<std::pair<std::string, std::uint64_t>> registers;
    std::vector<std::string> queue;
    SimTime now;
    std::uint64_t instructions;
    std::vector<std::string> attached;
    std::vector<std::uint8_t> buffer;
    bool operator==(const Observed&) const = default;
};

Observed observe(FakeMachine& m) {
    Observed o;
    for (Device* d : m.devices())
        for (const RegisterDesc& r : d->registers()) o.registers.emplace_back(d->name() + "." + r.name, r.value());
    o.queue = m.scheduler().describe_queue();
    o.now = m.scheduler().now();
    o.instructions = m.cpu().instructions_executed();
    for (auto& u : m.disk().units()) o.attached.push_back(u->file().path());
    o.buffer = m.disk().buffer;
    return o;
}

}  // namespace

TEST_CASE("a snapshot puts back the machine and the bytes of its images", "[state][machine]") {
    test::TempDir dir;
    const auto image = dir.file("disk0.img");
    make_file(image, 10000, 'a');
    const auto other = dir.file("other.img");
    make_file(other, 10, 'o');

    FakeMachine m;
    m.clock().start();
    REQUIRE(m.disk().attach(*m.disk().units()[0], image, {}));
    m.run(RunRequest{500, false});
    m.disk().csr = 0111;
    m.disk().buffer = {1, 2, 3};
    const Observed before = observe(m);
    const auto bytes_before = contents(image);

    std::unique_ptr<MachineSnapshot> snap;
    REQUIRE(m.snapshot(snap, "one"));
    CHECK(snap->time == before.now);

    m.run(RunRequest{777, false});
    m.disk().csr = 0;
    m.disk().buffer = {9};
    const std::uint8_t junk[3] = {7, 7, 7};
    REQUIRE(m.disk().units()[0]->file().write_at(9000, junk, 3));
    REQUIRE(m.disk().units()[0]->file().write_at(20000, junk, 3));  // grows the image
    REQUIRE(m.disk().detach(*m.disk().units()[0]));
    REQUIRE(m.disk().attach(*m.disk().units()[1], other, {}));

    REQUIRE(m.restore(*snap));
    CHECK(observe(m) == before);
    CHECK(contents(image) == bytes_before);
    CHECK_FALSE(m.disk().units()[1]->attached());

    // Again from the same snapshot, after the image is written through the re-attached unit.
    REQUIRE(m.disk().units()[0]->file().write_at(0, junk, 3));
    REQUIRE(m.restore(*snap));
    CHECK(contents(image) == bytes_before);
    CHECK(observe(m) == before);
}

TEST_CASE("SAVE and RESTORE refuse a damaged file and leave the machine as it was", "[state][machine]") {
    test::TempDir dir;
    const auto image = dir.file("disk0.img");
    make_file(image, 4096, 'd');
    const auto save = dir.file("m.sav");

    FakeMachine a;
    a.disk().buffer.assign(9000, 5);
    REQUIRE(a.disk().attach(*a.disk().units()[0], image, {}));
    a.run(RunRequest{100, false});
    REQUIRE(a.save(save));
    const auto file = contents(save);

    FakeMachine b;
    b.disk().csr = 0777;
    b.run(RunRequest{42, false});
    const Observed before = observe(b);
    auto attempt = [&](const std::vector<std::uint8_t>& bytes) {
        {
            std::ofstream f(dir.file("bad.sav"), std::ios::binary);
            f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        }
        Status s = b.restore(dir.file("bad.sav"));
        REQUIRE_FALSE(s.is_ok());
        CHECK(s.message().find('\n') == std::string::npos);
        CHECK(s.message().size() < 200);
        for (char c : s.message()) CHECK((c >= 0x20 && c < 0x7F));
        CHECK(observe(b) == before);
    };
    for (std::size_t cut = 0; cut < file.size(); cut += 97) attempt({file.begin(), file.begin() + static_cast<std::ptrdiff_t>(cut)});
    attempt({file.begin(), file.end() - 1});
    for (std::size_t at = 0; at < file.size(); at += 61) {
        auto flipped = file;
        flipped[at] ^= 0x5A;
        attempt(flipped);
    }
    auto longer = file;
    longer.push_back(0);
    attempt(longer);
    // The good file still restores.
    REQUIRE(b.restore(save));
    CHECK(b.disk().buffer.size() == 9000);
}

TEST_CASE("RESTORE refuses an image that has gone and never creates it", "[state][machine]") {
    test::TempDir dir;
    const auto image = dir.file("gone.img");
    make_file(image, 512, 'g');
    const auto save = dir.file("m.sav");
    FakeMachine a;
    REQUIRE(a.disk().attach(*a.disk().units()[0], image, {}));  // read-write
    REQUIRE(a.save(save));
    REQUIRE(a.disk().detach(*a.disk().units()[0]));
    std::filesystem::remove(image);

    FakeMachine b;
    b.disk().csr = 0123;
    Status s = b.restore(save);
    REQUIRE_FALSE(s.is_ok());
    CHECK(s.message().find("gone.img") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(image));
    CHECK(b.disk().csr == 0123);
    CHECK_FALSE(b.disk().units()[0]->attached());
}

TEST_CASE("a state that does not fit is undone: the machine is as before", "[state][machine]") {
    test::TempDir dir;
    const auto image = dir.file("disk.img");
    make_file(image, 100, 'x');
    const auto save = dir.file("m.sav");
    FakeMachine a;
    a.disk().csr = 1;
    REQUIRE(a.save(save));

    // This machine's disk has no BA register: its section cannot be loaded, which is found
    // only after the units and the CPU have been loaded; they are put back.
    FakeMachine small("fake", false);
    REQUIRE(small.disk().attach(*small.disk().units()[1], image, {}));
    small.disk().csr = 0321;
    small.run(RunRequest{55, false});
    const Observed before = observe(small);
    Status s = small.restore(save);
    REQUIRE_FALSE(s.is_ok());
    CHECK(s.message().find("BA") != std::string::npos);
    CHECK(observe(small) == before);
    CHECK(small.disk().units()[1]->file().path() == image);
}
