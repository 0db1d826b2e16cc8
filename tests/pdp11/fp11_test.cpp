// FP11 floating point on the 11/70: loads, arithmetic with exact rounding, stores,
// conversions and the divide-by-zero exception.
#include <catch2/catch.hpp>

#include "machines/pdp11/cpu/fp11_arith.hpp"
#include "tests/pdp11/pdp11_test_support.hpp"

using namespace simmon;
using namespace simmon::pdp11;
using test::TestMachine;

namespace {

constexpr std::uint64_t f(std::uint16_t hi, std::uint16_t lo = 0) {
    return (static_cast<std::uint64_t>(hi) << 48) | (static_cast<std::uint64_t>(lo) << 32);
}

}  // namespace

TEST_CASE("FP11 arithmetic on raw values", "[pdp11][fp11]") {
    const std::uint64_t one = f(040200), two = f(040400), three = f(040500), ten = f(041040);
    CHECK(fp_add(one, one, false, false).raw == two);
    CHECK(fp_add(three, fp_add(one, 0, false, false).raw ^ (1ull << 63), false, false).raw == two);  // 3 - 1
    CHECK(fp_mul(two, ten, false, false).raw == f(041240));  // 20
    CHECK(fp_div(one, three, false, true).raw == f(037652, 0125252));  // 1/3 chopped
    CHECK(fp_div(one, three, false, false).raw == f(037652, 0125253));  // 1/3 rounded
    CHECK(fp_compare(two, three) < 0);
    CHECK(fp_add(one, one ^ (1ull << 63), true, false).raw == 0);
    std::int64_t i = 0;
    CHECK(fp_to_integer(fp_from_integer(-12345, false, false).raw, 16, i));
    CHECK(i == -12345);
    CHECK_FALSE(fp_to_integer(f(044200), 16, i));  // 65536 does not fit
    FpResult big = fp_mul(f(077777, 0177777), f(077777, 0177777), false, false);
    CHECK(big.overflow);
}

TEST_CASE("FP11 instructions", "[pdp11][fp11]") {
    TestMachine tm(CpuModelId::Pdp11_70);
    tm.program(01000, {0170001,            // SETF
                       0172427, 040200,     // LDF #1.0,AC0
                       0172027, 040200,     // ADDF #1.0,AC0
                       0171027, 041040,     // MULF #10.0,AC0
                       0174037, 03000,      // STF AC0,@#3000
                       0175400,             // STCFI AC0,R0
                       0});
    tm.cpu.set_reg(6, 01000);
    StopInfo stop = tm.run_from(01000);
    REQUIRE(stop.code == StopCode::Halt);
    CHECK(tm.peek(03000) == 041240);
    CHECK(tm.peek(03002) == 0);
    CHECK(tm.cpu.reg(0) == 20);
    CHECK(tm.cpu.fpu().ac[0] == f(041240));

    tm.program(01000, {0170127, 0,         // LDFPS #0 (interrupts enabled)
                       0172427, 040200,     // LDF #1.0,AC0
                       0174427, 0,          // DIVF #0,AC0
                       0});
    tm.cpu.set_reg(6, 01000);
    tm.run_from(01000);
    CHECK(tm.cpu.pc() == 0250);  // trapped through 244 to its HALT
    CHECK(tm.cpu.fpu().fec == 4);
    CHECK(tm.cpu.fpu().fea == 01010);
    CHECK(tm.cpu.fpu().ac[0] == f(040200));  // unchanged
}

TEST_CASE("FP11 is a reserved instruction on the 11/40", "[pdp11][fp11]") {
    TestMachine tm(CpuModelId::Pdp11_40);
    tm.program(01000, {0170001, 0});
    tm.cpu.set_reg(6, 01000);
    tm.run_from(01000);
    CHECK(tm.cpu.pc() == 014);
}

// Mode 0 names AC0-AC5; AC6 and AC7 are an opcode error (FEC 2) before the instruction
// changes anything, trapping through 244 when FID is clear.
TEST_CASE("FP11 AC6 and AC7 operands are opcode errors", "[pdp11][fp11]") {
    for (std::uint16_t ir : {std::uint16_t{0172406},    // LDF AC6,AC0
                             std::uint16_t{0174007},    // STF AC0,AC7
                             std::uint16_t{0170506},    // TSTF AC6
                             std::uint16_t{0176007}}) { // STCFD AC0,AC7
        TestMachine tm(CpuModelId::Pdp11_70);
        tm.program(01000, {0170127, 0,          // LDFPS #0
                           0172427, 040200,     // LDF #1.0,AC0
                           ir, 0});
        tm.cpu.set_reg(6, 01000);
        tm.run_from(01000);
        INFO("instruction " << std::oct << ir);
        CHECK(tm.cpu.pc() == 0250);  // trapped through 244 to its HALT
        CHECK(tm.cpu.fpu().fec == 2);
        CHECK(tm.cpu.fpu().fea == 01010);
        CHECK(tm.cpu.fpu().ac[0] == f(040200));
        CHECK(tm.peek(0774) == 01012);  // the instruction ended: PC after it
    }
}
