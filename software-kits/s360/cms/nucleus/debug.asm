         TITLE 'DEBUG - THE DEBUG ENVIRONMENT'
***********************************************************************
* DEBUG: CMS's debugging environment at the console (GH20-0859 lists  *
* DEBUG; its subcommands, their shortest forms and the message        *
* DMSDBG728I are VM/370's, CMS Command and Macro Reference "DEBUG     *
* Subcommands", where the CP-67 manual we read is silent).            *
* It is entered by the DEBUG command, or when a program reaches a     *
* breakpoint (DMSDBG728I DEBUG ENTERED BREAKPOINT nn AT xxxxxx). The  *
* registers, PSW, CSW and CAW are copies kept while in DEBUG and put  *
* back by GO. After a command that ended by an abend, DEBUG as the    *
* next command shows the registers and PSW of the abend.              *
*   BREAK id hexloc  (BR)  a breakpoint, id 0-15, at origin + hexloc *
*   GO [hexloc]            resume (at origin + hexloc); from the      *
*                          DEBUG command, GO is RETURN: nothing runs  *
*   GPR r1 [r2]            registers r1 to r2 (0-15)                  *
*   SET GPR r hex [hex]    set registers; SET PSW hex hex             *
*   PSW, CSW, CAW          show them                                  *
*   X hexloc [n]           n bytes (1-56, 4 if none) of storage       *
*   STORE hexloc hex [hex [hex]]  (ST) store bytes: each hex of up to *
*                          8 digits is (digits + 1) / 2 bytes         *
*   DUMP hexloc1 [hexloc2] (DU) print storage on the 1403, 16 bytes   *
*                          a line (hexloc2 - hexloc1 at most 64K)     *
*   ORIGIN hexloc    (OR)  hexloc operands count from here (at entry *
*                          the user area's origin, where programs     *
*                          load: ours; VM/370's is 0)                 *
*   RETURN (RET), HX       back to CMS (a program at a breakpoint is  *
*                          thrown away)                               *
* A breakpoint is the halfword X'00nn' put over the instruction (an   *
* operation exception): PGMCHK asks DBGBRK whether a program check is *
* one; the instruction is put back when it is reached (VM/370 clears  *
* a breakpoint when it is met too).                                   *
* The INTERRUPT key (external interruption X'40'; CP's EXTERNAL      *
* command under CP) stops a running command here too, as VM/370 CMS   *
* does (DMSDBG728I DEBUG ENTERED EXTERNAL INTERRUPT): GO lets it go   *
* on where it was, RETURN throws it away.                             *
* Entries: DEBUG (the command), DBGBRK (BALR R14,R15 from PGMHAND,    *
* disabled: returns when the check is no breakpoint), DBGEXT (BR R15  *
* from EXTHAND or CONSOLE, disabled: R1 -> the PSW to resume, R2 ->   *
* the 16 registers; does not return).                                 *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         PRINT GEN
NBREAKS  EQU   16
DEBUG    CSECT
         ENTRY DBGBRK,DBGEXT
         USING NUCON,R0
         USING DEBUG,R12,R11      every entry loads these bases
*
***********************************************************************
* The DEBUG command.                                                  *
***********************************************************************
         STM   R14,R12,12(R13)
         L     R12,DBASE-DEBUG(,R15)
         B     DEBUG1
DBASE    DC    A(DEBUG)
DEBUG1   LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         ST    R13,CALLER         the SVC frame, to return through
         MVC   ORIGIN,NUCUSER     the program's origin (ours: VM/370
         MVI   FROMBRK,0          starts from 0)
         XC    DREGS(64),DREGS    no program: zeros, the PSW a wait
         MVC   DPSW,=X'FF02000000000000'
         TM    NUCFLAG2,NUCFPRV   the last command ended by an abend?
         BZ    DEBUG2
         MVC   DREGS(64),NUCPGREG its registers and PSW
         MVC   DPSW,NUCPGPSW
