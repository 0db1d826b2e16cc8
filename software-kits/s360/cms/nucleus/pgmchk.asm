         TITLE 'PGMCHK - PROGRAM CHECKS AND ABENDS'
***********************************************************************
* PGMCHK: what happens when a command fails beyond returning a code.  *
* A program check in a command (or in the nucleus) does not stop the  *
* machine: CMS types what happened and where, throws the command away *
* and goes back to the command loop (CMS PLM GY20-0591 on the         *
* program-check handling; GH20-0859: the user then gets the ready     *
* message and may look at the registers with DEBUG). The message is   *
* VM/370's DMSABN148T "SYSTEM ABEND xxx CALLED FROM xxxxxx", where    *
* xxx is OS's abend code for it (0Cn for program interruption code n, *
* Fnn for an SVC this CMS does not have), then the PSW, as the issue  *
* asks. The return code of the command is the abend code.             *
*                                                                     *
* A breakpoint of DEBUG is a program check too (an operation         *
* exception): DBGBRK takes it before anything is typed.               *
*                                                                     *
* Entries:                                                            *
*   PGMHAND  the program new PSW's address                            *
*   ABEND    R1 = abend code, R2 = address it came from, the PSW in   *
*            NUCPGPSW and the registers in NUCPGREG (SVC202 uses it)  *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         PRINT GEN
PGMCHK   CSECT
         ENTRY PGMHAND,ABEND
         USING NUCON,R0
*
PGMHAND  STM   R0,R15,NUCPGREG
         MVC   NUCPGPSW,PGMOPSW
         BALR  R12,0
         USING *,R12
         L     R15,=V(DBGBRK)     a DEBUG breakpoint? (DBGBRK does not
         BALR  R14,R15            come back when it is)
         SR    R1,R1
         IC    R1,PGMOPSW+3       the interruption code: abend 0Cn
         LA    R1,X'0C0'(,R1)
         L     R2,PGMOPSW+4
         DROP  R12
*
ABEND    BALR  R12,0
         USING *,R12
         TM    ABFLAGS,ABBUSY     a check while reporting one: the
         BO    ABSTOP             nucleus itself is broken
         OI    ABFLAGS,ABBUSY
         LA    R2,0(,R2)
         ST    R1,ABCODE
         ST    R2,ABADDR
*
* Throw the command away: its SVC frames, the attention state, a
* console operation it had out (the console is idle again when the
* typing below waits for it), typing killed.
         MVC   NUCSVTOP,NUCSVBOT
         NI    NUCFLAGS,255-NUCFCMD-NUCFATN-NUCFKT-NUCFAPND-NUCFCBSY
         NI    NUCFLAGS,255-NUCFDBG
         OI    NUCFLAG2,NUCFPGM
         SSM   =X'FF'
         LA    R13,SAVE
         L     R0,ABCODE          three hex digits
         LA    R1,HEX
         L     R15,=V(HEXOUT)
         BALR  R14,R15
         MVC   MSGCODE,HEX+5
         L     R0,ABADDR
         LA    R1,HEX
         BALR  R14,R15
         MVC   MSGADDR,HEX+2
         WRTERM MSG1
         L     R0,NUCPGPSW
         LA    R1,MSGPSW1
         L     R15,=V(HEXOUT)
         BALR  R14,R15
         L     R0,NUCPGPSW+4
         LA    R1,MSGPSW2
         L     R15,=V(HEXOUT)
         BALR  R14,R15
         WRTERM MSG2
         NI    ABFLAGS,255-ABBUSY
         L     R15,ABCODE         the command's return code
         L     R14,=V(CMDEND)
         BR    R14
*
ABSTOP   LPSW  STOPPSW            disabled wait, code X'0C0'
*
         DS    0D
STOPPSW  DC    X'00020000',X'000000C0'
SAVE     DS    18F
ABCODE   DS    F
ABADDR   DS    F
HEX      DS    CL8
ABFLAGS  DC    X'00'
ABBUSY   EQU   X'80'
MSG1     DS    0CL46
         DC    C'DMSABN148T SYSTEM ABEND '
MSGCODE  DC    C'000'
         DC    C' CALLED FROM '
MSGADDR  DC    C'000000'
MSG2     DS    0CL21
         DC    C'PSW '
MSGPSW1  DC    C'00000000'
         DC    C' '
MSGPSW2  DC    C'00000000'
         LTORG
         END
