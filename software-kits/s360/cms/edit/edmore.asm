         TITLE 'EDMORE - OVERLAY, GETFILE AND THE LINE NUMBERS OF EDIT'
***********************************************************************
* EDMORE: the CMS context editor's subcommands that work on a line by *
* its place or from another file. The CP-67 manual we have names the *
* editor's "line-number conventions" but not their forms, so these    *
* are VM/370 EDIT's subcommands (CMS Command and Macro Reference,     *
* "EDIT Subcommands"), with the choices docs/machines/cms.md "EDIT"   *
* lists as ours:                                                      *
*   OVERLAY text (O)     the text laid over the current line from    *
*                        column 1: a blank leaves the column as it   *
*                        was, an underscore makes it blank            *
*   GETFILE fn [ft [fm [first [count|*]]]] (G)   the records first   *
*                        ... of another file (ft: the file's own;    *
*                        fm: the search order) inserted after the     *
*                        current line; the last one becomes current   *
*   LINEMODE LEFT|OFF    lines typed with their numbers at the left  *
*   n [text]             (a number as the subcommand) the pointer to *
*                        line n (0: TOF:, past the last: EOF:); with  *
*                        text, line n replaced by it (past the last:  *
*                        added at the end; 0: put first)              *
* A line's number is its place in the file, 1 for the first (ours:   *
* it is the number SERIAL writes divided by the increment).          *
*                                                                     *
*   EDMCMD   R0 = subcommand (EDIT's table: 0 OVERLAY, 4 GETFILE,     *
*            8 LINEMODE, 12 a line number), R1 -> its operands (for   *
*            12 the number), R2 their length. R15 = 0 done; 4 bad     *
*            operands (EDIT types ?EDIT:).                            *
*   DMSEDI002E FILE 'fn ft fm' NOT FOUND    (GETFILE; editor goes on) *
*   DMSEDI104S ERROR rr READING FILE 'fn ft fm'                       *
*   EOF REACHED          GETFILE's count went past the file's end     *
* BALR R14,R15, R11 -> EDWORK, R13 -> save area.                      *
***********************************************************************
         PRINT NOGEN
         REGEQU
         EDWORK
         EDLINE
         FSCB
         FSTD
         PRINT GEN
EDMORE   CSECT
         ENTRY EDMCMD
         USING EDWORK,R11
         USING EDMORE,R12
EDMCMD   STM   R14,R12,12(R13)
         L     R12,MCBASE-EDMCMD(,R15)
         B     MCGO
MCBASE   DC    A(EDMORE)
MCGO     ST    R13,MSAVE+4
         LA    R13,MSAVE
         LR    R3,R1              the operands: R3 to R4
         LA    R4,0(R2,R1)
         SRL   R0,2
         SLL   R0,2
         LR    R15,R0
         B     *+4(R15)
         B     OVERLAY            0
         B     GETFILE            4
         B     LINEMODE           8
         B     LINENUM            12
MCOK     SR    R15,R15
         B     MCRET
MCBAD    LA    R15,4
MCRET    L     R13,MSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
***********************************************************************
* OVERLAY text: column by column over the current line, up to the     *
* truncation column (TRUNCATED when a non-blank would pass it).       *
***********************************************************************
OVERLAY  BAL   R14,ONEBLANK       R1 -> the text, R2 its length
         LTR   R2,R2
         BZ    MCBAD
         L     R5,EDCUR
         C     R5,EDHEAD
         BNE   OVLINE
         BAL   R14,TYPECUR        TOF: or EOF: nothing to lay it on
         B     MCOK
OVLINE   DS    0H
         USING EDLINE,R5
         MVI   WORK,C' '          the line, blank-padded, in WORK
         MVC   WORK+1(EDMAXREC-1),WORK
         LH    R6,LNLEN
         LTR   R7,R6
         BNP   OVLAY
         BCTR  R7,0
         EX    R7,MVCLINE
OVLAY    SR    R7,R7              column (from 0)
         MVI   TRUNCD,0
OVCOL    CR    R7,R2
         BNL   OVDONE
         LA    R8,0(R7,R1)
         CLI   0(R8),C' '         a blank: the column as it was
         BE    OVNEXT
         CH    R7,EDTRUNC         past the truncation column
         BL    OVPUT
         MVI   TRUNCD,1
         B     OVNEXT
OVPUT    LA    R9,WORK(R7)
         MVC   0(1,R9),0(R8)
         CLI   0(R8),C'_'         an underscore: a blank
         BNE   OVLONG
         MVI   0(R9),C' '
OVLONG   LA    R0,1(,R7)          the line may grow to here
         CR    R0,R6
         BNH   OVNEXT
         LR    R6,R0
OVNEXT   LA    R7,1(,R7)
         B     OVCOL
