         TITLE 'QDISK - QUERY DISK AND QUERY SEARCH'
***********************************************************************
* The file system's QUERY operands (GH20-0859 lists QUERY; the forms  *
* are VM/370's), called by the nucleus's QUERY with its token list:   *
*   QUERY DISK [m|*]  for each disk (the search order, or mode m):    *
*     m (cuu): n FILES; u REC IN USE, l LEFT (OF t), p% FULL          *
*     (c CYL), 2314, R/W|R/O                                          *
*   QUERY SEARCH      for each disk in the search order:              *
*     label cuu m R/W|R/O                                             *
*   DMSQRY069E DISK 'm' NOT ACCESSED                 36               *
* Entries QDISK and QSEARCH: R1 -> the tokens (QUERY, DISK, ...).     *
***********************************************************************
         PRINT NOGEN
         REGEQU
         ADT
         MFDD
         PRINT GEN
QDISK    CSECT
         ENTRY QSEARCH
         USING QDISK,R12
         STM   R14,R12,12(R13)
         LR    R12,R15
         ST    R13,QDSAVE+4
         LA    R13,QDSAVE
         MVI   QDWHAT,0
         CLI   16(R1),X'FF'       a mode?
         BE    QDALL
         CLI   16(R1),C'*'
         BE    QDALL
         MVC   QDNAM(1),16(R1)
         SR    R0,R0
         IC    R0,16(,R1)
         LR    R1,R0
         L     R15,=V(FINDADT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   QDNOTACC
         LR    R7,R1
         BAL   R14,QDLINE
         B     QDRC0
QDNOTACC WRTERM QDNAMSG,QDNALEN
         LA    R15,36
         B     QDRET
*
QSEARCH  STM   R14,R12,12(R13)
         L     R12,QSBASE-QSEARCH(,R15)
         B     QS1
QSBASE   DC    A(QDISK)
QS1      ST    R13,QDSAVE+4
         LA    R13,QDSAVE
         MVI   QDWHAT,1
QDALL    SR    R1,R1              every disk in the search order
QDNEXT   L     R15,=V(NEXTADT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   QDRC0
         LR    R7,R1
         BAL   R14,QDLINE
         LR    R1,R7
         B     QDNEXT
QDRC0    SR    R15,R15
QDRET    L     R13,QDSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
***********************************************************************
* QDLINE: R7 -> ADT: its line typed.                                  *
***********************************************************************
QDLINE   ST    R14,QLR14
         USING ADT,R7
         MVC   QDBUF,=CL100' '
         LA    R2,QDBUF
         LH    R0,ADTDEV
         LA    R1,QDDEV
         L     R15,=V(HEXOUT3)
         BALR  R14,R15
         CLI   QDWHAT,0
         BE    QDDISK
* SEARCH: label cuu m R/W
         MVC   0(6,R2),ADTLABEL
         MVC   8(3,R2),QDDEV
         MVC   13(1,R2),ADTMODE
         MVC   16(3,R2),=C'R/W'
         TM    ADTFLAGS,ADTRO
         BZ    *+10
         MVC   16(3,R2),=C'R/O'
         LA    R2,19(,R2)
         B     QDTYPE
* DISK: m (cuu): n FILES; u REC IN USE, l LEFT (OF t), p% FULL ...
QDDISK   MVC   0(1,R2),ADTMODE
         MVC   1(2,R2),=C' ('
         MVC   3(3,R2),QDDEV
         MVC   6(3,R2),=C'): '
         LA    R2,9(,R2)
         LA    R8,ADTMFD
         USING MFDD,R8
         LH    R0,MFDFILES
         BAL   R14,DECSTR
         MVC   0(8,R2),=C' FILES; '
         LA    R2,8(,R2)
         LH    R0,MFDUSED
         BAL   R14,DECSTR
         MVC   0(13,R2),=C' REC IN USE, '
         LA    R2,13(,R2)
         LH    R0,MFDLEFT
         BAL   R14,DECSTR
         MVC   0(10,R2),=C' LEFT (OF '
         LA    R2,10(,R2)
         LH    R0,MFDNUM
         BAL   R14,DECSTR
         MVC   0(3,R2),=C'), '
         LA    R2,3(,R2)
         LH    R1,MFDUSED         per cent full, rounded up
         MH    R1,=H'100'
         LH    R3,MFDNUM
         AR    R1,R3
         BCTR  R1,0
         SR    R0,R0
         DR    R0,R3
         LR    R0,R1
         BAL   R14,DECSTR
         MVC   0(8,R2),=C'% FULL ('
         LA    R2,8(,R2)
         LH    R0,MFDCYL
         BAL   R14,DECSTR
         MVC   0(7,R2),=C' CYL), '
         LA    R2,7(,R2)
         MVC   0(4,R2),=C'2314'
         CLI   MFDDEVT,X'11'
         BNE   *+10
         MVC   0(4,R2),=C'2311'
         DROP  R8
         MVC   4(5,R2),=C', R/W'
         TM    ADTFLAGS,ADTRO
         BZ    *+10
         MVC   4(5,R2),=C', R/O'
         LA    R2,9(,R2)
         DROP  R7
QDTYPE   LA    R1,QDBUF
         SR    R2,R1
         WRTERM (R1),(R2)
         L     R14,QLR14
         BR    R14
*
* DECSTR: R0 in decimal at R2, without leading blanks; R2 after it.
DECSTR   CVD   R0,QDDEC
         MVC   QDNUM,=X'4020202020202120'
         ED    QDNUM,QDDEC+4
         LA    R1,QDNUM
DSSKIP   CLI   0(R1),C' '
         BNE   DSCOPY
         LA    R1,1(,R1)
         B     DSSKIP
DSCOPY   MVC   0(1,R2),0(R1)
         LA    R2,1(,R2)
         LA    R1,1(,R1)
         LA    R0,QDNUM+8
         CR    R1,R0
         BL    DSCOPY
         BR    R14
*
         LTORG
QDWHAT   DS    X
QDDEV    DS    CL3
         DS    0D
QDDEC    DS    D
QDNUM    DS    CL8
QLR14    DS    F
QDBUF    DS    CL100
QDNAMSG  DC    C'DMSQRY069E DISK '''
QDNAM    DC    C'M'
         DC    C''' NOT ACCESSED'
QDNALEN  EQU   *-QDNAMSG
QDSAVE   DS    18F
         END
