// DL11 console printer timing as the program sees it: a character written to XBUF is
// printed, and XMIT RDY comes back, exactly the TTO TIME later, although the write
// happens in the middle of the CPU's slice (core/scheduler/cpu_slice.hpp). The machine is
// an 11/40: instruction n of a run starts n * 2,087 ns after the run's start.
#include <catch2/catch.hpp>
#include <vector>

#include "tests/pdp11/pdp11_test_support.hpp"

using namespace simmon;
using namespace simmon::pdp11::test;

namespace {

// Records each printed character with the simulated time it appeared.
class RecordingConsole final : public ConsolePort {
public:
    explicit RecordingConsole(Scheduler& s) : scheduler_(s) {}
    int read_char() override { return -1; }
    void write_char(std::uint8_t c) override {
        chars.push_back(c);
        times.push_back(scheduler_.now());
    }
    std::vector<std::uint8_t> chars;
    std::vector<SimTime> times;

private:
    Scheduler& scheduler_;
};

void set_register(Device& d, const char* name, std::uint64_t v) {
    const RegisterDesc* r = d.find_register(name);
    REQUIRE(r);
    r->set(v);
}

}  // namespace

TEST_CASE("DL11: a character appears exactly its output time after the write", "[pdp11][dl11]") {
    TestMachine tm;
    RecordingConsole console(tm.machine->scheduler());
    tm.machine->set_console(&console);
    Device* tto = tm.machine->find_device("TTO");
    REQUIRE(tto);
    constexpr std::uint64_t kTime = 101;  // microseconds
    set_register(*tto, "TIME", kTime);

    // 1000 MOV #101,@#177566   first instruction, at the run's start time
    // 1006 INC R0              counts the polls that found the printer busy ...
    // 1010 TSTB @#177564
    // 1014 BPL 1006
    // 1016 HALT
    tm.program(01000, {012737, 0101, 0177566, 005200, 0105737, 0177564, 0100374, 0});
    tm.cpu.set_reg(0, 0);
    // Start some way into the keyboard poll, whose events end slices of their own.
    tm.program(02000, {0777});  // BR .
    tm.run_from(02000, 1234);
    const SimTime start = tm.machine->scheduler().now();
    const std::uint64_t before = tm.cpu.instructions_executed();

    StopInfo s = tm.run_from(01000);
    CHECK(s.code == StopCode::Halt);
    REQUIRE(console.chars == std::vector<std::uint8_t>{0101});
    CHECK(console.times[0] == start + usec(kTime));
    // The loop is 3 instructions from instruction 1: the TSTBs at 2, 5 ... 47 start
    // before 101 us (48.4 instruction times) and find XMIT RDY clear, the one at 50 finds
    // it set; then BPL and HALT.
    REQUIRE(tm.cpu.instruction_time() == 2087);
    CHECK(tm.cpu.reg(0) == 17);
    CHECK(tm.cpu.instructions_executed() - before == 1 + 3 * 17 + 1);
}

TEST_CASE("DL11: back-to-back characters keep their spacing", "[pdp11][dl11]") {
    TestMachine tm;
    RecordingConsole console(tm.machine->scheduler());
    tm.machine->set_console(&console);
    Device* tto = tm.machine->find_device("TTO");
    REQUIRE(tto);
    set_register(*tto, "TIME", 500);

    // 1000 MOV #1100,R1
    // 1004 TSTB @#177564     wait for XMIT RDY
    // 1010 BPL 1004
    // 1012 MOVB (R1)+,@#177566
    // 1016 BNE 1004          until the NUL has been sent
    // 1020 TSTB @#177564     wait for it to be printed
    // 1024 BPL 1020
    // 1026 HALT
    tm.program(01000, {012701, 01100, 0105737, 0177564, 0100375, 0112137, 0177566, 001372,
                       0105737, 0177564, 0100375, 0});
    tm.program(01100, {0041101, 0000103});  // "ABC", NUL
    const SimTime start = tm.machine->scheduler().now();

    StopInfo s = tm.run_from(01000, 1'000'000);
    CHECK(s.code == StopCode::Halt);
    REQUIRE(console.chars.size() == 4);
    // MOVB of "A" is instruction 3. After each MOVB at instruction m, BNE is m+1 and the
    // two-instruction wait loop puts TSTBs at m+2, m+4 ...; 500 us are 239.6 instruction
    // times of 2,087 ns, so the TSTB at m+240 is the first to find the printer ready and
    // the next MOVB is m+242: each character prints 242 instruction times after the last.
    REQUIRE(tm.cpu.instruction_time() == 2087);
    CHECK(console.chars == std::vector<std::uint8_t>{'A', 'B', 'C', 0});
    const SimTime u = tm.cpu.instruction_time();
    CHECK(console.times == std::vector<SimTime>{start + 3 * u + usec(500), start + 245 * u + usec(500),
                                                start + 487 * u + usec(500), start + 729 * u + usec(500)});
}
