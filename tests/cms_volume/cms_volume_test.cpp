// cmsvol's library: CMS disks made, filled, read back and refused on the host.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "devices/ibm/ebcdic.hpp"
#include "software-kits/s360/cms/tools/cms_disk_layout.hpp"
#include "software-kits/s360/cms/tools/cms_host_files.hpp"
#include "software-kits/s360/cms/tools/cms_volume.hpp"

using namespace simmon;
using namespace simmon::cms;

namespace {

std::string temp_path(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / "cms_volume_tests";
    std::filesystem::create_directories(dir);
    const auto p = dir / name;
    std::filesystem::remove(p);
    return p.string();
}

Record card(const std::string& text) {
    std::string e = ibm::ascii_to_ebcdic(text);
    e.resize(80, static_cast<char>(ibm::kEbcdicBlank));
    return Record(e.begin(), e.end());
}

std::vector<Record> cards(int n, const std::string& prefix) {
    std::vector<Record> r;
    for (int i = 0; i < n; ++i) r.push_back(card(prefix + " " + std::to_string(i)));
    return r;
}

std::string make_volume(const std::string& name, const ibm::DasdGeometry& g, std::uint32_t cyl, std::uint32_t nucleus = 0) {
    const std::string path = temp_path(name);
    FormatOptions o;
    o.geometry = &g;
    o.cylinders = cyl;
    o.nucleus_cylinders = nucleus;
    o.label = "TEST01";
    const Status s = CmsVolume::create(path, o);
    INFO(s.message());
    REQUIRE(s);
    return path;
}

}  // namespace

TEST_CASE("800-byte blocks per track follow the track-capacity formula", "[cms_volume]") {
    CHECK(CmsVolume::blocks_per_track(ibm::kDasd2311) == 4);
    CHECK(CmsVolume::blocks_per_track(ibm::kDasd2314) == 7);
}

TEST_CASE("a new CMS disk is empty, labelled, with its map and directory", "[cms_volume]") {
    for (const ibm::DasdGeometry* g : {&ibm::kDasd2311, &ibm::kDasd2314}) {
        const std::string path = make_volume(std::string("new") + std::string(g->model) + ".ckd", *g, 10, 2);
        CmsVolume v;
        REQUIRE(v.open(path, false));
        CHECK(v.label() == "TEST01");
        CHECK(v.list().empty());
        CHECK(v.blocks_total() == 8 * g->heads * CmsVolume::blocks_per_track(*g));
        // Blocks 1-4 and the QMSK block.
        CHECK(v.blocks_used() == 5);
        CHECK(v.nucleus_cylinder() == 8);
        // The layout of block 4 as the assembler DSECT has it.
        Block mfd;
        std::string error;
        REQUIRE(v.read_block(kMfdBlock, mfd, error));
        CHECK((mfd[mfd::kSentinel] << 8 | mfd[mfd::kSentinel + 1]) == 0xFFFD);
        CHECK(mfd[mfd::kDevType] == g->type_byte);
        CHECK((mfd[mfd::kCylinders] << 8 | mfd[mfd::kCylinders + 1]) == 8);
    }
}

TEST_CASE("files go in and come back record for record", "[cms_volume]") {
    const std::string path = make_volume("files.ckd", ibm::kDasd2314, 5);
    CmsVolume v;
    REQUIRE(v.open(path, true));
    const auto small = cards(3, "SMALL");
    const auto big = cards(1000, "BIG");  // 80,000 bytes: 100 blocks, a second chain link
    std::vector<Record> var;
    for (int i = 1; i <= 300; ++i) var.push_back(Record(static_cast<std::size_t>(i), static_cast<std::uint8_t>(i)));
    REQUIRE(v.add("small", "data", "A1", 'F', 80, small, FileStamp{0x1206, 0x1230, 0x26}));
    REQUIRE(v.add("BIG", "ASSEMBLE", "A1", 'F', 80, big, FileStamp::now()));
    REQUIRE(v.add("VAR", "FILE", "A2", 'V', 0, var, FileStamp::now()));
    REQUIRE(v.close());

    CmsVolume r;
    REQUIRE(r.open(path, false));
    FileInfo info;
    REQUIRE(r.find("SMALL", "DATA", &info));
    CHECK(info.records == 3);
    CHECK(info.lrecl == 80);
    CHECK(info.recfm == 'F');
    CHECK(info.mode == "A1");
    CHECK(info.blocks == 1);
    CHECK(info.date == 0x1206);
    CHECK(info.time == 0x1230);
    CHECK(info.year == 0x26);
    REQUIRE(r.find("BIG", "ASSEMBLE", &info));
    CHECK(info.blocks == 100);
    REQUIRE(r.find("VAR", "FILE", &info));
    CHECK(info.recfm == 'V');
    CHECK(info.lrecl == 300);
    std::vector<Record> back;
    REQUIRE(r.read("small", "data", back));
    CHECK(back == small);
    REQUIRE(r.read("BIG", "ASSEMBLE", back));
    CHECK(back == big);
    REQUIRE(r.read("VAR", "FILE", back));
    CHECK(back == var);
    CHECK_FALSE(r.read("NONE", "FILE", back));
}

