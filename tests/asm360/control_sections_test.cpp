// The control sections of one assembly lie at consecutive addresses, as Assembler F
// assigns them (GC28-6514 "Sectioning and Linking"): the first at 0 or START's value, each
// later one on the doubleword after the end of the one before, a resumed section going on
// with its own counter. The listing, the ESD, TXT and RLD cards and the A-constants carry
// those addresses; the linker moves each section by its load address less its assembled
// address; DSECTs and common sections start at 0.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/memory/physical_memory.hpp"
#include "machines/s360/asm360/ebcdic.hpp"
#include "machines/s360/bus/io_interface.hpp"
#include "machines/s360/cpu/s360_cpu.hpp"
#include "tests/asm360/asm_test_support.hpp"

using namespace asm360_test;

namespace {

// MAIN calls SUB through A(SUB); SUB stores X'1234' through A(RESULT) and returns it in
// register 1; MAIN stores that too and loads a disabled-wait PSW. MAIN is resumed after
// SUB, so MAIN's length (X'24') is known only at the end: SUB goes at X'28'.
const char* kTwoSections =
    "MAIN     CSECT\n"
    "         BALR  12,0\n"
    "         USING *,12\n"
    "         L     15,ASUB\n"
    "         BALR  14,15\n"
    "         ST    1,RESULT2\n"
    "         LPSW  WAIT\n"
    "WAIT     DS    0D\n"
    "         DC    X'0002000000000000'\n"
    "SUB      CSECT\n"
    "         USING SUB,15\n"
    "         L     2,ARESULT\n"
    "         MVC   0(4,2),VALUE\n"
    "         L     1,VALUE\n"
    "         BR    14\n"
    "VALUE    DC    F'4660'\n"
    "ARESULT  DC    A(RESULT)\n"
    "MAIN     CSECT\n"
    "ASUB     DC    A(SUB)\n"
    "RESULT   DC    F'0'\n"
    "RESULT2  DC    F'0'\n"
    "WORK     DSECT\n"
    "W1       DS    F\n"
    "W2       DS    F\n"
    "COMMON   COM\n"
    "C1       DS    F\n"
    "C2       DS    F\n"
    "         END   MAIN\n";

std::uint32_t field(const std::vector<std::uint8_t>& deck, std::size_t card, int col, int n) {
    std::uint32_t v = 0;
    for (int i = 0; i < n; ++i) v = v << 8 | deck[card * 80 + static_cast<std::size_t>(col - 1 + i)];
    return v;
}

std::string card_type(const std::vector<std::uint8_t>& deck, std::size_t card) {
    std::string t;
    for (int i = 1; i < 4; ++i) t.push_back(a::ebcdic_to_ascii(deck[card * 80 + static_cast<std::size_t>(i)]));
    return t;
}

bool listed(const std::string& listing, const std::string& text) { return listing.find(text) != std::string::npos; }

class NoChannel : public simmon::s360::IoInterface {
public:
    simmon::s360::IoConditionCode start_io(std::uint16_t) override { return 3; }
    simmon::s360::IoConditionCode test_io(std::uint16_t) override { return 3; }
    simmon::s360::IoConditionCode halt_io(std::uint16_t) override { return 3; }
    simmon::s360::IoConditionCode test_channel(std::uint16_t) override { return 3; }
    bool interruption_pending(std::uint8_t) const override { return false; }
    std::uint16_t take_interruption(std::uint8_t) override { return 0; }
};

}  // namespace

