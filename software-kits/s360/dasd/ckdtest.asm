         TITLE 'CKDTEST - FORMAT, WRITE AND READ BACK A CKD TRACK'
***********************************************************************
* CKDTEST: a channel-program test of a 2311 or 2314 disk. IPLed from  *
* the 2540 reader, it works on the drive whose address is the word at *
* X'F08' (X'230', the first 2314, when it is zero) and on cylinder 2, *
* head 3. With the word at X'F00' zero it formats the track (search   *
* ID equal on R0, write count, key and data of R1-R3: 8-byte keys and *
* 100-byte data), rewrites R2's data (search ID equal, write data),   *
* then reads everything back; with X'F00' nonzero it only reads back  *
* (a volume written by an earlier run). Reading back: search ID equal *
* on R1, read key and data, read data of R2, read count of R3, and a  *
* search key equal for R3's key with read data, each compared with    *
* what was written. It types the result on the 1052 at X'01F' and    *
* ends in a disabled wait: address X'000000' when all is well, else  *
* the number of the failing step (below), X'68' after a program check.*
***********************************************************************
         PRINT NOGEN
         REGEQU
         LOWCORE
         PRINT GEN
CKDTEST  CSECT
         USING LOWCORE,R0
BEGIN    BALR  R12,0
         USING *,R12
         MVC   PGMNPSW,=X'0002000000000068'
         MVC   EXTNPSW,=X'0002000000000058'
         L     R3,X'F08'          the drive
         LTR   R3,R3
         BNZ   HAVEDEV
         LA    R3,X'230'
HAVEDEV  LA    R4,X'01F'          the console
         L     R5,X'F00'
         LTR   R5,R5
         BNZ   READBACK           read only
* Step 1: format the track; step 2: rewrite R2's data.
         RUNIO R3,FORMAT,1,FAILED
         RUNIO R3,UPDATE,2,FAILED
* Step 3: read R1's key and data, R2's data and R3's count.
READBACK RUNIO R3,READ,3,FAILED
         LA    R9,4
         CLC   IN1,REC1+8         key and data of R1
         BNE   FAILED
         LA    R9,5
         CLC   IN2,NEWDATA        R2's data as rewritten
         BNE   FAILED
         LA    R9,6
         CLC   IN3,REC3           R3's count field
         BNE   FAILED
* Step 7: search key equal for R3's key, then its data.
         RUNIO R3,BYKEY,7,FAILED
         LA    R9,8
         CLC   IN4,REC3+16        R3's data
         BNE   FAILED
         LTR   R5,R5
         BNZ   SAYREAD
         RUNIO R4,MSGWROTE,9,FAILED
         LPSW  DONEPSW
SAYREAD  RUNIO R4,MSGREAD,9,FAILED
         LPSW  DONEPSW
FAILED   ST    R9,FAILPSW+4       the step is the wait address
         LPSW  FAILPSW
*
         DS    0D
DONEPSW  DC    X'0002000000000000'
FAILPSW  DC    X'0002000000000000'
         LTORG
*
* Seek address (BB CC HH) and record identifiers (CC HH R).
SEEKADR  DC    X'000000020003'
R0ID     DC    X'0002000300'
R1ID     DC    X'0002000301'
R2ID     DC    X'0002000302'
*
* The channel programs. A satisfied search presents status modifier,
* which skips the TIC that would repeat it.
         DS    0D
FORMAT   CCW   X'07',SEEKADR,X'40',6        seek
         CCW   X'31',R0ID,X'40',5           search ID equal: R0
         CCW   X'08',*-8,0,0                until found
         CCW   X'1D',REC1,X'40',116         write count, key, data: R1
         CCW   X'1D',REC2,X'40',116         R2
         CCW   X'1D',REC3,0,116             R3
UPDATE   CCW   X'07',SEEKADR,X'40',6
         CCW   X'31',R2ID,X'40',5           search ID equal: R2
         CCW   X'08',*-8,0,0
         CCW   X'05',NEWDATA,0,100          write data
READ     CCW   X'07',SEEKADR,X'40',6
         CCW   X'31',R1ID,X'40',5           search ID equal: R1
         CCW   X'08',*-8,0,0
         CCW   X'0E',IN1,X'40',108          read key and data: R1
         CCW   X'06',IN2,X'40',100          read data: R2
         CCW   X'12',IN3,0,8                read count: R3
BYKEY    CCW   X'07',SEEKADR,X'40',6
         CCW   X'29',REC3+8,X'40',8         search key equal: R3's key
         CCW   X'08',*-8,0,0
         CCW   X'06',IN4,0,100              read data
MSGWROTE CCW   X'09',TWROTE,X'20',L'TWROTE  write, carrier return
MSGREAD  CCW   X'09',TREAD,X'20',L'TREAD
*
* The records as written: count (CC HH R KL DL), key, data.
REC1     DC    X'0002000301',AL1(8),AL2(100),CL8'KEYONE'
         DC    CL100'THE FIRST RECORD OF CYLINDER 2 HEAD 3'
REC2     DC    X'0002000302',AL1(8),AL2(100),CL8'KEYTWO'
         DC    CL100'THE SECOND RECORD, SOON REWRITTEN'
REC3     DC    X'0002000303',AL1(8),AL2(100),CL8'KEYTHREE'
         DC    CL100'THE THIRD RECORD, FOUND BY ITS KEY'
NEWDATA  DC    CL100'THE SECOND RECORD AS REWRITTEN BY WRITE DATA'
TWROTE   DC    C'CKDTEST: TRACK FORMATTED, WRITTEN AND READ BACK'
TREAD    DC    C'CKDTEST: TRACK READ BACK AS WRITTEN'
*
* Where the records are read to.
IN1      DS    CL108
IN2      DS    CL100
IN3      DS    CL8
IN4      DS    CL100
         END   BEGIN