TEST_CASE("replacing and erasing a file give its blocks back", "[cms_volume]") {
    const std::string path = make_volume("erase.ckd", ibm::kDasd2311, 4);
    CmsVolume v;
    REQUIRE(v.open(path, true));
    const std::uint32_t empty = v.blocks_used();
    REQUIRE(v.add("A", "FILE", "A1", 'F', 80, cards(50, "A"), FileStamp::now()));
    const std::uint32_t with_a = v.blocks_used();
    CHECK(with_a > empty);
    REQUIRE(v.add("A", "FILE", "A1", 'F', 80, cards(50, "AGAIN"), FileStamp::now()));
    CHECK(v.blocks_used() == with_a);
    CHECK(v.list().size() == 1);
    REQUIRE(v.erase("A", "FILE"));
    CHECK(v.blocks_used() == empty);
    CHECK(v.list().empty());
    CHECK_FALSE(v.erase("A", "FILE"));
}

TEST_CASE("a full disk refuses the file and keeps what it held", "[cms_volume]") {
    // One 2311 cylinder: 40 blocks, 35 free after the label, MFD and map.
    const std::string path = make_volume("full.ckd", ibm::kDasd2311, 1);
    CmsVolume v;
    REQUIRE(v.open(path, true));
    const auto keep = cards(10, "KEEP");
    REQUIRE(v.add("KEEP", "DATA", "A1", 'F', 80, keep, FileStamp::now()));
    const std::uint32_t used = v.blocks_used();
    const Status s = v.add("HUGE", "DATA", "A1", 'F', 80, cards(400, "HUGE"), FileStamp::now());
    REQUIRE_FALSE(s);
    CHECK(s.message().find("disk full") != std::string::npos);
    CHECK(v.blocks_used() == used);
    REQUIRE(v.close());
    CmsVolume r;
    REQUIRE(r.open(path, false));
    CHECK(r.list().size() == 1);
    std::vector<Record> back;
    REQUIRE(r.read("KEEP", "DATA", back));
    CHECK(back == keep);
}

TEST_CASE("a stop before the MFD write leaves the old directory whole", "[cms_volume]") {
    // Everything a change writes goes to free blocks; only the MFD write switches to it.
    // Putting the old MFD back is what a stop just before that write leaves.
    const std::string path = make_volume("commit.ckd", ibm::kDasd2314, 3);
    CmsVolume v;
    REQUIRE(v.open(path, true));
    const auto one = cards(20, "ONE");
    REQUIRE(v.add("ONE", "DATA", "A1", 'F', 80, one, FileStamp::now()));
    Block old_mfd;
    std::string error;
    REQUIRE(v.read_block(kMfdBlock, old_mfd, error));
    REQUIRE(v.add("ONE", "DATA", "A1", 'F', 80, cards(30, "CHANGED"), FileStamp::now()));
    REQUIRE(v.add("TWO", "DATA", "A1", 'F', 80, cards(5, "TWO"), FileStamp::now()));
    REQUIRE(v.erase("TWO", "DATA"));
    // Only the last change is uncommitted in this picture; the one before it committed and
    // may reuse freed blocks, so go back one change only.
    REQUIRE(v.read_block(kMfdBlock, old_mfd, error));
    REQUIRE(v.add("THREE", "DATA", "A1", 'F', 80, cards(40, "THREE"), FileStamp::now()));
    REQUIRE(v.write_block(kMfdBlock, old_mfd, error));
    REQUIRE(v.close());
    CmsVolume r;
    REQUIRE(r.open(path, false));
    CHECK_FALSE(r.find("THREE", "DATA"));
    std::vector<Record> back;
    REQUIRE(r.read("ONE", "DATA", back));
    CHECK(back == cards(30, "CHANGED"));
}

