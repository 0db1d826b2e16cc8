// Bad input on the real PDP-11, through the SCP as a user meets it: corrupt, short and
// oversized images, read-only and write-through attach, LOAD mistakes, guest programs that
// loop with interrupts off, jump into nonexistent memory or the I/O page, and random
// memory run as code on every model. Every command must come back with one line at most
// and no byte of an image may change unless the guest wrote it.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fmt/format.h>
#include <random>

#include "core/machine/machine.hpp"
#include "devices/dec/rk11.hpp"
#include "devices/dec/rl11.hpp"
#include "machines/pdp11/bus/unibus.hpp"
#include "machines/machine_list.hpp"
#include "machines/pdp11/loaders/absolute_tape.hpp"
#include "machines/pdp11/pdp11_machine.hpp"
#include "scp-console/session.hpp"
#include "tests/devices/device_test_support.hpp"
#include "tests/support/pdp11_session.hpp"
#include "tests/scp/command_fuzzer.hpp"

using namespace simmon;
using namespace simmon::test;

namespace {

// SIMMON_FUZZ_SEED explores other cases than the fixed ones CTest runs.
std::uint32_t extra_seed() {
    const char* v = std::getenv("SIMMON_FUZZ_SEED");
    return v ? static_cast<std::uint32_t>(std::strtoul(v, nullptr, 10)) : 0;
}

void make_sized_file(const std::string& path, std::uint64_t size) {
    std::ofstream(path, std::ios::binary).flush();
    std::filesystem::resize_file(path, size);
}

std::vector<std::uint8_t> random_bytes(std::size_t n, std::uint32_t seed) {
    std::mt19937 rng(seed);
    std::vector<std::uint8_t> v(n);
    for (auto& b : v) b = static_cast<std::uint8_t>(rng());
    return v;
}

// MOV #-256.,@#RKWC; MOV #2000,@#RKBA; MOV #da,@#RKDA; MOV #WRITE+GO,@#RKCS;
// TSTB @#RKCS; BPL .-4; HALT -- one sector from memory 2000 to disk address `da`.
void rk_write_program(Pdp11Session& s, std::uint16_t da) {
    s.words(01000, {012737, 0177400, 0177406, 012737, 02000, 0177410, 012737, da, 0177412, 012737, 3, 0177404,
                    0105737, 0177404, 0100375, 0});
}

void fill_buffer(Pdp11Session& s, std::uint16_t salt) {
    for (std::uint32_t i = 0; i < 256; ++i) s.words(02000 + 2 * i, {static_cast<std::uint16_t>(i * 0401 ^ salt)});
}

std::vector<std::uint8_t> buffer_bytes(std::uint16_t salt) {
    std::vector<std::uint8_t> b;
    for (std::uint32_t i = 0; i < 256; ++i) {
        const auto w = static_cast<std::uint16_t>(i * 0401 ^ salt);
        b.push_back(static_cast<std::uint8_t>(w & 0377));
        b.push_back(static_cast<std::uint8_t>(w >> 8));
    }
    return b;
}

std::vector<std::uint8_t> slice(const std::vector<std::uint8_t>& v, std::size_t from, std::size_t n) {
    if (from >= v.size()) return {};
    return std::vector<std::uint8_t>(v.begin() + static_cast<std::ptrdiff_t>(from),
                                     v.begin() + static_cast<std::ptrdiff_t>(std::min(v.size(), from + n)));
}

}  // namespace

