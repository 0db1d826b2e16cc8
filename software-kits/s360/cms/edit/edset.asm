         TITLE 'EDSET - THE CMS EDITOR''S SETTINGS BY FILETYPE'
***********************************************************************
* EDSET: what the CMS context editor takes from a file's type, and    *
* the subcommands that change it (GH20-0859 gives TABSET, ZONE,       *
* SERIAL and VERIFY; the defaults per filetype are VM/370 EDIT's as   *
* we recall them, and ours where we do not: docs/machines/cms.md      *
* "EDIT"):                                                            *
*   TABSET n1 n2 ...       tab columns (12 at most, ascending)        *
*   ZONE n1 [n2|*]         the columns LOCATE and CHANGE look at      *
*   VERIFY [ON|OFF] [n]    lines typed as the pointer moves; up to n  *
*   SERIAL [ON|OFF|ALL|id] [incr]  sequence numbers in 73-80 when the *
*                          file is written (F files of 80 or more)    *
*   CASE U|M               what is typed to capitals, or left mixed   *
*                                                                     *
*   EDDEFLT  the settings for EDFID's filetype (a new file's format   *
*            and record length too).                                  *
*   EDSCMD   R0 = subcommand, R1 -> operands, R2 their length.        *
*            R15 = 0, or 4 bad operands (EDIT types ?EDIT:).          *
* Both: BALR R14,R15, R11 -> EDWORK, R13 -> save area.                *
***********************************************************************
         PRINT NOGEN
         REGEQU
         EDWORK
         PRINT GEN
EDSET    CSECT
         ENTRY EDDEFLT,EDSCMD
         USING EDWORK,R11
         USING EDSET,R12
EDDEFLT  STM   R14,R12,12(R13)
         L     R12,DFBASE-EDDEFLT(,R15)
         B     DEFAULTS
DFBASE   DC    A(EDSET)
EDSCMD   STM   R14,R12,12(R13)
         L     R12,SCBASE-EDSCMD(,R15)
         B     SCGO
SCBASE   DC    A(EDSET)
*
***********************************************************************
* EDDEFLT: the filetype's line of TYPETAB (the last line: any other). *
***********************************************************************
DEFAULTS LA    R2,TYPETAB
DFLOOP   CLI   0(R2),X'FF'
         BE    DFFOUND
         CLC   0(8,R2),EDFID+8
         BE    DFFOUND
         LA    R2,TYPELEN(,R2)
         B     DFLOOP
DFFOUND  MVC   EDRECFM,8(R2)
         MVC   EDLRECL,10(R2)
         MVC   EDTRUNC,12(R2)
         MVC   EDVERL,14(R2)
         MVC   EDSETS,9(R2)
         MVC   EDZONE1,=H'1'
         MVC   EDZONE2,EDTRUNC
         MVC   EDSERINC,=H'10'
         MVC   EDSERID,EDFID      the filename's first three
         XC    EDTABS(2*EDNTABS+2),EDTABS
         MVC   EDTABS(2*EDNTABS),16(R2)
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         SR    R15,R15
         BR    R14
*
SCGO     ST    R13,SCSAVE+4
         LA    R13,SCSAVE
         LR    R3,R1
         LA    R4,0(R2,R1)
         SRL   R0,2
         SLL   R0,2
         LR    R15,R0
         B     *+4(R15)
         B     TABSET             0
         B     ZONE               4
         B     VERIFY             8
         B     SERIAL             12
         B     CASE               16
*
***********************************************************************
* TABSET n1 n2 ...                                                    *
***********************************************************************
TABSET   XC    NEWTABS,NEWTABS
         LA    R7,NEWTABS
         LA    R8,EDNTABS
         SR    R9,R9              the last column given
TBLOOP   BAL   R14,TOKEN
         LTR   R6,R6
         BZ    TBEND
         BAL   R14,NUMBER
         LTR   R15,R15
         BNZ   SCBAD
         CR    R0,R9              ascending, 1 to the record length
         BNH   SCBAD
         CH    R0,EDLRECL
         BH    SCBAD
         LR    R9,R0
         STH   R0,0(,R7)
         LA    R7,2(,R7)
         BCT   R8,TBLOOP
         BAL   R14,TOKEN
         LTR   R6,R6
         BNZ   SCBAD
TBEND    LTR   R9,R9
         BZ    SCBAD
         MVC   EDTABS(2*EDNTABS),NEWTABS
         B     SCOK
*
***********************************************************************
* ZONE n1 [n2|*]                                                      *
***********************************************************************
ZONE     BAL   R14,TOKEN
         BAL   R14,NUMBER
         LTR   R15,R15
         BNZ   SCBAD
         LR    R7,R0
         LH    R8,EDTRUNC
         BAL   R14,TOKEN
         LTR   R6,R6
         BZ    ZNCHECK
         CLI   0(R5),C'*'
         BE    ZNREST
         BAL   R14,NUMBER
         LTR   R15,R15
         BNZ   SCBAD
         LR    R8,R0
ZNREST   BAL   R14,NOMORE
ZNCHECK  LTR   R7,R7              1 <= n1 <= n2 <= truncation column
         BNP   SCBAD
         CR    R7,R8
         BH    SCBAD
         CH    R8,EDTRUNC
         BH    SCBAD
         STH   R7,EDZONE1
         STH   R8,EDZONE2
         B     SCOK
*
***********************************************************************
* VERIFY [ON|OFF] [n]                                                 *
***********************************************************************
VERIFY   BAL   R14,TOKEN
         OI    EDSETS,EDSVER
         LTR   R6,R6
         BZ    SCOK
         CLC   0(3,R5),=C'OFF'
         BNE   VFON
         CH    R6,=H'3'
         BNE   SCBAD
         NI    EDSETS,255-EDSVER
         B     VFCOL
