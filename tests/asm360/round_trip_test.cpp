// Assemble, disassemble, reassemble: for every opcode of the table, with operands drawn
// over each field's range, asm360's bytes disassemble (machines/s360/disasm) to text that
// asm360 assembles to the same bytes, and the one-line assembler of symbolic DEPOSIT agrees.
#include <catch2/catch.hpp>

#include <random>

#include "machines/s360/disasm/disassembler.hpp"
#include "machines/s360/isa/opcode_table.hpp"
#include "tests/asm360/asm_test_support.hpp"

using namespace asm360_test;
using simmon::s360::OperandKind;

namespace {

std::string operands_for(OperandKind k, std::mt19937& rng) {
    auto r = [&](int n) { return std::to_string(rng() % static_cast<unsigned>(n)); };
    auto fp = [&] { return std::to_string(2 * (rng() % 4)); };
    auto d = [&] { return r(4096); };
    switch (k) {
    case OperandKind::RegReg:
    case OperandKind::MaskReg: return r(16) + "," + r(16);
    case OperandKind::Reg: return r(16);
    case OperandKind::Immediate8: return r(256);
    case OperandKind::FpRegFpReg: return fp() + "," + fp();
    case OperandKind::RegStorageX:
    case OperandKind::MaskStorageX: return r(16) + "," + d() + "(" + r(16) + "," + r(16) + ")";
    case OperandKind::FpRegStorageX: return fp() + "," + d() + "(" + r(16) + "," + r(16) + ")";
    case OperandKind::RegRegStorage: return r(16) + "," + r(16) + "," + d() + "(" + r(16) + ")";
    case OperandKind::RegShift: return r(16) + "," + d() + "(" + r(16) + ")";
    case OperandKind::StorageImm: return d() + "(" + r(16) + ")," + r(256);
    case OperandKind::Storage: return d() + "(" + r(16) + ")";
    case OperandKind::StorageLength:
        return d() + "(" + std::to_string(1 + rng() % 256) + "," + r(16) + ")," + d() + "(" + r(16) + ")";
    case OperandKind::TwoLengths:
        return d() + "(" + std::to_string(1 + rng() % 16) + "," + r(16) + ")," + d() + "(" + std::to_string(1 + rng() % 16) +
               "," + r(16) + ")";
    }
    return {};
}

std::vector<std::uint8_t> assemble_one(const std::string& statement, std::string& diags) {
    a::AssemblyResult r = assemble("T        CSECT\n         " + statement + "\n         END\n");
    diags = messages(r);
    std::vector<std::uint8_t> img = image_of(r);
    return img;
}

}  // namespace

TEST_CASE("every opcode assembles, disassembles and reassembles to the same bytes", "[asm360][roundtrip]") {
    std::mt19937 rng(1964);
    int checked = 0;
    for (const auto& row : simmon::s360::opcode_table()) {
        for (int variant = 0; variant < 8; ++variant) {
            std::string source = std::string(row.mnemonic) + " " + operands_for(row.operands, rng);
            std::string d1, d2;
            std::vector<std::uint8_t> first = assemble_one(source, d1);
            const int len = static_cast<int>(simmon::s360::format_length(row.format));
            REQUIRE(first.size() >= static_cast<std::size_t>(len));
            first.resize(static_cast<std::size_t>(len));
            int dlen = 0;
            std::string text = simmon::s360::disassemble(first.data(), first.size(), dlen);
            INFO(source << "  ->  " << hex(first) << "  ->  " << text << "\n" << d1);
            CHECK(dlen == len);
            std::vector<std::uint8_t> second = assemble_one(text, d2);
            INFO(d2);
            second.resize(static_cast<std::size_t>(len));
            CHECK(hex(second) == hex(first));
            std::vector<std::uint8_t> deposit;
            CHECK(simmon::s360::assemble(text, deposit).ok());
            CHECK(hex(deposit) == hex(first));
            ++checked;
        }
    }
    CHECK(checked > 1000);
}
