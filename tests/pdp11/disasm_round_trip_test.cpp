// The disassembler and the one-line assembler are both derived from the opcode table;
// these tests check they agree on every word of the opcode space.
#include <catch2/catch.hpp>

#include <map>

#include "machines/pdp11/disasm/macro11.hpp"
#include "machines/pdp11/isa/opcode_table.hpp"

using namespace simmon::pdp11;

namespace {

struct FakeMemory {
    std::map<std::uint32_t, std::uint16_t> words;
    WordReader reader() {
        return [this](std::uint32_t addr, std::uint16_t& w) {
            auto it = words.find(addr);
            if (it == words.end()) return false;
            w = it->second;
            return true;
        };
    }
};

// Disassembles `word` (followed by `extra` words) at `addr`, assembles the text back
// and returns a description of any mismatch ("" when the round trip holds).
std::string round_trip(std::uint16_t word, std::uint16_t extra1, std::uint16_t extra2, std::uint32_t addr) {
    FakeMemory mem;
    mem.words[addr] = word;
    mem.words[addr + 2] = extra1;
    mem.words[addr + 4] = extra2;
    int bytes = 0;
    const std::string text = disassemble(mem.reader(), addr, bytes);
    std::vector<std::uint16_t> out;
    auto status = assemble(text, addr, out);
    if (!status) return text + ": " + status.message();
    if (static_cast<int>(out.size()) * 2 != bytes) return text + ": length differs";
    for (std::size_t i = 0; i < out.size(); ++i)
        if (out[i] != mem.words[addr + 2 * static_cast<std::uint32_t>(i)]) return text + ": encoding differs";
    return "";
}

}  // namespace

TEST_CASE("every 16-bit word survives disassemble then assemble", "[pdp11][disasm]") {
    int failures = 0;
    std::string first;
    for (std::uint32_t w = 0; w <= 0xFFFF; ++w) {
        const std::string problem = round_trip(static_cast<std::uint16_t>(w), 0001234, 0177770, 01000);
        if (!problem.empty() && failures++ == 0) first = problem;
    }
    INFO(first);
    CHECK(failures == 0);
}

TEST_CASE("round trip with other operand words and addresses", "[pdp11][disasm]") {
    // Every double-operand mode pair with index words that wrap and a high address.
    const std::uint16_t extras[][2] = {{0, 0}, {0177777, 0100000}, {077777, 2}};
    const std::uint32_t addrs[] = {0, 0157776, 0177770, 01000000};  // the last: a 22-bit physical address
    for (auto& e : extras)
        for (std::uint32_t a : addrs)
            for (std::uint32_t spec = 0; spec < 010000; ++spec) {
                const std::string problem = round_trip(static_cast<std::uint16_t>(0010000 | spec), e[0], e[1], a);
                const std::string branch = round_trip(static_cast<std::uint16_t>(0000400 | (spec & 0377)), 0, 0, a);
                INFO(branch);
                REQUIRE(branch.empty());
                INFO(problem);
                REQUIRE(problem.empty());
            }
}

TEST_CASE("every table row is reachable by its mnemonic", "[pdp11][disasm]") {
    for (const Opcode& op : opcode_table()) {
        INFO(op.mnemonic);
        const Opcode* found = find_mnemonic(op.mnemonic);
        REQUIRE(found != nullptr);
        CHECK(found->value == op.value);
        if (!op.assembler_alias) {
            CHECK(decode_opcode(op.value) == &op);
        }
    }
}

TEST_CASE("unreadable memory gives question marks", "[pdp11][disasm]") {
    FakeMemory mem;
    int bytes = 0;
    CHECK(disassemble(mem.reader(), 01000, bytes) == "?");
    CHECK(bytes == 2);
    mem.words[01000] = 012700;  // MOV #?,R0 with the immediate word missing
    CHECK(disassemble(mem.reader(), 01000, bytes) == "MOV #?,R0");
    CHECK(bytes == 4);
}
