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