OVDONE   BAL   R14,TRIMWORK       trailing blanks cut: R6
         STH   R6,LNLEN
         LTR   R7,R6
         BNP   OVSET
         BCTR  R7,0
         EX    R7,MVCBACK
OVSET    OI    EDSTATE,EDSCHG
         CLI   TRUNCD,0
         BE    OVSHOW
         WRTERM 'TRUNCATED'
OVSHOW   BAL   R14,SHOWCUR
         B     MCOK
         DROP  R5
MVCLINE  MVC   WORK(0),LNTEXT-EDLINE(R5)
MVCBACK  MVC   LNTEXT-EDLINE(0,R5),WORK
*
***********************************************************************
* GETFILE fn [ft [fm [first [count|*]]]]                              *
***********************************************************************
GETFILE  MVC   GETFID,EDFID       ft: this file's; fm: the search order
         MVC   GETFID+16(2),=C'* '
         BAL   R14,TOKEN
         LTR   R6,R6
         BZ    MCBAD
         LA    R7,GETFID          fn, then ft
         BAL   R14,NAMEPART
         BNZ   MCBAD
         BAL   R14,TOKEN
         LTR   R6,R6
         BZ    GFRANGE
         LA    R7,GETFID+8
         BAL   R14,NAMEPART
         BNZ   MCBAD
         BAL   R14,TOKEN          fm: a letter [and a number]
         LTR   R6,R6
         BZ    GFRANGE
         CH    R6,=H'2'
         BH    MCBAD
         MVC   GETFID+16(2),=C'  '
         BCTR  R6,0
         EX    R6,MVCMODE
         OC    GETFID+16(1),=X'40'
         LA    R1,GETFID+16
         L     R15,=V(CHKMODE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   MCBAD
GFRANGE  LA    R0,1               first: 1; count: all
         ST    R0,GETFIRST
         L     R0,=F'999999'
         ST    R0,GETCOUNT
         MVI   GETALL,1
         BAL   R14,TOKEN
         LTR   R6,R6
         BZ    GFSTATE
         BAL   R14,NUMBER
         BNZ   MCBAD
         LTR   R0,R0
         BNP   MCBAD
         ST    R0,GETFIRST
         BAL   R14,TOKEN
         LTR   R6,R6
         BZ    GFSTATE
         CLI   0(R5),C'*'
         BE    GFSTAR
         MVI   GETALL,0
GFSTAR   BAL   R14,NUMBER
         BNZ   MCBAD
         LTR   R0,R0
         BNP   MCBAD
         ST    R0,GETCOUNT
         BAL   R14,TOKEN          nothing more
         LTR   R6,R6
         BNZ   MCBAD
*
* The file: its format from STATE, then record by record.
GFSTATE  MVC   STATEPL+8(18),GETFID
         LA    R1,STATEPL
         L     R15,=V(STATE)
         BALR  R14,R15
         LTR   R15,R15
         BZ    GFOPEN
         LA    R5,NFMSG           FILE 'fn ft fm' NOT FOUND
         LA    R6,NFMSGL
         LA    R3,=C' NOT FOUND'
         LA    R4,10
         B     FIDMSG
GFOPEN   L     R1,=V(STATEFST)
         USING FSTD,R1
         MVC   GETFID+16(2),FSTFMODE
         MVC   GFSCB+FSCBFV-FSCBD(1),FSTRECFM
         DROP  R1
         MVC   GFSCB(8),=CL8'RDBUF'
         MVC   GFSCB+FSCBFN-FSCBD(18),GETFID
         L     R0,GETFIRST
         STH   R0,GFSCB+FSCBITNO-FSCBD
         MVI   TRUNCD,0
GFLOOP   LA    R1,GFSCB
         L     R15,=V(RDBUF)
         BALR  R14,R15
         XC    GFSCB+FSCBITNO-FSCBD(2),GFSCB+FSCBITNO-FSCBD
         CH    R15,=H'12'
         BE    GFEOF
         CH    R15,=H'8'          longer than the editor's lines: its
         BNE   GFRC               start, TRUNCATED
         MVI   TRUNCD,1
         B     GFLINE
GFRC     LTR   R15,R15
         BNZ   GFERR
GFLINE   L     R2,GFSCB+FSCBNORD-FSCBD
         CH    R2,EDLRECL
         BNH   GFLINE1
         LH    R2,EDLRECL
         LA    R1,WORK(R2)        what is cut off must be blanks
         L     R0,GFSCB+FSCBNORD-FSCBD
         SR    R0,R2
         C     R0,=A(EDMAXREC)
         BNH   *+8
         L     R0,=A(EDMAXREC)
GFCUT    CLI   0(R1),C' '
         BE    *+8
         MVI   TRUNCD,1
         LA    R1,1(,R1)
         BCT   R0,GFCUT
GFLINE1  L     R15,=V(EDFNEW)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   GFFULL
         LR    R5,R1
         USING EDLINE,R5
         LR    R6,R2
         BAL   R14,TRIMWORK
         STH   R6,LNLEN
         LTR   R7,R6
         BNP   GFADD
         BCTR  R7,0
         EX    R7,MVCBACK
GFADD    LR    R1,R5
         L     R15,=V(EDFADD)
         BALR  R14,R15
         DROP  R5
         OI    EDSTATE,EDSCHG
         L     R1,GETCOUNT
         BCTR  R1,0
         ST    R1,GETCOUNT
         LTR   R1,R1
         BP    GFLOOP
         B     GFDONE
GFEOF    CLI   GETALL,0           a count given and not reached
         BNE   GFDONE
         WRTERM 'EOF REACHED'
         B     GFDONE
GFFULL   WRTERM 'DMSEDI133S NO ROOM IN STORAGE FOR MORE LINES'
GFDONE   BAL   R14,GFCLOSE
         CLI   TRUNCD,0
         BE    GFSHOW
         WRTERM 'TRUNCATED'
GFSHOW   BAL   R14,SHOWCUR
         B     MCOK
GFERR    LR    R7,R15             RDBUF's error: what came stays
         BAL   R14,GFCLOSE
         CVD   R7,DWORD
         UNPK  RERC,DWORD+6(2)
         OI    RERC+2,X'F0'
         LA    R5,REMSG
         LA    R6,RELEN
         LA    R3,=C' '
         LA    R4,0
         B     FIDMSG
GFCLOSE  MVC   GFSCB(8),=CL8'FINIS'
         LA    R1,GFSCB
         L     R15,=V(FINIS)
         BR    R15                (returns to the caller's R14)
MVCMODE  MVC   GETFID+16(0),0(R5)
*
* NAMEPART: the word R5/R6 (8 at most) to the 8 bytes at R7, in
* capitals. CC 0 done, else too long.
NAMEPART CH    R6,=H'8'
         BH    NPBAD
         MVC   0(8,R7),=CL8' '
         BCTR  R6,0
         EX    R6,MVCNAME
         OC    0(8,R7),=8X'40'    (small letters to capitals)
         CR    R6,R6
         BR    R14
NPBAD    LTR   R14,R14
         BR    R14
MVCNAME  MVC   0(0,R7),0(R5)
*
* FIDMSG: R5 -> the start, R6 its length, then 'fn ft fm' of GETFID,
* then R3 -> the rest, R4 its length; typed, the editor goes on.
FIDMSG   BCTR  R6,0
         EX    R6,MVCSTART
         LA    R2,MSG+1(R6)
         LA    R1,GETFID
         L     R15,=V(FIDOUT)
         BALR  R14,R15
         LTR   R4,R4
         BZ    FIDMSG1
         BCTR  R4,0
         EX    R4,MVCREST
         LA    R2,1(R4,R2)
FIDMSG1  LA    R1,MSG
         SR    R2,R1
         WRTERM (R1),(R2)
         B     MCOK
MVCSTART MVC   MSG(0),0(R5)
MVCREST  MVC   0(0,R2),0(R3)
*
***********************************************************************
* LINEMODE LEFT|OFF                                                   *
***********************************************************************
LINEMODE BAL   R14,TOKEN
         MVC   LMWORD,0(R5)       (in capitals, whatever CASE says)
         OC    LMWORD,=4X'40'
         CH    R6,=H'4'
         BNE   LMOFF
         CLC   LMWORD,=C'LEFT'
         BNE   MCBAD
         OI    EDSETS,EDSLNUM
         B     LMEND
LMOFF    CH    R6,=H'3'
         BNE   MCBAD
         CLC   LMWORD(3),=C'OFF'
         BNE   MCBAD
         NI    EDSETS,255-EDSLNUM
LMEND    BAL   R14,TOKEN
         LTR   R6,R6
         BNZ   MCBAD
         B     MCOK
*
***********************************************************************
* n [text]: a line by its number.                                     *
***********************************************************************
LINENUM  LR    R5,R3              the number: digits up to a blank
LNDIG    CR    R3,R4
         BNL   LNGOT
         CLI   0(R3),C' '
         BE    LNGOT
         LA    R3,1(,R3)
         B     LNDIG
LNGOT    LR    R6,R3
         SR    R6,R5
         BAL   R14,NUMBER
         BNZ   MCBAD
         ST    R0,LINENO
         BAL   R14,ONEBLANK       R1, R2: the text after it
         LTR   R2,R2
         BNZ   LNWITH
*
* The pointer to line n.
         BAL   R14,GOTOLINE
         BAL   R14,SHOWCUR
         B     MCOK
*
* Line n's text replaced: the new line goes after line n-1 (EDINLINE:
* tabs, truncation, as a line typed), then the old line n is deleted.
LNWITH   STM   R1,R2,TEXTAT
         MVI   REPL,0
         L     R0,LINENO
         LTR   R0,R0              0: put first
         BZ    LNADD
         C     R0,EDCOUNT         past the last: added at the end
         BNH   LNREPL
         L     R2,EDHEAD
         ST    R2,EDCUR
         OI    EDSTATE,EDSEOF
         B     LNPUT
LNREPL   BCTR  R0,0
         MVI   REPL,1             (an old line n to take away)
LNADD    ST    R0,LINENO          the line before it
         BAL   R14,GOTOLINE
LNPUT    LM    R1,R2,TEXTAT
         L     R15,=V(EDINLINE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   MCOK               no room: typed, nothing changed
         OI    EDSTATE,EDSCHG
         CLI   REPL,0
         BE    MCOK
         L     R5,EDCUR           the new line; the old one after it
         L     R2,LNNEXT-EDLINE(,R5)
         C     R2,EDHEAD
         BE    MCOK
         ST    R2,EDCUR
         L     R15,=V(EDFDEL)
         BALR  R14,R15
         ST    R5,EDCUR
         NI    EDSTATE,255-EDSEOF
         B     MCOK
*
***********************************************************************
* Helpers.                                                            *
***********************************************************************
* GOTOLINE: the pointer to line LINENO (0 TOF:, past the last EOF:).
GOTOLINE L     R2,EDHEAD
         ST    R2,EDCUR
         NI    EDSTATE,255-EDSEOF
         L     R0,LINENO
         LTR   R0,R0
         BZR   R14
         C     R0,EDCOUNT
         BNH   GOTO1
         OI    EDSTATE,EDSEOF
         BR    R14
GOTO1    L     R2,LNNEXT-EDLINE(,R2)
         BCT   R0,GOTO1
         ST    R2,EDCUR
         BR    R14
*
* ONEBLANK: R3 -> the operands, R4 their end: R1 -> the text after the
* one blank that separates it, R2 its length.
ONEBLANK LR    R1,R3
         LR    R2,R4
         SR    R2,R1
         BNPR  R14
         CLI   0(R1),C' '
         BNER  R14
         LA    R1,1(,R1)
         BCTR  R2,0
         BR    R14
*
* TRIMWORK: R6 = a length of WORK less its trailing blanks.
TRIMWORK LTR   R6,R6
         BNPR  R14
         LA    R15,WORK-1(R6)
         CLI   0(R15),C' '
         BNER  R14
         BCTR  R6,0
         B     TRIMWORK
*
* TOKEN/NUMBER: EDLINES's EDTOKEN (R3, R4 -> R5, R6) and EDNUMBER
* (R5, R6 -> R0; CC 0 a number).
TOKEN    ST    R14,TKR14
         L     R15,=V(EDTOKEN)
         BALR  R14,R15
         L     R14,TKR14
         BR    R14
NUMBER   ST    R14,TKR14
         L     R15,=V(EDNUMBER)
         BALR  R14,R15
         L     R14,TKR14
         LTR   R15,R15
         BR    R14
*
* SHOWCUR: the current line typed when VERIFY is on (TOF: and EOF:
* always); TYPECUR: typed. Both through EDLINES's EDTYPE.
SHOWCUR  L     R1,EDCUR
         C     R1,EDHEAD
         BE    TYPECUR
         TM    EDSETS,EDSVER
         BZR   R14
TYPECUR  ST    R14,TKR14
         L     R15,=V(EDTYPE)
         BALR  R14,R15
         L     R14,TKR14
         BR    R14
*
         LTORG
MSAVE    DS    18F
TKR14    DS    A
LINENO   DS    F
TEXTAT   DS    2F
GETFIRST DS    F
GETCOUNT DS    F
DWORD    DS    D
         DS    0F
GFSCB    DC    CL8'RDBUF',CL18' ',H'0',A(WORK),A(EDMAXREC),CL2'F '
         DC    H'1',F'0'
STATEPL  DC    CL8'STATE',CL18' ',XL8'FFFFFFFFFFFFFFFF'
GETFID   DS    CL18
GETALL   DS    X
REPL     DS    X
LMWORD   DS    CL4
TRUNCD   DS    X
NFMSG    DC    C'DMSEDI002E FILE '
NFMSGL   EQU   *-NFMSG
REMSG    DC    C'DMSEDI104S ERROR '
RERC     DC    C'000'
         DC    C' READING FILE '
RELEN    EQU   *-REMSG
MSG      DS    CL100
WORK     DS    CL(EDMAXREC)
         END
