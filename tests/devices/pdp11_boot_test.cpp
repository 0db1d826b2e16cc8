// The peripherals on a real PDP-11: the I/O page map, and the bootstraps run by the CPU
// against the test data packs (UNIX V6 from RK0, XXDP from RL0).
#include <catch2/catch.hpp>

#include <filesystem>

#include "devices/dec/pc11.hpp"
#include "machines/pdp11/bus/unibus.hpp"
#include "machines/pdp11/loaders/bootstraps.hpp"
#include "machines/pdp11/pdp11_machine.hpp"
#include "tests/devices/device_test_support.hpp"
#include "tests/support/pdp11_v6.hpp"

using namespace simmon;
using namespace simmon::test;

TEST_CASE("PDP-11 peripherals answer at their I/O page addresses", "[pdp11]") {
    pdp11::Pdp11Machine m;
    struct Expect {
        const char* name;
        std::uint32_t csr;
    };
    for (Expect e : {Expect{"TTI", 0777560}, {"TTO", 0777564}, {"CLK", 0777546}, {"PTR", 0777550}, {"PTP", 0777554},
                     {"LPT", 0777514}, {"RK", 0777400}, {"RL", 0774400}, {"TM", 0772520}, {"DZ", 0760100}}) {
        INFO(e.name);
        dec::BusDevice* d = m.unibus().device_at(e.csr);
        REQUIRE(d != nullptr);
        CHECK(d->name() == e.name);
        CHECK(m.find_device(e.name) == d);
    }
    std::uint16_t v = 0;
    CHECK(m.unibus().io_read(0777564, v));
    CHECK(v == 0200);  // console printer ready
}

TEST_CASE("UNIX V6 boots from RK0 to the login prompt", "[pdp11][testdata][slow]") {
    std::string pack = testdata("pdp11/v6bin.rk");
    REQUIRE(std::filesystem::exists(pack));  // test data missing is a failure, never a skip
    ScratchDir dir;
    std::string copy = dir.file("v6bin.rk");
    std::filesystem::copy_file(pack, copy);  // UNIX writes its root file system
    pdp11::Pdp11Machine m;
    ScriptedConsole con;
    boot_v6_to_login(m, con, copy);
    std::size_t mark = con.output.size();
    type(con, "root\r");
    REQUIRE(run_until(m, con, "#", mark, 50000000));
    mark = con.output.size();
    type(con, "ls /\r");
    REQUIRE(run_until(m, con, "usr", mark, 50000000));
    INFO(con.output);
    CHECK(con.output.find("rkunix", mark) != std::string::npos);
}

TEST_CASE("XXDP 2.5 boots from RL0 and lists its directory", "[pdp11][testdata][slow]") {
    std::string pack = testdata("pdp11/xxdp25.rl02");
    REQUIRE(std::filesystem::exists(pack));  // test data missing is a failure, never a skip
    pdp11::Pdp11Machine m;
    ScriptedConsole con;
    m.set_console(&con);
    REQUIRE(set_modifier(m, "CPU", "11/34"));
    REQUIRE(set_modifier(m, "CPU", "256K"));
    auto [rl, rl0] = m.find_unit("RL0");
    AttachOptions ro;
    ro.read_only = true;
    REQUIRE(rl->attach(*rl0, pack, ro));
    REQUIRE(m.boot(*rl0));
    REQUIRE(run_until(m, con, "XXDP V2.5", 0, 20000000));
    REQUIRE(run_until(m, con, "\n.", 0, 20000000));  // the monitor's prompt
    std::size_t mark = con.output.size();
    type(con, "D\r");
    REQUIRE(run_until(m, con, "XXDPXM.SYS", mark, 50000000));
    INFO(con.output);
    CHECK(con.output.find("BOOTED FROM DL0") != std::string::npos);
}

