         TITLE 'RECSTOR - STORAGE FOR THE RECORDS A FILE COMMAND READS'
***********************************************************************
* RECSTOR: where the file commands (COPYFILE, TYPE, COMPARE, DISK)    *
* keep the records they read, so that a record may be as long as a    *
* CMS file allows (65,535 bytes: WRBUF's limit, the FST's halfword    *
* item lengths of a variable file) instead of the size of a buffer of *
* their own. The storage is that above the program loaded in the user *
* area (NUCLDEND) to FREELOWE, as EDIT uses it (NUCUSED keeps free    *
* storage off the part given until the command ends): a command       *
* at the console leaves a program loaded before it as it was.         *
*   RECSTOR  R0 = bytes wanted. R1 -> them (on a doubleword), R15 = 0;*
*            or R15 = 104 when the storage is too small, and the      *
*            caller types its DMSxxx109S VIRTUAL STORAGE CAPACITY     *
*            EXCEEDED (VM/370's message and code).                    *
* BALR R14,R15, R13 -> save area; other registers kept.               *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         PRINT GEN
RECSTOR  CSECT
         USING NUCON,R0
         STM   R14,R12,12(R13)
         LR    R12,R15
         USING RECSTOR,R12
         L     R1,NUCLDEND
         LA    R1,7(,R1)
         N     R1,=X'00FFFFF8'
         L     R2,FREELOWE        what is left (FREELOWE: the user
         SR    R2,R1              area's end, below free storage's
         CR    R0,R2              pages)
         BH    RSNONE
         LR    R2,R1              kept from free storage while the
         AR    R2,R0              command runs
         C     R2,NUCUSED
         BNH   *+8
         ST    R2,NUCUSED
         ST    R1,24(,R13)        R1 back to the caller
         SR    R15,R15
         B     RSRET
RSNONE   LA    R15,104
RSRET    L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
         LTORG
         END
