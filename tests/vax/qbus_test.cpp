// The KA655's Q22 bus as the DEC controllers see it: their registers in the I/O page at
// 20000000 (the RQDX3's IP and SA at 20001468, the DZV11 at 20000040), DMA through the Q22-bus map (a valid entry
// reaches its page of local memory, an invalid one is non-existent memory recorded in
// DSER), and bus requests at IPL 14-17 vectoring through SCB + 200.
#include <catch2/catch.hpp>

#include <vector>

#include "core/machine/machine.hpp"
#include "machines/vax/vax_machine.hpp"

using namespace simmon;
using namespace simmon::vax;

TEST_CASE("Q22 bus: the controllers' registers in the I/O page", "[vax][qbus]") {
    VaxMachine m;
    VaxSystem& sys = m.system();
    std::uint32_t v = 0;
    // RQDX3 at 772150: SA reads S1 with the Q22 flag; a longword is IP and SA together.
    REQUIRE(sys.read(0x2000146A, 2, v));
    CHECK(v == 0x0A00);
    REQUIRE(sys.read(0x20001468, 4, v));
    CHECK(v == 0x0A000000u);
    REQUIRE(sys.read(0x2000146B, 1, v));
    CHECK(v == 0x0A);
    // TQK50 at 774500.
    REQUIRE(sys.read(0x20001942, 2, v));
    CHECK(v == 0x0A00);
    // Nothing at 771000: a timeout that DSER records.
    CHECK(!sys.read(0x20001200, 2, v));
    CHECK(sys.cqbic().dser() & 0x80);
    // The DZV11 at 760100: four lines, so the TCR keeps DTR and enable for lines 0-3.
    REQUIRE(sys.write(0x20000044, 2, 0xFFFF));
    REQUIRE(sys.read(0x20000044, 2, v));
    CHECK(v == 0x0F0F);
    CHECK(m.find_device("DZ")->description() == "DZV11 4-line terminal multiplexer");
    // A disabled controller does not answer.
    REQUIRE(m.find_device("RQ")->set_enabled(false));
    CHECK(!sys.read(0x2000146A, 2, v));
}

TEST_CASE("Q22 bus: DMA through the map, and a page the map does not give", "[vax][qbus]") {
    VaxMachine m;
    VaxSystem& sys = m.system();
    const Device& rq = *m.find_device("RQ");
    // The map at 00F00000; Q22-bus page 2 (addresses 400-5FF) is local page 100 (20000).
    REQUIRE(sys.write(0x20080010, 4, 0x00F00000));
    REQUIRE(sys.write(0x20088008, 4, 0x80000100));
    const std::vector<std::uint8_t> bytes = {1, 2, 3, 4, 5};
    CHECK(sys.qbus().dma_write_bytes(rq, 0x405, bytes.data(), bytes.size()) == bytes.size());
    CHECK(m.memory().read8(0x20005) == 1);
    CHECK(m.memory().read8(0x20009) == 5);
    std::uint16_t w = 0;
    CHECK(sys.qbus().dma_read_words(rq, 0x406, &w, 1) == 1);
    CHECK(w == 0x0302);
    // A transfer that runs into page 3 (not valid) stops there.
    std::vector<std::uint8_t> into(8, 0);
    CHECK(sys.qbus().dma_read_bytes(rq, 0x5FC, into.data(), into.size()) == 4);
    CHECK(sys.cqbic().dser() & 0x8000);
}

TEST_CASE("Q22 bus: a bus request interrupts at its IPL through SCB + 200 + vector", "[vax][qbus]") {
    VaxMachine m;
    VaxSystem& sys = m.system();
    Qbus& bus = sys.qbus();
    const int line = bus.add_interrupt("TEST", 5, 0154);
    const int high = bus.add_interrupt("TEST6", 6, 0300);
    CHECK(sys.interrupt_level() == 0);
    bus.raise_interrupt(line);
    CHECK(sys.interrupt_level() == 0x15);
    bus.raise_interrupt(high);
    CHECK(sys.interrupt_level() == 0x16);
    CHECK(sys.acknowledge(0x16) == 0x200 + 0300);
    CHECK(sys.interrupt_level() == 0x15);
    CHECK(sys.acknowledge(0x15) == 0x200 + 0154);
    CHECK(sys.interrupt_level() == 0);
    CHECK(!bus.interrupt_pending(line));
    bus.set_interrupt_vector(line, 0160);
    CHECK(bus.interrupt_vector(line) == 0160);
}

