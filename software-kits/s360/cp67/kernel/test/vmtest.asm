         TITLE 'VMTEST - THE KERNEL''S VIRTUAL MACHINE TEST'
***********************************************************************
* VMTEST: linked only into the kernel's test system (cp67vmt), called *
* by CPINIT after the operator dialogue. It logs on two virtual       *
* machines without terminals, as the users' LOGIN and the virtual     *
* IPL would: LOOPER, 64K, in an endless loop, DIAGLOOP, 64K, asking   *
* CP for the time in an endless loop, and VMTEST, 512K, running       *
* GUESTT; each program is copied to its location 0 and the            *
* virtual PSW loaded from there (what IPL does), then started. GUESTT *
* ends in a disabled wait that CP reports on the 1052                 *
* (tests/e2e/s360_cp67_kernel_vm.ini).                                *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         PRINT GEN
VMTESTM  CSECT
         ENTRY VMTEST
         EXTRN GUESTT,GUESTEND,LOOPER,LOOPEND,DIAGLOOP,DIAGLEND
         USING PSA,R0
         USING VMBLOK,R11
VMTEST   ENTER BASE=VMTESTM
         L     R0,=F'65536'
         LA    R1,LOOPNAME
         CALL  VMCREATE
         L     R6,=A(LOOPER)
         L     R7,=A(LOOPEND)
         BAL   R14,LOAD
         L     R0,=F'65536'
         LA    R1,DIAGNAME
         CALL  VMCREATE
         L     R6,=A(DIAGLOOP)
         L     R7,=A(DIAGLEND)
         BAL   R14,LOAD
         L     R0,=F'524288'
         LA    R1,TESTNAME
         CALL  VMCREATE
         L     R6,=A(GUESTT)
         L     R7,=A(GUESTEND)
         BAL   R14,LOAD
         LEAVE RC=0
* LOAD: the program from R6 to R7 into R11's storage at 0, its first
* doubleword the PSW; then it starts.
LOAD     ST    R14,LOADR14
         SR    R8,R8              the guest address
LOADNEXT LR    R0,R7
         SR    R0,R6
         BNP   LOADGO
         C     R0,=F'4096'
         BNH   *+8
         L     R0,=F'4096'
         LR    R9,R0
         LR    R1,R8
         LR    R2,R6
         CALL  GSTORE
         AR    R6,R9
         AR    R8,R9
         B     LOADNEXT
LOADGO   SR    R1,R1
         LA    R0,8
         LA    R2,VMPSW
         CALL  GFETCH
         CALL  VMSTART
         L     R14,LOADR14
         BR    R14
LOADR14  DS    F
LOOPNAME DC    CL8'LOOPER'
TESTNAME DC    CL8'VMTEST'
DIAGNAME DC    CL8'DIAGLOOP'
         LTORG
         END
