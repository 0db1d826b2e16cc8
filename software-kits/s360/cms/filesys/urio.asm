         TITLE 'URIO - ONE CARD OR LINE ON A UNIT RECORD DEVICE'
***********************************************************************
* URIO: one channel command on the reader, punch or printer for the   *
* file commands that use them (PRINTF, PUNCH, OFFLINE READ): a CCW of *
* its own (incorrect length suppressed: a short card or line is no    *
* error), START I/O and the nucleus's WAITDEV.                        *
*   URIO     R0 = device address, R1 -> the data, R2 = its length,   *
*            R3 = the command code (X'09' print and space a line on  *
*            the 1403, X'01' punch a card, X'02' read a card).        *
*            R15 = 0; 2 unit exception (the reader's end of file);    *
*            3 the device is not there, ends with unit check or a     *
*            channel error. R0 = the bytes not moved (the residual    *
*            count).                                                  *
* BALR R14,R15, R13 -> save area; other registers kept.               *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         PRINT GEN
URIO     CSECT
         USING NUCON,R0
         USING URIO,R12
         STM   R14,R12,12(R13)
         LR    R12,R15
         ST    R13,URSAVE+4
         LA    R13,URSAVE
         LR    R7,R0
         STC   R3,URCCW
         ST    R1,URWORK
         MVC   URCCW+1(3),URWORK+1
         STH   R2,URCCW+6
         LA    R8,100
URSTART  LA    R1,URCCW
         ST    R1,CAW
         SIO   0(R7)
         BC    B'1000',URWAIT
         BC    B'0001',URBAD      not there
         BC    B'0100',URNOW      status at once
         LR    R1,R7              busy: its last ending first
         L     R15,=V(WAITDEV)
         BALR  R14,R15
         BCT   R8,URSTART
         B     URBAD
URNOW    MVC   URSTAT,CSW+4
         MVC   URRESID,CSW+6
         B     URCHECK
URWAIT   LR    R1,R7
         L     R15,=V(WAITDEV)
         BALR  R14,R15
         STH   R15,URSTAT
         MVC   URRESID,NUCCSW+6
URCHECK  TM    URSTAT,X'02'       unit check
         BO    URBAD
         CLI   URSTAT+1,0         channel status but incorrect length
         BE    URUE
         TM    URSTAT+1,X'FF'-X'40'
         BNZ   URBAD
URUE     LA    R15,2
         TM    URSTAT,X'01'       unit exception
         BO    URRET
         SR    R15,R15
         B     URRET
URBAD    LA    R15,3
URRET    L     R13,URSAVE+4
         LH    R0,URRESID
         ST    R0,20(,R13)
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
         LTORG
         DS    0D
URCCW    CCW   X'09',0,X'20',1
URWORK   DS    F
URSTAT   DS    H
URRESID  DS    H
URSAVE   DS    18F
         END
