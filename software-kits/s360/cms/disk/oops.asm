         TITLE 'OOPS - WHAT CMS DOES WHEN A PROGRAM FAILS'
***********************************************************************
* OOPS: a teaching program of ours (no IBM original), on the system   *
* disk as OOPS TEXT: it says what it is about to do, then divides by  *
* zero (a fixed-point divide exception, program interruption code 9). *
* CMS does not stop: it types the abend message and the PSW, ends the *
* program and gives the ready message with the abend code as return  *
* code; DEBUG then shows the registers at the check.                  *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PRINT GEN
OOPS     CSECT
         STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         LA    R13,SAVE
         WRTERM 'OOPS: DIVIDING BY ZERO'
         LA    R4,42
         SR    R5,R5              the divisor
         SRDA  R4,32              R4:R5 = 42
         LA    R6,0
         DR    R4,R6              a fixed-point divide exception
         WRTERM 'OOPS: NOT REACHED'
         LA    R15,8
         BR    R14
SAVE     DS    18F
         LTORG
         END   OOPS
