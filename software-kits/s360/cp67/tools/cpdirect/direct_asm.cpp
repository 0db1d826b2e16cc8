#include "software-kits/s360/cp67/tools/cpdirect/direct_asm.hpp"

#include <fmt/format.h>

namespace simmon::cp67 {

namespace {

// One assembler statement: name in column 1, operation in 10, operands in 16, a remark
// after them.
void statement(std::string& out, std::string_view name, std::string_view op, std::string_view operands = {},
               std::string_view remark = {}) {
    std::string line = fmt::format("{:<8} {:<5} {}", name, op, operands);
    if (!remark.empty()) {
        if (line.size() < 39) line.resize(39, ' ');
        line += ' ';
        line += remark;
    }
    if (line.size() > 71) line.resize(71);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line;
    out += '\n';
}

// A field of the block at `base`, at the displacement its DSECT gives it.
void field(std::string& out, const std::string& base, std::string_view dsect, std::string_view name,
           const std::string& constant, std::string_view remark = {}) {
    statement(out, "", "ORG", fmt::format("{}+{}-{}", base, name, dsect));
    statement(out, "", "DC", constant, remark);
}

std::string chars(std::string_view s, int length) { return fmt::format("CL{}'{}'", length, s.empty() ? " " : s); }

const char* kind_name(DirectoryDevice::Kind k) {
    switch (k) {
        case DirectoryDevice::Kind::Console: return "DDVCONS";
        case DirectoryDevice::Kind::Spool: return "DDVSPOOL";
        case DirectoryDevice::Kind::Minidisk: return "DDVMDISK";
        case DirectoryDevice::Kind::Link: return "DDVLINK";
        case DirectoryDevice::Kind::Dedicate: return "DDVDEDIC";
    }
    return "0";
}

}  // namespace

std::string direct_asm(const Directory& directory, std::string_view source) {
    std::string out;
    out += "         TITLE 'DIRECT - THE USER DIRECTORY, COMPILED BY CPDIRECT'\n";
    out += "* DIRECT: the CP-67 user directory, compiled by cpdirect from\n";
    out += fmt::format("*   {}\n", source.substr(0, 60));
    out += "* (docs/cp67.md, \"The directory\"). Generated at build time: edit the\n";
    out += "* statements, not this source. One DIRBLOK per USER statement, one\n";
    out += "* DIRDEV per device statement (maclib/dirblok.mac), chained from\n";
    out += "* DIRFIRST in the order written.\n";
    statement(out, "", "PRINT", "NOGEN");
    statement(out, "", "DIRBLOK");
    statement(out, "", "PRINT", "GEN");
    statement(out, "DIRECT", "CSECT");
    statement(out, "", "ENTRY", "DIRFIRST");
    statement(out, "DIRFIRST", "DC", directory.users.empty() ? "A(0)" : "A(U0001)", "the first user");
    int device_label = 0;
    for (std::size_t i = 0; i < directory.users.size(); ++i) {
        const DirectoryUser& u = directory.users[i];
        const std::string base = fmt::format("U{:04}", i + 1);
        const std::string next = i + 1 < directory.users.size() ? fmt::format("A(U{:04})", i + 2) : "A(0)";
        out += fmt::format("* USER {} (line {})\n", u.userid, u.line);
        statement(out, base, "DS", "0F");
        field(out, base, "DIRBLOK", "DIRNEXT", next);
        field(out, base, "DIRBLOK", "DIRUSER", chars(u.userid, 8));
        field(out, base, "DIRBLOK", "DIRPASS", chars(u.password, 8));
        field(out, base, "DIRBLOK", "DIRSTOR", fmt::format("F'{}'", u.storage), fmt::format("{}K", u.storage / 1024));
        field(out, base, "DIRBLOK", "DIRMAXST", fmt::format("F'{}'", u.max_storage),
              fmt::format("{}K", u.max_storage / 1024));
        std::string classes;
        for (int c = 0; c < 8; ++c)
            if (u.classes & (0x80 >> c)) classes += static_cast<char>('A' + c);
        field(out, base, "DIRBLOK", "DIRCLASS", fmt::format("X'{:02X}'", u.classes), "classes " + classes);
        field(out, base, "DIRBLOK", "DIRFLAG", u.nolog ? "AL1(DIRNOLOG)" : "X'00'");
        field(out, base, "DIRBLOK", "DIRNDEV", fmt::format("H'{}'", u.devices.size()));
        field(out, base, "DIRBLOK", "DIRDEVS", u.devices.empty() ? "A(0)" : fmt::format("A(D{:04})", device_label + 1));
        field(out, base, "DIRBLOK", "DIRIPL", chars(u.ipl, 8));
        statement(out, "", "ORG", base + "+DIRLEN");
        for (std::size_t j = 0; j < u.devices.size(); ++j) {
            const DirectoryDevice& d = u.devices[j];
            const std::string dev = fmt::format("D{:04}", ++device_label);
            const std::string dnext = j + 1 < u.devices.size() ? fmt::format("A(D{:04})", device_label + 1) : "A(0)";
            out += fmt::format("* {} {:03X} (line {})\n", kind_name(d.kind) + 3, d.address, d.line);
            statement(out, dev, "DS", "0F");
            field(out, dev, "DIRDEV", "DDVNEXT", dnext);
            field(out, dev, "DIRDEV", "DDVKIND", fmt::format("AL1({})", kind_name(d.kind)));
            field(out, dev, "DIRDEV", "DDVMODE", fmt::format("X'{:02X}'", d.mode));
            field(out, dev, "DIRDEV", "DDVADDR", fmt::format("X'{:04X}'", d.address));
            field(out, dev, "DIRDEV", "DDVTYPE", fmt::format("X'{:04X}'", d.type));
            field(out, dev, "DIRDEV", "DDVCLASS", fmt::format("C'{}'", d.spool_class));
            field(out, dev, "DIRDEV", "DDVUNIT", fmt::format("AL1({})", static_cast<int>(d.unit)));
            field(out, dev, "DIRDEV", "DDVSTART", fmt::format("H'{}'", d.start));
            field(out, dev, "DIRDEV", "DDVNCYL", fmt::format("H'{}'", d.cylinders));
            field(out, dev, "DIRDEV", "DDVVOL", chars(d.volser, 6));
            field(out, dev, "DIRDEV", "DDVRADDR", fmt::format("X'{:04X}'", d.real_address));
            field(out, dev, "DIRDEV", "DDVRPASS", chars(d.read_password, 8));
            field(out, dev, "DIRDEV", "DDVWPASS", chars(d.write_password, 8));
            field(out, dev, "DIRDEV", "DDVOWNER", chars(d.owner, 8));
            field(out, dev, "DIRDEV", "DDVOADDR", fmt::format("X'{:04X}'", d.owner_address));
            statement(out, "", "ORG", dev + "+DDVLEN");
        }
    }
    statement(out, "", "END");
    return out;
}

}  // namespace simmon::cp67
