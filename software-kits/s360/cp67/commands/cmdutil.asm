         TITLE 'CMDUTIL - WHAT THE CP COMMANDS SHARE'
***********************************************************************
* CMDUTIL: small services of the CP command routines (docs/cp67.md    *
* "Commands"): hexadecimal operands in and out, the time of day and   *
* the date as the commands type them, finding a logged-on user, and   *
* the table that makes a line capitals.                               *
*                                                                     *
* CMDHEXIN  R1 -> an 8-byte word (blank padded): R0 = its value, R15 *
*           = 0, or R15 = 4 if it is not 1-8 hex digits.              *
* CMDHEXOT  R0 = a value, R1 -> where its hex digits go, R2 = how     *
*           many digits (1-8, the low-order ones).                    *
* CMDTOD    R1 -> 17 bytes: 'HH:MM:SS MM/DD/YY' of now (the kernel's *
*           clock: PSATODT ticks of 1/300 second since midnight of    *
*           PSADATE, as the operator gave them at IPL).               *
* CMDHMS    R0 = a time in ticks (1/300 s), R1 -> 'HH:MM:SS' (8).     *
* CMDCPUT   R0 = a time in timer units (1/76800 s), R1 -> 'MMM:SS.HH' *
*           (9), the form of LOGOUT's and QUERY TIME's CPU times.     *
* CMDNOW    R0 = the time now in ticks (1/300 s) since midnight.     *
* CMDDEC    R0 = a number (0 up), R1 -> where its decimal digits go   *
*           (no leading zeros): R1 -> the byte after them.            *
* CMDFINDU  R1 -> a user id (CL8): R1 = its VMBLOK, or 0 if that user *
*           is not logged on.                                         *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         PRINT GEN
CMDUTIL  CSECT
         USING PSA,0
         ENTRY CMDHEXIN,CMDHEXOT,CMDTOD,CMDHMS,CMDCPUT,CMDFINDU
         ENTRY CMDUPTAB,CMDDEC
*
CMDHEXIN ENTER BASE=CMDUTIL
         SR    R0,R0
         LA    R2,8
HEXINLP  CLI   0(R1),C' '
         BE    HEXINEND
         SR    R3,R3
         IC    R3,0(,R1)
         CH    R3,=AL2(C'A')
         BL    HEXINBAD
         CH    R3,=AL2(C'F')
         BNH   HEXINLET
         CH    R3,=AL2(C'0')
         BL    HEXINBAD
         CH    R3,=AL2(C'9')
         BH    HEXINBAD
         SH    R3,=AL2(C'0')
         B     HEXINADD
HEXINLET SH    R3,=AL2(C'A'-10)
HEXINADD SLL   R0,4
         OR    R0,R3
         LA    R1,1(,R1)
         BCT   R2,HEXINLP
HEXINEND CH    R2,=H'8'
         BE    HEXINBAD               no digit at all
         LEAVE RC=0
HEXINBAD LEAVE RC=4
*
CMDHEXOT ENTER BASE=CMDUTIL
         ST    R0,HEXWORK
         UNPK  HEXOUT(9),HEXWORK(5)
         TR    HEXOUT(8),HEXDIGS-240
         LA    R3,HEXOUT+8
         SR    R3,R2                  the last R2 digits
         BCTR  R2,0
         EX    R2,HEXMOVE
         LEAVE RC=0
HEXMOVE  MVC   0(0,R1),0(R3)
*
CMDTOD   ENTER BASE=CMDUTIL
         LR    R4,R1
         BAL   R14,NOW
         BAL   R14,HMS
         MVI   8(R4),C' '
         SR    R0,R0
         IC    R0,PSAMONTH
         LA    R1,9(,R4)
         BAL   R14,TWO
         MVI   11(R4),C'/'
         IC    R0,PSADAY
         LA    R1,12(,R4)
         BAL   R14,TWO
         MVI   14(R4),C'/'
         LH    R0,PSAYEAR
         SRDA  R0,32
         D     R0,=F'100'
         LA    R1,15(,R4)
         BAL   R14,TWO
         LEAVE RC=0
*
CMDHMS   ENTER BASE=CMDUTIL
         LR    R4,R1
         BAL   R14,HMS
         LEAVE RC=0
*
* NOW (internal): R0 = ticks since midnight now: the kernel's time of
* day (PSATODT, PSATODR) and the timer units gone since it last
* looked, as TODGET counts them (kernel/timer.asm).
NOW      L     R1,PSALASTT
         S     R1,TIMER
         BNM   NOW1
         SR    R1,R1
NOW1     A     R1,PSATODR
         SRL   R1,8
         A     R1,PSATODT
         C     R1,=A(24*60*60*300)
         BL    NOW2
         S     R1,=A(24*60*60*300)
