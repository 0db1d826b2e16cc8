// cpdirect: compiles the CP-67 user directory (card-image statements, docs/cp67.md "The
// directory") into the assembler source of the nucleus's DIRECT section.
//   cpdirect STATEMENTS -o SOURCE
// Every bad statement is one line on standard error ("file:line: error: ..."), all of
// them are reported, nothing is written, and the exit status is 1 (2 for usage).
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "software-kits/s360/cp67/tools/cpdirect/direct_asm.hpp"
#include "software-kits/s360/cp67/tools/cpdirect/directory.hpp"

namespace {

constexpr const char* kUsage = "usage: cpdirect STATEMENTS -o SOURCE\n";

}  // namespace

int main(int argc, char** argv) {
    std::string input, output;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "-o" && i + 1 < argc) {
            output = argv[++i];
        } else if (input.empty() && !a.empty() && a[0] != '-') {
            input = a;
        } else {
            std::fprintf(stderr, "cpdirect: unexpected argument %s\n%s", a.c_str(), kUsage);
            return 2;
        }
    }
    if (input.empty() || output.empty()) {
        std::fprintf(stderr, "cpdirect: the statements and -o SOURCE are required\n%s", kUsage);
        return 2;
    }
    std::ifstream in(input, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cpdirect: cannot read %s\n", input.c_str());
        return 1;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const simmon::cp67::DirectoryResult result = simmon::cp67::parse_directory(text, input);
    if (!result.errors.empty()) {
        for (const std::string& e : result.errors) std::fprintf(stderr, "%s\n", e.c_str());
        return 1;
    }
    if (result.directory.users.empty()) {
        std::fprintf(stderr, "cpdirect: %s: no USER statements\n", input.c_str());
        return 1;
    }
    std::ofstream out(output, std::ios::binary | std::ios::trunc);
    out << simmon::cp67::direct_asm(result.directory, input);
    if (!out) {
        std::fprintf(stderr, "cpdirect: cannot write %s\n", output.c_str());
        return 1;
    }
    return 0;
}