DEBUG2   MVC   DCSW,CSW
         MVC   DCAW,CAW
         OI    NUCFLAGS,NUCFDBG
         WRTERM 'DMSDBG728I DEBUG ENTERED'
         B     READ
*
***********************************************************************
* DBGBRK: a program check; a breakpoint's enters DEBUG.               *
***********************************************************************
DBGBRK   ST    R12,BRKR12-DBGBRK(,R15)  PGMHAND's R12 (not a base yet)
         L     R12,BBASE-DBGBRK(,R15)
         B     DBGBRK1
BBASE    DC    A(DEBUG)
DBGBRK1  LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         CLI   PGMOPSW+3,1        an operation exception ...
         BNE   NOTBRK
         L     R1,PGMOPSW+4       ... at a breakpoint's address
         LA    R1,0(,R1)
         BCTR  R1,0
         BCTR  R1,0
         LA    R2,BRKTAB
         LA    R3,NBREAKS
BRKFIND  CL    R1,0(,R2)
         BE    BRKHIT
         LA    R2,8(,R2)
         BCT   R3,BRKFIND
NOTBRK   L     R12,BRKR12
         BR    R14
BRKHIT   MVC   0(2,R1),4(R2)      the instruction back
         MVC   ORIGIN,NUCUSER
         XC    0(8,R2),0(R2)      the breakpoint is used up
         MVC   DREGS(64),NUCPGREG
         MVC   DPSW,PGMOPSW
         ST    R1,DWORD           resume at the instruction
         MVC   DPSW+5(3),DWORD+1
         MVC   DCSW,CSW
         MVC   DCAW,CAW
         LR    R4,R2              the breakpoint's number
         S     R4,=A(BRKTAB)
         SRL   R4,3
         MVI   FROMBRK,1
         OI    NUCFLAGS,NUCFDBG
         ST    R1,BRKADDR
         STC   R4,BRKID
         MVC   NUCRPSW(4),=X'FF000000'   on, enabled
         LA    R1,BRKENTER
         ST    R1,NUCRPSW+4
         LPSW  NUCRPSW
BRKENTER LA    R13,SAVE           the program's SVC frames stay below
         ST    R13,CALLER
         SR    R0,R0
         IC    R0,BRKID
         CVD   R0,DWORK
         UNPK  BRKMSGN,DWORK+6(2)
         OI    BRKMSGN+1,X'F0'
         L     R0,BRKADDR
         LA    R1,HEX
         L     R15,=V(HEXOUT)
         BALR  R14,R15
         MVC   BRKMSGA,HEX+2
         WRTERM BRKMSG
         B     READ
*
***********************************************************************
* DBGEXT: the INTERRUPT key stops the running command.                *
***********************************************************************
DBGEXT   L     R12,XBASE-DBGEXT(,R15)   disabled
         B     DBGEXT1
XBASE    DC    A(DEBUG)
DBGEXT1  LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         MVC   DREGS(64),0(R2)
         MVC   DPSW,0(R1)
         NI    DPSW+1,255-X'02'   (a wait is a loop that looks again)
         MVC   DCSW,CSW
         MVC   DCAW,CAW
         MVC   ORIGIN,NUCUSER
         MVI   FROMBRK,1          GO resumes it
         OI    NUCFLAGS,NUCFDBG
         MVC   NUCRPSW(4),=X'FF000000'   on, enabled
         LA    R1,EXTENTER
         ST    R1,NUCRPSW+4
         LPSW  NUCRPSW
EXTENTER LA    R13,SAVE           the command's SVC frames stay below
         ST    R13,CALLER
         WRTERM 'DMSDBG728I DEBUG ENTERED EXTERNAL INTERRUPT'
         B     READ
*
***********************************************************************
* The subcommand loop.                                                *
***********************************************************************
READ     LA    R13,SAVE
         RDTERM LINE
         LTR   R0,R0
         BZ    READ
         LA    R1,LINE
         LA    R2,TOKENS
         L     R15,=V(SCANNER)
         BALR  R14,R15
         LTR   R15,R15
         BZ    READ
         BAL   R14,WORDLEN        R3 = length of the first token
         LA    R4,SUBCMDS
