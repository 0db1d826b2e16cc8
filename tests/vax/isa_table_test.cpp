// The VAX isa table: every row parses, opcodes are unique and in order, the one- and
// two-byte opcodes the ARM lists are there with the right operand lists.
#include <catch2/catch.hpp>

#include <set>

#include "machines/vax/isa/opcode_table.hpp"

using namespace simmon::vax;

TEST_CASE("vax isa: every row parses and opcodes are unique") {
    std::set<std::uint16_t> seen;
    std::set<std::string_view> names;
    unsigned one_byte = 0, two_byte = 0;
    for (const OpcodeInfo& row : opcode_table()) {
        OperandList list;
        INFO(row.mnemonic);
        CHECK(parse_operands(row.operands, list));
        CHECK(seen.insert(row.opcode).second);
        CHECK(names.insert(row.mnemonic).second);
        CHECK(find_opcode(row.opcode) == &row);
        CHECK(find_mnemonic(row.mnemonic) == &row);
        (row.opcode > 0xFF ? two_byte : one_byte)++;
    }
    // 256 one-byte codes less the reserved 57, 59-5B, 77, FD (prefix), FE, FF.
    CHECK(one_byte == 248);
    CHECK(two_byte == 56);
    CHECK(find_opcode(0x57) == nullptr);
    CHECK(find_opcode(0xFD57) == nullptr);
    CHECK(find_opcode(0xFE00) == nullptr);
}

TEST_CASE("vax isa: operand lists as the ARM writes them") {
    auto ops = [](std::uint16_t opcode) { return operands_of(*find_opcode(opcode)); };
    const OperandList movc5 = ops(0x2C);
    REQUIRE(movc5.count == 5);
    CHECK(movc5.spec[2].access == Access::Read);
    CHECK(movc5.spec[2].type == DataType::Byte);
    const OperandList bbs = ops(0xE0);
    REQUIRE(bbs.count == 3);
    CHECK(bbs.spec[1].access == Access::Field);
    CHECK(bbs.spec[2].access == Access::Branch);
    const OperandList acbg = ops(0xFD4F);
    REQUIRE(acbg.count == 4);
    CHECK(acbg.spec[0].type == DataType::GFloat);
    CHECK(acbg.spec[3].type == DataType::Word);
    CHECK(find_opcode(0xFD32)->mnemonic == "CVTDH");
    CHECK(find_opcode(0xFD33)->mnemonic == "CVTGF");
    CHECK(find_opcode(0x0A)->mnemonic == "INDEX");
    CHECK(ops(0x0A).count == 6);
    CHECK(find_opcode(0x20)->cvax == Cvax::Emulated);
    CHECK(find_opcode(0xFD60)->cvax == Cvax::Reserved);
    OperandList bad;
    CHECK_FALSE(parse_operands("rx", bad));
    CHECK_FALSE(parse_operands("rl,", bad));
    CHECK_FALSE(parse_operands("rl,rl,rl,rl,rl,rl,rl", bad));
    CHECK_FALSE(parse_operands("bl", bad));
}

#include "machines/vax/cpu/handler_support.hpp"

TEST_CASE("vax isa: every instruction the CVAX runs has a handler") {
    simmon::PhysicalMemory memory;
    memory.resize(1 << 16);
    VaxCpu cpu(memory);
    for (const OpcodeInfo& row : opcode_table()) {
        INFO(row.mnemonic);
        const VaxCpu::DecodeEntry& d = cpu.decode_[opcode_index(row.opcode)];
        if (row.cvax == Cvax::Native) CHECK(d.handler != ops::unimplemented);
        if (row.cvax == Cvax::Emulated) CHECK(d.handler == ops::emulated);
        if (row.cvax == Cvax::Reserved) CHECK(d.handler == ops::reserved);
    }
}
