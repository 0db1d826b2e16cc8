// A device whose name is also a number (a 360 device 190) against EXAMINE of memory: a
// word that reads as a number in the machine's radix is an address; the device is named
// as DEV=name there, and by its plain name where only devices make sense (SET, SHOW, HELP).
#include <catch2/catch.hpp>

#include "scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;
using namespace simmon::toy;

namespace {

// A device named by a number, with one register.
class NumberedDevice : public Device {
public:
    NumberedDevice(Machine& m, std::string name) : Device(m, std::move(name), "device with a numeric name") {
        add_unit(this->name(), false);
        add_register(reg_field("CSW", csw_, 16, Radix::Octal, "status word"));
    }
    std::uint16_t csw_ = 0;
};

// The toy (octal) with devices "17" (an octal number) and "19" (not one).
struct NumberedMachine : ToyMachine {
    NumberedMachine() {
        add_device<NumberedDevice>(*this, "17").csw_ = 0555;
        add_device<NumberedDevice>(*this, "19").csw_ = 0666;
    }
};

}  // namespace

TEST_CASE("a number in the machine radix is an address, not a device", "[device-number]") {
    Output out;
    Scp scp{{MachineInfo{"numbered", "toy with numbered devices",
                         [] { return std::unique_ptr<Machine>(std::make_unique<NumberedMachine>()); }}},
            out, false};
    REQUIRE(scp.select_machine("numbered"));
    auto& toy = static_cast<ToyMachine&>(scp.machine());
    toy.toy_cpu().write_word(016, 01234);
    toy.toy_cpu().write_word(020, 04321);
    auto run = [&](const std::string& line) {
        const Status s = scp.execute_line(line);
        return s ? out.take_captured() : "error: " + s.message();
    };

    // Memory, although a device is called 17.
    CHECK(run("EXAMINE 16") == "16:\t001234\n");
    CHECK(run("EXAMINE 17") == "17:\t001234\n");
    CHECK(run("EX 16-20") == "16:\t001234\n20:\t004321\n");
    CHECK(run("DEPOSIT 17 7") == "");
    CHECK(toy.toy_cpu().read_word(016) == 7);
    // The device by reference.
    CHECK(run("EXAMINE DEV=17 CSW") == "CSW:\t000555\n");
    CHECK(run("EX dev=17") == "CSW:\t000555\n");
    CHECK(run("DEPOSIT DEV=17 CSW 123") == "");
    CHECK(run("EX DEV=17 CSW") == "CSW:\t000123\n");
    // 19 is no octal number, so it can only be the device.
    CHECK(run("EX 19 CSW") == "CSW:\t000666\n");
    CHECK(run("EX DEV=TTY READY") == "READY:\t0\n");
    CHECK(run("EX DEV=18") == "error: Unknown device: 18; did you mean 17?");
    // Where only devices make sense, the plain number names the device.
    CHECK(run("SHOW 17") == "17\tdevice with a numeric name\n  17\n");
    CHECK(run("HELP 17").rfind("17: device with a numeric name\n", 0) == 0);
}

TEST_CASE("completion offers a numbered device as a device reference", "[device-number]") {
    Output out;
    Scp scp{{MachineInfo{"numbered", "toy with numbered devices",
                         [] { return std::unique_ptr<Machine>(std::make_unique<NumberedMachine>()); }}},
            out, false};
    REQUIRE(scp.select_machine("numbered"));
    using V = std::vector<std::string>;
    CHECK(scp.complete("EXAMINE 1") == V{"19"});
    CHECK(scp.complete("EXAMINE DEV") == V{"DEV=17"});
    CHECK(scp.complete("EXAMINE DEV=17 C") == V{"CSW"});
    CHECK(scp.complete("EXAMINE 19 C") == V{"CSW"});
    CHECK(scp.complete("EXAMINE 17 C").empty());  // 17 is an address; no CPU register starts with C
}
