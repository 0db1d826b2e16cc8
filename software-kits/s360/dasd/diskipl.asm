         TITLE 'DISKIPL - WRITE A PROGRAM ONTO A DISK FOR IPL FROM IT'
***********************************************************************
* DISKIPL: IPLed from the 2540 reader, it writes a small program onto *
* cylinder 0, head 0 of the disk whose address is the word at X'F08' *
* (X'190', the first 2311, when it is zero), so that IPL from that    *
* disk runs it: record 1 holds the 24 bytes the IPL reads (the        *
* program's PSW and a CCW that reads the data of record 2), record 2  *
* the program (written with data chaining after its count). It reads *
* both records back and compares them, clears the program from       *
* storage (so only an IPL from the disk can bring it back), types     *
* what it did on the 1052 at X'01F' and stops in a disabled wait:     *
* X'000000' when all is well, else the failing step, X'68' after a    *
* program check. The program itself (PAYLOAD) types its own line and  *
* stops at X'000000' (X'0000EE' if the 1052 fails).                   *
***********************************************************************
         PRINT NOGEN
         REGEQU
         LOWCORE
         PRINT GEN
DISKIPL  CSECT
         USING LOWCORE,R0
BEGIN    BALR  R12,0
         USING *,R12
         MVC   PGMNPSW,=X'0002000000000068'
         MVC   EXTNPSW,=X'0002000000000058'
         L     R3,X'F08'          the drive
         LTR   R3,R3
         BNZ   HAVEDEV
         LA    R3,X'190'
HAVEDEV  LA    R4,X'01F'          the console
         RUNIO R3,WRITE,1,FAILED
         RUNIO R3,READ,2,FAILED
         LA    R9,3
         CLC   INR1,IPLREC1+8     the IPL record
         BNE   FAILED
         LA    R9,4
         L     R6,=A(PAYLOAD)
         CLC   0(PAYLEN,R6),INR2  the program
         BNE   FAILED
         XC    0(PAYLEN,R6),0(R6) gone from storage
         RUNIO R4,MSG,5,FAILED
         LPSW  DONEPSW
FAILED   ST    R9,FAILPSW+4       the step is the wait address
         LPSW  FAILPSW
*
         DS    0D
DONEPSW  DC    X'0002000000000000'
FAILPSW  DC    X'0002000000000000'
         LTORG
*
SEEK0    DC    X'000000000000'    BB CC HH
R0ID     DC    X'0000000000'      CC HH R
R1ID     DC    X'0000000001'
*
         DS    0D
WRITE    CCW   X'07',SEEK0,X'40',6          seek cylinder 0 head 0
         CCW   X'31',R0ID,X'40',5           search ID equal: R0
         CCW   X'08',*-8,0,0                until found
         CCW   X'1D',IPLREC1,X'40',8+24     write count and data: R1
         CCW   X'1D',R2COUNT,X'80',8        R2: its count, and
         CCW   X'1D',PAYLOAD,0,PAYLEN       data chained: the program
READ     CCW   X'07',SEEK0,X'40',6
         CCW   X'31',R1ID,X'40',5           search ID equal: R1
         CCW   X'08',*-8,0,0
         CCW   X'06',INR1,X'40',24          read data: R1
         CCW   X'06',INR2,0,PAYLEN          read data: R2
MSG      CCW   X'09',TEXT,X'20',L'TEXT      write, carrier return
*
* Record 1: its count, the IPL PSW (masks off, the program's entry),
* CCW 1 (read the data of the next record, R2, into place), CCW 2.
         DS    0D
IPLREC1  DC    X'0000000001',AL1(0),AL2(24)
         DC    X'00000000',A(PAYENTRY)
         CCW   X'06',PAYLOAD,X'20',PAYLEN
         DC    D'0'
R2COUNT  DC    X'0000000002',AL1(0),AL2(PAYLEN)
TEXT     DC    C'DISKIPL: PROGRAM WRITTEN TO THE DISK FOR IPL'
INR1     DS    CL24
INR2     DS    CL256              (the program is at most 256 bytes)
*
***********************************************************************
* PAYLOAD: what IPL from the disk loads and runs. Self-contained: no  *
* literals, its own base register, at most 256 bytes.                 *
***********************************************************************
PAYLOAD  CSECT
         USING LOWCORE,R0
PAYENTRY BALR  R12,0
         USING *,R12
         LA    R4,X'01F'
         RUNIO R4,PAYCCW,X'EE',PAYERR
         LPSW  PAYDONE
PAYERR   LPSW  PAYFAIL
         DS    0D
PAYDONE  DC    X'0002000000000000'
PAYFAIL  DC    X'00020000000000EE'
PAYCCW   CCW   X'09',PAYMSG,X'20',L'PAYMSG
PAYMSG   DC    C'HELLO FROM A PROGRAM LOADED FROM DISK BY IPL'
PAYLEN   EQU   *-PAYLOAD
         END   BEGIN
