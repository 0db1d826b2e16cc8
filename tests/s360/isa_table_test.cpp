// The opcode table against the Principles of Operation's instruction list (GA22-6821
// Appendix A) and the Model 67 additions (GA27-2719).
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "machines/s360/isa/opcode_table.hpp"

using namespace simmon::s360;

namespace {

// The PoO's list, opcode by opcode, with each one's format, written independently of the
// table so a wrong or missing row shows up.
struct Expected {
    std::uint8_t opcode;
    const char* mnemonic;
    Format format;
};
const Expected kPoO[] = {
    {0x04, "SPM", Format::RR},   {0x05, "BALR", Format::RR},  {0x06, "BCTR", Format::RR},
    {0x07, "BCR", Format::RR},   {0x08, "SSK", Format::RR},   {0x09, "ISK", Format::RR},
    {0x0A, "SVC", Format::RR},   {0x0D, "BASR", Format::RR},  {0x10, "LPR", Format::RR},
    {0x11, "LNR", Format::RR},   {0x12, "LTR", Format::RR},   {0x13, "LCR", Format::RR},
    {0x14, "NR", Format::RR},    {0x15, "CLR", Format::RR},   {0x16, "OR", Format::RR},
    {0x17, "XR", Format::RR},    {0x18, "LR", Format::RR},    {0x19, "CR", Format::RR},
    {0x1A, "AR", Format::RR},    {0x1B, "SR", Format::RR},    {0x1C, "MR", Format::RR},
    {0x1D, "DR", Format::RR},    {0x1E, "ALR", Format::RR},   {0x1F, "SLR", Format::RR},
    {0x20, "LPDR", Format::RR},  {0x21, "LNDR", Format::RR},  {0x22, "LTDR", Format::RR},
    {0x23, "LCDR", Format::RR},  {0x24, "HDR", Format::RR},   {0x28, "LDR", Format::RR},
    {0x29, "CDR", Format::RR},   {0x2A, "ADR", Format::RR},   {0x2B, "SDR", Format::RR},
    {0x2C, "MDR", Format::RR},   {0x2D, "DDR", Format::RR},   {0x2E, "AWR", Format::RR},
    {0x2F, "SWR", Format::RR},   {0x30, "LPER", Format::RR},  {0x31, "LNER", Format::RR},
    {0x32, "LTER", Format::RR},  {0x33, "LCER", Format::RR},  {0x34, "HER", Format::RR},
    {0x38, "LER", Format::RR},   {0x39, "CER", Format::RR},   {0x3A, "AER", Format::RR},
    {0x3B, "SER", Format::RR},   {0x3C, "MER", Format::RR},   {0x3D, "DER", Format::RR},
    {0x3E, "AUR", Format::RR},   {0x3F, "SUR", Format::RR},   {0x40, "STH", Format::RX},
    {0x41, "LA", Format::RX},    {0x42, "STC", Format::RX},   {0x43, "IC", Format::RX},
    {0x44, "EX", Format::RX},    {0x45, "BAL", Format::RX},   {0x46, "BCT", Format::RX},
    {0x47, "BC", Format::RX},    {0x48, "LH", Format::RX},    {0x49, "CH", Format::RX},
    {0x4A, "AH", Format::RX},    {0x4B, "SH", Format::RX},    {0x4C, "MH", Format::RX},
    {0x4D, "BAS", Format::RX},   {0x4E, "CVD", Format::RX},   {0x4F, "CVB", Format::RX},
    {0x50, "ST", Format::RX},    {0x54, "N", Format::RX},     {0x55, "CL", Format::RX},
    {0x56, "O", Format::RX},     {0x57, "X", Format::RX},     {0x58, "L", Format::RX},
    {0x59, "C", Format::RX},     {0x5A, "A", Format::RX},     {0x5B, "S", Format::RX},
    {0x5C, "M", Format::RX},     {0x5D, "D", Format::RX},     {0x5E, "AL", Format::RX},
    {0x5F, "SL", Format::RX},    {0x60, "STD", Format::RX},   {0x68, "LD", Format::RX},
    {0x69, "CD", Format::RX},    {0x6A, "AD", Format::RX},    {0x6B, "SD", Format::RX},
    {0x6C, "MD", Format::RX},    {0x6D, "DD", Format::RX},    {0x6E, "AW", Format::RX},
    {0x6F, "SW", Format::RX},    {0x70, "STE", Format::RX},   {0x78, "LE", Format::RX},
    {0x79, "CE", Format::RX},    {0x7A, "AE", Format::RX},    {0x7B, "SE", Format::RX},
    {0x7C, "ME", Format::RX},    {0x7D, "DE", Format::RX},    {0x7E, "AU", Format::RX},
    {0x7F, "SU", Format::RX},    {0x80, "SSM", Format::SI},   {0x82, "LPSW", Format::SI},
    {0x83, "DIAG", Format::SI},  {0x84, "WRD", Format::SI},   {0x85, "RDD", Format::SI},
    {0x86, "BXH", Format::RS},   {0x87, "BXLE", Format::RS},  {0x88, "SRL", Format::RS},
    {0x89, "SLL", Format::RS},   {0x8A, "SRA", Format::RS},   {0x8B, "SLA", Format::RS},
    {0x8C, "SRDL", Format::RS},  {0x8D, "SLDL", Format::RS},  {0x8E, "SRDA", Format::RS},
    {0x8F, "SLDA", Format::RS},  {0x90, "STM", Format::RS},   {0x91, "TM", Format::SI},
    {0x92, "MVI", Format::SI},   {0x93, "TS", Format::SI},    {0x94, "NI", Format::SI},
    {0x95, "CLI", Format::SI},   {0x96, "OI", Format::SI},    {0x97, "XI", Format::SI},
    {0x98, "LM", Format::RS},    {0x9C, "SIO", Format::SI},   {0x9D, "TIO", Format::SI},
    {0x9E, "HIO", Format::SI},   {0x9F, "TCH", Format::SI},   {0xB0, "STMC", Format::RS},
    {0xB1, "LRA", Format::RX},   {0xB8, "LMC", Format::RS},   {0xD1, "MVN", Format::SS},
    {0xD2, "MVC", Format::SS},   {0xD3, "MVZ", Format::SS},   {0xD4, "NC", Format::SS},
    {0xD5, "CLC", Format::SS},   {0xD6, "OC", Format::SS},    {0xD7, "XC", Format::SS},
    {0xDC, "TR", Format::SS},    {0xDD, "TRT", Format::SS},   {0xDE, "ED", Format::SS},
    {0xDF, "EDMK", Format::SS},  {0xF1, "MVO", Format::SS},   {0xF2, "PACK", Format::SS},
    {0xF3, "UNPK", Format::SS},  {0xF8, "ZAP", Format::SS},   {0xF9, "CP", Format::SS},
    {0xFA, "AP", Format::SS},    {0xFB, "SP", Format::SS},    {0xFC, "MP", Format::SS},
    {0xFD, "DP", Format::SS},
};

}  // namespace

