         TITLE 'CPINIT - CP STARTS'
***********************************************************************
* CPINIT: where the IPL PSW leads, on the bare 360/67 (CP-67 PLM,     *
* "Initialization"). In order:                                        *
*  - extended control mode (CR6 bit 8) with every channel (CR4) and   *
*    the timer and interrupt key (CR6 bits 24-25) unmasked, so that   *
*    CP can use DAT for its guests (reference section 2.3)            *
*  - the size of real storage, found by touching each 4K page from    *
*    64K up until one gives an addressing exception                   *
*  - the interruption new PSWs: extended, supervisor, key 0, every    *
*    mask off, translation off: CP runs disabled                      *
*  - the save-area stack, free storage (an eighth of real storage,    *
*    at least 48K, from the first page after the nucleus), the frame  *
*    table: every frame above free storage is a guest's to have       *
*  - the real devices, and the volume label of each disk              *
*  - the operator dialogue on the 1052 (the CP-67 Operator's Guide,   *
*    GH20-0856, has the operator give the date and time, as a 360 has *
*    no clock, and choose a warm or a cold start; the Guide's exact   *
*    wording was not available to us, so ours follows the pattern of  *
*    VM/370's start-up: the system's name and level, then questions  *
*    with their answers in the prompt):                               *
*      CP-67 VERSION 3.1                                              *
*      STORAGE 512K, NUCLEUS 64K, FREE STORAGE 64K, 96 PAGE FRAMES    *
*      PAGING ON 197, 2301 DRUM, 800 PAGES                            *
*      ENTER DATE AND TIME: MM/DD/YY HH.MM.SS                         *
*      START (WARM|COLD):                                             *
*      CP-67 READY AT HH:MM:SS ON MM/DD/YY, COLD START                *
*    A null line gives 01/01/70 00.00.00, as bare CMS does; a date    *
*    or time that does not exist is asked for again; WARM and COLD    *
*    may be W and C. A warm start keeps the spool files checkpointed  *
*    at the last SHUTDOWN (cp-vio reads PSASTART); a cold start       *
*    begins with none.                                                *
*  - the other parts' starts, when they are linked: cp-vio's VIOINIT  *
*    (spooling, warm or cold), cp-users' USRINIT (the operator logged *
*    on at the 1052, the 2703 lines enabled), and VMTEST (the kernel's*
*    own test harness, linked only into the test system)              *
*  - the dispatcher.                                                  *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         PRINT GEN
INITMOD  CSECT
         ENTRY CPINIT
         WXTRN VIOINIT,USRINIT,VMTEST
         EXTRN EXTINT,SVCINT,PGMINT,MCKINT,IOINT,ABEND
         EXTRN CPSTACK,STACKEND,NUCEND
         USING PSA,R0
CPINIT   BALR  R12,0
         USING *,R12
         L     R12,=A(INITMOD)
         DROP  R12
         USING INITMOD,R12
         LMC   6,6,=X'008000C0'   extended mode; timer, interrupt key
         LMC   4,4,=X'FFFFFFFF'   every channel
* How much storage: touch each page from 64K until one is not there
         MVC   PGMNPSW,PROBEPSW
         L     R3,=F'65536'
PROBE    C     R3,=F'16777216'
         BNL   PROBEEND
         IC    R0,0(,R3)
         A     R3,=F'4096'
         B     PROBE
PROBEPC  DS    0H                 (an addressing exception: the end)
PROBEEND XC    PSASTACK(256),PSASTACK
         XC    PSASTACK+256(PSAEND-PSASTACK-256),PSASTACK+256
         ST    R3,PSASTOR
* The new PSWs: extended, disabled, supervisor, key 0
         MVC   EXTNPSW(4),=X'00000000'
         MVC   EXTNPSW+4(4),=A(EXTINT)
         MVC   SVCNPSW(4),=X'00000000'
         MVC   SVCNPSW+4(4),=A(SVCINT)
         MVC   PGMNPSW(4),=X'00000000'
         MVC   PGMNPSW+4(4),=A(PGMINT)
         MVC   MCKNPSW(4),=X'00000000'
         MVC   MCKNPSW+4(4),=A(MCKINT)
         MVC   IONPSW(4),=X'00000000'
         MVC   IONPSW+4(4),=A(IOINT)
         MVC   PSAWAITP(4),=X'03020000'  the enabled wait
         MVC   PSAWAITP+4(4),=A(0)
         MVC   PSAABEND,=A(ABEND)
         MVC   TIMER,=X'7FFFFF00'
         MVC   PSALASTT,TIMER
