#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "core/machine/throttle.hpp"
#include "fake_machine.hpp"
#include "temp_dir.hpp"

using namespace simmon;
using test::FakeMachine;

TEST_CASE("default attach opens the file and records its size", "[device]") {
    test::TempDir dir;
    const auto path = dir.file("d.img");
    { std::ofstream(path) << std::string(1024, 'x'); }
    FakeMachine m;
    Unit& u = *m.disk().units()[0];
    REQUIRE(m.disk().attach(u, path, AttachOptions{}).is_ok());
    CHECK(u.attached());
    CHECK(u.capacity == 1024);
    CHECK(u.file().path() == path);
    REQUIRE(m.disk().detach(u).is_ok());
    CHECK_FALSE(u.attached());

    AttachOptions ro;
    ro.read_only = true;
    CHECK(m.disk().attach(u, dir.file("missing.img"), ro).message() == "file not found: " + dir.file("missing.img"));
    REQUIRE(m.disk().attach(u, dir.file("fresh.img"), AttachOptions{}).is_ok());  // created
    CHECK(u.capacity == 0);

    u.set_attach_text("port 2323");
    Unit& u1 = *m.disk().units()[1];
    u1.set_attach_text("listening on 2324");
    CHECK(u1.attached());
    m.detach_all();
    CHECK_FALSE(u.attached());
    CHECK_FALSE(u1.attached());
    CHECK(u1.attach_text().empty());
}

TEST_CASE("debug lines go to the log when the flag is on", "[device]") {
    test::TempDir dir;
    const auto path = dir.file("debug.log");
    {
        FakeMachine m;
        m.disk().debug(1u << 0, "not logged: no log open");
        REQUIRE(m.debug_log().open(path).is_ok());
        CHECK(m.debug_log().is_open());
        CHECK(m.debug_log().target() == path);
        m.disk().debug(1u << 0, "not logged: flag off");
        m.disk().set_debug_mask(1u << 1);
        m.run(RunRequest{25, false});
        m.disk().debug(1u << 1, "data transfer");
        m.disk().debug(1u << 0, "not logged: other flag");
        m.debug_log().close();
        CHECK_FALSE(m.debug_log().is_open());
    }
    std::ifstream f(path);
    std::stringstream all;
    all << f.rdbuf();
    CHECK(all.str() == "[0.000000025] DISK: data transfer\n");
}

TEST_CASE("throttle spec parsing", "[throttle]") {
    Throttle t;
    CHECK_FALSE(t.enabled());
    CHECK(t.describe() == "not throttled");
    REQUIRE(t.configure("2M").is_ok());
    CHECK(t.rate() == 2'000'000);
    CHECK(t.describe() == "throttled to 2M instructions per second");
    REQUIRE(t.configure("500k").is_ok());
    CHECK(t.rate() == 500'000);
    REQUIRE(t.configure("1234").is_ok());
    CHECK(t.rate() == 1234);
    CHECK(t.describe() == "throttled to 1234 instructions per second");
    CHECK_FALSE(t.configure("fast").is_ok());
    CHECK_FALSE(t.configure("M").is_ok());
    CHECK_FALSE(t.configure("0").is_ok());
    CHECK(t.rate() == 1234);  // unchanged by a bad spec
    REQUIRE(t.configure("off").is_ok());
    CHECK_FALSE(t.enabled());
    t.idle(1'000'000'000);  // disabled: returns at once
}

TEST_CASE("a throttled run produces the same simulation as an unthrottled one", "[throttle]") {
    auto fired = [](bool throttled) {
        FakeMachine m;
        if (throttled) REQUIRE(m.throttle().configure("1000M").is_ok());
        m.clock().period = 1000;
        m.clock().start();
        m.run(RunRequest{50'000, false});
        return m.clock().fired_at;
    };
    CHECK(fired(true) == fired(false));
}
