         TITLE 'SETQRY - SET AND QUERY OF THE NUCLEUS SETTINGS'
***********************************************************************
* SETQRY: the SET and QUERY commands for what the nucleus itself      *
* keeps (GH20-0859 lists SET and QUERY; the settings and their words  *
* are VM/370's, where the CP-67 manual we read is silent):            *
*   SET BLIP ON|OFF|c     a blip (c, or '*') every 2 s of a command   *
*   SET RDYMSG LMSG|SMSG  the ready message with or without T=        *
*   SET DIAG ON|OFF       under CP: disk I/O by DIAGNOSE X'18' (ON,   *
*                         the default) or by channel programs (OFF)   *
*   QUERY BLIP | RDYMSG | CONSOLE | TIME | DIAG | STORAGE             *
*   (STORAGE is ours: the storage size, the nucleus's, the user area  *
*   and the free storage not in use, FREESTOR)                        *
* The file system adds its own QUERY operands (DISK, SEARCH) through  *
* its functions; an operand nobody knows gets DMSSET/DMSQRY messages  *
* in VM/370's style with return code 24 (VM/370's code for a bad      *
* parameter list).                                                    *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         PRINT GEN
SETQRY   CSECT
         ENTRY SET,QUERY
         USING NUCON,R0
         USING SETQRY,R12         both entries load this one base
*
***********************************************************************
* SET: R1 -> tokens 'SET', function, value.                           *
***********************************************************************
SET      STM   R14,R12,12(R13)
         L     R12,SETBASE-SET(,R15)
         B     SET1