SUBNEXT  CLI   0(R4),X'FF'
         BE    BADSUB
         SR    R1,R1              no shorter than its shortest form
         IC    R1,9(,R4)
         CR    R3,R1
         BL    SUBSKIP
         BCTR  R3,0
         EX    R3,SUBCOMP
         LA    R3,1(,R3)
         BNE   SUBSKIP
         L     R15,12(,R4)
         BR    R15
SUBSKIP  LA    R4,16(,R4)
         B     SUBNEXT
SUBCOMP  CLC   TOKENS(0),0(R4)
BADSUB   WRTERM 'DMSDBG360E INVALID DEBUG SUBCOMMAND'
         B     READ
BADOPND  WRTERM 'DMSDBG361E INVALID OPERAND'
         B     READ
*
* WORDLEN: R3 = characters of the token at TOKENS (R2 -> token for
* TOKLEN, the same into R3).
WORDLEN  LA    R2,TOKENS
TOKLEN   LA    R3,8
TOKLEN1  LR    R1,R2
         AR    R1,R3
         BCTR  R1,0
         CLI   0(R1),C' '
         BNER  R14
         BCT   R3,TOKLEN1
         BR    R14
*
* HEXTOK: the token at R2 in hexadecimal: R0 = value, CC 0; CC not 0
* when it is none. Uses R1, R3, R15.
HEXTOK   ST    R14,HEXRET
         CLI   0(R2),X'FF'
         BE    HEXNONE
         BAL   R14,TOKLEN
         LR    R0,R3
         LR    R1,R2
         L     R15,=V(HEXIN)
         BALR  R14,R15
         L     R14,HEXRET
         LTR   R15,R15
         BR    R14
HEXNONE  L     R14,HEXRET
         LTR   R14,R14            CC not 0
         BR    R14
*
* LOCTOK: the token at R2 as a hexloc: R0 = origin + it, inside
* storage; CC not 0 when it is none or outside.
LOCTOK   ST    R14,LOCRET
         BAL   R14,HEXTOK
         BNZ   LOCBAD
         A     R0,ORIGIN
         C     R0,NUCMEMSZ
         BNL   LOCBAD
         L     R14,LOCRET
         CR    R0,R0              CC 0
         BR    R14
LOCBAD   L     R14,LOCRET
         LTR   R14,R14
         BR    R14
*
***********************************************************************
* The subcommands. Each is entered with R3 = its name's length and   *
* returns to READ.                                                    *
***********************************************************************
*
* BREAK id hexloc
BREAK    LA    R2,TOKENS+8
         BAL   R14,DECTOK         R0 = id
         BNZ   BADOPND
         C     R0,=A(NBREAKS)
         BNL   BADOPND
         LR    R5,R0
         LR    R9,R0
         LA    R2,TOKENS+16
         BAL   R14,LOCTOK
         BNZ   BADOPND
         LR    R6,R0
         N     R0,=F'1'           on a halfword
         BNZ   BADOPND
         SLL   R5,3
         LA    R5,BRKTAB(R5)
         OC    0(4,R5),0(R5)      that id set before: cleared first
         BZ    BREAK1
         L     R1,0(,R5)
         MVC   0(2,R1),4(R5)
BREAK1   ST    R6,0(,R5)          where, and the halfword it replaces
         MVC   4(2,R5),0(R6)
         MVI   0(R6),X'00'        X'00nn': an operation exception
         STC   R9,1(,R6)
         B     READ
*
* GO [hexloc]
GO       CLI   FROMBRK,0
         BE    RETURN             from the DEBUG command: back to CMS
         LA    R2,TOKENS+8
         CLI   0(R2),X'FF'
         BE    GO1
         BAL   R14,LOCTOK
         BNZ   BADOPND
         ST    R0,DWORD
         MVC   DPSW+5(3),DWORD+1
GO1      SSM   =X'00'
         NI    NUCFLAGS,255-NUCFDBG
         MVC   NUCRPSW,DPSW
         LM    R0,R15,DREGS
         LPSW  NUCRPSW
