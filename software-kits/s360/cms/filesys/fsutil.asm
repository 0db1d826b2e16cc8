         TITLE 'FSUTIL - WHAT THE FILE COMMANDS SHARE'
***********************************************************************
* FSUTIL: small routines the file commands share: a file identifier  *
* from the command's tokens, the check of a filemode, a file          *
* identifier as message text, and device addresses in hexadecimal.    *
*                                                                     *
*   TOKFID   R1 -> the filename token of a tokenized list (8-byte     *
*            tokens, X'FF's at the end), R2 -> 18 bytes for fn ft fm, *
*            R0 = the mode when none is given (2 characters in its    *
*            low half). R1 -> the token after the identifier;         *
*            R15 = 0; 4 filename or filetype missing; 24 bad mode.    *
*   CHKMODE  R1 -> 2-byte filemode: R15 = 0 (a letter A-Z or *, and   *
*            blank or a number 0-5), or 24.                           *
*   FIDOUT   R1 -> fn ft fm (18 bytes), R2 -> where: 'FN FT FM' (the  *
*            quotes too, blanks squeezed); R2 -> after it.            *
*   HEXTOK   R1 -> a token: R0 = its value as 1-4 hex digits, R15 = 0 *
*            or 4.                                                    *
*   HEXOUT3  R0 = a device address, R1 -> 3 bytes: its hex digits.    *
*   FNMATCH  R1 -> a pattern of 8, R2 -> a name of 8: R15 = 0 when    *
*            they match (* alone: any name; at the end: any rest),    *
*            else 4.                                                  *
* BALR R14,R15, R13 -> save area; other registers kept.               *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PRINT GEN
FSUTIL   CSECT
         ENTRY TOKFID,CHKMODE,FIDOUT,HEXTOK,HEXOUT3,FNMATCH
         USING TOKFID,R15
TOKFID   STM   R14,R12,12(R13)
         LA    R10,0
         B     UTILGO
         DROP  R15
         USING CHKMODE,R15
CHKMODE  STM   R14,R12,12(R13)
         LA    R10,4
         B     UTILGO
         DROP  R15
         USING FIDOUT,R15
FIDOUT   STM   R14,R12,12(R13)
         LA    R10,8
         B     UTILGO
         DROP  R15
         USING HEXTOK,R15
HEXTOK   STM   R14,R12,12(R13)
         LA    R10,12
         B     UTILGO
         DROP  R15
         USING HEXOUT3,R15
HEXOUT3  STM   R14,R12,12(R13)
         LA    R10,16
         B     UTILGO
         DROP  R15
         USING FNMATCH,R15
FNMATCH  STM   R14,R12,12(R13)
         LA    R10,20
         B     UTILGO
         DROP  R15
UTILGO   BALR  R12,0
         USING *,R12
         B     *+4(R10)
         B     DOTOK
         B     DOCHK
         B     DOFID
         B     DOHEXIN
         B     DOHEXOUT
         B     DOMATCH
*
RETR0R1  STM   R0,R1,20(R13)      R0 and R1 are answers
         B     RET
RETR1R2  STM   R1,R2,24(R13)      R1 and R2 are answers
         B     RET
RETR0    ST    R0,20(,R13)
RET      L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
***********************************************************************
* TOKFID                                                              *
***********************************************************************
DOTOK    LA    R15,4
         CLI   0(R1),X'FF'        a filename ...
         BE    RET
         CLI   8(R1),X'FF'        ... and a filetype
         BE    RET
         MVC   0(16,R2),0(R1)
         STH   R0,TKHALF          the default mode (R2 may be odd)
         MVC   16(2,R2),TKHALF
         LA    R1,16(,R1)
         CLI   0(R1),X'FF'
         BE    TOKOK
         CLI   0(R1),C'('         options begin
         BE    TOKOK
         MVC   16(2,R2),0(R1)     the mode given
         CLI   2(R1),C' '         a mode is two characters at most
         BNE   TOKBAD
         LA    R1,8(,R1)
         CLI   17(R2),C' '        no number: 1 when writing, any when
         BE    TOKCHK             reading (the caller decides)
TOKCHK   LR    R3,R1
         LA    R1,16(,R2)
         BAL   R14,CHECK
         LR    R1,R3
         LTR   R15,R15
         BNZ   RET
TOKOK    SR    R15,R15
         B     RETR1R2
