// cpdirect: the CP-67 directory statements (software-kits/s360/cp67/tools/cpdirect) and the
// assembler source it makes of them.
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <string>

#include "software-kits/s360/cp67/tools/cpdirect/direct_asm.hpp"
#include "software-kits/s360/cp67/tools/cpdirect/directory.hpp"

using simmon::cp67::DirectoryDevice;
using simmon::cp67::parse_directory;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("the shipped USER DIRECT compiles: the operator, MAINT and three users", "[cpdirect]") {
    const std::string text = read_file(std::string(SIMMON_SOURCE_DIR) + "/software-kits/s360/cp67/directory/user.direct");
    REQUIRE_FALSE(text.empty());
    const auto r = parse_directory(text, "user.direct");
    REQUIRE(r.errors.empty());
    REQUIRE(r.directory.users.size() >= 5);  // others follow: BOS360 (dedicated tapes), ...
    CHECK(r.directory.users[0].userid == "OPERATOR");
    CHECK(r.directory.users[0].classes == 0xFE);
    const auto& user1 = r.directory.users[2];
    CHECK(user1.userid == "USER1");
    CHECK(user1.password == "PASS1");
    CHECK(user1.storage == 512 * 1024);
    CHECK(user1.max_storage == 1024 * 1024);
    CHECK(user1.classes == 0x02);
    // The 190 link carries MAINT's extent; the 191 is the user's own.
    bool link190 = false, own191 = false;
    for (const DirectoryDevice& d : user1.devices) {
        if (d.address == 0x190) {
            link190 = d.kind == DirectoryDevice::Kind::Link && d.volser == "CMS190" && d.start == 0 && d.cylinders == 20 &&
                      d.type == 0x2314 && d.owner == "MAINT" && (d.mode & simmon::cp67::kModeRead);
        }
        if (d.address == 0x191) {
            own191 = d.kind == DirectoryDevice::Kind::Minidisk && d.volser == "USRVL1" && d.start == 11 &&
                     d.cylinders == 10 && (d.mode & simmon::cp67::kModeWrite);
        }
    }
    CHECK(link190);
    CHECK(own191);
    // BOS360: 64K, its console at 01F, the tape at 184 dedicated (the operator ATTACHes
    // the others).
    bool bos = false, ded184 = false;
    for (const auto& u : r.directory.users) {
        if (u.userid != "BOS360") continue;
        bos = u.storage == 64 * 1024;
        for (const DirectoryDevice& d : u.devices)
            if (d.kind == DirectoryDevice::Kind::Dedicate && d.address == 0x184) ded184 = true;
    }
    CHECK(bos);
    CHECK(ded184);
}

TEST_CASE("cpdirect reads statements as cards: columns 1-71, comments, case", "[cpdirect]") {
    const auto r = parse_directory("* a comment\n"
                                   "\n"
                                   "user alice secret 1M 2M ag\n"
                                   " console 01f 1052\n"
                                   " spool 00e 1403\n"
                                   " spool 00c 2540 reader b\n"
                                   " mdisk 191 2311 5 2 vol001 rr rpw wpw\n"
                                   " dedicate 181 180\n"
                                   " ipl cms\n"
                                   "USER BOB PW                                                            X ignored\n",
                                   "t");
    REQUIRE(r.errors.empty());
    REQUIRE(r.directory.users.size() == 2);
    const auto& a = r.directory.users[0];
    CHECK(a.userid == "ALICE");
    CHECK(a.password == "SECRET");
    CHECK(a.storage == 1024 * 1024);
    CHECK(a.max_storage == 2 * 1024 * 1024);
    CHECK(a.classes == (0x80 | 0x02));
    CHECK(a.ipl == "CMS");
    REQUIRE(a.devices.size() == 5);
    CHECK(a.devices[0].kind == DirectoryDevice::Kind::Console);
    CHECK(a.devices[0].address == 0x01F);
    CHECK(a.devices[1].unit == DirectoryDevice::Unit::Printer);
    CHECK(a.devices[1].spool_class == 'A');
    CHECK(a.devices[2].unit == DirectoryDevice::Unit::Reader);
    CHECK(a.devices[2].spool_class == 'B');
    CHECK(a.devices[3].type == 0x2311);
    CHECK(a.devices[3].mode == (simmon::cp67::kModeRead | simmon::cp67::kModeMultiple));
    CHECK(a.devices[3].read_password == "RPW");
    CHECK(a.devices[3].write_password == "WPW");
    CHECK(a.devices[4].real_address == 0x180);
    // Column 72 and beyond are not read: BOB has the defaults.
    CHECK(r.directory.users[1].storage == 256 * 1024);
    CHECK(r.directory.users[1].classes == 0x02);
}

