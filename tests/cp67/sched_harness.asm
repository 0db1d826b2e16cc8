         TITLE 'SCHEDULER TEST HARNESS'
***********************************************************************
* A stand-alone harness for CP's scheduler (kernel/sched.asm; tests/  *
* cp67/sched_test.cpp). The test lays out three VMBLOKs (HVM1-HVM3),  *
* a TRMBLOK (HTRM), a frame table (HCORE) and CP's PSA fields, using  *
* the offsets at HOFF; HSTART calls SCHEDULE once (R0, R1 to HRESULT) *
* and SCHIDLE for HCORE's first entry (R15 to HIDLE), then stops in a *
* disabled wait at 0. VMPRES stands in for vm/vintr.asm: the test     *
* sets the wait bit itself. A CPABEND stops it at X'0ABE', a program  *
* check at X'0BAD'.                                                   *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA   CSECT
         VMBLOK
         TRMBLOK
         CORTABLE
         PRINT GEN
HARN     CSECT
         ENTRY HSTART,HRESULT,HIDLE,HOFF,HVM1,HVM2,HVM3,HTRM,HCORE
         ENTRY HABCODE,VMPRES
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
         L     R15,=V(SCHEDULE)
         BALR  R14,R15
         STM   R0,R1,HRESULT
         LA    R1,HCORE
         L     R15,=V(SCHIDLE)
         BALR  R14,R15
         ST    R15,HIDLE
         LPSW  HDONE
         LTORG
         DROP  R12
* VMPRES: nothing to present (R2-R15 as they were)
VMPRES   BR    R14
HABEND   BALR  R12,0              (R12 is the abending routine's)
         USING *,R12
         MVC   HABCODE,0(R14)
         LPSW  HABPSW
         DROP  R12
         DS    0D
HDONE    DC    X'00020000',A(0)
HABPSW   DC    X'00020000',X'00000ABE'
HPGMPSW  DC    X'00020000',X'00000BAD'
HRESULT  DS    2F                 R0 (1: a new slice), R1 (the user)
HIDLE    DS    F
HABCODE  DC    CL6' '
         DS    0F
* Where the fields are, for the test
HOFF     DC    A(VMLEN*8)
         DC    A(VMNEXT-VMBLOK)
         DC    A(VMRSTAT-VMBLOK)
         DC    A(VMPRIOR-VMBLOK)
         DC    A(VMQSTAT-VMBLOK)
         DC    A(VMQTIME-VMBLOK)
         DC    A(VMQWTK-VMBLOK)
         DC    A(VMWSPROJ-VMBLOK)
         DC    A(VMTERM-VMBLOK)
         DC    A(TRMRCB-TRMBLOK)
         DC    A(PSAVMCHN)
         DC    A(PSALASTV)
         DC    A(PSACURVM)
         DC    A(PSASLICE)
         DC    A(PSAUPTK)
         DC    A(PSAFREEE)
         DC    A(PSANFRM)
         DC    A(PSACORE)
         DC    A(CORLEN)
HSAVE    DS    18F
HSTACK   DS    15XL72
HSTACKE  DS    XL72
         DS    0D
HVM1     DS    (VMLEN)D
HVM2     DS    (VMLEN)D
HVM3     DS    (VMLEN)D
HTRM     DS    (TRMLEN)D
HCORE    DS    16D                16 frames' entries
         END
