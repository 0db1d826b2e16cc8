// An ampersand in the remarks of an open-code statement is text, not a variable symbol
// (GC28-6514, "Conditional Assembly": variable symbols are substituted in the name,
// operation and operand fields; remarks are never substituted). Found while writing CMS's
// EXEC interpreter.
#include <catch2/catch.hpp>

#include "tests/asm360/asm_test_support.hpp"

using namespace asm360_test;

TEST_CASE("an ampersand in an open-code remark is not substituted", "[asm360][macro]") {
    a::AssemblyResult r = assemble("T        CSECT\n"
                                   "         LR    1,1                &X IN A REMARK\n"
                                   "&R       SETA  2\n"
                                   "         LR    1,&R               &R AND &Y STAY AS WRITTEN\n"
                                   "         END\n");
    INFO(messages(r));
    CHECK(r.return_code == 0);
    CHECK(hex(image_of(r), 0, 4) == "18111812");
}
