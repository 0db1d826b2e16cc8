         TITLE 'EXEC - THE EXEC INTERPRETER'
***********************************************************************
* EXEC: runs an EXEC file, a procedure of CMS commands and control    *
* statements (GH20-0859, "EXEC"; the statements are CP-67's EXEC      *
* language, which VM/370 kept as its first EXEC; where the CP-67      *
* manual we read is silent we took VM/370's EXEC as its CMS User's    *
* Guide describes it).                                                *
*   EXEC fn [args ...]    runs 'fn EXEC' (any disk, the search order) *
* A name that is no command and no MODULE runs its EXEC (MODRUN), and *
* INIT runs PROFILE EXEC at IPL when there is one.                    *
*                                                                     *
* Each line is scanned into 8-character tokens like a command line.   *
* A line whose first character is * is a comment; -LABEL begins a    *
* labelled line. Variable symbols (&name, up to 8 characters with   *
* the &) are replaced by their values within every token of a        *
* statement (EXECSYM: right to left and again, so &&INDEX1 works; a  *
* period ends a symbol; the result cut to 8), the leftmost variable  *
* of an assignment's target kept; a token left null is dropped.      *
*   &1 ... &n, &INDEX     the arguments and how many there are        *
*   &RETCODE              the last CMS command's return code          *
*   &name = a [op b]      assignment: op + - * / (whole numbers), or  *
*   &name = &CONCAT a b ...  and  &name = &SUBSTR s i [n]             *
*   &ARGS a b ...         new arguments                               *
*   &CONTROL OFF|ERROR|CMS|ALL   which lines are typed as they run:   *
*                         none, failing commands, commands (the       *
*                         default), everything                        *
*   &TYPE tokens          types them                                  *
*   &READ VARS &a &b ...  reads a line into variables                 *
*   &READ ARGS            reads a line as the new arguments           *
*   &IF a op b statement  op EQ NE LT LE GT GE (numbers compared as   *
*                         numbers, else as text)                      *
*   &GOTO -label|TOP|n    &SKIP [n]    &LOOP n|-label count           *
*   &ERROR statement      what to do when a command fails (none: go   *
*                         on)                                         *
*   &EXIT [rc]            ends the EXEC                               *
* Anything else is a CMS command, run through SVC 202.                *
* An EXEC may call another, three deep; an EXEC holds at most 200    *
* lines.                                                              *
* Storage: an EXEC's lines are read into free storage (DMSFREE, as    *
* much as the file has lines) while it runs, and the state of an EXEC *
* that called another waits there                                     *
* until the called one ends; an EXEC ended by KX or an abend gives    *
* them back when the command loop calls EXCLEAN.                      *
* Return codes: the &EXIT code, else 0; 28 no such EXEC file; 101     *
* nested too deeply; 104 too long, or no free storage for it (with   *
* DMSEXE109S VIRTUAL STORAGE CAPACITY EXCEEDED, VM/370's text); 10 an *
* error in a line (with                                               *
* DMSEXE071E and the line's number).                                  *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         PRINT GEN
MAXLINES EQU   200
NVARS    EQU   48
NLABELS  EQU   32
MAXTOKS  EQU   32
EXMAXLVL EQU   3                  EXECs running at once (nested)
*
* A variable: its name (with the &), value and the value's length.
         EXECVAR
         FSTD
*
EXEC     CSECT
         ENTRY EXCLEAN
         USING NUCON,R0
         USING EXEC,R12,R11
         STM   R14,R12,12(R13)
         L     R12,EXBASE-EXEC(,R15)
         B     EXEC1
EXBASE   DC    A(EXEC)
EXEC1    LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         LR    R10,R1
         TM    NUCFLAG2,NUCFEXEC  (the command loop clears it after KX
         BO    EXECNEST           or an abend: the next EXEC starts at
         B     EXOUTER            the outermost level again)
*
* An EXEC called by an EXEC (GH20-0859: an EXEC may call another, which
* gets its own arguments and variables and gives its caller &RETCODE):
* the caller's whole state is kept in free storage (DMSFREE) and put
* back by RETURN.
EXECNEST L     R3,EXDEPTH
         C     R3,=A(EXMAXLVL-1)
         BL    EXPUSH
         WRTERM 'DMSEXE101E EXEC NESTED TOO DEEPLY'
         LA    R15,101            the caller's state is untouched: back
         L     R14,12(,R13)       without RETURN
         LM    R0,R12,20(R13)
         BR    R14
EXPUSH   L     R0,=A(EXSTLEN/8)
         L     R15,=V(DMSFREE)
         BAL   R14,XSTOR
         LTR   R15,R15
         BZ    EXPUSH1
         WRTERM 'DMSEXE109S VIRTUAL STORAGE CAPACITY EXCEEDED'
         LA    R15,104            (the caller's state untouched)
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
EXPUSH1  L     R3,EXDEPTH         the slot, by depth
         LA    R2,1(,R3)
         ST    R2,EXDEPTH
         SLL   R3,2
         ST    R1,EXSTKP(R3)
         LR    R2,R1
         L     R3,=A(EXSTLEN)
         LA    R4,EXSTATE
         BAL   R14,EXMOVE
         B     EXEC0
EXOUTER  BAL   R14,CLEANUP        an EXEC at the command's level: what
         XC    EXDEPTH,EXDEPTH    one ended by KX left is given back
EXEC0    ST    R13,SAVE+4
         LA    R13,SAVE
         XC    LINESP,LINESP
EXEC2    CLI   8(R10),X'FF'
         BNE   EXEC3
         WRTERM 'DMSEXE054E INCOMPLETE FILEID SPECIFIED'
         LA    R15,24
         B     RETURN
EXEC3    OI    NUCFLAG2,NUCFEXEC
         MVC   FILENAME,8(R10)
*
* The file into storage, a line a slot; the labels noted.
* Storage for as many lines as the file has (STATE: its FST's record
* count), 200 at most, and one more, where the read that finds the
* end of the file (or the 201st line) goes.
         MVC   XFSCB+8(8),FILENAME
         MVC   XFSCB(8),=CL8'STATE'
         CMSCALL XFSCB
         LTR   R15,R15
         BNZ   NOFILE
         L     R1,=V(STATEFST)
         LH    R0,FSTRECCT-FSTD(,R1)
         N     R0,=X'0000FFFF'
         C     R0,=A(MAXLINES)
         BNH   *+8
         L     R0,=A(MAXLINES)
         ST    R0,LINESN
         A     R0,=F'1'           80 bytes: 10 doublewords a line
         MH    R0,=H'10'
         ST    R0,LINESD
         L     R15,=V(DMSFREE)
         BAL   R14,XSTOR
         LTR   R15,R15
         BNZ   NOSTOR
         ST    R1,LINESP
         L     R3,EXDEPTH
         SLL   R3,2
         ST    R1,EXLINP(R3)
         LA    R3,EXLIND(R3)
         MVC   0(4,R3),LINESD
         MVC   XFSCB+26(2),=H'1'
         SR    R6,R6              lines read
         LR    R7,R1
         XC    NLAB,NLAB
READL    MVC   XFSCB(8),=CL8'RDBUF'
         MVC   0(80,R7),BLANKS
         ST    R7,XFSCB+28
         CMSCALL XFSCB
         XC    XFSCB+26(2),XFSCB+26
         C     R15,=F'12'
         BE    READEND
         C     R15,=F'8'          a line longer than 80: its start
         BE    READL0
         LTR   R15,R15
         BNZ   NOFILE
READL0   DS    0H
         C     R6,LINESN          (the file has grown past 200 lines)
         BNL   TOOLONG
         LA    R6,1(,R6)
         L     R1,XFSCB+40        bytes read (a V record may be short)
         C     R1,=F'80'
         BNH   READL1
         LA    R1,80
READL1   LA    R2,0(R1,R7)        the rest of the slot: blanks
         LA    R3,80
         SR    R3,R1
         BNP   READL2
         BCTR  R3,0
         EX    R3,BLANKRST
READL2   BAL   R14,NOTELAB
         LA    R7,80(,R7)
         B     READL
BLANKRST MVC  0(0,R2),BLANKS
READEND  ST    R6,NLINES
         MVC   XFSCB(8),=CL8'FINIS'
         CMSCALL XFSCB
*
* The arguments: &1 ... &n and &INDEX; &RETCODE 0.
         XC    NVAR,NVAR
         LA    R2,16(,R10)
         BAL   R14,SETARGS
         SR    R0,R0
         BAL   R14,SETRC
         MVI   CONTROL,CTLCMS
         MVI   ERRLEN,0
         XC    LOOPEND,LOOPEND
         SR    R15,R15
         ST    R15,EXITRC
         LA    R9,1               the line to run next
*
***********************************************************************
* The main loop: R9 = the number of the next line.                    *
***********************************************************************
NEXTLINE L     R1,LOOPEND         the end of a loop's lines: again?
         LTR   R1,R1
         BZ    NEXTL1
         LA    R1,1(,R1)
         CR    R9,R1
         BNE   NEXTL1
         L     R1,LOOPCNT
         BCTR  R1,0
         ST    R1,LOOPCNT
         LTR   R1,R1
         BNP   LOOPDONE
         L     R9,LOOPBEG
         B     NEXTL1
LOOPDONE XC    LOOPEND,LOOPEND
NEXTL1   C     R9,NLINES
         BH    FINISH
         ST    R9,CURLINE
         LR    R7,R9
         BCTR  R7,0
         MH    R7,=H'80'
         A     R7,LINESP          -> the line
         LA    R9,1(,R9)
         BAL   R14,FIRSTCH        R1 -> its first non-blank
         LTR   R1,R1
         BZ    NEXTLINE           a blank line
         CLI   0(R1),C'*'
         BE    NEXTLINE           a comment
         LR    R1,R7
         LA    R0,80
         LA    R2,TOKS
         L     R15,=V(SCANNER)
         BALR  R14,R15
         CLI   TOKS,C'-'          a label: the statement after it
         BNE   RUNLINE
         LA    R2,TOKS
         BAL   R14,DROPTOK
RUNLINE  CLI   TOKS,X'FF'
         BE    NEXTLINE
         MVI   INERR,0
         MVI   SUBDONE,0
         BAL   R14,STMT
         CLI   STOP,0
         BE    NEXTLINE
*
* The end: &EXIT, an error, or past the last line.
FINISH   L     R15,EXITRC
         MVI   STOP,0
*
* RETURN: R15 the return code. The outermost EXEC ends the EXEC state;
* an inner one puts its caller's state back.
RETURN   ST    R15,XRC
         L     R1,LINESP          its lines go back
         LTR   R1,R1
         BZ    RETURN0
         L     R0,LINESD
         L     R15,=V(DMSFRET)
         BAL   R14,XSTOR
         L     R3,EXDEPTH
         SLL   R3,2
         LA    R3,EXLINP(R3)
         XC    0(4,R3),0(R3)
RETURN0  L     R13,SAVE+4
         L     R3,EXDEPTH
         LTR   R3,R3
         BNZ   RETPOP
         NI    NUCFLAG2,255-NUCFEXEC
         B     RETURN1
RETPOP   BCTR  R3,0
         ST    R3,EXDEPTH
         SLL   R3,2
         L     R4,EXSTKP(R3)      the caller's state, back
         LA    R3,EXSTKP(R3)
         XC    0(4,R3),0(R3)
         ST    R4,XSTATEP
         L     R3,=A(EXSTLEN)
         LA    R2,EXSTATE
         BAL   R14,EXMOVE
         L     R1,XSTATEP         and its storage
         L     R0,=A(EXSTLEN/8)
         L     R15,=V(DMSFRET)
         BAL   R14,XSTOR
RETURN1  L     R15,XRC
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
* XSTOR: DMSFREE or DMSFRET (R15) with a save area of its own, whatever
* R13 is (RETURN gives storage back after R13 is the caller's again).
XSTOR    ST    R14,XSR14
         ST    R13,XSR13
         LA    R13,XSSAVE
         BALR  R14,R15
         L     R13,XSR13
         L     R14,XSR14
         BR    R14
*
* CLEANUP: the storage an EXEC ended by KX or an abend still holds
* (its lines, its callers' states) goes back. R1-R5 used.
CLEANUP  ST    R14,CLR14
         LA    R5,EXLINP
         LA    R4,EXMAXLVL
CLLINES  L     R1,0(,R5)
         LTR   R1,R1
         BZ    CLLINES1
         XC    0(4,R5),0(R5)
         L     R0,EXLIND-EXLINP(,R5)
         L     R15,=V(DMSFRET)
         BAL   R14,XSTOR
CLLINES1 LA    R5,4(,R5)
         BCT   R4,CLLINES
         LA    R5,EXSTKP
         LA    R4,EXMAXLVL
CLSTATE  L     R1,0(,R5)
         LTR   R1,R1
         BZ    CLSTATE1
         XC    0(4,R5),0(R5)
         L     R0,=A(EXSTLEN/8)
         L     R15,=V(DMSFRET)
         BAL   R14,XSTOR
CLSTATE1 LA    R5,4(,R5)
         BCT   R4,CLSTATE
         L     R14,CLR14
         BR    R14
*
* EXCLEAN: the command loop's call (nothing runs: no EXEC either).
EXCLEAN  STM   R14,R12,12(R13)
         L     R12,CLBASE-EXCLEAN(,R15)
         B     EXCLEAN1
CLBASE   DC    A(EXEC)
EXCLEAN1 LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         TM    NUCFLAG2,NUCFEXEC
         BO    EXCLEAN2
         BAL   R14,CLEANUP
         XC    EXDEPTH,EXDEPTH
EXCLEAN2 LM    R14,R12,12(R13)
         SR    R15,R15
         BR    R14
*
* EXMOVE: R3 bytes (more than 0) from R4 to R2, 256 at a time (the
* 360 has no MVCL).
EXMOVE   C     R3,=F'256'
         BNH   EXMOVE1
         MVC   0(256,R2),0(R4)
         LA    R2,256(,R2)
         LA    R4,256(,R4)
         S     R3,=F'256'
         B     EXMOVE
EXMOVE1  BCTR  R3,0
         EX    R3,EXMVC
         BR    R14
EXMVC    MVC   0(0,R2),0(R4)
NOFILE   MVC   XFSCB(8),=CL8'FINIS'
         CMSCALL XFSCB
         MVC   MSGBUF(L'TNOFILE),TNOFILE     FILE 'fn EXEC' NOT FOUND
         LA    R6,MSGBUF+L'TNOFILE
         LA    R3,FILENAME
         BAL   R14,PUTTOK
         MVC   0(16,R6),=C' EXEC'' NOT FOUND'
         LA    R6,16(,R6)
         BAL   R14,TYPEMSG
         LA    R15,28
         B     RETURN
NOSTOR   WRTERM 'DMSEXE109S VIRTUAL STORAGE CAPACITY EXCEEDED'
         LA    R15,104
         B     RETURN
TOOLONG  MVC   XFSCB(8),=CL8'FINIS'
         CMSCALL XFSCB
         WRTERM 'DMSEXE104E EXEC FILE LONGER THAN 200 LINES'
         LA    R15,104
         B     RETURN
*
***********************************************************************
* STMT: runs the statement in TOKS (SUBDONE: its variables are        *
* already replaced).                                                  *
***********************************************************************
STMT     ST    R14,STMTRET
         CLC   TOKS(8),=CL8'&&ERROR'
         BE    XERROR             kept as written: replaced when run
         CLC   TOKS(8),=CL8'&&READ'
         BE    XREAD              its variables are names, not values
         CLI   SUBDONE,0
         BNE   STMT1
         BAL   R14,SUBST
STMT1    CLI   TOKS,X'FF'         nothing left (all null)
         BE    STMTRET1
         CLC   TOKS+8(8),=CL8'='
         BE    XASSIGN
         CLI   TOKS,C'&&'
         BNE   XCMS
         LA    R4,CTLWORDS
STMTW    CLI   0(R4),X'FF'
         BE    BADLINE
         CLC   TOKS(8),0(R4)
         BE    STMTGO
         LA    R4,12(,R4)
         B     STMTW
STMTGO   TM    CONTROL,CTLALL     CONTROL ALL types control lines
         BZ    STMTGO1
         BAL   R14,SHOWTOKS
STMTGO1  L     R15,8(,R4)
         BR    R15
STMTRET1 L     R14,STMTRET
         BR    R14
*
* A CMS command: typed (&CONTROL CMS or ALL), run, &RETCODE set; a
* failing one types it (&CONTROL ERROR) and runs &ERROR's statement.
XCMS     TM    CONTROL,CTLCMS+CTLALL
         BZ    XCMS1
         BAL   R14,SHOWTOKS
XCMS1    CMSCALL TOKS
         LR    R0,R15
         BAL   R14,SETRC
         LTR   R15,R0
         BZ    STMTRET1
         C     R15,=F'-3'
         BNE   XCMS2
         WRTERM 'UNKNOWN CP/CMS COMMAND'
XCMS2    TM    CONTROL,CTLERR
         BZ    XCMS3
         BAL   R14,SHOWTOKS
XCMS3    CLI   ERRLEN,0           an ERROR statement?
         BE    STMTRET1
         CLI   INERR,0            (not while it runs itself)
         BNE   STMTRET1
         MVI   INERR,1
         SR    R1,R1
         IC    R1,ERRLEN
         BCTR  R1,0
         EX    R1,ERRCOPY
         MVI   SUBDONE,0
         BAL   R14,SUBST
         B     STMT1
ERRCOPY  MVC   TOKS(0),ERRTOKS
*
* &name = value | a op b | &CONCAT ... | &SUBSTR s i [n]
XASSIGN  CLI   TOKS,C'&&'
         BNE   BADLINE
         CLI   TOKS+16,X'FF'      X = (nothing): no value
         BE    ASNULL
         CLC   TOKS+16(8),=CL8'&&CONCAT'
         BE    ASCONCAT
         CLC   TOKS+16(8),=CL8'&&SUBSTR'
         BE    ASSUBSTR
         CLI   TOKS+24,X'FF'      one operand: its text
         BNE   ASARITH
         LA    R2,TOKS+16
         BAL   R14,TOKLEN
         MVC   VALUE,TOKS+16
         B     ASSTORE
ASNULL   SR    R3,R3
         MVC   VALUE,BLANKS
         B     ASSTORE
ASARITH  LA    R2,TOKS+16         a op b
         BAL   R14,NUMTOK
         BNZ   BADLINE
         LR    R5,R0
         LA    R2,TOKS+32
         BAL   R14,NUMTOK
         BNZ   BADLINE
         LR    R6,R0
         CLC   TOKS+24(8),=CL8'+'
         BE    ASADD
         CLC   TOKS+24(8),=CL8'-'
         BE    ASSUB
         CLC   TOKS+24(8),=CL8'*'
         BE    ASMUL
         CLC   TOKS+24(8),=CL8'/'
         BNE   BADLINE
         LTR   R6,R6
         BZ    BADLINE
         LR    R1,R5              divide: R0:R1 = a
         SRDA  R0,32
         LR    R1,R5
         SRDA  R0,32
         DR    R0,R6
         LR    R0,R1
         B     ASNUM
ASADD    LR    R0,R5
         AR    R0,R6
         B     ASNUM
ASSUB    LR    R0,R5
         SR    R0,R6
         B     ASNUM
ASMUL    LR    R1,R5
         MR    R0,R6
         LR    R0,R1
ASNUM    BAL   R14,NUMTEXT        VALUE, R3 = its length
         B     ASSTORE
ASCONCAT MVC   VALUE,BLANKS       the operands end to end, 8 at most
         LA    R6,VALUE
         LA    R2,TOKS+24
ASCONC1  CLI   0(R2),X'FF'
         BE    ASCONC3
         BAL   R14,TOKLEN
         LA    R1,VALUE+8
         SR    R1,R6              room left
         CR    R3,R1
         BNH   ASCONC2
         LR    R3,R1
ASCONC2  LTR   R3,R3
         BZ    ASCONC4
         BCTR  R3,0
         EX    R3,CONCMOVE
         LA    R6,1(R3,R6)
ASCONC4  LA    R2,8(,R2)
         B     ASCONC1
ASCONC3  LR    R3,R6
         LA    R1,VALUE
         SR    R3,R1
         B     ASSTORE
CONCMOVE MVC   0(0,R6),0(R2)
ASSUBSTR LA    R2,TOKS+32         SUBSTR string start [length]
         BAL   R14,NUMTOK
         BNZ   BADLINE
         LR    R5,R0              start, from 1
         LA    R2,TOKS+24
         BAL   R14,TOKLEN         R3 = the string's length
         LR    R6,R3
         SR    R6,R5
         LA    R6,1(,R6)          what is left from start on
         CLI   TOKS+40,X'FF'
         BE    ASSUB2
         LA    R2,TOKS+40
         BAL   R14,NUMTOK
         BNZ   BADLINE
         CR    R0,R6
         BH    ASSUB2
         LR    R6,R0
ASSUB2   LTR   R5,R5
         BNP   BADLINE
         MVC   VALUE,BLANKS
         LTR   R3,R6
         BNP   ASSTORE            nothing: a null value
         LA    R1,TOKS+24-1(R5)
         BCTR  R6,0
         EX    R6,SUBMOVE
         B     ASSTORE
SUBMOVE  MVC   VALUE(0),0(R1)
ASSTORE  LA    R2,TOKS            R3 = the value's length
         BAL   R14,SETVAR
         B     STMTRET1
*
* &TYPE tokens
XTYPE    LA    R2,TOKS+8
         BAL   R14,JOINTOKS
         B     STMTRET1
*
* &CONTROL OFF|ERROR|CMS|ALL
XCONTROL LA    R2,TOKS+8
XCTL1    CLI   0(R2),X'FF'
         BE    STMTRET1
         LA    R1,CTLNONE
         CLC   0(8,R2),=CL8'OFF'
         BE    XCTL2
         LA    R1,CTLERR
         CLC   0(8,R2),=CL8'ERROR'
         BE    XCTL2
         LA    R1,CTLCMS
         CLC   0(8,R2),=CL8'CMS'
         BE    XCTL2
         LA    R1,CTLALL
         CLC   0(8,R2),=CL8'ALL'
         BNE   XCTL3              other options (TIME ...) are accepted
XCTL2    STC   R1,CONTROL
XCTL3    LA    R2,8(,R2)
         B     XCTL1
*
* &ARGS a b ...
XARGS    LA    R2,TOKS+8
         BAL   R14,SETARGS
         B     STMTRET1
*
* &READ VARS &a &b ... | &READ ARGS
XREAD    RDTERM RDLINE
         LR    R0,R0
         LA    R1,RDLINE
         LA    R2,RDTOKS
         L     R15,=V(SCANNER)
         BALR  R14,R15
         CLC   TOKS+8(8),=CL8'ARGS'
         BNE   XREAD1
         LA    R2,RDTOKS
         BAL   R14,SETARGS
         B     STMTRET1
XREAD1   CLC   TOKS+8(8),=CL8'VARS'
         BNE   BADLINE
         LA    R5,TOKS+16         the variables
         LA    R6,RDTOKS          the words typed
XREAD2   CLI   0(R5),X'FF'
         BE    STMTRET1
         CLI   0(R5),C'&&'
         BNE   BADLINE
         SR    R3,R3              no word left: a null value
         MVC   VALUE,BLANKS
         CLI   0(R6),X'FF'
         BE    XREAD3
         LR    R2,R6
         BAL   R14,TOKLEN
         MVC   VALUE,0(R6)
         LA    R6,8(,R6)
XREAD3   LR    R2,R5
         BAL   R14,SETVAR
         LA    R5,8(,R5)
         B     XREAD2
*
* &IF a op b statement
XIF      LA    R2,TOKS+8
         CLI   0(R2),X'FF'
         BE    BADLINE
         CLI   8(R2),X'FF'
         BE    BADLINE
         CLI   16(R2),X'FF'
         BE    BADLINE
         BAL   R14,NUMTOK         both numbers: compared as numbers
         BNZ   XIFTEXT
         LR    R5,R0
         LA    R2,TOKS+24
         BAL   R14,NUMTOK
         BNZ   XIFTEXT
         CR    R5,R0
         B     XIFCC
XIFTEXT  CLC   TOKS+8(8),TOKS+24
XIFCC    BL    XIFLT
         BH    XIFGT
         LA    R1,CCEQ
         B     XIFOP
XIFLT    LA    R1,CCLT
         B     XIFOP
XIFGT    LA    R1,CCGT
XIFOP    LA    R4,RELOPS          the operator: which results are true
XIFOP1   CLI   0(R4),X'FF'
         BE    BADLINE
         CLC   TOKS+16(8),0(R4)
         BE    XIFOP2
         LA    R4,9(,R4)
         B     XIFOP1
XIFOP2   EX    R1,XIFTM           TM 8(R4),mask of this result
         BZ    STMTRET1           false: the statement is not run
         LA    R2,TOKS            true: the statement after it
         BAL   R14,DROPTOK
         BAL   R14,DROPTOK
         BAL   R14,DROPTOK
         BAL   R14,DROPTOK
         MVI   SUBDONE,1
         B     STMT1
XIFTM    TM    8(R4),0
*
* &GOTO -label | TOP | n
XGOTO    LA    R2,TOKS+8
         CLI   0(R2),X'FF'
         BE    BADLINE
         CLC   0(8,R2),=CL8'TOP'
         BNE   XGOTO1
         LA    R9,1
         B     XGODONE
XGOTO1   CLI   0(R2),C'-'
         BE    XGOLAB
         BAL   R14,NUMTOK
         BNZ   BADLINE
         LTR   R9,R0
         BNP   BADLINE
         B     XGODONE
XGOLAB   BAL   R14,FINDLAB        R0 = its line
         BNZ   BADLINE
         LR    R9,R0
XGODONE  XC    LOOPEND,LOOPEND    a jump ends a loop
         B     STMTRET1
*
* &SKIP [n]
XSKIP    LA    R0,1
         LA    R2,TOKS+8
         CLI   0(R2),X'FF'
         BE    XSKIP1
         BAL   R14,NUMTOK
         BNZ   BADLINE
XSKIP1   AR    R9,R0
         B     STMTRET1
*
* &LOOP n|-label count: the next n lines (or those before the label)
* count times.
XLOOP    LA    R2,TOKS+8
         CLI   0(R2),C'-'
         BE    XLOOPLAB
         BAL   R14,NUMTOK
         BNZ   BADLINE
         LTR   R0,R0
         BNP   BADLINE
         AR    R0,R9
         BCTR  R0,0
         B     XLOOP1
XLOOPLAB BAL   R14,FINDLAB
         BNZ   BADLINE
         BCTR  R0,0
XLOOP1   ST    R0,LOOPEND         the loop's last line
         ST    R9,LOOPBEG
         LA    R2,TOKS+16
         BAL   R14,NUMTOK
         BNZ   BADLINE
         LTR   R0,R0
         BNP   XLOOPNO
         ST    R0,LOOPCNT
         B     STMTRET1
XLOOPNO  L     R9,LOOPEND         no times: skip the lines
         LA    R9,1(,R9)
         XC    LOOPEND,LOOPEND
         B     STMTRET1
*
* &ERROR statement: kept as written.
XERROR   MVI   ERRLEN,0
         CLI   TOKS+8,X'FF'
         BE    STMTRET1
         LA    R1,TOKS+8          up to the fence, 8 tokens at most
         SR    R3,R3
XERR1    CLI   0(R1),X'FF'
         BE    XERR2
         LA    R1,8(,R1)
         LA    R3,8(,R3)
         C     R3,=F'64'
         BL    XERR1
XERR2    MVC   ERRTOKS(72),TOKS+8
         LA    R1,ERRTOKS(R3)
         MVC   0(8,R1),FENCE
         LA    R3,8(,R3)
         STC   R3,ERRLEN
         B     STMTRET1
*
* &EXIT [rc]
XEXIT    SR    R0,R0
         LA    R2,TOKS+8
         CLI   0(R2),X'FF'
         BE    XEXIT1
         BAL   R14,NUMTOK
         BNZ   BADLINE
XEXIT1   ST    R0,EXITRC
         MVI   STOP,1
         B     STMTRET1
*
* A line CMS cannot run: DMSEXE071E ERROR IN EXEC FILE fn, LINE n.
BADLINE  MVC   MSGBUF(L'TBADLINE),TBADLINE
         LA    R6,MSGBUF+L'TBADLINE
         LA    R3,FILENAME
         BAL   R14,PUTTOK
         MVC   0(7,R6),=C', LINE '
         LA    R6,7(,R6)
         L     R0,CURLINE
         BAL   R14,NUMTEXT
         BCTR  R3,0
         EX    R3,MOVEVAL
         LA    R6,1(R3,R6)
         BAL   R14,TYPEMSG
         LA    R0,10
         ST    R0,EXITRC
         MVI   STOP,1
         B     STMTRET1
MOVEVAL  MVC   0(0,R6),VALUE
*
***********************************************************************
* Helpers.                                                            *
***********************************************************************
*
* SUBST: the variable symbols in the tokens of TOKS replaced by their
* values (EXECSYM: within a token, right to left, again and again,
* periods ending symbols, the result cut to 8); the target of an
* assignment keeps its leftmost variable; a token left null dropped.
* Control words and the built-in functions are not variables.
SUBST    ST    R14,SUBRET
         LA    R2,TOKS
         MVI   SYMFLAGS,0
         CLC   TOKS+8(8),=CL8'='
         BNE   SUBST1
         MVI   SYMFLAGS,X'80'     (the first token only)
SUBST1   CLI   0(R2),X'FF'
         BE    SUBDONE1
         CLI   0(R2),C'&&'
         BNE   SUBVAR
         LA    R4,CTLWORDS        control words are no variables
SUBCTL   CLI   0(R4),X'FF'
         BE    SUBFUNC
         CLC   0(8,R2),0(R4)
         BE    SUBNEXT
         LA    R4,12(,R4)
         B     SUBCTL
SUBFUNC  CLC   0(8,R2),=CL8'&&CONCAT'
         BE    SUBNEXT
         CLC   0(8,R2),=CL8'&&SUBSTR'
         BE    SUBNEXT
SUBVAR   ST    R2,SYMLIST         the token, the variables, how many
         LA    R1,SYMLIST
         L     R15,=V(EXECSYM)
         BALR  R14,R15
         MVI   SYMFLAGS,0
         LTR   R15,R15
         BNZ   SUBDROP
SUBNEXT  MVI   SYMFLAGS,0
         LA    R2,8(,R2)
         B     SUBST1
SUBDROP  BAL   R14,DROPTOK
         B     SUBST1
SUBDONE1 L     R14,SUBRET
         BR    R14
*
* DROPTOK: the token at R2 removed (the rest moved up). Uses R1, R3.
DROPTOK  LR    R1,R2
DROPT1   CLI   0(R1),X'FF'
         BER   R14
         MVC   0(8,R1),8(R1)
         LA    R1,8(,R1)
         B     DROPT1
*
* TOKLEN: R3 = characters of the token at R2. Uses R1.
TOKLEN   LA    R3,8
TOKLEN1  LA    R1,0(R3,R2)
         BCTR  R1,0
         CLI   0(R1),C' '
         BNER  R14
         BCT   R3,TOKLEN1
         BR    R14
*
* NUMTOK: the token at R2 as a whole number (a sign allowed): R0, CC
* 0; CC not 0 when it is not one. Uses R1, R3, R15.
NUMTOK   ST    R14,NUMRET
         CLI   0(R2),X'FF'
         BE    NUMBAD
         BAL   R14,TOKLEN
         LR    R1,R2
         SR    R0,R0
         MVI   NEG,0
         CLI   0(R1),C'-'
         BNE   NUMDIG
         MVI   NEG,1
         LA    R1,1(,R1)
         BCT   R3,NUMDIG
         B     NUMBAD
NUMDIG   CLI   0(R1),C'0'
         BL    NUMBAD
         CLI   0(R1),C'9'
         BH    NUMBAD
         MH    R0,=H'10'
         IC    R15,0(,R1)
         N     R15,=F'15'
         AR    R0,R15
         LA    R1,1(,R1)
         BCT   R3,NUMDIG
         CLI   NEG,0
         BE    NUMOK
         LCR   R0,R0
NUMOK    L     R14,NUMRET
         CR    R0,R0
         BR    R14
NUMBAD   L     R14,NUMRET
         LTR   R14,R14
         BR    R14
*
* NUMTEXT: R0 as text in VALUE (left-justified), R3 = its length.
NUMTEXT  ST    R14,NTRET
         LA    R1,DECIMAL
         L     R15,=V(DECOUT)
         BALR  R14,R15            R15 = characters used
         MVC   VALUE,BLANKS
         LR    R3,R15
         C     R3,=F'8'
         BNH   NUMT1
         LA    R3,8               (8 characters is all a token holds)
NUMT1    LA    R1,DECIMAL+11
         SR    R1,R3
         BCTR  R3,0
         EX    R3,NUMMOVE
         LA    R3,1(,R3)
         L     R14,NTRET
         BR    R14
NUMMOVE  MVC   VALUE(0),0(R1)
*
* FINDVAR: R2 -> a name: R1 -> its variable or 0. Uses R15.
FINDVAR  L     R15,NVAR
         LA    R1,VARS
FINDV1   LTR   R15,R15
         BNP   FINDV0
         CLC   0(8,R1),0(R2)
         BER   R14
         LA    R1,VARDLEN(,R1)
         BCTR  R15,0
         B     FINDV1
FINDV0   SR    R1,R1
         BR    R14
*
* SETVAR: the variable named at R2 gets VALUE (length R3); a new one
* is made. Too many: an error in the line.
SETVAR   ST    R14,SVRET
         BAL   R14,FINDVAR
         LTR   R1,R1
         BNZ   SETV1
         L     R15,NVAR
         C     R15,=A(NVARS)
         BNL   BADLINE
         LR    R1,R15
         MH    R1,=Y(VARDLEN)
         LA    R1,VARS(R1)
         LA    R15,1(,R15)
         ST    R15,NVAR
         MVC   0(8,R1),0(R2)
SETV1    DS    0H
         USING VARD,R1
         MVC   VARVAL,VALUE
         STC   R3,VARLEN
         DROP  R1
         L     R14,SVRET
         BR    R14
*
* SETRC: &RETCODE = R0.
SETRC    ST    R14,SRRET
         ST    R0,RCWORK
         BAL   R14,NUMTEXT
         LA    R2,=CL8'&&RETCODE'
         BAL   R14,SETVAR
         L     R0,RCWORK
         L     R14,SRRET
         BR    R14
*
* SETARGS: the tokens from R2 on become &1 ... &n, &INDEX = n (the
* arguments of before are dropped: null).
SETARGS  ST    R14,SARET
         LR    R5,R2
         SR    R6,R6              n
SETA1    LA    R6,1(,R6)
         LR    R0,R6              the name: n after the ampersand
         BAL   R14,NUMTEXT
         MVC   ARGNAME,BLANKS
         MVI   ARGNAME,C'&&'
         MVC   ARGNAME+1(2),VALUE
         SR    R3,R3              past the tokens: null
         MVC   VALUE,BLANKS
         CLI   0(R5),X'FF'
         BE    SETA2
         LR    R2,R5
         BAL   R14,TOKLEN
         MVC   VALUE,0(R5)
SETA2    LA    R2,ARGNAME
         BAL   R14,SETVAR
         CLI   0(R5),X'FF'
         BE    SETA3
         LA    R5,8(,R5)
         C     R6,=F'30'
         BL    SETA1
         B     SETA3
SETA3    BCTR  R6,0               INDEX
         LR    R0,R6
         BAL   R14,NUMTEXT
         LA    R2,=CL8'&&INDEX'
         BAL   R14,SETVAR
         L     R14,SARET
         BR    R14
*
* NOTELAB: the line at R7 (number R6) noted when it begins with -.
NOTELAB  ST    R14,NLRET
         BAL   R14,FIRSTCH
         LTR   R1,R1
         BZ    NOTEL9
         CLI   0(R1),C'-'
         BNE   NOTEL9
         L     R2,NLAB
         C     R2,=A(NLABELS)
         BNL   NOTEL9
         LR    R3,R2
         MH    R3,=H'12'
         LA    R3,LABTAB(R3)
         MVC   0(8,R3),BLANKS     the label, in capitals, 8 at most
         LA    R4,8
         LR    R5,R3
NOTEL1   CLI   0(R1),C' '
         BE    NOTEL2
         MVC   0(1,R5),0(R1)
         OI    0(R5),X'40'        (a small letter made a capital)
         LA    R1,1(,R1)
         LA    R5,1(,R5)
         BCT   R4,NOTEL1
NOTEL2   ST    R6,8(,R3)
         LA    R2,1(,R2)
         ST    R2,NLAB
NOTEL9   L     R14,NLRET
         BR    R14
*
* FINDLAB: the label at R2: R0 = its line, CC 0; CC not 0: none.
FINDLAB  L     R15,NLAB
         LA    R1,LABTAB
FINDL1   LTR   R15,R15
         BNP   FINDL0
         CLC   0(8,R1),0(R2)
         BE    FINDL2
         LA    R1,12(,R1)
         BCTR  R15,0
         B     FINDL1
FINDL2   L     R0,8(,R1)
         CR    R0,R0
         BR    R14
FINDL0   LTR   R14,R14
         BR    R14
*
* FIRSTCH: R1 -> the first non-blank of the 80-byte line at R7, or 0.
FIRSTCH  LR    R1,R7
         LA    R15,80
FIRSTC1  CLI   0(R1),C' '
         BNER  R14
         LA    R1,1(,R1)
         BCT   R15,FIRSTC1
         SR    R1,R1
         BR    R14
*
* SHOWTOKS: types the statement's tokens. JOINTOKS: types the tokens
* from R2 on, one blank between them.
SHOWTOKS LA    R2,TOKS
JOINTOKS ST    R14,JTRET
         LA    R6,MSGBUF
JOIN1    CLI   0(R2),X'FF'
         BE    JOIN2
         LR    R5,R2
         BAL   R14,TOKLEN
         LR    R2,R5
         LTR   R3,R3
         BZ    JOIN1N
         BCTR  R3,0
         EX    R3,JOINMOVE
         LA    R6,1(R3,R6)
JOIN1N   MVI   0(R6),C' '
         LA    R6,1(,R6)
         LA    R2,8(,R2)
         LA    R1,MSGBUF+120
         CR    R6,R1
         BL    JOIN1
JOIN2    LA    R1,MSGBUF
         CR    R6,R1
         BE    JOIN3
         BCTR  R6,0               not the last blank
JOIN3    BAL   R14,TYPEMSG
         L     R14,JTRET
         BR    R14
JOINMOVE MVC   0(0,R6),0(R2)
*
* PUTTOK: the token at R3 less its trailing blanks to R6, R6 past it.
* TYPEMSG: types MSGBUF up to R6.
PUTTOK   LA    R4,8
PUTTOK1  CLI   0(R3),C' '
         BER   R14
         MVC   0(1,R6),0(R3)
         LA    R6,1(,R6)
         LA    R3,1(,R3)
         BCT   R4,PUTTOK1
         BR    R14
TYPEMSG  ST    R14,TMRET
         LA    R1,MSGBUF
         SR    R6,R1
         BNP   TYPEM1
         WRTERM (R1),(R6)
TYPEM1   L     R14,TMRET
         BR    R14
*
* The control words: name, its routine.
         DS    0F
CTLWORDS DC    CL8'&&CONTROL',A(XCONTROL)
         DC    CL8'&&TYPE',A(XTYPE)
         DC    CL8'&&READ',A(XREAD)
         DC    CL8'&&IF',A(XIF)
         DC    CL8'&&GOTO',A(XGOTO)
         DC    CL8'&&SKIP',A(XSKIP)
         DC    CL8'&&LOOP',A(XLOOP)
         DC    CL8'&&EXIT',A(XEXIT)
         DC    CL8'&&ARGS',A(XARGS)
         DC    CL8'&&ERROR',A(XERROR)
         DC    8X'FF'
* The operators of &IF: the results (less, equal, greater) that make
* them true.
CCLT     EQU   X'80'
CCEQ     EQU   X'40'
CCGT     EQU   X'20'
RELOPS   DC    CL8'EQ',AL1(CCEQ)
         DC    CL8'=',AL1(CCEQ)
         DC    CL8'NE',AL1(CCLT+CCGT)
         DC    CL8'LT',AL1(CCLT)
         DC    CL8'LE',AL1(CCLT+CCEQ)
         DC    CL8'GT',AL1(CCGT)
         DC    CL8'GE',AL1(CCGT+CCEQ)
         DC    8X'FF'
*
* EXDEPTH: EXECs whose state is kept while the EXEC they called runs
* (0 in the outermost). EXSTKP: those states in free storage, by depth;
* EXLINP: each level's lines. Outside the state, which they outlive.
EXDEPTH  DC    F'0'
EXSTKP   DC    (EXMAXLVL)A(0)
EXLINP   DC    (EXMAXLVL)A(0)
EXLIND   DC    (EXMAXLVL)F'0'     their sizes in doublewords
XRC      DS    F
XSTATEP  DS    A
XSR14    DS    A
XSR13    DS    A
CLR14    DS    A
XSSAVE   DS    18F
*
* An EXEC's state: everything from here to EXSTEND.
         DS    0D
EXSTATE  DS    0D
SAVE     DS    18F
STMTRET  DS    A
SUBRET   DS    A
NUMRET   DS    A
NTRET    DS    A
LINESP   DS    A                  the lines, in free storage
LINESN   DS    F                  how many they may be
LINESD   DS    F                  their storage in doublewords
SVRET    DS    A
SRRET    DS    A
SARET    DS    A
NLRET    DS    A
JTRET    DS    A
TMRET    DS    A
RCWORK   DS    F
EXITRC   DS    F
CURLINE  DS    F
NLINES   DS    F
NVAR     DS    F
NLAB     DS    F
LOOPBEG  DS    F
LOOPEND  DS    F
LOOPCNT  DS    F
STOP     DC    X'00'
SUBDONE  DS    X
NEG      DS    X
INERR    DS    X
ERRLEN   DS    X
CONTROL  DS    X
CTLNONE  EQU   X'00'
CTLERR   EQU   X'10'
CTLCMS   EQU   X'20'
CTLALL   EQU   X'40'
FILENAME DS    CL8
ARGNAME  DS    CL8
SYMLIST  DS    A                  EXECSYM's list: the token,
         DC    A(VARS,NVAR)       the variables, how many,
SYMFLAGS DS    X                  X'80' the assignment's target
VALUE    DS    CL8
FENCE    DC    8X'FF'
BLANKS   DC    CL80' '
DECIMAL  DS    CL11
         DS    0F
XFSCB    DC    CL8'RDBUF',CL8' ',CL8'EXEC',CL2' ',H'1'   an FSCB
         DC    A(0),F'80',CL2'F ',H'1',F'0'
MSGBUF   DS    CL130
RDLINE   DS    CL130
TBADLINE DC    C'DMSEXE071E ERROR IN EXEC FILE '
TNOFILE  DC    C'DMSEXE002E FILE '''
         LTORG
         DS    0D
TOKS     DS    33D                the statement's tokens and a fence
RDTOKS   DS    33D
ERRTOKS  DS    10D
VARS     DS    (NVARS*VARDLEN)X
LABTAB   DS    (NLABELS*12)X
EXSTEND  DS    0D
EXSTLEN  EQU   EXSTEND-EXSTATE
         END
