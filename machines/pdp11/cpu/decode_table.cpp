// The 64K-entry decode table, built when the model is chosen: which handler runs each
// opcode range. Whether the model executes a range at all is not said here but read from
// the one description of the instruction set (isa/opcode_table.cpp) with the model's
// column and options; a range the model lacks stays a reserved instruction (trap
// through 10).
#include <cstddef>

#include "machines/pdp11/cpu/handler_list.hpp"
#include "machines/pdp11/cpu/ops_branch.hpp"
#include "machines/pdp11/cpu/ops_register_forms.hpp"
#include "machines/pdp11/cpu/pdp11_cpu.hpp"
#include "machines/pdp11/isa/opcode_table.hpp"

namespace simmon::pdp11 {

namespace {

// Handler numbers, the index into Pdp11Cpu::kHandlers (handler_list.hpp).
enum Op : std::uint8_t {
#define SIMMON_HANDLER_NUMBER(name, handler) k##name,
    SIMMON_PDP11_HANDLERS(SIMMON_HANDLER_NUMBER)
#undef SIMMON_HANDLER_NUMBER
    kOpCount,
    kBranch = kOpCount,  // placeholder, replaced by a handler per condition
};

struct OpcodeRange {
    std::uint16_t first, last;
    Op op;
};

// PDP-11 Processor Handbook, appendix "Instruction set" (numeric order).
constexpr OpcodeRange kInstructionSet[] = {
    {0000000, 0000000, kHalt},    {0000001, 0000001, kWait},
    {0000002, 0000002, kRti},     {0000003, 0000003, kBpt},
    {0000004, 0000004, kIot},     {0000005, 0000005, kReset},
    {0000006, 0000006, kRtt},     {0000100, 0000177, kJmp},
    {0000200, 0000207, kRts},     {0000230, 0000237, kSpl},
    {0000240, 0000277, kCcode},   {0000300, 0000377, kSwab},
    {0000400, 0003777, kBranch},  {0004000, 0004777, kJsr},
    {0005000, 0005077, kClr},     {0005100, 0005177, kCom},
    {0005200, 0005277, kInc},     {0005300, 0005377, kDec},
    {0005400, 0005477, kNeg},     {0005500, 0005577, kAdc},
    {0005600, 0005677, kSbc},     {0005700, 0005777, kTst},
    {0006000, 0006077, kRor},     {0006100, 0006177, kRol},
    {0006200, 0006277, kAsr},     {0006300, 0006377, kAsl},
    {0006400, 0006477, kMark},    {0006500, 0006577, kMfpi},
    {0006600, 0006677, kMtpi},    {0006700, 0006777, kSxt},
    {0010000, 0017777, kMov},     {0020000, 0027777, kCmp},
    {0030000, 0037777, kBit},     {0040000, 0047777, kBic},
    {0050000, 0057777, kBis},     {0060000, 0067777, kAdd},
    {0070000, 0070777, kMul},      {0071000, 0071777, kDiv},
    {0072000, 0072777, kAsh},      {0073000, 0073777, kAshc},
    {0074000, 0074777, kXor},     {0077000, 0077777, kSob},
    {0100000, 0103777, kBranch},  {0104000, 0104377, kEmt},
    {0104400, 0104777, kTrap},    {0105000, 0105077, kClrb},
    {0105100, 0105177, kComb},    {0105200, 0105277, kIncb},
    {0105300, 0105377, kDecb},    {0105400, 0105477, kNegb},
    {0105500, 0105577, kAdcb},    {0105600, 0105677, kSbcb},
    {0105700, 0105777, kTstb},    {0106000, 0106077, kRorb},
    {0106100, 0106177, kRolb},    {0106200, 0106277, kAsrb},
    {0106300, 0106377, kAslb},    {0106400, 0106477, kMtps},
    {0106500, 0106577, kMfpd}, {0106600, 0106677, kMtpd},
    {0106700, 0106777, kMfps}, {0110000, 0117777, kMovb},
    {0120000, 0127777, kCmpb},    {0130000, 0137777, kBitb},
    {0140000, 0147777, kBicb},    {0150000, 0157777, kBisb},
    {0160000, 0167777, kSub},     {0170000, 0177777, kFp11},
};

// A range is one instruction's opcodes (the FP11 range: all of the FP11's, whose
// handler decodes further), so its first word's row decides.
bool model_executes(const CpuModel& m, const OpcodeRange& r) {
    const Opcode* row = decode_opcode(r.first);
    return row && model_has(*row, m.isa_model, m.options);
}

}  // namespace

const Pdp11Cpu::Handler Pdp11Cpu::kHandlers[] = {
#define SIMMON_HANDLER_POINTER(name, handler) handler,
    SIMMON_PDP11_HANDLERS(SIMMON_HANDLER_POINTER)
#undef SIMMON_HANDLER_POINTER
};

bool Pdp11Cpu::executes(std::uint16_t word) const { return decode_[word] != kReserved; }

void Pdp11Cpu::build_decode_table() {
    static_assert(sizeof(kHandlers) / sizeof(kHandlers[0]) == kOpCount);
    static_assert(kOpCount < 256, "handler numbers are bytes in the decode table");
    decode_.fill(kReserved);
    for (const OpcodeRange& r : kInstructionSet) {
        if (!model_executes(*model_, r)) continue;
        for (std::uint32_t ir = r.first; ir <= r.last; ++ir) decode_[ir] = r.op;
    }
    // MOV: a handler per pair of addressing modes.
    for (std::uint32_t ir = 0010000; ir <= 0017777; ++ir)
        decode_[ir] = static_cast<std::uint8_t>(kMov00 + (((ir >> 9) & 7) << 3) + ((ir >> 3) & 7));
    // CMP, CMPB, BIT, BITB: a handler per destination mode.
    struct DestinationForms {
        std::uint16_t base;
        Op mode0;
    };
    for (DestinationForms f : {DestinationForms{0020000, kCmpD0}, {0120000, kCmpbD0}, {0030000, kBitD0},
                               {0130000, kBitbD0}})
        for (std::uint32_t ir = f.base; ir <= f.base + 07777u; ++ir)
            decode_[ir] = static_cast<std::uint8_t>(f.mode0 + ((ir >> 3) & 7));
    // Register forms get handlers that skip operand decoding: OP Rs,Rd and OP #n,Rd.
    struct RegisterForm {
        std::uint16_t base;
        Op from_register, from_immediate;
    };
    for (RegisterForm f : {RegisterForm{0010000, kMovRR, kMovIR}, {0060000, kAddRR, kAddIR}, {0160000, kSubRR, kSubIR},
                           {0020000, kCmpRR, kCmpIR}, {0030000, kBitRR, kBitIR}, {0040000, kBicRR, kBicIR},
                           {0050000, kBisRR, kBisIR}})
        for (std::uint32_t d = 0; d < 8; ++d) {
            for (std::uint32_t s = 0; s < 8; ++s) decode_[f.base | (s << 6) | d] = f.from_register;
            decode_[f.base | (kImmediate << 6) | d] = f.from_immediate;
        }
    struct SingleRegisterForm {
        std::uint16_t base;
        Op op;
    };
    for (SingleRegisterForm f :
         {SingleRegisterForm{0005000, kClrR}, {0005200, kIncR}, {0005300, kDecR}, {0005700, kTstR}})
        for (std::uint32_t d = 0; d < 8; ++d) decode_[f.base | d] = f.op;
    // JMP and JSR: a handler per destination mode (mode 0 stays the illegal-register trap).
    for (std::uint32_t mode = 1; mode < 8; ++mode)
        for (std::uint32_t reg = 0; reg < 8; ++reg) {
            decode_[0000100 | (mode << 3) | reg] = static_cast<std::uint8_t>(kJmp1 + mode - 1);
            for (std::uint32_t link = 0; link < 8; ++link)
                decode_[0004000 | (link << 6) | (mode << 3) | reg] = static_cast<std::uint8_t>(kJsr1 + mode - 1);
        }
    // KD11-A: a register source is read after the destination address is formed, so
    // OPR Rn,(Rn)+ and the like see Rn stepped (DBKDM), and OPR PC,X(Rn) / @X(Rn) sees
    // the PC past the index word: MOV PC,X stores the instruction's address + 4 (DBKTG).
    if (model_->source_register_after_dest) {
        for (std::uint32_t group = 1; group <= 016; ++group) {
            if (group == 7 || group == 010) continue;  // EIS/XOR, branches: not double operand
            const auto late = static_cast<std::uint8_t>(kMovL + (((group & 010) ? 6 : 0) + (group & 7) - 1));
            for (std::uint32_t r = 0; r < 8; ++r)
                for (std::uint32_t mode = 2; mode <= 5; ++mode) decode_[(group << 12) | (r << 6) | (mode << 3) | r] = late;
            for (std::uint32_t dst = 060; dst <= 077; ++dst) decode_[(group << 12) | (07 << 6) | dst] = late;
        }
    }
    // Branches: one handler per condition (opcode bit 15 and bits 10:8).
    for (std::uint32_t ir = 0; ir < 65536; ++ir)
        if (decode_[ir] == kBranch)
            decode_[ir] = static_cast<std::uint8_t>(kBcc1 + (((ir >> 12) & 8) | ((ir >> 8) & 7)) - 1);
}

}  // namespace simmon::pdp11