NOW2     LR    R0,R1
         BR    R14
*
         ENTRY CMDNOW
CMDNOW   ENTER BASE=CMDUTIL
         BAL   R14,NOW
         LEAVE RC=0
*
* HMS (internal): R0 = ticks, R4 -> 'HH:MM:SS'.
HMS      ST    R14,HMSRET
         LR    R1,R0
         SR    R0,R0
         D     R0,=F'300'             R1 seconds
         SR    R0,R0
         D     R0,=F'60'              R0 seconds, R1 minutes
         LR    R5,R0
         SR    R0,R0
         D     R0,=F'60'              R0 minutes, R1 hours
         LR    R6,R0
         LR    R0,R1
         LA    R1,0(,R4)
         BAL   R14,TWO
         MVI   2(R4),C':'
         LR    R0,R6
         LA    R1,3(,R4)
         BAL   R14,TWO
         MVI   5(R4),C':'
         LR    R0,R5
         LA    R1,6(,R4)
         BAL   R14,TWO
         L     R14,HMSRET
         BR    R14
*
* TWO (internal): R0 = 0-99, R1 -> two digits.
TWO      CVD   R0,DECWORK
         UNPK  0(2,R1),DECWORK+6(2)
         OI    1(R1),X'F0'
         BR    R14
*
CMDCPUT  ENTER BASE=CMDUTIL
         LR    R4,R1
         LR    R1,R0
         SR    R0,R0
         D     R0,=F'768'             R1 hundredths of a second
         SR    R0,R0
         D     R0,=F'100'             R0 hundredths, R1 seconds
         LR    R5,R0
         SR    R0,R0
         D     R0,=F'60'              R0 seconds, R1 minutes
         LR    R6,R0
         CVD   R1,DECWORK
         UNPK  0(3,R4),DECWORK+6(2)
         OI    2(R4),X'F0'
         MVI   3(R4),C':'
         LR    R0,R6
         LA    R1,4(,R4)
         BAL   R14,TWO
         MVI   6(R4),C'.'
         LR    R0,R5
         LA    R1,7(,R4)
         BAL   R14,TWO
         LEAVE RC=0
*
CMDFINDU ENTER BASE=CMDUTIL
         L     R2,PSAVMCHN
FINDLOOP LTR   R2,R2
         BZ    FINDDONE
         CLC   VMUSER-VMBLOK(8,R2),0(R1)
         BE    FINDDONE
         L     R2,VMNEXT-VMBLOK(,R2)
         B     FINDLOOP
FINDDONE LR    R1,R2
         LEAVE RC=0
*
CMDDEC   ENTER BASE=CMDUTIL
         LR    R4,R1
         CVD   R0,DECWORK
         UNPK  DECDIGS(12),DECWORK+2(6)
         OI    DECDIGS+11,X'F0'
         LA    R2,DECDIGS
         LA    R3,11                  at most 11 zeros skipped
DECSKIP  CLI   0(R2),C'0'
         BNE   DECMOVE
         LA    R2,1(,R2)
         BCT   R3,DECSKIP
DECMOVE  EX    R3,DECMVC              R3+1 digits
         LA    R1,1(R3,R4)
         LEAVE RC=0
DECMVC   MVC   0(0,R4),0(R2)
*
         DS    0D
DECWORK  DS    D
DECDIGS  DS    CL12
HEXWORK  DS    F
         DS    X
HEXOUT   DS    CL9
HEXDIGS  DC    C'0123456789ABCDEF'
HMSRET   DS    A
         LTORG
* CMDUPTAB: TR to capitals (a-i, j-r, s-z; the rest as it is).
CMDUPTAB DC    X'000102030405060708090A0B0C0D0E0F'
         DC    X'101112131415161718191A1B1C1D1E1F'
         DC    X'202122232425262728292A2B2C2D2E2F'
         DC    X'303132333435363738393A3B3C3D3E3F'
         DC    X'404142434445464748494A4B4C4D4E4F'
         DC    X'505152535455565758595A5B5C5D5E5F'
         DC    X'606162636465666768696A6B6C6D6E6F'
         DC    X'707172737475767778797A7B7C7D7E7F'
         DC    X'80C1C2C3C4C5C6C7C8C98A8B8C8D8E8F'
         DC    X'90D1D2D3D4D5D6D7D8D99A9B9C9D9E9F'
         DC    X'A0A1E2E3E4E5E6E7E8E9AAABACADAEAF'
         DC    X'B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF'
         DC    X'C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF'
         DC    X'D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF'
         DC    X'E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF'
         DC    X'F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF'
         END