TEST_CASE("bad disk and tape images are refused in one line and stay detached", "[pdp11][bad-input]") {
    ScratchDir dir;
    Pdp11Session s;
    const std::string big_rk = dir.file("big.rk05");
    make_sized_file(big_rk, dec::Rk11::kImageBytes + 514);
    CHECK(s.run("ATTACH RK0 " + big_rk) ==
          "RK0: " + big_rk + " is 2494978 bytes, larger than an RK05 pack (2494464 bytes)");
    CHECK_FALSE(s.attached("RK0"));
    CHECK(std::filesystem::file_size(big_rk) == dec::Rk11::kImageBytes + 514);

    const std::string big_rl = dir.file("big.rl02");
    make_sized_file(big_rl, dec::Rl11::kRl02Bytes + 512);
    CHECK(s.run("ATTACH RL0 " + big_rl).find("larger than an RL02 pack") != std::string::npos);
    CHECK_FALSE(s.attached("RL0"));

    CHECK(s.run("ATTACH RK0 " + dir.file("")) == "cannot open " + dir.file("") + ": Is a directory");
    CHECK(s.run("ATTACH -R RK0 " + dir.file("")) == dir.file("") + " is a directory");
    CHECK(s.run("ATTACH -R RK0 " + dir.file("absent.rk05")) == "file not found: " + dir.file("absent.rk05"));
    CHECK_FALSE(std::filesystem::exists(dir.file("absent.rk05")));
    CHECK(s.run("ATTACH RK0 " + big_rk + "/inside") == "cannot open " + big_rk + "/inside: Not a directory");
    if (::geteuid() != 0) {  // permissions do not stop root
        const std::string locked = dir.file("locked.rk05");
        write_file(locked, {1, 2, 3});
        std::filesystem::permissions(locked, std::filesystem::perms::none);
        CHECK(s.run("ATTACH -R RK0 " + locked) == "cannot open " + locked + ": Permission denied");
    }
    CHECK(s.run("ATTACH -R -N RK0 " + big_rk) == "ATTACH -r and -n contradict each other");
    CHECK_FALSE(s.attached("RK0"));

    const std::string garbage = dir.file("garbage.tap");
    write_file(garbage, random_bytes(3000, 1));
    const std::string msg = s.run("ATTACH TM0 " + garbage);
    CHECK(msg.rfind("TM0: " + garbage + " is not a usable tape image: ", 0) == 0);
    CHECK_FALSE(s.attached("TM0"));
    // A record header promising 100 bytes, then the file ends.
    const std::string truncated = dir.file("short.tap");
    write_file(truncated, {100, 0, 0, 0, 1, 2, 3, 4, 5});
    CHECK(s.run("ATTACH TM0 " + truncated).rfind("TM0: " + truncated + " is not a usable tape image: ", 0) == 0);
    CHECK(read_file(truncated) == std::vector<std::uint8_t>{100, 0, 0, 0, 1, 2, 3, 4, 5});
}

TEST_CASE("short and garbage packs boot under a run limit without crashing or changing", "[pdp11][bad-input]") {
    ScratchDir dir;
    Pdp11Session s;
    const std::string rk = dir.file("short.rk05"), rl = dir.file("garbage.rl01"), tap = dir.file("garbage.tap");
    write_file(rk, random_bytes(700, 2));  // not even three sectors
    write_file(rl, random_bytes(20000, 3));
    // A well-formed tape whose one record is random: the boot block is garbage code.
    std::vector<std::uint8_t> tape = {0, 2, 0, 0};
    const auto record = random_bytes(512, 4);
    tape.insert(tape.end(), record.begin(), record.end());
    tape.insert(tape.end(), {0, 2, 0, 0, 0, 0, 0, 0});
    write_file(tap, tape);
    const auto rk_before = read_file(rk), rl_before = read_file(rl);
    REQUIRE(s.run("ATTACH -R RK0 " + rk) == "");
    REQUIRE(s.run("ATTACH -R RL0 " + rl) == "");
    REQUIRE(s.run("ATTACH -R TM0 " + tap) == "");
    for (const char* unit : {"RK0", "RL0", "TM0"}) {
        INFO(unit);
        REQUIRE(s.run("SET RUNLIMIT 200000") == "");
        s.run(std::string("BOOT ") + unit);  // whatever the garbage does, the command returns
        s.take();
    }
    REQUIRE(s.run("DETACH ALL") == "");
    CHECK(read_file(rk) == rk_before);
    CHECK(read_file(rl) == rl_before);
    CHECK(read_file(tap) == tape);
}

TEST_CASE("read-only attach: a guest write gets a write-lock error and the file keeps every byte",
          "[pdp11][bad-input]") {
    ScratchDir dir;
    Pdp11Session s;
    const std::string pack = dir.file("pack.rk05");
    write_pattern_image(pack, dec::Rk11::kImageBytes, 0123);
    const auto before = read_file(pack);
    REQUIRE(s.run("ATTACH -R RK0 " + pack) == "");
    fill_buffer(s, 0);
    rk_write_program(s, 0);
    REQUIRE(s.run("RUN 1000") == "");
    CHECK(s.take().find("HALT instruction, PC: 001040") != std::string::npos);
    CHECK((s.reg("RK", "RKCS") & 0100000) != 0);  // error
    CHECK((s.reg("RK", "RKER") & 020000) != 0);   // write lockout violation
    CHECK(read_file(pack) == before);
    REQUIRE(s.run("DETACH RK0") == "");
    CHECK(read_file(pack) == before);
}

