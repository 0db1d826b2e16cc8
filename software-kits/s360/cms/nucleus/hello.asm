         TITLE 'HELLO - A FIRST CMS COMMAND, FOR TEACHING'
***********************************************************************
* HELLO [name ...]: our own teaching command (no IBM original). It    *
* shows the shape of every CMS command: entered through SVC 202 with  *
* R1 -> the tokens of the line (8 bytes each, the command's name      *
* first, X'FF's last), R13 -> a save area, R14 = return; it types     *
* with WRTERM and returns a code in R15 (0: all well, so the ready    *
* message is R;). With no name it greets the world; with names it    *
* greets each, to show how the tokens are walked.                     *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PRINT GEN
HELLO    CSECT
         STM   R14,R12,12(R13)    the OS linkage CMS keeps
         BALR  R12,0
         USING *,R12
         LR    R11,R13            our caller's save area
         LA    R13,SAVE           and ours, for WRTERM's own calls
         LA    R2,8(,R1)          the first operand
         CLI   0(R2),X'FF'        none?
         BNE   NAMES
         WRTERM 'HELLO, WORLD, FROM CMS ON THE SYSTEM/360'
         B     DONE
NAMES    MVC   WHO,0(R2)          HELLO, name (a token: 8 characters)
         LA    R4,L'GREET         less the token's trailing blanks
TRIM     LA    R1,GREET-1(R4)
         CLI   0(R1),C' '
         BNE   TYPE
         BCT   R4,TRIM
TYPE     LA    R3,GREET
         WRTERM (R3),(R4)         the register form: address, length
         LA    R2,8(,R2)
         CLI   0(R2),X'FF'
         BNE   NAMES
DONE     SR    R15,R15            return code 0
         LR    R13,R11
         L     R14,12(,R13)
         LM    R0,R12,20(R13)     every register as it was but R15
         BR    R14
*
SAVE     DS    18F
GREET    DS    0CL15
         DC    C'HELLO, '
WHO      DC    CL8' '
         LTORG
         END
