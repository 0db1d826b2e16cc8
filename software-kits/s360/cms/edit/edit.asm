         TITLE 'EDIT - THE CMS CONTEXT EDITOR'
***********************************************************************
* EDIT fn ft [fm]: the CMS context editor (GH20-0859, "the context    *
* editor"; VM/370's EDIT where the CP-67 manual we have is silent:    *
* docs/machines/cms.md "EDIT"). This module is its command scanner:   *
* it finds the file, has it read into storage (EDIO, EDFILE), types   *
* NEW FILE: for a file that does not exist and EDIT:, then reads the  *
* console line by line. In EDIT mode a line is a subcommand, looked   *
* up in SUBTAB (with its shortest abbreviation) and run here (INPUT,  *
* FILE, SAVE, QUIT) or by EDLINES and EDSET; one it does not know or  *
* whose operands are wrong is typed back after ?EDIT: and nothing     *
* changes. In INPUT mode every line goes into the file after the      *
* current line. A null line switches from one mode to the other      *
* (INPUT:, EDIT:). With CASE U what is typed is made capitals.        *
* The file is kept above the program loaded in the user area, to the  *
* end of storage, so a program LOADed before stays there.             *
*   DMSEDI054E INCOMPLETE FILEID SPECIFIED            24              *
*   DMSEDI048E INVALID MODE 'fm'                      24              *
*   DMSEDI029E INVALID PARAMETER 'p'                  24              *
*   DMSEDI069E DISK 'm' NOT ACCESSED                  36              *
*   DMSEDI044E RECORD LENGTH EXCEEDS ALLOWABLE MAXIMUM 32             *
*   DMSEDI132S FILE 'fn ft fm' TOO LARGE              88              *
*   DMSEDI104S ERROR rr READING FILE 'fn ft fm'       rr              *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         EDWORK
         FSTD
         PRINT GEN
EDIT     CSECT
         USING NUCON,R0
         USING EDIT,R12
         STM   R14,R12,12(R13)
         LR    R12,R15
         LA    R11,WORKAREA
         USING EDWORK,R11
         ST    R13,EDSAVE1+4
         LA    R13,EDSAVE1
         LR    R9,R1
         MVI   EDSTATE,0
