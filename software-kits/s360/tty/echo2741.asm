         TITLE 'ECHO2741 - A 2741 ON A 2703 LINE ECHOES WHAT IS TYPED'
***********************************************************************
* ECHO2741: IPLed from the 2540 reader, it serves the line of the     *
* 2703 at X'0C0' with an IBM 2741 on it (SET COM0 2741, EBCD code):   *
* enable (waits for a terminal to call), a greeting, then reads, each *
* ending with the EOT that the RETURN key sends, and echoes them      *
* after "echo ", until the terminal types bye; the ATTN key during a  *
* read (unit exception) is answered "attention". Then it says goodbye,*
* disables the line and stops in a disabled wait at X'000000' (else   *
* the failing step, X'68' after a program check). Its texts are 2741  *
* EBCD line codes, written in hex; a line typed arrives with the      *
* upshift and downshift codes the typeball needed, and goes back out  *
* as it came (less its EOT), so the shifts print it as typed.         *
***********************************************************************
         PRINT NOGEN
         REGEQU
         LOWCORE
         PRINT GEN
ECHO2741 CSECT
         USING LOWCORE,R0
BEGIN    BALR  R12,0
         USING *,R12
         MVC   PGMNPSW,=X'0002000000000068'
         MVC   EXTNPSW,=X'0002000000000058'
         LA    R3,X'0C0'          the line
         RUNIO R3,ENABLE,1,FAILED wait for a call
         RUNIO R3,WHELLO,2,FAILED
NEXT     XC    INPUT,INPUT
         RUNIO R3,READ,4,FAILED   up to the EOT
         LA    R4,L'INPUT
         SH    R4,CSW+6           the codes read
         C     R4,=F'3'
         BL    NEXT
         CLC   INPUT(3),BYE
         BE    GOODBYE
* The echo: "echo " and the codes as read, less the EOT at their end.
         BCTR  R4,0               less the EOT
         BCTR  R4,0               for EX
         EX    R4,MOVEIN
         LA    R4,L'ECHOHDR+1(,R4)
         STH   R4,WECHO+6         the byte count
         RUNIO R3,WECHO,5,FAILED
         B     NEXT
GOODBYE  RUNIO R3,WBYE,6,FAILED
         RUNIO R3,DISABLE,7,FAILED
         LPSW  DONEPSW
* A read that ended with unit exception: the ATTN key.
FAILED   C     R9,=F'4'
         BNE   STOP
         TM    CSW+4,X'01'        unit exception
         BZ    STOP
         RUNIO R3,WATTN,8,STOP
         B     NEXT
STOP     ST    R9,FAILPSW+4       the step is the wait address
         LPSW  FAILPSW
MOVEIN   MVC   OUTLINE(0),INPUT
*
         DS    0D
DONEPSW  DC    X'0002000000000000'
FAILPSW  DC    X'0002000000000000'
         LTORG
*
ENABLE   CCW   X'27',0,X'20',1
DISABLE  CCW   X'2F',0,X'20',1
WHELLO   CCW   X'01',HELLO,X'20',L'HELLO
READ     CCW   X'02',INPUT,X'20',L'INPUT
WECHO    CCW   X'01',ECHOHDR,X'20',0          count set for each line
WATTN    CCW   X'01',ATTNMSG,X'20',L'ATTNMSG
WBYE     CCW   X'01',BYEMSG,X'20',L'BYEMSG
*
* EBCD line codes: 7C downshift, 5B new line, 01 space.
* downshift "simmon 2741 echo" new line
HELLO    DC    X'7C257349494C4A01040E0802016B67704C5B'
* "bye" as typed in lower case
BYE      DC    X'64316B'
* downshift "attention" new line
ATTNMSG  DC    X'7C6226266B4A26734C4A5B'
* downshift "goodbye" new line
BYEMSG   DC    X'7C6E4C4C6864316B5B'
* downshift "echo " followed by the line
ECHOHDR  DC    X'7C6B67704C01'
OUTLINE  DS    CL81
INPUT    DS    CL80
         END   BEGIN
