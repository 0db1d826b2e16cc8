// link360: links OS/360 object decks into a System/360 memory image and a self-loading IPL
// card deck for the 2540 reader, and onto a CKD volume that IPL from the disk runs.
//   link360 OBJECT... [-o IMAGE] [--ipl-deck DECK] [--ckd VOLUME[,TYPE[,CYLINDERS]]]
//                     [--ckd-tracks C/H[-C/H]] [--ckd-loader HEX] [--origin HEX]
//                     [--entry SYMBOL] [--psw HEX8] [-m MAP]
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "devices/ibm/dasd_geometry.hpp"
#include "machines/s360/asm360/asm360.hpp"
#include "machines/s360/asm360/ipl_volume.hpp"
#include "machines/s360/asm360/linker.hpp"

namespace asm360 = simmon::s360::asm360;

namespace {

void usage(std::FILE* f) {
    std::fprintf(f,
                 "usage: link360 OBJECT... [-o IMAGE] [--ipl-deck DECK] [--ckd VOLUME[,TYPE[,CYLINDERS]]]\n"
                 "               [--ckd-tracks C/H[-C/H]] [--ckd-loader HEX] [--origin HEX]\n"
                 "               [--entry SYMBOL] [--psw HEX8] [-m MAP]\n"
                 "  Links OS/360 object decks (asm360 output) at absolute addresses.\n"
                 "  -o IMAGE        the memory image from address 0 (first doubleword: the IPL PSW)\n"
                 "  --ipl-deck DECK a self-loading IPL card deck (80-byte binary cards) for the 2540\n"
                 "  --ckd VOLUME    writes the program onto a Hercules CKD volume for IPL from the\n"
                 "                  disk: IPL records on cylinder 0 head 0, the program on its own\n"
                 "                  tracks. A missing volume is created: TYPE 2311 (default), 2314\n"
                 "                  or 2301, CYLINDERS (default: full size); .cckd: compressed\n"
                 "  --ckd-tracks C/H[-C/H] the tracks the program may use, from cylinder/head to\n"
                 "                  cylinder/head (default: from 0/1 to the end of the volume)\n"
                 "  --ckd-loader HEX where IPL reads the loader's CCWs (default: above the program)\n"
                 "  --origin HEX    address of the first control section (default: as assembled)\n"
                 "  --entry SYMBOL  entry point (default: the first END card's)\n"
                 "  --psw HEX8      first word of the IPL PSW (default 00000000: masks off, key 0)\n"
                 "  -m MAP          write the storage map\n");
}

bool parse_hex(const std::string& s, std::uint32_t& v) {
    if (s.empty() || s.size() > 8) return false;
    v = 0;
    for (char c : s) {
        int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
        if (d < 0) return false;
        v = v << 4 | static_cast<std::uint32_t>(d);
    }
    return true;
}

bool parse_decimal(const std::string& s, std::uint32_t& v) {
    if (s.empty() || s.size() > 9) return false;
    v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + static_cast<std::uint32_t>(c - '0');
    }
    return true;
}

// "C/H" into cylinder and head.
bool parse_track(const std::string& s, std::uint32_t& cyl, std::uint32_t& head) {
    const auto slash = s.find('/');
    return slash != std::string::npos && parse_decimal(s.substr(0, slash), cyl) && parse_decimal(s.substr(slash + 1), head);
}

// VOLUME[,TYPE[,CYLINDERS]]: the type and size are taken from the end, so a volume's name
// may hold commas.
bool parse_volume(std::string s, std::string& path, const simmon::ibm::DasdGeometry*& model, std::uint32_t& cylinders) {
    model = nullptr;
    cylinders = 0;
    auto comma = s.rfind(',');
    if (comma != std::string::npos) {
        std::uint32_t n = 0;
        if (parse_decimal(s.substr(comma + 1), n) && !simmon::ibm::find_dasd_geometry(s.substr(comma + 1))) {
            if (n == 0) return false;
            cylinders = n;
            s.resize(comma);
            comma = s.rfind(',');
            if (comma == std::string::npos) return false;  // a size needs a type before it
        }
        if (comma != std::string::npos) {
            model = simmon::ibm::find_dasd_geometry(s.substr(comma + 1));
            if (!model) return false;
            s.resize(comma);
        }
    }
    path = s;
    return !path.empty();
}

