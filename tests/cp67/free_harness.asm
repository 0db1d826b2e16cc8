         TITLE 'FREE TEST HARNESS'
***********************************************************************
* A stand-alone harness for CP's free storage (kernel/free.asm; tests/*
* cp67/free_test.cpp). HSTART gives FREEINIT the 16K at HAREA, then   *
* runs the operations the test wrote at HOPS, three words each: kind  *
* (1 FREE, 2 FRET, 0 the end), doublewords, and the slot in HPTRS     *
* where FREE puts the block and FRET takes it from. It stops in a     *
* disabled wait at 0 with PSAFREEL and PSAFRECT in HRESULT; a CPABEND *
* stops it at X'0ABE' with the code in HABCODE; a program check at    *
* X'0BAD'.                                                            *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA   CSECT
         PRINT GEN
HARN     CSECT
         ENTRY HSTART,HRESULT,HOPS,HPTRS,HAREA,HABCODE
         USING PSA,R0
HSTART   BALR  R12,0
         USING *,R12
         LA    R1,HSTACK
         ST    R1,PSASTACK
         LA    R1,HSTACKE
         ST    R1,PSASTEND
         LA    R1,HABEND
         ST    R1,PSAABEND
         MVC   PGMNPSW,HPGMPSW    a program check stops at X'0BAD'
         LA    R13,HSAVE
         LA    R1,HAREA
         L     R0,=F'16384'
         L     R15,=V(FREEINIT)
         BALR  R14,R15
         LA    R2,HOPS
HNEXT    L     R3,0(,R2)
         LTR   R3,R3
         BZ    HEND
         L     R0,4(,R2)
         L     R4,8(,R2)
         SLL   R4,2
         LA    R4,HPTRS(R4)
         CH    R3,=H'1'
         BNE   HFRET
         L     R15,=V(FREE)
         BALR  R14,R15
         ST    R1,0(,R4)
         B     HSTEP
HFRET    L     R1,0(,R4)
         L     R15,=V(FRET)
         BALR  R14,R15
HSTEP    LA    R2,12(,R2)
         B     HNEXT
HEND     MVC   HRESULT(4),PSAFREEL
         MVC   HRESULT+4(4),PSAFRECT
         LPSW  HDONE
         LTORG
         DROP  R12
HABEND   BALR  R12,0              (R12 is the abending routine's)
         USING *,R12
         MVC   HABCODE,0(R14)
         LPSW  HABPSW
         DROP  R12
         DS    0D
HDONE    DC    X'00020000',A(0)
HABPSW   DC    X'00020000',X'00000ABE'
HPGMPSW  DC    X'00020000',X'00000BAD'
HRESULT  DS    2F
HABCODE  DC    CL6' '
         DS    0F
HOPS     DS    90F
HPTRS    DS    16F
HSAVE    DS    18F
HSTACK   DS    15XL72
HSTACKE  DS    XL72
         DS    0D
HAREA    DS    2048D              16K
         END