TEST_CASE("control sections get consecutive doubleword-aligned addresses in the listing", "[asm360][sections]") {
    a::AssemblyResult r = assemble(kTwoSections);
    INFO(messages(r));
    REQUIRE(r.return_code == 0);
    const std::string& l = r.listing;
    INFO(l);
    // MAIN's first part from 0; SUB after MAIN's whole length, X'24' rounded to X'28'.
    CHECK(listed(l, "000002 58F0 C016              00018     4"));
    CHECK(listed(l, "000028                                 10  SUB      CSECT"));
    CHECK(listed(l, "                              00028    11           USING SUB,15"));
    CHECK(listed(l, "000028 5820 F014              0003C    12"));
    CHECK(listed(l, "00002C D203 2000 F010         00038    13"));
    CHECK(listed(l, "000038 00001234                        16"));
    // A(RESULT) in SUB is MAIN's X'1C'; A(SUB) in MAIN is X'28'.
    CHECK(listed(l, "00003C 0000001C                        17"));
    // The resumed MAIN goes on from its own X'18'.
    CHECK(listed(l, "000018                                 18  MAIN     CSECT"));
    CHECK(listed(l, "000018 00000028                        19"));
    // A DSECT and a common section start at 0.
    CHECK(listed(l, "000004                                 24  W2       DS    F"));
    CHECK(listed(l, "000004                                 27  C2       DS    F"));
    // The ESD and the cross-reference.
    CHECK(listed(l, "MAIN      SD  0001 000000 000024"));
    CHECK(listed(l, "SUB       SD  0002 000028 000018"));
    CHECK(listed(l, "COMMON    CM  0003 000000 000008"));
    CHECK(listed(l, "SUB          1 00000028"));
    CHECK(listed(l, "VALUE        4 00000038"));
    CHECK(listed(l, "W2           4 00000004"));
}

TEST_CASE("the object deck carries the assembled section addresses", "[asm360][sections][object]") {
    a::AssemblyResult r = assemble(kTwoSections);
    INFO(messages(r));
    REQUIRE(r.return_code == 0);
    const auto& d = r.object;
    REQUIRE(d.size() % 80 == 0);
    const std::size_t cards = d.size() / 80;
    REQUIRE(card_type(d, 0) == "ESD");
    // SD MAIN (1) at 0 length X'24', SD SUB (2) at X'28' length X'18', CM COMMON (3).
    CHECK(field(d, 0, 15, 2) == 1);
    CHECK(d[24] == 0x00);
    CHECK(field(d, 0, 26, 3) == 0);
    CHECK(field(d, 0, 30, 3) == 0x24);
    CHECK(d[40] == 0x00);
    CHECK(field(d, 0, 42, 3) == 0x28);
    CHECK(field(d, 0, 46, 3) == 0x18);
    CHECK(d[56] == 0x05);
    CHECK(field(d, 0, 58, 3) == 0);
    CHECK(field(d, 0, 62, 3) == 8);
    // TXT: each piece at its assembly address with its section's ESDID.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> txt;  // (address, esdid)
    std::vector<std::vector<std::uint32_t>> rld;             // (R, P, flags, address)
    for (std::size_t c = 0; c < cards; ++c) {
        if (card_type(d, c) == "TXT") txt.push_back({field(d, c, 6, 3), field(d, c, 15, 2)});
        if (card_type(d, c) == "RLD") {
            const std::uint32_t n = field(d, c, 11, 2);
            for (std::uint32_t at = 16; at < 16 + n;) {
                const std::size_t base = c * 80 + at;
                std::uint32_t rp = (d[base] << 8 | d[base + 1]), pp = (d[base + 2] << 8 | d[base + 3]);
                std::uint8_t flags = d[base + 4];
                std::uint32_t addr = static_cast<std::uint32_t>(d[base + 5] << 16 | d[base + 6] << 8 | d[base + 7]);
                rld.push_back({rp, pp, flags, addr});
                at += 8;
                // A following item with the same pointers has only flags and address.
                while ((flags & 1) && at < 16 + n) {
                    const std::size_t b2 = c * 80 + at;
                    flags = d[b2];
                    rld.push_back({rp, pp, flags, static_cast<std::uint32_t>(d[b2 + 1] << 16 | d[b2 + 2] << 8 | d[b2 + 3])});
                    at += 4;
                }
            }
        }
    }
    CHECK(txt == std::vector<std::pair<std::uint32_t, std::uint32_t>>{{0, 1}, {0x28, 2}, {0x18, 1}});
    // A(RESULT) at X'3C' in SUB relocates by MAIN; A(SUB) at X'18' in MAIN by SUB.
    std::sort(rld.begin(), rld.end());
    CHECK(rld == std::vector<std::vector<std::uint32_t>>{{1, 2, 0x0C, 0x3C}, {2, 1, 0x0C, 0x18}});
}

