         TITLE 'GUESTT - A TEST PROGRAM FOR A VIRTUAL MACHINE'
***********************************************************************
* GUESTT: a 360 program that checks, from inside a virtual machine,   *
* what the kernel does for it: the reflection of SVC and program      *
* interruptions, the simulation of SSM, LPSW, SSK and ISK (and the    *
* privileged-operation exception in virtual problem state), storage   *
* that reads as zero and gets a frame at first touch in every page,   *
* an addressing exception past its storage, its interval timer's      *
* external interruption, DIAGNOSE X'0C' and X'10', a DIAGNOSE code    *
* CP does not have, SIO to a device it does not have (cc 3), and the  *
* exceptions bad operands of DIAGNOSE, LPSW and ISK get.              *
*                                                                     *
* VMTEST (vmtest.asm) copies it to location 0 of a 512K virtual       *
* machine, whose IPL PSW is the first doubleword, and starts it. It   *
* is assembled on its own, so its section starts at 0 as it will run: *
* USING GUESTT,0 addresses all of it, and no address constant needs   *
* relocation (the PSWs hold addresses less GUESTT). It ends in a      *
* disabled wait, which CP reports: at address 0 when every check      *
* passed, else at X'EE00nn', nn the check that failed.                *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PRINT GEN
GUESTT   CSECT
         ENTRY GUESTEND
         USING GUESTT,0
IPLPSW   DC    X'00000000',A(START-GUESTT)
         ORG   GUESTT+X'18'
EXTOLD   DS    D                  X'18'
SVCOLD   DS    D                  X'20'
PGMOLD   DS    D                  X'28'
         DS    D
IOOLD    DS    D                  X'38'
CSW      DS    D                  X'40'
CAW      DS    F                  X'48'
         DS    F
TIMER    DS    F                  X'50'
         DS    F
EXTNEW   DS    D                  X'58'
SVCNEW   DS    D                  X'60'
PGMNEW   DS    D                  X'68'
         DS    D
IONEW    DS    D                  X'78'
         ORG   GUESTT+X'100'
START    MVC   TIMER,=X'7FFFFF00' its timer far from negative, before
*                                 CP first counts it down from zero
         LA    R9,1               1: SVC reflected with its code
         MVC   SVCNEW,SVCPSW
         SVC   5
SVCBACK  CLC   SVCOLD+2(2),=H'5'
         BNE   FAIL
         CLC   SVCOLD+5(3),=AL3(SVCBACK-GUESTT)
         BNE   FAIL
         TM    SVCOLD+4,X'40'     ILC 1
         BZ    FAIL
         LA    R9,2               2: program checks reflected
         MVC   PGMNEW,PGMPSW
         XC    PGMCODE,PGMCODE
         SR    R2,R2
         LA    R3,7
         DR    R2,R2              fixed-point divide: 9
PGM2     CLC   PGMCODE,=H'9'
         BNE   FAIL
         CLC   PGMOLD+5(3),=AL3(PGM2-GUESTT)
         BNE   FAIL
         LA    R9,3               3: SSK and ISK
         L     R2,=F'8192'
         LA    R3,X'38'           key 3, fetch protection
         SSK   R3,R2
         L     R4,=F'-1'
         ISK   R4,R2
         C     R4,=X'FFFFFF38'
         BNE   FAIL
         LA    R9,4               4: SSK with bits 28-31: specification
         XC    PGMCODE,PGMCODE
         LA    R2,8(,R2)
         SSK   R3,R2
         CLC   PGMCODE,=H'6'
         BNE   FAIL
         LA    R9,5               5: SSM sets the system mask
         SSM   =X'00'
         SSM   MASKIO
         LA    R9,6               6: every page zero, then its own
         L     R2,=F'4096'        (on a 256K machine, they are paged)
         L     R3,=F'524288'
TOUCH    L     R4,0(,R2)
         LTR   R4,R4
         BNZ   FAIL
         ST    R2,0(,R2)
         A     R2,=F'4096'
         CR    R2,R3
         BL    TOUCH
         L     R2,=F'4096'