*
* RETURN, HX: back to CMS.
RETURN   NI    NUCFLAGS,255-NUCFDBG
         CLI   FROMBRK,0
         BE    RETCMD
         SR    R15,R15            the program is thrown away
         L     R14,=V(CMDEND)
         BR    R14
RETCMD   L     R13,CALLER
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         SR    R15,R15
         BR    R14
*
* GPR r1 [r2]
GPR      LA    R2,TOKENS+8
         BAL   R14,DECTOK
         BNZ   BADOPND
         LR    R5,R0
         LR    R6,R0
         LA    R2,TOKENS+16
         CLI   0(R2),X'FF'
         BE    GPR1
         BAL   R14,DECTOK
         BNZ   BADOPND
         LR    R6,R0
GPR1     C     R6,=F'15'
         BH    BADOPND
         CR    R5,R6
         BH    BADOPND
GPRLINE  LA    R7,OUT             up to four a line: Rn xxxxxxxx
         LA    R8,4
GPRREG   MVI   0(R7),C'R'
         CVD   R5,DWORK
         UNPK  1(2,R7),DWORK+6(2)
         OI    2(R7),X'F0'
         CLI   1(R7),C'0'
         BNE   GPRTWO
         MVC   1(2,R7),2(R7)      R5, not R05
         MVI   2(R7),C' '
GPRTWO   MVI   3(R7),C' '
         LR    R1,R5
         SLL   R1,2
         L     R0,DREGS(R1)
         LA    R1,4(,R7)
         L     R15,=V(HEXOUT)
         BALR  R14,R15
         MVC   12(2,R7),=C'  '
         LA    R7,14(,R7)
         LA    R5,1(,R5)
         CR    R5,R6
         BH    GPRTYPE
         BCT   R8,GPRREG
GPRTYPE  SH    R7,=H'2'           not the last blanks
         BAL   R14,TYPEOUT
         CR    R5,R6
         BNH   GPRLINE
         B     READ
*
* PSW, CSW, CAW
SHOWPSW  LA    R2,DPSW
         LA    R3,TPSW
         B     SHOWDW
SHOWCSW  LA    R2,DCSW
         LA    R3,TCSW
SHOWDW   MVC   OUT(4),0(R3)
         L     R0,0(,R2)
         LA    R1,OUT+4
         L     R15,=V(HEXOUT)
         BALR  R14,R15
         MVI   OUT+12,C' '
         L     R0,4(,R2)
         LA    R1,OUT+13
         BALR  R14,R15
         LA    R7,OUT+21
         BAL   R14,TYPEOUT
         B     READ
SHOWCAW  MVC   OUT(4),=C'CAW '
         L     R0,DCAW
         LA    R1,OUT+4
         L     R15,=V(HEXOUT)
         BALR  R14,R15
         LA    R7,OUT+12
         BAL   R14,TYPEOUT
         B     READ
*
* SET GPR r hex [hex], SET PSW hex hex
SET      CLC   TOKENS+8(8),=CL8'GPR'
         BE    SETGPR
         CLC   TOKENS+8(8),=CL8'PSW'
         BNE   BADOPND
         LA    R2,TOKENS+16
         BAL   R14,HEXTOK
         BNZ   BADOPND
         LR    R5,R0
         LA    R2,TOKENS+24
         BAL   R14,HEXTOK
         BNZ   BADOPND
         ST    R5,DPSW
         ST    R0,DPSW+4
         B     READ
SETGPR   LA    R2,TOKENS+16
         BAL   R14,DECTOK
         BNZ   BADOPND
         C     R0,=F'15'
         BH    BADOPND
         LR    R5,R0
         LA    R2,TOKENS+24
         BAL   R14,HEXTOK
         BNZ   BADOPND
SETGPR1  LR    R1,R5
         SLL   R1,2
         ST    R0,DREGS(R1)
         LA    R2,8(,R2)          a second value: the next register
         CLI   0(R2),X'FF'
         BE    READ
         LA    R5,1(,R5)
         C     R5,=F'15'
         BH    BADOPND
         BAL   R14,HEXTOK
         BNZ   BADOPND
         B     SETGPR1
