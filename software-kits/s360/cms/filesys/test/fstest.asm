         TITLE 'FSTEST - THE CMS FILE SYSTEM ON THE BARE MACHINE'
***********************************************************************
* FSTEST: a stand-alone test of the file system modules (filesys/),   *
* IPLed from the 2540 reader without the nucleus: it stands in for    *
* the nucleus's WAITDEV (the same interface: R1 = device, returns at  *
* the ending with R15 = unit status * 256 + channel status; here by   *
* TEST I/O with I/O interruptions masked) and GETDT (a fixed date,    *
* 12/06/26 12:34:56), and types on the 1052 at X'01F'.                *
*                                                                     *
* The disks, made by cmsvol (tests/e2e/cms_filesys.cmake):            *
*   190 S  system disk (read-only): HELLO EXEC, BIG DATA (1000 card   *
*          images RECORD 0001 ...), VAR DATA (variable records)       *
*   230 A  an empty 2314 user disk                                    *
*   191 B  a one-cylinder 2311 holding KEEP DATA, filled until full   *
* It reads the S files (search order, item numbers, a second chain    *
* link, variable records), writes, appends to, rewrites, copies and   *
* erases files on A, releases and accesses A again to read them from  *
* the disk, checks the return codes of bad requests, and fills B.     *
* cmsvol then checks on the host what it left on A and B. Each step   *
* types a line; the end is a disabled wait at X'000000' ("FSTEST: ALL *
* DONE"), or at the failing step's number with "FSTEST: STEP nn       *
* FAILED RC=rr" typed, X'68' after a program check.                   *
***********************************************************************
         PRINT NOGEN
         REGEQU
         LOWCORE
         FSCB
         PRINT GEN
*
* CALLF function,plist: calls a file system routine as SVC 202 would.
         MACRO
&L       CALLF &F,&P
&L       LA    R1,&P
         L     R15,=V(&F)
         BALR  R14,R15
         MEND
* EXPECT rc,step: the return code must be rc, else the step failed.
         MACRO
&L       EXPECT &RC,&STEP
&L       LA    R9,&STEP
         C     R15,=F'&RC'
         BNE   FAILED
         MEND
* SAY 'text': types a line.
         MACRO
&L       SAY   &T
         LCLC  &N
&N       SETC  'SAY&SYSNDX'
&L       L     R1,=A(&N)
         LA    R2,L'&N
         BAL   R14,TYPE
TEXTS    CSECT
&N       DC    C&T
FSTEST   CSECT
         MEND
*
FSTEST   CSECT
         USING LOWCORE,R0
BEGIN    BALR  R12,0
         USING *,R12,R11
         LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         MVC   PGMNPSW,=X'0002000000000068'
         MVC   EXTNPSW,=X'0002000000000058'
         LA    R13,SAVE
         L     R0,=A(FREEAREA)    free storage for the directories (no
         L     R1,=A(FREEEND)     high area: no user area here)
         SR    R2,R2
         L     R15,=V(FREEINIT)
         BALR  R14,R15
         SAY   'FSTEST: THE CMS FILE SYSTEM WITHOUT THE NUCLEUS'
*
* 1. The disks.
         LA    R0,X'190'
         LA    R1,C'S'
         LA    R2,X'40'           the system disk: read-only
         L     R15,=V(ACCDISK)
         BALR  R14,R15
         EXPECT 0,1
         LA    R0,X'230'
         LA    R1,C'A'
         SR    R2,R2
         L     R15,=V(ACCDISK)
         BALR  R14,R15
         EXPECT 0,2
         LA    R0,X'191'
         LA    R1,C'B'
         SR    R2,R2
         L     R15,=V(ACCDISK)
         BALR  R14,R15
         EXPECT 0,3
         SAY   'FSTEST: DISKS S A B ACCESSED'
*
* 2. HELLO EXEC from the search order: every record typed.
HELLOLP  CALLF RDBUF,RDHELLO
         C     R15,=F'12'         end of file
         BE    HELLOEND
         EXPECT 0,4
         LA    R1,BUF
         L     R2,RDHELLO+FSCBNORD-FSCBD
         BAL   R14,TYPETRIM
         B     HELLOLP
HELLOEND CALLF FINIS,RDHELLO
         EXPECT 0,5
*
* 3. BIG DATA: item 1000 (through the second chain link), item 61.
         MVC   RDBIG+FSCBITNO-FSCBD(2),=H'1000'
         CALLF RDBUF,RDBIG
         EXPECT 0,6
         LA    R1,BUF
         LA    R2,80
         BAL   R14,TYPETRIM
         MVC   RDBIG+FSCBITNO-FSCBD(2),=H'61'
         CALLF RDBUF,RDBIG
         EXPECT 0,7
         LA    R1,BUF
         LA    R2,80
         BAL   R14,TYPETRIM
         CALLF FINIS,RDBIG
         EXPECT 0,8
*
* 4. VAR DATA: its variable records, item 3 then item 1 (backwards).
         MVC   RDVAR+FSCBITNO-FSCBD(2),=H'3'
         CALLF RDBUF,RDVAR
         EXPECT 0,9
         LA    R1,BUF
         L     R2,RDVAR+FSCBNORD-FSCBD
         BAL   R14,TYPE
         MVC   RDVAR+FSCBITNO-FSCBD(2),=H'1'
         CALLF RDBUF,RDVAR
         EXPECT 0,10
         LA    R1,BUF
         L     R2,RDVAR+FSCBNORD-FSCBD
         BAL   R14,TYPE
         CALLF FINIS,RDVAR
         EXPECT 0,11
*
* 5. NEW FILE A: three records, then one appended, then the second
*    rewritten, each time closed.
         MVC   BUF(80),=CL80'LINE ONE'
         CALLF WRBUF,WRNEW
         EXPECT 0,12
         MVC   BUF(80),=CL80'LINE TWO'
         CALLF WRBUF,WRNEW
         EXPECT 0,13
         MVC   BUF(80),=CL80'LINE THREE'
         CALLF WRBUF,WRNEW
         EXPECT 0,14
         CALLF FINIS,WRNEW
         EXPECT 0,15
         MVC   BUF(80),=CL80'LINE FOUR'
         CALLF WRBUF,WRNEW
         EXPECT 0,16
         CALLF FINIS,WRNEW
         EXPECT 0,17
         MVC   BUF(80),=CL80'LINE 2 CHANGED'
         MVC   WRNEW+FSCBITNO-FSCBD(2),=H'2'
         CALLF WRBUF,WRNEW
         EXPECT 0,18
         CALLF FINIS,WRNEW
         EXPECT 0,19
         SAY   'FSTEST: NEW FILE A WRITTEN, EXTENDED AND CHANGED'
*
* 6. COPY DATA A: BIG DATA copied record by record (100 blocks).
COPYLP   CALLF RDBUF,RDBIG2
         C     R15,=F'12'
         BE    COPYEND
         EXPECT 0,20
         CALLF WRBUF,WRCOPY
         EXPECT 0,21
         B     COPYLP
COPYEND  CALLF FINIS,RDBIG2
         EXPECT 0,22
         CALLF FINIS,WRCOPY
         EXPECT 0,23
         SAY   'FSTEST: BIG DATA COPIED TO COPY DATA A'
*
* 7. VAR FILE A: variable records of 1 to 5 bytes.
         LA    R7,1
VARLP    STC   R7,VARLEN+3
         MVC   WRVAR+FSCBSIZE-FSCBD(4),VARLEN
         MVC   BUF(5),=C'VVVVV'
         CALLF WRBUF,WRVAR
         EXPECT 0,24
         LA    R7,1(,R7)
         CH    R7,=H'5'
         BNH   VARLP
         CALLF FINIS,WRVAR
         EXPECT 0,25
*
* 8. TEMP FILE A: written, erased, gone.
         MVC   BUF(80),=CL80'SOON GONE'
         CALLF WRBUF,WRTEMP
         EXPECT 0,26
         CALLF FINIS,WRTEMP
         EXPECT 0,27
         CALLF STATE,WRTEMP
         EXPECT 0,28
         CALLF ERASE,WRTEMP
         EXPECT 0,29
         CALLF STATE,WRTEMP
         EXPECT 28,30
         SAY   'FSTEST: TEMP FILE A WRITTEN AND ERASED'
*
* 9. What must be refused.
         CALLF WRBUF,WRSYS        the read-only system disk
         EXPECT 12,31
         CALLF RDBUF,RDNOPE       no such file
         EXPECT 1,32
         CALLF ERASE,RDNOPE
         EXPECT 28,33
         CALLF STATE,STNOQ        no Q disk
         EXPECT 36,34
         CALLF FINIS,RDNOPE       not open
         EXPECT 6,35
         SAY   'FSTEST: BAD REQUESTS REFUSED'
*
* 10. A again from the disk: RELEASE, ACCESS, read NEW FILE.
         LA    R1,C'A'
         L     R15,=V(RELDISK)
         BALR  R14,R15
         EXPECT 0,36
         CALLF STATE,RDNEW
         EXPECT 36,37
         LA    R0,X'230'
         LA    R1,C'A'
         SR    R2,R2
         L     R15,=V(ACCDISK)
         BALR  R14,R15
         EXPECT 0,38
NEWLP    CALLF RDBUF,RDNEW
         C     R15,=F'12'
         BE    NEWEND
         EXPECT 0,39
         LA    R1,BUF
         LA    R2,80
         BAL   R14,TYPETRIM
         B     NEWLP
NEWEND   CALLF FINIS,RDNEW
         EXPECT 0,40
*
* 11. B filled: 800-byte records until the disk is full (13), which
*     gives the file up; KEEP DATA stays (cmsvol checks).
         LA    R7,100
FILLLP   CALLF WRBUF,WRFILL
         C     R15,=F'13'
         BE    FILLFULL
         EXPECT 0,41
         BCT   R7,FILLLP
         LA    R9,42              never full
         B     FAILED
FILLFULL CALLF FINIS,WRFILL       given up: not open
         EXPECT 6,43
         CALLF STATE,WRFILL
         EXPECT 28,44
         CALLF STATE,STKEEP
         EXPECT 0,45
*
* 12. A file whose blocks fit but whose directory does not: 30 blocks
*     of data leave no room at FINIS for the FCL, FST and QMSK copies;
*     FINIS says disk full (13) and B keeps what it had.
         LA    R7,30
FILL2LP  CALLF WRBUF,WRFILL2
         EXPECT 0,46
         BCT   R7,FILL2LP
         CALLF FINIS,WRFILL2
         EXPECT 13,47
         CALLF STATE,WRFILL2
         EXPECT 28,48
         CALLF STATE,STKEEP
         EXPECT 0,49
         SAY   'FSTEST: DISK B FULL, KEEP DATA KEPT'
         SAY   'FSTEST: ALL DONE'
         LPSW  DONEPSW
*
* A step failed: its number and the return code, then a wait at the
* step's number.
FAILED   CVD   R9,DEC
         UNPK  FAILSTEP,DEC+6(2)
         OI    FAILSTEP+1,X'F0'
         CVD   R15,DEC
         UNPK  FAILRC,DEC+6(2)
         OI    FAILRC+1,X'F0'
         LA    R1,FAILMSG
         LA    R2,L'FAILMSG
         BAL   R14,TYPE
         ST    R9,FAILPSW+4
         LPSW  FAILPSW
*
***********************************************************************
* TYPE: R1 -> text, R2 = length: a line on the 1052.                  *
* TYPETRIM: the same without its trailing blanks.                     *
***********************************************************************
TYPETRIM LTR   R2,R2
         BNP   TYPE
         LA    R3,0(R1,R2)
         BCTR  R3,0
         CLI   0(R3),C' '
         BNE   TYPE
         BCTR  R2,0
         B     TYPETRIM
TYPE     ST    R14,TYR14
         LTR   R2,R2
         BP    *+8
         LA    R2,1               an empty line: one blank
         STH   R2,TYPECCW+6
         ST    R1,TYWORK
         MVC   TYPECCW+1(3),TYWORK+1
         LA    R1,TYPECCW
         ST    R1,CAW
         SIO   X'01F'
         BC    B'0001',TYRET      not there: nothing typed
         LA    R1,X'01F'
         L     R15,=V(WAITDEV)
         BALR  R14,R15
TYRET    L     R14,TYR14
         BR    R14
*
***********************************************************************
* WAITDEV stand-in: R1 = device; TEST I/O until its ending comes.     *
* R15 = unit status * 256 + channel status of the ending.             *
***********************************************************************
WAITDEV  STM   R14,R12,12(R13)
         BALR  R10,0
         USING *,R10
         SR    R4,R4              status gathered
WDLOOP   TIO   0(R1)
         BC    B'0010',WDLOOP     CC 2: still working
         BC    B'1001',WDEND      CC 0 or 3: nothing more
         SR    R3,R3              CC 1: status stored
         IC    R3,CSW+4
         SLL   R3,8
         IC    R3,CSW+5
         OR    R4,R3
         TM    CSW+4,X'07'        device end, unit check or exception
         BZ    WDLOOP
WDEND    LR    R15,R4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
         DROP  R10
*
* GETDT stand-in: R0 = X'00MMDDYY', R1 = X'00HHMMSS'.
         USING GETDT,R15
GETDT    L     R0,=X'00120626'
         L     R1,=X'00123456'
         BR    R14
         DROP  R15
         ENTRY WAITDEV,GETDT
*
         LTORG
         DS    0D
DONEPSW  DC    X'0002000000000000'
FAILPSW  DC    X'0002000000000000'
TYPECCW  CCW   X'09',0,X'20',1    write, carrier return
DEC      DS    D
TYWORK   DS    F
TYR14    DS    F
VARLEN   DC    F'0'
FAILMSG  DS    0CL30
         DC    C'FSTEST: STEP '
FAILSTEP DC    C'NN'
         DC    C' FAILED RC='
FAILRC   DC    C'RR'
         DC    C'  '
*
* The parameter lists.
RDHELLO  FSCB  RDBUF,HELLO,EXEC,*,BUFFER=BUF,BSIZE=80
RDBIG    FSCB  RDBUF,BIG,DATA,*,BUFFER=BUF,BSIZE=80
RDBIG2   FSCB  RDBUF,BIG,DATA,S,BUFFER=BUF,BSIZE=80
RDVAR    FSCB  RDBUF,VAR,DATA,*,BUFFER=BUF,BSIZE=80,RECFM=V
WRNEW    FSCB  WRBUF,NEW,FILE,A1,BUFFER=BUF,BSIZE=80
RDNEW    FSCB  RDBUF,NEW,FILE,A,BUFFER=BUF,BSIZE=80
WRCOPY   FSCB  WRBUF,COPY,DATA,A1,BUFFER=BUF,BSIZE=80
WRVAR    FSCB  WRBUF,VAR,FILE,A1,BUFFER=BUF,BSIZE=0,RECFM=V
WRTEMP   FSCB  WRBUF,TEMP,FILE,A1,BUFFER=BUF,BSIZE=80
WRSYS    FSCB  WRBUF,X,FILE,S,BUFFER=BUF,BSIZE=80
RDNOPE   FSCB  RDBUF,NOPE,FILE,A,BUFFER=BUF,BSIZE=80
STNOQ    FSCB  STATE,X,Y,Q
STKEEP   FSCB  STATE,KEEP,DATA,B
WRFILL   FSCB  WRBUF,FILL,DATA,B1,BUFFER=BUF,BSIZE=800
WRFILL2  FSCB  WRBUF,FILL2,DATA,B1,BUFFER=BUF,BSIZE=800
SAVE     DS    18F
BUF      DC    800C'F'
* The free storage the file system's directories are read into.
FREESTG  CSECT
FREEAREA DS    8192D
FREEEND  EQU   *
         END   BEGIN