TEST_CASE("write-through: guest writes are in the file while attached; DETACH and EXIT keep them",
          "[pdp11][bad-input]") {
    ScratchDir dir;
    const std::string pack = dir.file("pack.rk05"), tap = dir.file("new.tap");
    write_pattern_image(pack, dec::Rk11::kImageBytes, 0);
    {
        Pdp11Session s;
        REQUIRE(s.run("ATTACH RK0 " + pack) == "");
        fill_buffer(s, 0777);
        rk_write_program(s, 0);
        REQUIRE(s.run("RUN 1000") == "");
        CHECK((s.reg("RK", "RKCS") & 0100200) == 0200);  // ready, no error
        CHECK(s.reg("RK", "RKER") == 0);
        // Read by another party while simmon still has the file attached.
        CHECK(slice(read_file(pack), 0, 512) == buffer_bytes(0777));

        fill_buffer(s, 052525);
        rk_write_program(s, 1);  // sector 1
        REQUIRE(s.run("RUN 1000") == "");
        CHECK(slice(read_file(pack), 512, 512) == buffer_bytes(052525));

        // A tape record: MOV #-8.,@#MTBRC; MOV #2000,@#MTCMA; MOV #WRITE+GO,@#MTC; TSTB; BPL; HALT
        REQUIRE(s.run("ATTACH -N TM0 " + tap) == "");
        s.words(01000, {012737, 0177770, 0172524, 012737, 02000, 0172526, 012737, 5, 0172522, 0105737, 0172522,
                        0100375, 0});
        REQUIRE(s.run("RUN 1000") == "");
        std::vector<std::uint8_t> expected = {8, 0, 0, 0};
        const auto data = buffer_bytes(052525);
        expected.insert(expected.end(), data.begin(), data.begin() + 8);
        expected.insert(expected.end(), {8, 0, 0, 0});
        CHECK(slice(read_file(tap), 0, 16) == expected);
        REQUIRE(s.run("EXIT") == "");
    }  // the session ends as simmon does after EXIT: everything detached
    CHECK(slice(read_file(pack), 0, 512) == buffer_bytes(0777));
    CHECK(slice(read_file(pack), 512, 512) == buffer_bytes(052525));
    CHECK(std::filesystem::file_size(pack) == dec::Rk11::kImageBytes);
}

TEST_CASE("LOAD refuses corrupt tapes and oversized images before touching memory", "[pdp11][bad-input]") {
    ScratchDir dir;
    Pdp11Session s;
    REQUIRE(s.run("SET CPU 32K") == "");
    s.words(01000, {0123456});
    s.words(0, {0765});

    std::vector<std::uint8_t> tape;
    pdp11::append_tape_blocks(01000, std::vector<std::uint8_t>(64, 7), tape);
    pdp11::append_tape_end(01000, tape);
    auto bad_sum = tape;
    bad_sum[10] ^= 1;
    write_file(dir.file("badsum.lda"), bad_sum);
    CHECK(s.run("LOAD " + dir.file("badsum.lda")) == "corrupt paper tape image: bad checksum in block at byte 0");
    write_file(dir.file("short.lda"), slice(tape, 0, 40));
    CHECK(s.run("LOAD " + dir.file("short.lda")).rfind("corrupt paper tape image: truncated block at byte 0", 0) == 0);
    write_file(dir.file("noise.lda"), random_bytes(5000, 5));
    CHECK(s.run("LOAD " + dir.file("noise.lda")).rfind("corrupt paper tape image: ", 0) == 0);
    // A block beyond the 32K of memory, after a good one: nothing at all is loaded.
    std::vector<std::uint8_t> high;
    pdp11::append_tape_blocks(01000, std::vector<std::uint8_t>(8, 1), high);
    pdp11::append_tape_blocks(0100000, std::vector<std::uint8_t>(8, 1), high);
    pdp11::append_tape_end(01000, high);
    write_file(dir.file("high.lda"), high);
    CHECK(s.run("LOAD " + dir.file("high.lda")) ==
          "the file needs memory up to 100007 but memory ends at 77777; nothing was loaded (SET CPU MEMORY=nK adds memory)");
    write_file(dir.file("big.bin"), std::vector<std::uint8_t>(0100000 + 2, 1));
    CHECK(s.run("LOAD -r " + dir.file("big.bin")) ==
          "the file needs memory up to 100001 but memory ends at 77777; nothing was loaded (SET CPU MEMORY=nK adds memory)");
    CHECK(s.run("LOAD -r " + dir.file("big.bin") + " 40000000000") == "load address 40000000000 is beyond memory (it ends at 77777)");
    CHECK(s.run("LOAD -r " + dir.file("big.bin") + " 1x") == "bad load address: 1x");
    CHECK(s.run("LOAD " + dir.file("")).rfind("cannot open", 0) == 0);
    CHECK(s.run("LOAD " + dir.file("absent")) == "cannot open " + dir.file("absent") + ": No such file or directory");
    CHECK(s.word(01000) == 0123456);
    CHECK(s.word(0) == 0765);

    // An odd start address means "load, do not start" (the loader halts): the PC stays.
    std::vector<std::uint8_t> no_start;
    pdp11::append_tape_blocks(01000, std::vector<std::uint8_t>{1, 2}, no_start);
    pdp11::append_tape_end(01001, no_start);
    write_file(dir.file("nostart.lda"), no_start);
    REQUIRE(s.run("DEPOSIT PC 2000") == "");
    REQUIRE(s.run("LOAD " + dir.file("nostart.lda")) == "");
    CHECK(s.word(01000) == 01001);
    CHECK(s.reg("CPU", "PC") == 02000);
}

