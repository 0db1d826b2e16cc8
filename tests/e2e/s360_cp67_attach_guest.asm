         TITLE 'DEDGUEST - A GUEST THAT DRIVES A TAPE AND A READER'
***********************************************************************
* DEDGUEST: a stand-alone program that drives a 2400 tape at 181 and  *
* a 2540 reader at 00C itself and types on its console what the       *
* devices answered (docs/cp67.md "Dedicated devices"). It runs on the *
* bare 360 (console 01F) and in a CP-67 virtual machine with the real *
* devices ATTACHed (console 009); tests/e2e/s360_cp67_attach_run.py   *
* compares the two transcripts, which must be equal.                  *
*   W  write a record of 16000 bytes: its ending status               *
*   M  write a tape mark: it ends at channel end, the drive moves on: *
*      the status, then a START I/O at once (busy: cc 1, CSW status), *
*      then TEST I/O until the device end comes                       *
*   R  rewind: as M                                                   *
*   H  read the record, HALT I/O at once: HALT I/O's cc, the ending  *
*   F  read forward twice: the record's first bytes, then the tape    *
*      mark (unit exception)                                          *
*   C  read a card from the reader with none in it: unit check and    *
*      sense intervention required; then an enabled wait until the   *
*      reader is made ready (device end, no program running) and the *
*      card it then reads                                             *
* Each ending is found with TEST I/O (the program runs disabled, but  *
* for the wait of C). Then a disabled wait.                           *
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
* The console: 009 in a CMS-style virtual machine, else the 1052 01F.
         LA    R2,X'009'
         TIO   0(R2)
         BC    1,CONS1F
         B     CONSOK
CONS1F   LA    R2,X'01F'
CONSOK   STH   R2,CONS
         LA    R2,X'181'
*
* W: a record of 16000 bytes.
         LA    R1,WPROG
         BAL   R14,RUN
         MVC   OUT(2),=C'W '
         BAL   R14,REPORT
*
* M: a tape mark. Channel end first; a new START I/O while the drive
* moves is refused busy; device end comes by itself.
         LA    R1,MPROG
         BAL   R14,MOTION
         MVC   OUT(2),=C'M '
         BAL   R14,REPORT
*
* R: rewind, the same way.
         LA    R1,RPROG
         BAL   R14,MOTION
         MVC   OUT(2),=C'R '
         BAL   R14,REPORT
*
* H: read the long record and halt it at once.
         LA    R1,FPROG
         ST    R1,X'48'
         XC    X'40'(8),X'40'
         SIO   0(R2)
         BAL   R14,CCOF
         STC   R0,SIOCC
         HIO   0(R2)
         BAL   R14,CCOF
         STC   R0,TIOCC
         MVC   CSW,X'40'
         CLI   TIOCC,1            cc 1: the status stored is the end
         BE    H1
         BAL   R14,WAITEND
H1       MVC   OUT(2),=C'H '
         BAL   R14,REPORT
* Back to the start: rewind and its device end.
         LA    R1,RPROG
         BAL   R14,MOTION
*
* F: the record's first bytes, then the tape mark.
         MVC   BUF(8),=CL8' '
         LA    R1,FPROG
         BAL   R14,RUN
         MVC   OUT(2),=C'F '
         BAL   R14,REPORT
         WRT   BUF,8
         LA    R1,FPROG
         BAL   R14,RUN
         MVC   OUT(2),=C'F '
         BAL   R14,REPORT
*
* C: the reader with no cards: unit check, intervention required.
         LA    R2,X'00C'
         LA    R1,CPROG
         BAL   R14,RUN
         MVC   OUT(2),=C'C '
         BAL   R14,SENSE
         BAL   R14,REPORT
         WRT   WAITMSG,L'WAITMSG
* The enabled wait until the reader is ready: its device end.
         MVC   X'78'(8),IONEW
         XC    X'40'(8),X'40'
         LPSW  WAITPSW
IOINT    MVC   CSW,X'40'
         MVC   OUT(2),=C'D '
         MVI   SIOCC,0
         MVI   TIOCC,0
         MVI   SNS,0
         BAL   R14,REPORT
         LH    R0,X'3A'           the device that interrupted
         LA    R1,OUT
         BAL   R14,HEX3
         WRT   OUT,3
         LA    R2,X'00C'
         LA    R1,CPROG
         BAL   R14,RUN
         MVC   OUT(2),=C'C '
         BAL   R14,REPORT
         WRT   CARD,20
         WRT   DONEMSG,L'DONEMSG
         LPSW  DONEPSW
*
* RUN: BAL R14. R1 -> program, R2 = device: SIO; with cc 0 TEST I/O
* until the ending's CSW. SIOCC, CSW.
RUN      ST    R14,RUNSAVE
         ST    R1,X'48'
         XC    X'40'(8),X'40'
         MVI   TIOCC,0
         MVI   SNS,0
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
* MOTION: BAL R14. R1 -> a motion program (tape mark, rewind). Its
* first status (at SIO, cc 1, or by TEST I/O) into CSW; a second SIO
* of a NOP at once: its cc into TIOCC; then, unless that SIO's status
* had it, TEST I/O until the device end comes. CSW+2 gets the status
* of both or'ed (busy, device end: whether the device end came before
* the second SIO or after it depends on the time CP takes, and is not
* compared), the address bytes are not shown.
MOTION   ST    R14,MOSAVE
         BAL   R14,RUN
         XC    CSW+1(3),CSW+1
         XC    CSW+6(2),CSW+6
         LA    R1,NPROG
         ST    R1,X'48'
         XC    X'40'(8),X'40'
         SIO   0(R2)
         BAL   R14,CCOF
         STC   R0,TIOCC
         MVC   CSW+2(2),X'44'
         CLI   TIOCC,1
         BNE   MO2
         TM    X'44',X'04'        device end with the busy status: done
         BO    MO3
         BAL   R14,WAITDE
         OC    CSW+2(2),X'44'
         B     MO3
