         TITLE 'STATE - DOES A FILE EXIST'
***********************************************************************
* STATE: finds a file on the accessed disks (GH20-0859: STATE fn ft   *
* fm; mode * or none: the search order) and copies its FST entry to   *
* STATEFST (40 bytes, FSTD layout, the mode letter the disk's), where *
* the caller (the nucleus's loader, LISTF) reads its size and format. *
* R1 -> FSCB or a tokenized list: STATE fn ft [fm].                   *
* Return codes: 0 the file exists; 28 it does not; 36 the mode's disk *
* is not accessed (VM/370's STATE codes).                             *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PRINT GEN
STATE    CSECT
         ENTRY STATEFST
         STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         ST    R13,STSAVE+4
         LA    R13,STSAVE
         MVC   STKEY,8(R1)        fn ft fm
         CLC   STKEY+16(2),=X'FFFF'  a list without a mode
         BNE   *+10
         MVC   STKEY+16(2),=C'* '
         LA    R1,STKEY
         L     R15,=V(FINDFST)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   STRET
         MVC   STATEFST,0(R1)
         MVC   STATEFST+24(1),0(R2)  the letter it is accessed as
         SR    R15,R15
STRET    L     R13,STSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
         LTORG
STKEY    DS    CL18
         DS    0F
STATEFST DS    XL40
STSAVE   DS    18F
         END
