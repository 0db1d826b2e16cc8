         TITLE 'SPLCMD - THE SPOOLING COMMANDS'
***********************************************************************
* SPLCMD: the CP commands of spooling (CP-67 User's Guide GH20-0859:  *
* CLOSE, SPOOL, TRANSFER, PURGE, ORDER, QUERY FILES; operands as      *
* VM/370's CP Command Reference gives them where ours is silent).     *
* A device is named by its address or READER (RDR), PRINTER (PRT),    *
* PUNCH (PUN); a file by its spool id.                                *
*   CLOSE dev              the file of a virtual printer or punch is  *
*                          closed and goes where SPOOL says; a reader *
*                          stops reading its file (gone, unless held) *
*   SPOOL dev [TO userid|TO *|OFF] [CLASS c] [CONT|NOCONT]            *
*                          [HOLD|NOHOLD]  where closed files go (a    *
*                          user's reader; OFF: the real printer or    *
*                          punch), their class, whether they are held *
*   TRANSFER [dev] id|ALL TO userid  the user's files (in its reader, *
*                          or waiting for the real printer or punch)  *
*                          go to another user's reader                *
*   PURGE [dev] id|ALL     the user's files are gone                  *
*   ORDER [RDR] id ...     the reader's files are read in this order  *
*   QUERY FILES            how many files the user has: RDR, PRT, PUN *
*   QUERY READER|PRINTER|PUNCH   one line a file                      *
* Each: R11 -> VMBLOK, R10 -> TRMBLOK, R1 -> CMDPARM (the command     *
* routines' convention of commands/cpcmd) -> R15 = 0, or an error     *
* code (the message typed; codes are VM/370's message numbers).      *
* A user told of a file that comes to his reader gets                 *
* RDR FILE nnnn FROM userid (SPNOTIFY, VM/370's message).             *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         VDEVBLOK
         VSPLBLOK
         SFBLOK
         CMDPARM
         PRINT GEN
SPLCMD   CSECT
         ENTRY SPCLOSE,SPSPOOL,SPXFER,SPPURGE,SPORDER,SPQUERY,SPNOTIFY
         EXTRN SPLFILES
         USING PSA,R0
         USING VMBLOK,R11
         USING CMDPARM,R8
*
***********************************************************************
* CLOSE                                                               *
***********************************************************************
SPCLOSE  ENTER BASE=SPLCMD
         LR    R8,R1
         LA    R3,CMDTOK+8
         BAL   R14,GETDEV         R7 -> VDEVBLOK
         LTR   R15,R15
         BNZ   CMDERR
         L     R9,VDEVSPL-VDEVBLOK(,R7)
         USING VSPLBLOK,R9
         L     R2,VSPFILE
         LTR   R2,R2
         BZ    CLDO
         CLI   VSPUNIT,VSPRDR
         BE    CLDO
         LH    R1,SFBID-SFBLOK(,R2)   "PUN FILE nnnn TO userid" or
         BAL   R14,DEC4               "PRT FILE nnnn CLOSED"
         MVC   MSG(18),=CL18'PRT FILE nnnn '
         MVC   MSG+9(4),DECOUT
         CLI   VSPUNIT,VSPPUN
         BNE   *+10
         MVC   MSG(3),=C'PUN'
         MVC   MSG+14(6),=C'CLOSED'
         LA    R0,20
         CLC   VSPTO,=CL8' '
         BE    CLMSG
         MVC   MSG+14(3),=C'TO '
         MVC   MSG+17(8),VSPTO
         LA    R0,25
CLTRIM   LR    R1,R0              no blanks after the user id
         LA    R1,MSG-1(R1)
         CLI   0(R1),C' '
         BNE   CLMSG
         BCT   R0,CLTRIM
CLMSG    LA    R1,MSG
         CALL  TRMWRITE
CLDO     LR    R10,R7
         CALL  SPCLOSEF
         LEAVE RC=0
         DROP  R9
*
***********************************************************************
* SPOOL                                                               *
***********************************************************************
SPSPOOL  ENTER BASE=SPLCMD
         LR    R8,R1
         LA    R3,CMDTOK+8
         BAL   R14,GETDEV
         LTR   R15,R15
         BNZ   CMDERR
         L     R9,VDEVSPL-VDEVBLOK(,R7)
         USING VSPLBLOK,R9
         LH    R4,CMDNTOK         the options from the third word
         SH    R4,=H'2'
         LA    R3,CMDTOK+16
SPOPT    LTR   R4,R4
         BNP   SPDONE
         CLC   0(8,R3),=CL8'TO'
         BE    SPTO
         CLC   0(8,R3),=CL8'OFF'
         BE    SPOFF
         CLC   0(8,R3),=CL8'CLASS'
         BE    SPCLASS
         CLC   0(8,R3),=CL8'CL'
         BE    SPCLASS
         CLC   0(8,R3),=CL8'CONT'
         BE    SPCONT
         CLC   0(8,R3),=CL8'NOCONT'
         BE    SPNOCONT
         CLC   0(8,R3),=CL8'HOLD'
         BE    SPHOLD
         CLC   0(8,R3),=CL8'NOHOLD'
         BE    SPNOHOLD
         B     BADOPT
SPTO     BCT   R4,*+8
         B     BADOPT
         LA    R3,8(,R3)
         MVC   VSPTO,0(R3)
         CLC   0(8,R3),=CL8'*'
         BNE   SPNEXT
         MVC   VSPTO,VMUSER
         B     SPNEXT
SPOFF    MVC   VSPTO,=CL8' '
         B     SPNEXT
SPCLASS  BCT   R4,*+8
         B     BADOPT
         LA    R3,8(,R3)
         CLI   1(R3),C' '         one character
         BNE   BADOPT
         MVC   VSPCLASS,0(R3)
         B     SPNEXT
SPCONT   OI    VSPFLAG,VSPCONT
         B     SPNEXT
SPNOCONT NI    VSPFLAG,255-VSPCONT
         B     SPNEXT
SPHOLD   OI    VSPFLAG,VSPHOLD
         B     SPNEXT
SPNOHOLD NI    VSPFLAG,255-VSPHOLD
SPNEXT   LA    R3,8(,R3)
         BCTR  R4,0
         B     SPOPT
SPDONE   LEAVE RC=0
         DROP  R9
         EJECT
***********************************************************************
* TRANSFER, PURGE: files chosen by [dev] id|ALL.                      *
***********************************************************************
SPXFER   ENTER BASE=SPLCMD
         LR    R8,R1
         MVI   FNFLAG,FNXFER
         B     FNCOMMON
SPPURGE  ENTER BASE=SPLCMD
         LR    R8,R1
         MVI   FNFLAG,FNPURGE
FNCOMMON MVI   FNQ,SFBQRDR        the device: the reader unless named
         LA    R3,CMDTOK+8
         LH    R4,CMDNTOK
         BCTR  R4,0
         LTR   R4,R4
         BNP   MISSING
         BAL   R14,QNAME
         LTR   R15,R15
         BNZ   FN1
         LA    R3,8(,R3)
         BCTR  R4,0
         LTR   R4,R4
         BNP   MISSING
FN1      MVC   FNID,=H'-1'        ALL
         CLC   0(8,R3),=CL8'ALL'
         BE    FN2
         BAL   R14,DECIN
         LTR   R15,R15
         BNZ   BADOPT
         STH   R1,FNID
FN2      MVC   FNTO,=CL8' '
         CLI   FNFLAG,FNXFER
         BNE   FN3
         CH    R4,=H'3'           id TO userid
         BNE   MISSING
         CLC   8(8,R3),=CL8'TO'
         BNE   BADOPT
         MVC   FNTO,16(R3)
*                                 the files: the user's, in that queue
FN3      SR    R6,R6              files done
         L     R2,=A(SPLFILES)
         L     R2,0(,R2)
         USING SFBLOK,R2
FN4      LTR   R2,R2
         BZ    FN9
         L     R5,SFBNEXT         (the file may go)
         CLC   SFBQUEUE,FNQ
         BNE   FN8
         CLI   FNQ,SFBQRDR
         BNE   FN5
         CLC   SFBUSER,VMUSER     reader: files in the user's reader
         BNE   FN8
         B     FN6
FN5      CLC   SFBORIG,VMUSER     printer, punch: files the user made
         BNE   FN8
FN6      CLC   FNID,=H'-1'
         BE    FN7
         CLC   SFBID,FNID
         BNE   FN8
FN7      LA    R6,1(,R6)
         CLI   FNFLAG,FNXFER
         BE    FNMOVE
         LR    R1,R2
         CALL  SPPURGEF
         B     FN8
FNMOVE   MVI   SFBQUEUE,SFBQRDR
         MVC   SFBUSER,FNTO
         LR    R1,R2
         CALL  SPNOTIFY
FN8      LR    R2,R5
         B     FN4
         DROP  R2
FN9      LTR   R6,R6
         BZ    NOFILE
         CLI   FNFLAG,FNXFER
         BNE   FNRET
         CALL  SPCKPT
FNRET    LEAVE RC=0
         EJECT
***********************************************************************
* ORDER [RDR] id ...: those files first, in that order.               *
***********************************************************************
SPORDER  ENTER BASE=SPLCMD
         LR    R8,R1
         LH    R4,CMDNTOK
         LA    R3,CMDTOK+8
         BCTR  R4,0
         LTR   R4,R4
         BNP   MISSING
         CLC   0(8,R3),=CL8'RDR'
         BE    OR0
         CLC   0(8,R3),=CL8'READER'
         BNE   OR1
OR0      LA    R3,8(,R3)
         BCTR  R4,0
         LTR   R4,R4
         BNP   MISSING
*                                 the last named goes to the front
OR1      LR    R1,R4              first; so R3 -> the last word
         BCTR  R1,0
         SLL   R1,3
         AR    R3,R1
OR2      BAL   R14,DECIN
         LTR   R15,R15
         BNZ   BADOPT
         L     R2,=A(SPLFILES)    find it: the user's reader file
         USING SFBLOK,R5
OR3      L     R5,0(,R2)
         LTR   R5,R5
         BZ    NOFILE
         CH    R1,SFBID
         BNE   OR4
         CLI   SFBQUEUE,SFBQRDR
         BNE   OR4
         CLC   SFBUSER,VMUSER
         BE    OR5
OR4      LR    R2,R5
         B     OR3
OR5      MVC   0(4,R2),SFBNEXT    off the chain, then first on it
         L     R2,=A(SPLFILES)
         MVC   SFBNEXT,0(R2)
         ST    R5,0(,R2)
         DROP  R5
         SH    R3,=H'8'
         BCT   R4,OR2
         CALL  SPCKPT
         LEAVE RC=0
         EJECT
***********************************************************************
* QUERY FILES | READER | PRINTER | PUNCH                              *
***********************************************************************
SPQUERY  ENTER BASE=SPLCMD
         LR    R8,R1
         LA    R3,CMDTOK+8
         CLC   0(8,R3),=CL8'FILES'
         BE    QFILES
         BAL   R14,QNAME
         LTR   R15,R15
         BNZ   BADOPT
         SR    R6,R6
         L     R2,=A(SPLFILES)
         L     R2,0(,R2)
         USING SFBLOK,R2
QL1      LTR   R2,R2
         BZ    QL9
         BAL   R14,MINE
         BNZ   QL8
         LTR   R6,R6              the heading before the first
         BNZ   QL2
         MVC   MSG(L'QHEAD),QHEAD
         LA    R1,MSG
         LA    R0,L'QHEAD
         CALL  TRMWRITE
QL2      LA    R6,1(,R6)          ORIGINID FILE CLASS RECORDS HOLD
         MVC   MSG(40),=CL40' '
         MVC   MSG(8),SFBORIG
         LH    R1,SFBID
         BAL   R14,DEC4
         MVC   MSG+9(4),DECOUT
         MVC   MSG+16(1),SFBCLASS
         L     R1,SFBRECS
         BAL   R14,DEC8
         MVC   MSG+20(8),DECOUT
         MVC   MSG+29(4),=C'NONE'
         TM    SFBFLAG,SFBHOLD
         BZ    *+10
         MVC   MSG+29(4),=C'HOLD'
         LA    R1,MSG
         LA    R0,33
         CALL  TRMWRITE
QL8      L     R2,SFBNEXT
         B     QL1
QL9      LTR   R6,R6
         BZ    NOFILE
         LEAVE RC=0
*
* QUERY FILES: FILES: nnnn RDR, nnnn PRT, nnnn PUN
QFILES   XC    QCOUNTS,QCOUNTS
         L     R2,=A(SPLFILES)
         L     R2,0(,R2)
QF1      LTR   R2,R2
         BZ    QF9
         MVC   FNQ,SFBQUEUE
         CLI   FNQ,SFBQOPEN
         BE    QF8
         BAL   R14,MINE
         BNZ   QF8
         SR    R1,R1
         IC    R1,SFBQUEUE
         SLL   R1,1
         LA    R1,QCOUNTS-2(R1)
         LH    R0,0(,R1)
         AH    R0,=H'1'
         STH   R0,0(,R1)
QF8      L     R2,SFBNEXT
         B     QF1
         DROP  R2
QF9      MVC   MSG(L'QFMSG),QFMSG
         LH    R1,QCOUNTS
         BAL   R14,DEC4
         MVC   MSG+7(4),DECOUT
         LH    R1,QCOUNTS+2
         BAL   R14,DEC4
         MVC   MSG+17(4),DECOUT
         LH    R1,QCOUNTS+4
         BAL   R14,DEC4
         MVC   MSG+27(4),DECOUT
         LA    R1,MSG
         LA    R0,L'QFMSG
         CALL  TRMWRITE
         LEAVE RC=0
         EJECT
***********************************************************************
* SPNOTIFY: R1 -> an SFBLOK just put in SFBUSER's reader: the user,   *
* if logged on, is told. (CALL; R11 may be anyone.)                   *
***********************************************************************
SPNOTIFY ENTER BASE=SPLCMD
         LR    R2,R1
         USING SFBLOK,R2
         L     R11,PSAVMCHN
NT1      LTR   R11,R11
         BZ    NTRET
         CLC   VMUSER,SFBUSER
         BE    NT2
         L     R11,VMNEXT
         B     NT1
NT2      LH    R1,SFBID
         BAL   R14,DEC4
         MVC   MSG(L'NTMSG),NTMSG
         MVC   MSG+9(4),DECOUT
         MVC   MSG+19(8),SFBORIG
         DROP  R2
         LA    R1,MSG
         LA    R0,L'NTMSG
         CALL  TRMWRITE
NTRET    LEAVE RC=0
         EJECT
***********************************************************************
* Helpers (BAL R14).                                                  *
***********************************************************************
* GETDEV: R3 -> a word naming a spooled device -> R7 -> its VDEVBLOK,
* R15 = 0; else the message typed and R15 = its code.
GETDEV   ST    R14,GDSAVE
         CLI   0(R3),C' '
         BE    GDMISS
         BAL   R14,QNAME          a unit's name: its first device
         LTR   R15,R15
         BNZ   GDADDR
         L     R7,VMVDEV
         USING VDEVBLOK,R7
GD1      LTR   R7,R7
         BZ    GDNONE
         TM    VDEVFLAG,VDEVSPLD
         BZ    GD1NEXT
         L     R1,VDEVSPL
         CLC   VSPUNIT-VSPLBLOK(1,R1),FNUNIT
         BE    GDOK
GD1NEXT  L     R7,VDEVNEXT
         B     GD1
GDADDR   BAL   R14,HEXIN          an address
         LTR   R15,R15
         BNZ   GDNONE
         L     R7,VMVDEV
GD2      LTR   R7,R7
         BZ    GDNONE
         CH    R1,VDEVADDR
         BE    GD3
         L     R7,VDEVNEXT
         B     GD2
GD3      TM    VDEVFLAG,VDEVSPLD
         BZ    GDNOTSP
GDOK     SR    R15,R15
         B     GDRET
         DROP  R7
GDMISS   LA    R1,MSGMISS
         LA    R0,L'MSGMISS
         LA    R15,26
         B     GDMSG
GDNOTSP  LA    R1,MSGNSP
         LA    R0,L'MSGNSP
         LA    R15,40
         B     GDMSG
GDNONE   LA    R1,MSGNDEV
         LA    R0,L'MSGNDEV
         LA    R15,40
GDMSG    ST    R15,GDRC
         CALL  TRMWRITE
         L     R15,GDRC
GDRET    L     R14,GDSAVE
         BR    R14
*
* QNAME: R3 -> a word: READER/RDR, PRINTER/PRT, PUNCH/PUN -> FNQ (the
* queue), FNUNIT (the device kind), R15 = 0; R15 = 4 if none of them.
QNAME    CLC   0(8,R3),=CL8'RDR'
         BE    QNRDR
         CLC   0(8,R3),=CL8'READER'
         BE    QNRDR
         CLC   0(8,R3),=CL8'PRT'
         BE    QNPRT
         CLC   0(8,R3),=CL8'PRINTER'
         BE    QNPRT
         CLC   0(8,R3),=CL8'PUN'
         BE    QNPUN
         CLC   0(8,R3),=CL8'PUNCH'
         BE    QNPUN
         LA    R15,4
         BR    R14
QNRDR    MVI   FNQ,SFBQRDR
         MVI   FNUNIT,VSPRDR
         B     QNOK
QNPRT    MVI   FNQ,SFBQPRT
         MVI   FNUNIT,VSPPRT
         B     QNOK
QNPUN    MVI   FNQ,SFBQPUN
         MVI   FNUNIT,VSPPUN
QNOK     SR    R15,R15
         BR    R14
*
* MINE: R2 -> SFBLOK: CC 0 when it is the user's in queue FNQ (the
* reader: files for him; printer, punch: files he made).
MINE     CLC   SFBQUEUE-SFBLOK(1,R2),FNQ
         BNER  R14
         CLI   FNQ,SFBQRDR
         BNE   MINE1
         CLC   SFBUSER-SFBLOK(8,R2),VMUSER
         BR    R14
MINE1    CLC   SFBORIG-SFBLOK(8,R2),VMUSER
         BR    R14
*
* HEXIN, DECIN: R3 -> a word of hex or decimal digits -> R1, R15 = 0;
* R15 = 4 when it is not one.
HEXIN    SR    R1,R1
         LA    R2,0(,R3)
         LA    R0,8
HX1      CLI   0(R2),C' '
         BE    HXEND
         SLL   R1,4
         CLI   0(R2),C'0'
         BNL   HXDIG
         CLI   0(R2),C'A'
         BL    NUMBAD
         CLI   0(R2),C'F'
         BH    NUMBAD
         IC    R15,0(,R2)
         N     R15,=F'15'
         LA    R15,9(,R15)
         B     HXADD
HXDIG    IC    R15,0(,R2)
         N     R15,=F'15'
HXADD    AR    R1,R15
         LA    R2,1(,R2)
         BCT   R0,HX1
HXEND    CR    R2,R3
         BE    NUMBAD
         SR    R15,R15
         BR    R14
DECIN    SR    R1,R1
         LA    R2,0(,R3)
         LA    R0,8
DC1      CLI   0(R2),C' '
         BE    HXEND
         CLI   0(R2),C'0'
         BL    NUMBAD
         CLI   0(R2),C'9'
         BH    NUMBAD
         MH    R1,=H'10'
         IC    R15,0(,R2)
         N     R15,=F'15'
         AR    R1,R15
         LA    R2,1(,R2)
         BCT   R0,DC1
         B     HXEND
NUMBAD   LA    R15,4
         BR    R14
*
* DEC4, DEC8: R1 in 4 or 8 decimal digits at DECOUT.
DEC4     CVD   R1,DECWORK
         UNPK  DECOUT(4),DECWORK+5(3)
         OI    DECOUT+3,X'F0'
         BR    R14
DEC8     CVD   R1,DECWORK
         UNPK  DECOUT(8),DECWORK+3(5)
         OI    DECOUT+7,X'F0'
         BR    R14
*
* The errors of the commands (the message, then R15 = its code).
MISSING  LA    R1,MSGMISS
         LA    R0,L'MSGMISS
         LA    R2,26
         B     ERRMSG
BADOPT   LA    R1,MSGBAD
         LA    R0,L'MSGBAD
         LA    R2,3
         B     ERRMSG
NOFILE   LA    R1,MSGNOF
         LA    R0,L'MSGNOF
         LA    R2,42
ERRMSG   CALL  TRMWRITE
         LR    R15,R2
CMDERR   LEAVE
*
         LTORG
DECWORK  DS    D
DECOUT   DS    CL8
GDSAVE   DS    F
GDRC     DS    F
QCOUNTS  DS    3H                 files: reader, printer, punch
FNID     DS    H
FNTO     DS    CL8
FNQ      DS    X
FNUNIT   DS    X
FNFLAG   DS    X
FNXFER   EQU   1
FNPURGE  EQU   2
MSG      DS    CL80
QHEAD    DC    C'ORIGINID FILE CLASS RECORDS  HOLD'
QFMSG    DC    C'FILES: nnnn RDR, nnnn PRT, nnnn PUN'
NTMSG    DC    C'RDR FILE nnnn FROM xxxxxxxx'
MSGMISS  DC    C'DMKCSP026E OPERAND MISSING OR INVALID'
MSGBAD   DC    C'DMKCSP003E INVALID OPTION'
MSGNOF   DC    C'DMKCSP042E NO FILES'
MSGNDEV  DC    C'DMKCSP040E DEV DOES NOT EXIST'
MSGNSP   DC    C'DMKCSP040E DEV IS NOT A SPOOLED DEVICE'
         END