namespace {

// Vectors 4 (bus error, odd address) and 10 (reserved instruction) lead to HALTs at 3000
// and 3100, so where a trap went shows in the stop message.
void trap_catchers(Pdp11Session& s) {
    s.words(4, {03000, 0340, 03100, 0340});
    s.words(03000, {0});
    s.words(03100, {0});
    REQUIRE(s.run("DEPOSIT SP 1000") == "");
}

}  // namespace

TEST_CASE("nonexistent memory, odd addresses, double bus errors and the I/O page on every model",
          "[pdp11][bad-input]") {
    for (const char* model : {"11/34", "11/40", "11/45", "11/70"}) {
        INFO(model);
        Pdp11Session s;
        REQUIRE(s.run(std::string("SET CPU ") + model) == "");
        REQUIRE(s.run("SET CPU 32K") == "");
        REQUIRE(s.run("SET RUNLIMIT 100000") == "");

        trap_catchers(s);
        s.words(01000, {0137, 0100000});  // JMP @#100000: beyond memory
        CHECK(s.run("GO 1000") == "");
        CHECK(s.take().find("HALT instruction, PC: 003002") != std::string::npos);

        trap_catchers(s);
        CHECK(s.run("GO 1001") == "");  // an odd PC: odd address trap
        CHECK(s.take().find("HALT instruction, PC: 003002") != std::string::npos);

        trap_catchers(s);
        s.words(01000, {013700, 01001});  // MOV @#1001,R0: odd word address
        CHECK(s.run("GO 1000") == "");
        CHECK(s.take().find("HALT instruction, PC: 003002") != std::string::npos);

        // The stack in nonexistent memory: the trap cannot push, a double bus error. The
        // models differ (a halt, or a fatal stack error trap), but each says what happened.
        trap_catchers(s);
        REQUIRE(s.run("DEPOSIT SP 100000") == "");
        s.words(01000, {0137, 0100000});
        const std::string dbe = s.run("GO 1000");
        const std::string out = s.take();
        CHECK((dbe.find("during trap sequence") != std::string::npos || out.find("PC: 003002") != std::string::npos));

        // Executing the I/O page: device registers as instructions, or a bus error.
        for (const char* pc : {"177560", "170000", "177776"}) {
            trap_catchers(s);
            REQUIRE(s.run("SET RUNLIMIT 10000") == "");
            s.run(std::string("GO ") + pc);
            CHECK_FALSE(s.take().empty());  // some stop message
        }
    }
}

TEST_CASE("loops with interrupts off stop at the run limit and on WRU", "[pdp11][bad-input][wru]") {
    Pdp11Session s;
    // MOV #340,@#177776 (priority 7); BR .
    s.words(01000, {012737, 0340, 0177776, 0777});
    REQUIRE(s.run("SET RUNLIMIT 100000") == "");
    CHECK(s.run("RUN 1000") == "");
    CHECK(s.take() == "\nRun limit reached, PC: 001006 (BR 1006)\n");

    // MOV #340,@#177776; WAIT; BR .-2: waits for an interrupt it has masked.
    s.words(01000, {012737, 0340, 0177776, 1, 0776});
    REQUIRE(s.run("SET RUNLIMIT 100000") == "");
    CHECK(s.run("RUN 1000") == "");
    const std::string waited = s.take();
    CHECK(waited == "\nRun limit reached, PC: 001010 (BR 1006)\n");

    // The same loop, stopped by the user typing WRU (Ctrl-E).
    int keys[2];
    REQUIRE(::pipe(keys) == 0);
    s.scp.enable_host_terminal(keys[0]);
    s.words(01000, {012737, 0340, 0177776, 0777});
    REQUIRE(s.run("SET RUNLIMIT 500M") == "");  // a safety net far beyond the WRU poll
    REQUIRE(::write(keys[1], "\005", 1) == 1);
    CHECK(s.run("RUN 1000") == "");
    CHECK(s.take() == "\nSimulation stopped, PC: 001006 (BR 1006)\n");
    CHECK(*s.scp.settings().runlimit > 400000000);
    ::close(keys[1]);
    ::close(keys[0]);
}

