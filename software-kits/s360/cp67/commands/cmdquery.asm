         TITLE 'CMDQUERY - THE QUERY COMMAND'
***********************************************************************
* CMDQUERY: QUERY (docs/cp67.md "Commands"; User's Guide GH20-0859,   *
* QUERY; the response forms are VM/370's CP Command Reference's where *
* CP-67's manual we have does not show them):                         *
*   QUERY USERS     how many users are logged on                      *
*   QUERY NAMES     who, and at which terminal (DSC: disconnected)    *
*   QUERY TIME      the time and date, the session's times            *
*   QUERY userid    where that user is, or that it is not logged on   *
* Command routine: R11 -> VMBLOK, R10 -> TRMBLOK, R1 -> CMDPARM.      *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         TRMBLOK
         USRBLOK
         CMDPARM
         PRINT GEN
CMDQUERY CSECT
         USING PSA,0
         ENTRY QUERY
QUERY    ENTER BASE=CMDQUERY
         LR    R9,R1
         USING CMDPARM,R9
         CLC   CMDNTOK,=H'2'
         BL    QMISSING
         LH    R2,CMDTOKL+2           the operand as typed
         BCTR  R2,0
         CH    R2,=H'7'
         BH    QUSERID
         EX    R2,CMPUSERS
         BE    QUSERS
         EX    R2,CMPNAMES
         BE    QNAMES
         EX    R2,CMPTIME
         BE    QTIME
         B     QUSERID
*
* QUERY USERS: nnnn USERS.
QUSERS   L     R2,PSAVMCHN
         SR    R3,R3
QUSLOOP  LTR   R2,R2
         BZ    QUSTYPE
         LA    R3,1(,R3)
         L     R2,VMNEXT-VMBLOK(,R2)
         B     QUSLOOP
QUSTYPE  CVD   R3,DECWORK
         UNPK  MSGUSERS(4),DECWORK+5(3)
         OI    MSGUSERS+3,X'F0'
         LA    R1,MSGUSERS
         LA    R0,L'MSGUSERS
         CALL  TRMWRITE
         LEAVE RC=0
*
* QUERY NAMES: four to a line, 'userid   - cuu', commas between.
QNAMES   L     R2,PSAVMCHN
QNLINE   MVI   LINE,C' '
         MVC   LINE+1(L'LINE-1),LINE
         LA    R4,LINE
         LA    R5,4                   names on this line
QNNEXT   LTR   R2,R2
         BZ    QNFLUSH
         C     R5,=F'4'
         BE    QNFIRST
         MVC   0(2,R4),=C', '
         LA    R4,2(,R4)
QNFIRST  BAL   R14,WHERE
         LA    R4,14(,R4)
         L     R2,VMNEXT-VMBLOK(,R2)
         BCT   R5,QNNEXT
         BAL   R14,QNTYPE
         B     QNLINE
QNFLUSH  C     R5,=F'4'
         BE    QNDONE
         BAL   R14,QNTYPE
QNDONE   LEAVE RC=0
QNTYPE   ST    R14,QNRET
         LA    R1,LINE
         LR    R0,R4
         SR    R0,R1
         CALL  TRMWRITE
         L     R14,QNRET
         BR    R14
*
* WHERE (internal): R2 -> VMBLOK, R4 -> 14 bytes: 'userid   - cuu'
* (DSC for a user without a terminal).
WHERE    MVC   0(8,R4),VMUSER-VMBLOK(R2)
         MVC   8(3,R4),=C' - '
         MVC   11(3,R4),=C'DSC'
         L     R1,VMTERM-VMBLOK(,R2)
         LTR   R1,R1
         BZR   R14
         ST    R14,WHERERET
         LH    R0,TRMADDR-TRMBLOK(,R1)
         LA    R1,11(,R4)
         ST    R2,WHERER2
         LA    R2,3
         CALL  CMDHEXOT
         L     R2,WHERER2
         L     R14,WHERERET
         BR    R14
*
* QUERY TIME: TIME IS hh:mm:ss mm/dd/yy, then the session's times.
QTIME    LA    R1,MSGTIME+8
         CALL  CMDTOD
         LA    R1,MSGTIME
         LA    R0,L'MSGTIME
         CALL  TRMWRITE
         USING VMBLOK,R11
         L     R2,VMUSRX
         USING USRBLOK,R2
         CALL  CMDNOW
         S     R0,USRLOGT
         BNM   QTCONN
         A     R0,=A(24*60*60*300)
QTCONN   LA    R1,MSGTIMES+9
         CALL  CMDHMS
         L     R0,VMVTIME
         LA    R1,MSGTIMES+27
         CALL  CMDCPUT
         L     R0,VMCPUTM
         LA    R1,MSGTIMES+45
         CALL  CMDCPUT
         LA    R1,MSGTIMES
         LA    R0,MSGTIMEL
         CALL  TRMWRITE
         LEAVE RC=0
         DROP  R2,R11
*
* QUERY userid.
QUSERID  LA    R1,CMDTOK+8
         CALL  CMDFINDU
         LTR   R2,R1
         BZ    QNOTON
         LA    R4,LINE
         BAL   R14,WHERE
         LA    R1,LINE
         LA    R0,14
         CALL  TRMWRITE
         LEAVE RC=0
QNOTON   MVC   MSGNOTON+11(8),CMDTOK+8
         LA    R1,MSGNOTON
         LA    R0,L'MSGNOTON
         CALL  TRMWRITE
         LEAVE RC=45
QMISSING LA    R1,MSGMISS
         LA    R0,L'MSGMISS
         CALL  TRMWRITE
         LEAVE RC=26
*
CMPUSERS CLC   CMDTOK+8(0),=C'USERS'
CMPNAMES CLC   CMDTOK+8(0),=C'NAMES'
CMPTIME  CLC   CMDTOK+8(0),=C'TIME'
         DROP  R9
*
         DS    0D
DECWORK  DS    D
QNRET    DS    A
WHERERET DS    A
WHERER2  DS    A
MSGUSERS DC    C'NNNN USERS'
MSGTIME  DC    C'TIME IS HH:MM:SS MM/DD/YY'
MSGTIMES DC    C'CONNECT= HH:MM:SS VIRTCPU= MMM:SS.HH'
         DC    C' TOTCPU= MMM:SS.HH'
MSGTIMEL EQU   *-MSGTIMES
MSGNOTON DC    C'DMKQRY045E XXXXXXXX NOT LOGGED ON'
MSGMISS  DC    C'DMKQRY026E OPERAND MISSING OR INVALID'
LINE     DS    CL80
         LTORG
         END
