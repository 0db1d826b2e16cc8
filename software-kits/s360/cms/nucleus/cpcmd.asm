         TITLE 'CPCMD - THE CP COMMAND'
***********************************************************************
* CPCMD: CP command-line - passes the rest of the line to CP          *
* (GH20-0859, "CP": a CMS user's way to talk to CP without leaving    *
* CMS) by DIAGNOSE X'08', the virtual console function (VM/370's      *
* System Programmer's Guide describes it: Rx -> the command text, Ry  *
* = its length, CP's return code back in Ry; Ry = 0 puts the virtual  *
* machine in CP's console mode). The return code of the command is    *
* CP's.                                                               *
*                                                                     *
* On the bare machine there is no CP: CMS says so (the issue's words) *
* with return code 1. Whether CMS runs under CP is found at IPL       *
* (INIT, NUCFCP).                                                     *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         PRINT GEN
CPCMD    CSECT
         USING NUCON,R0
         STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         LR    R11,R13
         LA    R13,SAVE
         TM    NUCFLAGS,NUCFCP
         BO    UNDERCP
         WRTERM 'DMSCPF001E NOT UNDER CP'
         LA    R15,1
         B     RETURN
*
* The line as typed, less the word CP and the blanks around it.
UNDERCP  L     R2,NUCLINE
         LH    R3,NUCLINEL
         AR    R3,R2              end of the line
SKIPB1   CR    R2,R3              blanks before CP
         BNL   CALLCP
         CLI   0(R2),C' '
         BNE   SKIPW
         LA    R2,1(,R2)
         B     SKIPB1
SKIPW    CR    R2,R3              the word CP
         BNL   CALLCP
         CLI   0(R2),C' '
         BE    SKIPB2
         LA    R2,1(,R2)
         B     SKIPW
SKIPB2   CR    R2,R3              blanks after it
         BNL   CALLCP
         CLI   0(R2),C' '
         BNE   CALLCP
         LA    R2,1(,R2)
         B     SKIPB2
CALLCP   SR    R3,R2              the length: 0 enters CP console mode
         DC    X'83230008'        DIAGNOSE R2,R3,X'08'
         LR    R15,R3
RETURN   LR    R13,R11
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
SAVE     DS    18F
         LTORG
         END
