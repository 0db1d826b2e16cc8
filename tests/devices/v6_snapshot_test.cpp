// The snapshot round trip on UNIX V6: at the shell prompt, SNAPSHOT; run a command that
// writes the disk; REVERT; run the same command again. Both runs give the same console
// output, instruction count and disk bytes, and so does a SAVE of the reverted machine
// RESTOREd into a new one.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "machines/pdp11/pdp11_machine.hpp"
#include "tests/devices/device_test_support.hpp"
#include "tests/support/pdp11_v6.hpp"

using namespace simmon;
using namespace simmon::test;

namespace {

struct Outcome {
    std::string output;
    std::uint64_t instructions;
    std::vector<std::uint8_t> disk;
};

// Types a command that writes the root file system, waits for the prompt after it, then
// runs a fixed further stretch so that sync's writes are done.
Outcome run_command(Machine& m, ScriptedConsole& con, const std::string& disk) {
    const std::size_t from = con.output.size();
    type(con, "mkdir /tmp/snap; ls -l /etc >/tmp/snap/list; cat /tmp/snap/list; sync\r");
    REQUIRE(run_until(m, con, "passwd", from, 50000000));
    REQUIRE(run_until(m, con, "# ", con.output.find("passwd", from), 50000000));
    RunRequest req;
    req.max_instructions = 3000000;
    m.run(req);
    return Outcome{con.output.substr(from), m.cpu().instructions_executed(), file_bytes(disk)};
}

}  // namespace

TEST_CASE("UNIX V6: snapshot, write the disk, revert, and the same command gives the same run",
          "[pdp11][testdata][slow][state]") {
    const std::string pack = testdata("pdp11/v6bin.rk");
    REQUIRE(std::filesystem::exists(pack));  // test data missing is a failure, never a skip
    ScratchDir dir;
    const std::string disk = dir.file("v6bin.rk");
    std::filesystem::copy_file(pack, disk);

    pdp11::Pdp11Machine m;
    ScriptedConsole con;
    boot_v6_to_login(m, con, disk);
    const std::size_t at_login = con.output.size();
    type(con, "root\r");
    REQUIRE(run_until(m, con, "# ", at_login, 50000000));

    std::unique_ptr<MachineSnapshot> snap;
    REQUIRE(m.snapshot(snap, "shell"));
    const std::uint64_t instructions_at_snapshot = m.cpu().instructions_executed();
    const auto disk_at_snapshot = file_bytes(disk);

    const Outcome first = run_command(m, con, disk);
    CHECK(first.output.find("passwd") != std::string::npos);
    REQUIRE(first.disk != disk_at_snapshot);  // the command wrote the pack

    REQUIRE(m.restore(*snap));
    CHECK(m.cpu().instructions_executed() == instructions_at_snapshot);
    CHECK(file_bytes(disk) == disk_at_snapshot);

    const Outcome second = run_command(m, con, disk);
    CHECK(second.output == first.output);
    CHECK(second.instructions == first.instructions);
    CHECK(second.disk == first.disk);

    // SAVE at the snapshot point, RESTORE in a new machine, the same command again.
    REQUIRE(m.restore(*snap));
    REQUIRE(m.save(dir.file("v6.sav")));
    m.detach_all();
    pdp11::Pdp11Machine n;
    ScriptedConsole con2;
    n.set_console(&con2);
    REQUIRE(n.restore(dir.file("v6.sav")));
    CHECK(n.cpu().instructions_executed() == instructions_at_snapshot);
    CHECK(file_bytes(disk) == disk_at_snapshot);
    const Outcome third = run_command(n, con2, disk);
    CHECK(third.output == first.output);
    CHECK(third.instructions == first.instructions);
    CHECK(third.disk == first.disk);
}
