// libFuzzer target for asm360: any bytes as a source file, assembled with a listing (so
// the listing code, PRINT DATA included, is fuzzed too), then the object deck linked.
// Built by its own small CMake project (tests/asm360/fuzz/CMakeLists.txt) with clang and
// -fsanitize=fuzzer,address,undefined; tests/asm360/fuzz/run_fuzzer.cmake builds it and
// runs it as a CTest test. The corpus is tests/asm360/fuzz_corpus.
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
    o.max_location = 0xFFFF;  // time goes to the language, not to filling storage
    o.listing = true;
    a::AssemblyResult r =
        a::assemble_source("fuzz.asm", std::string_view(reinterpret_cast<const char*>(data), size), o);
    if (r.object.size() % 80 != 0) __builtin_trap();
    (void)a::link_decks({{"fuzz.obj", r.object}}, {});
    return 0;
}
