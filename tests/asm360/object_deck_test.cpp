// The object deck (ESD, TXT, RLD, END cards), the linker and the self-loading IPL deck.
#include <catch2/catch.hpp>

#include <map>

#include "machines/s360/asm360/ebcdic.hpp"
#include "tests/asm360/asm_test_support.hpp"

using namespace asm360_test;

namespace {

std::string card_type(const std::vector<std::uint8_t>& deck, std::size_t card) {
    std::string t;
    for (int i = 1; i < 4; ++i) t.push_back(a::ebcdic_to_ascii(deck[card * 80 + static_cast<std::size_t>(i)]));
    return t;
}

std::uint32_t field(const std::vector<std::uint8_t>& deck, std::size_t card, int col, int n) {
    std::uint32_t v = 0;
    for (int i = 0; i < n; ++i) v = v << 8 | deck[card * 80 + static_cast<std::size_t>(col - 1 + i)];
    return v;
}

// Runs the IPL the way the channel does: read 24 bytes of the first card into 0, then
// follow the CCWs from location 8 (READ 02 reads the next card, TIC 08 branches), chaining
// while the chain-command flag (X'40') is on. Returns storage.
std::vector<std::uint8_t> run_ipl(const std::vector<std::uint8_t>& deck, std::size_t storage) {
    std::vector<std::uint8_t> mem(storage, 0);
    std::size_t card = 0;
    std::copy(deck.begin(), deck.begin() + 24, mem.begin());
    ++card;
    std::uint32_t ccw = 8;
    for (int steps = 0; steps < 100000; ++steps) {
        std::uint8_t cmd = mem[ccw];
        std::uint32_t addr = static_cast<std::uint32_t>(mem[ccw + 1] << 16 | mem[ccw + 2] << 8 | mem[ccw + 3]);
        std::uint8_t flags = mem[ccw + 4];
        std::uint32_t count = static_cast<std::uint32_t>(mem[ccw + 6] << 8 | mem[ccw + 7]);
        if (cmd == 0x08) {
            ccw = addr;
            continue;
        }
        REQUIRE(cmd == 0x02);
        REQUIRE(card * 80 + 80 <= deck.size());
        for (std::uint32_t i = 0; i < count && i < 80; ++i) mem[addr + i] = deck[card * 80 + i];
        ++card;
        if (!(flags & 0x40)) {
            CHECK(card * 80 == deck.size());  // every card read
            return mem;
        }
        ccw += 8;
    }
    FAIL("the channel program did not end");
    return mem;
}

}  // namespace

TEST_CASE("ESD, TXT, RLD and END cards", "[asm360][object]") {
    a::AssemblyResult r = assemble(
        "PROG     START X'100'\n"
        "         ENTRY LAB\n"
        "         EXTRN EXT\n"
        "LAB      DC    A(LAB,EXT)\n"
        "         DC    V(SUBR),Y(LAB-PROG)\n"
        "         END   LAB\n");
    INFO(messages(r));
    REQUIRE(r.return_code == 0);
    const auto& d = r.object;
    REQUIRE(d.size() % 80 == 0);
    std::vector<std::string> types;
    for (std::size_t c = 0; c < d.size() / 80; ++c) {
        CHECK(d[c * 80] == 0x02);
        types.push_back(card_type(d, c));
    }
    CHECK(types == std::vector<std::string>{"ESD", "ESD", "TXT", "RLD", "END"});
    // ESD 1: SD PROG (id 1) at X'100' length 14, ER EXT (id 2), ER SUBR (id 3).
    CHECK(field(d, 0, 11, 2) == 48);
    CHECK(field(d, 0, 15, 2) == 1);
    CHECK(d[24] == 0x00);
    CHECK(field(d, 0, 26, 3) == 0x100);
    CHECK(field(d, 0, 30, 3) == 14);
    CHECK(d[40] == 0x02);
    CHECK(d[56] == 0x02);
    // ESD 2: LD LAB at X'100' in SD 1.
    CHECK(field(d, 1, 15, 2) == 0x4040);
    CHECK(d[80 + 24] == 0x01);
    CHECK(field(d, 1, 26, 3) == 0x100);
    CHECK(field(d, 1, 30, 3) == 1);
    // TXT: 14 bytes at X'100'.
    CHECK(field(d, 2, 6, 3) == 0x100);
    CHECK(field(d, 2, 11, 2) == 14);
    CHECK(field(d, 2, 15, 2) == 1);
    CHECK(hex(d, 2 * 80 + 16, 14) == "0000010000000000000000000000");
    // RLD: A(LAB) R=1 P=1, A(EXT) R=2, V(SUBR) R=3 flag 1C.
    CHECK(field(d, 3, 17, 2) == 1);
    CHECK(field(d, 3, 19, 2) == 1);
    CHECK(d[3 * 80 + 20] == 0x0C);
    CHECK(field(d, 3, 22, 3) == 0x100);
    // END: entry X'100' in ESDID 1.
    CHECK(field(d, 4, 6, 3) == 0x100);
    CHECK(field(d, 4, 15, 2) == 1);
    // Sequence numbers in columns 77-80.
    CHECK(a::ebcdic_to_ascii(d[4 * 80 + 79]) == '5');
}

