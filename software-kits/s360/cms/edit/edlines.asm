         TITLE 'EDLINES - THE CMS EDITOR''S LINE SUBCOMMANDS'
***********************************************************************
* EDLINES: the subcommands of the CMS context editor that move the    *
* line pointer and change lines (GH20-0859, the context editor; the   *
* forms and responses are VM/370 EDIT's where the CP-67 manual we     *
* have is silent: docs/machines/cms.md "EDIT"):                       *
*   LOCATE /string/       the next line holding string in the zone    *
*   FIND text             the next line beginning with text (its      *
*                         blanks match anything)                      *
*   CHANGE /old/new/ [n|*] [G|*]  old made new in n lines, each       *
*                         occurrence with G                           *
*   TOP  BOTTOM  UP [n]  NEXT [n]   pointer moves                     *
*   DELETE [n|*]  INSERT line  REPLACE [line]  TYPE [n|*] (PRINT)     *
* The pointer at TOF: or EOF: is the header node (EDFILE). A move     *
* that reaches either types TOF: or EOF:; a search that finds nothing *
* types NOT FOUND and leaves the pointer at EOF:, as VM/370's EDIT.   *
* Lines are typed up to the VERIFY column, trailing blanks cut.       *
*                                                                     *
*   EDLCMD   R0 = subcommand (EDIT's table), R1 -> its operands, R2   *
*            their length. R15 = 0 done; 4 bad operands (EDIT types   *
*            ?EDIT:); 8 enter INPUT mode.                             *
*   EDINLINE R1 -> a line typed in INPUT mode, R2 its length: tabs    *
*            expanded, cut at the truncation column (TRUNCATED), put  *
*            after the current line. R15 = 0, 4 no storage (typed).   *
*   EDTYPE   types the current line (TOF:, EOF:).                     *
*   EDTOKEN  R3 -> text, R4 -> its end: R5 -> the next word, R6 its   *
*            length (0: none), R3 past it.                            *
*   EDNUMBER R5 -> a word, R6 its length: R0 = its decimal value (*:  *
*            the largest), R15 = 0, or 4 not a number.                *
* All: BALR R14,R15, R11 -> EDWORK, R13 -> save area.                 *
***********************************************************************
         PRINT NOGEN
         REGEQU
         EDWORK
         EDLINE
         PRINT GEN
EDLINES  CSECT
         ENTRY EDLCMD,EDINLINE,EDTYPE,EDTOKEN,EDNUMBER
         USING EDWORK,R11
         USING EDLINES,R12,R10
*
EDLCMD   STM   R14,R12,12(R13)
         L     R12,LCBASE-EDLCMD(,R15)
         B     LCGO
LCBASE   DC    A(EDLINES)
EDINLINE STM   R14,R12,12(R13)
         L     R12,ILBASE-EDINLINE(,R15)
         B     ILGO
ILBASE   DC    A(EDLINES)
EDTYPE   STM   R14,R12,12(R13)
         L     R12,TYBASE-EDTYPE(,R15)
         B     TYGO
TYBASE   DC    A(EDLINES)
*
* EDTOKEN and EDNUMBER are leaves: they keep the caller's R13.
EDTOKEN  STM   R14,R12,12(R13)
         L     R12,TKBASE-EDTOKEN(,R15)
         B     TOKEN
TKBASE   DC    A(EDLINES)
EDNUMBER STM   R14,R12,12(R13)
         L     R12,NMBASE-EDNUMBER(,R15)
         B     NUMBER
NMBASE   DC    A(EDLINES)
*
LCGO     BAL   R9,LNENTER
         LR    R3,R1              the operands: R3 to R4
         LA    R4,0(R2,R1)
         SRL   R0,2
         SLL   R0,2
         LR    R15,R0
         B     *+4(R15)
         B     LOCATE             0
         B     FIND               4
         B     CHANGE             8
         B     TOP                12
         B     BOTTOM             16
         B     UP                 20
         B     NEXT               24
         B     DELETE             28
         B     INSERT             32
         B     REPLACE            36
         B     TYPE               40
*
ILGO     BAL   R9,LNENTER
         BAL   R14,MAKETXT
         BAL   R14,ADDTXT
         B     LNRET
TYGO     BAL   R9,LNENTER
         BAL   R14,TYPECUR
         B     LNOK
*
* LNENTER: BAL R9. The second base and this module's save area.
LNENTER  LA    R10,2048(,R12)
         LA    R10,2048(,R10)
         ST    R13,LNSAVE+4
         LA    R13,LNSAVE
         BR    R9
LNOK     SR    R15,R15
         B     LNRET
LNBAD    LA    R15,4
         B     LNRET
LNINPUT  LA    R15,8
LNRET    L     R13,LNSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
***********************************************************************
* LOCATE /string/: from the line after the current one to the end.    *
***********************************************************************
LOCATE   BAL   R14,DELIM          the string: R5, R6
         LTR   R15,R15
         BNZ   LNBAD
         ST    R5,STRA
         ST    R6,STRL
LOCNEXT  BAL   R14,STEP           the next line
         LTR   R15,R15
         BNZ   NOTFOUND
         BAL   R14,SEARCH
         LTR   R15,R15
         BNZ   LOCNEXT
         BAL   R14,SHOWCUR
         B     LNOK
NOTFOUND WRTERM 'NOT FOUND'
         B     LNOK
*
***********************************************************************
* FIND text: the text begins after one blank; blanks in it match any  *
* character (GH20-0859's FIND compares from column 1).                *
***********************************************************************
FIND     LTR   R2,R2
         BZ    LNBAD
         CLI   0(R3),C' '         the one blank that separates
         BNE   *+10
         LA    R3,1(,R3)
         BCTR  R2,0
         LTR   R2,R2
         BZ    LNBAD
         LR    R1,R3
         BAL   R14,MAKETXT        tabs expanded, as a line typed
FINDNEXT BAL   R14,STEP
         LTR   R15,R15
         BNZ   NOTFOUND
         L     R2,EDCUR
         BAL   R14,PADLINE        the line in LINEBUF, blank-padded
         LH    R7,EDTXTL
         SR    R8,R8
FINDCMP  CR    R8,R7
         BNL   FINDHIT
         LA    R1,EDTXT(R8)
         CLI   0(R1),C' '
         BE    FINDSKIP
         LA    R5,LINEBUF(R8)
         CLC   0(1,R1),0(R5)
         BNE   FINDNEXT
FINDSKIP LA    R8,1(,R8)
         B     FINDCMP
FINDHIT  BAL   R14,SHOWCUR
         B     LNOK
*
***********************************************************************
* CHANGE /old/new/ [n|*] [G|*]: in columns ZONE of the current line   *
* and the n-1 after it; G: every occurrence in a line, else the first.*
* Columns past the truncation column stay where they are.             *
***********************************************************************
CHANGE   BAL   R14,DELIM          old
         LTR   R15,R15
         BNZ   LNBAD
         ST    R5,STRA
         ST    R6,STRL
         LTR   R15,R7             the delimiter that ended it
         BZ    LNBAD
         LR    R5,R3              new: up to the delimiter or the end
CHNEW    CR    R3,R4
         BNL   CHNEWEND
         CLC   0(1,R3),DELIMC
         BE    CHNEWDL
         LA    R3,1(,R3)
         B     CHNEW
CHNEWDL  LR    R6,R3
         SR    R6,R5
         LA    R3,1(,R3)
         B     CHNEWSET
CHNEWEND LR    R6,R3
         SR    R6,R5
CHNEWSET ST    R5,NEWA
         ST    R6,NEWL
         LA    R0,1               n: 1
         ST    R0,COUNT
         MVI   GLOBAL,0
         BAL   R14,TOKEN1
         LTR   R6,R6
         BZ    CHSTART
         CLI   0(R5),C'G'         G alone: one line, each occurrence
         BNE   CHCOUNT
         CH    R6,=H'1'
         BE    CHG
CHCOUNT  BAL   R14,NUMBER1
         LTR   R15,R15
         BNZ   LNBAD
         LTR   R0,R0
         BNP   LNBAD
         ST    R0,COUNT
         BAL   R14,TOKEN1         G or *: every occurrence
         LTR   R6,R6
         BZ    CHSTART
         CH    R6,=H'1'
         BNE   LNBAD
         CLI   0(R5),C'*'
         BE    CHG
         CLI   0(R5),C'G'
         BNE   LNBAD
CHG      MVI   GLOBAL,1
         BAL   R14,TOKEN1
         LTR   R6,R6
         BNZ   LNBAD
CHSTART  MVI   ANY,0
         L     R2,EDCUR           at TOF: from the first line
         C     R2,EDHEAD
         BNE   CHLINE
         TM    EDSTATE,EDSEOF
         BO    CHEOF
         BAL   R14,STEP
         LTR   R15,R15
         BNZ   CHEOF
CHLINE   BAL   R14,CHGLINE
         L     R0,COUNT
         BCTR  R0,0
         ST    R0,COUNT
         LTR   R0,R0
         BNP   CHDONE
         BAL   R14,STEP
         LTR   R15,R15
         BZ    CHLINE
         CLI   ANY,0
         BE    NOTFOUND
CHEOF    WRTERM 'EOF:'
         B     LNOK
CHDONE   CLI   ANY,0
         BE    NOTFOUND
         B     LNOK
*
* CHGLINE: the change in EDCUR's line; typed when made (VERIFY).
CHGLINE  ST    R14,CLR14
         L     R2,EDCUR
         BAL   R14,PADLINE
         LH    R9,EDTRUNC         R9: the columns that change
         SR    R7,R7              R7: next column of LINEBUF to copy
         SR    R8,R8              R8: length built in EDTXT
         LH    R5,EDZONE1         R5: where the search goes on
         BCTR  R5,0
         MVI   HIT,0
CLSRCH   LH    R6,EDZONE2         the last start the zone allows
         CR    R6,R9
         BNH   *+6
         LR    R6,R9
         S     R6,STRL
CLTRY    CR    R5,R6
         BH    CLREST
         L     R1,STRL
         LTR   R1,R1
         BZ    CLMATCH            an empty old string: here
         BCTR  R1,0
         L     R14,STRA
         LA    R15,LINEBUF(R5)
         EX    R1,CLCSTR
         BE    CLMATCH
         LA    R5,1(,R5)
         B     CLTRY
CLMATCH  MVI   HIT,1              LINEBUF(R7..R5) then new
         LR    R1,R5
         SR    R1,R7
         BAL   R14,CLCOPY
         L     R1,NEWL
         LTR   R1,R1
         BZ    CLSKIP
         LR    R14,R8
         AR    R14,R1
         C     R14,=A(EDMAXREC)
         BNH   *+10
         L     R1,=A(EDMAXREC)
         SR    R1,R8
         LTR   R1,R1
         BZ    CLSKIP
         LA    R14,EDTXT(R8)
         BCTR  R1,0
         L     R15,NEWA
         EX    R1,MVCNEW
         LA    R8,1(R1,R8)
CLSKIP   L     R7,STRL
         AR    R7,R5
         LR    R5,R7
         CLI   GLOBAL,0
         BE    CLREST
         L     R1,STRL            G with an empty old: once only
         LTR   R1,R1
         BNZ   CLSRCH
CLREST   CLI   HIT,0
         BE    CLRET
         LR    R1,R9              the rest of the changeable columns
         SR    R1,R7
         BNP   CLTAIL
         BAL   R14,CLCOPY
CLTAIL   LA    R1,EDTXT(R8)       trailing blanks cut; then cut at
         BAL   R14,TRIM           the truncation column
         CR    R8,R9
         BNH   CLKEEP
         LR    R8,R9
         WRTERM 'TRUNCATED'
CLKEEP   L     R2,EDCUR           the columns past it, in place
         LH    R1,LNLEN-EDLINE(,R2)
         SR    R1,R9
         BNP   CLSTORE
CLFILL   CR    R8,R9              blanks up to them
         BNL   CLTAILC
         LA    R15,EDTXT(R8)
         MVI   0(R15),C' '
         LA    R8,1(,R8)
         B     CLFILL
CLTAILC  LR    R7,R9
         BAL   R14,CLCOPY
CLSTORE  STH   R8,EDTXTL
         BAL   R14,PUTTXT
         MVI   ANY,1
         OI    EDSTATE,EDSCHG
         BAL   R14,SHOWCUR
CLRET    L     R14,CLR14
         BR    R14
* CLCOPY: R1 bytes of LINEBUF from R7 to EDTXT at R8 (the record's
* length at most); R7, R8 advanced.
CLCOPY   LTR   R1,R1
         BNPR  R14
         LR    R15,R8
         AR    R15,R1
         C     R15,=A(EDMAXREC)
         BNH   CLCOPY1
         L     R1,=A(EDMAXREC)
         SR    R1,R8
         BNPR  R14
CLCOPY1  LA    R15,EDTXT(R8)
         LA    R0,LINEBUF(R7)
         ST    R14,CCR14
         LR    R14,R0
         BCTR  R1,0
         EX    R1,MVCCOPY
         LA    R1,1(,R1)
         AR    R7,R1
         AR    R8,R1
         L     R14,CCR14
         BR    R14
CLCSTR   CLC   0(0,R15),0(R14)
MVCNEW   MVC   0(0,R14),0(R15)
MVCCOPY  MVC   0(0,R15),0(R14)
*
***********************************************************************
* TOP, BOTTOM, UP [n], NEXT [n]                                       *
***********************************************************************
TOP      BAL   R14,NOOPS
         L     R2,EDHEAD
         ST    R2,EDCUR
         NI    EDSTATE,255-EDSEOF
         BAL   R14,TYPECUR
         B     LNOK
BOTTOM   BAL   R14,NOOPS
         L     R2,EDHEAD
         L     R2,LNPREV-EDLINE(,R2)
         ST    R2,EDCUR
         NI    EDSTATE,255-EDSEOF
         BAL   R14,SHOWCUR
         B     LNOK
UP       BAL   R14,COUNT1
UPLOOP   L     R2,EDCUR
         C     R2,EDHEAD
         BNE   UPSTEP
         TM    EDSTATE,EDSEOF
         BZ    UPSHOW             at TOF already
UPSTEP   L     R2,LNPREV-EDLINE(,R2)
         ST    R2,EDCUR
         NI    EDSTATE,255-EDSEOF
         C     R2,EDHEAD
         BE    UPSHOW
         BCT   R0,UPLOOP
UPSHOW   BAL   R14,SHOWCUR
         B     LNOK
NEXT     BAL   R14,COUNT1
NXLOOP   BAL   R14,STEP
         LTR   R15,R15
         BNZ   NXSHOW
         BCT   R0,NXLOOP
NXSHOW   BAL   R14,SHOWCUR
         B     LNOK
*
***********************************************************************
* DELETE [n|*]: n lines from the current one (at TOF: from the first);*
* the line after them becomes current.                                *
***********************************************************************
DELETE   BAL   R14,COUNT1
         L     R2,EDCUR
         C     R2,EDHEAD
         BNE   DELLOOP
         TM    EDSTATE,EDSEOF
         BO    DELEOF
         LR    R7,R0
         BAL   R14,STEP
         LR    R0,R7
         LTR   R15,R15
         BNZ   DELEOF
DELLOOP  L     R15,=V(EDFDEL)
         BALR  R14,R15
         TM    EDSTATE,EDSEOF
         BO    DELEOF
         BCT   R0,DELLOOP
         B     LNOK
DELEOF   WRTERM 'EOF:'
         B     LNOK
*
***********************************************************************
* INSERT line: after the current line. INSERT alone: INPUT mode.      *
* REPLACE line: the current line's text replaced (at TOF or EOF it    *
* is inserted). REPLACE alone: the line deleted and INPUT mode takes  *
* its place.                                                          *
***********************************************************************
INSERT   BAL   R14,LINEOPND
         LTR   R2,R2
         BZ    LNINPUT
         BAL   R14,MAKETXT
         BAL   R14,ADDTXT         (no room: the message is typed)
         B     LNOK
REPLACE  BAL   R14,LINEOPND
         L     R5,EDCUR
         C     R5,EDHEAD
         BE    INSERT+4
         LTR   R2,R2
         BNZ   REPLTEXT
         L     R5,LNPREV-EDLINE(,R5)
         L     R15,=V(EDFDEL)
         BALR  R14,R15
         ST    R5,EDCUR           input goes where the line was
         NI    EDSTATE,255-EDSEOF
         B     LNINPUT
REPLTEXT BAL   R14,MAKETXT
         BAL   R14,PUTTXT
         OI    EDSTATE,EDSCHG
         B     LNOK
* LINEOPND: R3 -> the operands, R4 their end: R1 -> the line (after
* one blank that separates it), R2 its length.
LINEOPND LR    R1,R3
         LR    R2,R4
         SR    R2,R1
         BNPR  R14
         CLI   0(R1),C' '
         BNER  R14
         LA    R1,1(,R1)
         BCTR  R2,0
         BR    R14
*
***********************************************************************
* TYPE [n|*] (PRINT): n lines from the current one, typed whatever    *
* VERIFY says; the pointer stays on the last one typed.               *
***********************************************************************
TYPE     BAL   R14,COUNT1
TYLOOP   BAL   R14,TYPECUR
         TM    EDSTATE,EDSEOF
         BO    LNOK
         BCT   R0,TYNEXT
         B     LNOK
TYNEXT   BAL   R14,STEP
         B     TYLOOP
*
***********************************************************************
* Helpers.                                                            *
***********************************************************************
* STEP: the pointer to the next line: R15 = 0; 4 at EOF (then EOF:).
STEP     L     R2,EDCUR
         LA    R15,4
         C     R2,EDHEAD
         BNE   STEP1
         TM    EDSTATE,EDSEOF
         BOR   R14
STEP1    L     R2,LNNEXT-EDLINE(,R2)
         ST    R2,EDCUR
         SR    R15,R15
         C     R2,EDHEAD
         BNER  R14
         OI    EDSTATE,EDSEOF
         LA    R15,4
         BR    R14
*
* SHOWCUR: the current line typed when VERIFY is on; TOF: and EOF:
* always.
SHOWCUR  L     R1,EDCUR
         C     R1,EDHEAD
         BE    TYPECUR
         TM    EDSETS,EDSVER
         BZR   R14
* TYPECUR: the current line typed.
TYPECUR  ST    R14,TCR14
         STM   R0,R2,TCREGS
         L     R2,EDCUR
         C     R2,EDHEAD
         BNE   TCLINE
         TM    EDSTATE,EDSEOF
         BO    TCEOF
         WRTERM 'TOF:'
         B     TCRET
TCEOF    WRTERM 'EOF:'
         B     TCRET
TCLINE   LH    R1,LNLEN-EDLINE(,R2)
         CH    R1,EDVERL
         BNH   *+8
         LH    R1,EDVERL
         TM    EDSETS,EDSLNUM
         BO    TCNUM
         LA    R2,LNTEXT-EDLINE(,R2)
TCTRIM   LTR   R1,R1
         BNP   TCTYPE
         LA    R15,0(R1,R2)
         BCTR  R15,0
         CLI   0(R15),C' '
         BNE   TCTYPE
         BCTR  R1,0
         B     TCTRIM
TCTYPE   WRTERM (R2),(R1)
TCRET    LM    R0,R2,TCREGS
         L     R14,TCR14
         BR    R14
*
* LINEMODE LEFT: the line's number (its place in the file, counted
* from the first) in five digits and a blank before it.
TCNUM    SR    R14,R14            (R14 is kept in TCR14)
         L     R15,EDHEAD
