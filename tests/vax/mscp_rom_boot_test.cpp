// BOOT MUA0 from the KA655 console ROM: a TK50 cartridge (a SIMH .tap image) whose first
// record is a boot block of ours, assembled here with the machine's one-line assembler.
// The ROM's VMB reads that record through the TQK50 (TMSCP on connection 1), looks the
// tape over with REPOSITION, reads it again and starts it at its first byte; a disk boot
// (BOOT DUA0, e2e test vax-mscp-boot) instead follows the block's identification area.
// The same block serves both: bytes 0-1, which the disk boot ignores, branch to the
// program. Fails when the ROM is missing.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "core/machine/machine.hpp"
#include "devices/dec/tmscp_tape.hpp"
#include "machines/vax/vax_machine.hpp"
#include "tests/support/guest_console.hpp"

using namespace simmon;
using namespace simmon::vax;
using simmon::test::ScriptedConsole;

namespace {

constexpr const char* kMessage = "Hello from a TK50 of ours\r\n";

// The block: a branch at 0 to the program at 40, which prints the message at 58 through
// TXDB and halts; every instruction position independent.
std::vector<std::uint8_t> boot_block(Machine& m) {
    struct Line {
        std::uint32_t at;
        const char* text;
    };
    const Line program[] = {
        {0x00, "BRB 40"},            // a tape boot starts here
        {0x40, "MOVAB 58,R1"},       // R1 = the message (PC-relative)
        {0x44, "MOVZBL (R1)+,R0"},   // the next character; a NUL ends it
        {0x47, "BEQL 55"},
        {0x49, "MFPR #22,R2"},       // TXCS<7>: the console transmitter is ready
        {0x4C, "BBC #7,R2,49"},
        {0x50, "MTPR R0,#23"},       // TXDB
        {0x53, "BRB 44"},
        {0x55, "HALT"},              // back to the console
    };
    std::vector<std::uint8_t> block(512, 0);
    for (const Line& l : program) {
        std::vector<std::uint64_t> bytes;
        REQUIRE(m.cpu().assemble(l.text, l.at, 0, bytes));
        for (std::size_t i = 0; i < bytes.size(); ++i) block.at(l.at + i) = static_cast<std::uint8_t>(bytes[i]);
    }
    const std::string text(kMessage);
    std::copy(text.begin(), text.end(), block.begin() + 0x58);
    return block;
}

void put32(std::vector<std::uint8_t>& t, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) t.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

}  // namespace

TEST_CASE("ka655 ROM: BOOT MUA0 reads a TK50's first record and starts it", "[vax][tmscp][rom]") {
    const std::string rom = std::string(SIMMON_TESTDATA) + "/vax/ka655x.bin";
    REQUIRE(std::filesystem::exists(rom));  // the test data must be there
    const std::string tape = (std::filesystem::temp_directory_path() /
                              ("simmon-mua0-" + std::to_string(::getpid()) + ".tap")).string();
    VaxMachine m;
    {
        const std::vector<std::uint8_t> block = boot_block(m);
        std::vector<std::uint8_t> image;
        put32(image, 512);
        image.insert(image.end(), block.begin(), block.end());
        put32(image, 512);
        put32(image, 0);
        put32(image, 0);
        std::ofstream out(tape, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(image.data()), static_cast<std::streamsize>(image.size()));
    }
    ScriptedConsole con;
    m.set_console(&con);
    auto [tq, tq0] = m.find_unit("TQ0");
    REQUIRE(tq0 != nullptr);
    AttachOptions ro;
    ro.read_only = true;
    REQUIRE(tq->attach(*tq0, tape, ro));
    REQUIRE(m.load(rom, switch_bit('r'), {}).is_ok());
    m.reset();
    REQUIRE(test::run_until(m, con, ">>>", 0, 60'000'000));
    std::size_t from = con.output.size();
    test::type(con, "BOOT MUA0\r");
    REQUIRE(test::run_until(m, con, "?06 HLT INST", from, 60'000'000));
    INFO(con.output.substr(from));
    CHECK(con.output.find("-MUA0", from) != std::string::npos);
    CHECK(con.output.find(kMessage, from) != std::string::npos);
    CHECK(dynamic_cast<dec::TmscpTapeController&>(*tq).online(0));
    m.set_console(nullptr);
    tq->detach(*tq0);
    std::filesystem::remove(tape);
}