TEST_CASE("cpdirect reports every bad statement with its line number", "[cpdirect]") {
    const auto r = parse_directory("MDISK 191 2314 1 1 V W\n"          // 1: before USER
                                   "USER A PW 302K\n"                   // 2: not 4K
                                   " CONSOLE 009 1052\n"                // 3: checked all the same
                                   " CONSOLE 01F 1052\n"                // 4: second console
                                   "USER B PW\n"
                                   " MDISK 191 2314 200 5 V W\n"        // 6: past the last cylinder
                                   " MDISK 192 2314 1 1 V Q\n"          // 7: bad mode
                                   " SPOOL 00C 2540\n"                  // 8: READER or PUNCH
                                   " LINK C 190 190\n"                  // 9: no such user
                                   " LINK B 199 199\n"                  // 10: no such minidisk
                                   " FOO\n"                             // 11
                                   " DEDICATE XYZW 180\n"               // 12
                                   "USER B PW\n"                        // 13: twice
                                   "USER TOOLONGID PW\n",               // 14
                                   "d");
    REQUIRE(r.errors.size() == 12);
    CHECK(r.errors[0].rfind("d:1: error: MDISK before the first USER", 0) == 0);
    CHECK(r.errors[1].rfind("d:2: error: storage 302K", 0) == 0);
    CHECK(r.errors[2].rfind("d:4: error: device 01F", 0) != 0);
    CHECK(r.errors[2].rfind("d:4: error: a second CONSOLE", 0) == 0);
    CHECK(r.errors[3].rfind("d:6: error: MDISK cylinders 200-204", 0) == 0);
    CHECK(r.errors[4].rfind("d:7: error: MDISK mode Q", 0) == 0);
    CHECK(r.errors[5].rfind("d:8: error: SPOOL of a 2540", 0) == 0);
    CHECK(r.errors[6].rfind("d:9: error: LINK to C: no such user", 0) == 0);
    CHECK(r.errors[7].rfind("d:10: error: LINK to B 199", 0) == 0);
    CHECK(r.errors[8].rfind("d:11: error: unknown statement FOO", 0) == 0);
    CHECK(r.errors[9].rfind("d:12: error: XYZW is not a device address", 0) == 0);
    CHECK(r.errors[10].rfind("d:13: error: user B is defined twice (first at line 5)", 0) == 0);
    CHECK(r.errors[11].rfind("d:14: error: user id TOOLONGID", 0) == 0);
}

TEST_CASE("cpdirect refuses a user id too long and a device address used twice", "[cpdirect]") {
    const auto r = parse_directory("USER TOOLONGID PW\n"
                                   "USER OK PW\n"
                                   " SPOOL 00E 1403\n"
                                   " SPOOL 00E 1403\n",
                                   "e");
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].rfind("e:1: error: user id TOOLONGID", 0) == 0);
    CHECK(r.errors[1].rfind("e:4: error: device 00E is defined twice for OK (first at line 3)", 0) == 0);
}

TEST_CASE("cpdirect's source: a DIRBLOK per user, fields at their DSECT displacements", "[cpdirect]") {
    const auto r = parse_directory("USER A PW 64K\n CONSOLE 009 1052\nUSER B NOLOG\n", "x");
    REQUIRE(r.errors.empty());
    const std::string src = simmon::cp67::direct_asm(r.directory, "x");
    CHECK(src.find("DIRFIRST DC    A(U0001)") != std::string::npos);
    CHECK(src.find("         ORG   U0001+DIRUSER-DIRBLOK\n         DC    CL8'A'") != std::string::npos);
    CHECK(src.find("         DC    F'65536'") != std::string::npos);
    CHECK(src.find("         ORG   U0001+DIRDEVS-DIRBLOK\n         DC    A(D0001)") != std::string::npos);
    CHECK(src.find("         ORG   U0002+DIRNEXT-DIRBLOK\n         DC    A(0)") != std::string::npos);
    CHECK(src.find("         ORG   U0002+DIRFLAG-DIRBLOK\n         DC    AL1(DIRNOLOG)") != std::string::npos);
    CHECK(src.find("         DC    AL1(DDVCONS)") != std::string::npos);
    CHECK(src.size() > 13);
    CHECK(src.substr(src.size() - 13) == "         END\n");
}