*
* The file: fn ft [fm]; * or none: the first in the search order.
         LA    R1,8(,R9)
         LA    R2,EDFID
         LH    R0,=C'* '
         L     R15,=V(TOKFID)
         BALR  R14,R15
         CH    R15,=H'4'
         BE    INCOMP
         LTR   R15,R15
         BNZ   BADMODE
         CLI   0(R1),X'FF'        nothing after it
         BNE   BADPARM
         MVC   STATEPL+8(18),EDFID
         LA    R1,STATEPL
         L     R15,=V(STATE)
         BALR  R14,R15
         LTR   R15,R15
         BZ    OLDFILE
         CH    R15,=H'36'
         BE    NOTACC
         OI    EDSTATE,EDSNEW     a new file: on A unless a disk given
         CLI   EDFID+16,C'*'
         BNE   *+10
         MVC   EDFID+16(2),=C'A1'
         CLI   EDFID+17,C' '
         BNE   *+8
         MVI   EDFID+17,C'1'
         SR    R1,R1
         IC    R1,EDFID+16
         L     R15,=V(FINDADT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   NOTACC
         L     R15,=V(EDDEFLT)
         BALR  R14,R15
         B     STORAGE
OLDFILE  L     R15,=V(EDDEFLT)    the filetype's settings, the file's
         BALR  R14,R15            own format and record length
         L     R1,=V(STATEFST)
         USING FSTD,R1
         MVC   EDFID+16(2),FSTFMODE
         MVC   EDRECFM,FSTRECFM
         L     R0,FSTLRECL
         DROP  R1
         C     R0,=A(EDMAXREC)
         BH    TOOLONG
         CLI   EDRECFM,C'V'       a variable file: up to the longest
         BNE   OLDF
         C     R0,=A(EDMAXREC)
         BNL   *+8
         LA    R0,EDMAXREC
         B     OLDLRECL
OLDF     LTR   R0,R0
         BNP   TOOLONG
OLDLRECL STH   R0,EDLRECL
         CH    R0,EDTRUNC         no column past the record
         BNL   OLDVER
         STH   R0,EDTRUNC
         STH   R0,EDZONE2
OLDVER   CH    R0,EDVERL
         BNL   STORAGE
         STH   R0,EDVERL
*
* Storage: above the program loaded, to the end of the user area
* (FREELOWE: free storage may have pages at its top), all of it kept
* from free storage while the editor runs (NUCUSED).
STORAGE  L     R1,NUCLDEND
         L     R0,FREELOWE
         ST    R0,NUCUSED
         L     R15,=V(EDFINIT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   TOOLARGE
         TM    EDSTATE,EDSNEW
         BO    NEWFILE
         L     R15,=V(EDREAD)
         BALR  R14,R15
         CH    R15,=H'8'
         BE    TOOLARGE
         LTR   R15,R15
         BNZ   READERR
         B     EDITMODE
NEWFILE  WRTERM 'NEW FILE:'
*
***********************************************************************
* The console loop.                                                   *
***********************************************************************
EDITMODE NI    EDSTATE,255-EDSINPUT
         WRTERM 'EDIT:'
READ     TM    EDSETS,EDSUPC
         BZ    READM
         LA    R1,EDIN
         LA    R2,L'EDIN
         RDTERM (R1),(R2),UPCASE=YES
         B     READGOT
READM    LA    R1,EDIN
         LA    R2,L'EDIN
         RDTERM (R1),(R2)
READGOT  STH   R0,EDINL
         TM    EDSTATE,EDSINPUT
         BZ    SUBCMD
         LTR   R0,R0
         BZ    EDITMODE           a null line: back to EDIT mode
         LA    R1,EDIN
         LR    R2,R0
         L     R15,=V(EDINLINE)
         BALR  R14,R15
         B     READ
*
* EDIT mode: a subcommand.
SUBCMD   LTR   R0,R0
         BZ    INPUTM             a null line: INPUT mode
         LA    R3,EDIN            R3 scans, R4 the end
         LR    R4,R3
         AR    R4,R0
SCSKIP   CR    R3,R4
         BNL   READ               blanks only: nothing
         CLI   0(R3),C' '
         BNE   SCWORD
         LA    R3,1(,R3)
         B     SCSKIP
SCWORD   CLI   0(R3),C'='         = : the last subcommand again
         BE    REPEAT
         CLI   0(R3),C'?'         ? : the last subcommand typed
         BE    SHOWLAST
         CLI   0(R3),C'0'         a number: a line by its number
         BNL   LINENUM
         MVC   WORD,=CL8' '       the name: letters, up to 8
         LA    R5,WORD
         SR    R6,R6
SCLETTER CR    R3,R4
         BNL   SCLOOK
         MVC   LETTER,0(R3)
         OI    LETTER,X'40'       (capitals: a, b ... to A, B ...)
         CLI   LETTER,C'A'
         BL    SCLOOK
         CLI   LETTER,C'Z'
         BH    SCLOOK
         CLI   LETTER,C'I'        EBCDIC's letters come in three runs
         BNH   SCLETOK
         CLI   LETTER,C'J'
         BL    SCLOOK
         CLI   LETTER,C'R'
         BNH   SCLETOK
         CLI   LETTER,C'S'
         BL    SCLOOK
SCLETOK  CH    R6,=H'8'
         BNL   BADSUB
         LA    R1,WORD(R6)
         MVC   0(1,R1),LETTER
         LA    R6,1(,R6)
         LA    R3,1(,R3)
         B     SCLETTER
SCLOOK   LTR   R6,R6
         BZ    BADSUB
         LA    R7,SUBTAB
         BCTR  R6,0
SCTAB    CLI   0(R7),X'FF'
         BE    BADSUB
         IC    R0,8(,R7)          as long as its shortest form ...
         N     R0,=F'255'
         CR    R6,R0
         BL    SCTNEXT
         EX    R6,CLCWORD         ... and the start of its name
         BE    SCFOUND
SCTNEXT  LA    R7,SUBLEN(,R7)
         B     SCTAB
CLCWORD  CLC   WORD(0),0(R7)
SCFOUND  BAL   R14,SAVELAST       for = and ?
         LR    R1,R3              R1 -> the operands, R2 their length
         LR    R2,R4
         SR    R2,R3
         SR    R0,R0
         IC    R0,10(,R7)
         CLI   9(R7),1
         BE    SCLINES
         CLI   9(R7),2
         BE    SCSET
         CLI   9(R7),3
         BE    SCMORE
         LR    R15,R0
         B     *+4(R15)
         B     INPUT              0
         B     FILE               4
         B     SAVE               8
         B     QUIT               12
SCLINES  L     R15,=V(EDLCMD)
         BALR  R14,R15
         B     SCEND
SCSET    L     R15,=V(EDSCMD)
         BALR  R14,R15
         B     SCEND
SCMORE   L     R15,=V(EDMCMD)
         BALR  R14,R15
SCEND    CH    R15,=H'4'
         BE    BADSUB
         CH    R15,=H'8'
         BE    INPUTM
         B     READ
*
* = (VM/370 EDIT's): the last subcommand other than = and ? again, as
* if typed; ? types it. Nothing after them.
REPEAT   BAL   R14,ALONE
         LH    R0,EDLASTL
         LTR   R0,R0
         BZ    BADSUB             none yet
         STH   R0,EDINL
         MVC   EDIN,EDLAST
         B     SUBCMD
SHOWLAST BAL   R14,ALONE
         LH    R2,EDLASTL
         LTR   R2,R2
         BZ    BADSUB
         LA    R1,EDLAST
         WRTERM (R1),(R2)
         B     READ
* ALONE: R3 -> = or ?, R4 the end: only blanks after it, else BADSUB.
ALONE    LA    R1,1(,R3)
ALONE1   CR    R1,R4
         BNLR  R14
         CLI   0(R1),C' '
         BNE   BADSUB
         LA    R1,1(,R1)
         B     ALONE1
*
* n [text]: EDMORE's (a line by its number).
LINENUM  BAL   R14,SAVELAST
         LR    R1,R3
         LR    R2,R4
         SR    R2,R3
         LA    R0,12
         B     SCMORE
*
* SAVELAST: the line typed kept as the last subcommand.
SAVELAST LH    R15,EDINL
         STH   R15,EDLASTL
         MVC   EDLAST,EDIN
         BR    R14
*
* ?EDIT: and the line as typed: the subcommand is unknown or its
* operands are wrong; nothing was changed.
BADSUB   LH    R2,EDINL
         CH    R2,=H'120'
         BNH   *+8
         LA    R2,120
         BCTR  R2,0
         EX    R2,MVCBAD
         LA    R2,8(,R2)          '?EDIT: ' and the line
         LA    R1,BADMSG
         WRTERM (R1),(R2)
         B     READ
MVCBAD   MVC   BADLINE(0),EDIN
*
***********************************************************************
* INPUT [line], FILE [fn [ft [fm]]], SAVE [fn [ft [fm]]], QUIT        *
***********************************************************************
INPUT    LTR   R2,R2              INPUT line: the line inserted
         BZ    INPUTM
         CLI   0(R1),C' '
         BNE   BADSUB
         LA    R1,1(,R1)
         BCTR  R2,0
         LTR   R2,R2
         BZ    INPUTM
         L     R15,=V(EDINLINE)
         BALR  R14,R15
         B     READ
INPUTM   OI    EDSTATE,EDSINPUT
         WRTERM 'INPUT:'
         B     READ
FILE     BAL   R14,NEWFID
         LTR   R15,R15
         BNZ   BADSUB
         LA    R1,NEWNAME
         L     R15,=V(EDWRITE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   READ               not written: the editor goes on
         B     LEAVE
SAVE     BAL   R14,NEWFID
         LTR   R15,R15
         BNZ   BADSUB
         LA    R1,NEWNAME
         L     R15,=V(EDWRITE)
         BALR  R14,R15
         B     READ
QUIT     LTR   R2,R2
         BZ    LEAVE
         LR    R3,R1
         L     R15,=V(EDTOKEN)
         BALR  R14,R15
         LTR   R6,R6
         BNZ   BADSUB
LEAVE    SR    R15,R15
         B     RETURN
*
* NEWFID: R1 -> FILE's or SAVE's operands, R2 their length: NEWNAME is
* the file's identifier with the parts given replaced (a mode without
* a number: 1). R15 = 0, or 4 wrong.
NEWFID   ST    R14,NFR14
         MVC   NEWNAME,EDFID
         LR    R3,R1
         LA    R4,0(R2,R1)
         LA    R7,NEWNAME
         LA    R8,3
NFLOOP   L     R15,=V(EDTOKEN)
         BALR  R14,R15
         LTR   R6,R6
         BZ    NFDONE
         CLI   0(R5),C'='         = keeps that part
         BNE   NFPART
         CH    R6,=H'1'
         BNE   NFPART
         LA    R7,8(,R7)
         BCT   R8,NFLOOP
         B     NFEND
NFPART   CH    R8,=H'1'           the mode
         BE    NFMODE
         CH    R6,=H'8'
         BH    NFBAD
         MVC   0(8,R7),=CL8' '
         BCTR  R6,0
         EX    R6,MVCPART
         LA    R7,8(,R7)
         BCT   R8,NFLOOP
NFMODE   CH    R6,=H'2'
         BH    NFBAD
         MVC   NEWNAME+16(2),=C'  '
         BCTR  R6,0
         EX    R6,MVCPART
         CLI   NEWNAME+17,C' '
         BNE   *+8
         MVI   NEWNAME+17,C'1'
         LA    R1,NEWNAME+16
         L     R15,=V(CHKMODE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   NFBAD
         CLI   NEWNAME+16,C'*'
         BE    NFBAD
NFEND    L     R15,=V(EDTOKEN)
         BALR  R14,R15
         LTR   R6,R6
         BNZ   NFBAD
NFDONE   SR    R15,R15
         B     NFRET
NFBAD    LA    R15,4
NFRET    L     R14,NFR14
         BR    R14
MVCPART  MVC   0(0,R7),0(R5)
*
***********************************************************************
* Errors before the editing begins.                                   *
***********************************************************************
INCOMP   WRTERM 'DMSEDI054E INCOMPLETE FILEID SPECIFIED'
         LA    R15,24
         B     RETURN
BADMODE  MVC   BMMODE(2),EDFID+16
         WRTERM BMMSG,BMLEN
         LA    R15,24
         B     RETURN
BADPARM  MVC   BPPARM(8),0(R1)
         WRTERM BPMSG,BPLEN
         LA    R15,24
         B     RETURN
NOTACC   MVC   NAMODE(1),EDFID+16
         WRTERM NAMSG,NALEN
         LA    R15,36
         B     RETURN
TOOLONG  WRTERM 'DMSEDI044E RECORD LENGTH EXCEEDS ALLOWABLE MAXIMUM'
         LA    R15,32
         B     RETURN
TOOLARGE LA    R3,=C' TOO LARGE'
         LA    R4,10
         LA    R5,=C'DMSEDI132S FILE '
         LA    R6,16
         LA    R7,88
         B     FIDMSG
READERR  LR    R7,R15
         CVD   R7,DWORD
         UNPK  RERC,DWORD+6(2)
         OI    RERC+2,X'F0'
         LA    R5,REMSG
         LA    R6,RELEN
         LA    R3,=C' '
         LA    R4,0
* FIDMSG: R5 -> the start, R6 its length, then 'fn ft fm', then R3 ->
* the rest, R4 its length; R7 the return code.
FIDMSG   BCTR  R6,0
         EX    R6,MVCSTART
         LA    R2,MSG+1(R6)
         LA    R1,EDFID
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
         LR    R15,R7
RETURN   L     R13,EDSAVE1+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
MVCSTART MVC   MSG(0),0(R5)
MVCREST  MVC   0(0,R2),0(R3)
*
         LTORG
*
* SUBTAB: the subcommands: name, shortest abbreviation less 1, where
* (0 here, 1 EDLINES, 2 EDSET), code. Searched in order: I is INSERT,
* T is TYPE, P is PRINT (CP-67's name for TYPE).
SUBTAB   DS    0F
         DC    CL8'LOCATE',AL1(0,1,0,0)
SUBLEN   EQU   *-SUBTAB
         DC    CL8'FIND',AL1(0,1,4,0)
         DC    CL8'CHANGE',AL1(0,1,8,0)
         DC    CL8'TOP',AL1(2,1,12,0)
         DC    CL8'BOTTOM',AL1(0,1,16,0)
         DC    CL8'UP',AL1(0,1,20,0)
         DC    CL8'NEXT',AL1(0,1,24,0)
         DC    CL8'DELETE',AL1(0,1,28,0)
         DC    CL8'INSERT',AL1(0,1,32,0)
         DC    CL8'REPLACE',AL1(0,1,36,0)
         DC    CL8'TYPE',AL1(0,1,40,0)
         DC    CL8'PRINT',AL1(0,1,40,0)
         DC    CL8'INPUT',AL1(4,0,0,0)
         DC    CL8'FILE',AL1(3,0,4,0)
         DC    CL8'SAVE',AL1(3,0,8,0)
         DC    CL8'QUIT',AL1(3,0,12,0)
         DC    CL8'TABSET',AL1(3,2,0,0)
         DC    CL8'ZONE',AL1(0,2,4,0)
         DC    CL8'VERIFY',AL1(0,2,8,0)
         DC    CL8'SERIAL',AL1(2,2,12,0)
         DC    CL8'CASE',AL1(3,2,16,0)
         DC    CL8'OVERLAY',AL1(0,3,0,0)
         DC    CL8'GETFILE',AL1(0,3,4,0)
         DC    CL8'LINEMODE',AL1(3,3,8,0)
         DC    X'FF'
*
STATEPL  DC    CL8'STATE',CL18' ',XL8'FFFFFFFFFFFFFFFF'
WORD     DS    CL8
LETTER   DS    C
NFR14    DS    A
NEWNAME  DS    CL18
DWORD    DS    D
BADMSG   DC    C'?EDIT: '
BADLINE  DS    CL120
BMMSG    DC    C'DMSEDI048E INVALID MODE '''
BMMODE   DC    C'MM'''
BMLEN    EQU   *-BMMSG
BPMSG    DC    C'DMSEDI029E INVALID PARAMETER '''
BPPARM   DC    CL8' '
         DC    C''''
BPLEN    EQU   *-BPMSG
NAMSG    DC    C'DMSEDI069E DISK '''
NAMODE   DC    C'A'' NOT ACCESSED'
NALEN    EQU   *-NAMSG
REMSG    DC    C'DMSEDI104S ERROR '
RERC     DC    C'000'
         DC    C' READING FILE '
RELEN    EQU   *-REMSG
MSG      DS    CL100
         DS    0D
WORKAREA DS    (EDWSIZE)C
         END
