// The MSCP disk controller through its UQSSP port, on a fake Unibus: the four-step
// initialisation (SA values, interrupts at the programmed vector, a fatal port error),
// every command's end message, the status codes for an offline unit, a block out of
// range and a write-protected unit, and its state across a snapshot.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#include "core/machine/machine.hpp"
#include "devices/dec/mscp_disk.hpp"
#include "tests/devices/device_test_support.hpp"
#include "tests/devices/mscp_host.hpp"

using namespace simmon;
using namespace simmon::dec;
using namespace simmon::test;

namespace {

constexpr std::uint8_t kGetUnitStatus = 0x03, kSetControllerChars = 0x04, kAvailable = 0x08, kOnline = 0x09,
                       kSetUnitChars = 0x0A, kAccess = 0x10, kCompareController = 0x11, kErase = 0x12, kFlush = 0x13,
                       kReplace = 0x14, kCompareHost = 0x20, kRead = 0x21, kWrite = 0x22, kAbort = 0x01,
                       kGetCommandStatus = 0x02;

struct Rig {
    Rig() : m(0400000), rq(m.add<MscpDiskController>()), host(m, rq, 0) {}
    void attach(int unit, const std::string& path, bool read_only = false) {
        AttachOptions o;
        o.read_only = read_only;
        REQUIRE(rq.attach(*rq.units()[unit], path, o));
    }
    MscpMessage online(int unit) { return host.send(host.command(kOnline, static_cast<std::uint16_t>(unit))); }
    MscpMessage transfer(std::uint8_t op, int unit, std::uint32_t lbn, std::uint32_t bytes,
                         std::uint32_t buffer = MscpHost::kData) {
        MscpMessage c = host.command(op, static_cast<std::uint16_t>(unit));
        c.put32(12, bytes);
        c.put32(16, buffer);
        c.put32(28, lbn);
        return host.send(c);
    }
    DeviceTestMachine m;
    MscpDiskController& rq;
    MscpHost host;
    ScratchDir dir;
};

}  // namespace

TEST_CASE("MSCP port: the four initialisation steps and their interrupts", "[mscp]") {
    Rig r;
    // Power-up: step 1, and on an 18-bit bus no Q22 flag.
    CHECK(r.host.sa() == 0x0800);
    // Step 1 with IE and vector 0154: each following step interrupts there.
    const std::uint16_t step1 = MscpHost::kStep1 | 0x80 | (0154 >> 2);
    wr(r.rq, MscpDiskController::kBase, 0);
    r.host.write_sa(step1);
    CHECK(r.host.sa() == 0x0800);  // the port takes its time
    r.m.advance(msec(1));
    CHECK(r.host.sa() == (0x1000 | (step1 >> 8)));
    CHECK(r.m.fake_bus().pending("RQ"));
    r.m.fake_bus().acknowledge("RQ");
    r.host.write_sa(MscpHost::kRingBase & 0xFFFF);
    r.m.advance(msec(1));
    CHECK(r.host.sa() == (0x2000 | (step1 & 0xFF)));
    CHECK(r.m.fake_bus().line("RQ").raised == 2);
    r.host.write_sa(0);
    r.m.advance(msec(1));
    // S4: the UDA50's model (2) and microcode version (3).
    CHECK(r.host.sa() == (0x4000 | (2 << 4) | 3));
    CHECK(r.m.fake_bus().line("RQ").raised == 3);
    r.host.write_sa(1);
    CHECK(r.host.sa() == 0);
    CHECK(r.rq.step() == MscpPort::Step::Running);
    CHECK(r.rq.ring_base() == MscpHost::kRingBase);

    SECTION("a write to IP starts over") {
        wr(r.rq, MscpDiskController::kBase, 0);
        CHECK(r.host.sa() == 0x0800);
        CHECK(r.rq.step() == MscpPort::Step::One);
    }
}