TEST_CASE("volumes that are not CMS disks, too small or wrong are refused", "[cms_volume]") {
    const std::string junk = temp_path("junk.ckd");
    std::ofstream(junk) << "this is not a volume\n";
    CmsVolume v;
    Status s = v.open(junk, false);
    REQUIRE_FALSE(s);
    CHECK(s.message().find("not a CKD volume") != std::string::npos);

    const std::string bare = temp_path("bare.ckd");
    REQUIRE(ibm::CkdImage::create(bare, ibm::kDasd2311, 2, false));
    CmsVolume b;
    s = b.open(bare, false);
    REQUIRE_FALSE(s);
    CHECK(s.message().find("not a CMS disk") != std::string::npos);

    FormatOptions o;
    o.geometry = &ibm::kDasd2311;
    o.cylinders = 2;
    o.nucleus_cylinders = 2;
    s = CmsVolume::create(temp_path("small.ckd"), o);
    REQUIRE_FALSE(s);
    CHECK(s.message().find("too small") != std::string::npos);
    o.cylinders = 300;
    o.nucleus_cylinders = 0;
    CHECK_FALSE(CmsVolume::create(temp_path("big.ckd"), o));
    o.cylinders = 2;
    CHECK_FALSE(CmsVolume::create(bare, o));  // exists already
}

TEST_CASE("bad names, modes and records are refused", "[cms_volume]") {
    const std::string path = make_volume("names.ckd", ibm::kDasd2311, 2);
    CmsVolume v;
    REQUIRE(v.open(path, true));
    CHECK_FALSE(v.add("TOOLONGNAME", "DATA", "A1", 'F', 80, cards(1, "X"), FileStamp::now()));
    CHECK_FALSE(v.add("A", "DATA", "A9", 'F', 80, cards(1, "X"), FileStamp::now()));
    CHECK_FALSE(v.add("A", "DATA", "11", 'F', 80, cards(1, "X"), FileStamp::now()));
    CHECK_FALSE(v.add("A", "DATA", "A1", 'F', 81, cards(1, "X"), FileStamp::now()));
    CHECK_FALSE(v.add("A", "DATA", "A1", 'F', 80, {}, FileStamp::now()));
    CHECK(v.list().empty());
}

TEST_CASE("host text becomes EBCDIC card images or variable records", "[cms_volume]") {
    const std::string text = "HELLO\tWORLD\r\n\nLAST";
    std::vector<std::uint8_t> host(text.begin(), text.end());
    std::vector<Record> records;
    REQUIRE(host_to_records(host, {true, 'F', 80}, "EXEC", records));
    REQUIRE(records.size() == 3);
    CHECK(records[0] == card("HELLO   WORLD"));
    CHECK(records[1] == card(""));
    CHECK(records[2] == card("LAST"));
    const auto back = records_to_host(records, true);
    CHECK(std::string(back.begin(), back.end()) == "HELLO   WORLD\n\nLAST\n");

    REQUIRE(host_to_records(host, {true, 'V', 0}, "EXEC", records));
    CHECK(records[1] == Record{ibm::kEbcdicBlank});
    CHECK(records[2].size() == 4);

    const std::string wide(81, 'X');
    Status s = host_to_records(std::vector<std::uint8_t>(wide.begin(), wide.end()), {true, 'F', 80}, "DATA", records);
    REQUIRE_FALSE(s);
    CHECK(s.message().find("line 1") != std::string::npos);
    std::vector<std::uint8_t> deck(100, 0x02);
    CHECK_FALSE(host_to_records(deck, default_format("TEXT"), "TEXT", records));
    REQUIRE(host_to_records(deck, default_format("MODULE"), "MODULE", records));
    CHECK(records.size() == 1);
    CHECK(records[0].size() == 800);
}

