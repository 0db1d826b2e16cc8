         TITLE 'CCWTRAN TEST HARNESS'
***********************************************************************
* A stand-alone harness for CP's CCW translator (tests/cp67/          *
* ccwtran_test.cpp): the kernel services CCWTRAN calls, made simple.  *
* FREE hands out storage from HHEAP on; FRET counts; UNFIXR counts   *
* and notes the real addresses it is given (HUNFIXA); TRANGR          *
* maps the guest's page p to the real frame HGBASE + (p XOR 1) * 4K,  *
* so that consecutive guest pages are never consecutive in real       *
* storage, and counts the pages fixed. HSTART calls CCWTRAN once with *
* HARG1 (the guest CCW address) and HARG0 (its flags) and stops in a  *
* disabled wait with R15 and R1 in HRESULT; with HFREEIT not zero it *
* first calls CCWFREE on the block with R11 = 0, as VIOEND does for a *
* program whose user has logged off meanwhile.                        *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA   CSECT
         VMBLOK
         VDEVBLOK
         CCWBLOK
         STATBLOK
         PRINT GEN
HARN     CSECT
         ENTRY HSTART,HVMB,HVDEV,HRESULT,HARG0,HARG1,HFIXES,HFRETS
         ENTRY HUNFIX,HGBASE,HOFFS,FREE,FRET,TRANGR,UNFIXR
         ENTRY HFREEIT,HUNFIXA
         USING PSA,R0
HSTART   BALR  R12,0
         USING *,R12
         LA    R1,HSTACK
         ST    R1,PSASTACK
         LA    R1,HSTACKE
         ST    R1,PSASTEND
         LA    R1,HABEND
         ST    R1,PSAABEND
         LA    R13,HSAVE
         LA    R11,HVMB
         LA    R1,HSTATS
         ST    R1,VMSTATS-VMBLOK(,R11)
         LA    R10,HVDEV
         L     R1,HARG1
         L     R0,HARG0
         L     R15,=V(CCWTRAN)
         BALR  R14,R15
         ST    R15,HRESULT
         ST    R1,HRESULT+4
         LTR   R15,R15
         BNZ   HSTOP
         CLC   HFREEIT,=F'0'
         BE    HSTOP
         SR    R11,R11            the user is gone
         L     R15,=V(CCWFREE)
         BALR  R14,R15
HSTOP    LPSW  HDONE
HABEND   LPSW  HABPSW
         LTORG
         DROP  R12
*
FREE     DS    0H
         USING FREE,R15
         L     R1,HHEAP
         SLL   R0,3
         AR    R0,R1
         ST    R0,HHEAP
         BR    R14
         DROP  R15
*
FRET     DS    0H
         USING FRET,R15
         L     R1,HFRETS
         LA    R1,1(,R1)
         ST    R1,HFRETS
         BR    R14
         DROP  R15
*
UNFIXR   DS    0H
         USING UNFIXR,R15
         L     R0,HUNFIX
         LR    R2,R0
         SLL   R2,2
         ST    R1,HUNFIXA(R2)
         AH    R0,=H'1'
         ST    R0,HUNFIX
         BR    R14
         LTORG
         DROP  R15
*
TRANGR   DS    0H
         USING TRANGR,R15
         C     R1,VMSIZE-VMBLOK(,R11)
         BNL   TRBEYOND
         LTR   R0,R0
         BZ    TR1
         L     R2,HFIXES
         LA    R2,1(,R2)
         ST    R2,HFIXES
TR1      LR    R2,R1
         N     R2,=X'00FFF000'
         SRL   R2,12
         X     R2,=F'1'
         SLL   R2,12
         A     R2,HGBASE
         LR    R0,R1
         N     R0,=F'4095'
         AR    R2,R0
         SR    R15,R15
         BR    R14
TRBEYOND LA    R15,1
         BR    R14
         LTORG
         DROP  R15
*
         DS    0D
HDONE    DC    X'0002000000000000'
HABPSW   DC    X'00020000000000AB'
HRESULT  DC    2F'0'
HARG0    DC    F'0'
HARG1    DC    F'0'
HFIXES   DC    F'0'
HFRETS   DC    F'0'
HUNFIX   DC    F'0'
HFREEIT  DC    F'0'
HUNFIXA  DC    16F'0'
HGBASE   DC    A(X'80000')
HHEAP    DC    A(X'40000')
HSAVE    DS    18F
HSTATS   DS    (STLEN)D
HVMB     DS    (VMLEN)D
HVDEV    DS    (VDEVLEN)D
* Field offsets for the test: CCWBLOK, VDEVBLOK, VMBLOK.
HOFFS    DC    A(CWBNCCW-CCWBLOK,CWBCCW-CCWBLOK,CWBMAP-CCWBLOK)
         DC    A(CWBARG-CCWBLOK,VDEVFLAG-VDEVBLOK,VDEVTYPC-VDEVBLOK)
         DC    A(VDEVRELN-VDEVBLOK,VDEVNCYL-VDEVBLOK,VDEVCAW-VDEVBLOK)
         DC    A(VDEVCYL-VDEVBLOK,VMSIZE-VMBLOK,VDEVSTAT-VDEVBLOK)
HSTACK   DS    180D
HSTACKE  DS    20D
         END
