         TITLE 'FINIS - CLOSE A FILE'
***********************************************************************
* FINIS: closes a file opened by RDBUF or WRBUF (GH20-0859; CMS PLM). *
* A file written is completed and entered in its disk's directory,   *
* which is committed by one MFD write (AFTDONE, UPDISK): before FINIS *
* the disk holds the file as it was, after it the file as written.    *
* R1 -> FSCB or a tokenized list: FINIS fn ft [fm]; filename * closes *
* every open file.                                                    *
* Return codes: 0 closed; 3 I/O error; 6 the file is not open;        *
*   10 the directory is full; 13 disk full (the file as it was before *
*   stays on the disk).                                               *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PRINT GEN
FINIS    CSECT
         STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         ST    R13,FISAVE+4
         LA    R13,FISAVE
         LR    R9,R1
         CLI   8(R9),C'*'
         BE    FIALL
         L     R15,=V(AFTFIND)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   FIRET              6: not open
         LR    R3,R1
         L     R15,=V(AFTDONE)
         BALR  R14,R15
         B     FIRET
* Every open file; the first error is the return code.
FIALL    SR    R10,R10
FINEXT   LR    R1,R9
         L     R15,=V(AFTFIND)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   FIALLEND
         LR    R3,R1
         L     R15,=V(AFTDONE)
         BALR  R14,R15
         LTR   R10,R10
         BNZ   FINEXT
         LR    R10,R15
         B     FINEXT
FIALLEND LR    R15,R10
FIRET    L     R13,FISAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
         LTORG
FISAVE   DS    18F
         END