TCCOUNT  L     R15,LNNEXT-EDLINE(,R15)
         LA    R14,1(,R14)
         CR    R15,R2
         BNE   TCCOUNT
         CVD   R14,TCDWORD
         UNPK  TYPEBUF(5),TCDWORD+5(3)
         OI    TYPEBUF+4,X'F0'
         MVI   TYPEBUF+5,C' '
         LTR   R1,R1
         BNP   TCNUM1
         BCTR  R1,0
         EX    R1,MVCTYNUM
         LA    R1,1(,R1)
TCNUM1   LA    R1,6(,R1)
         LA    R2,TYPEBUF
         B     TCTRIM
MVCTYNUM MVC   TYPEBUF+6(0),LNTEXT-EDLINE(R2)
*
* PADLINE: R2 -> a node: its text in LINEBUF, blanks after it.
PADLINE  MVI   LINEBUF,C' '
         MVC   LINEBUF+1(EDMAXREC-1),LINEBUF
         LH    R1,LNLEN-EDLINE(,R2)
         LTR   R1,R1
         BNPR  R14
         BCTR  R1,0
         EX    R1,MVCPAD
         BR    R14
MVCPAD   MVC   LINEBUF(0),LNTEXT-EDLINE(R2)
*
* SEARCH: is the string STRA/STRL in the current line's zone? R15 = 0
* yes, 4 no.
SEARCH   ST    R14,SRR14
         L     R2,EDCUR
         BAL   R14,PADLINE
         LH    R5,EDZONE1
         BCTR  R5,0
         LH    R6,EDZONE2
         S     R6,STRL
         LA    R15,4