TOUCH2   C     R2,0(,R2)
         BNE   FAIL
         A     R2,=F'4096'
         CR    R2,R3
         BL    TOUCH2
         LA    R9,7               7: past its storage: addressing
         XC    PGMCODE,PGMCODE
         L     R4,0(,R3)
         CLC   PGMCODE,=H'5'
         BNE   FAIL
         LA    R9,8               8: DIAGNOSE X'0C': MM/DD/YY HH:MM:SS
         LA    R2,CPTIME
         DC    X'8320000C'
         CLC   CPTIME(8),=C'06/15/71'
         BNE   FAIL
         CLI   CPTIME+10,C':'
         BNE   FAIL
         LA    R9,9               9: DIAGNOSE X'10': the page is zero
         L     R2,=F'65536'
         LR    R3,R2
         DC    X'83230010'
         L     R4,0(,R2)
         LTR   R4,R4
         BNZ   FAIL
         LA    R9,10              10: DIAGNOSE X'FC': specification
         XC    PGMCODE,PGMCODE
         DC    X'832300FC'
         CLC   PGMCODE,=H'6'
         BNE   FAIL
         LA    R9,11              11: SIO to a device it has not: cc 3
         LA    R2,X'190'
         SIO   0(R2)
         BC    14,FAIL
         LA    R9,12              12: its timer: external X'80'
         MVC   EXTNEW,EXTPSW
         XC    EXTCODE,EXTCODE
         MVC   TIMER,=F'768'      3 ticks
         SSM   MASKEXT
         L     R4,=F'2000000'
SPIN     CLC   EXTCODE,=H'0'
         BNE   TIMED
         BCT   R4,SPIN
         B     FAIL
TIMED    CLC   EXTCODE,=H'128'
         BNE   FAIL
         LA    R9,14              14: DIAGNOSE X'0C', odd: specification
         MVC   PGMNEW,PGMPSW
         XC    PGMCODE,PGMCODE
         LA    R2,CPTIME+1
         DC    X'8320000C'
         CLC   PGMCODE,=H'6'
         BNE   FAIL
         LA    R9,15              15: ... past its storage: addressing
         XC    PGMCODE,PGMCODE
         L     R2,=F'524280'
         DC    X'8320000C'
         CLC   PGMCODE,=H'5'
         BNE   FAIL
         LA    R9,16              16: X'10', first above last: spec.
         XC    PGMCODE,PGMCODE
         L     R2,=F'8192'
         L     R3,=F'4096'
         DC    X'83230010'
         CLC   PGMCODE,=H'6'
         BNE   FAIL
         LA    R9,17              17: LPSW not on a doubleword: spec.
         XC    PGMCODE,PGMCODE
         LPSW  DONEPSW+4
         CLC   PGMCODE,=H'6'
         BNE   FAIL
         LA    R9,18              18: ISK past its storage: addressing
         XC    PGMCODE,PGMCODE
         L     R2,=F'524288'
         ISK   R4,R2
         CLC   PGMCODE,=H'5'
         BNE   FAIL
         LA    R9,13              13: problem state: privileged op
         MVC   PGMNEW,PGMSUP      (back to supervisor state)
         XC    PGMCODE,PGMCODE
         LPSW  PROBPSW
PROB     SSM   MASKFF
PROBBACK CLC   PGMCODE,=H'2'
         BNE   FAIL
         TM    PGMOLD+1,X'01'     it was in problem state
         BZ    FAIL
         LPSW  DONEPSW            every check passed
FAIL     STH   R9,FAILPSW+6
         LPSW  FAILPSW
*
* The new PSWs' routines
SVCCODE  LPSW  SVCOLD             back after the SVC
PGMRTN   MVC   PGMCODE,PGMOLD+2   note the code, go on after it
         LPSW  PGMOLD
EXTRTN   MVC   EXTCODE,EXTOLD+2
         LPSW  EXTOLD
PGMSUPR  MVC   PGMCODE,PGMOLD+2
         LPSW  PROBBPSW
*
         DS    0D
SVCPSW   DC    X'00000000',A(SVCCODE-GUESTT)
PGMPSW   DC    X'00000000',A(PGMRTN-GUESTT)
EXTPSW   DC    X'00000000',A(EXTRTN-GUESTT)
PGMSUP   DC    X'00000000',A(PGMSUPR-GUESTT)
PROBPSW  DC    X'00010000',A(PROB-GUESTT)      problem state
PROBBPSW DC    X'00000000',A(PROBBACK-GUESTT)
DONEPSW  DC    X'00020000',A(0)
FAILPSW  DC    X'00020000',X'00EE0000'
CPTIME   DS    XL32
PGMCODE  DS    H
EXTCODE  DS    H
MASKFF   DC    X'FF'
MASKEXT  DC    X'01'
MASKIO   DC    X'FE'
         LTORG
GUESTEND DS    0D
         END