SETBASE  DC    A(SETQRY)
SET1     DS    0H
         LR    R11,R13
         LA    R13,SAVE
         LR    R2,R1
         CLI   8(R2),X'FF'
         BE    SETNONE
         CLI   16(R2),X'FF'
         BE    SETNOVAL
         CLC   8(8,R2),=CL8'BLIP'
         BE    SETBLIP
         CLC   8(8,R2),=CL8'RDYMSG'
         BE    SETRDY
         CLC   8(8,R2),=CL8'DIAG'
         BE    SETDIAG
         MVC   MSGBUF(L'TBADF),TBADF   DMSSET014E INVALID FUNCTION 'f'
         LA    R6,MSGBUF+L'TBADF
         LA    R3,8(,R2)
         BAL   R14,PUTTOK
         B     MSGEND
SETBLIP  CLC   16(8,R2),=CL8'ON'
         BNE   SETBOFF
         MVI   NUCBLIPC,C'*'
         OI    NUCSETS,NUCSBLIP
         B     RC0
SETBOFF  CLC   16(8,R2),=CL8'OFF'
         BNE   SETBCHAR
         NI    NUCSETS,255-NUCSBLIP
         B     RC0
SETBCHAR CLI   17(R2),C' '        one character: that is the blip
         BNE   SETBADV
         MVC   NUCBLIPC,16(R2)
         OI    NUCSETS,NUCSBLIP
         B     RC0
SETRDY   CLC   16(8,R2),=CL8'LMSG'
         BNE   SETRSM
         NI    NUCSETS,255-NUCSSMSG
         B     RC0
SETRSM   CLC   16(8,R2),=CL8'SMSG'
         BNE   SETBADV
         OI    NUCSETS,NUCSSMSG
         B     RC0
SETDIAG  CLC   16(8,R2),=CL8'ON'
         BNE   SETDOFF
         NI    NUCSETS,255-NUCSNDIA
         B     RC0
SETDOFF  CLC   16(8,R2),=CL8'OFF'
         BNE   SETBADV
         OI    NUCSETS,NUCSNDIA
         B     RC0
SETBADV  MVC   MSGBUF(L'TBADP),TBADP   INVALID PARAMETER 'v' FOR 'f'
         LA    R6,MSGBUF+L'TBADP
         LA    R3,16(,R2)
         BAL   R14,PUTTOK
         MVC   0(7,R6),=C''' FOR '''
         LA    R6,7(,R6)
         LA    R3,8(,R2)
         BAL   R14,PUTTOK
         B     MSGEND
SETNONE  WRTERM 'DMSSET005E NO FUNCTION SPECIFIED'
         B     RC24
SETNOVAL MVC   MSGBUF(L'TNOV),TNOV     NO VALUE SPECIFIED FOR 'f'
         LA    R6,MSGBUF+L'TNOV
         LA    R3,8(,R2)
         BAL   R14,PUTTOK
         B     MSGEND
*
***********************************************************************
* QUERY: R1 -> tokens 'QUERY', what.                                  *
***********************************************************************
QUERY    STM   R14,R12,12(R13)
         L     R12,QRYBASE-QUERY(,R15)
         B     QUERY1
QRYBASE  DC    A(SETQRY)
QUERY1   DS    0H
         LR    R11,R13
         LA    R13,SAVE
         LR    R2,R1
         CLI   8(R2),X'FF'
         BE    QRYNONE
         CLC   8(8,R2),=CL8'BLIP'
         BE    QRYBLIP
         CLC   8(8,R2),=CL8'RDYMSG'
         BE    QRYRDY
         CLC   8(8,R2),=CL8'CONSOLE'
         BE    QRYCONS
         CLC   8(8,R2),=CL8'TIME'
         BE    QRYTIME
         CLC   8(8,R2),=CL8'DIAG'
         BE    QRYDIAG
         CLC   8(8,R2),=CL8'STORAGE'
         BE    QRYSTOR
         CLC   8(8,R2),=CL8'DISK'   the file system's operands
         BE    QRYDISK
         CLC   8(8,R2),=CL8'SEARCH'
         BE    QRYSRCH
         MVC   MSGBUF(L'TQBADF),TQBADF DMSQRY014E INVALID FUNCTION 'f'
         LA    R6,MSGBUF+L'TQBADF
         LA    R3,8(,R2)
         BAL   R14,PUTTOK
         B     MSGEND
QRYNONE  WRTERM 'DMSQRY005E NO FUNCTION SPECIFIED'
         B     RC24
QRYBLIP  TM    NUCSETS,NUCSBLIP
         BO    QRYBLIPC
         MVC   QBLIPV,=CL3'OFF'
         WRTERM QBLIP
         B     RC0
QRYBLIPC MVC   QBLIPV(1),NUCBLIPC   the character
         WRTERM QBLIP,L'QBLIP-2
         B     RC0
QRYRDY   MVC   QRDYV,=C'LMSG'
         TM    NUCSETS,NUCSSMSG
         BZ    QRYRDYT
         MVC   QRDYV,=C'SMSG'
QRYRDYT  WRTERM QRDY
         B     RC0
QRYDIAG  MVC   QDIAGV,=C'ON '
         TM    NUCSETS,NUCSNDIA
         BZ    QRYDIAGT
         MVC   QDIAGV,=C'OFF'
QRYDIAGT WRTERM QDIAG
         B     RC0
QRYCONS  LH    R0,NUCCONS
         LA    R1,HEX
         L     R15,=V(HEXOUT)
         BALR  R14,R15
         MVC   QCONSV,HEX+5
         MVC   QCONSW,=C'BARE 360'
         TM    NUCFLAGS,NUCFCP
         BZ    QRYCONST
         MVC   QCONSW,=C'UNDER CP'
QRYCONST WRTERM QCONS
         B     RC0
*
* QUERY STORAGE (ours): the machine's storage, the nucleus's, the user
* area (to FREELOWE: free storage may hold pages of its top) and the
* free storage not in use.
QRYSTOR  L     R0,NUCMEMSZ        STORAGE nnnnK
         SRL   R0,10
         LA    R6,QSTOR1
         BAL   R14,PUTDEC
         MVC   0(11,R6),=C'K, NUCLEUS '
         LA    R6,11(,R6)
         L     R0,=V(NUCEND)      its size to the next K
         A     R0,=F'1023'
         SRL   R0,10
         BAL   R14,PUTDEC
         MVC   0(13,R6),=C'K, USER AREA '
         LA    R6,13(,R6)
         L     R0,NUCUSER
         BAL   R14,PUTHEX6
         MVI   0(R6),C'-'
         LA    R6,1(,R6)
         L     R0,FREELOWE
         BCTR  R0,0
         BAL   R14,PUTHEX6
         MVC   0(15,R6),=C', FREE STORAGE '
         LA    R6,15(,R6)
         L     R15,=V(FREESUM)
         BALR  R14,R15
         BAL   R14,PUTDEC
         MVC   0(6,R6),=C' BYTES'
         LA    R6,6(,R6)
         LA    R1,QSTOR
         SR    R6,R1
         WRTERM (R1),(R6)
         B     RC0
*
* PUTDEC: R0 in decimal, without leading blanks, at R6; R6 past it.
* PUTHEX6: R0's last six hexadecimal digits at R6. Use R1, R15.
PUTDEC   ST    R14,PUTR14
         LA    R1,DECBUF
         L     R15,=V(DECOUT)
         BALR  R14,R15
         LA    R1,DECBUF
PUTDEC1  CLI   0(R1),C' '
         BNE   PUTDEC2
         LA    R1,1(,R1)
         B     PUTDEC1
PUTDEC2  MVC   0(1,R6),0(R1)
         LA    R6,1(,R6)
         LA    R1,1(,R1)
         LA    R15,DECBUF+11
         CR    R1,R15
         BL    PUTDEC2
         L     R14,PUTR14
         BR    R14
PUTHEX6  ST    R14,PUTR14
         LA    R1,HEX
         L     R15,=V(HEXOUT)
         BALR  R14,R15
         MVC   0(6,R6),HEX+2
         LA    R6,6(,R6)
         L     R14,PUTR14
         BR    R14
QRYTIME  LA    R1,QTIMEV
         L     R15,=V(GETTOD)
         BALR  R14,R15
         WRTERM QTIME
         B     RC0
*
*
* MSGEND: a message built in MSGBUF up to R6 ends with a quote; type
* it, return code 24.
MSGEND   MVI   0(R6),C''''
         LA    R6,1(,R6)
         LA    R1,MSGBUF
         SR    R6,R1
         WRTERM (R1),(R6)
         B     RC24
*
* PUTTOK: the token at R3 without its trailing blanks goes to R6, and
* R6 moves past it. Uses R1, R4.
PUTTOK   LA    R4,8
PUTNEXT  CLI   0(R3),C' '
         BER   R14
         MVC   0(1,R6),0(R3)
         LA    R6,1(,R6)
         LA    R3,1(,R3)
         BCT   R4,PUTNEXT
         BR    R14
*
* QUERY DISK and QUERY SEARCH: the file system's QDISK module.
QRYDISK  LR    R1,R2
         L     R15,=V(QDISK)
         BALR  R14,R15
         B     RETURN
QRYSRCH  LR    R1,R2
         L     R15,=V(QSEARCH)
         BALR  R14,R15
         B     RETURN
RC0      SR    R15,R15
         B     RETURN
RC24     LA    R15,24
RETURN   LR    R13,R11
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
SAVE     DS    18F
HEX      DS    CL8
DECBUF   DS    CL11
         DS    0F
PUTR14   DS    A
QSTOR    DC    C'STORAGE '
QSTOR1   DS    CL80
TBADF    DC    C'DMSSET014E INVALID FUNCTION '''
TBADP    DC    C'DMSSET026E INVALID PARAMETER '''
TNOV     DC    C'DMSSET005E NO VALUE SPECIFIED FOR '''
TQBADF   DC    C'DMSQRY014E INVALID FUNCTION '''
MSGBUF   DS    CL80
QBLIP    DS    0CL10
         DC    C'BLIP = '
QBLIPV   DC    CL3' '
QRDY     DS    0CL13
         DC    C'RDYMSG = '
QRDYV    DC    CL4' '
QDIAG    DS    0CL10
         DC    C'DIAG = '
QDIAGV   DC    CL3' '
QCONS    DS    0CL21
         DC    C'CONSOLE '
QCONSV   DC    CL3' '
         DC    C', '
QCONSW   DC    CL8' '
QTIME    DS    0CL24
         DC    C'TIME = '
QTIMEV   DC    CL17' '
         LTORG
         END
