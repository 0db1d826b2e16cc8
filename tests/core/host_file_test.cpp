#include <catch2/catch.hpp>
#include <cstring>
#include <fstream>

#include "core/images/host_file.hpp"
#include "temp_dir.hpp"

using namespace simmon;

TEST_CASE("missing file: refused or created as asked", "[hostfile]") {
    test::TempDir dir;
    HostFile f;
    Status s = f.open(dir.file("absent.dsk"), AttachOptions{}, false);
    CHECK(s.message() == "file not found: " + dir.file("absent.dsk"));
    CHECK_FALSE(f.is_open());

    AttachOptions ro;
    ro.read_only = true;
    CHECK_FALSE(f.open(dir.file("absent.dsk"), ro, true).is_ok());  // -R never creates

    REQUIRE(f.open(dir.file("new.dsk"), AttachOptions{}, true).is_ok());
    CHECK(f.is_open());
    CHECK(f.size() == 0);
    CHECK(f.path() == dir.file("new.dsk"));
}

TEST_CASE("writes are visible through a second open at once", "[hostfile]") {
    test::TempDir dir;
    const auto path = dir.file("disk.img");
    HostFile writer;
    REQUIRE(writer.open(path, AttachOptions{}).is_ok());
    const char text[] = "PDP-11";
    REQUIRE(writer.write_at(512, text, 6).is_ok());
    CHECK(writer.size() == 518);

    HostFile reader;
    AttachOptions ro;
    ro.read_only = true;
    REQUIRE(reader.open(path, ro).is_ok());
    char buffer[8] = {};
    CHECK(reader.read_at(512, buffer, 6) == 6);
    CHECK(std::memcmp(buffer, "PDP-11", 6) == 0);
    CHECK(reader.read_only());
}

TEST_CASE("reads beyond end of file give zeros", "[hostfile]") {
    test::TempDir dir;
    HostFile f;
    REQUIRE(f.open(dir.file("short"), AttachOptions{}).is_ok());
    const std::uint8_t data[4] = {1, 2, 3, 4};
    REQUIRE(f.write_at(0, data, 4).is_ok());
    std::uint8_t buffer[8];
    std::memset(buffer, 0xEE, sizeof buffer);
    CHECK(f.read_at(2, buffer, 8) == 2);
    CHECK(buffer[0] == 3);
    CHECK(buffer[1] == 4);
    for (int i = 2; i < 8; ++i) CHECK(buffer[i] == 0);
    CHECK(f.read_at(1000, buffer, 8) == 0);
    CHECK(buffer[0] == 0);
}

TEST_CASE("read-only file refuses writes", "[hostfile]") {
    test::TempDir dir;
    const auto path = dir.file("ro.img");
    { std::ofstream(path) << "abc"; }
    HostFile f;
    AttachOptions ro;
    ro.read_only = true;
    REQUIRE(f.open(path, ro).is_ok());
    const char x = 'x';
    CHECK(f.write_at(0, &x, 1).message() == "unit is read-only");
    CHECK_FALSE(f.truncate(0).is_ok());
    CHECK(f.flush().is_ok());
    char c = 0;
    f.read_at(0, &c, 1);
    CHECK(c == 'a');
}

TEST_CASE("create_new truncates an existing file, truncate resizes", "[hostfile]") {
    test::TempDir dir;
    const auto path = dir.file("n.img");
    { std::ofstream(path) << "old contents"; }
    HostFile f;
    AttachOptions n;
    n.create_new = true;
    REQUIRE(f.open(path, n).is_ok());
    CHECK(f.size() == 0);
    REQUIRE(f.truncate(100).is_ok());
    CHECK(f.size() == 100);
    CHECK_FALSE(f.open(dir.file(""), AttachOptions{}).is_ok());  // a directory
}

TEST_CASE("host files move", "[hostfile]") {
    test::TempDir dir;
    HostFile a;
    REQUIRE(a.open(dir.file("m"), AttachOptions{}).is_ok());
    HostFile b(std::move(a));
    CHECK_FALSE(a.is_open());
    CHECK(b.is_open());
    HostFile c;
    c = std::move(b);
    CHECK_FALSE(b.is_open());
    REQUIRE(c.is_open());
    CHECK(c.path() == dir.file("m"));
    const char x = 'q';
    CHECK(c.write_at(0, &x, 1).is_ok());
    c.close();
    CHECK_FALSE(c.is_open());
    CHECK_FALSE(c.write_at(0, &x, 1).is_ok());
}