MO2      BAL   R14,WAITEND        (it started: its ending)
MO3      L     R14,MOSAVE
         BR    R14
*
* WAITDE: BAL R14. TEST I/O on R2 until its device end is taken.
WAITDE   L     R3,=F'20000'
WD1      XC    X'40'(8),X'40'
         TIO   0(R2)
         BC    8,WD2              cc 0: free, the device end was taken
         BC    4,WD3
         BCT   R3,WD1
         BR    R14
WD3      TM    X'44',X'04'
         BZ    WD1
WD2      BR    R14
*
* WAITEND: BAL R14. TIO on R2 until cc 1 (the ending's CSW stored).
WAITEND  L     R3,=F'20000'
WE1      TIO   0(R2)
         BC    4,WE2
         BCT   R3,WE1
WE2      MVC   CSW,X'40'
         BR    R14
*
* SENSE: BAL R14. A SENSE on R2: the first sense byte to SNS.
SENSE    ST    R14,SNSSAVE
         MVC   SAVECSW,CSW
         MVC   SAVECC,SIOCC
         LA    R1,SPROG
         BAL   R14,RUN
         MVC   CSW,SAVECSW
         MVC   SIOCC,SAVECC
         L     R14,SNSSAVE
         BR    R14
*
* CCOF: BAL R14. R0 = the condition code of the instruction before.
CCOF     LA    R0,0
         BCR   8,R14
         LA    R0,1
         BCR   4,R14
         LA    R0,2
         BCR   2,R14
         LA    R0,3
         BR    R14
*
* REPORT: BAL R14. 'x CC s t CSW uuuu/vvvv/wwww SNS nn': SIOCC, TIOCC,
* the CSW's status halfwords (bytes 4-5, 2-3 and 6-7), the sense.
REPORT   ST    R14,REPSAVE
         MVC   OUT+2(L'OUT-2),OUTPROTO
         IC    R0,SIOCC
         STC   R0,OUT+5
         OI    OUT+5,C'0'
         IC    R0,TIOCC
         STC   R0,OUT+7
         OI    OUT+7,C'0'
         LA    R3,CSW+4
         LA    R4,OUT+13
         BAL   R14,HEX2
         LA    R3,CSW+5
         LA    R4,OUT+15
         BAL   R14,HEX2
         LA    R3,CSW+2
         LA    R4,OUT+18
         BAL   R14,HEX2
         LA    R3,CSW+3
         LA    R4,OUT+20
         BAL   R14,HEX2
         LA    R3,CSW+6
         LA    R4,OUT+23
         BAL   R14,HEX2
         LA    R3,CSW+7
         LA    R4,OUT+25
         BAL   R14,HEX2
         LA    R3,SNS
         LA    R4,OUT+32
         BAL   R14,HEX2
         WRT   OUT,L'OUT
         L     R14,REPSAVE
         BR    R14
*
HEX2     SR    R15,R15
         IC    R15,0(,R3)
         SRL   R15,4
         IC    R15,HEXTAB(R15)
         STC   R15,0(,R4)
         IC    R15,0(,R3)
         N     R15,=F'15'
         IC    R15,HEXTAB(R15)
         STC   R15,1(,R4)
         BR    R14
*
* HEX3: R0 = a device address, R1 -> where its three digits go.
HEX3     LA    R3,3
         LA    R1,2(,R1)
HX1      LR    R15,R0
         N     R15,=F'15'
         IC    R15,HEXTAB(R15)
         STC   R15,0(,R1)
         SRL   R0,4
         BCTR  R1,0
         BCT   R3,HX1
         BR    R14
*
* WRITE: BAL R14. R1 -> text, R0 = length: typed on the console.
WRITE    ST    R1,WRCCW
         MVI   WRCCW,X'09'
         STH   R0,WRCCW+6
         LA    R1,WRCCW
         ST    R1,X'48'
         LH    R1,CONS
         SIO   0(R1)
WR1      TIO   0(R1)
         BC    2,WR1
         BC    4,WR1              (the ending's CSW: taken)
         BR    R14
*
         LTORG
         DS    0D
WPROG    CCW   X'01',BUF,X'00',16000     write
MPROG    CCW   X'1F',0,X'20',1           write tape mark
RPROG    CCW   X'07',0,X'20',1           rewind
NPROG    CCW   X'03',0,X'20',1           no-operation
FPROG    CCW   X'02',BUF,X'20',16000     read
CPROG    CCW   X'02',CARD,X'00',80       read a card
SPROG    CCW   X'04',SNS,X'20',1         sense
WRCCW    CCW   X'09',0,X'20',1
IONEW    DC    X'00000000',A(IOINT)
WAITPSW  DC    X'FE02000000000000'       enabled wait: I/O on
DONEPSW  DC    X'0002000000000000'       disabled wait: done
RUNSAVE  DS    F
MOSAVE   DS    F
SNSSAVE  DS    F
REPSAVE  DS    F
CSW      DS    D
SAVECSW  DS    D
CONS     DS    H
SIOCC    DS    X
TIOCC    DS    X
SAVECC   DS    X
SNS      DS    X
OUT      DC    CL34' '
OUTPROTO DC    CL32'CC . . CSW ..../..../.... SNS ..'
WAITMSG  DC    C'WAITING FOR CARDS'
DONEMSG  DC    C'DEDGUEST DONE'
HEXTAB   DC    C'0123456789ABCDEF'
CARD     DC    CL80' '
BUF      DC    C'REC1    '
         DS    2000D
         END   GUEST
