// Programs written onto CKD volumes for IPL from the disk (ipl_volume.hpp): each is IPLed
// on the whole S/360 machine (CPU, channels, the default 2311/2314 drives, a drive set to a
// 2301) at the SCP, and storage must hold the program and the CPU the IPL PSW afterwards.
// The programs span cylinder boundaries so the loader's seeks and multitrack reads all run.
#include <catch2/catch.hpp>

#include <random>

#include "core/images/host_file.hpp"
#include "devices/ibm/ckd_image.hpp"
#include "machines/s360/asm360/ipl_volume.hpp"
#include "machines/s360/asm360/linker.hpp"
#include "machines/s360/cpu/s360_cpu.hpp"
#include "machines/s360/s360_machine.hpp"
#include "scp-console/session.hpp"
#include "tests/core/temp_dir.hpp"

using namespace simmon;
namespace a = simmon::s360::asm360;

namespace {

struct S360Session {
    scp::Output out;
    scp::Scp scp{{MachineInfo{"s360", "S/360", [] { return std::make_unique<s360::S360Machine>(); }}}, out, false};
    S360Session() { REQUIRE(scp.select_machine("s360")); }
    std::string run(const std::string& line) {
        const Status s = scp.execute_line(line);
        return s ? std::string{} : s.message();
    }
    s360::S360Machine& machine() { return static_cast<s360::S360Machine&>(scp.machine()); }
};

constexpr std::array<std::uint8_t, 8> kWaitPsw = {0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x0A, 0xBC};

std::vector<std::uint8_t> random_bytes(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::vector<std::uint8_t> v(n);
    for (auto& b : v) b = static_cast<std::uint8_t>(rng());
    return v;
}

a::IplVolumeOptions from(std::uint32_t cyl, std::uint32_t head) {
    a::IplVolumeOptions o;
    o.first_cylinder = cyl;
    o.first_head = head;
    return o;
}

// IPLs `address` (drive `drive`, set to `model` first) and checks storage and the PSW.
void ipl_and_check(const std::string& volume, const std::string& drive, const std::string& model, const std::string& address,
                   const a::IplProgram& p) {
    S360Session s;
    CHECK(s.run("SET " + drive + " " + model) == "");
    CHECK(s.run("ATTACH " + drive + " " + volume) == "");
    CHECK(s.run("SET RUNLIMIT 1000") == "");
    // Storage that is not zero, so the loaded bytes are seen to come from the disk.
    for (std::uint32_t i = 0; i < p.bytes.size(); ++i) s.machine().memory().write8(p.origin + i, 0x5A);
    CHECK(s.run("IPL " + address) == "");
    std::uint64_t psw = 0;
    for (std::uint8_t b : p.psw) psw = psw << 8 | b;
    CHECK(s.machine().s360_cpu().current_psw() == psw);
    CHECK(s.machine().s360_cpu().waiting());
    std::size_t wrong = 0;
    for (std::uint32_t i = (p.origin < 8 ? 8 - p.origin : 0); i < p.bytes.size(); ++i)
        wrong += s.machine().memory().read8(p.origin + i) != p.bytes[i];
    CHECK(wrong == 0);
}

}  // namespace

