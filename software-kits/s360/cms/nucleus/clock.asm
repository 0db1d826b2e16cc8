         TITLE 'CLOCK - THE CLOCK OF A 360 WITHOUT ONE'
***********************************************************************
* CLOCK: time of day, date and the command timings of the ready       *
* message, and the external interruption handler.                     *
*                                                                     *
* A System/360 has no time-of-day clock. Under CP, CMS asks CP        *
* (DIAGNOSE X'0C', the pseudo timer: date MM/DD/YY and time HH:MM:SS, *
* as VM/370 documents it; the CP-67 manuals we read are silent). On   *
* the bare machine the operator types the date and time at IPL (INIT) *
* and the interval timer at X'50' keeps it: it counts down 300 times  *
* a second in bit 23 (PoO GA22-6821, "Interval Timer"), so one tick   *
* is 1/300 s. INIT loads it with two seconds' worth; each time it     *
* goes negative the external interruption adds those ticks to        *
* NUCTICKS and reloads it. Ticks since IPL = NUCTICKS + (value loaded *
* - value now) / 256, exact to a tick.                                *
*                                                                     *
* The same interruption types the blip (SET BLIP, VM/370's feature:   *
* a character every two seconds of a running command). The console's *
* INTERRUPT key (external interruption code X'40'; under CP, CP's     *
* EXTERNAL command) stops a running command in DEBUG, as CMS does     *
* (DBGEXT: GO lets it go on); while the console routine has an        *
* operation out it is kept (NUCFXPND) and CONSOLE takes it when the   *
* operation has ended; with no command running, in DEBUG already or   *
* at attention, it is ignored (ours).                                 *
*                                                                     *
* Entries:                                                            *
*   EXTHAND  the external new PSW's address                           *
*   TICKS    BALR R14,R15, disabled: R0 = ticks since IPL (R0 only)   *
*   GETDT    BALR R14,R15: R0 = date X'00MMDDYY', R1 = time           *
*            X'00HHMMSS', unsigned decimal digits (the file system's  *
*            FST date and time are taken from them)                   *
*   GETTOD   BALR R14,R15, R1 -> 17 bytes: 'MM/DD/YY HH.MM.SS'        *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         PRINT GEN
TIMER2S  EQU   600*256            two seconds in the timer's units
*
CLOCK    CSECT
         ENTRY EXTHAND,TICKS,GETDT,GETTOD
         USING NUCON,R0
*
***********************************************************************
* EXTHAND: the external new PSW leads here, disabled.                 *
***********************************************************************
EXTHAND  STM   R0,R15,NUCEXREG
         BALR  R12,0
CLKBASE  DS    0H                 the module's one base
         USING CLKBASE,R12
         TM    EXTOPSW+3,X'80'    the interval timer?
         BZ    EXTKEY
         L     R1,NUCTIMLD        ticks since the last reload
         S     R1,TIMER
         SRA   R1,8
         A     R1,NUCTICKS
         ST    R1,NUCTICKS
         L     R1,=A(TIMER2S)
         ST    R1,TIMER
         ST    R1,NUCTIMLD
*
* The blip: only while a command runs and nobody uses the console; the
* I/O handler sees its ending (NUCFBLIP) and nobody waits for it.
         TM    NUCSETS,NUCSBLIP
         BZ    EXTKEY
         TM    NUCFLAGS,NUCFCMD
         BZ    EXTKEY
         TM    NUCFLAGS,NUCFCBSY+NUCFBLIP+NUCFATN+NUCFKT
         BNZ   EXTKEY
         MVC   BLIPCHAR,NUCBLIPC
         LA    R1,BLIPCCW
         ST    R1,CAW
         LH    R2,NUCCONS
         SIO   0(R2)
         BNZ   EXTKEY             busy or gone: no blip this time
         OI    NUCFLAGS,NUCFBLIP
*
* The INTERRUPT key: the running command stops in DEBUG.
EXTKEY   TM    EXTOPSW+3,X'40'
         BZ    EXTRET
         TM    NUCFLAGS,NUCFCMD   a command to stop?
         BZ    EXTRET
         TM    NUCFLAGS,NUCFATN+NUCFDBG
         BNZ   EXTRET
         TM    NUCFLAGS,NUCFCBSY  the console writing: when it is done
         BZ    EXTDBG
         OI    NUCFLAG2,NUCFXPND
         B     EXTRET
EXTDBG   LA    R1,EXTOPSW         what DEBUG's GO resumes
         LA    R2,NUCEXREG
         L     R15,=V(DBGEXT)
         BR    R15                (it does not come back)
EXTRET   LM    R0,R15,NUCEXREG
         LPSW  EXTOPSW
*
***********************************************************************
* TICKS: R0 = ticks (1/300 s) since IPL. Call disabled.               *
***********************************************************************
TICKS    L     R0,NUCTIMLD
         S     R0,TIMER
         SRA   R0,8
         A     R0,NUCTICKS
         BR    R14
*
***********************************************************************
* GETTOD: the date and time now, 'MM/DD/YY HH.MM.SS', at R1.          *
***********************************************************************
GETTOD   STM   R14,R12,12(R13)
         USING GETTOD,R15
         L     R12,GTBASE
         B     GETTOD1
GTBASE   DC    A(CLKBASE)
         DROP  R15
GETTOD1  DS    0H
         LR    R9,R1
         TM    NUCFLAGS,NUCFCP
         BZ    TODBARE