SRLOOP   CR    R5,R6
         BH    SRRET
         SR    R15,R15
         L     R1,STRL
         LTR   R1,R1
         BZ    SRRET
         BCTR  R1,0
         L     R14,STRA
         LA    R7,LINEBUF(R5)
         EX    R1,CLCSRCH
         BE    SRRET
         LA    R5,1(,R5)
         LA    R15,4
         B     SRLOOP
SRRET    L     R14,SRR14
         BR    R14
CLCSRCH  CLC   0(0,R7),0(R14)
*
* DELIM: R3..R4: /string/ (any delimiter, the last one may be left
* off): R5 -> string, R6 its length, R7 the delimiter (0: the line
* ended first), R3 past it. R15 = 0, 4 no delimiter.
DELIM    LA    R15,4
DLSKIP   CR    R3,R4
         BNLR  R14
         CLI   0(R3),C' '
         BNE   DLGOT
         LA    R3,1(,R3)
         B     DLSKIP
DLGOT    SR    R7,R7
         IC    R7,0(,R3)
         STC   R7,DELIMC
         LA    R3,1(,R3)
         LR    R5,R3
DLSCAN   CR    R3,R4
         BNL   DLEND
         CLC   0(1,R3),DELIMC
         BE    DLFOUND
         LA    R3,1(,R3)
         B     DLSCAN
