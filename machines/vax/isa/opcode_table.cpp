// The rows of the VAX opcode table (ARM appendix A). Read the columns as: opcode,
// mnemonic, operand specifiers (access letter r m w a v b, then data type b w l q o f d g h),
// how the CVAX runs it (N native, E emulation trap, R reserved instruction), name.
#include "machines/vax/isa/opcode_table.hpp"

#include <array>

namespace simmon::vax {
namespace {

constexpr Cvax N = Cvax::Native;
constexpr Cvax E = Cvax::Emulated;
constexpr Cvax R = Cvax::Reserved;

constexpr OpcodeInfo kTable[] = {
    {0x00, "HALT", "", N, "Halt"},
    {0x01, "NOP", "", N, "No Operation"},
    {0x02, "REI", "", N, "Return from Exception or Interrupt"},
    {0x03, "BPT", "", N, "Breakpoint Fault"},
    {0x04, "RET", "", N, "Return from Procedure"},
    {0x05, "RSB", "", N, "Return from Subroutine"},
    {0x06, "LDPCTX", "", N, "Load Process Context"},
    {0x07, "SVPCTX", "", N, "Save Process Context"},
    {0x08, "CVTPS", "rw,ab,rw,ab", E, "Convert Packed to Leading Separate Numeric"},
    {0x09, "CVTSP", "rw,ab,rw,ab", E, "Convert Leading Separate Numeric to Packed"},
    {0x0A, "INDEX", "rl,rl,rl,rl,rl,wl", N, "Compute Index"},
    {0x0B, "CRC", "ab,rl,rw,ab", E, "Calculate Cyclic Redundancy Check"},
    {0x0C, "PROBER", "rb,rw,ab", N, "Probe Read Accessibility"},
    {0x0D, "PROBEW", "rb,rw,ab", N, "Probe Write Accessibility"},
    {0x0E, "INSQUE", "ab,ab", N, "Insert Entry in Queue"},
    {0x0F, "REMQUE", "ab,wl", N, "Remove Entry from Queue"},
    {0x10, "BSBB", "bb", N, "Branch to Subroutine with Byte Displacement"},
    {0x11, "BRB", "bb", N, "Branch with Byte Displacement"},
    {0x12, "BNEQ", "bb", N, "Branch on Not Equal"},
    {0x13, "BEQL", "bb", N, "Branch on Equal"},
    {0x14, "BGTR", "bb", N, "Branch on Greater Than"},
    {0x15, "BLEQ", "bb", N, "Branch on Less Than or Equal"},
    {0x16, "JSB", "ab", N, "Jump to Subroutine"},
    {0x17, "JMP", "ab", N, "Jump"},
    {0x18, "BGEQ", "bb", N, "Branch on Greater Than or Equal"},
    {0x19, "BLSS", "bb", N, "Branch on Less Than"},
    {0x1A, "BGTRU", "bb", N, "Branch on Greater Than Unsigned"},
    {0x1B, "BLEQU", "bb", N, "Branch on Less Than or Equal Unsigned"},
    {0x1C, "BVC", "bb", N, "Branch on Overflow Clear"},
    {0x1D, "BVS", "bb", N, "Branch on Overflow Set"},
    {0x1E, "BGEQU", "bb", N, "Branch on Greater Than or Equal Unsigned (BCC)"},
    {0x1F, "BLSSU", "bb", N, "Branch on Less Than Unsigned (BCS)"},
    {0x20, "ADDP4", "rw,ab,rw,ab", E, "Add Packed 4 Operand"},
    {0x21, "ADDP6", "rw,ab,rw,ab,rw,ab", E, "Add Packed 6 Operand"},
    {0x22, "SUBP4", "rw,ab,rw,ab", E, "Subtract Packed 4 Operand"},
    {0x23, "SUBP6", "rw,ab,rw,ab,rw,ab", E, "Subtract Packed 6 Operand"},
    {0x24, "CVTPT", "rw,ab,ab,rw,ab", E, "Convert Packed to Trailing Numeric"},
    {0x25, "MULP", "rw,ab,rw,ab,rw,ab", E, "Multiply Packed"},
    {0x26, "CVTTP", "rw,ab,ab,rw,ab", E, "Convert Trailing Numeric to Packed"},
    {0x27, "DIVP", "rw,ab,rw,ab,rw,ab", E, "Divide Packed"},
    {0x28, "MOVC3", "rw,ab,ab", N, "Move Character 3 Operand"},
    {0x29, "CMPC3", "rw,ab,ab", N, "Compare Characters 3 Operand"},
    {0x2A, "SCANC", "rw,ab,ab,rb", N, "Scan Characters"},
    {0x2B, "SPANC", "rw,ab,ab,rb", N, "Span Characters"},
    {0x2C, "MOVC5", "rw,ab,rb,rw,ab", N, "Move Character 5 Operand"},
    {0x2D, "CMPC5", "rw,ab,rb,rw,ab", N, "Compare Characters 5 Operand"},
    {0x2E, "MOVTC", "rw,ab,rb,ab,rw,ab", E, "Move Translated Characters"},
    {0x2F, "MOVTUC", "rw,ab,rb,ab,rw,ab", E, "Move Translated Until Character"},
    {0x30, "BSBW", "bw", N, "Branch to Subroutine with Word Displacement"},
    {0x31, "BRW", "bw", N, "Branch with Word Displacement"},
    {0x32, "CVTWL", "rw,wl", N, "Convert Word to Long"},
    {0x33, "CVTWB", "rw,wb", N, "Convert Word to Byte"},
    {0x34, "MOVP", "rw,ab,ab", E, "Move Packed"},
    {0x35, "CMPP3", "rw,ab,ab", E, "Compare Packed 3 Operand"},
    {0x36, "CVTPL", "rw,ab,wl", E, "Convert Packed to Long"},
    {0x37, "CMPP4", "rw,ab,rw,ab", E, "Compare Packed 4 Operand"},
    {0x38, "EDITPC", "rw,ab,ab,ab", E, "Edit Packed to Character String"},
    {0x39, "MATCHC", "rw,ab,rw,ab", E, "Match Characters"},
    {0x3A, "LOCC", "rb,rw,ab", N, "Locate Character"},
    {0x3B, "SKPC", "rb,rw,ab", N, "Skip Character"},
    {0x3C, "MOVZWL", "rw,wl", N, "Move Zero-Extended Word to Long"},
    {0x3D, "ACBW", "rw,rw,mw,bw", N, "Add Compare and Branch Word"},
    {0x3E, "MOVAW", "aw,wl", N, "Move Address Word"},
    {0x3F, "PUSHAW", "aw", N, "Push Address Word"},
    {0x40, "ADDF2", "rf,mf", N, "Add F_floating 2 Operand"},
    {0x41, "ADDF3", "rf,rf,wf", N, "Add F_floating 3 Operand"},
    {0x42, "SUBF2", "rf,mf", N, "Subtract F_floating 2 Operand"},
    {0x43, "SUBF3", "rf,rf,wf", N, "Subtract F_floating 3 Operand"},
    {0x44, "MULF2", "rf,mf", N, "Multiply F_floating 2 Operand"},
    {0x45, "MULF3", "rf,rf,wf", N, "Multiply F_floating 3 Operand"},
    {0x46, "DIVF2", "rf,mf", N, "Divide F_floating 2 Operand"},
    {0x47, "DIVF3", "rf,rf,wf", N, "Divide F_floating 3 Operand"},
    {0x48, "CVTFB", "rf,wb", N, "Convert F_floating to Byte"},
    {0x49, "CVTFW", "rf,ww", N, "Convert F_floating to Word"},
    {0x4A, "CVTFL", "rf,wl", N, "Convert F_floating to Long"},
    {0x4B, "CVTRFL", "rf,wl", N, "Convert Rounded F_floating to Long"},
    {0x4C, "CVTBF", "rb,wf", N, "Convert Byte to F_floating"},
    {0x4D, "CVTWF", "rw,wf", N, "Convert Word to F_floating"},
    {0x4E, "CVTLF", "rl,wf", N, "Convert Long to F_floating"},
    {0x4F, "ACBF", "rf,rf,mf,bw", N, "Add Compare and Branch F_floating"},
    {0x50, "MOVF", "rf,wf", N, "Move F_floating"},
    {0x51, "CMPF", "rf,rf", N, "Compare F_floating"},
    {0x52, "MNEGF", "rf,wf", N, "Move Negated F_floating"},
    {0x53, "TSTF", "rf", N, "Test F_floating"},
    {0x54, "EMODF", "rf,rb,rf,wl,wf", N, "Extended Multiply and Integerize F_floating"},
    {0x55, "POLYF", "rf,rw,ab", N, "Evaluate Polynomial F_floating"},
    {0x56, "CVTFD", "rf,wd", N, "Convert F_floating to D_floating"},
    {0x58, "ADAWI", "rw,mw", N, "Add Aligned Word Interlocked"},
    {0x5C, "INSQHI", "ab,aq", N, "Insert Entry into Queue at Head, Interlocked"},
    {0x5D, "INSQTI", "ab,aq", N, "Insert Entry into Queue at Tail, Interlocked"},
    {0x5E, "REMQHI", "aq,wl", N, "Remove Entry from Queue at Head, Interlocked"},
    {0x5F, "REMQTI", "aq,wl", N, "Remove Entry from Queue at Tail, Interlocked"},
    {0x60, "ADDD2", "rd,md", N, "Add D_floating 2 Operand"},
    {0x61, "ADDD3", "rd,rd,wd", N, "Add D_floating 3 Operand"},
    {0x62, "SUBD2", "rd,md", N, "Subtract D_floating 2 Operand"},
    {0x63, "SUBD3", "rd,rd,wd", N, "Subtract D_floating 3 Operand"},
    {0x64, "MULD2", "rd,md", N, "Multiply D_floating 2 Operand"},
    {0x65, "MULD3", "rd,rd,wd", N, "Multiply D_floating 3 Operand"},
    {0x66, "DIVD2", "rd,md", N, "Divide D_floating 2 Operand"},
    {0x67, "DIVD3", "rd,rd,wd", N, "Divide D_floating 3 Operand"},
    {0x68, "CVTDB", "rd,wb", N, "Convert D_floating to Byte"},
    {0x69, "CVTDW", "rd,ww", N, "Convert D_floating to Word"},
    {0x6A, "CVTDL", "rd,wl", N, "Convert D_floating to Long"},
    {0x6B, "CVTRDL", "rd,wl", N, "Convert Rounded D_floating to Long"},
    {0x6C, "CVTBD", "rb,wd", N, "Convert Byte to D_floating"},
    {0x6D, "CVTWD", "rw,wd", N, "Convert Word to D_floating"},
    {0x6E, "CVTLD", "rl,wd", N, "Convert Long to D_floating"},
    {0x6F, "ACBD", "rd,rd,md,bw", N, "Add Compare and Branch D_floating"},
    {0x70, "MOVD", "rd,wd", N, "Move D_floating"},
    {0x71, "CMPD", "rd,rd", N, "Compare D_floating"},
    {0x72, "MNEGD", "rd,wd", N, "Move Negated D_floating"},
    {0x73, "TSTD", "rd", N, "Test D_floating"},
    {0x74, "EMODD", "rd,rb,rd,wl,wd", N, "Extended Multiply and Integerize D_floating"},
    {0x75, "POLYD", "rd,rw,ab", N, "Evaluate Polynomial D_floating"},
    {0x76, "CVTDF", "rd,wf", N, "Convert D_floating to F_floating"},
    {0x78, "ASHL", "rb,rl,wl", N, "Arithmetic Shift Long"},
    {0x79, "ASHQ", "rb,rq,wq", N, "Arithmetic Shift Quad"},
    {0x7A, "EMUL", "rl,rl,rl,wq", N, "Extended Multiply"},
    {0x7B, "EDIV", "rl,rq,wl,wl", N, "Extended Divide"},
    {0x7C, "CLRQ", "wq", N, "Clear Quad (CLRD, CLRG)"},
    {0x7D, "MOVQ", "rq,wq", N, "Move Quad"},
    {0x7E, "MOVAQ", "aq,wl", N, "Move Address Quad (MOVAD, MOVAG)"},
    {0x7F, "PUSHAQ", "aq", N, "Push Address Quad (PUSHAD, PUSHAG)"},
    {0x80, "ADDB2", "rb,mb", N, "Add Byte 2 Operand"},
    {0x81, "ADDB3", "rb,rb,wb", N, "Add Byte 3 Operand"},
    {0x82, "SUBB2", "rb,mb", N, "Subtract Byte 2 Operand"},
    {0x83, "SUBB3", "rb,rb,wb", N, "Subtract Byte 3 Operand"},
    {0x84, "MULB2", "rb,mb", N, "Multiply Byte 2 Operand"},
    {0x85, "MULB3", "rb,rb,wb", N, "Multiply Byte 3 Operand"},
    {0x86, "DIVB2", "rb,mb", N, "Divide Byte 2 Operand"},
    {0x87, "DIVB3", "rb,rb,wb", N, "Divide Byte 3 Operand"},
    {0x88, "BISB2", "rb,mb", N, "Bit Set Byte 2 Operand"},
    {0x89, "BISB3", "rb,rb,wb", N, "Bit Set Byte 3 Operand"},
    {0x8A, "BICB2", "rb,mb", N, "Bit Clear Byte 2 Operand"},
    {0x8B, "BICB3", "rb,rb,wb", N, "Bit Clear Byte 3 Operand"},
    {0x8C, "XORB2", "rb,mb", N, "Exclusive OR Byte 2 Operand"},
    {0x8D, "XORB3", "rb,rb,wb", N, "Exclusive OR Byte 3 Operand"},
    {0x8E, "MNEGB", "rb,wb", N, "Move Negated Byte"},
    {0x8F, "CASEB", "rb,rb,rb", N, "Case Byte"},
    {0x90, "MOVB", "rb,wb", N, "Move Byte"},
    {0x91, "CMPB", "rb,rb", N, "Compare Byte"},
    {0x92, "MCOMB", "rb,wb", N, "Move Complemented Byte"},
    {0x93, "BITB", "rb,rb", N, "Bit Test Byte"},
    {0x94, "CLRB", "wb", N, "Clear Byte"},
    {0x95, "TSTB", "rb", N, "Test Byte"},
    {0x96, "INCB", "mb", N, "Increment Byte"},
    {0x97, "DECB", "mb", N, "Decrement Byte"},
    {0x98, "CVTBL", "rb,wl", N, "Convert Byte to Long"},
    {0x99, "CVTBW", "rb,ww", N, "Convert Byte to Word"},
    {0x9A, "MOVZBL", "rb,wl", N, "Move Zero-Extended Byte to Long"},
    {0x9B, "MOVZBW", "rb,ww", N, "Move Zero-Extended Byte to Word"},
    {0x9C, "ROTL", "rb,rl,wl", N, "Rotate Long"},
    {0x9D, "ACBB", "rb,rb,mb,bw", N, "Add Compare and Branch Byte"},
    {0x9E, "MOVAB", "ab,wl", N, "Move Address Byte"},
    {0x9F, "PUSHAB", "ab", N, "Push Address Byte"},
    {0xA0, "ADDW2", "rw,mw", N, "Add Word 2 Operand"},
    {0xA1, "ADDW3", "rw,rw,ww", N, "Add Word 3 Operand"},
    {0xA2, "SUBW2", "rw,mw", N, "Subtract Word 2 Operand"},
    {0xA3, "SUBW3", "rw,rw,ww", N, "Subtract Word 3 Operand"},
    {0xA4, "MULW2", "rw,mw", N, "Multiply Word 2 Operand"},
    {0xA5, "MULW3", "rw,rw,ww", N, "Multiply Word 3 Operand"},
    {0xA6, "DIVW2", "rw,mw", N, "Divide Word 2 Operand"},
    {0xA7, "DIVW3", "rw,rw,ww", N, "Divide Word 3 Operand"},
    {0xA8, "BISW2", "rw,mw", N, "Bit Set Word 2 Operand"},
    {0xA9, "BISW3", "rw,rw,ww", N, "Bit Set Word 3 Operand"},
    {0xAA, "BICW2", "rw,mw", N, "Bit Clear Word 2 Operand"},
    {0xAB, "BICW3", "rw,rw,ww", N, "Bit Clear Word 3 Operand"},
    {0xAC, "XORW2", "rw,mw", N, "Exclusive OR Word 2 Operand"},
    {0xAD, "XORW3", "rw,rw,ww", N, "Exclusive OR Word 3 Operand"},
    {0xAE, "MNEGW", "rw,ww", N, "Move Negated Word"},
    {0xAF, "CASEW", "rw,rw,rw", N, "Case Word"},
    {0xB0, "MOVW", "rw,ww", N, "Move Word"},
    {0xB1, "CMPW", "rw,rw", N, "Compare Word"},
    {0xB2, "MCOMW", "rw,ww", N, "Move Complemented Word"},
    {0xB3, "BITW", "rw,rw", N, "Bit Test Word"},
    {0xB4, "CLRW", "ww", N, "Clear Word"},
    {0xB5, "TSTW", "rw", N, "Test Word"},
    {0xB6, "INCW", "mw", N, "Increment Word"},
    {0xB7, "DECW", "mw", N, "Decrement Word"},
    {0xB8, "BISPSW", "rw", N, "Bit Set PSW"},
    {0xB9, "BICPSW", "rw", N, "Bit Clear PSW"},
    {0xBA, "POPR", "rw", N, "Pop Registers"},
    {0xBB, "PUSHR", "rw", N, "Push Registers"},
    {0xBC, "CHMK", "rw", N, "Change Mode to Kernel"},
    {0xBD, "CHME", "rw", N, "Change Mode to Executive"},
    {0xBE, "CHMS", "rw", N, "Change Mode to Supervisor"},
    {0xBF, "CHMU", "rw", N, "Change Mode to User"},
    {0xC0, "ADDL2", "rl,ml", N, "Add Long 2 Operand"},
    {0xC1, "ADDL3", "rl,rl,wl", N, "Add Long 3 Operand"},
    {0xC2, "SUBL2", "rl,ml", N, "Subtract Long 2 Operand"},
    {0xC3, "SUBL3", "rl,rl,wl", N, "Subtract Long 3 Operand"},
    {0xC4, "MULL2", "rl,ml", N, "Multiply Long 2 Operand"},
    {0xC5, "MULL3", "rl,rl,wl", N, "Multiply Long 3 Operand"},
    {0xC6, "DIVL2", "rl,ml", N, "Divide Long 2 Operand"},
    {0xC7, "DIVL3", "rl,rl,wl", N, "Divide Long 3 Operand"},
    {0xC8, "BISL2", "rl,ml", N, "Bit Set Long 2 Operand"},
    {0xC9, "BISL3", "rl,rl,wl", N, "Bit Set Long 3 Operand"},
    {0xCA, "BICL2", "rl,ml", N, "Bit Clear Long 2 Operand"},
    {0xCB, "BICL3", "rl,rl,wl", N, "Bit Clear Long 3 Operand"},
    {0xCC, "XORL2", "rl,ml", N, "Exclusive OR Long 2 Operand"},
    {0xCD, "XORL3", "rl,rl,wl", N, "Exclusive OR Long 3 Operand"},
    {0xCE, "MNEGL", "rl,wl", N, "Move Negated Long"},
    {0xCF, "CASEL", "rl,rl,rl", N, "Case Long"},
    {0xD0, "MOVL", "rl,wl", N, "Move Long"},
    {0xD1, "CMPL", "rl,rl", N, "Compare Long"},
    {0xD2, "MCOML", "rl,wl", N, "Move Complemented Long"},
    {0xD3, "BITL", "rl,rl", N, "Bit Test Long"},
    {0xD4, "CLRL", "wl", N, "Clear Long"},
    {0xD5, "TSTL", "rl", N, "Test Long"},
    {0xD6, "INCL", "ml", N, "Increment Long"},
    {0xD7, "DECL", "ml", N, "Decrement Long"},
    {0xD8, "ADWC", "rl,ml", N, "Add with Carry"},
    {0xD9, "SBWC", "rl,ml", N, "Subtract with Carry"},
    {0xDA, "MTPR", "rl,rl", N, "Move to Processor Register"},
    {0xDB, "MFPR", "rl,wl", N, "Move from Processor Register"},
    {0xDC, "MOVPSL", "wl", N, "Move from PSL"},
    {0xDD, "PUSHL", "rl", N, "Push Long"},
    {0xDE, "MOVAL", "al,wl", N, "Move Address Long (MOVAF)"},
    {0xDF, "PUSHAL", "al", N, "Push Address Long (PUSHAF)"},
    {0xE0, "BBS", "rl,vb,bb", N, "Branch on Bit Set"},
    {0xE1, "BBC", "rl,vb,bb", N, "Branch on Bit Clear"},
    {0xE2, "BBSS", "rl,vb,bb", N, "Branch on Bit Set and Set"},
    {0xE3, "BBCS", "rl,vb,bb", N, "Branch on Bit Clear and Set"},
    {0xE4, "BBSC", "rl,vb,bb", N, "Branch on Bit Set and Clear"},
    {0xE5, "BBCC", "rl,vb,bb", N, "Branch on Bit Clear and Clear"},
    {0xE6, "BBSSI", "rl,vb,bb", N, "Branch on Bit Set and Set Interlocked"},
    {0xE7, "BBCCI", "rl,vb,bb", N, "Branch on Bit Clear and Clear Interlocked"},
    {0xE8, "BLBS", "rl,bb", N, "Branch on Low Bit Set"},
    {0xE9, "BLBC", "rl,bb", N, "Branch on Low Bit Clear"},
    {0xEA, "FFS", "rl,rb,vb,wl", N, "Find First Set Bit"},
    {0xEB, "FFC", "rl,rb,vb,wl", N, "Find First Clear Bit"},
    {0xEC, "CMPV", "rl,rb,vb,rl", N, "Compare Field"},
    {0xED, "CMPZV", "rl,rb,vb,rl", N, "Compare Zero-Extended Field"},
    {0xEE, "EXTV", "rl,rb,vb,wl", N, "Extract Field"},
    {0xEF, "EXTZV", "rl,rb,vb,wl", N, "Extract Zero-Extended Field"},
    {0xF0, "INSV", "rl,rl,rb,vb", N, "Insert Field"},
    {0xF1, "ACBL", "rl,rl,ml,bw", N, "Add Compare and Branch Long"},
    {0xF2, "AOBLSS", "rl,ml,bb", N, "Add One and Branch Less Than"},
    {0xF3, "AOBLEQ", "rl,ml,bb", N, "Add One and Branch Less Than or Equal"},
    {0xF4, "SOBGEQ", "ml,bb", N, "Subtract One and Branch Greater Than or Equal"},
    {0xF5, "SOBGTR", "ml,bb", N, "Subtract One and Branch Greater Than"},
    {0xF6, "CVTLB", "rl,wb", N, "Convert Long to Byte"},
    {0xF7, "CVTLW", "rl,ww", N, "Convert Long to Word"},
    {0xF8, "ASHP", "rb,rw,ab,rb,rw,ab", E, "Arithmetic Shift and Round Packed"},
    {0xF9, "CVTLP", "rl,rw,ab", E, "Convert Long to Packed"},
    {0xFA, "CALLG", "ab,ab", N, "Call Procedure with General Argument List"},
    {0xFB, "CALLS", "rl,ab", N, "Call Procedure with Stack Argument List"},
    {0xFC, "XFC", "", N, "Extended Function Call"},
    {0xFD32, "CVTDH", "rd,wh", R, "Convert D_floating to H_floating"},
    {0xFD33, "CVTGF", "rg,wf", N, "Convert G_floating to F_floating"},
    {0xFD40, "ADDG2", "rg,mg", N, "Add G_floating 2 Operand"},
    {0xFD41, "ADDG3", "rg,rg,wg", N, "Add G_floating 3 Operand"},
    {0xFD42, "SUBG2", "rg,mg", N, "Subtract G_floating 2 Operand"},
    {0xFD43, "SUBG3", "rg,rg,wg", N, "Subtract G_floating 3 Operand"},
    {0xFD44, "MULG2", "rg,mg", N, "Multiply G_floating 2 Operand"},
    {0xFD45, "MULG3", "rg,rg,wg", N, "Multiply G_floating 3 Operand"},
    {0xFD46, "DIVG2", "rg,mg", N, "Divide G_floating 2 Operand"},
    {0xFD47, "DIVG3", "rg,rg,wg", N, "Divide G_floating 3 Operand"},
    {0xFD48, "CVTGB", "rg,wb", N, "Convert G_floating to Byte"},
    {0xFD49, "CVTGW", "rg,ww", N, "Convert G_floating to Word"},
    {0xFD4A, "CVTGL", "rg,wl", N, "Convert G_floating to Long"},
    {0xFD4B, "CVTRGL", "rg,wl", N, "Convert Rounded G_floating to Long"},
    {0xFD4C, "CVTBG", "rb,wg", N, "Convert Byte to G_floating"},
    {0xFD4D, "CVTWG", "rw,wg", N, "Convert Word to G_floating"},
    {0xFD4E, "CVTLG", "rl,wg", N, "Convert Long to G_floating"},
    {0xFD4F, "ACBG", "rg,rg,mg,bw", N, "Add Compare and Branch G_floating"},
    {0xFD50, "MOVG", "rg,wg", N, "Move G_floating"},
    {0xFD51, "CMPG", "rg,rg", N, "Compare G_floating"},
    {0xFD52, "MNEGG", "rg,wg", N, "Move Negated G_floating"},
    {0xFD53, "TSTG", "rg", N, "Test G_floating"},
    {0xFD54, "EMODG", "rg,rw,rg,wl,wg", N, "Extended Multiply and Integerize G_floating"},
    {0xFD55, "POLYG", "rg,rw,ab", N, "Evaluate Polynomial G_floating"},
    {0xFD56, "CVTGH", "rg,wh", R, "Convert G_floating to H_floating"},
    {0xFD60, "ADDH2", "rh,mh", R, "Add H_floating 2 Operand"},
    {0xFD61, "ADDH3", "rh,rh,wh", R, "Add H_floating 3 Operand"},
    {0xFD62, "SUBH2", "rh,mh", R, "Subtract H_floating 2 Operand"},
    {0xFD63, "SUBH3", "rh,rh,wh", R, "Subtract H_floating 3 Operand"},
    {0xFD64, "MULH2", "rh,mh", R, "Multiply H_floating 2 Operand"},
    {0xFD65, "MULH3", "rh,rh,wh", R, "Multiply H_floating 3 Operand"},
    {0xFD66, "DIVH2", "rh,mh", R, "Divide H_floating 2 Operand"},
    {0xFD67, "DIVH3", "rh,rh,wh", R, "Divide H_floating 3 Operand"},
    {0xFD68, "CVTHB", "rh,wb", R, "Convert H_floating to Byte"},
    {0xFD69, "CVTHW", "rh,ww", R, "Convert H_floating to Word"},
    {0xFD6A, "CVTHL", "rh,wl", R, "Convert H_floating to Long"},
    {0xFD6B, "CVTRHL", "rh,wl", R, "Convert Rounded H_floating to Long"},
    {0xFD6C, "CVTBH", "rb,wh", R, "Convert Byte to H_floating"},
    {0xFD6D, "CVTWH", "rw,wh", R, "Convert Word to H_floating"},
    {0xFD6E, "CVTLH", "rl,wh", R, "Convert Long to H_floating"},
    {0xFD6F, "ACBH", "rh,rh,mh,bw", R, "Add Compare and Branch H_floating"},
    {0xFD70, "MOVH", "rh,wh", R, "Move H_floating"},
    {0xFD71, "CMPH", "rh,rh", R, "Compare H_floating"},
    {0xFD72, "MNEGH", "rh,wh", R, "Move Negated H_floating"},
    {0xFD73, "TSTH", "rh", R, "Test H_floating"},
    {0xFD74, "EMODH", "rh,rw,rh,wl,wh", R, "Extended Multiply and Integerize H_floating"},
    {0xFD75, "POLYH", "rh,rw,ab", R, "Evaluate Polynomial H_floating"},
    {0xFD76, "CVTHG", "rh,wg", R, "Convert H_floating to G_floating"},
    {0xFD7C, "CLRO", "wo", R, "Clear Octa (CLRH)"},
    {0xFD7D, "MOVO", "ro,wo", R, "Move Octa"},
    {0xFD7E, "MOVAO", "ao,wl", R, "Move Address Octa (MOVAH)"},
    {0xFD7F, "PUSHAO", "ao", R, "Push Address Octa (PUSHAH)"},
    {0xFD98, "CVTFH", "rf,wh", R, "Convert F_floating to H_floating"},
    {0xFD99, "CVTFG", "rf,wg", N, "Convert F_floating to G_floating"},
    {0xFDF6, "CVTHF", "rh,wf", R, "Convert H_floating to F_floating"},
    {0xFDF7, "CVTHD", "rh,wd", R, "Convert H_floating to D_floating"},
};

struct Index {
    std::array<const OpcodeInfo*, 512> rows{};
    Index() {
        for (const OpcodeInfo& row : kTable) rows[opcode_index(row.opcode)] = &row;
    }
};

const Index& index() {
    static const Index kIndex;
    return kIndex;
}

bool parse_type(char c, DataType& t) {
    switch (c) {
        case 'b': t = DataType::Byte; return true;
        case 'w': t = DataType::Word; return true;
        case 'l': t = DataType::Long; return true;
        case 'q': t = DataType::Quad; return true;
        case 'o': t = DataType::Octa; return true;
        case 'f': t = DataType::FFloat; return true;
        case 'd': t = DataType::DFloat; return true;
        case 'g': t = DataType::GFloat; return true;
        case 'h': t = DataType::HFloat; return true;
        default: return false;
    }
}

}  // namespace

std::span<const OpcodeInfo> opcode_table() { return kTable; }

const OpcodeInfo* find_opcode(std::uint16_t opcode) {
    if (opcode > 0xFF && (opcode >> 8) != 0xFD) return nullptr;
    return index().rows[opcode_index(opcode)];
}

const OpcodeInfo* find_mnemonic(std::string_view mnemonic) {
    for (const OpcodeInfo& row : kTable)
        if (row.mnemonic == mnemonic) return &row;
    return nullptr;
}

bool parse_operands(std::string_view text, OperandList& out) {
    out = OperandList{};
    std::size_t i = 0;
    while (i < text.size()) {
        if (out.count == kMaxOperands || i + 1 >= text.size()) return false;
        OperandSpec s;
        switch (text[i]) {
            case 'r': s.access = Access::Read; break;
            case 'm': s.access = Access::Modify; break;
            case 'w': s.access = Access::Write; break;
            case 'a': s.access = Access::Address; break;
            case 'v': s.access = Access::Field; break;
            case 'b': s.access = Access::Branch; break;
            default: return false;
        }
        if (!parse_type(text[i + 1], s.type)) return false;
        if (s.access == Access::Branch && s.type != DataType::Byte && s.type != DataType::Word) return false;
        out.spec[out.count++] = s;
        i += 2;
        if (i < text.size()) {
            if (text[i] != ',') return false;
            ++i;
            if (i == text.size()) return false;
        }
    }
    return true;
}

OperandList operands_of(const OpcodeInfo& info) {
    OperandList list;
    parse_operands(info.operands, list);
    return list;
}

}  // namespace simmon::vax