*
* Under CP: DIAGNOSE X'0C' stores MM/DD/YY, HH:MM:SS and two CPU times.
         LA    R2,CPTIME
         DC    X'8320000C'        DIAGNOSE R2,R0,X'0C'
         MVC   0(8,R9),CPTIME
         MVI   8(R9),C' '
         MVC   9(8,R9),CPTIME+8
         MVI   11(R9),C'.'
         MVI   14(R9),C'.'
         B     TODRET
*
* Bare machine: seconds after midnight = the time set at IPL plus the
* ticks since; each whole day moves the date on.
TODBARE  SSM   =X'00'
         BAL   R14,TICKS
         SSM   =X'FF'
         SRDL  R0,32              R0:R1 = ticks
         D     R0,=F'300'         R1 = seconds since IPL
         A     R1,NUCTOD0
         SR    R0,R0
         D     R0,=F'86400'       R1 = days, R0 = seconds of today
         LR    R7,R1
         SRDL  R0,32
         D     R0,=F'3600'        R1 = hours
         CVD   R1,DWORK
         UNPK  9(2,R9),DWORK+6(2)
         OI    10(R9),X'F0'
         MVI   11(R9),C'.'
         SRDL  R0,32
         D     R0,=F'60'          R1 = minutes, R0 = seconds
         CVD   R1,DWORK
         UNPK  12(2,R9),DWORK+6(2)
         OI    13(R9),X'F0'
         MVI   14(R9),C'.'
         CVD   R0,DWORK
         UNPK  15(2,R9),DWORK+6(2)
         OI    16(R9),X'F0'
         MVI   8(R9),C' '
*
* The date: the IPL date plus R7 days, a day at a time (rarely more
* than one), with the months' lengths and leap years (every fourth
* year: 1901-2099 need no more).
         MVC   0(8,R9),NUCDATE0
         LTR   R7,R7
         BZ    TODRET
         PACK  DWORK,0(2,R9)      month
         CVB   R3,DWORK
         PACK  DWORK,3(2,R9)      day
         CVB   R4,DWORK
         PACK  DWORK,6(2,R9)      year
         CVB   R5,DWORK
NEXTDAY  LA    R4,1(,R4)
         LR    R1,R3
         IC    R2,MONTHLEN-1(R1)
         N     R2,=F'255'
         C     R3,=F'2'           February of a leap year has 29
         BNE   DAYCHK
         LR    R1,R5
         N     R1,=F'3'
         BNZ   DAYCHK
         LA    R2,29
DAYCHK   CR    R4,R2
         BNH   DAYOK
         LA    R4,1
         LA    R3,1(,R3)
         C     R3,=F'12'
         BNH   DAYOK
         LA    R3,1
         LA    R5,1(,R5)
         C     R5,=F'99'
         BNH   DAYOK
         SR    R5,R5
DAYOK    BCT   R7,NEXTDAY
         CVD   R3,DWORK
         UNPK  0(2,R9),DWORK+6(2)
         OI    1(R9),X'F0'
         CVD   R4,DWORK
         UNPK  3(2,R9),DWORK+6(2)
         OI    4(R9),X'F0'
         CVD   R5,DWORK
         UNPK  6(2,R9),DWORK+6(2)
         OI    7(R9),X'F0'
TODRET   LM    R14,R12,12(R13)
         BR    R14
*
***********************************************************************
* GETDT: R0 = date X'00MMDDYY', R1 = time X'00HHMMSS'.                *
***********************************************************************
GETDT    STM   R14,R12,12(R13)
         USING GETDT,R15
         L     R12,DTBASE
         B     GETDT1
DTBASE   DC    A(CLKBASE)
         DROP  R15
GETDT1   DS    0H
         ST    R13,DTSAVE+4
         LA    R13,DTSAVE
         LA    R1,DTTEXT
         LA    R15,GETTOD
         BALR  R14,R15
         L     R13,DTSAVE+4
*                                 'MM/DD/YY HH.MM.SS' to digits
         MVC   DTDIG(2),DTTEXT       MM
         MVC   DTDIG+2(2),DTTEXT+3   DD
         MVC   DTDIG+4(2),DTTEXT+6   YY
         MVC   DTDIG+6(2),DTTEXT+9   HH
         MVC   DTDIG+8(2),DTTEXT+12  MM
         MVC   DTDIG+10(2),DTTEXT+15 SS
         MVI   DTDIG+12,X'F0'
         PACK  DTPACK(7),DTDIG(13)   X'MMDDYYHHMMSS0F'
         L     R0,DTPACK          X'MMDDYYHH'
         SRL   R0,8               X'00MMDDYY'
         MVI   DTWORD,0
         MVC   DTWORD+1(3),DTPACK+3
         L     R1,DTWORD          X'00HHMMSS'
         L     R14,12(,R13)
         LM    R2,R12,28(R13)
         BR    R14
*
         DS    0D
DWORK    DS    D
DTPACK   DS    D
DTWORD   DS    F
DTSAVE   DS    18F
DTTEXT   DS    CL17
DTDIG    DS    CL13
         DS    0D
CPTIME   DS    XL32               DIAGNOSE X'0C' answer
MONTHLEN DC    AL1(31,28,31,30,31,30,31,31,30,31,30,31)
         DS    0D
BLIPCCW  CCW   X'01',BLIPCHAR,X'20',1   write, no carrier return
BLIPCHAR DC    C'*'
         LTORG
         END
