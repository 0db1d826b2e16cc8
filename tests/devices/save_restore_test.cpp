#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "devices/dec/dl11.hpp"
#include "devices/dec/dz11.hpp"
#include "devices/dec/kw11l.hpp"
#include "devices/dec/lp11.hpp"
#include "devices/dec/pc11.hpp"
#include "devices/dec/rk11.hpp"
#include "devices/dec/rl11.hpp"
#include "devices/dec/tm11.hpp"
#include "tests/devices/device_test_support.hpp"

using namespace simmon;
using namespace simmon::dec;
using namespace simmon::test;

namespace {
void add_all(DeviceTestMachine& m) {
    m.add<Dl11Receiver>();
    m.add<Dl11Transmitter>();
    m.add<Kw11l>();
    m.add<Pc11Reader>();
    m.add<Pc11Punch>();
    m.add<Lp11>();
    m.add<Rk11>();
    m.add<Rl11>();
    m.add<Tm11>();
    m.add<Dz11>();
}

std::map<std::string, std::uint64_t> saved_registers(const Machine& m) {
    std::map<std::string, std::uint64_t> out;
    for (const Device* d : m.devices())
        for (const RegisterDesc& r : d->registers())
            for (std::size_t i = 0; i < std::max<std::size_t>(r.depth, 1); ++i)
                out[d->name() + "." + r.element_name(i)] = r.value(i);
    return out;
}
}  // namespace

TEST_CASE("Every writable device register reads back what is deposited from its own value", "[devices]") {
    // Some registers are views with read-only bits (ERROR computed from the attachment,
    // DRDY from the drive), so the property is that a value read can be written back.
    DeviceTestMachine m;
    add_all(m);
    m.console.input = "z";
    m.advance(usec(100000));  // clock ticked, keyboard has a character
    for (Device* d : m.devices()) {
        for (const RegisterDesc& r : d->registers()) {
            if (r.read_only()) continue;
            for (std::size_t i = 0; i < std::max<std::size_t>(r.depth, 1); ++i) {
                INFO(d->name() << "." << r.element_name(i));
                std::uint64_t v = r.value(i);
                r.assign(i, v);
                CHECK(r.value(i) == v);
                CHECK((v & ~r.mask()) == 0);
            }
        }
    }
}

TEST_CASE("SAVE and RESTORE carry device registers, attachments, tape positions and interrupts", "[devices]") {
    ScratchDir dir;
    std::string disk = dir.file("pack.rk"), tape = dir.file("t.tap"), state = dir.file("state.sav");
    write_pattern_image(disk, 8192);
    std::vector<std::uint8_t> t = {4, 0, 0, 0, 1, 2, 3, 4, 4, 0, 0, 0, 0, 0, 0, 0};
    write_file(tape, t);

    std::map<std::string, std::uint64_t> before;
    {
        DeviceTestMachine m;
        add_all(m);
        auto& rk = *static_cast<Rk11*>(m.find_device("RK"));
        auto& tm = *static_cast<Tm11*>(m.find_device("TM"));
        auto& tti = *static_cast<Dl11Receiver*>(m.find_device("TTI"));
        REQUIRE(rk.attach(*rk.units()[0], disk, {}));
        REQUIRE(tm.attach(*tm.units()[0], tape, {}));
        wr(rk, 0777412, 0123);
        wr(rk, 0777406, 0177000);
        wr(tm, 0772524, 0177777);
        wr(tm, 0772522, 011);  // space forward one record
        m.advance(msec(20));   // its 0.6-inch gap and 4 bytes at 45 ips: 13.4 ms
        CHECK(tm.tape_position(0) == 12);
        m.console.input = "k";
        m.advance(Dl11Receiver::kDefaultPoll);
        wr(tti, 0777560, 0100);  // interrupt pending
        REQUIRE(m.fake_bus().pending("TTI"));
        before = saved_registers(m);
        REQUIRE(m.save(state));
    }
    DeviceTestMachine m2;
    add_all(m2);
    REQUIRE(m2.restore(state));
    auto after = saved_registers(m2);
    for (const auto& [name, value] : before) {
        INFO(name);
        CHECK(after[name] == value);
    }
    CHECK(m2.find_unit("RK0").second->attached());
    CHECK(static_cast<Tm11*>(m2.find_device("TM"))->tape_position(0) == 12);
    CHECK(m2.fake_bus().pending("TTI"));
    CHECK(rd(*static_cast<Dl11Receiver*>(m2.find_device("TTI")), 0777562) == 'k');
}