* The stack, free storage, the frames
         L     R13,=A(CPSTACK)
         ST    R13,PSASTKBS
         LA    R2,72(,R13)
         ST    R2,PSASTACK
         MVC   PSASTEND,=A(STACKEND)
         L     R2,=A(NUCEND+4095)
         N     R2,=X'00FFF000'
         ST    R2,PSANUCE
         L     R0,PSASTOR         an eighth, in pages, at least 48K
         SRL   R0,3
         N     R0,=X'00FFF000'
         C     R0,=F'49152'
         BNL   *+8
         L     R0,=F'49152'
         ST    R0,FREESIZE
         LR    R1,R2
         CALL  FREEINIT
         CALL  FRMINIT
         CALL  RDEVINIT
* Who we are and what we have
         LA    R1,VERMSG
         LA    R0,L'VERMSG
         BAL   R14,TYPE
         LA    R3,LINE
         MVC   0(8,R3),=C'STORAGE '
         LA    R3,8(,R3)
         L     R1,PSASTOR
         SRL   R1,10
         BAL   R14,DECOUT
         MVC   0(11,R3),=C'K, NUCLEUS '
         LA    R3,11(,R3)
         L     R1,PSANUCE
         SRL   R1,10
         BAL   R14,DECOUT
         MVC   0(16,R3),=C'K, FREE STORAGE '
         LA    R3,16(,R3)
         L     R1,FREESIZE
         SRL   R1,10
         BAL   R14,DECOUT
         MVC   0(3,R3),=C'K, '
         LA    R3,3(,R3)
         L     R1,PSAFRMFR
         BAL   R14,DECOUT
         MVC   0(12,R3),=C' PAGE FRAMES'
         LA    R3,12(,R3)
         BAL   R14,TYPELINE
         CALL  PAGINIT            the paging device (it says which)
* The date and time
ASKDATE  LA    R1,DATEMSG
         LA    R0,L'DATEMSG
         BAL   R14,TYPE
         BAL   R14,READ
         LTR   R0,R0
         BNZ   DATEPARS
         MVC   LINE(17),=C'01/01/70 00.00.00'
         LA    R0,17
DATEPARS CH    R0,=H'17'
         BNE   BADDATE
         LA    R2,LINE
         LA    R3,DATEFORM
         LA    R4,17
DATECHK  CLI   0(R3),C'N'
         BNE   DATESEP
         CLI   0(R2),C'0'
         BL    BADDATE
         CLI   0(R2),C'9'
         BH    BADDATE
         B     DATENEXT
DATESEP  CLC   0(1,R2),0(R3)
         BE    DATENEXT
         CLI   0(R3),C'.'         the time may have colons
         BNE   BADDATE
         CLI   0(R2),C':'
         BNE   BADDATE
DATENEXT LA    R2,1(,R2)
         LA    R3,1(,R3)
         BCT   R4,DATECHK
         LA    R2,LINE            month
         BAL   R14,TWODIG
         LR    R5,R1
         LA    R2,LINE+3          day
         BAL   R14,TWODIG
         LR    R6,R1
         LA    R2,LINE+6          year
         BAL   R14,TWODIG
         LR    R7,R1
         LTR   R5,R5
         BZ    BADDATE
         CH    R5,=H'12'
         BH    BADDATE
         LTR   R6,R6
         BZ    BADDATE
         IC    R8,MONTHLEN-1(R5)
         N     R8,=X'000000FF'
         CH    R5,=H'2'           February 29 in a leap year
         BNE   DATEDAY
         LR    R9,R7
         N     R9,=F'3'
         BNZ   DATEDAY
         LA    R8,29
DATEDAY  CR    R6,R8
         BH    BADDATE
         LA    R2,LINE+9          hours, minutes, seconds
         BAL   R14,TWODIG
         CH    R1,=H'23'
         BH    BADDATE
         MH    R1,=H'60'
         LR    R8,R1
         LA    R2,LINE+12
         BAL   R14,TWODIG
         CH    R1,=H'59'
         BH    BADDATE
         AR    R8,R1
         MH    R8,=H'60'
         LA    R2,LINE+15
         BAL   R14,TWODIG
         CH    R1,=H'59'
         BH    BADDATE
         AR    R8,R1
         LR    R9,R8
         M     R8,=F'300'         seconds to ticks
         ST    R9,PSATODT
         STC   R5,PSAMONTH
         STC   R6,PSADAY
         LA    R7,1900(,R7)
         STH   R7,PSAYEAR
         B     ASKSTART
