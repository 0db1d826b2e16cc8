         TITLE 'VIOGUEST - A GUEST THAT DOES WRONG THINGS WITH I/O'
***********************************************************************
* VIOGUEST: a stand-alone program IPLed in a virtual machine under CP *
* (tests/e2e/s360_cp67_vio_guest.sh lays it on the user's minidisk    *
* 191) that gives CP channel programs and DIAGNOSEs no well-behaved   *
* guest would, and types on its console (009) what it got back: the  *
* condition codes, CSW status and sense bytes the architecture gives  *
* for each (docs/cp67.md "Virtual I/O"). It runs disabled and finds  *
* each ending with TEST I/O. Then it stops in a disabled wait: CP     *
* tells the user and goes on.                                         *
*   1 a seek past the minidisk's last cylinder                        *
*   2 a read into storage beyond the virtual machine's                *
*   3 a loop of NOP and TIC, stopped by HALT I/O                      *
*   4 a write to the read-only system disk (190)                      *
*   5 DIAGNOSE X'18' with a chain not on a doubleword, and with a     *
*     seek past the minidisk                                          *
*   6 a read of the program's own first record on the minidisk, into *
*     a buffer across a page boundary, by DIAGNOSE X'18'              *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PRINT GEN
* WRT text,length: a line on the console.
         MACRO
&L       WRT   &A,&N
&L       LA    R1,&A
         LA    R0,&N
         BAL   R14,WRITE
         MEND
*
GUEST    START X'1000'
         USING GUEST,R12
         BALR  R12,0
         BCTR  R12,0
         BCTR  R12,0
*
* 1: seek to cylinder 5 of a 5-cylinder minidisk: refused at once
* (cc 1, unit check), sense command reject.
         LA    R1,C1PROG
         LA    R2,X'191'
         BAL   R14,RUN
         MVC   OUT(2),=C'1 '
         BAL   R14,SENSE
         BAL   R14,REPORT
*
* 2: a read into X'7FF000', beyond the machine: program check.
         LA    R1,C2PROG
         LA    R2,X'191'
         BAL   R14,RUN
         MVC   OUT(2),=C'2 '
         BAL   R14,REPORT
*
* 3: NOP and TIC for ever: the device stays busy until HALT I/O.
         LA    R1,C3PROG
         ST    R1,X'48'
         LA    R2,X'191'
         SIO   0(R2)
         BAL   R14,CCOF
         STC   R0,SIOCC
         LA    R4,5
C3TIO    TIO   0(R2)              still busy after a while
         BAL   R14,CCOF
         STC   R0,TIOCC
         BCT   R4,C3TIO
         HIO   0(R2)
         BAL   R14,CCOF
         STC   R0,HIOCC
         BAL   R14,WAITEND
         MVC   OUT(2),=C'3 '
         BAL   R14,REPORT
*
* 4: seek, search and write on the read-only system disk: the write
* is refused: unit check, command reject.
         LA    R1,C4PROG
         LA    R2,X'190'
         BAL   R14,RUN
         MVC   OUT(2),=C'4 '
         BAL   R14,SENSE
         BAL   R14,REPORT
*
* 5: DIAGNOSE X'18' with the chain at an odd address: cc 2, R15 5;
* then a chain that seeks past the minidisk: cc 1, R15 4.
         LA    R6,X'191'
         LA    R8,D5PROG+4
         LA    R15,1
         DC    X'83680018'        DIAGNOSE R6,R8,X'18'
         BAL   R14,CCOF
         STC   R0,SIOCC
         STC   R15,TIOCC
         LA    R8,D5PROG
         LA    R15,1
         DC    X'83680018'
         BAL   R14,CCOF
         STC   R0,HIOCC
         STC   R15,CSW+4
         MVI   CSW+5,0
         MVC   OUT(2),=C'5 '
         BAL   R14,REPORT
*
* 6: record 1 of the minidisk's cylinder 0 head 1 (this program's
* first bytes: link360's volume) into a buffer across a page
* boundary, by DIAGNOSE X'18'.
         LA    R6,X'191'
         LA    R8,D6PROG
         LA    R15,1
         DC    X'83680018'
         BAL   R14,CCOF
         STC   R0,SIOCC
         MVI   TIOCC,0
         MVI   HIOCC,0
         MVC   CSW+4(2),=X'0000'
         L     R3,=A(BUF)         the same bytes as the program's
         CLC   0(16,R3),GUEST
         BE    *+8
         MVI   CSW+4,X'FF'
         MVC   OUT(2),=C'6 '
         BAL   R14,REPORT
*
         WRT   DONEMSG,L'DONEMSG
         LPSW  STOPPSW
*
***********************************************************************
* RUN: BAL R14. R1 -> channel program, R2 = device: SIO, and when it  *
* started, TIO until the ending. SIOCC; the CSW at X'40'.             *
***********************************************************************
RUN      ST    R14,RUNSAVE
         ST    R1,X'48'
         XC    X'40'(8),X'40'
         MVI   TIOCC,0
         MVI   HIOCC,0
         SIO   0(R2)
         BAL   R14,CCOF
         STC   R0,SIOCC
         MVC   CSW,X'40'          cc 1: the CSW is there
         CLI   SIOCC,0
         BNE   RUNRET
         BAL   R14,WAITEND