namespace {

// Runs until the CPU stops (HALT), at most `limit` instructions.
StopInfo run_to_stop(Machine& m, std::uint64_t limit) {
    RunRequest req;
    req.max_instructions = limit;
    return m.run(req);
}

void deposit(pdp11::Pdp11Machine& m, std::uint32_t addr, std::initializer_list<std::uint16_t> words) {
    for (std::uint16_t w : words) {
        REQUIRE(m.unibus().write_physical_word(addr, w));
        addr += 2;
    }
}

// Prints 'A' on the console, waits for the printer, halts.
const std::vector<std::uint16_t> kPrintA = {012737, 0101, 0177566, 0105737, 0177564, 0100375, 0};

std::vector<std::uint8_t> as_bytes(const std::vector<std::uint16_t>& words) {
    std::vector<std::uint8_t> out;
    for (std::uint16_t w : words) {
        out.push_back(static_cast<std::uint8_t>(w));
        out.push_back(static_cast<std::uint8_t>(w >> 8));
    }
    return out;
}

}  // namespace

TEST_CASE("Console output by TTO interrupts on the real CPU and Unibus", "[pdp11]") {
    pdp11::Pdp11Machine m;
    ScriptedConsole con;
    m.set_console(&con);
    deposit(m, 01000, {012706, 01000,                  // MOV #1000,SP
                       012701, 01200,                  // MOV #1200,R1
                       012737, 01100, 064,             // MOV #1100,@#64
                       012737, 0200, 066,              // MOV #200,@#66
                       012737, 0100, 0177564,          // MOV #100,@#177564  (IE: interrupts at once)
                       000001,                         // WAIT
                       000776});                       // BR .-2
    deposit(m, 01100, {0112100,                        // MOVB (R1)+,R0
                       0001403,                        // BEQ done
                       0110037, 0177566,               // MOVB R0,@#177566
                       0000002,                        // RTI
                       0000000});                      // done: HALT
    deposit(m, 01200, {('K' << 8) | 'O', '!', 0});
    m.cpu().set_pc(01000);
    StopInfo stop = run_to_stop(m, 1000000);
    CHECK(stop.code == StopCode::Halt);
    CHECK(con.output == "OK!");
}

TEST_CASE("BOOT TM0 reads the first tape record to 0 and runs it", "[pdp11]") {
    ScratchDir dir;
    std::string tape = dir.file("boot.tap");
    std::vector<std::uint8_t> rec = as_bytes(kPrintA);
    std::vector<std::uint8_t> t;
    auto put32 = [&t](std::uint32_t v) {
        for (int i = 0; i < 4; ++i) t.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    };
    put32(static_cast<std::uint32_t>(rec.size()));
    t.insert(t.end(), rec.begin(), rec.end());
    put32(static_cast<std::uint32_t>(rec.size()));
    put32(0);
    write_file(tape, t);

    pdp11::Pdp11Machine m;
    ScriptedConsole con;
    m.set_console(&con);
    auto [tm, tm0] = m.find_unit("TM0");
    REQUIRE(tm->attach(*tm0, tape, {}));
    REQUIRE(m.boot(*tm0));
    StopInfo stop = run_to_stop(m, 1000000);
    CHECK(stop.code == StopCode::Halt);
    CHECK(con.output == "A");
}

TEST_CASE("BOOT PTR loads an absolute tape and runs it", "[pdp11]") {
    ScratchDir dir;
    std::string path = dir.file("prog.bin");
    std::vector<std::uint8_t> data = as_bytes(kPrintA);
    std::vector<std::uint8_t> t(10, 0);
    auto block = [&t](std::uint16_t addr, const std::vector<std::uint8_t>& d) {
        std::size_t begin = t.size();
        std::uint16_t n = static_cast<std::uint16_t>(d.size() + 6);
        for (std::uint8_t b : {std::uint8_t{1}, std::uint8_t{0}, static_cast<std::uint8_t>(n), static_cast<std::uint8_t>(n >> 8),
                               static_cast<std::uint8_t>(addr), static_cast<std::uint8_t>(addr >> 8)})
            t.push_back(b);
        t.insert(t.end(), d.begin(), d.end());
        std::uint8_t sum = 0;
        for (std::size_t i = begin; i < t.size(); ++i) sum = static_cast<std::uint8_t>(sum + t[i]);
        t.push_back(static_cast<std::uint8_t>(-sum));
    };
    block(03000, data);
    block(03000, {});
    write_file(path, t);

    pdp11::Pdp11Machine m;
    ScriptedConsole con;
    m.set_console(&con);
    auto [ptr, unit] = m.find_unit("PTR");
    REQUIRE(ptr->attach(*unit, path, {}));
    REQUIRE(m.boot(*unit));
    CHECK(m.cpu().pc() == 03000);
    StopInfo stop = run_to_stop(m, 1000000);
    CHECK(stop.code == StopCode::Halt);
    CHECK(con.output == "A");
}

