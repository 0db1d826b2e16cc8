         TITLE 'COMPARE - COMPARE TWO FILES'
***********************************************************************
* COMPARE fn1 ft1 fm1 fn2 ft2 fm2: compares two files record by       *
* record (GH20-0859: COMPARE; = in the second identifier keeps that   *
* part of the first). Each pair of records that differ is typed, the  *
* first file's record above the second's (ten pairs at most; a record *
* one file has and the other lacks counts as a difference), then      *
* DMSCMP209W FILES DO NOT COMPARE with return code 4. Equal files:    *
* no message, 0. Records of any length a file may have (65,535) are   *
* compared whole, in storage above the program loaded (RECSTOR); one  *
* longer than 130 characters is typed in lines of 130.                *
*   DMSCMP002E FILE 'fn ft fm' NOT FOUND           28                 *
*   DMSCMP048E INVALID MODE 'fm'                   24                 *
*   DMSCMP054E INCOMPLETE FILEID SPECIFIED         24                 *
*   DMSCMP109S VIRTUAL STORAGE CAPACITY EXCEEDED   104                *
***********************************************************************
         PRINT NOGEN
         REGEQU
         FSCB
         FSTD
         PRINT GEN
COMPARE  CSECT
         USING COMPARE,R12
         STM   R14,R12,12(R13)
         LR    R12,R15
         ST    R13,CMSAVE+4
         LA    R13,CMSAVE
         LR    R9,R1
         LA    R1,8(,R9)
         LA    R2,CMF1+8
         LH    R0,=C'* '
         L     R15,=V(TOKFID)
         BALR  R14,R15
         CH    R15,=H'4'
         BE    CMINCOMP
         LTR   R15,R15
         BNZ   CMBAD1
         CLI   0(R1),X'FF'
         BE    CMINCOMP
         LA    R2,CMF2+8
         LH    R0,=C'= '
         L     R15,=V(TOKFID)
         BALR  R14,R15
         CH    R15,=H'4'
         BE    CMINCOMP
         CLI   CMF2+24,C'='
         BE    CMEQ
         LTR   R15,R15
         BNZ   CMBAD2
CMEQ     CLI   CMF2+8,C'='        = parts from the first
         BNE   *+10
         MVC   CMF2+8(8),CMF1+8
         CLI   CMF2+16,C'='
         BNE   *+10
         MVC   CMF2+16(8),CMF1+16
         CLI   CMF2+24,C'='
         BNE   *+10
         MVC   CMF2+24(2),CMF1+24
         XC    CMMAXL,CMMAXL      the longer record length of the two
         LA    R1,CMF1            both must exist
         BAL   R14,EXISTS
         LTR   R15,R15
         BNZ   CMRET
         LA    R1,CMF2
         BAL   R14,EXISTS
         LTR   R15,R15
         BNZ   CMRET
         CLC   CMF1+8(17),CMF2+8  one file twice: equal (and one open
         BE    CMRET              file cannot be read as two)
         L     R1,CMMAXL          a buffer of the longer length each,
         LA    R1,7(,R1)          on doublewords
         N     R1,=X'00FFFFF8'
         ST    R1,CMF1+FSCBSIZE-FSCBD
         ST    R1,CMF2+FSCBSIZE-FSCBD
         LR    R0,R1
         AR    R0,R1
         L     R15,=V(RECSTOR)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   CMNOSTOR
         ST    R1,CMF1+FSCBBUFF-FSCBD
         A     R1,CMF1+FSCBSIZE-FSCBD
         ST    R1,CMF2+FSCBBUFF-FSCBD
         SR    R10,R10            differences
CMLOOP   LA    R1,CMF1
         L     R15,=V(RDBUF)
         BALR  R14,R15
         LR    R6,R15             0 or 8: a record; 12: the end
         LA    R1,CMF2
         L     R15,=V(RDBUF)
         BALR  R14,R15
         LR    R7,R15
         CH    R6,=H'12'
         BNE   CMHAVE1
         CH    R7,=H'12'
         BE    CMEND              both ended together
CMHAVE1  BAL   R14,OKRC
         LTR   R15,R15
         BNZ   CMERR
         L     R4,CMF1+FSCBNORD-FSCBD   the lengths (0 past the end)
         CH    R6,=H'12'
         BNE   *+6
         SR    R4,R4
         L     R5,CMF2+FSCBNORD-FSCBD
         CH    R7,=H'12'
         BNE   *+6
         SR    R5,R5
         CR    R4,R5
         BNE   CMDIFF
         L     R2,CMF1+FSCBBUFF-FSCBD   the bytes, 256 at a time (the
         L     R3,CMF2+FSCBBUFF-FSCBD   360 has no CLCL)
         LR    R8,R4
CMBYTES  LTR   R8,R8
         BNP   CMLOOP             all equal
         LR    R1,R8
         CH    R1,=H'256'
         BNH   *+8
         LA    R1,256
         BCTR  R1,0
         EX    R1,CMCLC
         BNE   CMDIFF
         LA    R2,256(,R2)
         LA    R3,256(,R3)
         SH    R8,=H'256'
         B     CMBYTES
