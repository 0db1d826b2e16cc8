         TITLE 'ERASECMD - THE ERASE COMMAND'
***********************************************************************
* ERASE fn ft [fm]: erases files (GH20-0859: ERASE). fn and ft may be *
* * or end in * (every file whose name matches); fm defaults to A, * *
* means every disk in the search order. Each file goes by the ERASE  *
* function (its own directory commit), so a stop part-way leaves each *
* file wholly there or wholly gone. Programs may call it with an FSCB *
* (the ERASE function) as well as with tokens.                        *
*   DMSERS002E FILE 'fn ft fm' NOT FOUND           28                 *
*   DMSERS037E DISK 'm' IS READ/ONLY               36                 *
*   DMSERS048E INVALID MODE 'fm'                   24                 *
*   DMSERS054E INCOMPLETE FILEID SPECIFIED         24                 *
*   DMSERS069E DISK 'm' NOT ACCESSED               36                 *
***********************************************************************
         PRINT NOGEN
         REGEQU
         ADT
         MFDD
         FSTD
         PRINT GEN
ERASECMD CSECT
         USING ERASECMD,R12
         STM   R14,R12,12(R13)
         LR    R12,R15
         ST    R13,ECSAVE+4
         LA    R13,ECSAVE
         LR    R9,R1
         CLI   26(R9),C' '        an FSCB (binary after the mode) is
         BE    ECTOKENS           made a list of tokens
         CLI   26(R9),X'FF'
         BE    ECTOKENS
         MVC   ECLIST(26),0(R9)
         LA    R9,ECLIST
ECTOKENS LA    R1,8(,R9)
         LA    R2,ECKEY
         LH    R0,=C'A '
         L     R15,=V(TOKFID)
         BALR  R14,R15
         CH    R15,=H'4'
         BE    ECINCOMP
         LTR   R15,R15
         BNZ   ECBADMOD
         SR    R10,R10            files erased
         SR    R11,R11            return code so far
         CLI   ECKEY+16,C'*'
         BNE   ECONE
         SR    R1,R1
ECNEXT   L     R15,=V(NEXTADT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   ECEND
         LR    R7,R1
         BAL   R14,ECDISK
         LR    R1,R7
         B     ECNEXT
ECONE    SR    R1,R1
         IC    R1,ECKEY+16
         L     R15,=V(FINDADT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   ECNOTACC
         LR    R7,R1
         BAL   R14,ECDISK
ECEND    LTR   R11,R11            an error on the way
         BNZ   ECRC
         LTR   R10,R10
         BNZ   ECRC
         LA    R1,ECKEY
         LA    R2,ECNFF
         L     R15,=V(FIDOUT)
         BALR  R14,R15
         MVC   0(10,R2),=C' NOT FOUND'
         LA    R2,10(,R2)
         LA    R1,ECNFMSG
         SR    R2,R1
         WRTERM (R1),(R2)
         LA    R11,28
ECRC     LR    R15,R11
         B     ECRET
ECNOTACC MVC   ECNAM,ECKEY+16
         WRTERM ECNAMSG,ECNALEN
         LA    R15,36
         B     ECRET
ECINCOMP WRTERM 'DMSERS054E INCOMPLETE FILEID SPECIFIED'
         LA    R15,24
         B     ECRET
ECBADMOD MVC   ECBMM,ECKEY+16
         WRTERM ECBMMSG,ECBMLEN
         LA    R15,24
ECRET    L     R13,ECSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
* ECDISK: R7 -> ADT: its matching files erased (R10 counts them, R11
* keeps the first error).
ECDISK   ST    R14,ECDR14
         SR    R8,R8              every entry of its FST blocks
         USING FSTD,R8
ECFILE   LR    R1,R7
         LR    R2,R8
         L     R15,=V(NXTFST)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   ECDRET
         LR    R8,R2
         CLI   FSTFNAME,0
         BE    ECSKIP
         LA    R1,ECKEY
         LA    R2,FSTFNAME
         L     R15,=V(FNMATCH)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   ECSKIP
         LA    R1,ECKEY+8
         LA    R2,FSTFTYPE
         L     R15,=V(FNMATCH)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   ECSKIP
         CLI   ECKEY+17,C' '      a mode number must match
         BE    ECTHIS
         CLC   ECKEY+17(1),FSTFMODE+1
         BNE   ECSKIP
ECTHIS   DS    0H
         USING ADT,R7
         TM    ADTFLAGS,ADTRO
         BO    ECRO
         DROP  R7
         MVC   ECPL+8(16),FSTFNAME
         MVC   ECPL+24(1),0(R7)
         MVI   ECPL+25,C' '
         LA    R1,ECPL
         L     R15,=V(ERASE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   ECFAIL
         LA    R10,1(,R10)
ECSKIP   B     ECFILE
         DROP  R8
ECDRET   L     R14,ECDR14
         BR    R14
ECFAIL   LTR   R11,R11
         BNZ   ECDRET
         LR    R11,R15
         B     ECDRET
ECRO     MVC   ECROM,0(R7)
         WRTERM ECROMSG,ECROLEN
         LTR   R11,R11
         BNZ   ECDRET
         LA    R11,36
         B     ECDRET
*
         LTORG
ECKEY    DS    CL18
ECLIST   DC    CL32' ',XL8'FFFFFFFFFFFFFFFF'
ECPL     DC    CL8'ERASE',CL18' ',XL8'FFFFFFFFFFFFFFFF'
ECDR14   DS    F
ECNFMSG  DC    C'DMSERS002E FILE '
ECNFF    DS    CL40
ECNAMSG  DC    C'DMSERS069E DISK '''
ECNAM    DC    C'M'
         DC    C''' NOT ACCESSED'
ECNALEN  EQU   *-ECNAMSG
ECROMSG  DC    C'DMSERS037E DISK '''
ECROM    DC    C'M'
         DC    C''' IS READ/ONLY'
ECROLEN  EQU   *-ECROMSG
ECBMMSG  DC    C'DMSERS048E INVALID MODE '''
ECBMM    DC    C'MM'
         DC    C''''
ECBMLEN  EQU   *-ECBMMSG
ECSAVE   DS    18F
         END