TEST_CASE("Q22 bus: the RQDX3's initialisation steps interrupt at IPL 15 through SCB + 200 + its vector",
          "[vax][qbus][mscp]") {
    VaxMachine m;
    VaxSystem& sys = m.system();
    std::uint32_t v = 0;
    REQUIRE(sys.write(0x20001468, 2, 0));  // IP: initialise
    // Step 1: rings of one slot, IE, vector 0154.
    REQUIRE(sys.write(0x2000146A, 2, 0x8000 | 0x80 | (0154 >> 2)));
    CHECK(sys.interrupt_level() == 0);
    m.scheduler().advance(msec(1));
    REQUIRE(sys.read(0x2000146A, 2, v));
    CHECK(v == (0x1000 | 0x80));  // S2 and the echo of the step-1 word's high byte
    CHECK(sys.interrupt_level() == 0x15);
    CHECK(sys.acknowledge(0x15) == 0x200 + 0154);
    CHECK(sys.interrupt_level() == 0);
}

namespace {
const Modifier& bus_modifier(Machine& m, const char* device, const char* name) {
    for (const Modifier& mod : m.find_device(device)->modifiers())
        if (mod.name == name) return mod;
    FAIL("no modifier " << name);
    throw;
}
}  // namespace

TEST_CASE("Q22 bus: SET dev ADDRESS= moves a controller's registers, SHOW gives where", "[vax][qbus]") {
    VaxMachine m;
    VaxSystem& sys = m.system();
    std::uint32_t v = 0;
    const Modifier& address = bus_modifier(m, "RQ", "ADDRESS");
    CHECK(address.show(nullptr) == "address=772150-772153");
    // The RQDX3's second controller address, 760334 (hex 200000DC).
    REQUIRE(address.set(nullptr, "760334"));
    CHECK(address.show(nullptr) == "address=760334-760337");
    REQUIRE(sys.read(0x200000DE, 2, v));
    CHECK(v == 0x0A00);  // SA: step 1 with the Q22 flag
    CHECK(!sys.read(0x2000146A, 2, v));  // nothing at 772150 any more
    // A 22-bit form is the same I/O page address.
    REQUIRE(address.set(nullptr, "17772150"));
    REQUIRE(sys.read(0x2000146A, 2, v));
    CHECK(v == 0x0A00);
    // Taken by another controller, odd, outside the I/O page: refused, and nothing moves.
    CHECK(!address.set(nullptr, "774500"));
    CHECK(!address.set(nullptr, "772151"));
    CHECK(!address.set(nullptr, "757776"));
    CHECK(!address.set(nullptr, "777776"));  // the block would run past 777777
    CHECK(address.show(nullptr) == "address=772150-772153");
    // The DZV11 moves as a whole block of four registers.
    const Modifier& dz = bus_modifier(m, "DZ", "ADDRESS");
    REQUIRE(dz.set(nullptr, "760110"));
    REQUIRE(sys.write(0x2000004C, 2, 0xFFFF));  // TCR at 760114
    REQUIRE(sys.read(0x2000004C, 2, v));
    CHECK(v == 0x0F0F);
}

TEST_CASE("Q22 bus: SET dev VECTOR= on the Q22 bus, SHOW gives what the host programmed", "[vax][qbus]") {
    VaxMachine m;
    VaxSystem& sys = m.system();
    Qbus& bus = sys.qbus();
    // The DZV11's two vectors are fixed by the bus configuration: SET moves both.
    const Modifier& dz = bus_modifier(m, "DZ", "VECTOR");
    CHECK(dz.show(nullptr) == "vector=300-304");
    REQUIRE(dz.set(nullptr, "310"));
    CHECK(dz.show(nullptr) == "vector=310-314");
    CHECK(!dz.set(nullptr, "312"));  // not a multiple of 10
    CHECK(!dz.set(nullptr, "1000"));
    CHECK(dz.show(nullptr) == "vector=310-314");
    const std::vector<int> lines = bus.device_interrupts(*dynamic_cast<dec::BusDevice*>(m.find_device("DZ")));
    REQUIRE(lines.size() == 2);
    bus.raise_interrupt(lines[1]);
    CHECK(sys.acknowledge(0x15) == 0x200 + 0314);

    // The RQDX3: SET gives the vector until the host programs its own in step 1.
    const Modifier& rq = bus_modifier(m, "RQ", "VECTOR");
    REQUIRE(rq.set(nullptr, "260"));
    CHECK(rq.show(nullptr) == "vector=260");
    REQUIRE(sys.write(0x20001468, 2, 0));
    REQUIRE(sys.write(0x2000146A, 2, 0x8000 | 0x80 | (0154 >> 2)));
    CHECK(rq.show(nullptr) == "vector=154");
    m.scheduler().advance(msec(1));
    CHECK(sys.acknowledge(0x15) == 0x200 + 0154);

    // The DELQA: SET moves the vector VAR reads; the driver's VAR write is what SHOW says.
    const Modifier& xq = bus_modifier(m, "XQ", "VECTOR");
    CHECK(xq.show(nullptr) == "vector=120");
    REQUIRE(xq.set(nullptr, "130"));
    std::uint32_t v = 0;
    REQUIRE(sys.read(0x2000192C, 2, v));
    CHECK(v == 0130);
    REQUIRE(sys.write(0x2000192C, 2, 0154));
    CHECK(xq.show(nullptr) == "vector=154");
}

