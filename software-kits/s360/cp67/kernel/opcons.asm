         TITLE 'OPCONS - THE OPERATOR''S 1052 WHILE CP STARTS OR STOPS'
***********************************************************************
* OPCONS: I/O that waits for its own ending, for the moments when CP  *
* is not yet (CPINIT: the operator dialogue, the volume labels) or no *
* longer (CPABEND) running its I/O supervisor. Each call runs one     *
* channel program and waits for it in an enabled wait for I/O alone   *
* (the I/O new PSW points here meanwhile), so that a slow operator    *
* costs the machine nothing; interruptions from other devices are     *
* dropped, as nothing else runs then. Once CP runs, the terminal      *
* module (cp-users) owns the 1052 and nobody calls these but CPABEND  *
* and, while cp-users' TRMWRITE is not linked, VMMSG.                 *
*                                                                     *
* Entries (BALR R14,R15; own save area, no CP stack: CPABEND calls    *
* them when the stack may be the problem):                            *
*   OPWRITE  R1 -> text, R0 = length: types a line on the 1052 (01F)  *
*   OPREAD   R1 -> buffer, R0 = its length: reads a line; R0 = length *
*            typed, lower-case letters made capitals                  *
*   POLLIO   R1 = device address, R2 -> channel program: R15 = 0 when *
*            it ended with device end and no unit check or exception, *
*            4 not operational, 8 otherwise; the CSW at OPCSW         *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         PRINT GEN
OPCONS   CSECT
         ENTRY OPWRITE,OPREAD,POLLIO,OPCSW
         USING PSA,R0
*
         USING OPWRITE,R15
OPWRITE  STM   R14,R12,OPSAVE+12
         DROP  R15
         BALR  R12,0
         USING *,R12
         LTR   R0,R0
         BNP   OPRET0
         ST    R1,OPWORD          the text, at most 130 characters
         MVC   WRCCW+1(3),OPWORD+1
         CH    R0,=H'130'
         BNH   *+8
         LH    R0,=H'130'
         STH   R0,WRCCW+6
         LA    R1,X'01F'
         LA    R2,WRCCW
         BAL   R14,POLLSUB
OPRET0   LM    R14,R12,OPSAVE+12
         SR    R15,R15
         BR    R14
         DROP  R12
*
         USING OPREAD,R15
OPREAD   STM   R14,R12,OPSAVE+12
         DROP  R15
         BALR  R12,0
         USING *,R12
         LR    R3,R1              the buffer
         ST    R1,OPWORD
         MVC   RDCCW+1(3),OPWORD+1
         STH   R0,RDCCW+6
         LA    R1,X'01F'
         LA    R2,RDCCW
         BAL   R14,POLLSUB
         SR    R0,R0
         LTR   R15,R15
         BNZ   RDRET              not operational: nothing typed
         LH    R0,RDCCW+6
         SH    R0,OPCSW+6         less the residual count
         LTR   R4,R0
         BNP   RDRET
RDUPPER  CLI   0(R3),X'81'        a-i, j-r, s-z become A-I, J-R, S-Z
         BL    RDNEXT
         CLI   0(R3),X'A9'
         BH    RDNEXT
         OI    0(R3),X'40'
RDNEXT   LA    R3,1(,R3)
         BCT   R4,RDUPPER
RDRET    L     R14,OPSAVE+12
         L     R1,OPSAVE+24
         LM    R2,R12,OPSAVE+28
         SR    R15,R15
         BR    R14
         DROP  R12
*
         USING POLLIO,R15
POLLIO   STM   R14,R12,OPSAVE+12
         DROP  R15
         BALR  R12,0
         USING *,R12
         BAL   R14,POLLSUB
         L     R14,OPSAVE+12
         LM    R0,R12,OPSAVE+20
         BR    R14
         DROP  R12
*
* POLLSUB: R1 = device, R2 -> CCWs; R15 = 0, 4 or 8 (above). The I/O
* new PSW is borrowed and given back. R4 and R11 (its base) used.
POLLSUB  BALR  R11,0
         USING *,R11
         ST    R14,POLLR14
         MVC   POLLNPSW,IONPSW
         MVC   IONPSW,POLLPSW
         XC    POLLSTAT,POLLSTAT
         ST    R2,CAW
         STH   R1,POLLDEV
         LR    R4,R1
         SIO   0(R4)
         BC    8,POLLWAIT         started
         BC    1,POLLNOP          not operational
         BC    2,POLLWAIT         (busy: its ending comes first, below)
         MVC   POLLCSW,CSW        cc 1: the status now
         OC    POLLSTAT,CSW+4
         B     POLLEND
POLLWAIT LPSW  POLLWPSW           wait for the I/O interruption
POLLINT  BALR  R11,0              (the I/O new PSW leads here)
         USING *,R11
         CLC   PSAIOADR,POLLDEV
         BNE   POLLWT2            another device's: dropped
         MVC   POLLCSW,CSW
         OC    POLLSTAT,CSW+4
         TM    POLLSTAT,X'04'     device end?
         BO    POLLEND
         TM    POLLSTAT,X'02'     unit check
         BO    POLLEND
         TM    POLLSTAT+1,X'3F'   channel errors end it too
         BNZ   POLLEND
         TM    POLLSTAT,X'08'     channel end of a busy device
         BZ    POLLWT2
         TM    POLLSTAT,X'10'
         BO    POLLEND
POLLWT2  LPSW  POLLWPSW
POLLNOP  LA    R15,4
         B     POLLOUT
POLLEND  MVC   OPCSW,POLLCSW
         MVC   OPCSW+4(2),POLLSTAT
         LA    R15,8
         TM    POLLSTAT,X'04'
         BZ    POLLOUT
         TM    POLLSTAT,X'13'     busy, unit check, unit exception
         BNZ   POLLOUT
         SR    R15,R15
POLLOUT  MVC   IONPSW,POLLNPSW
         L     R14,POLLR14
         BR    R14
         DROP  R11
*
         DS    0D
POLLPSW  DC    X'00000000',A(POLLINT)  EC, disabled, supervisor
POLLWPSW DC    X'02020000',A(0)        EC, I/O enabled, wait
POLLNPSW DS    D
POLLCSW  DS    D
OPCSW    DS    D
WRCCW    CCW   X'09',0,X'20',1    write, carrier return after
RDCCW    CCW   X'0A',0,X'20',1    read inquiry
POLLR14  DS    F
OPWORD   DS    F
POLLDEV  DS    H
POLLSTAT DS    H
OPSAVE   DS    18F
         LTORG
         END
