         TITLE 'PRIVOP - PRIVILEGED INSTRUCTIONS OF A GUEST'
***********************************************************************
* PRIVOP: a guest executed a privileged instruction; the real CPU,    *
* running it in problem state, gave a privileged-operation exception  *
* (reference section 15.1). When the guest is in problem state in its *
* virtual PSW too, that is what it gets (reflected). Otherwise CP     *
* does what the instruction would have done to the virtual machine,   *
* exactly as the Principles of Operation (GA22-6821) define it, and   *
* the guest goes on after it:                                         *
*   SSM   the virtual PSW's system mask from the operand byte         *
*   LPSW  the virtual PSW from the doubleword (specification when it  *
*         is not on a doubleword); a wait PSW makes it wait           *
*   SSK   the key of the 2K block R2 names (bits 8-20; specification  *
*         when bits 28-31 are not zero, addressing beyond its         *
*         storage) from R1 bits 24-30; kept as its virtual key and    *
*         given to the real block when the page is in storage         *
*   ISK   R1 bits 24-31 = the block's key and fetch-protection bit    *
*         (a basic-mode 67 shows no reference and change bits), bits  *
*         0-23 unchanged                                              *
*   SIO TIO HIO TCH  cp-vio's VIOSIO, VIOTIO, VIOHIO, VIOTCH, with    *
*         R1 = the device address (bits 16-31 of the operand address) *
*         (not operational, cc 3, while cp-vio is not linked)         *
*   DIAGNOSE  kernel/diagnose.asm, with R0 = the code (the operand    *
*         address) and R1 = the instruction's Rx and Ry               *
*   anything else privileged (LMC, STMC, LRA): our virtual machines   *
*         are 360s without DAT: an operation exception                *
* What a simulation returns (maclib DIAGRET) sets the guest's         *
* condition code, or reflects a program interruption, or backs the    *
* guest up to run the instruction again later. Each privileged        *
* operation a guest traps on is counted in its STATBLOK by opcode,    *
* simulated or reflected, as simmon's SHOW CPU STATS counts them.     *
*                                                                     *
* Entry (CALL): VMPRIV R11 (VMPSW: after the instruction, with ILC)   *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         STATBLOK
         DIAGRET
         PRINT GEN
PRIVMOD  CSECT
         ENTRY VMPRIV
         WXTRN VIOSIO,VIOTIO,VIOHIO,VIOTCH
         USING PSA,R0
         USING VMBLOK,R11
*
VMPRIV   ENTER BASE=PRIVMOD
         L     R7,VMPSW+4         the instruction's address
         N     R7,=X'00FFFFFF'
         SR    R3,R3
         IC    R3,VMPSW+4
         SRL   R3,6
         AR    R3,R3              its length
         SR    R7,R3
         ST    R7,PRVIADR
         XC    PRVINST,PRVINST
         LR    R1,R7
         LR    R0,R3
         LA    R2,PRVINST
         CALL  GFETCH
         LTR   R15,R15
         BZ    PRVHAVE
         CH    R15,=H'3'
         BE    PRVRSTRT           its page is coming: later
         LA    R15,DRPGM+5
         B     PRVRESLT
PRVHAVE  LA    R3,OPTABLE         which one
PRVFIND  CLI   0(R3),X'FF'
         BE    PRVCOUNT
         CLC   PRVINST(1),0(R3)
         BE    PRVCOUNT
         LA    R3,8(,R3)
         B     PRVFIND