*
* X hexloc [n]
X        LA    R2,TOKENS+8
         BAL   R14,LOCTOK
         BNZ   BADOPND
         LR    R5,R0
         LA    R6,4
         LA    R2,TOKENS+16
         CLI   0(R2),X'FF'
         BE    X1
         BAL   R14,DECTOK
         BNZ   BADOPND
         LTR   R6,R0
         BNP   BADOPND
         C     R6,=F'56'
         BH    BADOPND
X1       LR    R0,R5              the end must be in storage too
         AR    R0,R6
         C     R0,NUCMEMSZ
         BH    BADOPND
XLINE    BAL   R14,HEXLINE        a line of up to 16 bytes
         BAL   R14,TYPEOUT
         LTR   R6,R6
         BP    XLINE
         B     READ
*
* DUMP hexloc1 [hexloc2]: on the printer.
DUMP     LA    R2,TOKENS+8
         BAL   R14,LOCTOK
         BNZ   BADOPND
         LR    R5,R0
         LA    R6,16
         LA    R2,TOKENS+16
         CLI   0(R2),X'FF'
         BE    DUMP1
         BAL   R14,LOCTOK
         BNZ   BADOPND
         LR    R6,R0
         SR    R6,R5
         BM    BADOPND
         LA    R6,1(,R6)
         C     R6,=F'65536'
         BH    BADOPND
DUMP1    BAL   R14,HEXLINE
         LA    R1,OUT
         SR    R7,R1
         PRINTL (R1),(R7)
         LTR   R6,R6
         BP    DUMP1
         WRTERM 'DMSDBG362I STORAGE PRINTED'
         B     READ
*
* STORE hexloc hex [hex [hex]]
STORE    LA    R2,TOKENS+8
         BAL   R14,LOCTOK
         BNZ   BADOPND
         LR    R5,R0
         LA    R2,TOKENS+16
         CLI   0(R2),X'FF'
         BE    BADOPND
STORE1   BAL   R14,HEXTOK
         BNZ   BADOPND
         ST    R0,DWORD
         LA    R3,1(,R3)          bytes: (digits + 1) / 2
         SRL   R3,1
         LR    R1,R5
         AR    R1,R3
         C     R1,NUCMEMSZ
         BH    BADOPND
         LA    R4,DWORD+4
         SR    R4,R3              the value's last R3 bytes
         BCTR  R3,0
         EX    R3,STOREMVC
         LA    R5,1(R3,R5)
         LA    R2,8(,R2)
         CLI   0(R2),X'FF'
         BNE   STORE1
         B     READ
STOREMVC MVC   0(0,R5),0(R4)
*
* ORIGIN hexloc
ORIGINC  LA    R2,TOKENS+8
         BAL   R14,HEXTOK
         BNZ   BADOPND
         C     R0,NUCMEMSZ
         BNL   BADOPND
         ST    R0,ORIGIN
         B     READ
*
* DECTOK: the token at R2 in decimal (1-2 digits): R0, CC 0; CC not 0
* when it is none or not a number.
DECTOK   ST    R14,DECRET
         CLI   0(R2),X'FF'
         BE    DECBAD
         BAL   R14,TOKLEN
         C     R3,=F'2'
         BH    DECBAD
         SR    R0,R0
         LR    R1,R2
DECNEXT  CLI   0(R1),C'0'
         BL    DECBAD
         CLI   0(R1),C'9'
         BH    DECBAD
         MH    R0,=H'10'
         IC    R15,0(,R1)
         N     R15,=F'15'
         AR    R0,R15
         LA    R1,1(,R1)
         BCT   R3,DECNEXT
         L     R14,DECRET
         CR    R0,R0
         BR    R14
DECBAD   L     R14,DECRET
         LTR   R14,R14
         BR    R14
