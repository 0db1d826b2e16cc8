         TITLE 'ALTER - RENAME A FILE'
***********************************************************************
* ALTER fn1 ft1 fm1 fn2 ft2 fm2: gives a file a new name, type or    *
* mode number on its disk (GH20-0859: ALTER; VM/370: RENAME). = in   *
* the new identifier keeps that part; fm1 * looks through the search *
* order; fm2's letter must be the file's disk. Only the FST changes,  *
* committed by one MFD write (UPDISK).                                *
*   DMSRNM002E FILE 'fn ft fm' NOT FOUND           28                 *
*   DMSRNM024E FILE 'fn ft fm' ALREADY EXISTS      28                 *
*   DMSRNM037E DISK 'm' IS READ/ONLY               36                 *
*   DMSRNM048E INVALID MODE 'fm'                   24                 *
*   DMSRNM054E INCOMPLETE FILEID SPECIFIED         24                 *
***********************************************************************
         PRINT NOGEN
         REGEQU
         ADT
         FSTD
         PRINT GEN
ALTER    CSECT
         USING ALTER,R12
         STM   R14,R12,12(R13)
         LR    R12,R15
         ST    R13,ALSAVE+4
         LA    R13,ALSAVE
         LR    R9,R1
         LA    R1,8(,R9)          the file
         LA    R2,ALOLD
         LH    R0,=C'* '
         L     R15,=V(TOKFID)
         BALR  R14,R15
         CH    R15,=H'4'
         BE    ALINCOMP
         LTR   R15,R15
         BNZ   ALBADOLD
         CLI   ALOLD+16,C'*'      all three given: the new name follows
         BE    *+12
         CLI   0(R1),X'FF'
         BE    ALINCOMP
         LA    R2,ALNEW           the new identifier
         LH    R0,=C'= '
         MVC   ALNEW+16(2),=C'= '
         L     R15,=V(TOKFID)
         BALR  R14,R15
         CH    R15,=H'4'
         BE    ALINCOMP
         CLI   ALNEW+16,C'='      (= is not a mode letter TOKFID knows)
         BE    ALFIND
         LTR   R15,R15
         BNZ   ALBADNEW
ALFIND   LA    R1,ALOLD
         L     R15,=V(FINDFST)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   ALNOTFND
         LR    R7,R1              the FST
         LR    R8,R2              its disk
         USING ADT,R8
         TM    ADTFLAGS,ADTRO
         BO    ALRO
         DROP  R8
* The new identifier: = parts from the file; its letter is the disk's.
         CLI   ALNEW,C'='
         BNE   *+10
         MVC   ALNEW(8),0(R7)
         CLI   ALNEW+8,C'='
         BNE   *+10
         MVC   ALNEW+8(8),8(R7)
         CLI   ALNEW+16,C'='
         BNE   ALLETTER
         MVC   ALNEW+16(2),FSTFMODE-FSTD(R7)
         MVC   ALNEW+16(1),0(R8)
ALLETTER CLC   ALNEW+16(1),0(R8)
         BNE   ALBADNEW
         CLI   ALNEW+17,C' '
         BNE   *+10
         MVC   ALNEW+17(1),FSTFMODE-FSTD+1(R7)
         CLC   ALNEW(16),0(R7)    the same name: only the number
         BE    ALDO
         LA    R1,ALNEW
         L     R15,=V(FINDFST)
         BALR  R14,R15
         LTR   R15,R15
         BZ    ALEXISTS
ALDO     MVC   0(16,R7),ALNEW
         MVC   FSTFMODE-FSTD+1(1,R7),ALNEW+17
         LR    R1,R7
         LR    R2,R8
         L     R15,=V(MARKFST)
         BALR  R14,R15
         LR    R1,R8
         L     R15,=V(UPDISK)
         BALR  R14,R15
         B     ALRET
*
ALNOTFND CH    R15,=H'36'
         BE    ALBADOLD
         LA    R1,ALOLD
         LA    R3,=C' NOT FOUND'
         LA    R4,10
         LA    R5,=C'DMSRNM002E FILE '
         B     ALFIDMSG
ALEXISTS LA    R1,ALNEW
         LA    R3,=C' ALREADY EXISTS'
         LA    R4,15
         LA    R5,=C'DMSRNM024E FILE '
ALFIDMSG MVC   ALMSG(16),0(R5)
         LA    R2,ALMSG+16
         L     R15,=V(FIDOUT)
         BALR  R14,R15
         BCTR  R4,0
         EX    R4,ALMVC
         LA    R2,1(R4,R2)
         LA    R1,ALMSG
         SR    R2,R1
         WRTERM (R1),(R2)
         LA    R15,28
         B     ALRET
ALMVC    MVC   0(0,R2),0(R3)
ALRO     MVC   ALROM,0(R8)
         WRTERM ALROMSG,ALROLEN
         LA    R15,36
         B     ALRET
ALINCOMP WRTERM 'DMSRNM054E INCOMPLETE FILEID SPECIFIED'
         LA    R15,24
         B     ALRET
ALBADOLD MVC   ALBMM,ALOLD+16
         B     ALBADMOD
ALBADNEW MVC   ALBMM,ALNEW+16
ALBADMOD WRTERM ALBMMSG,ALBMLEN
         LA    R15,24
ALRET    L     R13,ALSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
         LTORG
ALOLD    DS    CL18
ALNEW    DS    CL18
ALMSG    DS    CL80
ALROMSG  DC    C'DMSRNM037E DISK '''
ALROM    DC    C'M'
         DC    C''' IS READ/ONLY'
ALROLEN  EQU   *-ALROMSG
ALBMMSG  DC    C'DMSRNM048E INVALID MODE '''
ALBMM    DC    C'MM'
         DC    C''''
ALBMLEN  EQU   *-ALBMMSG
ALSAVE   DS    18F
         END
