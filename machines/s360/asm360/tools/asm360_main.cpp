// asm360: assembles a System/360 assembler-language source into an OS/360 object deck.
//   asm360 SOURCE [-o OBJECT] [-l LISTING] [-I MACLIB_FOLDER]... [--sysparm TEXT]
// Diagnostics go to standard error, one line each; the exit status is Assembler F's
// return code (0, 4, 8, 12, 16).
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <string>

#include "machines/s360/asm360/asm360.hpp"

namespace asm360 = simmon::s360::asm360;

namespace {

void usage(std::FILE* f) {
    std::fprintf(f,
                 "usage: asm360 SOURCE [-o OBJECT] [-l LISTING] [-I MACLIB_FOLDER]... [--sysparm TEXT]\n"
                 "  Assembles IBM System/360 assembler language (OS/360 Assembler F dialect).\n"
                 "  -o OBJECT   write the object deck (80-byte EBCDIC ESD/TXT/RLD/END cards);\n"
                 "              default SOURCE with its extension replaced by .obj\n"
                 "  -l LISTING  write the listing (Assembler F layout)\n"
                 "  -I FOLDER   a macro and COPY library: one member a file (repeatable)\n"
                 "  --sysparm   the value of &SYSPARM\n"
                 "  --stats     print the number of statements assembled and the time taken\n"
                 "  --fail-level N  exit 0 when the return code is below N (for builds that\n"
                 "              accept warnings); the default, 1, exits with the return code\n"
                 "  --version   print the version\n"
                 "Exit status: the highest severity, 0, 4, 8, 12 or 16, as Assembler F's return code.\n");
}

bool write_file(const std::string& path, const void* data, std::size_t n) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(n));
    return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
    std::string source, object, listing;
    asm360::AssemblerOptions options;
    bool stats = false;
    int fail_level = 1;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "asm360: %s needs a value\n", a.c_str());
                return false;
            }
            out = argv[++i];
            return true;
        };
        if (a == "--help" || a == "-h") {
            usage(stdout);
            return 0;
        } else if (a == "--version") {
            std::printf("%.*s\n", static_cast<int>(asm360::kVersion.size()), asm360::kVersion.data());
            return 0;
        } else if (a == "-o") {
            if (!value(object)) return 16;
        } else if (a == "-l") {
            if (!value(listing)) return 16;
        } else if (a == "-I") {
            std::string folder;
            if (!value(folder)) return 16;
            options.libraries.push_back(folder);
        } else if (a.rfind("-I", 0) == 0 && a.size() > 2) {
            options.libraries.push_back(a.substr(2));
        } else if (a == "--fail-level") {
            std::string v;
            if (!value(v)) return 16;
            fail_level = std::atoi(v.c_str());
        } else if (a == "--stats") {
            stats = true;
        } else if (a == "--sysparm") {
            if (!value(options.sysparm)) return 16;
        } else if (!a.empty() && a[0] == '-') {
            std::fprintf(stderr, "asm360: unknown option %s\n", a.c_str());
            usage(stderr);
            return 16;
        } else if (source.empty()) {
            source = a;
        } else {
            std::fprintf(stderr, "asm360: more than one source file\n");
            return 16;
        }
    }
    if (source.empty()) {
        usage(stderr);
        return 16;
    }
    if (object.empty()) {
        std::size_t slash = source.find_last_of('/');
        std::size_t dot = source.find_last_of('.');
        object = (dot != std::string::npos && (slash == std::string::npos || dot > slash) ? source.substr(0, dot) : source) + ".obj";
    }
    options.listing = !listing.empty();
    const auto t0 = std::chrono::steady_clock::now();
    asm360::AssemblyResult r = asm360::assemble_file(source, options);
    if (stats) {
        double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::fprintf(stderr, "asm360: %llu statements in %.3f s (%.0f statements/s)\n",
                     static_cast<unsigned long long>(r.statements), s, s > 0 ? static_cast<double>(r.statements) / s : 0.0);
    }
    for (const auto& d : r.diagnostics.all()) std::fprintf(stderr, "%s\n", d.format().c_str());
    if (r.diagnostics.dropped())
        std::fprintf(stderr, "asm360: %zu more diagnostics not shown\n", r.diagnostics.dropped());
    if (r.return_code < 16 || !r.object.empty()) {
        if (!write_file(object, r.object.data(), r.object.size())) {
            std::fprintf(stderr, "asm360: cannot write %s\n", object.c_str());
            return 16;
        }
    }
    if (!listing.empty() && !write_file(listing, r.listing.data(), r.listing.size())) {
        std::fprintf(stderr, "asm360: cannot write %s\n", listing.c_str());
        return 16;
    }
    return r.return_code < fail_level ? 0 : r.return_code;
}