DLFOUND  LR    R6,R3
         SR    R6,R5
         LA    R3,1(,R3)
         SR    R15,R15
         BR    R14
DLEND    LR    R6,R3
         SR    R6,R5
         SR    R7,R7
         SR    R15,R15
         BR    R14
*
* COUNT1: R0 = the operand n (1 when none; * the largest); a bad one
* or more than one goes to LNBAD.
COUNT1   ST    R14,C1R14
         BAL   R14,TOKEN1
         LA    R0,1
         LTR   R6,R6
         BZ    C1RET
         BAL   R14,NUMBER1
         LTR   R15,R15
         BNZ   LNBAD
         LTR   R0,R0
         BNP   LNBAD
         ST    R0,C1N
         BAL   R14,TOKEN1
         LTR   R6,R6
         BNZ   LNBAD
         L     R0,C1N
C1RET    L     R14,C1R14
         BR    R14
* NOOPS: no operands allowed.
NOOPS    ST    R14,C1R14
         BAL   R14,TOKEN1
         LTR   R6,R6
         BNZ   LNBAD
         L     R14,C1R14
         BR    R14
*
* TOKEN1/NUMBER1: EDTOKEN and EDNUMBER inside this module.
TOKEN1   ST    R14,T1R14
         LA    R13,T1SAVE
         L     R15,=A(EDTOKEN)
         BALR  R14,R15
         LA    R13,LNSAVE
         L     R14,T1R14
         BR    R14