TEST_CASE("s360 isa: every PoO opcode is in the table once, with its mnemonic and format") {
    REQUIRE(opcode_table().size() == std::size(kPoO));
    REQUIRE(std::size(kPoO) == 148);
    for (const auto& e : kPoO) {
        INFO("opcode " << int(e.opcode));
        const OpcodeInfo* row = find_opcode(e.opcode);
        REQUIRE(row != nullptr);
        CHECK(row->mnemonic == e.mnemonic);
        CHECK(row->format == e.format);
        CHECK(find_mnemonic(e.mnemonic) == row);
    }
    std::set<int> opcodes;
    std::set<std::string> mnemonics;
    for (const auto& row : opcode_table()) {
        CHECK(opcodes.insert(row.opcode).second);
        CHECK(mnemonics.insert(std::string(row.mnemonic)).second);
    }
}

TEST_CASE("s360 isa: lengths follow the opcode's two high bits") {
    for (const auto& row : opcode_table()) {
        INFO(std::string(row.mnemonic));
        CHECK(format_length(row.format) == instruction_length(row.opcode));
    }
    CHECK(instruction_length(0x07) == 2);
    CHECK(instruction_length(0x47) == 4);
    CHECK(instruction_length(0x9C) == 4);
    CHECK(instruction_length(0xD2) == 6);
}

TEST_CASE("s360 isa: S/370 and Model 85 opcodes are not 360/67 instructions") {
    for (int op : {0x0E, 0x0F, 0x25, 0x26, 0x27, 0x35, 0x36, 0x37, 0x67, 0xAC, 0xAD, 0xAE, 0xAF,
                   0xB2, 0xB6, 0xB7, 0xBA, 0xBB, 0xBD, 0xBE, 0xBF, 0xF0, 0x00, 0x01, 0x02, 0x03,
                   0x0B, 0x0C, 0x81, 0xFF})
        CHECK(find_opcode(static_cast<std::uint8_t>(op)) == nullptr);
}