namespace {
// One absolute-loader block: 001 000, count, address, data, checksum.
void tape_block(std::vector<std::uint8_t>& t, std::uint16_t address, const std::vector<std::uint8_t>& data) {
    std::size_t begin = t.size();
    std::uint16_t count = static_cast<std::uint16_t>(data.size() + 6);
    for (std::uint8_t b : {std::uint8_t{1}, std::uint8_t{0}, static_cast<std::uint8_t>(count), static_cast<std::uint8_t>(count >> 8),
                           static_cast<std::uint8_t>(address), static_cast<std::uint8_t>(address >> 8)})
        t.push_back(b);
    t.insert(t.end(), data.begin(), data.end());
    std::uint8_t sum = 0;
    for (std::size_t i = begin; i < t.size(); ++i) sum = static_cast<std::uint8_t>(sum + t[i]);
    t.push_back(static_cast<std::uint8_t>(-sum));
}
std::uint16_t word_at(pdp11::Pdp11Machine& m, std::uint32_t pa) {
    std::uint16_t v = 0;
    REQUIRE(m.unibus().read_physical_word(pa, v));
    return v;
}
}  // namespace

TEST_CASE("the PDP-11's RK bootstrap: the boot ROM's program for the drive", "[pdp11]") {
    ScratchDir dir;
    std::string image = dir.file("pack.rk");
    write_pattern_image(image, 4096);
    pdp11::Pdp11Machine m;
    auto [rk, rk3] = m.find_unit("RK3");
    CHECK(m.boot(*rk3).message() == "RK3 is not attached");
    REQUIRE(rk->attach(*rk3, image, {}));
    REQUIRE(m.boot(*rk3));
    CHECK(m.cpu().pc() == pdp11::kBootstrapAddress);
    CHECK(word_at(m, 02000) == 012700);  // MOV #3,R0
    CHECK(word_at(m, 02002) == 3);
    CHECK(word_at(m, 02006) == 0177412);  // RKDA
    CHECK(word_at(m, 02012) == (3 << 13));
    // Devices without a PDP-11 bootstrap say so.
    auto [lpt, lpt0] = m.find_unit("LPT");
    CHECK(m.boot(*lpt0).message() == "LPT is not bootable");
}

TEST_CASE("BOOT PTR: the absolute loader checks the whole tape first and reads on from the reader's place",
          "[pdp11]") {
    ScratchDir dir;
    std::string path = dir.file("prog.bin");
    std::vector<std::uint8_t> t(8, 0);  // leader
    tape_block(t, 01000, {0x01, 0x02, 0x03, 0x04});
    tape_block(t, 01100, {0xAA});
    tape_block(t, 01234, {});  // start address
    write_file(path, t);
    pdp11::Pdp11Machine m;
    auto [dev, unit] = m.find_unit("PTR");
    auto& ptr = dynamic_cast<dec::Pc11Reader&>(*dev);
    CHECK(m.boot(*unit).message() == "PTR is not attached");
    REQUIRE(ptr.attach(*unit, path, {}));
    REQUIRE(m.boot(*unit));
    CHECK(word_at(m, 01000) == 0x0201);
    CHECK(word_at(m, 01002) == 0x0403);
    CHECK(word_at(m, 01100) == 0x00AA);
    CHECK(m.cpu().pc() == 01234);
    CHECK(ptr.position() == t.size());
    CHECK(m.boot(*unit).message().rfind("PTR: tape ends without a start block", 0) == 0);

    // A corrupted checksum is refused and nothing is loaded.
    std::vector<std::uint8_t> bad;
    tape_block(bad, 02000, {0x55});
    bad[6] ^= 1;
    tape_block(bad, 02000, {});
    write_file(path, bad);
    REQUIRE(ptr.attach(*unit, path, {}));
    Status s = m.boot(*unit);
    CHECK_FALSE(s);
    CHECK(s.message().find("checksum") != std::string::npos);
    CHECK(word_at(m, 02000) == 0);
}