RUNRET   L     R14,RUNSAVE
         BR    R14
*
* WAITEND: BAL R14. TIO on R2 until cc 1 (the ending's CSW stored).
WAITEND  LA    R3,2000
WE1      TIO   0(R2)
         BC    4,WE2
         BCT   R3,WE1
WE2      MVC   CSW,X'40'
         BR    R14
*
* SENSE: BAL R14. A SENSE on R2: the first sense byte to SNS.
SENSE    ST    R14,SNSSAVE
         MVC   CSWKEEP,CSW
         MVC   SAVECC,SIOCC
         LA    R1,SNSPROG
         BAL   R14,RUN
         MVC   CSW,CSWKEEP
         MVC   SIOCC,SAVECC
         L     R14,SNSSAVE
         BR    R14
*
* CCOF: BAL R14. R0 = the condition code.
CCOF     LA    R0,0
         BCR   8,R14
         LA    R0,1
         BCR   4,R14
         LA    R0,2
         BCR   2,R14
         LA    R0,3
         BR    R14
*
* REPORT: BAL R14. "n CC s t h CSW uucc SNS ss" on the console.
REPORT   ST    R14,REPSAVE
         MVC   OUT+2(L'OUTT),OUTT
         IC    R0,SIOCC
         STC   R0,OUT+5
         OI    OUT+5,C'0'
         IC    R0,TIOCC
         STC   R0,OUT+7
         OI    OUT+7,C'0'
         IC    R0,HIOCC
         STC   R0,OUT+9
         OI    OUT+9,C'0'
         LA    R3,CSW+4
         LA    R4,OUT+15
         BAL   R14,HEX2
         LA    R3,CSW+5
         LA    R4,OUT+17
         BAL   R14,HEX2
         LA    R3,SNS
         LA    R4,OUT+24
         BAL   R14,HEX2
         WRT   OUT,26
         MVI   SNS,0
         L     R14,REPSAVE
         BR    R14
*
HEX2     SR    R15,R15
         IC    R15,0(,R3)
         SRL   R15,4
         IC    R15,HEXTAB(R15)
         STC   R15,0(,R4)
         SR    R15,R15
         IC    R15,0(,R3)
         N     R15,=F'15'
         IC    R15,HEXTAB(R15)
         STC   R15,1(,R4)
         BR    R14
*
* WRITE: R1 -> text, R0 = length: a line on the console (009).
WRITE    ST    R1,WRCCW
         MVI   WRCCW,X'09'
         STH   R0,WRCCW+6
         ST    R14,WRSAVE
         LA    R1,WRCCW
         LA    R2,X'009'
         BAL   R14,RUN
         L     R14,WRSAVE
         BR    R14

*
         LTORG
         DS    0D
STOPPSW  DC    X'0002000000000000'
C1PROG   CCW   X'07',C1SEEK,X'40',6
         CCW   X'03',0,X'20',1
C1SEEK   DC    X'000000050000'
         DS    0D
C2PROG   CCW   X'06',X'7FF000',X'20',80
         DS    0D
C3PROG   CCW   X'03',0,X'60',1
         CCW   X'08',C3PROG,0,0
C4PROG   CCW   X'07',C4SEEK,X'40',6
C4SRCH   CCW   X'31',C4SEEK+2,X'40',5
         CCW   X'08',C4SRCH,0,0
         CCW   X'05',BUF,X'20',80
C4SEEK   DC    X'0000000000000100'
         DS    0D
D5PROG   CCW   X'07',D5SEEK,X'40',6
D5SRCH   CCW   X'31',D5SEEK+2,X'40',5
         CCW   X'08',D5SRCH,0,0
         CCW   X'06',BUF,X'20',80
D5SEEK   DC    X'0000000500000100'
         DS    0D
D6PROG   CCW   X'07',D6SEEK,X'40',6
D6SRCH   CCW   X'31',D6SEEK+2,X'40',5
         CCW   X'08',D6SRCH,0,0
         CCW   X'06',BUF,X'20',800
D6SEEK   DC    X'0000000000010100'   seek 0 1, search 0 1 1
         DS    0D
SNSPROG  CCW   X'04',SNS,X'20',1
WRCCW    DC    X'0900000020000000'
CSW      DC    XL8'00'
CSWKEEP  DC    XL8'00'
RUNSAVE  DS    F
SNSSAVE  DS    F
REPSAVE  DS    F
WRSAVE   DS    F
SIOCC    DC    X'00'
TIOCC    DC    X'00'
HIOCC    DC    X'00'
SAVECC   DC    X'00'
SNS      DC    X'00'
OUT      DC    CL26' '
OUTT     DC    C'CC s t h CSW uucc SNS ss'
HEXTAB   DC    C'0123456789ABCDEF'
DONEMSG  DC    C'VIOGUEST DONE'
         ORG   GUEST+X'1F80'      the buffer across a page boundary
BUF      DS    800X
         END   GUEST
