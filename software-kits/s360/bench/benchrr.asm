         TITLE 'BENCHRR - FIXED-POINT LOOP FOR ./SCRIPTS/BENCH S360'
***********************************************************************
* BENCHRR: a CPU-bound loop of the most common instructions, for the  *
* plain workload of ./scripts/bench s360: RR and RX fixed point,      *
* loads, stores, a logical AND, a shift, halfword arithmetic and BCT, *
* 14 instructions an iteration. IPLed from the 2540 reader; the       *
* iteration count and the translation switch are parameter words the *
* script deposits (see BENCHSET). Ends in a disabled wait at X'000000'*
* (X'000068' after a program check).                                  *
***********************************************************************
         PRINT NOGEN
         REGEQU
         LOWCORE
         PRINT GEN
BENCHRR  CSECT
         USING LOWCORE,R0
BEGIN    BALR  R12,0
         USING *,R12
         BENCHSET LOOP
LOOP     L     R6,WORD1           RX load
         A     R6,WORD2           RX add
         AR    R7,R6              RR add
         SR    R8,R8              RR subtract
         LR    R9,R7              RR load
         ST    R9,WORD3           RX store
         N     R9,MASK            RX and
         SLL   R9,1               RS shift
         CR    R9,R7              RR compare
         LH    R10,HALF1          RX halfword load
         AH    R10,HALF1          RX halfword add
         STH   R10,HALF2          RX halfword store
         XR    R11,R11            RR exclusive or
         BCT   R2,LOOP            the iteration count
         LPSW  DONEPSW
         DS    0D
DONEPSW  DC    X'0002000000000000'
WORD1    DC    F'12345'
WORD2    DC    F'-345'
WORD3    DC    F'0'
MASK     DC    X'0FFFFFFF'
HALF1    DC    H'7'
HALF2    DC    H'0'
         LTORG
         END   BEGIN