NUMBER1  ST    R14,T1R14
         LA    R13,T1SAVE
         L     R15,=A(EDNUMBER)
         BALR  R14,R15
         LA    R13,LNSAVE
         L     R14,T1R14
         BR    R14
*
* MAKETXT: R1 -> a line typed, R2 its length: in EDTXT/EDTXTL with
* tabs (X'05', the 1052's TAB, or the logical tab character #: ours,
* as simmon's console has no TAB) expanded to the next TABSET column,
* cut at the truncation column (TRUNCATED typed), trailing blanks cut.
MAKETXT  ST    R14,MTR14
         SR    R8,R8              length made
         LA    R7,EDTXT
         MVI   TRUNCD,0
MTLOOP   LTR   R2,R2
         BNP   MTEND
         CLI   0(R1),X'05'
         BE    MTTAB
         CLI   0(R1),C'#'
         BE    MTTAB
         CH    R8,EDTRUNC
         BNL   MTCUT
         LA    R15,0(R8,R7)
         MVC   0(1,R15),0(R1)
         LA    R8,1(,R8)
         B     MTNEXT
MTCUT    CLI   0(R1),C' '         only blanks may pass the column
         BE    MTNEXT
         MVI   TRUNCD,1
         B     MTNEXT
MTTAB    LA    R9,EDTABS          the first tab column past this one
         LA    R0,1(,R8)
MTTABS   LH    R15,0(,R9)
         LTR   R15,R15
         BZ    MTTAB1             none: one blank
         CR    R15,R0
         BH    MTFILL
         LA    R9,2(,R9)
         B     MTTABS
MTTAB1   LR    R15,R0
MTFILL   BCTR  R15,0              fill to column R15 (1-based)
         CH    R15,EDTRUNC
         BNH   *+8
         LH    R15,EDTRUNC
MTBLANK  CR    R8,R15
         BNL   MTNEXT
         LA    R14,0(R8,R7)
         MVI   0(R14),C' '
         LA    R8,1(,R8)
         B     MTBLANK
MTNEXT   LA    R1,1(,R1)
         BCTR  R2,0
         B     MTLOOP
MTEND    LA    R1,EDTXT(R8)
         BAL   R14,TRIM
         STH   R8,EDTXTL
         CLI   TRUNCD,0
         BE    MTRET
         WRTERM 'TRUNCATED'
MTRET    L     R14,MTR14
         BR    R14
*
* TRIM: R8 = a length of EDTXT: trailing blanks taken off it.
TRIM     LTR   R8,R8
         BNPR  R14
         LA    R15,EDTXT-1(R8)
         CLI   0(R15),C' '
         BNER  R14
         BCTR  R8,0
         B     TRIM
*
* ADDTXT: EDTXT as a new line after the current one. R15 = 0, or 4
* when the storage is full (the message typed, nothing changed).
ADDTXT   ST    R14,ATR14
         L     R15,=V(EDFNEW)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   ATFULL
         LR    R2,R1
         BAL   R14,PUTNODE
         LR    R1,R2
         L     R15,=V(EDFADD)
         BALR  R14,R15
         SR    R15,R15
         B     ATRET
ATFULL   WRTERM 'DMSEDI133S NO ROOM IN STORAGE FOR MORE LINES'
         LA    R15,4
ATRET    L     R14,ATR14
         BR    R14
*
* PUTTXT: EDTXT into the current line. PUTNODE: into the node at R2.
PUTTXT   L     R2,EDCUR
PUTNODE  LH    R1,EDTXTL
         CH    R1,EDLRECL
         BNH   *+8
         LH    R1,EDLRECL
         STH   R1,LNLEN-EDLINE(,R2)
         LTR   R1,R1
         BNPR  R14
         BCTR  R1,0
         EX    R1,MVCPUT
         BR    R14
MVCPUT   MVC   LNTEXT-EDLINE(0,R2),EDTXT
*
***********************************************************************
* EDTOKEN (a leaf; entered with R12 set)                              *
***********************************************************************
TOKEN    CR    R3,R4
         BNL   TKNONE
         CLI   0(R3),C' '
         BNE   TKWORD
         LA    R3,1(,R3)
         B     TOKEN
TKWORD   LR    R5,R3
TKSCAN   CR    R3,R4
         BNL   TKEND
         CLI   0(R3),C' '
         BE    TKEND
         LA    R3,1(,R3)
         B     TKSCAN
TKEND    LR    R6,R3
         SR    R6,R5
         B     TKRET
TKNONE   SR    R6,R6
         LR    R5,R3
TKRET    ST    R3,32(,R13)
         STM   R5,R6,40(R13)
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
***********************************************************************
* EDNUMBER (a leaf)                                                   *
***********************************************************************
NUMBER   LA    R15,4
         SR    R0,R0
         LTR   R6,R6
         BNP   NMRET
         CLI   0(R5),C'*'
         BNE   NMDIG
         CH    R6,=H'1'
         BNE   NMRET
         L     R0,=F'999999'
         SR    R15,R15
         B     NMRET
NMDIG    CH    R6,=H'6'
         BH    NMRET
NMLOOP   CLI   0(R5),C'0'
         BL    NMRET
         CLI   0(R5),C'9'
         BH    NMRET
         MH    R0,=H'10'
         IC    R1,0(,R5)
         N     R1,=F'15'
         AR    R0,R1
         LA    R5,1(,R5)
         BCT   R6,NMLOOP
         SR    R15,R15
NMRET    ST    R0,20(,R13)
         L     R14,12(,R13)
         LM    R1,R12,24(R13)
         BR    R14
*
         LTORG
LNSAVE   DS    18F
T1SAVE   DS    18F
STRA     DS    A                  LOCATE's and CHANGE's old string
STRL     DS    F
NEWA     DS    A                  CHANGE's new string
NEWL     DS    F
COUNT    DS    F
C1N      DS    F
CLR14    DS    A
CCR14    DS    A
TCR14    DS    A
TCREGS   DS    3F
SRR14    DS    A
C1R14    DS    A
T1R14    DS    A
MTR14    DS    A
ATR14    DS    A
GLOBAL   DS    X
DELIMC   DS    C                  the delimiter of /string/
ANY      DS    X
HIT      DS    X
TRUNCD   DS    X
LINEBUF  DS    CL(EDMAXREC)
TCDWORD  DS    D
TYPEBUF  DS    CL(EDMAXREC+6)
         END
