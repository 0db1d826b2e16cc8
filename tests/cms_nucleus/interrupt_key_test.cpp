// CMS's INTERRUPT key (software-kits/s360/cms, docs/machines/cms.md "DEBUG"): the 360's
// console INTERRUPT key is an external interruption with code X'40' (the system control
// panel's key; under CP, CP's EXTERNAL command). The SCP has no command for it (the panel's
// window has the key), so this session at the SCP presses it as the panel does, through the
// CPU's request_external, between EXPECT/SEND steps like those of the e2e scripts: TICK
// running stops in DEBUG, GO lets it go on; pressed while a line is being typed the key
// waits for its end; RETURN throws the program away; the key at the command loop does
// nothing.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "machines/s360/cpu/s360_cpu.hpp"
#include "machines/s360/s360_machine.hpp"
#include "scp-console/session.hpp"

using namespace simmon;

namespace {

struct CmsSession {
    scp::Output out;
    scp::Scp scp{{MachineInfo{"s360", "S/360", [] { return std::make_unique<s360::S360Machine>(); }}}, out, false};
    CmsSession() { REQUIRE(scp.select_machine("s360")); }
    // Runs a line; "" when it succeeded, else its message.
    std::string run(const std::string& line) {
        const Status s = scp.execute_line(line);
        return s ? std::string{} : s.message();
    }
    std::string take() { return out.take_captured(); }
    // The console's INTERRUPT key.
    void interrupt_key() {
        static_cast<s360::S360Machine&>(scp.machine()).s360_cpu().request_external(s360::kExtInterruptKey);
    }
    // Runs until the console has typed `text` (the run limit fails it otherwise).
    void go_until(const std::string& text) {
        INFO(text);
        REQUIRE(run("EXPECT \"" + text + "\"") == "");
        REQUIRE(run("GO") == "");
    }
};

}  // namespace

TEST_CASE("CMS: the INTERRUPT key stops a running command in DEBUG, GO resumes it, RETURN ends it", "[cms]") {
    const std::string sysvol = std::string(CMS_KIT_DIR) + "/cms/cmssys.ckd";
    REQUIRE(std::filesystem::exists(sysvol));
    CmsSession s;
    REQUIRE(s.run("SET RUNLIMIT 400M") == "");
    REQUIRE(s.run("SET DA0 2314") == "");
    REQUIRE(s.run("ATTACH -r DA0 " + sysvol) == "");
    REQUIRE(s.run("EXPECT \"ENTER DATE AND TIME: MM/DD/YY HH.MM.SS\\r\\n\"") == "");
    REQUIRE(s.run("IPL 190") == "");
    REQUIRE(s.run("SEND \"\\r\"") == "");
    REQUIRE(s.run("SEND \"load tick\\r\"") == "");
    s.go_until("load tick\\r\\nR; ");

    // TICK types a line a second until it is stopped.
    REQUIRE(s.run("SEND \"start\\r\"") == "");
    s.go_until("TICK 2\\r\\n");
    s.interrupt_key();
    s.go_until("DMSDBG728I DEBUG ENTERED EXTERNAL INTERRUPT\\r\\n");
    s.take();
    // The interrupted PSW: enabled, in TICK (the user area from X'20000' on).
    REQUIRE(s.run("SEND \"psw\\r\"") == "");
    s.go_until("psw\\r\\nPSW ");
    REQUIRE(s.run("SEND \"go\\r\"") == "");
    s.go_until("TICK 4\\r\\n");
    const std::string between = s.take();
    CHECK(between.find("TICK 3\r\n") != std::string::npos);

    // Again while TICK's line is being typed (the 1052 types 15 characters a second): the
    // console routine has its operation out, so the key waits until the line has ended.
    s.go_until("TICK 5");
    s.interrupt_key();
    s.go_until("DMSDBG728I DEBUG ENTERED EXTERNAL INTERRUPT\\r\\n");
    CHECK(s.take().find("TICK 5\r\nDMSDBG728I") != std::string::npos);
    REQUIRE(s.run("SEND \"return\\r\"") == "");
    s.go_until("return\\r\\nR; ");
    s.take();

    // At the command loop the key does nothing: the next command runs as usual.
    s.interrupt_key();
    REQUIRE(s.run("SEND \"hello\\r\"") == "");
    s.go_until("HELLO, WORLD, FROM CMS ON THE SYSTEM/360\\r\\nR; ");
    CHECK(s.take().find("DMSDBG728I") == std::string::npos);
}