TEST_CASE("MSCP port: 22-bit bus, purge-poll test, and a ring outside memory", "[mscp]") {
    DeviceTestMachine m(0400000, 22);
    auto& rq = m.add<MscpDiskController>();
    MscpHost host(m, rq, 0);
    CHECK(host.sa() == (0x0800 | 0x0200));  // S1 says Q22
    host.write_sa(MscpHost::kStep1);
    m.advance(msec(1));
    host.write_sa(0);  // ring base low
    m.advance(msec(1));
    host.write_sa(0x8000 | 0x3F);  // PP, ring base high: far above memory
    m.advance(msec(1));
    CHECK(host.sa() == 0);  // the port waits for the host's zero
    host.write_sa(0);
    m.advance(msec(1));
    CHECK(host.sa() == (0x4000 | (19 << 4) | 3));  // RQDX3: model 19
    host.write_sa(1);
    rd(rq, MscpDiskController::kBase);  // poll a ring that is not there
    m.advance(msec(1));
    CHECK(host.sa() == (0x8000 | 4));  // fatal: host memory
}

TEST_CASE("MSCP disk: every command's end message", "[mscp]") {
    Rig r;
    const std::string image = r.dir.file("ra80.dsk");
    write_pattern_image(image, 8 * 512);
    REQUIRE(set_modifier(r.m, "RQ", "RA80"));
    r.attach(0, image);
    r.host.initialise();

    // SET CONTROLLER CHARACTERISTICS: version 0 only; the controller's timeout and identifier.
    MscpMessage c = r.host.command(kSetControllerChars, 0);
    c.put16(16, 30);  // host timeout
    MscpMessage e = r.host.send(c);
    CHECK(e.u8(8) == (0x80 | kSetControllerChars));
    CHECK(e.u16(10) == 0);
    CHECK(e.length == 28);
    CHECK(e.u16(16) == 255);
    CHECK(e.u8(26) == 2);  // UDA50
    CHECK(e.u8(27) == 1);  // mass storage controller
    c.put16(12, 1);
    CHECK(r.host.send(c).u16(10) == mscp::invalid_field(12));

    // GET UNIT STATUS of a mounted unit not yet online: available, with its geometry.
    e = r.host.send(r.host.command(kGetUnitStatus, 0));
    CHECK(e.u8(8) == (0x80 | kGetUnitStatus));
    CHECK(e.u16(10) == mscp::kStAvailable);
    CHECK(e.u32(28) == mscp::media_id('D', 'U', 'R', 'A', 80));
    CHECK(e.u32(28) == 0x25641050u);  // D U R A 80, five bits a letter
    CHECK(e.u16(36) == 31);           // sectors per track
    CHECK(e.u16(38) == 14);           // tracks per group
    CHECK(e.u8(26) == 1);             // model
    CHECK(e.u8(27) == 2);             // class: disk
    // NEXT UNIT: from unit 2, unit 2 (nothing mounted); past the last, unit 0 offline.
    e = r.host.send(r.host.command(kGetUnitStatus, 2, 0x0001));
    CHECK(e.u16(4) == 2);
    CHECK(e.u16(10) == (mscp::kStOffline | mscp::kSubNoVolume));
    e = r.host.send(r.host.command(kGetUnitStatus, 4, 0x0001));
    CHECK(e.u16(4) == 0);
    CHECK(e.u16(10) == (mscp::kStOffline | mscp::kSubUnitUnknown));

    // ONLINE: the unit's size; a second time, success with "already online".
    e = r.online(0);
    CHECK(e.u8(8) == (0x80 | kOnline));
    CHECK(e.u16(10) == 0);
    CHECK(e.length == 44);
    CHECK(e.u32(36) == 237212);
    CHECK(r.rq.online(0));
    CHECK(r.online(0).u16(10) == mscp::kSubAlreadyOnline);
    CHECK(r.host.send(r.host.command(kSetUnitChars, 0)).u16(10) == 0);

    // WRITE two blocks from memory, READ them back elsewhere.
    for (std::uint32_t i = 0; i < 1024; ++i) r.host.put8(MscpHost::kData + i, static_cast<std::uint8_t>(i * 7 + 1));
    e = r.transfer(kWrite, 0, 2, 1024);
    CHECK(e.u8(8) == (0x80 | kWrite));
    CHECK(e.u16(10) == 0);
    CHECK(e.u32(12) == 1024);
    CHECK(e.length == 32);
    const auto disk = read_file(image);
    REQUIRE(disk.size() == 8 * 512);
    for (std::uint32_t i = 0; i < 1024; ++i) REQUIRE(disk[1024 + i] == static_cast<std::uint8_t>(i * 7 + 1));
    e = r.transfer(kRead, 0, 2, 1024, MscpHost::kData + 02000);
    CHECK(e.u16(10) == 0);
    CHECK(e.u32(12) == 1024);
    for (std::uint32_t i = 0; i < 1024; ++i)
        REQUIRE(r.host.get8(MscpHost::kData + 02000 + i) == static_cast<std::uint8_t>(i * 7 + 1));
    // READ of block 0: the pattern the image was made with.
    CHECK(r.transfer(kRead, 0, 0, 512).u16(10) == 0);
    CHECK(r.host.get16(MscpHost::kData + 2) == 1);

    // COMPARE HOST DATA: equal, then one byte changed.
    CHECK(r.transfer(kCompareHost, 0, 2, 1024, MscpHost::kData + 02000).u16(10) == 0);
    r.host.put8(MscpHost::kData + 02000 + 700, 0xEE);
    CHECK(r.transfer(kCompareHost, 0, 2, 1024, MscpHost::kData + 02000).u16(10) == mscp::kStCompareError);
    // ACCESS and COMPARE CONTROLLER DATA read without transferring.
    e = r.transfer(kAccess, 0, 0, 4096);
    CHECK(e.u16(10) == 0);
    CHECK(e.u32(12) == 4096);
    CHECK(r.transfer(kCompareController, 0, 0, 512).u16(10) == 0);
    // ERASE: zeros.
    CHECK(r.transfer(kErase, 0, 3, 512).u16(10) == 0);
    const auto erased = read_file(image);
    CHECK(std::all_of(erased.begin() + 3 * 512, erased.begin() + 4 * 512, [](std::uint8_t b) { return b == 0; }));
    CHECK(erased[2 * 512] == 1);
    // REPLACE and FLUSH succeed; nothing is bad or cached.
    CHECK(r.transfer(kReplace, 0, 5, 0).u8(8) == (0x80 | kReplace));
    CHECK(r.transfer(kReplace, 0, 5, 0).u16(10) == 0);
    CHECK(r.host.send(r.host.command(kFlush, 0)).u16(10) == 0);

    // GET COMMAND STATUS and ABORT name the outstanding command; none is.
    c = r.host.command(kGetCommandStatus, 0);
    c.put32(12, 0x4242);
    e = r.host.send(c);
    CHECK(e.u8(8) == (0x80 | kGetCommandStatus));
    CHECK(e.u32(12) == 0x4242);
    CHECK(e.u32(16) == 0);
    c = r.host.command(kAbort, 0);
    c.put32(12, 0x4343);
    e = r.host.send(c);
    CHECK(e.u8(8) == (0x80 | kAbort));
    CHECK(e.u32(12) == 0x4343);

    // An unknown opcode: invalid command, the opcode's offset in the subcode.
    e = r.host.send(r.host.command(0x3F, 0));
    CHECK(e.u16(10) == mscp::invalid_field(8));
    CHECK(e.u16(10) == 0x0801);

    // AVAILABLE: the unit leaves the host; transfers then find it available.
    CHECK(r.host.send(r.host.command(kAvailable, 0)).u16(10) == 0);
    CHECK(!r.rq.online(0));
    CHECK(r.transfer(kRead, 0, 0, 512).u16(10) == mscp::kStAvailable);

    // Every end message gave credits back to the host, none more than 15.
    CHECK(r.host.get8(MscpHost::kResponses + 2) <= 15);
}

