         TITLE 'FSTMGR - FIND AND MAKE FILE STATUS TABLE ENTRIES'
***********************************************************************
* FSTMGR: the files of the accessed disks, through their FSTs in      *
* storage (CMS PLM GY20-0591: a file is found by its FST, on the disk *
* its filemode names or, for mode * or blank, on the first disk of    *
* the search order A ... Z that has it, as GH20-0859 describes).      *
*                                                                     *
*   FINDFST  R1 -> CL8 filename, CL8 filetype, CL2 filemode:          *
*            R1 -> the FST in storage, R2 -> its ADT, R15 = 0;        *
*            R15 = 28 no such file, 36 the mode's disk is not         *
*            accessed. A mode's number is not compared.               *
*   NEWFST   R2 -> ADT: R1 -> a free FST entry, R15 = 0; R15 = 10     *
*            (the directory is full)                                  *
*   MARKFST  R1 -> an FST in storage, R2 -> its ADT: its FST block    *
*            is written at the next UPDISK                            *
* BALR R14,R15, R13 -> save area; other registers kept.               *
***********************************************************************
         PRINT NOGEN
         REGEQU
         ADT
         MFDD
         FSTD
         PRINT GEN
FSTMGR   CSECT
         ENTRY FINDFST,NEWFST,MARKFST
         USING FINDFST,R15
FINDFST  STM   R14,R12,12(R13)
         SR    R10,R10
         B     FSTGO
         DROP  R15
         USING NEWFST,R15
NEWFST   STM   R14,R12,12(R13)
         LA    R10,4
         B     FSTGO
         DROP  R15
         USING MARKFST,R15
MARKFST  STM   R14,R12,12(R13)
         LA    R10,8
         B     FSTGO
         DROP  R15
FSTGO    BALR  R12,0
         USING *,R12
         ST    R13,FMSAVE+4
         LA    R13,FMSAVE
         B     *+4(R10)
         B     DOFIND
         B     DONEW
         B     DOMARK
*
RETR12   L     R13,FMSAVE+4       R1 and R2 are answers
         STM   R1,R2,24(R13)
         B     RETURN
RET      L     R13,FMSAVE+4
RETURN   L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
***********************************************************************
* FINDFST                                                             *
***********************************************************************
DOFIND   MVC   FMKEY,0(R1)
         CLI   FMKEY+16,C' '      no mode letter: the search order
         BE    FINDALL
         CLI   FMKEY+16,C'*'
         BE    FINDALL
         SR    R1,R1
         IC    R1,FMKEY+16
         L     R15,=V(FINDADT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   RET                36: not accessed
         LR    R2,R1
         BAL   R14,SCAN
         LTR   R1,R1
         BZ    NOTFOUND
         B     FOUND
FINDALL  SR    R1,R1              every disk, A to Z
FINDNEXT L     R15,=V(NEXTADT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   NOTFOUND
         LR    R2,R1
         BAL   R14,SCAN
         LTR   R1,R1
         BNZ   FOUND
         LR    R1,R2
         B     FINDNEXT
FOUND    SR    R15,R15
         B     RETR12
NOTFOUND LA    R15,28
         B     RET
*
* SCAN: R2 -> ADT: R1 -> the FST named FMKEY or 0.
SCAN     LR    R3,R2
         A     R3,=A(ADTFSTB-ADT)
         LA    R4,MFDMAXFB*FSTPERBL
SCANLOOP CLC   FMKEY(16),0(R3)
         BE    SCANHIT
         LA    R3,FSTSIZE(,R3)
         BCT   R4,SCANLOOP
         SR    R1,R1
         BR    R14
SCANHIT  LR    R1,R3              (a name never begins with X'00')
         BR    R14
*
***********************************************************************
* NEWFST                                                              *
***********************************************************************
DONEW    LR    R3,R2
         A     R3,=A(ADTFSTB-ADT)
         LA    R4,MFDMAXFB*FSTPERBL
NEWLOOP  CLI   0(R3),0
         BE    NEWHIT
         LA    R3,FSTSIZE(,R3)
         BCT   R4,NEWLOOP
         LA    R15,10             directory full
         B     RET
NEWHIT   XC    0(FSTSIZE,R3),0(R3)
         LR    R1,R3
         SR    R15,R15
         B     RETR12
*
***********************************************************************
* MARKFST                                                             *
***********************************************************************
DOMARK   LR    R5,R1              block = (FST - ADTFSTB) / 800
         SR    R5,R2
         S     R5,=A(ADTFSTB-ADT)
         SR    R4,R4
         D     R4,=A(BLKSIZE)
         L     R3,=X'00008000'
         SRL   R3,0(R5)
         USING ADT,R2
         LH    R4,ADTDIRTY
         OR    R4,R3
         STH   R4,ADTDIRTY
         DROP  R2
         SR    R15,R15
         B     RET
*
         LTORG
FMKEY    DS    CL18
FMSAVE   DS    18F
         END