TEST_CASE("s360 isa: privileged operations, features and models") {
    std::set<std::string> privileged;
    for (const auto& row : opcode_table())
        if (row.privileged) privileged.insert(std::string(row.mnemonic));
    CHECK(privileged == std::set<std::string>{"SSK", "ISK", "SSM", "LPSW", "DIAG", "WRD", "RDD", "SIO",
                                              "TIO", "HIO", "TCH", "STMC", "LRA", "LMC"});
    for (const auto& row : opcode_table()) {
        INFO(std::string(row.mnemonic));
        const bool only67 = row.mnemonic == "BAS" || row.mnemonic == "BASR" || row.mnemonic == "LMC" ||
                            row.mnemonic == "STMC" || row.mnemonic == "LRA";
        CHECK(model_has(row, kModel67) == (row.feature != Feature::DirectControl));
        CHECK(model_has(row, kModel65) == (!only67 && row.feature != Feature::DirectControl));
        CHECK((row.feature == Feature::Model67) == only67);
    }
    CHECK(find_mnemonic("TS")->privileged == false);
    CHECK(find_mnemonic("ED")->feature == Feature::Decimal);
    CHECK(find_mnemonic("MER")->feature == Feature::FloatingPoint);
}

TEST_CASE("s360 isa: operand kinds and register constraints") {
    CHECK(find_mnemonic("BCR")->operands == OperandKind::MaskReg);
    CHECK(find_mnemonic("BC")->operands == OperandKind::MaskStorageX);
    CHECK(find_mnemonic("SVC")->operands == OperandKind::Immediate8);
    CHECK(find_mnemonic("MVC")->operands == OperandKind::StorageLength);
    CHECK(find_mnemonic("PACK")->operands == OperandKind::TwoLengths);
    CHECK(find_mnemonic("SLDA")->operands == OperandKind::RegShift);
    CHECK(find_mnemonic("LMC")->operands == OperandKind::RegRegStorage);
    for (const char* m : {"MR", "DR", "M", "D", "SRDL", "SLDL", "SRDA", "SLDA"})
        CHECK((find_mnemonic(m)->constraints & kEvenR1) != 0);
    for (const auto& row : opcode_table()) {
        INFO(std::string(row.mnemonic));
        const bool fp = row.feature == Feature::FloatingPoint;
        CHECK(((row.constraints & kFpR1) != 0) == fp);
        CHECK(((row.constraints & kFpR2) != 0) == (fp && row.format == Format::RR));
        switch (row.operands) {
            case OperandKind::RegReg: case OperandKind::MaskReg: case OperandKind::Reg:
            case OperandKind::Immediate8: case OperandKind::FpRegFpReg:
                CHECK(row.format == Format::RR); break;
            case OperandKind::RegStorageX: case OperandKind::MaskStorageX: case OperandKind::FpRegStorageX:
                CHECK(row.format == Format::RX); break;
            case OperandKind::StorageLength: case OperandKind::TwoLengths:
                CHECK(row.format == Format::SS); break;
            default:
                CHECK((row.format == Format::RS || row.format == Format::SI)); break;
        }
    }
}

TEST_CASE("s360 isa: extended branch mnemonics") {
    CHECK(extended_mnemonics().size() == 32);
    const auto* b = find_extended_mnemonic("B");
    REQUIRE(b);
    CHECK(b->opcode == 0x47);
    CHECK(b->mask == 15);
    CHECK(find_extended_mnemonic("BR")->opcode == 0x07);
    CHECK(find_extended_mnemonic("BNER")->mask == 7);
    CHECK(find_extended_mnemonic("BO")->mask == 1);
    CHECK(find_extended_mnemonic("NOP")->mask == 0);
    CHECK(find_extended_mnemonic("BZ")->mask == find_extended_mnemonic("BE")->mask);
    CHECK(extended_mnemonic_for(0x47, 2)->mnemonic == "BH");
    CHECK(extended_mnemonic_for(0x07, 8)->mnemonic == "BER");
    CHECK(extended_mnemonic_for(0x47, 3) == nullptr);
    for (const auto& e : extended_mnemonics()) CHECK(find_mnemonic(e.mnemonic) == nullptr);
}