*
* HEXLINE: OUT = 'xxxxxx  hhhhhhhh hhhhhhhh ...' for up to 16 bytes
* from R5 (R6 bytes left); R5, R6 move on; R7 -> the end of the line.
HEXLINE  ST    R14,HLRET
         LR    R0,R5
         LA    R1,HEX
         L     R15,=V(HEXOUT)
         BALR  R14,R15
         MVC   OUT(6),HEX+2
         MVC   OUT+6(2),=C'  '
         LA    R7,OUT+8
         LA    R8,16
HLBYTE   LTR   R6,R6
         BNP   HLDONE
         SR    R0,R0
         IC    R0,0(,R5)
         LA    R1,HEX
         BALR  R14,R15
         MVC   0(2,R7),HEX+6
         LA    R7,2(,R7)
         LA    R5,1(,R5)
         BCTR  R6,0
         LR    R1,R8              a blank after every fourth byte
         N     R1,=F'3'
         C     R1,=F'1'
         BNE   HLNEXT
         MVI   0(R7),C' '
         LA    R7,1(,R7)
HLNEXT   BCT   R8,HLBYTE
HLDONE   BCTR  R7,0
         CLI   0(R7),C' '         no blank at the end
         BE    HLDONE2
         LA    R7,1(,R7)
HLDONE2  L     R14,HLRET
         BR    R14
*
* TYPEOUT: types OUT up to R7.
TYPEOUT  ST    R14,TORET
         LA    R1,OUT
         SR    R7,R1
         WRTERM (R1),(R7)
         L     R14,TORET
         BR    R14
*
* The subcommands: name, the shortest form's length, its routine.
         DS    0F
SUBCMDS  DC    CL8'BREAK',AL1(0),AL1(2),AL2(0),A(BREAK)
         DC    CL8'CAW',AL1(0),AL1(3),AL2(0),A(SHOWCAW)
         DC    CL8'CSW',AL1(0),AL1(3),AL2(0),A(SHOWCSW)
         DC    CL8'DUMP',AL1(0),AL1(2),AL2(0),A(DUMP)
         DC    CL8'GO',AL1(0),AL1(2),AL2(0),A(GO)
         DC    CL8'GPR',AL1(0),AL1(3),AL2(0),A(GPR)
         DC    CL8'HX',AL1(0),AL1(2),AL2(0),A(RETURN)
         DC    CL8'ORIGIN',AL1(0),AL1(2),AL2(0),A(ORIGINC)
         DC    CL8'PSW',AL1(0),AL1(3),AL2(0),A(SHOWPSW)
         DC    CL8'RETURN',AL1(0),AL1(3),AL2(0),A(RETURN)
         DC    CL8'SET',AL1(0),AL1(3),AL2(0),A(SET)
         DC    CL8'STORE',AL1(0),AL1(2),AL2(0),A(STORE)
         DC    CL8'X',AL1(0),AL1(1),AL2(0),A(X)
         DC    8X'FF'
*
         DS    0D
DWORK    DS    D
DPSW     DS    D                  the program's PSW, CSW, CAW, GPRs
DCSW     DS    D
DCAW     DS    F
DREGS    DS    16F
DWORD    DS    F
ORIGIN   DS    A                  hexlocs count from here
CALLER   DS    A
BRKR12   DS    A
BRKADDR  DS    A
HEXRET   DS    A
LOCRET   DS    A
DECRET   DS    A
HLRET    DS    A
TORET    DS    A
BRKTAB   DC    (NBREAKS)XL8'00'   address, the instruction's halfword
SAVE     DS    18F
FROMBRK  DS    X                  1: entered at a breakpoint
BRKID    DS    X
HEX      DS    CL8
TPSW     DC    C'PSW '
TCSW     DC    C'CSW '
BRKMSG   DS    0CL48
         DC    C'DMSDBG728I DEBUG ENTERED BREAKPOINT '
BRKMSGN  DC    C'00'
         DC    C' AT '
BRKMSGA  DC    C'000000'
LINE     DS    CL130
OUT      DS    CL100
         DS    0D
TOKENS   DS    33D
         LTORG
         END
