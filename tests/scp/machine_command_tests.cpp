// Commands a machine adds to the SCP (the toy's IPL and LAMPS, as the 360 adds IPL):
// dispatch with the machine's shortest form, switches and arguments, HELP and completion
// reading the same rows, and the SCP refusing a machine whose command would change what
// a built-in command line means.
#include <catch2/catch.hpp>

#include "scp-console/command/command_table.hpp"
#include "scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;
using namespace simmon::toy;

namespace {

std::string bytes_of(std::initializer_list<std::uint16_t> words) {
    std::string s;
    for (std::uint16_t w : words) {
        s.push_back(static_cast<char>(w & 0xFF));
        s.push_back(static_cast<char>(w >> 8));
    }
    return s;
}

// A toy that also adds one command of the given shape.
struct ExtraCommandMachine : ToyMachine {
    ExtraCommandMachine(std::string name, std::size_t min_length) {
        MachineCommand c;
        c.name = std::move(name);
        c.min_length = min_length;
        c.usage = c.name;
        c.help = "test";
        c.handler = [](MachineCommandCall&) { return Status::ok(); };
        add_command(std::move(c));
    }
};

std::string select_with_extra(const std::string& name, std::size_t min_length) {
    Output out;
    Scp scp{{MachineInfo{"extra", "toy with one more command",
                         [=] { return std::unique_ptr<Machine>(std::make_unique<ExtraCommandMachine>(name, min_length)); }}},
            out, false};
    const Status s = scp.select_machine("extra");
    return s ? std::string{} : s.message();
}

}  // namespace

TEST_CASE("a machine command runs from its shortest form up, with switches and arguments", "[machine-commands]") {
    testing::Session s;
    s.toy().toy_cpu().set_pc(0123);
    REQUIRE(s.run("LAMPS") == "");
    CHECK(s.take() == "PC 0123  A 000000\n");
    REQUIRE(s.run("la -b") == "");
    CHECK(s.take() == "PC 0123  A 000000 (blinking)\n");
    CHECK(s.run("LAMP extra") == "LAMPS takes no arguments: extra");
    // One letter is LOAD's short form, not the machine's command.
    CHECK(s.run("L") == "LOAD needs a file name");
}

TEST_CASE("a machine command can load and start the machine (IPL)", "[machine-commands]") {
    testing::TempDir dir;
    testing::Session s;
    CHECK(s.run("IPL") == "IPL: PTR is not attached");
    // A tape that prints "OK" and halts, loaded and started at 0100.
    const std::string tape = dir.file("ok.ptr", bytes_of({word(LDI, 'O'), word(OUT), word(LDI, 'K'), word(OUT), word(HALT)}));
    REQUIRE(s.run("ATTACH -r PTR " + tape) == "");
    CHECK(s.run("IPL 9") == "IPL: bad address 9");
    REQUIRE(s.run("IP 100") == "");
    CHECK(s.take() == "OK\nHALT instruction, PC: 000112 (HALT)\n");
    CHECK(s.mem(0100) == word(LDI, 'O'));
    CHECK(s.mem(0) == 0);
}

TEST_CASE("HELP and completion list the machine's commands", "[machine-commands]") {
    testing::Session s;
    REQUIRE(s.run("HELP") == "");
    const std::string list = s.take();
    CHECK(list.find("Commands of the toy:\n") != std::string::npos);
    CHECK(list.find("IP(L)                 load the PTR tape at address") != std::string::npos);
    CHECK(list.find("LA(MPS)               show the console lamps") != std::string::npos);
    REQUIRE(s.run("HELP IPL") == "");
    CHECK(s.take() ==
          "IPL [address]\n"
          "  load the PTR tape at address (octal, default 0) and start it there\n"
          "  Shortest form: IP\n"
          "  Resets the machine first, like BOOT PTR, which always loads at 0.\n");
    REQUIRE(s.run("HELP LA") == "");
    CHECK(s.take().rfind("LAMPS\n", 0) == 0);

    using V = std::vector<std::string>;
    CHECK(s.scp.complete("I") == V{"IDEPOSIT", "IEXAMINE", "IF", "IPL"});
    CHECK(s.scp.complete("HELP LA") == V{"LAMPS"});
    CHECK(s.scp.complete("la") == V{"LAMPS"});
}

TEST_CASE("prefixes below the shortest form and typos are not the machine's", "[machine-commands]") {
    testing::Session s;
    CHECK(s.run("I") == "Ambiguous command: I (IEXAMINE, IDEPOSIT, IF)");
    CHECK(s.run("IPX") == "Unknown command: IPX; did you mean IPL?");
    CHECK(s.run("LAMPSS") == "Unknown command: LAMPSS; did you mean LAMPS?");
    // Without the machine the words mean nothing.
    CHECK(find_command("IPL").spec == nullptr);
}

TEST_CASE("the SCP refuses a machine command that would change a built-in line", "[machine-commands]") {
    CHECK(select_with_extra("PANEL", 2) == "");
    CHECK(select_with_extra("EXAMINE", 3) == "Machine extra refused: Machine command EXAMINE: EXA already means the SCP's EXAMINE");
    // "EXAM" typed today is EXAMINE; a machine's EXAM would take it over.
    CHECK(select_with_extra("EXAM", 4) == "Machine extra refused: Machine command EXAM: EXAM already means the SCP's EXAMINE");
    // "E" and "B" are short forms, "BO" a prefix of BOOT.
    CHECK(select_with_extra("EJECT", 1).find("E already means the SCP's EXAMINE") != std::string::npos);
    CHECK(select_with_extra("BOX", 2).find("BO already means the SCP's BOOT") != std::string::npos);
    CHECK(select_with_extra("lower", 1) == "Machine extra refused: Machine command \"lower\" is not an upper-case word");
    CHECK(select_with_extra("PANEL", 0) == "Machine extra refused: Machine command PANEL: shortest form of 0 letters");
    CHECK(select_with_extra("IPL", 2) == "Machine extra refused: Machine command IPL is defined twice");
}

TEST_CASE("a refused machine leaves the session's machine in place", "[machine-commands]") {
    Output out;
    std::vector<MachineInfo> list = toy_machine_list();
    list.push_back({"bad", "clashing", [] { return std::unique_ptr<Machine>(std::make_unique<ExtraCommandMachine>("RUN", 1)); }});
    Scp scp{list, out, false};
    REQUIRE(scp.select_machine("toy"));
    CHECK_FALSE(scp.select_machine("bad"));
    CHECK(scp.machine().name() == "toy");
    CHECK(scp.machine_commands().size() == 2);
    CHECK(scp.execute_line("LAMPS"));
}
