// The state of a whole PDP-11 through SNAPSHOT, SAVE and RESTORE: every register of every
// device comes back; a damaged save file is refused whole and changes nothing; settings
// made with SET (TTI 8B) come back too.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "machines/pdp11/bus/unibus.hpp"
#include "machines/pdp11/pdp11_machine.hpp"
#include "tests/devices/device_test_support.hpp"

using namespace simmon;
using namespace simmon::test;

namespace {

std::string show(Machine& m, const char* device, const char* modifier) {
    Device* d = m.find_device(device);
    for (const Modifier& mod : d->modifiers())
        if (mod.name == modifier && mod.show) return mod.show(d->units().front().get());
    return "?";
}

void write_bytes(const std::string& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream f(path, std::ios::binary);
    f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

// Everything a user could see of the machine: every register element, memory, the event
// queue, the time and counters, the attachments and the bytes of the attached files.
struct Fingerprint {
    std::map<std::string, std::uint64_t> registers;
    std::vector<std::uint8_t> memory;
    std::vector<std::string> queue;
    SimTime now = 0;
    std::uint64_t instructions = 0;
    std::vector<std::string> attachments;
    std::vector<std::vector<std::uint8_t>> files;
    bool operator==(const Fingerprint&) const = default;
};

Fingerprint fingerprint(pdp11::Pdp11Machine& m) {
    Fingerprint f;
    for (const Device* d : m.devices())
        for (const RegisterDesc& r : d->registers())
            for (std::size_t i = 0; i < std::max<std::size_t>(r.depth, 1); ++i)
                f.registers[d->name() + "." + r.element_name(i)] = r.value(i);
    f.memory.assign(m.memory().data(), m.memory().data() + m.memory().size());
    f.queue = m.scheduler().describe_queue();
    f.now = m.scheduler().now();
    f.instructions = m.cpu().instructions_executed();
    for (const Device* d : m.devices())
        for (const auto& u : d->units()) {
            f.attachments.push_back(u->name() + "=" + u->file().path() + (u->file().read_only() ? " ro" : ""));
            if (u->file().is_open()) f.files.push_back(file_bytes(u->file().path()));
        }
    return f;
}

// Deterministic values for every writable register element.
void scramble(Machine& m, std::uint64_t seed) {
    std::uint64_t x = seed;
    for (Device* d : m.devices())
        for (const RegisterDesc& r : d->registers()) {
            if (r.read_only()) continue;
            for (std::size_t i = 0; i < std::max<std::size_t>(r.depth, 1); ++i) {
                x = x * 6364136223846793005ull + 1442695040888963407ull;
                r.assign(i, (x >> 17) & r.mask());
            }
        }
}

void make_image(const std::string& path, std::size_t bytes, std::uint8_t seed) {
    std::vector<std::uint8_t> data(bytes);
    for (std::size_t i = 0; i < bytes; ++i) data[i] = static_cast<std::uint8_t>(seed + i * 13 + (i >> 9));
    write_bytes(path, data);
}

}  // namespace

TEST_CASE("every register of every PDP-11 device comes back from a snapshot and a save file", "[pdp11][state]") {
    ScratchDir dir;
    const auto rk = dir.file("rk0.dsk"), rl = dir.file("rl0.dsk");
    make_image(rk, 64 * 1024, 1);
    make_image(rl, 64 * 1024, 2);
    pdp11::Pdp11Machine m;
    REQUIRE(set_modifier(m, "CPU", "11/70"));
    REQUIRE(set_modifier(m, "CPU", "1M"));
    auto [rk_dev, rk0] = m.find_unit("RK0");
    REQUIRE(rk_dev->attach(*rk0, rk, {}));
    auto [rl_dev, rl0] = m.find_unit("RL0");
    REQUIRE(rl_dev->attach(*rl0, rl, {}));

    scramble(m, 1);
    const Fingerprint expected = fingerprint(m);
    std::unique_ptr<MachineSnapshot> snap;
    REQUIRE(m.snapshot(snap, "s"));
    REQUIRE(m.save(dir.file("m.sav")));

    scramble(m, 2);
    REQUIRE(fingerprint(m).registers != expected.registers);
    REQUIRE(m.restore(*snap));
    const Fingerprint after = fingerprint(m);
    for (const auto& [name, value] : expected.registers) {
        INFO(name);
        CHECK(after.registers.at(name) == value);
    }
    CHECK(after == expected);

    scramble(m, 3);
    REQUIRE(m.restore(dir.file("m.sav")));
    CHECK(fingerprint(m) == expected);

    pdp11::Pdp11Machine fresh;
    REQUIRE(fresh.restore(dir.file("m.sav")));
    CHECK(fingerprint(fresh) == expected);
}

TEST_CASE("RESTORE of a PDP-11 save file cut at every 4 KB or with a byte changed is refused and changes nothing",
          "[pdp11][state]") {
    ScratchDir dir;
    const auto disk_a = dir.file("a.rk"), disk_b = dir.file("b.rk");
    make_image(disk_a, 32 * 1024, 3);
    make_image(disk_b, 32 * 1024, 4);
    const auto save = dir.file("a.sav"), bad = dir.file("bad.sav");
    {
        pdp11::Pdp11Machine a;
        REQUIRE(set_modifier(a, "CPU", "11/40"));
        REQUIRE(set_modifier(a, "CPU", "256K"));
        auto [rk, rk0] = a.find_unit("RK0");
        REQUIRE(rk->attach(*rk0, disk_a, {}));
        scramble(a, 7);
        for (std::uint32_t w = 0; w < a.unibus().memory_size(); w += 6) a.memory().write16_le(w, static_cast<std::uint16_t>(w * 5));
        REQUIRE(a.save(save));
    }
    const auto file = file_bytes(save);
    REQUIRE(file.size() > 256 * 1024);

    // A machine in another state, with another image attached read-write.
    pdp11::Pdp11Machine b;
    REQUIRE(set_modifier(b, "CPU", "11/70"));
    REQUIRE(set_modifier(b, "CPU", "1M"));
    REQUIRE(set_modifier(b, "TTI", "8B"));
    auto [rk, rk1] = b.find_unit("RK1");
    REQUIRE(rk->attach(*rk1, disk_b, {}));
    scramble(b, 11);
    const Fingerprint before = fingerprint(b);
    const auto disk_a_before = file_bytes(disk_a);

    int refused = 0;
    auto attempt = [&](const std::vector<std::uint8_t>& bytes, const std::string& what) {
        INFO(what);
        write_bytes(bad, bytes);
        Status s = b.restore(bad);
        REQUIRE_FALSE(s.is_ok());
        ++refused;
        // One short, printable line.
        CHECK(s.message().size() < 200);
        CHECK(std::all_of(s.message().begin(), s.message().end(), [](char c) { return c >= 0x20 && c < 0x7F; }));
        CHECK(fingerprint(b) == before);
        CHECK(show(b, "TTI", "8B") == "8B");
    };
    for (std::size_t cut = 0; cut < file.size(); cut += 4096)
        attempt({file.begin(), file.begin() + static_cast<std::ptrdiff_t>(cut)}, "cut at " + std::to_string(cut));
    for (std::size_t back : {1, 2, 9, 100})
        attempt({file.begin(), file.end() - static_cast<std::ptrdiff_t>(back)}, "cut " + std::to_string(back) + " from the end");
    // Every byte of the header, then a spread of positions through the content.
    for (std::size_t at = 0; at < file.size(); at += at < 64 ? 1 : 4093) {
        auto changed = file;
        changed[at] ^= static_cast<std::uint8_t>(1u << (at % 8));
        attempt(changed, "byte changed at " + std::to_string(at));
    }
    CHECK(refused > 150);
    CHECK(file_bytes(disk_a) == disk_a_before);

    // A file naming an image that has gone: refused, and the image is not created.
    std::filesystem::rename(disk_a, dir.file("moved.rk"));
    attempt(file, "image missing");
    CHECK_FALSE(std::filesystem::exists(disk_a));
    std::filesystem::rename(dir.file("moved.rk"), disk_a);

    // The intact file restores.
    REQUIRE(b.restore(save));
    CHECK(b.find_unit("RK0").second->file().path() == disk_a);
    CHECK_FALSE(b.find_unit("RK1").second->attached());
}

TEST_CASE("TTI and TTO character modes survive SAVE and RESTORE", "[pdp11][state]") {
    ScratchDir dir;
    {
        pdp11::Pdp11Machine a;
        REQUIRE(set_modifier(a, "TTI", "8B"));
        REQUIRE(set_modifier(a, "TTO", "8B"));
        REQUIRE(a.save(dir.file("m.sav")));
    }
    pdp11::Pdp11Machine b;
    REQUIRE(show(b, "TTI", "7B") == "7B");
    REQUIRE(b.restore(dir.file("m.sav")));
    CHECK(show(b, "TTI", "7B") == "8B");
    CHECK(show(b, "TTO", "7B") == "8B");
    REQUIRE(set_modifier(b, "TTI", "UC"));
    REQUIRE(b.save(dir.file("uc.sav")));
    pdp11::Pdp11Machine c;
    REQUIRE(c.restore(dir.file("uc.sav")));
    CHECK(show(c, "TTI", "7B") == "UC");
}