BADDATE  LA    R1,BADDMSG
         LA    R0,L'BADDMSG
         BAL   R14,TYPE
         B     ASKDATE
* Warm or cold
ASKSTART LA    R1,STRTMSG
         LA    R0,L'STRTMSG
         BAL   R14,TYPE
         BAL   R14,READ
         LTR   R2,R0
         BZ    ASKSTART
         CH    R2,=H'4'           longer than WARM, COLD
         BH    ASKSTART
         BCTR  R2,0
         MVI   PSASTART,C'W'
         EX    R2,CLCWARM
         BE    STARTED
         MVI   PSASTART,C'C'
         EX    R2,CLCCOLD
         BE    STARTED
         B     ASKSTART
STARTED  MVC   TIMER,=X'7FFFFF00' the clock starts now
         MVC   PSALASTT,TIMER
         XC    PSATODR,PSATODR
         LA    R1,TODTEXT
         CALL  TODGET
         MVC   READYTIM,TODTEXT+8
         MVC   READYDAT,TODTEXT
         MVC   READYTYP,=C'WARM'
         CLI   PSASTART,C'W'
         BE    *+10
         MVC   READYTYP,=C'COLD'
         LA    R1,READYMSG
         LA    R0,READYLEN
         BAL   R14,TYPE
* The other parts start, then the dispatcher runs
         L     R15,=A(VIOINIT)
         LTR   R15,R15
         BZ    INITUSR
         BALR  R14,R15
INITUSR  L     R15,=A(USRINIT)
         LTR   R15,R15
         BZ    INITTEST
         BALR  R14,R15
INITTEST L     R15,=A(VMTEST)
         LTR   R15,R15
         BZ    INITDONE
         BALR  R14,R15
INITDONE L     R15,=V(DISPATCH)
         BR    R15
*
* TYPE: R1 -> text, R0 = length, on the 1052. TYPELINE: LINE up to R3.
TYPELINE LA    R1,LINE
         LR    R0,R3
         SR    R0,R1
TYPE     L     R15,=V(OPWRITE)
         BR    R15                (it returns to R14)
* READ: a line into LINE; R0 = its length.
READ     MVC   LINE,=CL80' '
         LA    R1,LINE
         LA    R0,L'LINE
         L     R15,=V(OPREAD)
         BR    R15
* TWODIG: R2 -> two digits -> R1 = their value.
TWODIG   PACK  DW,0(2,R2)
         CVB   R1,DW
         BR    R14
* DECOUT: R1 = a number -> its digits at R3, R3 past them.
DECOUT   CVD   R1,DW
         UNPK  DIGITS,DW
         OI    DIGITS+L'DIGITS-1,X'F0'
         LA    R4,DIGITS
         LA    R5,L'DIGITS-1
DECSKIP  CLI   0(R4),C'0'
         BNE   DECCOPY
         LA    R4,1(,R4)
         BCT   R5,DECSKIP
DECCOPY  EX    R5,DECMVC
         LA    R3,1(R5,R3)
         BR    R14
DECMVC   MVC   0(1,R3),0(R4)
CLCWARM  CLC   LINE(1),=C'WARM'
CLCCOLD  CLC   LINE(1),=C'COLD'
*
         DS    0D
PROBEPSW DC    X'00000000',A(PROBEPC)
DW       DS    D
FREESIZE DS    F
DIGITS   DS    CL10
TODTEXT  DS    CL16
LINE     DS    CL80
MONTHLEN DC    AL1(31,28,31,30,31,30,31,31,30,31,30,31)
DATEFORM DC    C'NN/NN/NN NN.NN.NN'
VERMSG   DC    C'CP-67 VERSION 3.1'
DATEMSG  DC    C'ENTER DATE AND TIME: MM/DD/YY HH.MM.SS'
BADDMSG  DC    C'INVALID DATE OR TIME'
STRTMSG  DC    C'START (WARM|COLD):'
READYMSG DC    C'CP-67 READY AT '
READYTIM DC    C'HH:MM:SS'
         DC    C' ON '
READYDAT DC    C'MM/DD/YY'
         DC    C', '
READYTYP DC    C'COLD'
         DC    C' START'
READYLEN EQU   *-READYMSG
         LTORG
         END
