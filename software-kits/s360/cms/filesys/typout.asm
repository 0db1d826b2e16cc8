         TITLE 'TYPOUT - TYPE A FILE AT THE CONSOLE'
***********************************************************************
* TYPE fn ft [fm [first [last]]]: types a file's records at the       *
* console, from record first (1) to last (the end), each without its  *
* trailing blanks (GH20-0859: TYPOUT, whose VM/370 name is TYPE).     *
* fm * or none: the search order. Records longer than 130 characters  *
* are typed in pieces of 130 (the 1052's line); a record may be as    *
* long as a file allows (65,535), read into the storage above the     *
* program loaded (RECSTOR).                                           *
*   DMSTYP002E FILE 'fn ft fm' NOT FOUND           28                 *
*   DMSTYP048E INVALID MODE 'fm'                   24                 *
*   DMSTYP054E INCOMPLETE FILEID SPECIFIED         24                 *
*   DMSTYP029E INVALID PARAMETER 'p'               24                 *
*   DMSTYP109S VIRTUAL STORAGE CAPACITY EXCEEDED   104                *
***********************************************************************
         PRINT NOGEN
         REGEQU
         FSCB
         FSTD
         PRINT GEN
TYPOUT   CSECT
         USING TYPOUT,R12
         STM   R14,R12,12(R13)
         LR    R12,R15
         ST    R13,TYSAVE+4
         LA    R13,TYSAVE
         LR    R9,R1
         LA    R1,8(,R9)
         LA    R2,TYFSCB+8
         LH    R0,=C'* '
         L     R15,=V(TOKFID)
         BALR  R14,R15
         CH    R15,=H'4'
         BE    TYINCOMP
         LTR   R15,R15
         BNZ   TYBADMOD
         LA    R0,1               first and last record
         ST    R0,TYFIRST
         L     R0,=F'65535'
         ST    R0,TYLAST
         CLI   0(R1),X'FF'
         BE    TYOPEN
         LR    R7,R1
         BAL   R14,DECIN
         LTR   R15,R15
         BNZ   TYBADPRM
         LTR   R0,R0
         BNP   TYBADPRM
         ST    R0,TYFIRST
         LA    R7,8(,R7)
         CLI   0(R7),X'FF'
         BE    TYOPEN
         BAL   R14,DECIN
         LTR   R15,R15
         BNZ   TYBADPRM
         ST    R0,TYLAST
*
* Storage for the longest record: the file's record length (STATE).
TYOPEN   MVC   TYPL+8(18),TYFSCB+8
         LA    R1,TYPL
         L     R15,=V(STATE)
         BALR  R14,R15
         CH    R15,=H'28'
         BE    TYNOTFND
         LTR   R15,R15
         BNZ   TYRET              (36: the mode's disk is not there)
         L     R1,=V(STATEFST)
         L     R0,FSTLRECL-FSTD(,R1)
         ST    R0,TYFSCB+FSCBSIZE-FSCBD
         L     R15,=V(RECSTOR)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   TYNOSTOR
         ST    R1,TYFSCB+FSCBBUFF-FSCBD
*
* Record by record, through RDBUF, to FINIS.
         L     R0,TYFIRST
         STH   R0,TYFSCB+FSCBITNO-FSCBD
TYLOOP   L     R0,TYFIRST
         C     R0,TYLAST
         BH    TYDONE
         LA    R1,TYFSCB
         L     R15,=V(RDBUF)
         BALR  R14,R15
         XC    TYFSCB+FSCBITNO-FSCBD(2),TYFSCB+FSCBITNO-FSCBD
         CH    R15,=H'12'         end of file
         BE    TYDONE
         CH    R15,=H'8'          longer than the buffer: its start
         BE    TYSHOW
         LTR   R15,R15
         BZ    TYSHOW
         CH    R15,=H'1'
         BE    TYNOTFND
         B     TYERR
TYSHOW   L     R2,TYFSCB+FSCBNORD-FSCBD
         L     R3,TYFSCB+FSCBBUFF-FSCBD
TYTRIM   LTR   R2,R2              the trailing blanks go
         BNP   TYPIECE
         LA    R4,0(R2,R3)
         BCTR  R4,0
         CLI   0(R4),C' '
         BNE   TYPIECE
         BCTR  R2,0
         B     TYTRIM
TYPIECE  LR    R4,R2              130 characters a line at most
         CH    R4,=H'130'
         BNH   *+8
         LA    R4,130
         LTR   R4,R4
         BP    *+8
         LA    R4,1               an empty record: an empty line
         WRTERM (R3),(R4)
         AR    R3,R4
         SR    R2,R4
         BP    TYPIECE
         L     R0,TYFIRST
         A     R0,=F'1'
         ST    R0,TYFIRST
         B     TYLOOP
TYDONE   LA    R1,TYFSCB
         MVC   TYFSCB(8),=CL8'FINIS'
         L     R15,=V(FINIS)
         BALR  R14,R15
         MVC   TYFSCB(8),=CL8'RDBUF'
         SR    R15,R15
         B     TYRET
TYERR    LR    R10,R15            an I/O error: its code
         LA    R1,TYFSCB
         L     R15,=V(FINIS)
         BALR  R14,R15
         LR    R15,R10
         B     TYRET
TYNOTFND LA    R1,TYFSCB+8
         LA    R2,TYNFF
         L     R15,=V(FIDOUT)
         BALR  R14,R15
         MVC   0(10,R2),=C' NOT FOUND'
         LA    R2,10(,R2)
         LA    R1,TYNFMSG
         SR    R2,R1
         WRTERM (R1),(R2)
         LA    R15,28
         B     TYRET
TYNOSTOR WRTERM 'DMSTYP109S VIRTUAL STORAGE CAPACITY EXCEEDED'
         LA    R15,104
         B     TYRET
TYINCOMP WRTERM 'DMSTYP054E INCOMPLETE FILEID SPECIFIED'
         LA    R15,24
         B     TYRET
TYBADMOD MVC   TYBMM,TYFSCB+24
         WRTERM TYBMMSG,TYBMLEN
         LA    R15,24
         B     TYRET
TYBADPRM MVC   TYBPP,0(R7)
         WRTERM TYBPMSG,TYBPLEN
         LA    R15,24
TYRET    L     R13,TYSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
* DECIN: R7 -> a token of decimal digits: R0 = its value, R15 = 0/4.
DECIN    SR    R0,R0
         LR    R1,R7
         LA    R4,8
         LA    R15,4
         CLI   0(R1),C' '
         BER   R14
DILOOP   CLI   0(R1),C' '
         BE    DIEND
         CLI   0(R1),C'0'
         BLR   R14
         CLI   0(R1),C'9'
         BHR   R14
         MH    R0,=H'10'
         SR    R5,R5
         IC    R5,0(,R1)
         N     R5,=F'15'
         AR    R0,R5
         LA    R1,1(,R1)
         BCT   R4,DILOOP
DIEND    SR    R15,R15
         BR    R14
*
         LTORG
TYFSCB   FSCB  RDBUF,,,,BUFFER=0,BSIZE=0
TYPL     DC    CL8'STATE',CL18' ',XL8'FFFFFFFFFFFFFFFF'
TYFIRST  DS    F
TYLAST   DS    F
TYNFMSG  DC    C'DMSTYP002E FILE '
TYNFF    DS    CL40
TYBMMSG  DC    C'DMSTYP048E INVALID MODE '''
TYBMM    DC    C'MM'''
TYBMLEN  EQU   *-TYBMMSG
TYBPMSG  DC    C'DMSTYP029E INVALID PARAMETER '''
TYBPP    DC    CL8' '
         DC    C''''
TYBPLEN  EQU   *-TYBPMSG
TYSAVE   DS    18F
         END
