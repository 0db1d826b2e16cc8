         TITLE 'FREESTOR TEST HARNESS'
***********************************************************************
* A stand-alone harness for CMS's free storage (nucleus/freestor.asm; *
* tests/cms_nucleus/freestor_test.cpp), linked after NUCON (nucleus/  *
* nucon.asm) at 0. HSTART sets NUCUSER, NUCMEMSZ and NUCLDEND from    *
* HPARMS, gives FREEINIT the low area HPARMS names (and the user      *
* area's pages when HPARMS+8 is not 0), then runs the operations the  *
* test wrote at HOPS, three words each: kind (1 DMSFREE, 2 DMSFRET,   *
* 3 NUCLDEND = the value, 4 NUCUSED = the value, 0 the end), the      *
* doublewords (or the value), and the slot in HPTRS where DMSFREE     *
* puts the block and DMSFRET takes it from; each return code goes to  *
* HRCS at the slot. It stops in a disabled wait at 0 with FREESUM's   *
* bytes and FREELOWE in HRESULT; a program check stops it at X'0BAD'. *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         PRINT GEN
HARN     CSECT
         ENTRY HSTART,HRESULT,HOPS,HPTRS,HRCS,HPARMS
         USING NUCON,R0
HSTART   BALR  R12,0
         USING *,R12
         MVC   PGMNPSW,HPGMPSW    a program check stops at X'0BAD'
         LA    R13,HSAVE
         MVC   NUCUSER,HPARMS+12
         MVC   NUCMEMSZ,HPARMS+16
         MVC   NUCLDEND,HPARMS+12
         XC    NUCUSED,NUCUSED
         LM    R0,R2,HPARMS       low area, its end, the user area's
         L     R15,=V(FREEINIT)   pages or not
         BALR  R14,R15
         LA    R2,HOPS
HNEXT    L     R3,0(,R2)
         LTR   R3,R3
         BZ    HEND
         L     R0,4(,R2)
         L     R4,8(,R2)
         SLL   R4,2
         LA    R5,HRCS(R4)
         LA    R4,HPTRS(R4)
         CH    R3,=H'3'
         BNE   HUSED
         ST    R0,NUCLDEND
         B     HSTEP
HUSED    CH    R3,=H'4'
         BNE   HFREE
         ST    R0,NUCUSED
         B     HSTEP
HFREE    CH    R3,=H'1'
         BNE   HFRET
         L     R15,=V(DMSFREE)
         BALR  R14,R15
         ST    R15,0(,R5)
         LTR   R15,R15
         BNZ   HSTEP
         ST    R1,0(,R4)
         B     HSTEP
HFRET    L     R1,0(,R4)
         L     R15,=V(DMSFRET)
         BALR  R14,R15
         ST    R15,0(,R5)
HSTEP    LA    R2,12(,R2)
         B     HNEXT
HEND     L     R15,=V(FREESUM)
         BALR  R14,R15
         ST    R0,HRESULT
         MVC   HRESULT+4(4),FREELOWE
         LPSW  HDONE
         LTORG
         DS    0D
HDONE    DC    X'0002000000000000'
HPGMPSW  DC    X'0002000000000BAD'
HSAVE    DS    18F
HPARMS   DC    5F'0'              low, low end, pages?, NUCUSER, size
HRESULT  DC    2F'0'
HPTRS    DC    16F'0'
HRCS     DC    16F'0'
HOPS     DC    (3*32)F'0'
         END
