         TITLE 'BENCHMIX - MIXED LOOP FOR ./SCRIPTS/BENCH S360'
***********************************************************************
* BENCHMIX: the mixed workload of ./scripts/bench s360: storage to    *
* storage moves and compares (MVC, CLC), packed decimal (AP), long    *
* hexadecimal floating point (LD, ADR, STD) with fixed point and BCT, *
* 12 instructions an iteration. IPLed from the 2540 reader; the       *
* iteration count and the translation switch are parameter words the *
* script deposits (see BENCHSET). Ends in a disabled wait at X'000000'*
* (X'000068' after a program check, X'0000FF' if CLC found a         *
* difference).                                                        *
***********************************************************************
         PRINT NOGEN
         REGEQU
         LOWCORE
         PRINT GEN
BENCHMIX CSECT
         USING LOWCORE,R0
BEGIN    BALR  R12,0
         USING *,R12
         BENCHSET START
START    LD    F2,ONE             the addend, 1.0
LOOP     MVC   BUF2,BUF1          16 bytes
         CLC   BUF2,BUF1
         BNE   FAILED             never taken
         AP    SUM,PONE           packed decimal count
         LD    F0,DBL1            long floating point
         ADR   F0,F2
         STD   F0,DBL1
         L     R6,WORD1
         AR    R7,R6
         ST    R7,WORD2
         LA    R8,1(,R8)
         BCT   R2,LOOP            the iteration count
         LPSW  DONEPSW
FAILED   LPSW  FAILPSW
         DS    0D
DONEPSW  DC    X'0002000000000000'
FAILPSW  DC    X'00020000000000FF'
ONE      DC    D'1'
DBL1     DC    D'0'
WORD1    DC    F'3'
WORD2    DC    F'0'
SUM      DC    PL8'0'
PONE     DC    P'1'
BUF1     DC    CL16'SYSTEM/360 BENCH'
BUF2     DC    CL16' '
         LTORG
         END   BEGIN
