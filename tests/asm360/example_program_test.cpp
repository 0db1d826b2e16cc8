// The example kit (software-kits/s360/hello360.asm and iosubs.asm, with the maclib):
// assembled, linked, loaded by running its IPL card deck through a model of the channel,
// then executed on the S/360 CPU (machines/s360/cpu) with a channel that performs the
// write CCWs it is started with. It must type its greeting on the 1052 (X'01F'), print
// its report on the 1403 (X'00E') and stop in a disabled wait at address 0.
#include <catch2/catch.hpp>

#include <map>

#include "core/memory/physical_memory.hpp"
#include "machines/s360/asm360/ebcdic.hpp"
#include "machines/s360/bus/io_interface.hpp"
#include "machines/s360/cpu/s360_cpu.hpp"
#include "tests/asm360/asm_test_support.hpp"

using namespace asm360_test;

namespace {

// Performs a write channel program at once: SIO reads the CAW and the CCW from storage and
// records the record's text; TIO finds the device available.
class WriteChannel : public simmon::s360::IoInterface {
public:
    explicit WriteChannel(simmon::PhysicalMemory& m) : mem_(m) {}
    simmon::s360::IoConditionCode start_io(std::uint16_t address) override {
        std::uint32_t caw = mem_.read32_be(0x48) & 0xFFFFFF;
        std::uint8_t cmd = mem_.read8(caw);
        std::uint32_t data = mem_.read32_be(caw) & 0xFFFFFF;
        std::uint16_t count = static_cast<std::uint16_t>(mem_.read32_be(caw + 4) & 0xFFFF);
        if ((cmd & 3) != 1) return 3;
        std::string text;
        for (std::uint32_t i = 0; i < count; ++i) text.push_back(a::ebcdic_to_ascii(mem_.read8(data + i)));
        output[address].push_back(text);
        return 0;
    }
    simmon::s360::IoConditionCode test_io(std::uint16_t) override { return 0; }
    simmon::s360::IoConditionCode halt_io(std::uint16_t) override { return 0; }
    simmon::s360::IoConditionCode test_channel(std::uint16_t) override { return 0; }
    bool interruption_pending(std::uint8_t) const override { return false; }
    std::uint16_t take_interruption(std::uint8_t) override { return 0; }

    std::map<std::uint16_t, std::vector<std::string>> output;

private:
    simmon::PhysicalMemory& mem_;
};

// IPL from the card deck: 24 bytes of card 1 into 0, then the CCWs from location 8.
void ipl(const std::vector<std::uint8_t>& deck, simmon::PhysicalMemory& mem) {
    std::size_t card = 1;
    for (std::uint32_t i = 0; i < 24; ++i) mem.write8(i, deck[i]);
    std::uint32_t ccw = 8;
    for (int steps = 0; steps < 100000; ++steps) {
        std::uint8_t cmd = mem.read8(ccw);
        std::uint32_t addr = mem.read32_be(ccw) & 0xFFFFFF;
        std::uint8_t flags = mem.read8(ccw + 4);
        if (cmd == 0x08) {
            ccw = addr;
            continue;
        }
        REQUIRE(cmd == 0x02);
        REQUIRE(card * 80 + 80 <= deck.size());
        for (std::uint32_t i = 0; i < 80; ++i) mem.write8(addr + i, deck[card * 80 + i]);
        ++card;
        if (!(flags & 0x40)) return;
        ccw += 8;
    }
    FAIL("the IPL channel program did not end");
}

a::AssemblyResult assemble_kit(const std::string& name) {
    a::AssemblerOptions o;
    std::string kit = std::string(SIMMON_SOURCE_DIR) + "/software-kits/s360";
    o.libraries.push_back(kit + "/maclib");
    return a::assemble_file(kit + "/" + name, o);
}

}  // namespace

TEST_CASE("the example kit assembles, links, IPLs and runs on the S/360 CPU", "[asm360][kit]") {
    a::AssemblyResult main = assemble_kit("hello360.asm");
    a::AssemblyResult io = assemble_kit("iosubs.asm");
    INFO(messages(main) << messages(io));
    REQUIRE(main.return_code == 0);
    REQUIRE(io.return_code == 0);
    a::LinkOptions lo;
    lo.origin_given = true;
    lo.origin = 0x200;
    a::LinkResult linked = a::link_decks({{"hello360.obj", main.object}, {"iosubs.obj", io.object}}, lo);
    for (const auto& e : linked.errors) INFO(e);
    REQUIRE(linked.ok);
    std::vector<std::uint8_t> deck = a::ipl_card_deck(linked.image);

    simmon::PhysicalMemory memory;
    memory.resize(64 * 1024);
    WriteChannel channel(memory);
    simmon::s360::S360Cpu cpu(memory, channel);
    cpu.memory_resized();
    cpu.reset();
    ipl(deck, memory);
    cpu.ipl_load_psw();
    simmon::s360::RunExit why = cpu.run(100000);
    INFO("program old PSW " << std::hex << memory.read64_be(0x28));
    CHECK(why == simmon::s360::RunExit::DisabledWait);
    CHECK(cpu.instruction_address() == 0);
    REQUIRE(channel.output.count(0x01F) == 1);
    CHECK(channel.output[0x01F] == std::vector<std::string>{"HELLO FROM ASM360 ON THE 1052"});
    CHECK(channel.output[0x00E] == std::vector<std::string>{"HELLO FROM ASM360 ON THE 1403", "ASSEMBLED BY ASM360",
                                                             "LINKED BY LINK360", "IPL FROM A SELF-LOADING DECK"});
}
