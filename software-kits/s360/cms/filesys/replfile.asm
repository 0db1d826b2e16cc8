         TITLE 'REPLFILE - A NEW FILE TAKES AN OLD ONE''S PLACE'
***********************************************************************
* REPLFILE: a file written under a work name (closed) becomes the     *
* target file in one directory commit: the old target, if there is   *
* one, is freed and dropped and the work file renamed in the same     *
* UPDISK, so whenever the machine stops the target is either the old *
* file or the whole new one (docs/machines/cms-filesystem.md). Both   *
* are on the same disk: the work file's.                              *
*   REPLFILE R1 -> the work file's fn ft fm (18 bytes), R2 -> the     *
*            target's fn ft fm (its mode number is taken; its letter  *
*            must be the work file's disk). R15 = 0; 28 no work file; *
*            3 I/O error; 13 disk full (the disk keeps its old state).*
* BALR R14,R15, R13 -> save area; other registers kept.               *
***********************************************************************
         PRINT NOGEN
         REGEQU
         FSTD
         PRINT GEN
REPLFILE CSECT
         USING REPLFILE,R12
         STM   R14,R12,12(R13)
         LR    R12,R15
         ST    R13,RFSAVE+4
         LA    R13,RFSAVE
         MVC   RFTARGET,0(R2)
         L     R15,=V(FINDFST)    the work file
         BALR  R14,R15
         LTR   R15,R15
         BNZ   RFRET
         LR    R7,R1
         LR    R8,R2              its disk
         MVC   RFTARGET+16(1),0(R8)
         LA    R1,RFTARGET        the old target: freed and dropped
         L     R15,=V(FINDFST)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   RFRENAME
         LR    R6,R1
         CR    R6,R7              (the work file itself: none to drop)
         BE    RFRENAME
         LR    R2,R8
         L     R15,=V(FREEFILE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   RFFAIL
         XC    0(FSTSIZE,R6),0(R6)
         LR    R1,R6
         LR    R2,R8
         L     R15,=V(MARKFST)
         BALR  R14,R15
RFRENAME MVC   0(16,R7),RFTARGET
         CLI   RFTARGET+17,C' '
         BE    *+10
         MVC   FSTFMODE-FSTD+1(1,R7),RFTARGET+17
         LR    R1,R7
         LR    R2,R8
         L     R15,=V(MARKFST)
         BALR  R14,R15
         LR    R1,R8
         L     R15,=V(UPDISK)     one commit for both
         BALR  R14,R15
         B     RFRET
RFFAIL   LR    R10,R15            the directory as on the disk again
         LR    R1,R8
         L     R15,=V(RELOAD)
         BALR  R14,R15
         LR    R15,R10
RFRET    L     R13,RFSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
         LTORG
RFTARGET DS    CL18
         DS    0F
RFSAVE   DS    18F
         END
