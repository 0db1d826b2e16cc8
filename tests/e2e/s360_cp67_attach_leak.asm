         TITLE 'LEAKGST - A GUEST LOGGED OFF WHILE ITS TAPE READS'
***********************************************************************
* LEAKGST: writes a 65,535-byte block on the tape at 181, rewinds,    *
* says READING on its console (009) and starts reading the block back *
* - sixteen pages fixed for 66 milliseconds - then loops. The         *
* operator logs off meanwhile (tests/e2e/s360_cp67_attach_leak.ini):  *
* the pages are still fixed for the real channel when the user's      *
* storage goes, and must come back to CP when the read ends.          *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PRINT GEN
GUEST    START X'1000'
         USING GUEST,R12
         BALR  R12,0
         BCTR  R12,0
         BCTR  R12,0
         LA    R2,X'181'
         LA    R1,WPROG           the block
         BAL   R14,RUN
         LA    R1,RPROG           rewind; its device end
         BAL   R14,RUN
WAITDE   TIO   0(R2)
         BC    7,WAITDE
         LA    R1,MSGCCW          READING
         ST    R1,X'48'
         LA    R1,X'009'
         SIO   0(R1)
CONSW    TIO   0(R1)
         BC    7,CONSW
         LA    R1,FPROG           the read, and no waiting for it
         ST    R1,X'48'
         SIO   0(R2)
LOOP     B     LOOP
*
* RUN: BAL R14. R1 -> program on R2: SIO, TEST I/O until it ends.
RUN      ST    R1,X'48'
         SIO   0(R2)
RUN1     TIO   0(R2)
         BC    2,RUN1
         BCR   8,R14
         B     RUN1
*
         DS    0D
WPROG    CCW   X'01',X'10000',X'20',65535
RPROG    CCW   X'07',0,X'20',1
FPROG    CCW   X'02',X'10000',X'20',65535
MSGCCW   CCW   X'09',MSG,X'20',L'MSG
MSG      DC    C'READING'
         END   GUEST