bool write_file(const std::string& path, const std::vector<std::uint8_t>& data) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data.data()), static_cast<std::streamsize>(data.size()));
    return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> inputs;
    std::string image_path, deck_path, map_path, ckd_path;
    asm360::LinkOptions options;
    const simmon::ibm::DasdGeometry* ckd_model = nullptr;
    std::uint32_t ckd_cylinders = 0;
    asm360::IplVolumeOptions ckd_options;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "link360: %s needs a value\n", a.c_str());
                std::exit(16);
            }
            return argv[++i];
        };
        if (a == "--help" || a == "-h") {
            usage(stdout);
            return 0;
        } else if (a == "--version") {
            std::printf("link360 1.0 (%.*s)\n", static_cast<int>(asm360::kVersion.size()), asm360::kVersion.data());
            return 0;
        } else if (a == "-o") {
            image_path = value();
        } else if (a == "--ipl-deck") {
            deck_path = value();
        } else if (a == "--ckd") {
            if (!parse_volume(value(), ckd_path, ckd_model, ckd_cylinders)) {
                std::fprintf(stderr, "link360: --ckd needs VOLUME[,TYPE[,CYLINDERS]], TYPE 2311, 2314 or 2301\n");
                return 16;
            }
        } else if (a == "--ckd-tracks") {
            const std::string v = value();
            const auto dash = v.find('-');
            bool ok = parse_track(v.substr(0, dash), ckd_options.first_cylinder, ckd_options.first_head);
            if (ok && dash != std::string::npos)
                ok = parse_track(v.substr(dash + 1), ckd_options.last_cylinder, ckd_options.last_head) &&
                     ckd_options.last_cylinder != asm360::IplVolumeOptions::kToTheEnd;
            if (!ok) {
                std::fprintf(stderr, "link360: --ckd-tracks needs CYLINDER/HEAD[-CYLINDER/HEAD], e.g. 0/1-9/9\n");
                return 16;
            }
        } else if (a == "--ckd-loader") {
            if (!parse_hex(value(), ckd_options.loader_address) || ckd_options.loader_address == 0) {
                std::fprintf(stderr, "link360: --ckd-loader needs a hexadecimal address\n");
                return 16;
            }
        } else if (a == "-m") {
            map_path = value();
        } else if (a == "--entry") {
            options.entry = value();
        } else if (a == "--origin") {
            if (!parse_hex(value(), options.origin) || options.origin >= (16u << 20)) {
                std::fprintf(stderr, "link360: --origin needs a hexadecimal address below 16 MB\n");
                return 16;
            }
            options.origin_given = true;
        } else if (a == "--psw") {
            if (!parse_hex(value(), options.psw_high)) {
                std::fprintf(stderr, "link360: --psw needs up to 8 hexadecimal digits\n");
                return 16;
            }
        } else if (!a.empty() && a[0] == '-') {
            std::fprintf(stderr, "link360: unknown option %s\n", a.c_str());
            usage(stderr);
            return 16;
        } else {
            inputs.push_back(a);
        }
    }
    if (inputs.empty()) {
        usage(stderr);
        return 16;
    }
    std::vector<std::pair<std::string, std::vector<std::uint8_t>>> decks;
    for (const auto& path : inputs) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "link360: cannot read %s\n", path.c_str());
            return 16;
        }
        decks.emplace_back(path, std::vector<std::uint8_t>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
    }
    asm360::LinkResult r = asm360::link_decks(decks, options);
    for (const auto& w : r.warnings) std::fprintf(stderr, "link360: warning: %s\n", w.c_str());
    for (const auto& e : r.errors) std::fprintf(stderr, "link360: error: %s\n", e.c_str());
    if (!r.ok) return 12;
    if (!image_path.empty() && !write_file(image_path, r.image)) {
        std::fprintf(stderr, "link360: cannot write %s\n", image_path.c_str());
        return 16;
    }
    if (!deck_path.empty()) {
        if (!r.have_entry) {
            std::fprintf(stderr, "link360: error: an IPL deck needs an entry point (END operand or --entry)\n");
            return 12;
        }
        if (!write_file(deck_path, asm360::ipl_card_deck(r.image))) {
            std::fprintf(stderr, "link360: cannot write %s\n", deck_path.c_str());
            return 16;
        }
    }
    asm360::IplVolumeLayout layout;
    if (!ckd_path.empty()) {
        if (!r.have_entry) {
            std::fprintf(stderr, "link360: error: an IPL volume needs an entry point (END operand or --entry)\n");
            return 12;
        }
        if (simmon::Status s = asm360::write_ipl_volume_file(ckd_path, ckd_model, ckd_cylinders, asm360::ipl_program(r),
                                                             ckd_options, &layout);
            !s) {
            std::fprintf(stderr, "link360: error: %s\n", s.message().c_str());
            return 12;
        }
    }
    if (!map_path.empty()) {
        std::ofstream m(map_path);
        m << "NAME     TYPE  ADDRESS  LENGTH\n";
        for (const auto& s : r.map) {
            char buf[80];
            std::snprintf(buf, sizeof buf, "%-8s  %c    %06X   %06X\n", s.name.c_str(), s.kind, s.address, s.length);
            m << buf;
        }
        if (r.have_entry) {
            char buf[40];
            std::snprintf(buf, sizeof buf, "ENTRY %06X\n", r.entry);
            m << buf;
        }
        if (!ckd_path.empty()) {
            char buf[120];
            std::snprintf(buf, sizeof buf, "IPL VOLUME TRACKS %u-%u (ABSOLUTE) LOADER %06X LENGTH %u\n", layout.first_track,
                          layout.first_track + layout.tracks - 1, layout.loader_address, layout.loader_length);
            m << buf;
        }
    }
    return 0;
}