TEST_CASE("the linker moves each section by its load address less its assembled address", "[asm360][sections][link]") {
    a::AssemblyResult r = assemble(kTwoSections);
    INFO(messages(r));
    REQUIRE(r.return_code == 0);

    // Placed as assembled: the constants stay as they are.
    std::vector<std::uint8_t> as_is = image_of(r);
    REQUIRE(as_is.size() >= 0x40);
    CHECK(hex(as_is, 0x18, 4) == "00000028");
    CHECK(hex(as_is, 0x3C, 4) == "0000001C");

    // After a one-section deck of X'0C' bytes at X'1000': MAIN at X'1010', SUB at X'1038'.
    a::AssemblyResult first = assemble("FIRST    CSECT\n         DC    3F'7'\n         END\n");
    REQUIRE(first.return_code == 0);
    a::LinkOptions o;
    o.origin_given = true;
    o.origin = 0x1000;
    a::LinkResult l = a::link_decks({{"first", first.object}, {"two", r.object}}, o);
    for (const auto& e : l.errors) INFO(e);
    REQUIRE(l.ok);
    CHECK(hex(l.image, 0x1010 + 0x18, 4) == "00001038");  // A(SUB)
    CHECK(hex(l.image, 0x1038 + 0x14, 4) == "0000102C");  // A(RESULT)
    CHECK(hex(l.image, 0x1038, 4) == "5820F014");
    bool main_at = false, sub_at = false;
    for (const auto& s : l.map) {
        if (s.name == "MAIN") main_at = s.address == 0x1010 && s.length == 0x24;
        if (s.name == "SUB") sub_at = s.address == 0x1038 && s.length == 0x18;
    }
    CHECK(main_at);
    CHECK(sub_at);
    CHECK(l.entry == 0x1010);
}

TEST_CASE("a linked two-section program runs on the S/360 CPU", "[asm360][sections][kit]") {
    a::AssemblyResult r = assemble(kTwoSections);
    INFO(messages(r));
    REQUIRE(r.return_code == 0);
    a::LinkOptions o;
    o.origin_given = true;
    o.origin = 0x2000;
    a::LinkResult l = a::link_decks({{"two", r.object}}, o);
    for (const auto& e : l.errors) INFO(e);
    REQUIRE(l.ok);
    REQUIRE(l.have_entry);

    simmon::PhysicalMemory memory;
    memory.resize(64 * 1024);
    NoChannel channel;
    simmon::s360::S360Cpu cpu(memory, channel);
    cpu.memory_resized();
    cpu.reset();
    for (std::size_t i = 0; i < l.image.size(); ++i) memory.write8(static_cast<std::uint32_t>(i), l.image[i]);
    cpu.ipl_load_psw();
    simmon::s360::RunExit why = cpu.run(10000);
    INFO("program old PSW " << std::hex << memory.read64_be(0x28));
    CHECK(why == simmon::s360::RunExit::DisabledWait);
    CHECK(memory.read32_be(0x201C) == 0x1234);  // stored by SUB through A(RESULT)
    CHECK(memory.read32_be(0x2020) == 0x1234);  // stored by MAIN from SUB's register 1
}

TEST_CASE("START's origin begins the first section; later sections follow it", "[asm360][sections]") {
    a::AssemblyResult r = assemble(
        "PROG     START X'200'\n"
        "         DC    A(NEXT)\n"
        "         DC    X'01'\n"
        "NEXT     CSECT\n"
        "         DC    A(PROG)\n"
        "         END\n");
    INFO(messages(r));
    REQUIRE(r.return_code == 0);
    const std::string& l = r.listing;
    INFO(l);
    CHECK(listed(l, "000200 00000208"));
    CHECK(listed(l, "000208 00000200"));
    CHECK(listed(l, "PROG      SD  0001 000200 000005"));
    CHECK(listed(l, "NEXT      SD  0002 000208 000004"));
    std::vector<std::uint8_t> image = image_of(r);
    REQUIRE(image.size() >= 0x20C);
    CHECK(hex(image, 0x200, 12) == "00000208010000000000" "0200");
}