TEST_CASE("A program written on a 2311, 2314 or 2301 volume IPLs from it", "[ipl_volume]") {
    struct Case {
        const ibm::DasdGeometry* model;
        std::string drive, address;
        std::uint32_t cylinders, first_cyl, first_head;
        std::size_t size;
        std::uint32_t tracks;
    };
    // 2311: 14 tracks from 0/7 (three cylinders); 2314: 5 tracks from 0/18 (two); 2301:
    // three tracks ending on the drum's last.
    const Case cases[] = {
        {&ibm::kDasd2311, "DA0", "190", 3, 0, 7, 50'000, 14},
        {&ibm::kDasd2314, "DB0", "230", 2, 0, 18, 30'000, 5},
        {&ibm::kDasd2301, "DA1", "191", 1, 0, 197, 60'000, 3},
    };
    for (const Case& c : cases) {
        DYNAMIC_SECTION(c.model->model) {
            simmon::test::TempDir dir;
            const std::vector<std::uint8_t> bytes = random_bytes(c.size, c.cylinders);
            a::IplProgram p{0x10000, bytes, kWaitPsw};
            a::IplVolumeLayout layout;
            const std::string volume = dir.file("vol.ckd");
            REQUIRE(a::write_ipl_volume_file(volume, c.model, c.cylinders, p, from(c.first_cyl, c.first_head), &layout));
            CHECK(layout.first_track == c.first_cyl * c.model->heads + c.first_head);
            CHECK(layout.tracks == c.tracks);
            CHECK(layout.loader_address == 0x10000 + ((c.size + 7) & ~std::size_t{7}));
            ipl_and_check(volume, c.drive, std::string(c.model->model), c.address, p);
        }
    }
}

TEST_CASE("A program at location 0 gets the IPL PSW as its first doubleword", "[ipl_volume]") {
    simmon::test::TempDir dir;
    std::vector<std::uint8_t> bytes = random_bytes(5000, 7);
    a::IplProgram p{0, bytes, kWaitPsw};
    const std::string volume = dir.file("low.cckd");
    REQUIRE(a::write_ipl_volume_file(volume, nullptr, 2, p, {}));
    ipl_and_check(volume, "DA0", "2311", "190", p);
}

TEST_CASE("A compressed volume, a chosen loader address, and the program of a link", "[ipl_volume]") {
    simmon::test::TempDir dir;
    a::LinkResult link;
    link.image.assign(0x3000, 0);
    link.origin = 0x2000;
    for (std::size_t i = 0x2000; i < 0x3000; ++i) link.image[i] = static_cast<std::uint8_t>(i * 7);
    std::copy(kWaitPsw.begin(), kWaitPsw.end(), link.image.begin());
    const a::IplProgram p = a::ipl_program(link);
    CHECK(p.origin == 0x2000);
    CHECK(p.bytes.size() == 0x1000);
    CHECK(p.psw == kWaitPsw);
    a::IplVolumeOptions o = from(3, 4);
    o.loader_address = 0x800;
    a::IplVolumeLayout layout;
    const std::string volume = dir.file("vol.cckd");
    REQUIRE(a::write_ipl_volume_file(volume, &ibm::kDasd2314, 5, p, o, &layout));
    CHECK(layout.loader_address == 0x800);
    CHECK(layout.loader_length == 8 * 4 + 8);  // seek, search, TIC, read; one argument
    ipl_and_check(volume, "DB1", "2314", "231", p);
}

TEST_CASE("Records 3 and up of track 0 are kept; records 1 and 2 are replaced", "[ipl_volume]") {
    simmon::test::TempDir dir;
    const std::string path = dir.file("label.ckd");
    REQUIRE(ibm::CkdImage::create(path, ibm::kDasd2311, 2, false));
    // Track 0 as a file system might leave it: an old R1, and a label in R3.
    const std::vector<std::uint8_t> label = random_bytes(80, 3);
    {
        HostFile f;
        REQUIRE(f.open(path, AttachOptions{}, false));
        ibm::CkdImage v(f);
        REQUIRE(v.open(nullptr));
        std::vector<std::uint8_t> t = ibm::CkdImage::empty_track(0, 0);
        t.resize(t.size() - 8);
        const std::uint8_t r1[] = {0, 0, 0, 0, 1, 0, 0, 4, 1, 2, 3, 4};
        t.insert(t.end(), r1, r1 + sizeof r1);
        const std::uint8_t r3[] = {0, 0, 0, 0, 3, 4, 0, 80, 0xE5, 0xD6, 0xD3, 0xF1};  // key 'VOL1'
        t.insert(t.end(), r3, r3 + sizeof r3);
        t.insert(t.end(), label.begin(), label.end());
        t.insert(t.end(), 8, 0xFF);
        std::string error;
        REQUIRE(v.write_track(0, 0, t, error));
    }
    const std::vector<std::uint8_t> bytes = random_bytes(4000, 9);  // two tracks
    a::IplProgram p{0x4000, bytes, kWaitPsw};
    REQUIRE(a::write_ipl_volume_file(path, &ibm::kDasd2311, 0, p, from(1, 0)));
    REQUIRE(a::write_ipl_volume_file(path, &ibm::kDasd2311, 0, p, from(1, 0)));  // again: same track 0
    HostFile f;
    REQUIRE(f.open(path, AttachOptions{}, false));
    ibm::CkdImage v(f);
    REQUIRE(v.open(nullptr));
    std::vector<std::uint8_t> t;
    std::string error;
    REQUIRE(v.read_track(0, 0, t, error));
    // HA, R0 (8 + 8), R1 (8 + 4 + 24), R2 (8 + 4 + 48), R3 (8 + 4 + 80), end.
    REQUIRE(t.size() == 5 + 16 + 36 + 60 + 92 + 8);
    const std::uint8_t ipl1[] = {0, 0, 0, 0, 1, 4, 0, 24, 0xC9, 0xD7, 0xD3, 0xF1};
    CHECK(std::equal(ipl1, ipl1 + 12, t.begin() + 21));
    CHECK(std::equal(kWaitPsw.begin(), kWaitPsw.end(), t.begin() + 33));
    // CCW 1: read data of R2 into the loader area, command chained; CCW 2: TIC to it.
    const std::uint8_t ccws[] = {0x06, 0x00, 0x4F, 0xA0, 0x40, 0, 0, 48, 0x08, 0x00, 0x4F, 0xA0, 0, 0, 0, 0};
    CHECK(std::equal(ccws, ccws + 16, t.begin() + 41));
    const std::uint8_t ipl2[] = {0, 0, 0, 0, 2, 4, 0, 48, 0xC9, 0xD7, 0xD3, 0xF2};
    CHECK(std::equal(ipl2, ipl2 + 12, t.begin() + 57));
    // The loader: seek 1/0, search ID 1/0 R1, TIC back, read 3,625 bytes to X'4000', a
    // multitrack read of the other 375 bytes from 1/1 to X'4E29', the seek/search argument.
    const std::uint8_t loader[] = {0x07, 0x00, 0x4F, 0xC8, 0x40, 0, 0, 6,    0x31, 0x00, 0x4F, 0xCA, 0x40, 0, 0, 5,
                                   0x08, 0x00, 0x4F, 0xA8, 0,    0, 0, 0,    0x06, 0x00, 0x40, 0x00, 0x40, 0, 0x0E, 0x29,
                                   0x86, 0x00, 0x4E, 0x29, 0,    0, 0x01, 0x77, 0, 0, 0, 1, 0, 0, 1, 0};
    CHECK(std::equal(loader, loader + 48, t.begin() + 69));
    CHECK(std::equal(label.begin(), label.end(), t.begin() + 117 + 12));
    ipl_and_check(path, "DA0", "2311", "190", p);
}

TEST_CASE("A program that does not fit is refused in one line and nothing is written", "[ipl_volume]") {
    simmon::test::TempDir dir;
    const std::string path = dir.file("small.ckd");
    REQUIRE(ibm::CkdImage::create(path, ibm::kDasd2311, 2, false));
    const std::vector<std::uint8_t> bytes = random_bytes(20'000, 1);  // 6 tracks of a 2311
    auto attempt = [&](a::IplProgram p, a::IplVolumeOptions o) {
        const Status s = a::write_ipl_volume_file(path, &ibm::kDasd2311, 0, p, o);
        REQUIRE_FALSE(s);
        CHECK(s.message().find('\n') == std::string::npos);
        return s.message();
    };
    const a::IplProgram p{0x1000, bytes, kWaitPsw};
    CHECK(attempt({0x1000, {}, kWaitPsw}, {}) == path + ": the program is empty: nothing to IPL");
    CHECK(attempt(p, from(0, 0)) == path + ": cylinder 0 head 0 holds the IPL records: the program must start on a later track");
    CHECK(attempt(p, from(0, 10)) == path + ": cylinder 0 head 10 is not on this 2311 volume (2 cylinders of 10 heads)");
    CHECK(attempt(p, from(2, 0)) == path + ": cylinder 2 head 0 is not on this 2311 volume (2 cylinders of 10 heads)");
    CHECK(attempt(p, from(1, 5)) ==
          path + ": the program (20000 bytes) needs 6 tracks of a 2311 from cylinder 1 head 5; 5 free up to cylinder 1 head 9");
    a::IplVolumeOptions limited = from(0, 1);
    limited.last_cylinder = 0;
    limited.last_head = 4;
    CHECK(attempt(p, limited) ==
          path + ": the program (20000 bytes) needs 6 tracks of a 2311 from cylinder 0 head 1; 4 free up to cylinder 0 head 4");
    CHECK(attempt({0xFFF000, bytes, kWaitPsw}, {}) == path + ": the program (X'4E20' bytes at X'FFF000') goes past 16 MB");
    a::IplVolumeOptions at = from(0, 1);
    at.loader_address = 0x2000;
    CHECK(attempt(p, at) == path + ": the loader (80 bytes at X'2000') overlaps the program at X'1000'-X'5E1F'");
    at.loader_address = 0x10;
    CHECK(attempt(p, at) == path + ": the loader address X'10' must be a multiple of 8 above X'17'");
    at.loader_address = 0xFFFFF8;
    CHECK(attempt(p, at) == path + ": the loader (80 bytes at X'FFFFF8') goes past 16 MB");
    CHECK(a::write_ipl_volume_file(path, &ibm::kDasd2314, 0, p, {}).message() == path + ": the volume is a 2311, not a 2314");
    CHECK(a::write_ipl_volume_file(path, nullptr, 5, p, {}).message() == path + ": the volume exists; its size cannot be changed");
    // Nothing written: track 0 is still empty.
    HostFile f;
    REQUIRE(f.open(path, AttachOptions{}, false));
    ibm::CkdImage v(f);
    REQUIRE(v.open(nullptr));
    std::vector<std::uint8_t> t;
    std::string error;
    REQUIRE(v.read_track(0, 0, t, error));
    CHECK(t == ibm::CkdImage::empty_track(0, 0));
    // A volume that failed to be made is not left behind.
    CHECK_FALSE(a::write_ipl_volume_file(dir.file("new.ckd"), nullptr, 2, p, from(0, 0)));
    CHECK_FALSE(std::filesystem::exists(dir.file("new.ckd")));
}

TEST_CASE("A loader too long for track 0 is refused", "[ipl_volume]") {
    // 32 full cylinders of a 2311: 32 * (4 + 10) CCWs and 32 arguments, 3,840 bytes, more
    // than record 2 may have beside record 1 on a 3,625-byte track. 31 cylinders fit.
    simmon::test::TempDir dir;
    const std::string path = dir.file("big.cckd");
    REQUIRE(ibm::CkdImage::create(path, ibm::kDasd2311, 40, true));
    const std::vector<std::uint8_t> bytes(32 * 10 * 3625, 0x11);
    const Status s = a::write_ipl_volume_file(path, nullptr, 0, {0x1000, bytes, kWaitPsw}, from(1, 0));
    CHECK(s.message() == path + ": cylinder 0 head 0 has no room for the IPL records and a loader of 3584 bytes for 320 "
                               "tracks (3718 of 3625 bytes used)");
    const std::vector<std::uint8_t> fits(31 * 10 * 3625, 0x22);
    CHECK(a::write_ipl_volume_file(path, nullptr, 0, {0x1000, fits, kWaitPsw}, from(1, 0)));
}