TEST_CASE("the linker places sections, resolves externals and relocates", "[asm360][link]") {
    a::AssemblyResult main = assemble(
        "MAIN     CSECT\n"
        "         EXTRN DATA\n"
        "         DC    A(DATA,MAIN+4,DATA-MAIN)\n"
        "         DC    V(SUBR)\n"
        "         DC    AL3(SUBR2)\n"
        "         EXTRN SUBR2\n"
        "         WXTRN WEAK\n"
        "         DC    A(WEAK)\n"
        "         END   MAIN\n");
    a::AssemblyResult sub = assemble(
        "SUBR     CSECT\n"
        "         ENTRY DATA,SUBR2\n"
        "         DC    F'7'\n"
        "DATA     DC    F'9'\n"
        "SUBR2    BR    14\n"
        "         END\n");
    INFO(messages(main) << messages(sub));
    REQUIRE(main.return_code == 0);
    REQUIRE(sub.return_code == 0);
    a::LinkOptions o;
    o.origin_given = true;
    o.origin = 0x2000;
    a::LinkResult l = a::link_decks({{"main", main.object}, {"sub", sub.object}}, o);
    for (const auto& e : l.errors) INFO(e);
    REQUIRE(l.ok);
    // MAIN at X'2000' (23 bytes), SUBR at X'2018': DATA X'201C', SUBR2 X'2020'.
    CHECK(hex(l.image, 0x2000, 12) == "0000201C000020040000001C");
    CHECK(hex(l.image, 0x200C, 4) == "00002018");
    CHECK(hex(l.image, 0x2010, 3) == "002020");
    CHECK(hex(l.image, 0x2014, 4) == "00000000");
    CHECK(hex(l.image, 0x2018, 10) == "000000070000000907FE");
    CHECK(l.have_entry);
    CHECK(l.entry == 0x2000);
    CHECK(hex(l.image, 0, 8) == "0000000000002000");
    a::LinkResult bad = a::link_decks({{"main", main.object}}, o);
    CHECK(!bad.ok);
    REQUIRE(!bad.errors.empty());
    CHECK(bad.errors[0].find("unresolved external reference") != std::string::npos);
}

TEST_CASE("the IPL card deck loads the image through its own channel program", "[asm360][link]") {
    for (std::size_t size : {std::size_t{8}, std::size_t{80}, std::size_t{1000}, std::size_t{9 * 80}, std::size_t{12345}}) {
        std::vector<std::uint8_t> image(size);
        for (std::size_t i = 0; i < size; ++i) image[i] = static_cast<std::uint8_t>(i * 7 + 3);
        std::vector<std::uint8_t> deck = a::ipl_card_deck(image);
        REQUIRE(deck.size() % 80 == 0);
        std::vector<std::uint8_t> mem = run_ipl(deck, size + 4096);
        INFO("image of " << size << " bytes");
        CHECK(hex(mem, 0, size) == hex(image));
    }
}
