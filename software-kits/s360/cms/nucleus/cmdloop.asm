         TITLE 'CMDLOOP - THE COMMAND LOOP AND THE READY MESSAGE'
***********************************************************************
* CMDLOOP: reads a command at the console, scans it into tokens       *
* (SCANNER), completes an abbreviation, runs it through SVC 202 and   *
* types the ready message (GH20-0859, "the CMS command environment";  *
* CMS PLM GY20-0591, the console command loop). The command gets R1  *
* -> the tokens and, with R1's high-order byte X'01', R0 -> the       *
* extended parameter list of the line as typed (EXTPL).               *
*                                                                     *
* The ready message is R; after return code 0 and E(rrrrr); after any *
* other (CP-67 CMS's form; VM/370 wrote R(rrrrr);), then, unless SET  *
* RDYMSG SMSG, T=v.vv/t.tt hh.mm.ss: on the bare machine t is the     *
* command's elapsed time and v that time less its waits for I/O       *
* (the nearest a 360 without a CPU timer comes to CP's virtual and    *
* total CPU time), both in seconds to the hundredth rounded up, and   *
* hh.mm.ss the time of day (CLOCK module).                            *
*                                                                     *
* A name SVC 202 does not know (return code -3) is passed to CP when  *
* CMS runs under CP (VM/370's implied CP command); otherwise, or when *
* CP does not know it either, CMS types UNKNOWN CP/CMS COMMAND (the   *
* text VM/370's manuals give) and the ready message shows E(-0003).   *
* An abbreviation is accepted when the function table allows it       *
* (FUNC ...,ABBR=n): at least n characters of the name.               *
*                                                                     *
* Entries:                                                            *
*   CMDLOOP  from INIT: read the first command (no ready message)     *
*   CMDEND   BR R14 with R15 = return code: the command has ended     *
*            (PGMCHK after an abend)                                  *
*   CMDNEXT  BR R14: read the next command without a ready message    *
*            (ATTN after KX)                                          *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         FUNCD
         PRINT GEN
CMDLOOP  CSECT
         ENTRY CMDEND,CMDNEXT
         USING NUCON,R0
         LR    R12,R15
         USING CMDLOOP,R12
         B     CMDREAD
*
CMDNEXT  DS    0H
         USING CMDNEXT,R14
         L     R12,=A(CMDLOOP)
         DROP  R14
         B     CMDREAD
CMDEND   DS    0H
         USING CMDEND,R14
         L     R12,=A(CMDLOOP)
         DROP  R14
         B     CMDDONE
*
CMDREAD  LA    R13,SAVE
         SSM   =X'00'
         MVC   NUCSVTOP,NUCSVBOT  nothing runs: no frames
         NI    NUCFLAGS,255-NUCFCMD-NUCFKT-NUCFATN
         NI    NUCFLAG2,255-NUCFEXEC  (an EXEC ended by KX or an abend)
         XC    NUCUSED,NUCUSED    no command keeps user storage
         SSM   =X'FF'
* An EXEC ended by KX or an abend gives its free storage back.
         L     R15,=V(EXCLEAN)
         BALR  R14,R15
* Files a command left open are closed as CMS closes them when a
* command ends (FINIS *: those written are entered in their disk's
* directory, filesys/finis.asm), also after KX or an abend.
         LA    R1,FINALL
         L     R15,=V(FINIS)
         BALR  R14,R15
         RDTERM LINE
         LTR   R0,R0
         BZ    CMDREAD            a null line: read again
         LA    R1,LINE
         ST    R1,NUCLINE
         STH   R0,NUCLINEL
         LA    R2,PLIST
         L     R15,=V(SCANNER)
         BALR  R14,R15
         LTR   R15,R15
         BZ    CMDREAD            only blanks
         BAL   R14,ABBREV
*
* Run it. The clock starts now; WAITDEV adds the waits to NUCWAITT.
         SSM   =X'00'
         L     R15,=V(TICKS)
         BALR  R14,R15
         ST    R0,NUCCMDT0
         XC    NUCWAITT,NUCWAITT
         OI    NUCFLAGS,NUCFCMD
         NI    NUCFLAG2,255-NUCFPRV  DEBUG after an abend shows it
         TM    NUCFLAG2,NUCFPGM
         BZ    CMDNOPGM
         OI    NUCFLAG2,NUCFPRV
CMDNOPGM NI    NUCFLAG2,255-NUCFPGM
         SSM   =X'FF'
         BAL   R14,EXTPL
         LA    R0,EPLIST
         LA    R1,PLIST
         O     R1,=X'01000000'    R0 -> the extended list
         CMSCALL (1)
*
CMDDONE  LA    R13,SAVE
         ST    R15,NUCLSTRC
         SSM   =X'00'
         NI    NUCFLAGS,255-NUCFCMD-NUCFKT
         L     R15,=V(TICKS)
         BALR  R14,R15
         SSM   =X'FF'
         S     R0,NUCCMDT0        ticks the command took
         LR    R4,R0
         S     R0,NUCWAITT        less its waits
         BNM   *+6
         SR    R0,R0
         LR    R5,R0
         L     R15,NUCLSTRC
         C     R15,=F'-3'
         BNE   READY
*
* Not a command: CP's, if there is a CP.
         TM    NUCFLAGS,NUCFCP
         BZ    UNKNOWN
         L     R2,NUCLINE
         LH    R3,NUCLINEL
         DC    X'83230008'        DIAGNOSE R2,R3,X'08'
         LTR   R3,R3
         BNZ   UNKNOWN
         SR    R15,R15
         ST    R15,NUCLSTRC
         B     READY
UNKNOWN  WRTERM 'UNKNOWN CP/CMS COMMAND'
*
* The ready message.
READY    L     R15,NUCLSTRC
         LA    R6,RDYMSG          where the next character goes
         LTR   R15,R15
         BNZ   READYE
         MVC   0(2,R6),=C'R;'
         LA    R6,2(,R6)
         B     READYT
READYE   MVC   0(2,R6),=C'E('
         CVD   R15,DWORK          five digits, or a sign and four
         UNPK  2(5,R6),DWORK+5(3)
         OI    6(R6),X'F0'
         LTR   R15,R15
         BNM   READYE2
         MVI   2(R6),C'-'
READYE2  MVC   7(2,R6),=C');'
         LA    R6,9(,R6)
READYT   TM    NUCSETS,NUCSSMSG
         BO    READYTYP
         MVC   0(3,R6),=C' T='
         LA    R6,3(,R6)
         LR    R0,R5
         BAL   R14,SECONDS
         MVI   0(R6),C'/'
         LA    R6,1(,R6)
         LR    R0,R4
         BAL   R14,SECONDS
         LA    R1,TOD
         L     R15,=V(GETTOD)
         BALR  R14,R15
         MVI   0(R6),C' '
         MVC   1(8,R6),TOD+9      hh.mm.ss
         LA    R6,9(,R6)
READYTYP LA    R1,RDYMSG
         SR    R6,R1
         WRTERM (R1),(R6)
         B     CMDREAD
*
* SECONDS: R0 = ticks; appends s.hh (seconds and hundredths, rounded
* up: 3 ticks a hundredth) at R6 and moves R6 past it.
SECONDS  ST    R14,SECRET
         SRDL  R0,32
         A     R1,=F'2'
         D     R0,=F'3'           R1 = hundredths
         CVD   R1,DWORK
         MVC   NUMBER,NUMPAT
         LA    R1,NUMBER+3        the units digit, if nothing before
         EDMK  NUMBER,DWORK+5     ' sss.hh' from 5 digits
         LA    R2,NUMBER+L'NUMBER
         SR    R2,R1              characters from the first digit
         BCTR  R2,0
         EX    R2,MOVENUM
         LA    R6,1(R2,R6)
         L     R14,SECRET
         BR    R14
MOVENUM  MVC   0(0,R6),0(R1)
*
* ABBREV: the first token is a name in the function table, or becomes
* the one it abbreviates. A function only programs call (FUNCFONL) is
* no command: its name is changed to one nobody knows.
ABBREV   ST    R14,ABBRRET
         L     R4,=V(FUNCTAB)
         USING FUNCD,R4
ABEXACT  CLI   FUNCNAME,X'FF'
         BE    ABSHORT
         CLC   FUNCNAME,PLIST
         BE    ABFOUND
         LA    R4,FUNCLEN(,R4)
         B     ABEXACT
ABSHORT  LA    R3,PLIST+7         R3 = length of the token - 1
ABLEN    CLI   0(R3),C' '
         BNE   ABLENOK
         BCT   R3,ABLEN
ABLENOK  LA    R1,PLIST
         SR    R3,R1
         L     R4,=V(FUNCTAB)
ABNEXT   CLI   FUNCNAME,X'FF'
         BE    ABRET
         CLI   FUNCABBR,0
         BE    ABSKIP
         SR    R1,R1
         IC    R1,FUNCABBR
         BCTR  R1,0
         CR    R3,R1              shorter than the abbreviation allows
         BL    ABSKIP
         EX    R3,ABCOMP
         BNE   ABSKIP
         MVC   PLIST(8),FUNCNAME
         B     ABFOUND
ABSKIP   LA    R4,FUNCLEN(,R4)
         B     ABNEXT
ABFOUND  TM    FUNCFLAG,FUNCFONL
         BZ    ABRET
         MVC   PLIST(8),=8X'00'   nobody has this name
ABRET    L     R14,ABBRRET
         BR    R14
ABCOMP   CLC   PLIST(0),FUNCNAME
         DROP  R4
*
***********************************************************************
* EXTPL: BAL R14. The extended parameter list of the typed line       *
* (VM/370's form, GY20-0591's SVC 202 with R1's high-order byte       *
* X'01'): the command's name as typed, the first byte after it, the   *
* end of the line. A command that wants the operands as typed (CP:    *
* lower case, words of any length) takes them from there; the others  *
* read the tokens as before.                                          *
***********************************************************************
EXTPL    L     R2,NUCLINE
         LH    R3,NUCLINEL
         AR    R3,R2              the end of the line
EXTB     CR    R2,R3              blanks before the name
         BNL   EXTNAME
         CLI   0(R2),C' '
         BNE   EXTNAME
         LA    R2,1(,R2)
         B     EXTB
EXTNAME  ST    R2,EPLCMD
EXTW     CR    R2,R3              the name: up to a blank or '('
         BNL   EXTEND
         CLI   0(R2),C' '
         BE    EXTEND
         CLI   0(R2),C'('
         BE    EXTEND
         LA    R2,1(,R2)
         B     EXTW
EXTEND   ST    R2,EPLBEG
         ST    R3,EPLEND
         BR    R14
*
         DS    0D
DWORK    DS    D
SAVE     DS    18F
FINALL   DC    CL8'FINIS',CL8'*',CL8'*',CL8'*',XL8'FFFFFFFFFFFFFFFF'
ABBRRET  DS    A
SECRET   DS    A
TOD      DS    CL17
NUMPAT   DC    X'402021204B2020'
NUMBER   DS    CL7
RDYMSG   DS    CL64
LINE     DS    CL130
         DS    0D
PLIST    DS    33D                32 tokens and the fence
EPLIST   DS    0F                 the extended parameter list
EPLCMD   DS    A                  the command's name
EPLBEG   DS    A                  the first byte after it
EPLEND   DS    A                  the end of the line
         DC    A(0)               (VM/370's user word)
         LTORG
         END
