// DEC's EHKAA (CVAX/KA655 hardware core instruction test), loaded at physical 0 and
// started at 200 in kernel mode, runs to its final HALT at PC 80018AD1 (the byte after
// the HALT at 80018AD0), as on the reference. Fails when the test data is missing.
#include <catch2/catch.hpp>

#include <cstdio>
#include <vector>

#include "machines/vax/vax_cpu_device.hpp"
#include "machines/vax/vax_machine.hpp"

using namespace simmon;
using namespace simmon::vax;

TEST_CASE("vax EHKAA: the core instruction test runs to its final HALT") {
    const std::string path = std::string(SIMMON_TESTDATA) + "/vax/ehkaa.exe";
    std::FILE* f = std::fopen(path.c_str(), "rb");
    REQUIRE(f != nullptr);  // the test data must be there
    std::fclose(f);
    VaxMachine m;
    REQUIRE(m.load(path, 0, {"0"}).is_ok());
    m.reset();
    m.cpu().set_pc(0x200);
    RunRequest run;
    run.max_instructions = 5'000'000;
    const StopInfo stop = m.run(run);
    INFO(stop.message);
    INFO("PC " << std::hex << m.cpu().pc() << " after " << std::dec << m.cpu().instructions_executed() << " instructions");
    CHECK(stop.code == StopCode::Halt);
    CHECK(m.cpu().pc() == 0x80018AD1u);
}
