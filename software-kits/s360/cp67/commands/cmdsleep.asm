         TITLE 'CMDSLEEP - SLEEP: THE TERMINAL DORMANT FOR A TIME'
***********************************************************************
* CMDSLEEP: the SLEEP command (docs/cp67.md "Commands"; User's Guide  *
* GH20-0859; VM/370's CP Command Reference gives the operands):       *
*   SLEEP [nn [SEC|MIN|HRS]]                                          *
* nn is 0-99, in minutes when no unit follows; with no nn the sleep   *
* lasts until attention. The virtual machine does not run meanwhile,  *
* and the terminal reads nothing; messages are typed as they come     *
* (TRMWRITE does not look at the sleep). The end, by the time or by   *
* attention (the terminal part calls SLPATTN), returns the terminal   *
* to where SLEEP was given: in CP mode to CP mode; from the virtual   *
* machine (DIAGNOSE X'08', CMS's CP SLEEP) the virtual machine goes   *
* on after its DIAGNOSE, and the attention is not the guest's.        *
*                                                                     *
* The time is a kernel timer request (kernel/timer.asm, TRQBLOK in    *
* the USRBLOK: USRSLEEP), called back at SLPWAKE; LOGOFF takes it off *
* the chain before the USRBLOK is freed.                              *
*                                                                     *
*   SLEEP    command routine: R11 -> VMBLOK, R10 -> TRMBLOK or 0,     *
*            R1 -> CMDPARM -> R15 = 0, or 26 (operands)               *
*   SLPWAKE  timer callback: R1 -> TRQBLOK, R0 = its VMBLOK           *
*   SLPATTN  R11 -> VMBLOK: attention. R15 = 0: it ended a sleep (and *
*            is spent), 4: the user was not asleep                    *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         USRBLOK
         TRQBLOK
         CMDPARM
         PRINT GEN
TICKSSEC EQU   300                ticks (1/300 s, PSAUPTK) a second
CMDSLEEP CSECT
         USING PSA,0
         ENTRY SLEEP,SLPWAKE,SLPATTN
         USING VMBLOK,R11
         USING USRBLOK,R8
*
SLEEP    ENTER BASE=CMDSLEEP
         LR    R9,R1
         USING CMDPARM,R9
         L     R8,VMUSRX
         L     R7,=F'-1'              no time: until attention
         LH    R2,CMDNTOK
         CH    R2,=H'1'
         BE    SLPGO
         CH    R2,=H'3'
         BH    SLPBAD
* nn: one or two decimal digits.
         LH    R3,CMDTOKL+2
         CH    R3,=H'2'
         BH    SLPBAD
         LA    R4,CMDTOK+8
         LR    R5,R3
SLPDIG   CLI   0(R4),C'0'
         BL    SLPBAD
         CLI   0(R4),C'9'
         BH    SLPBAD
         LA    R4,1(,R4)
         BCT   R5,SLPDIG
         BCTR  R3,0
         EX    R3,SLPPACK
         CVB   R7,SLPDW
* The unit: minutes unless it says otherwise.
         L     R5,=A(60*TICKSSEC)
         CH    R2,=H'3'
         BL    SLPMUL
         CLC   CMDTOK+16(8),=CL8'MIN'
         BE    SLPMUL
         L     R5,=A(TICKSSEC)
         CLC   CMDTOK+16(8),=CL8'SEC'
         BE    SLPMUL
         L     R5,=A(3600*TICKSSEC)
         CLC   CMDTOK+16(8),=CL8'HRS'
         BE    SLPMUL
         CLC   CMDTOK+16(8),=CL8'HR'
         BNE   SLPBAD
SLPMUL   MR    R6,R5                  R7 = ticks (99 hours fit)
SLPGO    OI    USRFLAGS,USRFSLP
         TM    CMDFLAG,CMDFDIAG
         BZ    SLPTIME
         OI    USRFLAGS,USRFSLVM      from the guest: it waits too
         CALL  VMSTOP
SLPTIME  LTR   R7,R7
         BM    SLPDONE
         LA    R1,USRSLEEP
         USING TRQBLOK,R1
         MVC   TRQRTN,=A(SLPWAKE)
         ST    R11,TRQWORD
         DROP  R1
         LR    R0,R7
         CALL  TMRSET
SLPDONE  LEAVE RC=0
SLPBAD   LA    R1,MSGBAD
         LA    R0,L'MSGBAD
         CALL  TRMWRITE
         LEAVE RC=26
SLPPACK  PACK  SLPDW(8),CMDTOK+8(1)   (EX: the length, 0 or 1)
         DROP  R9
*
SLPWAKE  ENTER BASE=CMDSLEEP
         LR    R11,R0
         BAL   R14,SLPEND
         LEAVE RC=0
*
SLPATTN  ENTER BASE=CMDSLEEP
         L     R8,VMUSRX
         LTR   R8,R8
         BZ    SLPAWAKE
         TM    USRFLAGS,USRFSLP
         BZ    SLPAWAKE
         LA    R1,USRSLEEP            the time is not waited for now
         CALL  TMRCANC
         BAL   R14,SLPEND
         LEAVE RC=0
SLPAWAKE LEAVE RC=4
*
* SLPEND: R11's sleep ends; the virtual machine goes on if the sleep
* stopped it (unless it is being logged off). R2, R8 used.
SLPEND   ST    R14,SLPR14
         L     R8,VMUSRX
         LTR   R8,R8
         BZ    SLPERET
         IC    R2,USRFLAGS
         NI    USRFLAGS,255-USRFSLP-USRFSLVM
         STC   R2,SLPFLAGS
         TM    SLPFLAGS,USRFSLVM
         BZ    SLPERET
         TM    VMRSTAT,VMLOGOFF
         BO    SLPERET
         CALL  VMSTART
SLPERET  L     R14,SLPR14
         BR    R14
*
MSGBAD   DC    C'DMKCFS026E OPERAND MISSING OR INVALID'
SLPFLAGS DS    X
         DS    0D
SLPDW    DS    D
SLPR14   DS    F
         LTORG
         END