PRVCOUNT SR    R4,R4              count it (the table's end: other)
         IC    R4,1(,R3)
         SLL   R4,2
         A     R4,VMSTATS
         L     R5,0(,R4)
         LA    R5,1(,R5)
         ST    R5,0(,R4)
         TM    VMPSW+1,X'01'      virtual problem state: its exception
         BZ    PRVSUP
         LA    R15,DRPGM+2
         B     PRVRESLT
PRVSUP   CLI   0(R3),X'FF'        one we do not simulate: operation
         BNE   PRVFOUND
         LA    R15,DRPGM+1
         B     PRVRESLT
PRVFOUND BAL   R14,PRVADDR        R6 = the SI/RS operand address
         L     R15,4(,R3)
         BR    R15
*
* SSM: the system mask from the byte at the operand address
PRVSSM   LR    R1,R6
         LA    R0,1
         LA    R2,PRVDATA
         CALL  GFETCH
         BAL   R14,PRVGFAIL
         MVC   VMPSW(1),PRVDATA
         LA    R15,DRKEEP
         B     PRVRESLT
* LPSW: the virtual PSW from the doubleword
PRVLPSW  LA    R15,DRPGM+6
         LR    R2,R6
         N     R2,=X'00000007'
         BNZ   PRVRESLT
         LR    R1,R6
         LA    R0,8
         LA    R2,PRVDATA
         CALL  GFETCH
         BAL   R14,PRVGFAIL
         MVC   VMPSW,PRVDATA
         CALL  VMWAITCK
         LA    R15,DRKEEP
         B     PRVRESLT
* SSK and ISK: R2 names a 2K block of its storage
PRVSSK   BAL   R14,PRVBLOCK       R7 -> its virtual key, R6 = address
         SR    R2,R2
         IC    R2,PRVINST+1
         SRL   R2,4
         SLL   R2,2
         L     R2,VMGPRS(R2)
         N     R2,=X'000000F8'    key and fetch protection
         STC   R2,0(,R7)
         LR    R1,R6              in storage: the real block too
         BAL   R14,PRVREAL
         LTR   R1,R1
         BZ    PRVSSKOK
         ISK   R3,R1              keeping CP's reference and change
         N     R3,=X'00000006'
         OR    R2,R3
         SSK   R2,R1
PRVSSKOK LA    R15,DRKEEP
         B     PRVRESLT
PRVISK   BAL   R14,PRVBLOCK
         SR    R2,R2
         IC    R2,PRVINST+1
         SRL   R2,4
         SLL   R2,2
         LA    R2,VMGPRS(R2)
         MVC   3(1,R2),0(R7)
         LA    R15,DRKEEP
         B     PRVRESLT
* SIO TIO HIO TCH: cp-vio's
PRVSIO   L     R15,=A(VIOSIO)
         B     PRVIO
PRVTIO   L     R15,=A(VIOTIO)
         B     PRVIO
PRVHIO   L     R15,=A(VIOHIO)
         B     PRVIO
PRVTCH   L     R15,=A(VIOTCH)
PRVIO    LTR   R15,R15
         BZ    PRVNOTOP
         LR    R1,R6
         N     R1,=X'0000FFFF'
         BALR  R14,R15
         B     PRVRESLT
PRVNOTOP LA    R15,DRCC3          not operational
         B     PRVRESLT
* DIAGNOSE: the code is the operand address
PRVDIAG  LR    R0,R6
         SR    R1,R1
         IC    R1,PRVINST+1
         CALL  DIAGNOSE
*
* What the simulation says (maclib DIAGRET)
PRVRESLT CH    R15,=H'3'
         BH    PRVNOTCC
         NI    VMPSW+4,X'CF'      the condition code
         SLL   R15,4
         STC   R15,PRVDATA
         OC    VMPSW+4(1),PRVDATA
         B     PRVRET
PRVNOTCC CH    R15,=Y(DRKEEP)
         BE    PRVRET
         CH    R15,=Y(DRRESTRT)
         BE    PRVRSTRT
         LR    R0,R15
         S     R0,=A(DRPGM)
         CALL  VMREFL
         B     PRVRET
PRVRSTRT CALL  VMBACKUP
PRVRET   LEAVE RC=0
*
* PRVGFAIL: after GFETCH: cc 0 returns; else leaves the simulation
* with an addressing exception (cc 1) or to run it again (cc 3).
PRVGFAIL LTR   R15,R15
         BZR   R14
         CH    R15,=H'3'
         BE    PRVRSTRT
         LA    R15,DRPGM+5
         B     PRVRESLT
*
* PRVADDR: R6 = B1 + D1 of the instruction (24 bits).
PRVADDR  SR    R6,R6
         IC    R6,PRVINST+2
         SRL   R6,4
         LTR   R6,R6
         BZ    PRVADDR1
         SLL   R6,2
         L     R6,VMGPRS(R6)
PRVADDR1 LH    R5,PRVINST+2
         N     R5,=X'00000FFF'
         AR    R6,R5
         N     R6,=X'00FFFFFF'
         BR    R14
*
* PRVBLOCK: R6 = the block's address from the R2 register; R7 -> its
* virtual key. A bad address leaves the simulation (PoO: specification
* when bits 28-31 are not zero, addressing beyond storage).
PRVBLOCK SR    R6,R6
         IC    R6,PRVINST+1
         N     R6,=X'0000000F'
         SLL   R6,2
         L     R6,VMGPRS(R6)
         N     R6,=X'00FFFFFF'
         LR    R7,R6
         N     R7,=X'0000000F'
         BZ    PRVBLK1
         LA    R15,DRPGM+6
         B     PRVRESLT
PRVBLK1  C     R6,VMSIZE
         BL    PRVBLK2
         LA    R15,DRPGM+5
         B     PRVRESLT
PRVBLK2  LR    R7,R6
         SRL   R7,11
         A     R7,VMVKEYS
         BR    R14
*
* PRVREAL: R1 = a guest address -> R1 = its real address when its
* page is in storage, else 0 (nothing brought in).
PRVREAL  LR    R3,R1
         SRL   R3,20
         SLL   R3,2
         A     R3,VMSEGT
         L     R4,0(,R3)
         N     R4,=X'00FFFFFE'
         LR    R5,R1
         SRL   R5,12
         N     R5,=X'000000FF'
         AR    R5,R5
         AR    R4,R5
         TM    1(R4),X'08'
         BO    PRVREAL0
         LH    R3,0(,R4)
         N     R3,=X'0000FFF0'
         SLL   R3,8
         N     R1,=X'00000FFF'
         OR    R1,R3
         BR    R14
PRVREAL0 SR    R1,R1
         BR    R14
*
* The privileged opcodes: opcode, STPRIV index, routine.
         DS    0F
OPTABLE  DC    X'80',AL1(STISSM),H'0',A(PRVSSM)
         DC    X'82',AL1(STILPSW),H'0',A(PRVLPSW)
         DC    X'08',AL1(STISSK),H'0',A(PRVSSK)
         DC    X'09',AL1(STIISK),H'0',A(PRVISK)
         DC    X'9C',AL1(STISIO),H'0',A(PRVSIO)
         DC    X'9D',AL1(STITIO),H'0',A(PRVTIO)
         DC    X'9E',AL1(STIHIO),H'0',A(PRVHIO)
         DC    X'9F',AL1(STITCH),H'0',A(PRVTCH)
         DC    X'83',AL1(STIDIAG),H'0',A(PRVDIAG)
         DC    X'FF',AL1(STIOTHER)        (LMC, STMC, LRA)
*
PRVIADR  DS    F
PRVINST  DS    F
         DS    0D
PRVDATA  DS    D
         LTORG
         END
