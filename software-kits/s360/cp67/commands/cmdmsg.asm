         TITLE 'CMDMSG - MSG AND WARNING'
***********************************************************************
* CMDMSG: a line of text to another user (docs/cp67.md "Commands";    *
* User's Guide GH20-0859, MSG; Operator's Guide GH20-0856, WARNING).  *
*   MSG userid|OPERATOR|ALL text      typed at once as                *
*                                     MSG FROM sender  : text         *
*   WARNING userid|ALL text           WNG FROM sender  : text         *
* The text is the rest of the line as it was typed (its case kept).   *
* ALL (classes A and B) is every other user. A user who said SET MSG  *
* OFF (SET WNG OFF) does not get them; a user not logged on, or       *
* disconnected, is reported to the sender. The form of the line is    *
* VM/370's (CP Command Reference); CP-67's manual gives the command.  *
* Command routines: R11 -> VMBLOK, R10 -> TRMBLOK, R1 -> CMDPARM.     *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         USRBLOK
         CMDPARM
         PRINT GEN
CMDMSG   CSECT
         USING PSA,0
         ENTRY MSG,WARNING
*
MSG      ENTER BASE=CMDMSG
         MVC   HEADER,=C'MSG FROM '
         MVI   OFFBIT,USRFMSG
         B     COMMON
WARNING  ENTER BASE=CMDMSG
         MVC   HEADER,=C'WNG FROM '
         MVI   OFFBIT,USRFWNG
COMMON   LR    R9,R1
         USING CMDPARM,R9
         CLC   CMDNTOK,=H'2'
         BL    MISSING
* The line to type: header, sender, ': ', the text.
         MVC   SENDER,VMUSER-VMBLOK(R11)
         LA    R4,TEXT
         SR    R5,R5                  no text
         CLC   CMDNTOK,=H'3'
         BL    NOTEXT
         LH    R1,CMDTOKO+4           the third word starts the text
         LH    R5,CMDLEN
         SR    R5,R1
         LA    R1,CMDLINE(R1)
         CH    R5,=AL2(L'TEXT)
         BNH   MOVETEXT
         LH    R5,=AL2(L'TEXT)
MOVETEXT BCTR  R5,0
         EX    R5,COPYTEXT
         LA    R5,1(,R5)
NOTEXT   LA    R5,TEXT-OUTLINE(,R5)
         ST    R5,OUTLEN
* To whom.
         CLC   CMDTOK+8(8),=CL8'ALL'
         BE    TOALL
         LA    R1,CMDTOK+8
         CALL  CMDFINDU
         LTR   R2,R1
         BZ    NOTON
         BAL   R14,SEND
         LTR   R15,R15
         BNZ   DISC
         LEAVE RC=0
* ALL: the operator's classes only; everyone but the sender.
TOALL    TM    VMCLASS-VMBLOK(R11),X'C0'
         BZ    NOTON
         L     R2,PSAVMCHN
ALLLOOP  LTR   R2,R2
         BZ    ALLDONE
         CR    R2,R11
         BE    ALLNEXT
         BAL   R14,SEND
ALLNEXT  L     R2,VMNEXT-VMBLOK(,R2)
         B     ALLLOOP
ALLDONE  LEAVE RC=0
NOTON    MVC   MSGNOTON+11(8),CMDTOK+8
         LA    R1,MSGNOTON
         LA    R0,L'MSGNOTON
         CALL  TRMWRITE
         LEAVE RC=45
DISC     MVC   MSGDISC+11(8),CMDTOK+8
         LA    R1,MSGDISC
         LA    R0,L'MSGDISC
         CALL  TRMWRITE
         LEAVE RC=57
MISSING  LA    R1,MSGMISS
         LA    R0,L'MSGMISS
         CALL  TRMWRITE
         LEAVE RC=20
*
* SEND (internal): the line to the user R2. R15 = 4 if disconnected.
SEND     ST    R14,SENDRET
         L     R1,VMUSRX-VMBLOK(,R2)
         LTR   R1,R1
         BZ    SENDIT
         MVC   TESTBIT,OFFBIT
         NC    TESTBIT,USRFLAGS-USRBLOK(R1)
         CLI   TESTBIT,0
         BNE   SENDOK                 it does not want them
SENDIT   L     R1,VMTERM-VMBLOK(,R2)
         LTR   R1,R1
         BZ    SENDDISC
         ST    R11,SENDR11
         LR    R11,R2
         LA    R1,OUTLINE
         L     R0,OUTLEN
         CALL  TRMWRITE
         L     R11,SENDR11
SENDOK   SR    R15,R15
         L     R14,SENDRET
         BR    R14
SENDDISC LA    R15,4
         L     R14,SENDRET
         BR    R14
*
COPYTEXT MVC   TEXT(0),0(R1)
         DROP  R9
*
OUTLINE  DS    0C
HEADER   DC    C'MSG FROM '
SENDER   DC    CL8' '
         DC    C': '
TEXT     DS    CL120
OUTLEN   DS    F
SENDRET  DS    A
SENDR11  DS    A
OFFBIT   DS    X
TESTBIT  DS    X
MSGNOTON DC    C'DMKMSG045E XXXXXXXX NOT LOGGED ON'
MSGDISC  DC    C'DMKMSG057W XXXXXXXX NOT RECEIVING; DISCONNECTED'
MSGMISS  DC    C'DMKMSG020E USERID MISSING OR INVALID'
         LTORG
         END
