// The rows of the System/360 opcode table (PoO GA22-6821 Appendix A; GA27-2719 for the
// Model 67 additions). Read the columns as: opcode, mnemonic, format, operand syntax,
// feature, privileged, models, register constraints, name.
#include "machines/s360/isa/opcode_table.hpp"

#include <algorithm>
#include <array>

namespace simmon::s360 {
namespace {

using enum Format;
using K = OperandKind;
using Ft = Feature;
constexpr bool P = true;   // privileged
constexpr bool U = false;  // allowed in problem state
constexpr std::uint8_t All = kModelsAll;
constexpr std::uint8_t M67 = kModel67;
constexpr std::uint8_t E = kEvenR1;
constexpr std::uint8_t FF = kFpR1 | kFpR2;
constexpr std::uint8_t F1 = kFpR1;

constexpr OpcodeInfo kTable[] = {
    // ---- RR ----
    {0x04, "SPM", RR, K::Reg, Ft::Standard, U, All, 0, "Set Program Mask"},
    {0x05, "BALR", RR, K::RegReg, Ft::Standard, U, All, 0, "Branch and Link"},
    {0x06, "BCTR", RR, K::RegReg, Ft::Standard, U, All, 0, "Branch on Count"},
    {0x07, "BCR", RR, K::MaskReg, Ft::Standard, U, All, 0, "Branch on Condition"},
    {0x08, "SSK", RR, K::RegReg, Ft::Protection, P, All, 0, "Set Storage Key"},
    {0x09, "ISK", RR, K::RegReg, Ft::Protection, P, All, 0, "Insert Storage Key"},
    {0x0A, "SVC", RR, K::Immediate8, Ft::Standard, U, All, 0, "Supervisor Call"},
    {0x0D, "BASR", RR, K::RegReg, Ft::Model67, U, M67, 0, "Branch and Store"},
    {0x10, "LPR", RR, K::RegReg, Ft::Standard, U, All, 0, "Load Positive"},
    {0x11, "LNR", RR, K::RegReg, Ft::Standard, U, All, 0, "Load Negative"},
    {0x12, "LTR", RR, K::RegReg, Ft::Standard, U, All, 0, "Load and Test"},
    {0x13, "LCR", RR, K::RegReg, Ft::Standard, U, All, 0, "Load Complement"},
    {0x14, "NR", RR, K::RegReg, Ft::Standard, U, All, 0, "AND"},
    {0x15, "CLR", RR, K::RegReg, Ft::Standard, U, All, 0, "Compare Logical"},
    {0x16, "OR", RR, K::RegReg, Ft::Standard, U, All, 0, "OR"},
    {0x17, "XR", RR, K::RegReg, Ft::Standard, U, All, 0, "Exclusive OR"},
    {0x18, "LR", RR, K::RegReg, Ft::Standard, U, All, 0, "Load"},
    {0x19, "CR", RR, K::RegReg, Ft::Standard, U, All, 0, "Compare"},
    {0x1A, "AR", RR, K::RegReg, Ft::Standard, U, All, 0, "Add"},
    {0x1B, "SR", RR, K::RegReg, Ft::Standard, U, All, 0, "Subtract"},
    {0x1C, "MR", RR, K::RegReg, Ft::Standard, U, All, E, "Multiply"},
    {0x1D, "DR", RR, K::RegReg, Ft::Standard, U, All, E, "Divide"},
    {0x1E, "ALR", RR, K::RegReg, Ft::Standard, U, All, 0, "Add Logical"},
    {0x1F, "SLR", RR, K::RegReg, Ft::Standard, U, All, 0, "Subtract Logical"},
    {0x20, "LPDR", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Load Positive (Long)"},
    {0x21, "LNDR", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Load Negative (Long)"},
    {0x22, "LTDR", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Load and Test (Long)"},
    {0x23, "LCDR", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Load Complement (Long)"},
    {0x24, "HDR", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Halve (Long)"},
    {0x28, "LDR", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Load (Long)"},
    {0x29, "CDR", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Compare (Long)"},
    {0x2A, "ADR", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Add Normalized (Long)"},
    {0x2B, "SDR", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Subtract Normalized (Long)"},
    {0x2C, "MDR", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Multiply (Long)"},
    {0x2D, "DDR", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Divide (Long)"},
    {0x2E, "AWR", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Add Unnormalized (Long)"},
    {0x2F, "SWR", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Subtract Unnormalized (Long)"},
    {0x30, "LPER", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Load Positive (Short)"},
    {0x31, "LNER", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Load Negative (Short)"},
    {0x32, "LTER", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Load and Test (Short)"},
    {0x33, "LCER", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Load Complement (Short)"},
    {0x34, "HER", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Halve (Short)"},
    {0x38, "LER", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Load (Short)"},
    {0x39, "CER", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Compare (Short)"},
    {0x3A, "AER", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Add Normalized (Short)"},
    {0x3B, "SER", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Subtract Normalized (Short)"},
    {0x3C, "MER", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Multiply (Short)"},
    {0x3D, "DER", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Divide (Short)"},
    {0x3E, "AUR", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Add Unnormalized (Short)"},
    {0x3F, "SUR", RR, K::FpRegFpReg, Ft::FloatingPoint, U, All, FF, "Subtract Unnormalized (Short)"},
    // ---- RX ----
    {0x40, "STH", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Store Halfword"},
    {0x41, "LA", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Load Address"},
    {0x42, "STC", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Store Character"},
    {0x43, "IC", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Insert Character"},
    {0x44, "EX", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Execute"},
    {0x45, "BAL", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Branch and Link"},
    {0x46, "BCT", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Branch on Count"},
    {0x47, "BC", RX, K::MaskStorageX, Ft::Standard, U, All, 0, "Branch on Condition"},
    {0x48, "LH", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Load Halfword"},
    {0x49, "CH", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Compare Halfword"},
    {0x4A, "AH", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Add Halfword"},
    {0x4B, "SH", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Subtract Halfword"},
    {0x4C, "MH", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Multiply Halfword"},
    {0x4D, "BAS", RX, K::RegStorageX, Ft::Model67, U, M67, 0, "Branch and Store"},
    {0x4E, "CVD", RX, K::RegStorageX, Ft::Decimal, U, All, 0, "Convert to Decimal"},
    {0x4F, "CVB", RX, K::RegStorageX, Ft::Decimal, U, All, 0, "Convert to Binary"},
    {0x50, "ST", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Store"},
    {0x54, "N", RX, K::RegStorageX, Ft::Standard, U, All, 0, "AND"},
    {0x55, "CL", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Compare Logical"},
    {0x56, "O", RX, K::RegStorageX, Ft::Standard, U, All, 0, "OR"},
    {0x57, "X", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Exclusive OR"},
    {0x58, "L", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Load"},
    {0x59, "C", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Compare"},
    {0x5A, "A", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Add"},
    {0x5B, "S", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Subtract"},
    {0x5C, "M", RX, K::RegStorageX, Ft::Standard, U, All, E, "Multiply"},
    {0x5D, "D", RX, K::RegStorageX, Ft::Standard, U, All, E, "Divide"},
    {0x5E, "AL", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Add Logical"},
    {0x5F, "SL", RX, K::RegStorageX, Ft::Standard, U, All, 0, "Subtract Logical"},
    {0x60, "STD", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Store (Long)"},
    {0x68, "LD", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Load (Long)"},
    {0x69, "CD", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Compare (Long)"},
    {0x6A, "AD", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Add Normalized (Long)"},
    {0x6B, "SD", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Subtract Normalized (Long)"},
    {0x6C, "MD", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Multiply (Long)"},
    {0x6D, "DD", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Divide (Long)"},
    {0x6E, "AW", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Add Unnormalized (Long)"},
    {0x6F, "SW", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Subtract Unnormalized (Long)"},
    {0x70, "STE", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Store (Short)"},
    {0x78, "LE", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Load (Short)"},
    {0x79, "CE", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Compare (Short)"},
    {0x7A, "AE", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Add Normalized (Short)"},
    {0x7B, "SE", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Subtract Normalized (Short)"},
    {0x7C, "ME", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Multiply (Short)"},
    {0x7D, "DE", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Divide (Short)"},
    {0x7E, "AU", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Add Unnormalized (Short)"},
    {0x7F, "SU", RX, K::FpRegStorageX, Ft::FloatingPoint, U, All, F1, "Subtract Unnormalized (Short)"},
    // ---- RS and SI ----
    {0x80, "SSM", SI, K::Storage, Ft::Standard, P, All, 0, "Set System Mask"},
    {0x82, "LPSW", SI, K::Storage, Ft::Standard, P, All, 0, "Load PSW"},
    // DIAGNOSE is SI in the PoO with a model-dependent meaning; CP's convention writes it
    // DIAG Rx,Ry,code (RS layout, same bits), which is how our tools show it.
    {0x83, "DIAG", SI, K::RegRegStorage, Ft::Standard, P, All, 0, "Diagnose"},
    {0x84, "WRD", SI, K::StorageImm, Ft::DirectControl, P, All, 0, "Write Direct"},
    {0x85, "RDD", SI, K::StorageImm, Ft::DirectControl, P, All, 0, "Read Direct"},
    {0x86, "BXH", RS, K::RegRegStorage, Ft::Standard, U, All, 0, "Branch on Index High"},
    {0x87, "BXLE", RS, K::RegRegStorage, Ft::Standard, U, All, 0, "Branch on Index Low or Equal"},
    {0x88, "SRL", RS, K::RegShift, Ft::Standard, U, All, 0, "Shift Right Single Logical"},
    {0x89, "SLL", RS, K::RegShift, Ft::Standard, U, All, 0, "Shift Left Single Logical"},
    {0x8A, "SRA", RS, K::RegShift, Ft::Standard, U, All, 0, "Shift Right Single"},
    {0x8B, "SLA", RS, K::RegShift, Ft::Standard, U, All, 0, "Shift Left Single"},
    {0x8C, "SRDL", RS, K::RegShift, Ft::Standard, U, All, E, "Shift Right Double Logical"},
    {0x8D, "SLDL", RS, K::RegShift, Ft::Standard, U, All, E, "Shift Left Double Logical"},
    {0x8E, "SRDA", RS, K::RegShift, Ft::Standard, U, All, E, "Shift Right Double"},
    {0x8F, "SLDA", RS, K::RegShift, Ft::Standard, U, All, E, "Shift Left Double"},
    {0x90, "STM", RS, K::RegRegStorage, Ft::Standard, U, All, 0, "Store Multiple"},
    {0x91, "TM", SI, K::StorageImm, Ft::Standard, U, All, 0, "Test under Mask"},
    {0x92, "MVI", SI, K::StorageImm, Ft::Standard, U, All, 0, "Move Immediate"},
    {0x93, "TS", SI, K::Storage, Ft::Standard, U, All, 0, "Test and Set"},
    {0x94, "NI", SI, K::StorageImm, Ft::Standard, U, All, 0, "AND Immediate"},
    {0x95, "CLI", SI, K::StorageImm, Ft::Standard, U, All, 0, "Compare Logical Immediate"},
    {0x96, "OI", SI, K::StorageImm, Ft::Standard, U, All, 0, "OR Immediate"},
    {0x97, "XI", SI, K::StorageImm, Ft::Standard, U, All, 0, "Exclusive OR Immediate"},
    {0x98, "LM", RS, K::RegRegStorage, Ft::Standard, U, All, 0, "Load Multiple"},
    {0x9C, "SIO", SI, K::Storage, Ft::Standard, P, All, 0, "Start I/O"},
    {0x9D, "TIO", SI, K::Storage, Ft::Standard, P, All, 0, "Test I/O"},
    {0x9E, "HIO", SI, K::Storage, Ft::Standard, P, All, 0, "Halt I/O"},
    {0x9F, "TCH", SI, K::Storage, Ft::Standard, P, All, 0, "Test Channel"},
    {0xB0, "STMC", RS, K::RegRegStorage, Ft::Model67, P, M67, 0, "Store Multiple Control"},
    {0xB1, "LRA", RX, K::RegStorageX, Ft::Model67, P, M67, 0, "Load Real Address"},
    {0xB8, "LMC", RS, K::RegRegStorage, Ft::Model67, P, M67, 0, "Load Multiple Control"},
    // ---- SS ----
    {0xD1, "MVN", SS, K::StorageLength, Ft::Standard, U, All, 0, "Move Numerics"},
    {0xD2, "MVC", SS, K::StorageLength, Ft::Standard, U, All, 0, "Move Characters"},
    {0xD3, "MVZ", SS, K::StorageLength, Ft::Standard, U, All, 0, "Move Zones"},
    {0xD4, "NC", SS, K::StorageLength, Ft::Standard, U, All, 0, "AND Characters"},
    {0xD5, "CLC", SS, K::StorageLength, Ft::Standard, U, All, 0, "Compare Logical Characters"},
    {0xD6, "OC", SS, K::StorageLength, Ft::Standard, U, All, 0, "OR Characters"},
    {0xD7, "XC", SS, K::StorageLength, Ft::Standard, U, All, 0, "Exclusive OR Characters"},
    {0xDC, "TR", SS, K::StorageLength, Ft::Standard, U, All, 0, "Translate"},
    {0xDD, "TRT", SS, K::StorageLength, Ft::Standard, U, All, 0, "Translate and Test"},
    {0xDE, "ED", SS, K::StorageLength, Ft::Decimal, U, All, 0, "Edit"},
    {0xDF, "EDMK", SS, K::StorageLength, Ft::Decimal, U, All, 0, "Edit and Mark"},
    {0xF1, "MVO", SS, K::TwoLengths, Ft::Standard, U, All, 0, "Move with Offset"},
    {0xF2, "PACK", SS, K::TwoLengths, Ft::Standard, U, All, 0, "Pack"},
    {0xF3, "UNPK", SS, K::TwoLengths, Ft::Standard, U, All, 0, "Unpack"},
    {0xF8, "ZAP", SS, K::TwoLengths, Ft::Decimal, U, All, 0, "Zero and Add"},
    {0xF9, "CP", SS, K::TwoLengths, Ft::Decimal, U, All, 0, "Compare Decimal"},
    {0xFA, "AP", SS, K::TwoLengths, Ft::Decimal, U, All, 0, "Add Decimal"},
    {0xFB, "SP", SS, K::TwoLengths, Ft::Decimal, U, All, 0, "Subtract Decimal"},
    {0xFC, "MP", SS, K::TwoLengths, Ft::Decimal, U, All, 0, "Multiply Decimal"},
    {0xFD, "DP", SS, K::TwoLengths, Ft::Decimal, U, All, 0, "Divide Decimal"},
};

// Masks: 8 CC0, 4 CC1, 2 CC2, 1 CC3 (PoO "Branch on Condition").
constexpr ExtendedMnemonic kExtended[] = {
    {"B", 0x47, 15},   {"NOP", 0x47, 0},  {"BH", 0x47, 2},   {"BL", 0x47, 4},
    {"BE", 0x47, 8},   {"BNH", 0x47, 13}, {"BNL", 0x47, 11}, {"BNE", 0x47, 7},
    {"BO", 0x47, 1},   {"BP", 0x47, 2},   {"BM", 0x47, 4},   {"BZ", 0x47, 8},
    {"BNO", 0x47, 14}, {"BNP", 0x47, 13}, {"BNM", 0x47, 11}, {"BNZ", 0x47, 7},
    {"BR", 0x07, 15},   {"NOPR", 0x07, 0},  {"BHR", 0x07, 2},   {"BLR", 0x07, 4},
    {"BER", 0x07, 8},   {"BNHR", 0x07, 13}, {"BNLR", 0x07, 11}, {"BNER", 0x07, 7},
    {"BOR", 0x07, 1},   {"BPR", 0x07, 2},   {"BMR", 0x07, 4},   {"BZR", 0x07, 8},
    {"BNOR", 0x07, 14}, {"BNPR", 0x07, 13}, {"BNMR", 0x07, 11}, {"BNZR", 0x07, 7},
};

// 256 entries, index = opcode, value = row + 1 (0 = no such opcode); built at compile time.
constexpr std::array<std::uint8_t, 256> make_index() {
    std::array<std::uint8_t, 256> index{};
    for (std::size_t i = 0; i < std::size(kTable); ++i) index[kTable[i].opcode] = static_cast<std::uint8_t>(i + 1);
    return index;
}
constexpr auto kIndex = make_index();

}  // namespace

std::string_view format_name(Format f) {
    switch (f) {
        case RR: return "RR";
        case RX: return "RX";
        case RS: return "RS";
        case SI: return "SI";
        case SS: return "SS";
    }
    return "?";
}

std::span<const OpcodeInfo> opcode_table() { return kTable; }

const OpcodeInfo* find_opcode(std::uint8_t opcode) {
    const auto row = kIndex[opcode];
    return row == 0 ? nullptr : &kTable[row - 1];
}

const OpcodeInfo* find_mnemonic(std::string_view mnemonic) {
    for (const auto& row : kTable)
        if (row.mnemonic == mnemonic) return &row;
    return nullptr;
}

bool model_has(const OpcodeInfo& info, std::uint8_t model_mask) {
    return (info.models & model_mask) != 0 && info.feature != Feature::DirectControl;
}

std::span<const ExtendedMnemonic> extended_mnemonics() { return kExtended; }

const ExtendedMnemonic* find_extended_mnemonic(std::string_view mnemonic) {
    for (const auto& row : kExtended)
        if (row.mnemonic == mnemonic) return &row;
    return nullptr;
}

const ExtendedMnemonic* extended_mnemonic_for(std::uint8_t opcode, std::uint8_t mask) {
    // The first row for a mask is the comparison-style name (BH, BL, BE ...), which
    // disassemblers conventionally print.
    for (const auto& row : kExtended)
        if (row.opcode == opcode && row.mask == mask) return &row;
    return nullptr;
}

}  // namespace simmon::s360
