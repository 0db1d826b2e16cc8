// Registers say their width and radix: core assumes neither 16 bits nor octal, and a
// register that says nothing is refused when the device adds it.
#include <catch2/catch.hpp>

#include "fake_machine.hpp"

using namespace simmon;

namespace {

class Widget final : public Device {
public:
    explicit Widget(Machine& m) : Device(m, "WID", "register test device") {}
    void add(RegisterDesc r) { add_register(std::move(r)); }
    std::uint32_t value = 0;
};

}  // namespace

TEST_CASE("a register without a width or a radix is refused", "[registers]") {
    test::FakeMachine m;
    Widget w(m);
    RegisterDesc bare;
    bare.name = "BARE";
    bare.get = [] { return std::uint64_t{0}; };
    CHECK(bare.width == 0);
    CHECK_THROWS_AS(w.add(bare), std::logic_error);
    bare.width = 16;
    CHECK_THROWS_AS(w.add(bare), std::logic_error);  // still no radix
    bare.radix = Radix::Hex;
    CHECK_NOTHROW(w.add(bare));
    CHECK_THROWS_AS(w.add(reg_field("WIDE", w.value, 65, Radix::Decimal, "too wide")), std::logic_error);
    CHECK_NOTHROW(w.add(reg_field("VALUE", w.value, 32, Radix::Decimal, "a decimal register")));
    REQUIRE(w.registers().size() == 2);
    CHECK(w.registers()[1].radix == Radix::Decimal);
    CHECK(w.registers()[1].width == 32);
}