TEST_CASE("fuzz: random memory run as code on every model", "[pdp11][bad-input][fuzz]") {
    std::size_t seeds = 6;
    if (const char* v = std::getenv("SIMMON_FUZZ_CASES")) seeds = std::strtoull(v, nullptr, 10) / 100 + 1;
    for (const char* model : {"11/34", "11/40", "11/45", "11/70"}) {
        for (std::uint32_t seed = 1; seed <= seeds; ++seed) {
            INFO(model << " seed " << seed);
            Pdp11Session s;
            REQUIRE(s.run(std::string("SET CPU ") + model) == "");
            REQUIRE(s.run("SET CPU 64K") == "");
            std::mt19937 rng(seed * 7919u + extra_seed());
            pdp11::Unibus& bus = s.machine().unibus();
            for (std::uint32_t i = 0; i < bus.memory_size(); i += 2) bus.memory().write16_le(i, static_cast<std::uint16_t>(rng()));
            for (const char* r : {"R0", "R1", "R2", "R3", "R4", "R5", "SP"})
                REQUIRE(s.run(fmt::format("DEPOSIT {} {:o}", r, rng() & 0177777)) == "");
            if (seed % 2 == 0) {  // memory management on, with random pages
                for (int p = 0; p < 8; ++p) {
                    REQUIRE(s.run(fmt::format("DEPOSIT KIPAR{} {:o}", p, rng() & 07777)) == "");
                    REQUIRE(s.run(fmt::format("DEPOSIT KIPDR{} {:o}", p, rng() & 077416)) == "");
                }
                REQUIRE(s.run("DEPOSIT MMR0 1") == "");
            }
            REQUIRE(s.run(fmt::format("DEPOSIT PSW {:o}", rng() & 0340)) == "");
            REQUIRE(s.run(fmt::format("DEPOSIT PC {:o}", rng() & 0177776)) == "");
            for (int runs = 0; runs < 20; ++runs) {
                REQUIRE(s.run("SET RUNLIMIT 5000") == "");
                s.run("GO");
                s.take();
                // After a halt or a failed trap, carry on somewhere else.
                s.run(fmt::format("DEPOSIT PC {:o}", rng() & 0177776));
            }
        }
    }
}

TEST_CASE("fuzz: random and damaged command lines on the PDP-11", "[pdp11][bad-input][fuzz]") {
    ScratchDir dir;
    const std::filesystem::path previous = std::filesystem::current_path();
    std::filesystem::current_path(std::filesystem::path(dir.file("")));
    write_file("image.bin", random_bytes(3000, 9));
    std::filesystem::create_directories("adir");
    std::size_t cases = 3000;
    if (const char* v = std::getenv("SIMMON_FUZZ_CASES")) cases = std::strtoull(v, nullptr, 10);
    {
        auto s = std::make_unique<Pdp11Session>();
        scp::testing::CommandFuzzer fuzz(s->scp, 1147u ^ extra_seed(),
                                         {"image.bin", "adir", "missing.bin", "new.img", "state.sav", "fuzz.log"});
        for (std::size_t i = 0; i < cases; ++i) {
            const std::string line = fuzz.line();
            // EXAMINE ALL of a 4M 11/70 prints two million lines: legal, but not in a unit test.
            if (scp::testing::unsafe_for_fuzzing(line) || to_upper(line).find("ALL") != std::string::npos) continue;
            s->scp.settings().runlimit = 3000;
            s->scp.settings().shell_enabled = false;
            const std::string msg = s->run(line);
            if (msg.find("internal error") != std::string::npos) FAIL_CHECK(line << " => " << msg);
            s->take();
            if (s->scp.exit_requested()) s = std::make_unique<Pdp11Session>();
        }
    }
    std::filesystem::current_path(previous);
}