TEST_CASE("Q22 bus: moved addresses and vectors stay through RESET and BUS INIT, DEFAULT and AUTOCONFIGURE restore them", "[vax][qbus]") {
    VaxMachine m;
    VaxSystem& sys = m.system();
    std::uint32_t v = 0;
    REQUIRE(bus_modifier(m, "RQ", "ADDRESS").set(nullptr, "760334"));
    REQUIRE(bus_modifier(m, "DZ", "VECTOR").set(nullptr, "320"));
    REQUIRE(bus_modifier(m, "VH", "ADDRESS").set(nullptr, "760500"));
    REQUIRE(bus_modifier(m, "VH", "VECTOR").set(nullptr, "340"));
    REQUIRE(bus_modifier(m, "XQ", "VECTOR").set(nullptr, "130"));
    // As SIMH's DIBs keep what SET put there: the RESET command, and the guest's BUS INIT.
    m.reset();
    sys.qbus().bus_init();
    CHECK(bus_modifier(m, "RQ", "ADDRESS").show(nullptr) == "address=760334-760337");
    REQUIRE(sys.read(0x200000DE, 2, v));  // SA at 760336: S1 with the Q22 flag
    CHECK(v == 0x0A00);
    CHECK(!sys.read(0x2000146A, 2, v));  // nothing at 772152 now
    CHECK(bus_modifier(m, "DZ", "VECTOR").show(nullptr) == "vector=320-324");
    CHECK(bus_modifier(m, "VH", "ADDRESS").show(nullptr) == "address=760500-760517");
    CHECK(bus_modifier(m, "VH", "VECTOR").show(nullptr) == "vector=340-344");
    REQUIRE(sys.read(0x20000144, 2, v));  // the DHV11's LPR at 760504
    CHECK(v == 0156430);
    REQUIRE(sys.read(0x2000192C, 2, v));  // the DELQA's VAR after the reset: the vector SET gave
    CHECK((v & 0774) == 0130);

    // The standard place is taken: DEFAULT says by whom and changes nothing.
    REQUIRE(bus_modifier(m, "VH", "ADDRESS").set(nullptr, "772150"));
    const Status taken = bus_modifier(m, "RQ", "ADDRESS").set(nullptr, "DEFAULT");
    CHECK(!taken);
    CHECK(taken.message() == "RQ ADDRESS=772150: 772150 belongs to VH");
    CHECK(bus_modifier(m, "RQ", "ADDRESS").show(nullptr) == "address=760334-760337");
    // DEFAULT (any case), and AUTOCONFIGURE for both at once.
    REQUIRE(bus_modifier(m, "VH", "AUTOCONFIGURE").set(nullptr, ""));
    CHECK(bus_modifier(m, "VH", "ADDRESS").show(nullptr) == "address=760440-760457");
    CHECK(bus_modifier(m, "VH", "VECTOR").show(nullptr) == "vector=310-314");
    REQUIRE(bus_modifier(m, "RQ", "ADDRESS").set(nullptr, "default"));
    CHECK(bus_modifier(m, "RQ", "ADDRESS").show(nullptr) == "address=772150-772153");
    REQUIRE(sys.read(0x2000146A, 2, v));
    CHECK(!sys.read(0x200000DE, 2, v));
    REQUIRE(bus_modifier(m, "DZ", "VECTOR").set(nullptr, "DEFAULT"));
    CHECK(bus_modifier(m, "DZ", "VECTOR").show(nullptr) == "vector=300-304");
    REQUIRE(bus_modifier(m, "XQ", "VECTOR").set(nullptr, "DEFAULT"));
    REQUIRE(sys.read(0x2000192C, 2, v));
    CHECK((v & 0774) == 0120);
    // A host-programmed vector (the RQDX3's step 1) goes back to the standard one too.
    REQUIRE(sys.write(0x20001468, 2, 0));
    REQUIRE(sys.write(0x2000146A, 2, 0x8000 | 0x80 | (0260 >> 2)));
    CHECK(bus_modifier(m, "RQ", "VECTOR").show(nullptr) == "vector=260");
    REQUIRE(bus_modifier(m, "RQ", "AUTOCONFIGURE").set(nullptr, ""));
    CHECK(bus_modifier(m, "RQ", "VECTOR").show(nullptr) == "vector=154");
}
