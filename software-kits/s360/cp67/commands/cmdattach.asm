         TITLE 'CMDATTCH - ATTACH AND DETACH'
***********************************************************************
* CMDATTCH: real devices given to one virtual machine, and devices    *
* taken away (docs/cp67.md "Dedicated devices"): the operator's       *
* ATTACH and the user's DETACH of CP-67 (issue 12). The pages of the  *
* Operator's Guide GH20-0856 and User's Guide GH20-0859 on them were  *
* not found, so operands, classes and responses are VM/370's (CP      *
* Command Reference for General Users, DETACH):                       *
*   ATTACH raddr [TO] userid [[AS] vaddr]     (classes A, B)          *
*       the real device becomes the user's device vaddr (default the  *
*       same address), dedicated: its channel programs are the user's *
*       alone, translated but not relocated (VDEVDEF, as the          *
*       directory's DEDICATE). Refused: a device CP uses (its system  *
*       volume, the paging device, a terminal or the 1052, the 1403   *
*       and the punch spooling drives, a volume with a logged-on      *
*       user's minidisk on it), one attached to a user already, one  *
*       that is not there, a user not logged on, a vaddr in use.      *
*       Responses: to the issuer "TAPE 180 ATTACHED TO BOS360", to    *
*       the user (if another) "TAPE 180 ATTACHED" (its vaddr).        *
*   DETACH vaddr                              (any user)              *
*       the user's own device goes (VDEVREL): a dedicated device is   *
*       free again, a spooled printer's or punch's file is closed, a  *
*       minidisk unlinked; not the console. "TAPE 181 DETACHED".      *
*   DETACH raddr [FROM userid]                (classes A, B)          *
*       a real device taken from the user it is attached to (when     *
*       the issuer has no vaddr of that number, or FROM is given):    *
*       "TAPE 180 DETACHED FROM BOS360"; the user is told "TAPE 180   *
*       DETACHED BY OPERATOR" (the issuer's id).                      *
* Return codes (DIAGNOSE X'08' gives them back) are the messages'     *
* numbers. Command routine: R11 -> VMBLOK, R10 -> TRMBLOK, R1 ->      *
* CMDPARM.                                                            *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         VDEVBLOK
         RDEVBLOK
         DIRBLOK
         CMDPARM
         PRINT GEN
CMDATTCH CSECT
         USING PSA,0
         ENTRY ATTACH,DETACH
         USING CMDPARM,R9
         USING RDEVBLOK,R8
*
***********************************************************************
* ATTACH                                                              *
***********************************************************************
ATTACH   ENTER BASE=CMDATTCH
         LR    R9,R1
         ST    R11,ISSUER
         CLC   CMDNTOK,=H'3'
         BL    BADOPND
         LA    R1,CMDTOK+8        the real address
         BAL   R14,GETCUU
         BNZ   BADOPND
         STH   R0,RADDR
         STH   R0,VADDR
         LA    R3,CMDTOK+16       then [TO] userid [[AS] vaddr]
         LH    R4,CMDNTOK
         SH    R4,=H'2'
         CLC   0(8,R3),=CL8'TO'
         BNE   AT1
         LA    R3,8(,R3)
         BCTR  R4,0
AT1      LTR   R4,R4
         BNP   BADOPND
         MVC   USERID,0(R3)
         LA    R3,8(,R3)
         BCTR  R4,0
         LTR   R4,R4
         BZ    AT3
         CLC   0(8,R3),=CL8'AS'
         BNE   AT2
         LA    R3,8(,R3)
         BCTR  R4,0
AT2      CH    R4,=H'1'
         BNE   BADOPND
         LR    R1,R3
         BAL   R14,GETCUU
         BNZ   BADOPND
         STH   R0,VADDR
* The real device: there, not CP's, not someone's already.
AT3      BAL   R14,FINDRDEV
         LTR   R8,R8
         BZ    NODEV
         MVC   KINDCLS(2),RDEVCLAS
         BAL   R14,CPUSES
         LTR   R15,R15
         BNZ   SYSUSE
         TM    RDEVFLAG,RDEVDED
         BO    ATTED
         LA    R1,USERID
         CALL  CMDFINDU
         LTR   R1,R1
         BZ    NOTON
* A DEDICATE statement of our own for VDEVDEF, made for the user.
         LR    R11,R1
         XC    ATTDEV,ATTDEV
         LA    R5,ATTDEV
         USING DIRDEV,R5
         MVI   DDVKIND,DDVDEDIC
         MVC   DDVADDR,VADDR
         MVC   DDVRADDR,RADDR
         DROP  R5
         LR    R1,R5
         CALL  VDEVDEF
         L     R11,ISSUER
         C     R15,=F'12'
         BE    VINUSE
         LTR   R15,R15
         BNZ   ATTED              (taken meanwhile: cannot happen)
* The responses: the user's first, then the issuer's.
         L     R6,RDEVUSER
         C     R6,ISSUER
         BE    ATTOLD
         LH    R0,VADDR
         LA    R2,MSGATTD
         LA    R3,L'MSGATTD
         LR    R11,R6
         BAL   R14,DEVMSG
         L     R11,ISSUER
ATTOLD   LH    R0,RADDR
         MVC   MSGATTO+13(8),USERID
         LA    R2,MSGATTO
         LA    R3,L'MSGATTO
         BAL   R14,DEVMSG
         LEAVE RC=0
*
* Already attached to a user.
ATTED    L     R1,RDEVUSER
         MVC   PFX,=CL11'DMKATT122E'
         MVC   MSGATTED+21(8),VMUSER-VMBLOK(R1)
         LH    R0,RADDR
         LA    R2,MSGATTED
         LA    R3,L'MSGATTED
         MVC   KINDTXT,=CL4'DEV'
         BAL   R14,DEVMSGK
         LEAVE RC=122
VINUSE   LH    R0,VADDR
         MVC   PFX,=CL11'DMKATT020E'
         LA    R2,MSGVUSE
         LA    R3,L'MSGVUSE
         MVC   KINDTXT,=CL4'DEV'
         BAL   R14,DEVMSGK
         LEAVE RC=20
SYSUSE   LH    R0,RADDR
         MVC   PFX,=CL11'DMKATT123E'
         LA    R2,MSGSYS
         LA    R3,L'MSGSYS
         MVC   KINDTXT,=CL4'DEV'
         BAL   R14,DEVMSGK
         LEAVE RC=123
         EJECT
***********************************************************************
* DETACH                                                              *
***********************************************************************
DETACH   ENTER BASE=CMDATTCH
         LR    R9,R1
         ST    R11,ISSUER
         LA    R1,CMDTOK+8
         BAL   R14,GETCUU
         BNZ   BADOPND
         STH   R0,RADDR
         STH   R0,VADDR
         CLC   CMDNTOK,=H'2'
         BE    DT1
         CLC   CMDNTOK,=H'4'      DETACH raddr FROM userid
         BNE   BADOPND
         CLC   CMDTOK+16(8),=CL8'FROM'
         BNE   BADOPND
         TM    VMCLASS-VMBLOK(R11),X'C0'
         BZ    NOTAUTH
         MVC   USERID,CMDTOK+24
         B     DTREAL
* DETACH addr: the issuer's own device, else (operators) a real one.
DT1      LH    R1,VADDR
         CALL  VFINDDEV
         LTR   R15,R15
         BNZ   DT2
         LR    R10,R1
         USING VDEVBLOK,R10
         TM    VDEVFLAG,VDEVCONS
         BO    DTCONS
         MVC   KINDCLS(2),VDEVTYPC
         CALL  VDEVREL
         DROP  R10
         LH    R0,VADDR
         LA    R2,MSGDETD
         LA    R3,L'MSGDETD
         BAL   R14,DEVMSG
         LEAVE RC=0
DT2      TM    VMCLASS-VMBLOK(R11),X'C0'
         BZ    NODEV
         MVC   USERID,=CL8' '     whoever has it
* A real device taken from its user.
DTREAL   BAL   R14,FINDRDEV
         LTR   R8,R8
         BZ    NODEV
         MVC   KINDCLS(2),RDEVCLAS
         TM    RDEVFLAG,RDEVDED
         BZ    NOTATT
         L     R11,RDEVUSER
         CLC   USERID,=CL8' '
         BE    DT3
         CLC   USERID,VMUSER-VMBLOK(R11)
         BNE   NOTATT
DT3      MVC   USERID,VMUSER-VMBLOK(R11)
         L     R10,VMVDEV-VMBLOK(,R11)   the user's device it is
         USING VDEVBLOK,R10
DT4      LTR   R10,R10
         BZ    NOTATT
         TM    VDEVFLAG,VDEVDED
         BZ    DT5
         C     R8,VDEVRDEV
         BE    DT6
DT5      L     R10,VDEVNEXT
         B     DT4
DT6      MVC   VADDR,VDEVADDR
         CALL  VDEVREL
         DROP  R10
         C     R11,ISSUER         the user told, if another
         BE    DT7
         L     R1,ISSUER
         MVC   MSGDETBY+13(8),VMUSER-VMBLOK(R1)
         LH    R0,VADDR
         LA    R2,MSGDETBY
         LA    R3,L'MSGDETBY
         BAL   R14,DEVMSG
DT7      L     R11,ISSUER
         MVC   MSGDETF+15(8),USERID
         LH    R0,RADDR
         LA    R2,MSGDETF
         LA    R3,L'MSGDETF
         BAL   R14,DEVMSG
         LEAVE RC=0
*
DTCONS   LA    R1,MSGCONS
         LA    R0,L'MSGCONS
         CALL  TRMWRITE
         LEAVE RC=20
NOTATT   LH    R0,RADDR
         MVC   PFX,=CL11'DMKDET124E'
         MVC   MSGNATT+17(8),USERID
         LA    R2,MSGNATT
         LA    R3,L'MSGNATT
         MVC   KINDTXT,=CL4'DEV'
         BAL   R14,DEVMSGK
         LEAVE RC=124
NOTAUTH  LA    R1,MSGAUTH
         LA    R0,L'MSGAUTH
         CALL  TRMWRITE
         LEAVE RC=2
         EJECT
***********************************************************************
* What both share.                                                    *
***********************************************************************
BADOPND  L     R11,ISSUER
         LA    R1,MSGBAD
         LA    R0,L'MSGBAD
         CALL  TRMWRITE
         LEAVE RC=26
NODEV    L     R11,ISSUER
         LH    R0,RADDR
         MVC   PFX,=CL11'DMKCFM040E'
         LA    R2,MSGNODEV
         LA    R3,L'MSGNODEV
         MVC   KINDTXT,=CL4'DEV'
         BAL   R14,DEVMSGK
         LEAVE RC=40
NOTON    L     R11,ISSUER
         MVC   MSGNOTON+11(8),USERID
         LA    R1,MSGNOTON
         LA    R0,L'MSGNOTON
         CALL  TRMWRITE
         LEAVE RC=45
*
* GETCUU: BAL R14. R1 -> an operand word: R0 = the device address
* (1-3 hex digits), cc 0; cc not 0 if it is not one.
GETCUU   ST    R14,GCSAVE
         CLI   3(R1),C' '         at most three digits
         BNE   GCBAD
         CALL  CMDHEXIN
         LTR   R15,R15
         L     R14,GCSAVE
         BR    R14
GCBAD    LTR   R14,R14            (not zero: cc 2)
         L     R14,GCSAVE
         BR    R14
*
* FINDRDEV: BAL R14. R8 -> the RDEVBLOK of RADDR, or 0.
FINDRDEV L     R8,PSARDEVS
FRLOOP   LTR   R8,R8
         BZR   R14
         CLC   RDEVADDR,RADDR
         BER   R14
         L     R8,RDEVNEXT
         B     FRLOOP
*
* CPUSES: BAL R14. R8 -> RDEVBLOK: R15 = 4 when CP uses the device
* (its system volume or another it owns, the paging device, a
* terminal line or the 1052, the 1403 and the punch its spooling
* drives, a disk with a logged-on user's minidisk on it), else 0.
CPUSES   LA    R15,4
         TM    RDEVFLAG,RDEVCP
         BOR   R14
         CLI   RDEVCLAS,RDEVCTRM
         BER   R14
         CLI   RDEVCLAS,RDEVCURO
         BER   R14
         C     R8,PSAPGDEV
         BER   R14
         SR    R15,R15
         CLI   RDEVCLAS,RDEVCDAS
         BNER  R14
         L     R1,PSAVMCHN        the users' minidisks
CUUSER   LTR   R1,R1
         BZR   R14
         L     R2,VMVDEV-VMBLOK(,R1)
         USING VDEVBLOK,R2
CUDEV    LTR   R2,R2
         BZ    CUNEXT
         TM    VDEVFLAG,VDEVMDSK
         BZ    CUDEVN
         C     R8,VDEVRDEV
         BE    CUYES
CUDEVN   L     R2,VDEVNEXT
         B     CUDEV
         DROP  R2
CUNEXT   L     R1,VMNEXT-VMBLOK(,R1)
         B     CUUSER
CUYES    LA    R15,4
         BR    R14
*
* DEVMSG: BAL R14. A line 'kind cuu' + text to R11's terminal: R0 =
* the address, R2 -> the text, R3 = its length; the kind from KINDCLS
* (class and type, as RDEVBLOK and VDEVBLOK give them). DEVMSGK: with
* the kind already in KINDTXT.
DEVMSG   MVC   KINDTXT,=CL4'DEV'
         CLI   KINDCLS,RDEVCTAP
         BNE   *+10
         MVC   KINDTXT,=CL4'TAPE'
         CLI   KINDCLS,RDEVCDAS
         BNE   *+10
         MVC   KINDTXT,=CL4'DASD'
         CLI   KINDCLS,RDEVCURI
         BNE   *+10
         MVC   KINDTXT,=CL4'RDR'
         CLI   KINDCLS,RDEVCURO
         BNE   DMK1
         MVC   KINDTXT,=CL4'PUN'
         CLI   KINDCLS+1,RDEVT140
         BNE   DMK1
         MVC   KINDTXT,=CL4'PRT'
DMK1     CLI   KINDCLS,RDEVCTRM
         BNE   DEVMSGK
         MVC   KINDTXT,=CL4'CONS'
DEVMSGK  ST    R14,DMSAVE
         LA    R4,LINE
         CLI   PFX,C' '           an error's message number first
         BE    DMK2
         MVC   0(11,R4),PFX
         MVI   10(R4),C' '
         LA    R4,11(,R4)
         MVI   PFX,C' '
DMK2     MVC   0(4,R4),KINDTXT
         LA    R4,4(,R4)
         CLI   KINDTXT+3,C' '
         BNE   *+6
         BCTR  R4,0
         MVI   0(R4),C' '
         LA    R1,1(,R4)
         LR    R5,R2
         LA    R2,3
         CALL  CMDHEXOT
         LA    R4,4(,R4)          after 'kind cuu'
         BCTR  R3,0
         EX    R3,DMMOVE
         LA    R4,1(R3,R4)
DMTRIM   BCTR  R4,0               no blanks at the end (a short id)
         CLI   0(R4),C' '
         BE    DMTRIM
         LA    R4,1(,R4)
         LA    R1,LINE
         LR    R0,R4
         SR    R0,R1
         CALL  TRMWRITE
         L     R14,DMSAVE
         BR    R14
DMMOVE   MVC   0(0,R4),0(R5)
*
         LTORG
         DS    0F
ISSUER   DS    A
GCSAVE   DS    A
DMSAVE   DS    A
RADDR    DS    H
VADDR    DS    H
USERID   DS    CL8
KINDCLS  DS    XL2
KINDTXT  DS    CL4
PFX      DC    CL11' '            DMKxxxnnnE, or blank
ATTDEV   DS    XL(DDVLEN)
LINE     DS    CL80
MSGATTD  DC    C' ATTACHED'
MSGATTO  DC    C' ATTACHED TO XXXXXXXX'
MSGATTED DC    C' ALREADY ATTACHED TO XXXXXXXX'
MSGDETD  DC    C' DETACHED'
MSGDETBY DC    C' DETACHED BY XXXXXXXX'
MSGDETF  DC    C' DETACHED FROM XXXXXXXX'
MSGNATT  DC    C' NOT ATTACHED TO XXXXXXXX'
MSGVUSE  DC    C' ALREADY DEFINED'
MSGSYS   DC    C' IN USE BY SYSTEM'
MSGNODEV DC    C' DOES NOT EXIST'
MSGCONS  DC    C'DMKDET020E THE CONSOLE CANNOT BE DETACHED'
MSGAUTH  DC    C'DMKCFM002E INVALID OPTION: FROM IS FOR THE OPERATOR'
MSGBAD   DC    C'DMKATT026E OPERAND MISSING OR INVALID'
MSGNOTON DC    C'DMKATT045E XXXXXXXX NOT LOGGED ON'
         END