TEST_CASE("cmsvol says what is wrong in one line", "[cms_volume]") {
    const std::string junk = temp_path("cli-junk.ckd");
    std::ofstream(junk) << "junk";
    const std::string err = temp_path("cli.err");
    auto run = [&](const std::string& args) {
        const std::string cmd = std::string(CMSVOL_BINARY) + " " + args + " 2>" + err + " >/dev/null";
        const int rc = std::system(cmd.c_str());
        return WEXITSTATUS(rc);
    };
    auto lines = [&]() {
        std::ifstream in(err);
        std::string line;
        int n = 0;
        while (std::getline(in, line)) ++n;
        return n;
    };
    CHECK(run("list " + junk) == 1);
    CHECK(lines() == 1);
    const std::string vol = temp_path("cli.ckd");
    CHECK(run("create " + vol + " --model 2311 --cylinders 2 --nucleus-cylinders 2") == 1);
    CHECK(lines() == 1);
    CHECK(run("create " + vol + " --model 2311 --cylinders 1") == 0);
    const std::string host = temp_path("cli.txt");
    {
        std::ofstream out(host);
        for (int i = 0; i < 400; ++i) out << "LINE " << i << "\n";
    }
    CHECK(run("add " + vol + " " + host + " BIG DATA") == 1);  // 400 cards do not fit in 35 blocks
    CHECK(lines() == 1);
    CHECK(run("extract " + vol + " NO SUCH") == 1);
    CHECK(lines() == 1);
}

TEST_CASE("a nucleus goes on the nucleus cylinders and leaves the files alone", "[cms_volume]") {
    const std::string path = make_volume("nucleus.ckd", ibm::kDasd2311, 4, 1);
    CmsVolume v;
    REQUIRE(v.open(path, true));
    const auto keep = cards(5, "KEEP");
    REQUIRE(v.add("KEEP", "DATA", "A1", 'F', 80, keep, FileStamp::now()));
    std::vector<std::uint8_t> image(0x200 + 20000, 0x47);
    const std::uint8_t psw[8] = {0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00};
    std::copy(psw, psw + 8, image.begin());
    REQUIRE(v.write_nucleus(image, 0x200));
    // Too big for one 2311 cylinder (36,250 bytes): refused, nothing written.
    std::vector<std::uint8_t> huge(0x200 + 40000, 0x47);
    const Status s = v.write_nucleus(huge, 0x200);
    REQUIRE_FALSE(s);
    CHECK(s.message().find("too small") != std::string::npos);
    REQUIRE(v.close());
    CmsVolume r;
    REQUIRE(r.open(path, false));
    std::vector<Record> back;
    REQUIRE(r.read("KEEP", "DATA", back));
    CHECK(back == keep);
    // Track 0 now starts with the IPL records; record 1's data is the PSW.
    std::vector<std::uint8_t> track;
    std::string error;
    REQUIRE(r.image().read_track(0, 0, track, error));
    CHECK(track[5 + 16 + 4] == 1);  // R1 after R0
    CHECK(std::equal(psw, psw + 8, track.begin() + 5 + 16 + 8 + 4));

    const std::string plain = make_volume("nonucleus.ckd", ibm::kDasd2311, 2);
    CmsVolume p;
    REQUIRE(p.open(plain, true));
    CHECK(p.write_nucleus(image, 0x200).message().find("too small") != std::string::npos);
}

TEST_CASE("a compressed (CCKD) CMS disk holds files like a plain one", "[cms_volume]") {
    const std::string path = temp_path("compressed.cckd");
    FormatOptions o;
    o.geometry = &ibm::kDasd2314;
    o.cylinders = 3;
    o.compressed = true;
    REQUIRE(CmsVolume::create(path, o));
    CmsVolume v;
    REQUIRE(v.open(path, true));
    CHECK(v.image().compressed());
    const auto big = cards(700, "CCKD");
    REQUIRE(v.add("PACKED", "DATA", "A1", 'F', 80, big, FileStamp::now()));
    REQUIRE(v.close());
    CmsVolume r;
    REQUIRE(r.open(path, false));
    std::vector<Record> back;
    REQUIRE(r.read("PACKED", "DATA", back));
    CHECK(back == big);
}