TEST_CASE("MSCP disk: offline units, blocks out of range, write protection, memory errors", "[mscp]") {
    Rig r;
    const std::string image = r.dir.file("rd54.dsk");
    write_pattern_image(image, 4 * 512);
    r.attach(0, image, true);  // ATTACH -R
    r.host.initialise();

    // A unit without a volume, and one that does not exist.
    CHECK(r.online(3).u16(10) == (mscp::kStOffline | mscp::kSubNoVolume));
    CHECK(r.transfer(kRead, 3, 0, 512).u16(10) == (mscp::kStOffline | mscp::kSubNoVolume));
    CHECK(r.transfer(kRead, 7, 0, 512).u16(10) == (mscp::kStOffline | mscp::kSubUnitUnknown));
    // A disabled unit does not exist either.
    r.rq.units()[2]->set_disabled(true);
    CHECK(r.online(2).u16(10) == (mscp::kStOffline | mscp::kSubUnitUnknown));

    MscpMessage e = r.online(0);
    REQUIRE(e.u16(10) == 0);
    CHECK(e.u16(14) & 0x2000);  // hardware write protect in the unit flags
    CHECK(e.u32(36) == 311200);  // RD54
    // A block past the unit (and its RCT): invalid command at the LBN field (offset 28).
    const std::uint32_t last = 311200 + r.rq.type(0).rct_blocks;
    CHECK(r.transfer(kRead, 0, last, 512).u16(10) == 0x1C01);
    CHECK(r.transfer(kRead, 0, last - 1, 1024).u16(10) == 0x1C01);
    CHECK(r.transfer(kRead, 0, last - 1, 512).u16(10) == 0);  // the RCT's last block
    // Writing a read-only image: write protected (hardware).
    e = r.transfer(kWrite, 0, 0, 512);
    CHECK((e.u16(10) & 0x1F) == mscp::kStWriteProtected);
    CHECK(e.u16(10) == 0x2006);
    CHECK(r.transfer(kErase, 0, 0, 512).u16(10) == 0x2006);
    // A buffer running off the end of memory: host buffer access error, the bytes moved so far.
    e = r.transfer(kRead, 0, 0, 1024, 0400000 - 512);
    CHECK((e.u16(10) & 0x1F) == mscp::kStHostBufferError);
    CHECK(e.u32(12) == 512);
}

