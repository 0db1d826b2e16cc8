// BOOT RQ0 and BOOT TQ0 on an 11/34 with the UDA50 and TUK50 enabled: simmon's MSCP
// bootstrap initialises the port, brings the unit online and reads block 0 (the first
// record of the tape) to 0, and starts it with R0 = the unit and R1 = the IP address.
// The boot block is ours, MACRO-11 assembled here: it prints a line and halts.
#include <catch2/catch.hpp>

#include "core/machine/machine.hpp"
#include "devices/dec/mscp_disk.hpp"
#include "devices/dec/tmscp_tape.hpp"
#include "machines/pdp11/cpu/pdp11_cpu.hpp"
#include "machines/pdp11/disasm/assembler_program.hpp"
#include "machines/pdp11/pdp11_machine.hpp"
#include "tests/devices/device_test_support.hpp"

using namespace simmon;
using namespace simmon::test;

namespace {

constexpr const char* kBootBlock = R"(
        .=0
        NOP                     ; a boot block begins with a NOP, by DEC's convention
        MOV     R0,R3           ; keep the unit and the CSR the bootstrap handed over
        MOV     R1,R4
        MOV     #MSG,R2
1$:     MOVB    (R2)+,R0        ; the next character; a NUL ends the message
        BEQ     3$
2$:     TSTB    @#177564        ; wait for the console transmitter
        BPL     2$
        MOVB    R0,@#177566
        BR      1$
3$:     TSTB    @#177564        ; let the last character go out
        BPL     3$
        HALT
MSG:    .ASCII  /Hello from a boot block of ours/
        .BYTE   15,12,0
        .END
)";

// The boot block as 512 bytes.
std::vector<std::uint8_t> boot_block() {
    pdp11::AssembledProgram program;
    REQUIRE(pdp11::assemble_program(kBootBlock, "bootblock.mac", program));
    std::vector<std::uint8_t> block(512, 0);
    for (const auto& segment : program.segments)
        for (std::size_t i = 0; i < segment.bytes.size(); ++i) block.at(segment.address + i) = segment.bytes[i];
    return block;
}

void put32(std::vector<std::uint8_t>& t, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) t.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

// Boots `unit_name` and runs to the boot block's HALT.
void boot_and_check(pdp11::Pdp11Machine& m, ScriptedConsole& con, const char* unit_name, std::uint16_t csr,
                    int unit_number) {
    auto [device, unit] = m.find_unit(unit_name);
    REQUIRE(unit != nullptr);
    REQUIRE(m.boot(*unit));
    RunRequest req;
    req.max_instructions = 2'000'000;
    const StopInfo stop = m.run(req);
    INFO(stop.message);
    INFO(con.output);
    CHECK(stop.code == StopCode::Halt);
    CHECK(con.output.find("Hello from a boot block of ours\r\n") != std::string::npos);
    CHECK(m.pdp11_cpu().reg(3) == unit_number);
    CHECK(m.pdp11_cpu().reg(4) == csr);
}

}  // namespace

TEST_CASE("BOOT RQ0: the UDA50 bootstrap reads block 0 and starts it", "[mscp][pdp11]") {
    ScratchDir dir;
    const std::string image = dir.file("boot.dsk");
    std::vector<std::uint8_t> disk = boot_block();
    disk.resize(4 * 512, 0);
    write_file(image, disk);

    pdp11::Pdp11Machine m;
    ScriptedConsole con;
    m.set_console(&con);
    REQUIRE(set_modifier(m, "CPU", "11/34"));
    Device* rq = m.find_device("RQ");
    REQUIRE(rq != nullptr);
    CHECK(!rq->enabled());  // off until SET RQ ENABLED
    REQUIRE(rq->set_enabled(true));
    REQUIRE(rq->attach(*rq->units()[1], image, AttachOptions{}));
    boot_and_check(m, con, "RQ1", 0172150, 1);
    // The bootstrap leaves the port re-initialised for the boot block, as DEC's ROMs do.
    auto& controller = dynamic_cast<dec::MscpDiskController&>(*rq);
    CHECK(controller.step() == dec::MscpPort::Step::One);
    CHECK(!controller.online(1));
    m.set_console(nullptr);
}

TEST_CASE("BOOT TQ0: the TUK50 bootstrap reads the first record and starts it", "[tmscp][pdp11]") {
    ScratchDir dir;
    const std::string image = dir.file("boot.tap");
    const std::vector<std::uint8_t> block = boot_block();
    std::vector<std::uint8_t> tape;
    put32(tape, 512);
    tape.insert(tape.end(), block.begin(), block.end());
    put32(tape, 512);
    put32(tape, 0);
    write_file(image, tape);

    pdp11::Pdp11Machine m;
    ScriptedConsole con;
    m.set_console(&con);
    REQUIRE(set_modifier(m, "CPU", "11/34"));
    Device* tq = m.find_device("TQ");
    REQUIRE(tq != nullptr);
    CHECK(!tq->enabled());
    REQUIRE(tq->set_enabled(true));
    REQUIRE(tq->attach(*tq->units()[0], image, AttachOptions{}));
    boot_and_check(m, con, "TQ0", 0174500, 0);
    CHECK(dynamic_cast<dec::TmscpTapeController&>(*tq).position(0) == 1);
    m.set_console(nullptr);
}

TEST_CASE("BOOT RQ0 of a unit with nothing mounted is refused", "[mscp][pdp11]") {
    pdp11::Pdp11Machine m;
    ScriptedConsole con;
    m.set_console(&con);
    Device* rq = m.find_device("RQ");
    REQUIRE(rq->set_enabled(true));
    auto [device, unit] = m.find_unit("RQ0");
    CHECK(!m.boot(*unit));  // not attached: refused before anything runs
    m.set_console(nullptr);
}
