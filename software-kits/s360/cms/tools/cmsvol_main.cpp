// cmsvol: makes and reads CMS disks on Hercules CKD volumes from the host (the build lays
// the system disk with it; tests read back what CMS wrote).
//   cmsvol create VOLUME --model 2311|2314 --cylinders N [--label LABEL]
//                        [--nucleus-cylinders N] [--compressed]
//   cmsvol add VOLUME HOSTFILE FN FT [FM] [--text|--binary] [--recfm F|V] [--lrecl N]
//   cmsvol list VOLUME
//   cmsvol extract VOLUME FN FT [HOSTFILE] [--text|--binary]
//   cmsvol erase VOLUME FN FT
//   cmsvol ipl VOLUME IMAGE [--origin HEX]
// Every error is one line on standard error and exit status 1 (2 for usage).
#include <cstdio>
#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "software-kits/s360/cms/tools/cms_host_files.hpp"
#include "software-kits/s360/cms/tools/cms_volume.hpp"

namespace cms = simmon::cms;
using simmon::Status;

namespace {

constexpr const char* kUsage =
    "usage: cmsvol create VOLUME --model 2311|2314 --cylinders N [--label LABEL] [--nucleus-cylinders N] [--compressed]\n"
    "       cmsvol add VOLUME HOSTFILE FN FT [FM] [--text|--binary] [--recfm F|V] [--lrecl N]\n"
    "       cmsvol list VOLUME\n"
    "       cmsvol extract VOLUME FN FT [HOSTFILE] [--text|--binary]\n"
    "       cmsvol erase VOLUME FN FT\n"
    "       cmsvol ipl VOLUME IMAGE [--origin HEX]\n";

int fail(const std::string& message) {
    std::fprintf(stderr, "cmsvol: %s\n", message.c_str());
    return 1;
}

int usage_error(const std::string& message) {
    std::fprintf(stderr, "cmsvol: %s\n%s", message.c_str(), kUsage);
    return 2;
}

bool parse_number(const std::string& s, std::uint32_t& v) {
    if (s.empty() || s.size() > 6 || s.find_first_not_of("0123456789") != std::string::npos) return false;
    v = static_cast<std::uint32_t>(std::stoul(s));
    return true;
}

std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

struct Args {
    std::vector<std::string> words;                       // positional
    std::vector<std::pair<std::string, std::string>> options;  // --name value ("" for flags)
};

bool parse(int argc, char** argv, Args& a, std::string& error) {
    static const char* with_value[] = {"--model", "--cylinders", "--label", "--nucleus-cylinders", "--recfm", "--lrecl", "--origin"};
    static const char* flags[] = {"--compressed", "--text", "--binary"};
    for (int i = 2; i < argc; ++i) {
        const std::string w = argv[i];
        if (w.rfind("--", 0) != 0) {
            a.words.push_back(w);
            continue;
        }
        bool known = false;
        for (const char* o : with_value)
            if (w == o) {
                if (i + 1 >= argc) {
                    error = w + " needs a value";
                    return false;
                }
                a.options.emplace_back(w, argv[++i]);
                known = true;
            }
        for (const char* o : flags)
            if (w == o) {
                a.options.emplace_back(w, "");
                known = true;
            }
        if (!known) {
            error = "unknown option " + w;
            return false;
        }
    }
    return true;
}

const std::string* option(const Args& a, const std::string& name) {
    for (auto& [k, v] : a.options)
        if (k == name) return &v;
    return nullptr;
}

int do_create(const Args& a) {
    if (a.words.size() != 1) return usage_error("create takes one volume");
    cms::FormatOptions o;
    const std::string* model = option(a, "--model");
    const std::string* cyl = option(a, "--cylinders");
    if (!model || !cyl) return usage_error("create needs --model and --cylinders");
    o.geometry = simmon::ibm::find_dasd_geometry(*model);
    if (!o.geometry || (*model != "2311" && *model != "2314")) return fail(fmt::format("--model {}: a CMS disk is a 2311 or a 2314", *model));
    if (!parse_number(*cyl, o.cylinders)) return fail(fmt::format("--cylinders {}: not a number", *cyl));
    if (const std::string* n = option(a, "--nucleus-cylinders"); n && !parse_number(*n, o.nucleus_cylinders))
        return fail(fmt::format("--nucleus-cylinders {}: not a number", *n));
    if (const std::string* l = option(a, "--label")) o.label = upper(*l);
    o.compressed = option(a, "--compressed") != nullptr;
    if (Status s = cms::CmsVolume::create(a.words[0], o); !s) return fail(s.message());
    return 0;
}

int do_add(const Args& a) {
    if (a.words.size() < 4 || a.words.size() > 5) return usage_error("add takes VOLUME HOSTFILE FN FT [FM]");
    const std::string fn = upper(a.words[2]), ft = upper(a.words[3]);
    const std::string fm = a.words.size() == 5 ? upper(a.words[4]) : "A1";
    cms::HostFormat format = cms::default_format(ft);
    if (option(a, "--text")) format.text = true;
    if (option(a, "--binary")) format.text = false;
    if (const std::string* r = option(a, "--recfm")) {
        if (upper(*r) != "F" && upper(*r) != "V") return fail("--recfm is F or V");
        format.recfm = upper(*r)[0];
    }
    if (const std::string* l = option(a, "--lrecl"); l && !parse_number(*l, format.lrecl)) return fail("--lrecl needs a number");
    std::ifstream in(a.words[1], std::ios::binary);
    if (!in) return fail(fmt::format("cannot read {}", a.words[1]));
    std::vector<std::uint8_t> host((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<cms::Record> records;
    if (Status s = cms::host_to_records(host, format, ft, records); !s) return fail(fmt::format("{}: {}", a.words[1], s.message()));
    if (records.empty()) return fail(fmt::format("{} is empty: a CMS file has at least one record", a.words[1]));
    cms::CmsVolume v;
    if (Status s = v.open(a.words[0], true); !s) return fail(s.message());
    if (Status s = v.add(fn, ft, fm, format.recfm, format.lrecl, records, cms::FileStamp::now()); !s)
        return fail(fmt::format("{}: {}", a.words[0], s.message()));
    if (Status s = v.close(); !s) return fail(s.message());
    return 0;
}

int do_list(const Args& a) {
    if (a.words.size() != 1) return usage_error("list takes one volume");
    cms::CmsVolume v;
    if (Status s = v.open(a.words[0], false); !s) return fail(s.message());
    std::printf("LABEL %s  %s  %u BLOCKS, %u USED, %u LEFT\n", v.label().c_str(), std::string(v.geometry().model).c_str(),
                v.blocks_total(), v.blocks_used(), v.blocks_total() - v.blocks_used());
    for (const cms::FileInfo& f : v.list())
        std::printf("%-8s %-8s %-2s %c %5u %5u %5u %02X/%02X/%02X %02X:%02X\n", f.name.c_str(), f.type.c_str(), f.mode.c_str(), f.recfm,
                    f.lrecl, f.records, f.blocks, f.date >> 8, f.date & 0xFF, f.year & 0xFF, f.time >> 8, f.time & 0xFF);
    return 0;
}

int do_extract(const Args& a) {
    if (a.words.size() < 3 || a.words.size() > 4) return usage_error("extract takes VOLUME FN FT [HOSTFILE]");
    const std::string ft = upper(a.words[2]);
    bool text = cms::default_format(ft).text;
    if (option(a, "--text")) text = true;
    if (option(a, "--binary")) text = false;
    cms::CmsVolume v;
    if (Status s = v.open(a.words[0], false); !s) return fail(s.message());
    std::vector<cms::Record> records;
    if (Status s = v.read(a.words[1], ft, records); !s) return fail(fmt::format("{}: {}", a.words[0], s.message()));
    const std::vector<std::uint8_t> host = cms::records_to_host(records, text);
    if (a.words.size() == 3 || a.words[3] == "-") {
        std::fwrite(host.data(), 1, host.size(), stdout);
        return 0;
    }
    std::ofstream out(a.words[3], std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(host.data()), static_cast<std::streamsize>(host.size()));
    if (!out) return fail(fmt::format("cannot write {}", a.words[3]));
    return 0;
}

int do_erase(const Args& a) {
    if (a.words.size() != 3) return usage_error("erase takes VOLUME FN FT");
    cms::CmsVolume v;
    if (Status s = v.open(a.words[0], true); !s) return fail(s.message());
    if (Status s = v.erase(a.words[1], a.words[2]); !s) return fail(fmt::format("{}: {}", a.words[0], s.message()));
    if (Status s = v.close(); !s) return fail(s.message());
    return 0;
}

int do_ipl(const Args& a) {
    if (a.words.size() != 2) return usage_error("ipl takes VOLUME IMAGE");
    std::uint32_t origin = 0;
    if (const std::string* o = option(a, "--origin")) {
        if (o->empty() || o->size() > 6 || o->find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
            return fail("--origin needs a hexadecimal address");
        origin = static_cast<std::uint32_t>(std::stoul(*o, nullptr, 16));
    }
    std::ifstream in(a.words[1], std::ios::binary);
    if (!in) return fail(fmt::format("cannot read {}", a.words[1]));
    std::vector<std::uint8_t> image((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    cms::CmsVolume v;
    if (Status s = v.open(a.words[0], true); !s) return fail(s.message());
    if (Status s = v.write_nucleus(image, origin); !s) return fail(fmt::format("{}: {}", a.words[0], s.message()));
    if (Status s = v.close(); !s) return fail(s.message());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage_error("no command");
    const std::string command = argv[1];
    if (command == "--help" || command == "-h" || command == "help") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    Args a;
    std::string error;
    if (!parse(argc, argv, a, error)) return usage_error(error);
    if (command == "create") return do_create(a);
    if (command == "add") return do_add(a);
    if (command == "list") return do_list(a);
    if (command == "extract") return do_extract(a);
    if (command == "erase") return do_erase(a);
    if (command == "ipl") return do_ipl(a);
    return usage_error("unknown command " + command);
}