TEST_CASE("MSCP disk: the write-protect switch and the software write protect", "[mscp]") {
    Rig r;
    const std::string image = r.dir.file("rd54.dsk");
    write_pattern_image(image, 4 * 512);
    r.attach(0, image);
    REQUIRE(set_modifier(r.m, "RQ", "LOCKED"));
    r.host.initialise();
    REQUIRE(r.online(0).u16(10) == 0);
    CHECK(r.transfer(kWrite, 0, 0, 512).u16(10) == 0x2006);
    REQUIRE(set_modifier(r.m, "RQ", "WRITEENABLED"));
    CHECK(r.transfer(kWrite, 0, 0, 512).u16(10) == 0);
    // SET UNIT CHARACTERISTICS with the set-write-protect modifier and the flag.
    MscpMessage c = r.host.command(kSetUnitChars, 0, 0x0004);
    c.put16(14, 0x1000);
    CHECK((r.host.send(c).u16(14) & 0x1000) != 0);
    CHECK((r.transfer(kWrite, 0, 0, 512).u16(10) & 0x1F) == mscp::kStWriteProtected);
}

TEST_CASE("MSCP disk: an image's size chooses the drive; ATTACH refuses one too large", "[mscp]") {
    Rig r;
    const std::string ra81 = r.dir.file("ra81.dsk");
    {
        std::ofstream f(ra81, std::ios::binary);
        f.seekp(std::streamoff{891072} * 512 - 1);
        f.put(0);
    }
    r.attach(1, ra81);
    CHECK(std::string(r.rq.type(1).name) == "RA81");
    const std::string odd = r.dir.file("odd.dsk");
    {
        std::ofstream f(odd, std::ios::binary);
        f.seekp(std::streamoff{400000} * 512 - 1);  // more than an RD54 or RA80 holds
        f.put(0);
    }
    r.attach(2, odd);
    CHECK(std::string(r.rq.type(2).name) == "RA81");  // the smallest that holds it
    const std::string huge = r.dir.file("huge.dsk");
    {
        std::ofstream f(huge, std::ios::binary);
        f.seekp(std::streamoff{3000000} * 512 - 1);  // more than an RA92
        f.put(0);
    }
    Status s = r.rq.attach(*r.rq.units()[3], huge, AttachOptions{});
    CHECK(!s);
    CHECK(s.message().find("larger than an") != std::string::npos);
}

