         TITLE 'INIT - IPL: THE NUCLEUS MAKES ITSELF READY'
***********************************************************************
* INIT: where the IPL PSW leads (CMS PLM GY20-0591, "initialization": *
* the nucleus sets its interruption PSWs, finds its console and       *
* storage, and enters the command loop).                              *
*                                                                     *
* Under CP or not. A 360 cannot ask whether it is virtual (STIDP came *
* with the 370). CMS gives DIAGNOSE X'0C' (CP's pseudo timer: date    *
* and time) an area of zeros: under CP the date arrives; on the bare  *
* machine DIAGNOSE in supervisor state does nothing here (simmon's    *
* 360/67 documents it as a no-operation; what a real 67 does with     *
* code X'0C' is model-dependent, which is why a bare-machine CMS of   *
* the day was built for it), and the area stays zero.                 *
*                                                                     *
* The console (the issue: 009 in a virtual machine, 01F on the bare   *
* machine, configurable at IPL). CMS takes 009 under CP, 01F bare.    *
* When that address is not operational CMS waits, typing nothing (it  *
* has nowhere to type), for the REQUEST key on any typewriter: the    *
* first device to present attention becomes the console. So another   *
* console is chosen at IPL by pressing its REQUEST key.               *
*                                                                     *
* The time (see CLOCK). Under CP, CP has it. Bare, CMS types          *
*   ENTER DATE AND TIME: MM/DD/YY HH.MM.SS                            *
* and the operator types them (the way OS/360's and BOS/360's         *
* operators set the date at IPL); a null line starts the clock at     *
* 01/01/70 00.00.00. The interval timer keeps it from then on.        *
*                                                                     *
* The disks: the IPL device becomes the system disk S (the file       *
* system's ACCDISK), and 191 the A disk when it holds a CMS disk.     *
* Then PROFILE EXEC runs when a disk has one.                         *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         SVCFRAME
         PRINT GEN
TIMER2S  EQU   600*256            two seconds in the timer's units
*
INIT     CSECT
         USING NUCON,R0
         BALR  R12,0
         USING *,R12
         MVC   NUCIPLDV,IPLPSW+2  the IPL stored its device at 2-3
         MVC   EXTNPSW,PSWEXT
         MVC   SVCNPSW,PSWSVC
         MVC   PGMNPSW,PSWPGM
         MVC   MCKNPSW,PSWMCK
         MVC   IONPSW,PSWIO
         MVC   NUCRDR,=X'000C'
         MVC   NUCPUN,=X'000D'
         MVC   NUCPRT,=X'000E'
         L     R1,=V(NUCEND)  the SVC 202 frames: free storage after
         LA    R1,7(,R1)          the nucleus (NUCEND is its last
         N     R1,=X'00FFFFF8'    section)
         ST    R1,NUCSVBOT
         ST    R1,NUCSVTOP
         A     R1,=A(NUCNFRM*SVFLEN)
         ST    R1,NUCSVLIM
*
* The user area (LOADER): X'20000' as in VM/370, or the next 64K
* boundary above the frames should the nucleus grow past it. Between
* the frames and the user area: the low free storage area (FREESTOR).
         A     R1,=A(X'FFFF')
         N     R1,=X'00FF0000'
         C     R1,=A(X'20000')
         BNL   USERORG
         L     R1,=A(X'20000')
USERORG  ST    R1,NUCUSER
         ST    R1,NUCLDEND
*
* Storage: touch each 64K until an addressing exception says where it
* ends.
         MVC   PGMNPSW,PSWPROBE
         L     R2,=F'65536'
PROBE    IC    R0,0(,R2)
         A     R2,=F'65536'
         C     R2,=F'16777216'
         BL    PROBE
PROBEND  ST    R2,NUCMEMSZ
         MVC   PGMNPSW,PSWPGM
*
* Free storage: the low area from the frames to the user area, and
* pages of the user area from its top down (FREESTOR).
         L     R0,NUCSVLIM
         L     R1,NUCUSER
         LA    R2,1
         LA    R13,SAVE
         L     R15,=V(FREEINIT)
         BALR  R14,R15
*
* The interval timer: two seconds a round (CLOCK).
         L     R1,=A(TIMER2S)
         ST    R1,TIMER
         ST    R1,NUCTIMLD
*
* Under CP?
         XC    CPAREA,CPAREA
         LA    R2,CPAREA
         DC    X'8320000C'        DIAGNOSE R2,R0,X'0C'
         MVC   NUCCONS,=X'01F'
         CLI   CPAREA,0
         BE    CONSOLE
         OI    NUCFLAGS,NUCFCP
         MVC   NUCCONS,=X'0009'
         MVC   NUCDATE0,CPAREA
*
* The console: operational, or the first REQUEST key.
CONSOLE  SSM   =X'FF'
         LH    R2,NUCCONS
         TIO   0(R2)
         BC    1,NOCONS
         B     LOGO
NOCONS   MVC   NUCCONS,=X'FFFF'   IOSUP takes the next attention's
ATTNWAIT CLC   NUCCONS,=X'FFFF'   device
         BNE   LOGO
         LPSW  PSWATTN
*
LOGO     LA    R13,SAVE
         WRTERM LOGOMSG
         TM    NUCFLAGS,NUCFCP
         BO    READY
*
* The date and time, on the bare machine.
ASKTIME  WRTERM 'ENTER DATE AND TIME: MM/DD/YY HH.MM.SS'
         RDTERM LINE
         LTR   R0,R0
         BNZ   PARSE
         MVC   LINE(17),=C'01/01/70 00.00.00'
         LA    R0,17
PARSE    C     R0,=F'17'
         BL    BADTIME
         LA    R2,LINE            check each character against the form
         LA    R3,FORM
         LA    R4,17
CHECK    CLI   0(R3),C'N'
         BNE   CHECKSEP
         CLI   0(R2),C'0'
         BL    BADTIME
         CLI   0(R2),C'9'
         BH    BADTIME
         B     CHECKNXT
CHECKSEP CLC   0(1,R2),0(R3)
         BE    CHECKNXT
         CLI   0(R3),C'.'         the time may be written with colons
         BNE   BADTIME
         CLI   0(R2),C':'
         BNE   BADTIME
         MVI   0(R2),C'.'
CHECKNXT LA    R2,1(,R2)
         LA    R3,1(,R3)
         BCT   R4,CHECK
         LA    R1,LINE            month 1-12
         BAL   R14,TWO
         LTR   R5,R15
         BZ    BADTIME
         C     R5,=F'12'
         BH    BADTIME
         LA    R1,LINE+3          day 1 to the month's length
         BAL   R14,TWO
         LTR   R6,R15
         BZ    BADTIME
         IC    R7,MONTHLEN-1(R5)
         N     R7,=F'255'
         CR    R6,R7
         BH    BADTIME
         LA    R1,LINE+9          hours, minutes, seconds
         BAL   R14,TWO
         C     R15,=F'23'
         BH    BADTIME
         M     R14,=F'3600'
         LR    R8,R15
         LA    R1,LINE+12
         BAL   R14,TWO
         C     R15,=F'59'
         BH    BADTIME
         M     R14,=F'60'
         AR    R8,R15
         LA    R1,LINE+15
         BAL   R14,TWO
         C     R15,=F'59'
         BH    BADTIME
         AR    R8,R15
*
* Start the clock now: the time typed is the time of this moment.
         SSM   =X'00'
         ST    R8,NUCTOD0
         MVC   NUCDATE0,LINE
         XC    NUCTICKS,NUCTICKS
         XC    NUCDAYS,NUCDAYS
         L     R1,=A(TIMER2S)
         ST    R1,TIMER
         ST    R1,NUCTIMLD
         SSM   =X'FF'
         B     READY
BADTIME  WRTERM 'DMSINI080E INVALID DATE OR TIME'
         B     ASKTIME
*
*
* The disks: the one CMS was IPLed from is the system disk, S, read-
* only (GH20-0859: the system disk holds the command modules); 191,
* the user's disk, is A when it holds a CMS disk (FORMAT makes one).
READY    LH    R0,NUCIPLDV
         CH    R0,NUCRDR          IPLed from cards: no system disk
         BE    USERDISK
         LA    R1,C'S'
         LA    R2,X'40'           the system disk, read-only
         L     R15,=V(ACCDISK)
         BALR  R14,R15
         LTR   R15,R15
         BZ    USERDISK
         LH    R0,NUCIPLDV
         LA    R1,HEX
         L     R15,=V(HEXOUT)
         BALR  R14,R15
         MVC   NOSYSDEV,HEX+5
         WRTERM NOSYS
USERDISK LA    R0,X'191'
         LA    R1,C'A'
         SR    R2,R2
         L     R15,=V(ACCDISK)
         BALR  R14,R15
*
* PROFILE EXEC, when a disk has one (GH20-0859: CMS runs it at IPL).
         CMSCALL PROFSTAT         STATE PROFILE EXEC
         LTR   R15,R15
         BNZ   CMDS
         CMSCALL PROFEXEC
CMDS     L     R15,=V(CMDLOOP)
         BR    R15
*
* TWO: R1 -> two decimal digits; R15 = their value. Uses R14 as
* return, R15 only.
TWO      IC    R15,0(,R1)
         N     R15,=F'15'
         MH    R15,=H'10'
         ST    R15,TWOWORK
         IC    R15,1(,R1)
         N     R15,=F'15'
         A     R15,TWOWORK
         BR    R14
*
         DS    0D
PSWEXT   DC    X'00000000',V(EXTHAND)
PSWSVC   DC    X'00000000',V(SVCHAND)
PSWPGM   DC    X'00000000',V(PGMHAND)
PSWMCK   DC    X'00020000',X'00000030'   machine check: wait X'30'
PSWIO    DC    X'00000000',V(IOHAND)
PSWPROBE DC    X'00000000',A(PROBEND)
PSWATTN  DC    X'FF020000',A(ATTNWAIT)
CPAREA   DS    XL32
SAVE     DS    18F
TWOWORK  DS    F
LINE     DS    CL130
FORM     DC    C'NN/NN/NN NN.NN.NN'
MONTHLEN DC    AL1(31,29,31,30,31,30,31,31,30,31,30,31)
HEX      DS    CL8
         DS    0F
PROFSTAT DC    CL8'STATE',CL8'PROFILE',CL8'EXEC',CL2' ',H'0'  an FSCB
         DC    A(0),F'0',CL2'F ',H'0',F'0'
PROFEXEC DC    CL8'EXEC',CL8'PROFILE',8X'FF'
NOSYS    DS    0CL40
         DC    C'DMSINI081E SYSTEM DISK '
NOSYSDEV DC    C'000'
         DC    C' NOT ACCESSED'
LOGOMSG  DC    C'CMS VERSION 3.1, RE-CREATED FOR SIMMON''S SYSTEM/360'
         LTORG
         END
