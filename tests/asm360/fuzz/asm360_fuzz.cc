// libFuzzer target for asm360: any bytes as a source file. Built only with
// -DSIMMON_FUZZ=ON under clang (see docs/asm360.md "Fuzzing"); the corpus in
// tests/asm360/corpus seeds it, and robustness_test.cpp runs a short deterministic
// version of the same in the normal test suite.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "machines/s360/asm360/asm360.hpp"
#include "machines/s360/asm360/linker.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace a = simmon::s360::asm360;
    a::AssemblerOptions o;
    o.actr = 200;
    o.max_generated = 3000;
    o.max_macro_nesting = 20;
    o.max_location = 0xFFFF;
    a::AssemblyResult r =
        a::assemble_source("fuzz.asm", std::string_view(reinterpret_cast<const char*>(data), size), o);
    if (r.object.size() % 80 != 0) __builtin_trap();
    (void)a::link_decks({{"fuzz.obj", r.object}}, {});
    return 0;
}
