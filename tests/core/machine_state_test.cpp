#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "fake_machine.hpp"
#include "temp_dir.hpp"

using namespace simmon;
using test::FakeMachine;

namespace {

// Everything observable about a fake machine, for comparing before and after.
struct Snapshot {
    std::vector<std::pair<std::string, std::uint64_t>> registers;
    std::vector<std::string> queue;
    SimTime now;
    std::uint64_t instructions;
    std::vector<std::string> attached;
    std::vector<bool> read_only;
    std::vector<std::uint8_t> buffer;
    bool clk_enabled;
    bool unit1_disabled;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(FakeMachine& m) {
    Snapshot s;
    for (Device* d : m.devices())
        for (const RegisterDesc& r : d->registers()) s.registers.emplace_back(d->name() + "." + r.name, r.get());
    s.queue = m.scheduler().describe_queue();
    s.now = m.scheduler().now();
    s.instructions = m.cpu().instructions_executed();
    for (auto& u : m.disk().units()) {
        s.attached.push_back(u->file().path());
        s.read_only.push_back(u->file().read_only());
    }
    s.buffer = m.disk().buffer;
    s.clk_enabled = m.clock().enabled();
    s.unit1_disabled = m.disk().units()[1]->disabled();
    return s;
}

void write_file(const std::string& path, std::size_t size) {
    std::ofstream f(path, std::ios::binary);
    f << std::string(size, 'z');
}

}  // namespace

TEST_CASE("save and restore round trip a machine", "[state][machine]") {
    test::TempDir dir;
    const auto image0 = dir.file("disk0.img");
    const auto image1 = dir.file("disk1.img");
    write_file(image0, 512);
    write_file(image1, 2048);
    const auto save = dir.file("m.sav");

    FakeMachine a;
    a.clock().period = 97;
    a.clock().start();
    a.run(RunRequest{1234, false});
    a.disk().csr = 012345;
    a.disk().ba = 0654321;
    a.disk().buffer = {9, 8, 7};
    a.disk().start_transfer(500);
    REQUIRE(a.disk().attach(*a.disk().units()[0], image0, AttachOptions{}).is_ok());
    AttachOptions ro;
    ro.read_only = true;
    REQUIRE(a.disk().attach(*a.disk().units()[1], image1, ro).is_ok());
    a.disk().units()[1]->set_disabled(true);
    REQUIRE(a.clock().set_enabled(false).is_ok());
    const Snapshot before = snapshot(a);
    REQUIRE(before.queue.size() == 2);
    REQUIRE(a.save(save).is_ok());

    SECTION("into a fresh machine") {
        FakeMachine b;
        REQUIRE(b.restore(save).is_ok());
        CHECK(snapshot(b) == before);
        CHECK(b.disk().units()[0]->capacity == 512);

        // Both continue identically from the restored point.
        a.run(RunRequest{3000, false});
        b.run(RunRequest{3000, false});
        CHECK(snapshot(b) == snapshot(a));
        CHECK(b.clock().fired_at == std::vector<SimTime>(a.clock().fired_at.end() - static_cast<std::ptrdiff_t>(b.clock().fired_at.size()),
                                                         a.clock().fired_at.end()));
        CHECK(b.disk().csr & 0200);  // DISK-DONE fired after restore
    }
    SECTION("over the same machine after it changed") {
        a.run(RunRequest{777, false});
        a.disk().csr = 0;
        a.disk().buffer.clear();
        a.scheduler().cancel(a.clock().tick_handler());
        REQUIRE(a.disk().detach(*a.disk().units()[0]).is_ok());
        REQUIRE(a.clock().set_enabled(true).is_ok());
        REQUIRE(a.restore(save).is_ok());
        CHECK(snapshot(a) == before);
    }
}

TEST_CASE("restore refuses another machine, a corrupt file, unknown names", "[state][machine]") {
    test::TempDir dir;
    const auto save = dir.file("m.sav");
    FakeMachine a;
    a.disk().start_transfer(10);
    REQUIRE(a.save(save).is_ok());

    FakeMachine other("other");
    CHECK(other.restore(save).message() == "save file is for machine fake, not other");

    // A machine whose disk lacks the BA register cannot take this file.
    FakeMachine smaller("fake", false);
    Status s = smaller.restore(save);
    REQUIRE_FALSE(s.is_ok());
    CHECK(s.message().find("BA") != std::string::npos);

    const auto size = std::filesystem::file_size(save);
    std::filesystem::resize_file(save, size - 5);
    FakeMachine c;
    s = c.restore(save);
    REQUIRE_FALSE(s.is_ok());
    CHECK(s.message().rfind("save file " + save + " is truncated", 0) == 0);

    // A device that cannot save its state refuses the whole save.
    a.disk().refuse_save = true;
    s = a.save(dir.file("x.sav"));
    CHECK(s.message() == "cannot save DISK: buffer state cannot be saved");
}

TEST_CASE("restore of a missing attached file fails with its name", "[state][machine]") {
    test::TempDir dir;
    const auto image = dir.file("gone.img");
    write_file(image, 10);
    FakeMachine a;
    AttachOptions ro;
    ro.read_only = true;
    REQUIRE(a.disk().attach(*a.disk().units()[0], image, ro).is_ok());
    REQUIRE(a.save(dir.file("m.sav")).is_ok());
    std::filesystem::remove(image);
    FakeMachine b;
    Status s = b.restore(dir.file("m.sav"));
    REQUIRE_FALSE(s.is_ok());
    CHECK(s.message().find("gone.img") != std::string::npos);
}
