         TITLE 'CONVERT - NUMBERS TO AND FROM TEXT'
***********************************************************************
* CONVERT: the conversions the nucleus's messages and commands need.  *
*   HEXOUT  R0 = value, R1 -> 8 bytes: the value in hexadecimal       *
*   DECOUT  R0 = value, R1 -> 11 bytes: the value in decimal, right-  *
*           justified, blank-filled, with a minus sign when negative; *
*           R15 = number of characters used                           *
*   HEXIN   R1 -> text, R0 = length (1-8): R0 = value and R15 = 0,   *
*           or R15 = 4 when a character is not a hexadecimal digit    *
* BALR R14,R15 with R13 -> a save area.                               *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PRINT GEN
CONVERT  CSECT
         ENTRY HEXOUT,DECOUT,HEXIN
HEXOUT   STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         ST    R0,WORD
         UNPK  WORK(9),WORD(5)    a digit per byte, X'F0'-X'FF'
         TR    WORK(8),HEXTAB
         MVC   0(8,R1),WORK
         LM    R14,R12,12(R13)
         BR    R14
         DROP  R12
*
DECOUT   STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         CVD   R0,DWORK
         MVC   WORK(12),DECPAT
         LA    R1,WORK+11         where ED leaves the sign's position
         EDMK  WORK(12),DWORK+2   fill, 10 digits, the last one shown
         LTR   R0,R0
         BNM   DECPOS
         BCTR  R1,0
         MVI   0(R1),C'-'
DECPOS   LA    R15,WORK+12        characters used: to the end
         SR    R15,R1
         L     R1,24(,R13)
         MVC   0(11,R1),WORK+1
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
         DROP  R12
*
HEXIN    STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         SR    R4,R4              the value
         LR    R2,R0
         LTR   R2,R2
         BNP   HEXBAD
         C     R2,=F'8'
         BH    HEXBAD
HEXNEXT  SR    R3,R3
         IC    R3,0(,R1)
         CLI   0(R1),C'0'
         BL    HEXLET
         CLI   0(R1),C'9'
         BH    HEXBAD
         SH    R3,=H'240'         C'0' = X'F0'
         B     HEXADD
HEXLET   CLI   0(R1),C'A'
         BL    HEXBAD
         CLI   0(R1),C'F'
         BH    HEXBAD
         SH    R3,=H'183'         C'A' = X'C1' is 10
HEXADD   SLL   R4,4
         AR    R4,R3
         LA    R1,1(,R1)
         BCT   R2,HEXNEXT
         LR    R0,R4
         SR    R15,R15
         B     HEXRET
HEXBAD   LA    R15,4
HEXRET   L     R14,12(,R13)
         LM    R1,R12,24(R13)
         BR    R14
         DROP  R12
*
         DS    0D
DWORK    DS    D
WORD     DS    F
         DS    X
WORK     DS    CL16
HEXTAB   DC    240X'00'           only X'F0'-X'FF' occur
         DC    C'0123456789ABCDEF'
DECPAT   DC    X'40',9X'20',X'21',X'20'
         LTORG
         END
