         TITLE 'CPABEND - CP STOPS ON ITS OWN ERROR'
***********************************************************************
* CPABEND: the end of CP when it finds its own state impossible (out  *
* of free storage, a stack overflow, a program check in CP's code).   *
* Never for a guest's doing: what a guest does wrong is reflected to  *
* it. Reached through PSAABEND (maclib CPABEND: R14 -> the 6-byte     *
* code after the BALR), with no base register or stack assumed. It    *
* keeps the registers at PSAABRGS, types                              *
*   CP ABEND code, PSW xxxxxxxx xxxxxxxx                              *
* on the 1052 (the PSW is the one at PSAABPSW when a program check    *
* brought CP here, else one pointing at the CPABEND), and stops in a  *
* disabled wait at that address, where simmon's console shows it and  *
* the registers can be examined.                                      *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         PRINT GEN
ABENDMOD CSECT
         ENTRY ABEND
         USING PSA,R0
ABEND    STM   R0,R15,PSAABRGS
         BALR  R12,0
         USING *,R12
         MVC   ABMCODE,0(R14)
         CLI   PSAABPSW,X'FF'     a PSW given by the program check?
         BE    ABPSWOK
         LA    R2,0(,R14)         else the CPABEND's own address
         SH    R2,=H'6'
         ST    R2,PSAABPSW+4
         MVC   PSAABPSW(4),=X'00000000'
ABPSWOK  MVI   PSAABPSW,0
         LA    R2,PSAABPSW
         LA    R3,ABMPSW
         BAL   R14,HEXWORD
         MVI   ABMPSW+8,C' '
         LA    R2,PSAABPSW+4
         LA    R3,ABMPSW+9
         BAL   R14,HEXWORD
         LA    R1,ABMSG
         LA    R0,ABMLEN
         L     R15,=V(OPWRITE)
         BALR  R14,R15
         MVC   ABWAIT+4(4),PSAABPSW+4
         LPSW  ABWAIT
* HEXWORD: the word at R2 as 8 hexadecimal characters at R3.
HEXWORD  LA    R4,4
HEXBYTE  SR    R6,R6
         IC    R6,0(,R2)
         SRDL  R6,4
         IC    R6,HEXDIG(R6)
         STC   R6,0(,R3)
         SRL   R7,28
         IC    R7,HEXDIG(R7)
         STC   R7,1(,R3)
         LA    R2,1(,R2)
         LA    R3,2(,R3)
         BCT   R4,HEXBYTE
         BR    R14
*
         DS    0D
ABWAIT   DC    X'00020000',A(0)   EC, disabled, wait
HEXDIG   DC    C'0123456789ABCDEF'
ABMSG    DC    C'CP ABEND '
ABMCODE  DC    CL6' '
         DC    C', PSW '
ABMPSW   DC    CL17' '
ABMLEN   EQU   *-ABMSG
         LTORG
         END
