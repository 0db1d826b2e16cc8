// An ampersand in the remarks of an open-code statement is text, not a variable symbol
// (GC28-6514, "Conditional Assembly": variable symbols are substituted in the name,
// operation and operand fields; remarks are never substituted). asm360 reports
// "undefined variable symbol" for it today: this test documents the defect, found while
// writing CMS's EXEC interpreter, and is marked [!shouldfail] until asm360 is fixed (then
// the marker comes off).
#include <catch2/catch.hpp>

#include "tests/asm360/asm_test_support.hpp"

using namespace asm360_test;

TEST_CASE("an ampersand in an open-code remark is not substituted", "[asm360][macro][!shouldfail]") {
    a::AssemblyResult r = assemble("T        CSECT\n"
                                   "         LR    1,1                &X IN A REMARK\n"
                                   "         END\n");
    INFO(messages(r));
    CHECK(r.return_code == 0);
    CHECK(hex(image_of(r), 0, 2) == "1811");
}
