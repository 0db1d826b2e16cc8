         TITLE 'DIAGNOSE - CP SERVICES FOR A GUEST'
***********************************************************************
* DIAGNOSE: X'83' in a virtual machine is a request to CP (reference  *
* section 16): the code (the operand address, a multiple of 4)       *
* chooses the service, Rx and Ry (the instruction's register fields)  *
* carry its operands. Each code is counted in the user's STATBLOK.    *
*   X'08'  a CP command (cp-users' DIAGCMD)                           *
*   X'0C'  the pseudo timer, here                                     *
*   X'10'  release pages, here                                        *
*   X'14'  reader spool files (cp-vio's DIAGRDR)                      *
*   X'18'  disk I/O without channel programs (cp-vio's DIAGDSK)       *
*   others, a code not a multiple of 4, or a part not linked:         *
*          specification exception, as VM/370 gives it                *
* Each returns what maclib DIAGRET says.                              *
*                                                                     *
* X'0C' (VM/370's layout; the CP-67 manuals we read do not give one): *
* Rx holds the address of a doubleword-aligned 32-byte area that      *
* gets the date C'MM/DD/YY', the time C'HH:MM:SS', the virtual CPU    *
* time and the total CPU time the user has had, each a doubleword of  *
* microseconds; the condition code is unchanged. CMS (nucleus/init    *
* and clock) reads the date and time from it.                         *
*                                                                     *
* X'10': Rx and Ry hold the addresses of the first and the last page  *
* to release (4K boundaries, the first not above the last, within the *
* guest's storage; specification or addressing otherwise). Their      *
* frames go back to CP and they read as zeros from then on; a page   *
* fixed for I/O, and page 0, stay. The condition code is unchanged.   *
*                                                                     *
* Entry (CALL): DIAGNOSE R11, R0 = code, R1 = Rx (bits 24-27) and Ry  *
* (bits 28-31) -> R15 as DIAGRET                                      *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         STATBLOK
         DIAGRET
         PRINT GEN
DIAGMOD  CSECT
         ENTRY DIAGNOSE
         WXTRN DIAGCMD,DIAGRDR,DIAGDSK
         USING PSA,R0
         USING VMBLOK,R11
*
DIAGNOSE ENTER BASE=DIAGMOD
         LR    R6,R0              the code
         LR    R7,R1              Rx, Ry
         LR    R2,R6              count it by code / 4
         SRL   R2,2
         CH    R2,=H'63'
         BNH   *+8
         LA    R2,63
         SLL   R2,2
         A     R2,VMSTATS
         L     R3,STDIAG-STATBLOK(,R2)
         LA    R3,1(,R3)
         ST    R3,STDIAG-STATBLOK(,R2)
         LA    R15,DRPGM+6
         CH    R6,=H'8'
         BE    DIAG08
         CH    R6,=H'12'
         BE    DIAG0C
         CH    R6,=H'16'
         BE    DIAG10
         CH    R6,=H'20'
         BE    DIAG14
         CH    R6,=H'24'
         BE    DIAG18
         B     DIAGRET
DIAG08   L     R15,=A(DIAGCMD)
         B     DIAGCALL
DIAG14   L     R15,=A(DIAGRDR)
         B     DIAGCALL
DIAG18   L     R15,=A(DIAGDSK)
DIAGCALL LTR   R15,R15
         BNZ   DIAGGO
         LA    R15,DRPGM+6        not linked
         B     DIAGRET
DIAGGO   LR    R0,R6
         LR    R1,R7
         BALR  R14,R15
         B     DIAGRET
*
* X'0C': date, time, virtual and total CPU time
DIAG0C   LR    R2,R7
         SRL   R2,4
         N     R2,=X'0000000F'
         SLL   R2,2
         L     R8,VMGPRS(R2)
         N     R8,=X'00FFFFFF'
         LR    R2,R8
         N     R2,=X'00000007'
         BNZ   DIAGRET            specification
         LA    R2,32(,R8)
         C     R2,VMSIZE
         BNH   DIAG0C1
         LA    R15,DRPGM+5        addressing
         B     DIAGRET
DIAG0C1  LA    R1,D0CAREA
         CALL  TODGET
         L     R1,VMVTIME
         CALL  UNITSUS
         STM   R0,R1,D0CAREA+16
         L     R1,VMCPUTM
         CALL  UNITSUS
         STM   R0,R1,D0CAREA+24
         LR    R1,R8
         LA    R0,32
         LA    R2,D0CAREA
         CALL  GSTORE
         LTR   R15,R15
         BZ    DIAG0C2
         CH    R15,=H'3'
         LA    R15,DRRESTRT       its page is coming: again later
         BE    DIAGRET
         LA    R15,DRPGM+5
         B     DIAGRET
DIAG0C2  LA    R15,DRKEEP
         B     DIAGRET
*
* X'10': release the pages from Rx's to Ry's
DIAG10   LR    R2,R7
         SRL   R2,4
         N     R2,=X'0000000F'
         SLL   R2,2
         L     R8,VMGPRS(R2)      first
         N     R8,=X'00FFFFFF'
         LR    R2,R7
         N     R2,=X'0000000F'
         SLL   R2,2
         L     R9,VMGPRS(R2)      last
         N     R9,=X'00FFFFFF'
         LR    R2,R8
         OR    R2,R9
         N     R2,=X'00000FFF'
         BNZ   DIAGRET            specification: not page boundaries
         CR    R8,R9
         BH    DIAGRET
         C     R9,VMSIZE
         BL    DIAG10A
         LA    R15,DRPGM+5
         B     DIAGRET
DIAG10A  SRL   R8,12
         SRL   R9,12
DIAG10B  LR    R1,R8
         CALL  FRMPGREL
         LA    R8,1(,R8)
         CR    R8,R9
         BNH   DIAG10B
         LA    R15,DRKEEP
DIAGRET  LEAVE
*
         DS    0D
D0CAREA  DS    XL32
         LTORG
         END
