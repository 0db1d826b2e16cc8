         TITLE 'ERASE - DELETE A FILE'
***********************************************************************
* ERASE: deletes a file (GH20-0859): its data blocks and chain links  *
* are freed and its FST entry cleared, and the directory committed by *
* one MFD write (UPDISK), so the file is either wholly there or       *
* wholly gone whenever the machine stops. A file open is closed       *
* without being written.                                              *
* R1 -> FSCB or a tokenized list: ERASE fn ft [fm] (no mode: A; * :   *
* the first in the search order).                                     *
* Return codes: 0 erased; 3 I/O error; 12 read-only disk; 28 no such  *
*   file; 36 the mode's disk is not accessed.                         *
***********************************************************************
         PRINT NOGEN
         REGEQU
         FSTD
         ADT
         PRINT GEN
ERASE    CSECT
         STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         ST    R13,ERSAVE+4
         LA    R13,ERSAVE
         MVC   ERKEY,0(R1)        x fn ft fm
         CLC   ERKEY+24(2),=X'FFFF'  no mode: A
         BE    ERDEFA
         CLI   ERKEY+24,C' '
         BNE   ERFIND
ERDEFA   MVC   ERKEY+24(2),=C'A '
ERFIND   LA    R1,ERKEY+8
         L     R15,=V(FINDFST)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   ERRET
         LR    R7,R1              the FST
         LR    R8,R2              its disk
         USING ADT,R8
         LA    R15,12
         TM    ADTFLAGS,ADTRO
         BO    ERRET
         DROP  R8
         MVC   ERKEY+24(1),0(R8)  an open copy is dropped
         LA    R1,ERKEY
         L     R15,=V(AFTFIND)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   ERFREE
         LR    R3,R1
         L     R15,=V(AFTDROP)
         BALR  R14,R15
ERFREE   LR    R1,R7
         LR    R2,R8
         L     R15,=V(FREEFILE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   ERFAIL
         XC    0(FSTSIZE,R7),0(R7)
         LR    R1,R7
         LR    R2,R8
         L     R15,=V(MARKFST)
         BALR  R14,R15
         LR    R1,R8
         L     R15,=V(UPDISK)
         BALR  R14,R15
         B     ERRET
ERFAIL   LR    R10,R15            the directory as on the disk again
         LR    R1,R8
         L     R15,=V(RELOAD)
         BALR  R14,R15
         LR    R15,R10
ERRET    L     R13,ERSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
         LTORG
ERKEY    DS    CL26
         DS    0F
ERSAVE   DS    18F
         END