CMDIFF   LA    R10,1(,R10)
         CH    R10,=H'10'
         BH    CMLOOP             only the first ten are typed
         LTR   R4,R4
         BZ    CMSHOW2
         L     R1,CMF1+FSCBBUFF-FSCBD
         BAL   R14,SHOW
CMSHOW2  LTR   R4,R5
         BZ    CMLOOP
         L     R1,CMF2+FSCBBUFF-FSCBD
         BAL   R14,SHOW
         B     CMLOOP
CMEND    BAL   R14,CLOSE
         LTR   R10,R10
         BZ    CMRET
         WRTERM 'DMSCMP209W FILES DO NOT COMPARE'
         LA    R15,4
         B     CMRET
CMERR    LR    R10,R15
         BAL   R14,CLOSE
         LR    R15,R10
         B     CMRET
CMNOSTOR WRTERM 'DMSCMP109S VIRTUAL STORAGE CAPACITY EXCEEDED'
         LA    R15,104
         B     CMRET
CMINCOMP WRTERM 'DMSCMP054E INCOMPLETE FILEID SPECIFIED'
         LA    R15,24
         B     CMRET
CMBAD1   MVC   CMBMM,CMF1+24
         B     CMBAD
CMBAD2   MVC   CMBMM,CMF2+24
CMBAD    WRTERM CMBMMSG,CMBMLEN
         LA    R15,24
CMRET    L     R13,CMSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
CMCLC    CLC   0(0,R2),0(R3)
*
* OKRC: R6 and R7 are RDBUF codes: R15 = 0 when both are 0, 8 or 12.
OKRC     SR    R15,R15
         LR    R1,R6
         BAL   R3,OKONE
         LR    R1,R7
         BAL   R3,OKONE
         BR    R14
OKONE    LTR   R1,R1
         BZR   R3
         CH    R1,=H'8'
         BER   R3
         CH    R1,=H'12'
         BER   R3
         LR    R15,R1
         BR    R3
*
* SHOW: R1 -> a record, R4 its length: typed without trailing blanks,
* in lines of 130. Uses R2, R8.
SHOW     ST    R14,SHR14
SHTRIM   LTR   R4,R4
         BNP   SHBLANK
         LA    R2,0(R4,R1)
         BCTR  R2,0
         CLI   0(R2),C' '
         BNE   SHTYPE
         BCTR  R4,0
         B     SHTRIM
SHBLANK  LA    R4,1
SHTYPE   LR    R8,R1              (WRTERM takes R1)
SHLINE   LR    R2,R4              130 characters a line
         CH    R2,=H'130'
         BNH   *+8
         LA    R2,130
         WRTERM (R8),(R2)
         AR    R8,R2
         SR    R4,R2
         BP    SHLINE
         L     R14,SHR14
         BR    R14
*
* EXISTS: R1 -> an FSCB: its file must exist (the message, R15 = 28).
EXISTS   ST    R14,EXR14
         LR    R8,R1
         MVC   CMPL+8(18),8(R8)
         LA    R1,CMPL
         L     R15,=V(STATE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   EXNOT
         L     R1,=V(STATEFST)    the disk it was found on
         MVC   24(1,R8),24(R1)
         L     R0,FSTLRECL-FSTD(,R1)   its record length
         C     R0,CMMAXL
         BNH   EXRET
         ST    R0,CMMAXL
         B     EXRET
EXNOT    MVC   CMMSG(16),=C'DMSCMP002E FILE '
         LA    R1,8(,R8)
         LA    R2,CMMSG+16
         L     R15,=V(FIDOUT)
         BALR  R14,R15
         MVC   0(10,R2),=C' NOT FOUND'
         LA    R2,10(,R2)
         LA    R1,CMMSG
         SR    R2,R1
         WRTERM (R1),(R2)
         LA    R15,28
EXRET    L     R14,EXR14
         BR    R14
*
* CLOSE: both files closed.
CLOSE    ST    R14,CLR14
         LA    R1,CMF1
         L     R15,=V(FINIS)
         BALR  R14,R15
         LA    R1,CMF2
         L     R15,=V(FINIS)
         BALR  R14,R15
         L     R14,CLR14
         BR    R14
*
         LTORG
CMF1     FSCB  RDBUF,,,,BUFFER=0,BSIZE=0
CMF2     FSCB  RDBUF,,,,BUFFER=0,BSIZE=0
CMPL     DC    CL8'STATE',CL18' ',XL8'FFFFFFFFFFFFFFFF'
SHR14    DS    F
CMMAXL   DS    F
EXR14    DS    F
CLR14    DS    F
CMMSG    DS    CL80
CMBMMSG  DC    C'DMSCMP048E INVALID MODE '''
CMBMM    DC    C'MM'
         DC    C''''
CMBMLEN  EQU   *-CMBMMSG
CMSAVE   DS    18F
         END
