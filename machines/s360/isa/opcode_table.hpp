// The System/360 instruction set, described once: one row per opcode with its mnemonic,
// format, operand syntax, feature, privilege and the models that have it. The CPU's
// dispatch tables, the disassembler, symbolic DEPOSIT and the asm360 assembler all read
// this table, so they cannot disagree about an instruction.
//
// Sources: IBM System/360 Principles of Operation (GA22-6821), "Instruction formats" and
// Appendix A (instruction list); IBM System/360 Model 67 Functional Characteristics
// (GA27-2719) for the 67's additions BAS, BASR, LMC, STMC and LRA.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>

namespace simmon::s360 {

// The five S/360 formats (PoO "Instruction Format"). The opcode's two high bits give the
// length: 00 RR (2 bytes), 01 and 10 RX/RS/SI (4 bytes), 11 SS (6 bytes). The Model 67
// adds no format of its own: its new instructions are RR (BASR), RX (BAS, LRA) and RS
// (LMC, STMC).
enum class Format : std::uint8_t { RR, RX, RS, SI, SS };

// How the operands are written in assembler language (and so how a disassembler prints
// them and an assembler parses them). The bit layout is the format's; the kind says what
// each field means.
enum class OperandKind : std::uint8_t {
    RegReg,        // RR   R1,R2          LR 1,2
    MaskReg,       // RR   M1,R2          BCR 15,14
    Reg,           // RR   R1             SPM 1  (R2 field ignored)
    Immediate8,    // RR   I              SVC 3  (the whole byte 1)
    FpRegFpReg,    // RR   R1,R2 floating-point registers 0, 2, 4, 6
    RegStorageX,   // RX   R1,D2(X2,B2)
    MaskStorageX,  // RX   M1,D2(X2,B2)   BC 8,LOOP
    FpRegStorageX, // RX   R1,D2(X2,B2) with R1 a floating-point register
    RegRegStorage, // RS   R1,R3,D2(B2)   LM, STM, BXH, BXLE, LMC, STMC, DIAG
    RegShift,      // RS   R1,D2(B2)      shifts: R3 ignored, the address is the count
    StorageImm,    // SI   D1(B1),I2      MVI, CLI, TM ...
    Storage,       // SI   D1(B1)         SSM, LPSW, SIO, TIO, HIO, TCH, TS (I2 ignored)
    StorageLength, // SS   D1(L,B1),D2(B2)        one 8-bit length (MVC, CLC, TR, ED ...)
    TwoLengths,    // SS   D1(L1,B1),D2(L2,B2)    two 4-bit lengths (decimal, PACK, UNPK, MVO)
};

// The optional features of a System/360 (PoO "System Alternatives"): the standard
// instruction set, and the decimal, floating-point, storage-protection and direct-control
// features. The Model 67 adds its own instructions (Model67). Our 65 and 67 have the
// universal set (standard + decimal + floating point + protection); direct control is not
// installed, so WRD and RDD are operation exceptions (PoO: an uninstalled feature's
// instructions are invalid operations).
enum class Feature : std::uint8_t { Standard, Decimal, FloatingPoint, Protection, DirectControl, Model67 };

// Which CPU models have an opcode, as a mask.
inline constexpr std::uint8_t kModel65 = 0x01;
inline constexpr std::uint8_t kModel67 = 0x02;
inline constexpr std::uint8_t kModelsAll = kModel65 | kModel67;

// Register constraints the PoO checks (specification exception when broken); the
// assembler may warn about them at assembly time.
inline constexpr std::uint8_t kEvenR1 = 0x01;   // R1 names an even/odd pair (MR, D, SLDA ...)
inline constexpr std::uint8_t kFpR1 = 0x02;     // R1 must be 0, 2, 4 or 6
inline constexpr std::uint8_t kFpR2 = 0x04;     // R2 must be 0, 2, 4 or 6

struct OpcodeInfo {
    std::uint8_t opcode;
    std::string_view mnemonic;
    Format format;
    OperandKind operands;
    Feature feature;
    bool privileged;
    std::uint8_t models;       // kModel65 / kModel67
    std::uint8_t constraints;  // kEvenR1, kFpR1, kFpR2
    std::string_view name;     // the PoO's name for it
};

// Length in bytes of an instruction whose first byte is `opcode`, from its two high bits
// (PoO "Instruction Format"); true of every opcode, valid or not.
constexpr unsigned instruction_length(std::uint8_t opcode) {
    return opcode < 0x40 ? 2u : opcode < 0xC0 ? 4u : 6u;
}
constexpr unsigned format_length(Format f) {
    return f == Format::RR ? 2u : f == Format::SS ? 6u : 4u;
}
std::string_view format_name(Format f);

// Every opcode of the System/360 Models 65 and 67, in opcode order.
std::span<const OpcodeInfo> opcode_table();
// The row for an opcode, or nullptr when no model has it.
const OpcodeInfo* find_opcode(std::uint8_t opcode);
// The row for a machine mnemonic (upper case, as written in the table), or nullptr.
const OpcodeInfo* find_mnemonic(std::string_view mnemonic);
// True when `model_mask` (kModel65 or kModel67) has the opcode: in the table, for that
// model, and its feature installed (direct control is not).
bool model_has(const OpcodeInfo& info, std::uint8_t model_mask);

// The extended branch mnemonics of the System/360 assemblers: BC or BCR with a fixed
// mask (B = BC 15, BER = BCR 8 ...). After a compare "high" is CC2, "low" CC1, "equal"
// CC0; after arithmetic "plus" CC2, "minus" CC1, "zero" CC0, "overflow" CC3; after TM
// "ones" CC3, "mixed" CC1, "zeros" CC0.
struct ExtendedMnemonic {
    std::string_view mnemonic;
    std::uint8_t opcode;  // 0x47 BC or 0x07 BCR
    std::uint8_t mask;    // the M1 field
};
std::span<const ExtendedMnemonic> extended_mnemonics();
const ExtendedMnemonic* find_extended_mnemonic(std::string_view mnemonic);
// The extended mnemonic a disassembler prints for BC/BCR with this mask, or nullptr.
const ExtendedMnemonic* extended_mnemonic_for(std::uint8_t opcode, std::uint8_t mask);

}  // namespace simmon::s360