TOKBAD   LA    R15,24
         B     RET
*
***********************************************************************
* CHKMODE                                                             *
***********************************************************************
DOCHK    BAL   R14,CHECK
         B     RET
CHECK    LA    R15,24
         CLI   0(R1),C'*'
         BE    CHKNUM
         CLI   0(R1),C'A'         letters: A-I, J-R, S-Z in EBCDIC
         BL    CHKRET
         CLI   0(R1),C'Z'
         BH    CHKRET
         CLI   0(R1),C'I'
         BNH   CHKNUM
         CLI   0(R1),C'J'
         BL    CHKRET
         CLI   0(R1),C'R'
         BNH   CHKNUM
         CLI   0(R1),C'S'
         BL    CHKRET
CHKNUM   CLI   1(R1),C' '
         BE    CHKOK
         CLI   1(R1),C'0'
         BL    CHKRET
         CLI   1(R1),C'5'
         BH    CHKRET
CHKOK    SR    R15,R15
CHKRET   BR    R14
*
***********************************************************************
* FIDOUT                                                              *
***********************************************************************
DOFID    MVI   0(R2),C''''
         LA    R2,1(,R2)
         LR    R3,R1
         LA    R4,8
         BAL   R14,PART           filename
         MVI   0(R2),C' '
         LA    R2,1(,R2)
         LA    R3,8(,R1)
         LA    R4,8
         BAL   R14,PART           filetype
         MVI   0(R2),C' '
         LA    R2,1(,R2)
         LA    R3,16(,R1)
         LA    R4,2
         BAL   R14,PART           filemode
         MVI   0(R2),C''''
         LA    R2,1(,R2)
         SR    R15,R15
         B     RETR1R2
* PART: R4 bytes at R3 to R2, up to the first blank.
PART     CLI   0(R3),C' '
         BER   R14
         CLI   0(R3),X'FF'
         BER   R14
         MVC   0(1,R2),0(R3)
         LA    R2,1(,R2)
         LA    R3,1(,R3)
         BCT   R4,PART
         BR    R14
*
***********************************************************************
* HEXTOK, HEXOUT3                                                     *
***********************************************************************
DOHEXIN  SR    R0,R0
         LA    R4,4               four digits at most
         LR    R3,R1
         LA    R15,4
         CLI   0(R3),C' '
         BE    RET
HXLOOP   CLI   0(R3),C' '
         BE    HXEND
         SR    R5,R5
         IC    R5,0(,R3)
         CLI   0(R3),C'0'
         BL    HXLETTER
         CLI   0(R3),C'9'
         BH    RET
         S     R5,=A(C'0')
         B     HXADD
HXLETTER CLI   0(R3),C'A'
         BL    RET
         CLI   0(R3),C'F'
         BH    RET
         S     R5,=A(C'A'-10)
HXADD    SLL   R0,4
         AR    R0,R5
         LA    R3,1(,R3)
         BCT   R4,HXLOOP
         CLI   0(R3),C' '         more than four digits
         BNE   RET
HXEND    SR    R15,R15
         B     RETR0
*
DOHEXOUT LA    R4,3
         LA    R3,2(,R1)          from the last digit backwards
HOLOOP   LR    R5,R0
         N     R5,=F'15'
         IC    R5,HEXDIG(R5)
         STC   R5,0(,R3)
         SRL   R0,4
         BCTR  R3,0
         BCT   R4,HOLOOP
         SR    R15,R15
         B     RET
*
***********************************************************************
* FNMATCH                                                             *
***********************************************************************
DOMATCH  LR    R3,R1              where is the '*'?
         LA    R4,8
MTFIND   CLI   0(R3),C'*'
         BE    MTSTAR
         LA    R3,1(,R3)
         BCT   R4,MTFIND
         CLC   0(8,R1),0(R2)      none: the whole name
         B     MTCC
MTSTAR   SR    R3,R1              the part before it
         BZ    MTYES              none: any name
         BCTR  R3,0
         EX    R3,MTCLC
MTCC     BNE   MTNO
MTYES    SR    R15,R15
         B     RET
MTNO     LA    R15,4
         B     RET
MTCLC    CLC   0(0,R1),0(R2)
*
         LTORG
HEXDIG   DC    C'0123456789ABCDEF'
TKHALF   DS    H
         END
