         TITLE 'TICK - A TIMER DEMONSTRATION'
***********************************************************************
* TICK [n]: a teaching program of ours (no IBM original), on the      *
* system disk as TICK TEXT: the timer demo. It reads the interval     *
* timer at X'50' (PoO: counted down 300 times a second in bit 23) and *
* types TICK 1, TICK 2 ... once a second, n times (forever without n) *
* - a program in a loop, which the REQUEST key and KX stop (ESC, then *
* kx, at simmon's console). It only reads the timer: the nucleus      *
* keeps the time of day with it and reloads it every two seconds, so  *
* TICK counts the ticks it sees go by, wrapping included.             *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PRINT GEN
TICK     CSECT
         STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         ST    R13,SAVE+4
         LA    R13,SAVE
         SR    R7,R7              seconds to go: 0 is forever
         CLI   8(R1),X'FF'
         BE    START
         LA    R2,8(,R1)          a decimal count: its digits
         SR    R7,R7
DIGIT    CLI   0(R2),C'0'
         BL    START
         CLI   0(R2),C'9'
         BH    START
         MH    R7,=H'10'
         IC    R3,0(,R2)
         N     R3,=F'15'
         AR    R7,R3
         LA    R2,1(,R2)
         B     DIGIT
START    SR    R8,R8              seconds so far
         SR    R9,R9              ticks counted towards the next second
         L     R10,X'50'          the timer as last seen
LOOP     L     R11,X'50'
         LR    R1,R10             ticks since: last - now, / 256
         SR    R1,R11
         SRA   R1,8
         BNM   COUNT
         SR    R1,R1              reloaded meanwhile: count from now
COUNT    AR    R9,R1
         LR    R10,R11
         C     R9,=F'300'         a second?
         BL    LOOP
         S     R9,=F'300'
         LA    R8,1(,R8)
         CVD   R8,DWORK
         MVC   NUMBER,PATTERN     the count without leading zeros
         LA    R1,NUMBER+5        (EDMK: where its first digit is)
         EDMK  NUMBER,DWORK+5
         SH    R1,=H'5'
         MVC   0(5,R1),=C'TICK '  just before it
         LA    R3,LINE+L'LINE
         SR    R3,R1
         WRTERM (R1),(R3)
         LTR   R7,R7
         BZ    LOOP
         CR    R8,R7
         BL    LOOP
         L     R13,SAVE+4
         LM    R14,R12,12(R13)
         SR    R15,R15
         BR    R14
*
         DS    0D
DWORK    DS    D
SAVE     DS    18F
LINE     DS    0CL11
         DC    C'TICK '
NUMBER   DS    CL6
PATTERN  DC    X'402020202120'    fill, five digits
         LTORG
         END   TICK
