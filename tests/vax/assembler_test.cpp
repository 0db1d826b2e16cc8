// The one-line VAX assembler: what the disassembler prints reads back to the same bytes,
// the short forms pick the shortest encoding, and bad input gets a one-line error.
#include <catch2/catch.hpp>

#include <vector>

#include "machines/vax/disasm/assembler.hpp"
#include "machines/vax/disasm/disassembler.hpp"

using namespace simmon::vax;

namespace {
std::string round_trip(const std::string& text, std::uint32_t pc = 0x1000) {
    std::vector<std::uint8_t> bytes;
    const simmon::Status st = assemble(text, pc, bytes);
    if (!st) return "error: " + st.message();
    int len = 0;
    std::string back = disassemble(bytes.data(), bytes.size(), pc, len);
    if (static_cast<std::size_t>(len) != bytes.size()) back += " (length differs)";
    return back;
}
}  // namespace

TEST_CASE("vax assembler: the disassembler's text reads back") {
    for (const char* text : {"MOVL I^#12345678,R0", "ADDL2 S^#3,B^-4(FP)", "MOVAB @#80001000,(SP)+", "MOVL (R1),-(R2)",
                             "MOVL @(R3)+,W^10(R4)", "MOVL (R3)[R5],R0", "MOVL L^2016,R0", "BRB 1000", "BRW 1103",
                             "BBS S^#1,R0,1006", "MOVG R0,R1", "HALT", "CASEL R0,S^#0,S^#2", "MOVQ I^#1122334455667788,R2",
                             "CALLS S^#2,@#3000", "EXTZV S^#1,S^#1F,R5,R7", "MOVC3 I^#100,(R1),@L^-10(R2)"})
        CHECK(round_trip(text) == text);
}

TEST_CASE("vax assembler: short forms and errors") {
    CHECK(round_trip("movl #5,r0") == "MOVL S^#5,R0");
    CHECK(round_trip("MOVL #100,R0") == "MOVL I^#100,R0");
    CHECK(round_trip("MOVF #5,R0") == "MOVF I^#5,R0");  // a floating #n is the bits, not a literal
    CHECK(round_trip("MOVL 10(R1),R0") == "MOVL B^10(R1),R0");
    CHECK(round_trip("MOVL 1234(R1),R0") == "MOVL W^1234(R1),R0");
    CHECK(round_trip("MOVL 12345678(R1),R0") == "MOVL L^12345678(R1),R0");
    std::vector<std::uint8_t> b;
    CHECK_FALSE(assemble("FROB R0", 0, b).is_ok());
    CHECK_FALSE(assemble("MOVL R0", 0, b).is_ok());
    CHECK_FALSE(assemble("MOVL R0,R1,R2", 0, b).is_ok());
    CHECK_FALSE(assemble("MOVL R16,R0", 0, b).is_ok());
    CHECK_FALSE(assemble("MOVL S^#40,R0", 0, b).is_ok());
    CHECK_FALSE(assemble("BRB 2000", 0x1000, b).is_ok());
    CHECK_FALSE(assemble("MOVL (R1)[PC],R0", 0, b).is_ok());
}