TEST_CASE("MSCP disk: the port and units come back from a snapshot", "[mscp]") {
    Rig r;
    const std::string image = r.dir.file("rd54.dsk");
    write_pattern_image(image, 4 * 512);
    r.attach(0, image);
    r.host.initialise();
    REQUIRE(r.online(0).u16(10) == 0);
    std::unique_ptr<MachineSnapshot> snap;
    REQUIRE(r.m.snapshot(snap));
    wr(r.rq, MscpDiskController::kBase, 0);  // the host starts over: units back to available
    CHECK(r.rq.step() == MscpPort::Step::One);
    CHECK(!r.rq.online(0));
    REQUIRE(r.m.restore(*snap));
    CHECK(r.rq.step() == MscpPort::Step::Running);
    CHECK(r.rq.online(0));
    CHECK(r.transfer(kRead, 0, 1, 512).u16(10) == 0);
    CHECK(r.host.get16(MscpHost::kData) == 256);
    CHECK(r.rq.show_status().find("port running") != std::string::npos);
}

TEST_CASE("MSCP port: FLAG descriptors set the indicators and interrupt; a zero-length slot", "[mscp]") {
    Rig r;
    const std::string image = r.dir.file("rd54.dsk");
    write_pattern_image(image, 4 * 512);
    r.attach(0, image);
    r.host.initialise(MscpHost::kStep1 | 0x80 | (0154 >> 2));
    const int steps = r.m.fake_bus().line("RQ").raised;
    CHECK(steps == 3);
    r.m.fake_bus().acknowledge("RQ");
    // Without FLAG, no interrupt and no indicator.
    CHECK(r.host.send(r.host.command(kGetUnitStatus, 0)).u16(10) == mscp::kStAvailable);
    CHECK(r.m.fake_bus().line("RQ").raised == steps);
    CHECK(r.host.get16(MscpHost::kRingBase - 2) == 0);
    // With FLAG: the command indicator (ring base - 4) and the response one (- 2), two requests.
    MscpMessage e = r.host.send(r.host.command(kOnline, 0), true);
    CHECK(e.u16(10) == 0);
    CHECK(r.host.get16(MscpHost::kRingBase - 4) == 1);
    CHECK(r.host.get16(MscpHost::kRingBase - 2) == 1);
    CHECK(r.m.fake_bus().line("RQ").raised == steps + 2);
    CHECK(r.m.fake_bus().pending("RQ"));
    // A response slot whose envelope offers no room still gets the whole end message, as
    // DEC's boot ROMs expect.
    e = r.host.send(r.host.command(kGetUnitStatus, 0), false, 0);
    CHECK(e.length == 48);
    CHECK(e.u16(10) == 0);
    CHECK(e.u16(36) == 17);
}

TEST_CASE("MSCP disk: a transfer larger than memory moves what fits, in pieces", "[mscp]") {
    Rig r;
    const std::string image = r.dir.file("ra92.dsk");
    write_pattern_image(image, 300 * 1024);
    REQUIRE(set_modifier(r.m, "RQ", "RA92"));
    r.attach(0, image);
    r.host.initialise();
    REQUIRE(r.online(0).u16(10) == 0);
    // 512 KB from LBN 0 into 128 KB of memory: the bytes up to the end of memory arrive,
    // across several 64 KB pieces, and then a host buffer error.
    const MscpMessage e = r.transfer(kRead, 0, 0, 512 * 1024);
    CHECK((e.u16(10) & 0x1F) == mscp::kStHostBufferError);
    CHECK(e.u32(12) == 0400000 - MscpHost::kData);
    CHECK(r.host.get16(MscpHost::kData + 2) == 1);
    CHECK(r.host.get16(MscpHost::kData + 70000) == 35000);
    CHECK(r.host.get16(MscpHost::kData + 100000) == 50000);
}
