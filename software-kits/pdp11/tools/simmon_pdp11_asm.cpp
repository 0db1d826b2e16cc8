// simmon-pdp11-asm: assembles a MACRO-11 source file of our own into absolute-loader
// (paper tape) format for LOAD. Used at build time for the programs in this kit.
//   simmon-pdp11-asm [-l listing.lst] in.mac out.lda
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "machines/pdp11/disasm/assembler_program.hpp"

namespace {

int usage() {
    std::fprintf(stderr, "usage: simmon-pdp11-asm [-l listing] in.mac out.lda\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string listing_path, in_path, out_path;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-l") {
            if (++i >= argc) return usage();
            listing_path = argv[i];
        } else if (in_path.empty()) {
            in_path = arg;
        } else if (out_path.empty()) {
            out_path = arg;
        } else {
            return usage();
        }
    }
    if (in_path.empty() || out_path.empty()) return usage();

    std::ifstream in(in_path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "simmon-pdp11-asm: cannot open %s\n", in_path.c_str());
        return 1;
    }
    const std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

    simmon::pdp11::AssembledProgram program;
    if (auto s = simmon::pdp11::assemble_program(source, in_path, program); !s) {
        std::fprintf(stderr, "%s\n", s.message().c_str());
        return 1;
    }
    const auto tape = simmon::pdp11::absolute_tape_image(program);
    std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(tape.data()), static_cast<std::streamsize>(tape.size()));
    if (!out) {
        std::fprintf(stderr, "simmon-pdp11-asm: cannot write %s\n", out_path.c_str());
        return 1;
    }
    if (!listing_path.empty()) {
        std::ofstream list(listing_path, std::ios::trunc);
        list << program.listing;
        if (!list) {
            std::fprintf(stderr, "simmon-pdp11-asm: cannot write %s\n", listing_path.c_str());
            return 1;
        }
    }
    return 0;
}