VFON     CLC   0(2,R5),=C'ON'
         BNE   VFNUM
         CH    R6,=H'2'
         BNE   SCBAD
VFCOL    BAL   R14,TOKEN
         LTR   R6,R6
         BZ    SCOK
VFNUM    BAL   R14,NUMBER
         LTR   R15,R15
         BNZ   SCBAD
         LTR   R0,R0
         BNP   SCBAD
         CH    R0,EDLRECL
         BH    SCBAD
         STH   R0,EDVERL
         BAL   R14,NOMORE
         B     SCOK
*
***********************************************************************
* SERIAL [ON|OFF|ALL|id] [incr]                                       *
***********************************************************************
SERIAL   CLI   EDRECFM,C'F'       columns 73-80 of a card image
         BNE   SCBAD
         CLC   EDLRECL,=H'80'
         BL    SCBAD
         BAL   R14,TOKEN
         LTR   R6,R6
         BZ    SRON
         CH    R6,=H'3'
         BH    SCBAD
         CLC   0(3,R5),=C'OFF'
         BNE   SRNOTOFF
         CH    R6,=H'3'
         BNE   SRNOTOFF
         NI    EDSETS,255-EDSSER
         BAL   R14,NOMORE
         B     SCOK
SRNOTOFF CLC   0(2,R5),=C'ON'
         BNE   SRALL
         CH    R6,=H'2'
         BE    SRON
SRALL    CLC   0(3,R5),=C'ALL'
         BNE   SRID
         CH    R6,=H'3'
         BE    SRON
SRID     MVC   EDSERID,=C'   '  three characters of the user's own
         BCTR  R6,0
         EX    R6,MVCSERID
SRON     OI    EDSETS,EDSSER
         BAL   R14,TOKEN
         LTR   R6,R6
         BZ    SCOK
         BAL   R14,NUMBER
         LTR   R15,R15
         BNZ   SCBAD
         LTR   R0,R0
         BNP   SCBAD
         CH    R0,=H'1000'
         BH    SCBAD
         STH   R0,EDSERINC
         BAL   R14,NOMORE
         B     SCOK
MVCSERID MVC   EDSERID(0),0(R5)
*
***********************************************************************
* CASE U|M                                                            *
***********************************************************************
CASE     BAL   R14,TOKEN
         CH    R6,=H'1'
         BNE   SCBAD
         CLI   0(R5),C'U'
         BE    CASEU
         CLI   0(R5),C'M'
         BNE   SCBAD
         NI    EDSETS,255-EDSUPC
         B     CASEEND
CASEU    OI    EDSETS,EDSUPC
CASEEND  BAL   R14,NOMORE
         B     SCOK
*
* TOKEN, NUMBER: EDLINES's EDTOKEN and EDNUMBER (R3, R4 -> R5, R6;
* R5, R6 -> R0). NOMORE: nothing may follow.
TOKEN    LR    R10,R14
         L     R15,=V(EDTOKEN)
         BALR  R14,R15
         BR    R10
NUMBER   LR    R10,R14
         L     R15,=V(EDNUMBER)
         BALR  R14,R15
         BR    R10
NOMORE   LR    R9,R14
         BAL   R14,TOKEN
         LTR   R6,R6
         BNZ   SCBAD
         BR    R9
*
SCOK     SR    R15,R15
         B     SCRET
SCBAD    LA    R15,4
SCRET    L     R13,SCSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
         LTORG
SCSAVE   DS    18F
NEWTABS  DS    (EDNTABS)H
*
* TYPETAB: a line a filetype: name, record format, settings (EDSETS:
* VERIFY, SERIAL, CASE U), record length, truncation column, VERIFY
* column, 12 tab columns. ASSEMBLE's tabs are the assembler's fields
* (name, operation, operand, remarks) and column 72 (continuation).
TYPETAB  DS    0H
         DC    CL8'ASSEMBLE',C'F',AL1(EDSVER+EDSSER+EDSUPC)
         DC    H'80,71,72',H'1,10,16,31,36,41,46,69,72,0,0,0'
TYPELEN  EQU   *-TYPETAB
         DC    CL8'MACRO',C'F',AL1(EDSVER+EDSSER+EDSUPC)
         DC    H'80,71,72',H'1,10,16,31,36,41,46,69,72,0,0,0'
         DC    CL8'UPDATE',C'F',AL1(EDSVER+EDSUPC)
         DC    H'80,71,72',H'1,10,16,31,36,41,46,69,72,0,0,0'
         DC    CL8'EXEC',C'F',AL1(EDSVER+EDSUPC)
         DC    H'80,72,72',H'1,10,20,30,40,50,60,70,0,0,0,0'
         DC    CL8'FORTRAN',C'F',AL1(EDSVER+EDSSER+EDSUPC)
         DC    H'80,72,72',H'1,7,10,15,20,25,30,0,0,0,0,0'
         DC    CL8'PLI',C'F',AL1(EDSVER+EDSSER+EDSUPC)
         DC    H'80,72,72',H'2,4,7,10,13,16,19,22,25,31,37,43'
         DC    CL8'SCRIPT',C'V',AL1(EDSVER)
         DC    H'132,132,130',H'1,6,11,16,21,26,31,36,41,46,51,61'
         DC    X'FF',CL7' ',C'F',AL1(EDSVER+EDSUPC)    any other
         DC    H'80,80,80',H'1,6,11,16,21,26,31,36,41,46,51,61'
         END
