// Every instruction handler, in handler-number order: X(name, handler). This one list
// makes the handler numbers of the decode table (decode_table.cpp), the table of handler
// pointers, and the instruction loop's dispatch labels (execute.cpp), so the three
// cannot fall out of step.
//
// Register forms (..._to_reg, ..._r) and per-condition or per-mode handlers are the same
// instructions as the general ones, picked by the decode table so that no operand or
// condition decoding runs. The "Late" handlers are the KD11-A forms that read a register
// source after forming the destination address (decode_table.cpp).
#pragma once

#define SIMMON_PDP11_HANDLERS(X)                                                              \
    X(Reserved, op_reserved) X(Illegal, op_illegal) X(Halt, op_halt) X(Wait, op_wait)         \
    X(Rti, op_rti) X(Bpt, op_bpt) X(Iot, op_iot) X(Reset, op_reset) X(Rtt, op_rtt)            \
    X(Jmp, op_jmp) X(Rts, op_rts) X(Spl, op_spl) X(Ccode, op_ccode) X(Swab, op_swab)          \
    X(Jsr, op_jsr) X(Clr, op_clr) X(Com, op_com) X(Inc, op_inc) X(Dec, op_dec)                \
    X(Neg, op_neg) X(Adc, op_adc) X(Sbc, op_sbc) X(Tst, op_tst) X(Ror, op_ror)                \
    X(Rol, op_rol) X(Asr, op_asr) X(Asl, op_asl) X(Mark, op_mark) X(Mfpi, op_mfpi)            \
    X(Mtpi, op_mtpi) X(Sxt, op_sxt) X(Mov, op_mov<>) X(Cmp, op_cmp<>) X(Bit, op_bit<>)        \
    X(Bic, op_bic<>) X(Bis, op_bis<>) X(Add, op_add<>) X(Sub, op_sub<>) X(Mul, op_mul)        \
    X(Div, op_div) X(Ash, op_ash) X(Ashc, op_ashc) X(Xor, op_xor) X(Sob, op_sob)              \
    X(Emt, op_emt) X(Trap, op_trap) X(Clrb, op_clrb) X(Comb, op_comb) X(Incb, op_incb)        \
    X(Decb, op_decb) X(Negb, op_negb) X(Adcb, op_adcb) X(Sbcb, op_sbcb) X(Tstb, op_tstb)      \
    X(Rorb, op_rorb) X(Rolb, op_rolb) X(Asrb, op_asrb) X(Aslb, op_aslb) X(Mtps, op_mtps)      \
    X(Mfpd, op_mfpd) X(Mtpd, op_mtpd) X(Mfps, op_mfps) X(Movb, op_movb<>) X(Cmpb, op_cmpb<>)  \
    X(Bitb, op_bitb<>) X(Bicb, op_bicb<>) X(Bisb, op_bisb<>) X(Fp11, op_fp11)                 \
    X(MovRR, op_mov_to_reg<false>) X(AddRR, op_add_to_reg<false>)                             \
    X(SubRR, op_sub_to_reg<false>) X(CmpRR, op_cmp_to_reg<false>)                             \
    X(BitRR, op_bit_to_reg<false>) X(BicRR, op_bic_to_reg<false>)                             \
    X(BisRR, op_bis_to_reg<false>) X(MovIR, op_mov_to_reg<true>)                              \
    X(AddIR, op_add_to_reg<true>) X(SubIR, op_sub_to_reg<true>)                               \
    X(CmpIR, op_cmp_to_reg<true>) X(BitIR, op_bit_to_reg<true>)                               \
    X(BicIR, op_bic_to_reg<true>) X(BisIR, op_bis_to_reg<true>)                               \
    X(ClrR, op_clr_r) X(IncR, op_inc_r) X(DecR, op_dec_r) X(TstR, op_tst_r)                   \
    X(Bcc1, op_bcc<1>) X(Bcc2, op_bcc<2>) X(Bcc3, op_bcc<3>) X(Bcc4, op_bcc<4>)               \
    X(Bcc5, op_bcc<5>) X(Bcc6, op_bcc<6>) X(Bcc7, op_bcc<7>) X(Bcc8, op_bcc<8>)               \
    X(Bcc9, op_bcc<9>) X(Bcc10, op_bcc<10>) X(Bcc11, op_bcc<11>) X(Bcc12, op_bcc<12>)         \
    X(Bcc13, op_bcc<13>) X(Bcc14, op_bcc<14>) X(Bcc15, op_bcc<15>)                            \
    X(MovL, op_mov<true>) X(CmpL, op_cmp<true>) X(BitL, op_bit<true>) X(BicL, op_bic<true>)   \
    X(BisL, op_bis<true>) X(AddL, op_add<true>) X(MovbL, op_movb<true>)                       \
    X(CmpbL, op_cmpb<true>) X(BitbL, op_bitb<true>) X(BicbL, op_bicb<true>)                   \
    X(BisbL, op_bisb<true>) X(SubL, op_sub<true>)                                             \
    X(Jmp1, op_jmp_mode<1>) X(Jmp2, op_jmp_mode<2>) X(Jmp3, op_jmp_mode<3>)                   \
    X(Jmp4, op_jmp_mode<4>) X(Jmp5, op_jmp_mode<5>) X(Jmp6, op_jmp_mode<6>)                   \
    X(Jmp7, op_jmp_mode<7>) X(Jsr1, op_jsr_mode<1>) X(Jsr2, op_jsr_mode<2>)                   \
    X(Jsr3, op_jsr_mode<3>) X(Jsr4, op_jsr_mode<4>) X(Jsr5, op_jsr_mode<5>)                   \
    X(Jsr6, op_jsr_mode<6>) X(Jsr7, op_jsr_mode<7>)                                           \
    SIMMON_PDP11_MOV_MODES_ROW(X, 0) SIMMON_PDP11_MOV_MODES_ROW(X, 1)                          \
    SIMMON_PDP11_MOV_MODES_ROW(X, 2) SIMMON_PDP11_MOV_MODES_ROW(X, 3)                          \
    SIMMON_PDP11_MOV_MODES_ROW(X, 4) SIMMON_PDP11_MOV_MODES_ROW(X, 5)                          \
    SIMMON_PDP11_MOV_MODES_ROW(X, 6) SIMMON_PDP11_MOV_MODES_ROW(X, 7)                          \
    SIMMON_PDP11_DST_MODES(X, Cmp, op_cmp_dst) SIMMON_PDP11_DST_MODES(X, Cmpb, op_cmpb_dst)    \
    SIMMON_PDP11_DST_MODES(X, Bit, op_bit_dst) SIMMON_PDP11_DST_MODES(X, Bitb, op_bitb_dst)

// One handler per destination mode: <Name>D<d>, 8 handlers.
#define SIMMON_PDP11_DST_MODES(X, name, op)                                                     \
    X(name##D0, op<0>) X(name##D1, op<1>) X(name##D2, op<2>) X(name##D3, op<3>)                 \
    X(name##D4, op<4>) X(name##D5, op<5>) X(name##D6, op<6>) X(name##D7, op<7>)

// MOV per addressing-mode pair: Mov<s><d>, 64 handlers in source-major order.
#define SIMMON_PDP11_MOV_MODES_ROW(X, s)                                                         \
    X(Mov##s##0, (op_mov_modes<s, 0>)) X(Mov##s##1, (op_mov_modes<s, 1>))                       \
    X(Mov##s##2, (op_mov_modes<s, 2>)) X(Mov##s##3, (op_mov_modes<s, 3>))                       \
    X(Mov##s##4, (op_mov_modes<s, 4>)) X(Mov##s##5, (op_mov_modes<s, 5>))                       \
    X(Mov##s##6, (op_mov_modes<s, 6>)) X(Mov##s##7, (op_mov_modes<s, 7>))
