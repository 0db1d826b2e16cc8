         TITLE 'CMDQUERY - THE QUERY COMMAND'
***********************************************************************
* CMDQUERY: QUERY (docs/cp67.md "Commands"; User's Guide GH20-0859,   *
* QUERY; the response forms are VM/370's CP Command Reference's where *
* CP-67's manual we have does not show them):                         *
*   QUERY USERS     how many users are logged on                      *
*   QUERY NAMES     who, and at which terminal (DSC: disconnected)    *
*   QUERY TIME      the time and date, the session's times            *
*   QUERY STATS [userid]  what CP did for the virtual machine (the    *
*                   kernel's STATBLOK; another user's: classes A, E): *
*                   the privileged instructions simulated, by kind,   *
*                   DIAGNOSE by code, CCWs translated, page faults,   *
*                   pages read and written, virtual interruptions     *
*   QUERY VIRTUAL [cuu]  the virtual machine's storage and devices    *
*                   (cmdqvirt)                                        *
*   QUERY FILES, READER (RDR), PRINTER (PRT), PUNCH (PUN): the spool  *
*                   files (cp-vio's SPQUERY, spool/splcmd)            *
*   QUERY PAGING    (classes A, B) the paging device, its pages       *
*                   (slots) and those in use, the pages read and      *
*                   written since IPL                                 *
*   QUERY userid    where that user is, or that it is not logged on   *
*   QUERY cuu       (classes A, B) a real device: its kind, address   *
*                   and state: DASD 230 CPSYS1 CP, LINE 0C0 USER1,    *
*                   LINE 0C2 ENABLED, CONS 01F OPERATOR, PRT 00E ...  *
*                   (an operand of 1-3 hex digits is a device for     *
*                   them, a user id for the others)                   *
* Command routine: R11 -> VMBLOK, R10 -> TRMBLOK, R1 -> CMDPARM.      *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         RDEVBLOK
         TRMBLOK
         USRBLOK
         STATBLOK
         CMDPARM
         PRINT GEN
CMDQUERY CSECT
         USING PSA,0
         ENTRY QUERY
         EXTRN PAGRDS,PAGWRS
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
         EX    R2,CMPVIRT
         BE    QVIRT
* The spool files: cp-vio's SPQUERY.
         EX    R2,CMPFILES
         BE    QSPOOL
         EX    R2,CMPREADR
         BE    QSPOOL
         EX    R2,CMPPRINT
         BE    QSPOOL
         EX    R2,CMPPUNCH
         BE    QSPOOL
         CLC   CMDTOK+8(8),=CL8'RDR'
         BE    QSPOOL
         CLC   CMDTOK+8(8),=CL8'PRT'
         BE    QSPOOL
         CLC   CMDTOK+8(8),=CL8'PUN'
         BE    QSPOOL
         CH    R2,=H'1'
         BL    QUSERID                ('S' alone is no abbreviation)
         EX    R2,CMPSTATS
         BE    QSTATS
         CH    R2,=H'2'               PAGING: three letters at least
         BL    QUSERID
         EX    R2,CMPPAGNG
         BE    QPAGING
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
* QUERY VIRTUAL (cmdqvirt) and the spool files (cp-vio's SPQUERY).
QVIRT    LR    R1,R9
         CALL  QVIRTUAL
         LEAVE
QSPOOL   LR    R1,R9
         CALL  SPQUERY
         LEAVE
*
* QUERY STATS [userid].
QSTATS   LR    R8,R11
         CLC   CMDNTOK,=H'3'
         BL    QSTHIS
         TM    VMCLASS-VMBLOK(R11),X'88'   A or E: anyone's
         BZ    QSTHIS
         LA    R1,CMDTOK+16
         CALL  CMDFINDU
         LTR   R8,R1
         BNZ   QSTHIS
         MVC   MSGNOTON+11(8),CMDTOK+16
         LA    R1,MSGNOTON
         LA    R0,L'MSGNOTON
         CALL  TRMWRITE
         LEAVE RC=45
QSTHIS   L     R7,VMSTATS-VMBLOK(,R8)
         LTR   R7,R7
         BZ    QSTDONE
         USING STATBLOK,R7
* The privileged instructions: the names in STATNAME, by index.
         MVI   LINE,C' '
         MVC   LINE+1(L'LINE-1),LINE
         MVC   LINE(8),VMUSER-VMBLOK(R8)
         MVC   LINE+9(8),=C'PRIVOPS:'
         LA    R1,LINE+17
         LA    R3,STPRIV
         LA    R4,STATNAME
         LA    R5,STIOTHER+1
QSTPRIV  MVI   0(R1),C' '
         MVC   1(5,R1),0(R4)
         LA    R1,2(,R1)
QSTPNAM  CLI   0(R1),C' '             the name ends
         BE    QSTPNUM
         LA    R1,1(,R1)
         B     QSTPNAM
QSTPNUM  MVI   0(R1),C'='
         LA    R1,1(,R1)
         L     R0,0(,R3)
         CALL  CMDDEC
         LA    R3,4(,R3)
         LA    R4,5(,R4)
         BCT   R5,QSTPRIV
         BAL   R14,QSTLINE
* DIAGNOSE: each code given at least once.
         MVC   LINE(18),=CL18'         DIAGNOSE:'
         LA    R1,LINE+18
         LR    R9,R1
         LA    R3,STDIAG
         SR    R4,R4                  the code
QSTDIAG  L     R0,0(,R3)
         LTR   R0,R0
         BZ    QSTDNXT
         MVI   0(R1),C' '
         ST    R0,QSTCOUNT
         LR    R0,R4
         LA    R1,1(,R1)
         ST    R2,WHERER2
         LA    R2,2
         CALL  CMDHEXOT
         L     R2,WHERER2
         MVI   2(R1),C'='
         LA    R1,3(,R1)
         L     R0,QSTCOUNT
         CALL  CMDDEC
QSTDNXT  LA    R3,4(,R3)
         LA    R4,4(,R4)
         CH    R4,=H'256'
         BL    QSTDIAG
         CR    R1,R9
         BH    QSTDTYPE
         MVC   0(5,R1),=C' NONE'
         LA    R1,5(,R1)
QSTDTYPE BAL   R14,QSTLINE
* CCWs, paging, virtual interruptions.
         MVC   LINE(9),=CL9' '
         LA    R1,LINE+9
         LA    R3,STCCWS
         LA    R4,STATNAM2
         LA    R5,8
QSTOTHER MVC   0(12,R1),0(R4)
         LA    R1,12(,R1)
QSTONAM  BCTR  R1,0                   back over the name blanks
         CLI   0(R1),C' '
         BE    QSTONAM
         MVI   1(R1),C'='
         LA    R1,2(,R1)
         L     R0,0(,R3)
         CALL  CMDDEC
         MVI   0(R1),C' '
         LA    R1,1(,R1)
         LA    R3,4(,R3)
         LA    R4,12(,R4)
         C     R5,=F'5'
         BNE   QSTONXT
         BAL   R14,QSTLINE            four to a line
         MVC   LINE(9),=CL9' '
         LA    R1,LINE+9
QSTONXT  BCT   R5,QSTOTHER
         BAL   R14,QSTLINE
QSTDONE  LEAVE RC=0
         DROP  R7
* QSTLINE (internal): LINE up to R1 typed, LINE blanked.
QSTLINE  ST    R14,QNRET
         LA    R0,LINE
         SR    R1,R0
         LR    R0,R1
         LA    R1,LINE
         CALL  TRMWRITE
         MVI   LINE,C' '
         MVC   LINE+1(L'LINE-1),LINE
         L     R14,QNRET
         BR    R14
*
* QUERY PAGING (the operators, A and B): the paging device, its slots
* in use of all, and the pages read and written since IPL.
QPAGING  TM    VMCLASS-VMBLOK(R11),X'C0'
         BZ    QUSERID                (another's: a user's name)
         L     R3,PSAPGDEV
         LTR   R3,R3
         BZ    QPGNONE
         USING RDEVBLOK,R3
         MVI   LINE,C' '
         MVC   LINE+1(L'LINE-1),LINE
         MVC   LINE(10),=C'PAGING ON '
         LH    R0,RDEVADDR
         LA    R1,LINE+10
         LA    R2,3
         CALL  CMDHEXOT
         MVC   LINE+13(2),=C', '
         MVC   LINE+15(9),=C'2301 DRUM'
         LA    R4,LINE+24
         CLI   RDEVTYPE,RDEVT230
         BE    QPG1
         MVC   LINE+15(9),=CL9' '
         MVC   LINE+15(6),RDEVSER
         LA    R4,LINE+21
         DROP  R3
QPG1     MVC   0(2,R4),=C', '
         L     R1,PSAPGSLT
         BAL   R14,QPGDEC
         MVC   2(4,R4),DECOUT
         MVC   6(8,R4),=C' PAGES, '
         L     R1,PSAPGSLT
         S     R1,PSAPGFRE
         BAL   R14,QPGDEC
         MVC   14(4,R4),DECOUT
         MVC   18(7,R4),=C' IN USE'
         LA    R1,LINE
         LA    R0,25(,R4)
         SR    R0,R1
         CALL  TRMWRITE
         MVC   LINE(MSGPGRWL),MSGPGRW
         L     R1,=A(PAGRDS)
         L     R1,0(,R1)
         BAL   R14,QPGDEC8
         MVC   LINE+11(8),DECOUT
         L     R1,=A(PAGWRS)
         L     R1,0(,R1)
         BAL   R14,QPGDEC8
         MVC   LINE+29(8),DECOUT
         LA    R1,LINE
         LA    R0,MSGPGRWL
         CALL  TRMWRITE
         LEAVE RC=0
QPGNONE  LA    R1,MSGNOPG
         LA    R0,L'MSGNOPG
         CALL  TRMWRITE
         LEAVE RC=0
* QPGDEC, QPGDEC8: R1 in 4 or 8 decimal digits at DECOUT (BAL R14).
QPGDEC   CVD   R1,DECWORK
         UNPK  DECOUT(4),DECWORK+5(3)
         OI    DECOUT+3,X'F0'
         BR    R14
QPGDEC8  CVD   R1,DECWORK
         UNPK  DECOUT(8),DECWORK+3(5)
         OI    DECOUT+7,X'F0'
         BR    R14
*
* QUERY userid, or a real device for the operators.
QUSERID  TM    VMCLASS-VMBLOK(R11),X'C0'
         BZ    QUSER
         CLC   CMDTOKL+2,=H'3'
         BH    QUSER
         LA    R1,CMDTOK+8
         CALL  CMDHEXIN
         LTR   R15,R15
         BZ    QDEVICE
QUSER    LA    R1,CMDTOK+8
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
*
* QUERY cuu: the real device.
QDEVICE  L     R2,PSARDEVS
         USING RDEVBLOK,R2
QDEVFIND LTR   R2,R2
         BZ    QDEVNONE
         CH    R0,RDEVADDR
         BE    QDEVIT
         L     R2,RDEVNEXT
         B     QDEVFIND
QDEVNONE LA    R1,MSGNODEV+15
         LA    R2,3
         CALL  CMDHEXOT
         LA    R1,MSGNODEV
         LA    R0,L'MSGNODEV
         CALL  TRMWRITE
         LEAVE RC=40
QDEVIT   MVI   LINE,C' '
         MVC   LINE+1(L'LINE-1),LINE
         LA    R1,LINE+5
         LH    R0,RDEVADDR
         ST    R2,WHERER2
         LA    R2,3
         CALL  CMDHEXOT
         L     R2,WHERER2
         LA    R5,LINE+9              after 'kind cuu '
         MVC   LINE(4),=C'DEV '
         TM    RDEVCLAS,RDEVCDAS
         BO    QDEVDASD
         TM    RDEVCLAS,RDEVCTRM
         BO    QDEVTERM
         TM    RDEVCLAS,RDEVCTAP
         BZ    QDEVUR
         MVC   LINE(4),=C'TAPE'
         B     QDEVDED
QDEVUR   MVC   LINE(4),=C'PRT '
         CLI   RDEVTYPE,RDEVT140
         BE    QDEVDED
         MVC   LINE(4),=C'RDR '
         TM    RDEVCLAS,RDEVCURI
         BO    QDEVDED
         MVC   LINE(4),=C'PUN '
         B     QDEVDED
QDEVDASD MVC   LINE(4),=C'DASD'
         TM    RDEVFLAG,RDEVLBL
         BZ    QDEVCP
         MVC   0(6,R5),RDEVSER
         LA    R5,7(,R5)
QDEVCP   TM    RDEVFLAG,RDEVCP
         BZ    QDEVDED
         MVC   0(8,R5),=C'CP OWNED'
         LA    R5,9(,R5)
* Given to a user (DEDICATE)?
QDEVDED  L     R1,RDEVUSER
         LTR   R1,R1
         BZ    QDEVOFF
         MVC   0(12,R5),=C'ATTACHED TO '
         MVC   12(8,R5),VMUSER-VMBLOK(R1)
         LA    R5,21(,R5)
QDEVOFF  TM    RDEVFLAG,RDEVOFFL
         BZ    QDEVTYPE
         MVC   0(7,R5),=C'OFFLINE'
         LA    R5,8(,R5)
         B     QDEVTYPE
* A terminal: who is logged on there, or whether the line waits.
QDEVTERM MVC   LINE(4),=C'LINE'
         CLI   RDEVTYPE,RDEVT105
         BNE   QDEVLINE
         MVC   LINE(4),=C'CONS'
QDEVLINE L     R3,RDEVTERM
         LTR   R3,R3
         BZ    QDEVTYPE
         L     R1,TRMVMB-TRMBLOK(,R3)
         LTR   R1,R1
         BZ    QDEVFREE
         MVC   0(8,R5),VMUSER-VMBLOK(R1)
         LA    R5,9(,R5)
         B     QDEVTYPE
* No one logged on: waiting for a call, called, or out of use.
QDEVFREE MVC   0(9,R5),=C'CONNECTED'
         LA    R5,10(,R5)
         TM    TRMFLAGS-TRMBLOK(R3),TRMFCONN
         BO    QDEVTYPE
         SH    R5,=H'10'
         MVC   0(8,R5),=C'DISABLED'
         LA    R5,9(,R5)
         CLI   TRMSTATE-TRMBLOK(R3),TRMSENAB
         BNE   QDEVTYPE
         SH    R5,=H'9'
         MVC   0(8,R5),=CL8'ENABLED'
         LA    R5,8(,R5)
* A kind of three letters: the address one place to the left.
QDEVTYPE CLI   LINE+3,C' '
         BNE   QDEVSHOW
         MVC   LINE+3(L'LINE-4),LINE+4
         BCTR  R5,0
* No blank at the end (an item is followed by one).
QDEVSHOW BCTR  R5,0
         CLI   0(R5),C' '
         BE    QDEVSHOW
         LA    R5,1(,R5)
         LA    R1,LINE
         LR    R0,R5
         SR    R0,R1
         CALL  TRMWRITE
         LEAVE RC=0
         DROP  R2
QMISSING LA    R1,MSGMISS
         LA    R0,L'MSGMISS
         CALL  TRMWRITE
         LEAVE RC=26
*
CMPUSERS CLC   CMDTOK+8(0),=C'USERS'
CMPNAMES CLC   CMDTOK+8(0),=C'NAMES'
CMPTIME  CLC   CMDTOK+8(0),=C'TIME'
CMPSTATS CLC   CMDTOK+8(0),=C'STATS'
CMPVIRT  CLC   CMDTOK+8(0),=C'VIRTUAL'
CMPFILES CLC   CMDTOK+8(0),=C'FILES'
CMPREADR CLC   CMDTOK+8(0),=C'READER'
CMPPRINT CLC   CMDTOK+8(0),=C'PRINTER'
CMPPUNCH CLC   CMDTOK+8(0),=C'PUNCH'
CMPPAGNG CLC   CMDTOK+8(0),=C'PAGING'
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
MSGNODEV DC    C'DMKQRY040E DEV XXX DOES NOT EXIST'
MSGNOPG  DC    C'NO PAGING DEVICE'
MSGPGRW  DC    C'PAGES READ nnnnnnnn, WRITTEN nnnnnnnn SINCE IPL'
MSGPGRWL EQU   *-MSGPGRW
DECOUT   DS    CL8
LINE     DS    CL132
QSTCOUNT DS    F
STATNAME DC    CL5'SSM',CL5'LPSW',CL5'SSK',CL5'ISK',CL5'SIO',CL5'TIO'
         DC    CL5'HIO',CL5'TCH',CL5'DIAG',CL5'LMC',CL5'STMC',CL5'LRA'
         DC    CL5'OTHER'
STATNAM2 DC    CL12'CCWS',CL12'PAGE FAULTS',CL12'PAGES READ'
         DC    CL12'WRITTEN',CL12'I/O INTS',CL12'EXT INTS'
         DC    CL12'SVC INTS',CL12'PGM INTS'
         LTORG
         END
