         TITLE 'TTYECHO - A 2703 TELETYPE LINE ECHOES WHAT IS TYPED'
***********************************************************************
* TTYECHO: IPLed from the 2540 reader, it serves the Teletype line of *
* the 2703 at X'0C0': enable (waits for a terminal to call), a       *
* greeting, then a prompt, a read of one line and its echo, until the *
* terminal types BYE; then it says goodbye, disables the line and     *
* stops in a disabled wait at X'000000' (else the failing step, X'68' *
* after a program check). The channel sees Teletype line code: ASCII  *
* with even parity, the bit order reversed; the program builds its   *
* two translate tables at the start.                                  *
* Its texts are ASCII, written in hex.                                *
***********************************************************************
         PRINT NOGEN
         REGEQU
         LOWCORE
         PRINT GEN
TTYECHO  CSECT
         USING LOWCORE,R0
BEGIN    BALR  R12,0
         USING *,R12
         MVC   PGMNPSW,=X'0002000000000068'
         MVC   EXTNPSW,=X'0002000000000058'
* The tables: ASCII to line code (A2T) and line code to ASCII (T2A).
         SR    R5,R5              the character
BUILD    LR    R6,R5
         SR    R7,R7              its one bits
         LA    R8,7
PARITY   LR    R9,R6
         N     R9,=F'1'
         AR    R7,R9
         SRL   R6,1
         BCT   R8,PARITY
         LR    R6,R5
         N     R7,=F'1'
         BZ    EVEN
         O     R6,=F'128'         an odd count: the parity bit
EVEN     SR    R9,R9              the bits reversed
         LA    R8,8
REVERSE  SLL   R9,1
         LR    R10,R6
         N     R10,=F'1'
         OR    R9,R10
         SRL   R6,1
         BCT   R8,REVERSE
         STC   R9,A2T(R5)
         STC   R5,T2A(R9)
         LA    R5,1(,R5)
         C     R5,=F'128'
         BL    BUILD
         TR    HELLO,A2T          the texts in line code
         TR    PROMPT,A2T
         TR    ECHOHDR,A2T
         TR    BYEMSG,A2T
         LA    R3,X'0C0'          the line
         RUNIO R3,ENABLE,1,FAILED wait for a call
         RUNIO R3,WHELLO,2,FAILED
NEXT     RUNIO R3,WPROMPT,3,FAILED
         XC    INPUT,INPUT
         RUNIO R3,READ,4,FAILED   up to the carriage return
         LA    R4,L'INPUT
         SH    R4,CSW+6           the characters read
         BNP   NEXT
         TR    INPUT,T2A
         CLC   INPUT(3),BYE
         BE    GOODBYE
* The echo: "ECHO: " and the line as typed (its carriage return too),
* then a line feed.
         BCTR  R4,0
         EX    R4,MOVEIN
         LA    R4,1(,R4)
         LA    R5,OUTLINE(R4)
         MVI   0(R5),X'0A'
         LA    R4,L'ECHOHDR+1(,R4)
         STH   R4,WECHO+6         the byte count
         LA    R4,L'OUTLINE-1
         EX    R4,TRANSOUT
         RUNIO R3,WECHO,5,FAILED
         B     NEXT
GOODBYE  RUNIO R3,WBYE,6,FAILED
         RUNIO R3,DISABLE,7,FAILED
         LPSW  DONEPSW
FAILED   ST    R9,FAILPSW+4       the step is the wait address
         LPSW  FAILPSW
MOVEIN   MVC   OUTLINE(0),INPUT
TRANSOUT TR    OUTLINE(0),A2T
*
         DS    0D
DONEPSW  DC    X'0002000000000000'
FAILPSW  DC    X'0002000000000000'
         LTORG
*
ENABLE   CCW   X'27',0,X'20',1
DISABLE  CCW   X'2F',0,X'20',1
WHELLO   CCW   X'01',HELLO,X'20',L'HELLO
WPROMPT  CCW   X'01',PROMPT,X'20',L'PROMPT
READ     CCW   X'02',INPUT,X'20',L'INPUT
WECHO    CCW   X'01',ECHOHDR,X'20',0          count set for each line
WBYE     CCW   X'01',BYEMSG,X'20',L'BYEMSG
*
* "\r\nSIMMON 2703 ECHO\r\n"
HELLO    DC    X'0D0A53494D4D4F4E2032373033204543484F0D0A'
* "> "
PROMPT   DC    X'3E20'
* "BYE"
BYE      DC    X'425945'
* "\r\nGOODBYE\r\n"
BYEMSG   DC    X'0D0A474F4F444259450D0A'
* "ECHO: " followed by the line
ECHOHDR  DC    X'4543484F3A20'
OUTLINE  DS    CL81
INPUT    DS    CL80
A2T      DC    XL256'00'
T2A      DC    XL256'00'
         END   BEGIN
