         TITLE 'DIAGDSK - DIAGNOSE X''18'', DISK I/O'
***********************************************************************
* DIAGDSK: DIAGNOSE X'18', CMS's disk I/O under CP (reference 16.2;   *
* VM/370 System Programmer's Guide for the codes, which CP-67's CMS   *
* used too). The guest gives a chain in the standard format, one     *
* group of four CCWs per record:                                      *
*   SEEK X'07' (later groups may SEEK HEAD X'1B' on the same          *
*   cylinder), 6 bytes, CC; SEARCH ID EQUAL X'31', 5 bytes, CC;       *
*   TIC to the search; READ DATA X'06' or WRITE DATA X'05', CC to     *
*   the next group.                                                   *
*   Rx = the virtual disk's address, Ry = the chain's address         *
*   (doubleword aligned), R15 = the number of groups (1-15).          *
* No I/O interruption comes: the DIAGNOSE ends when the I/O has.      *
*   cc 0  done                                                        *
*   cc 1  R15 = 1 no such device; 2 not a disk; 3 a write to a read-  *
*         only disk; 4 a cylinder (or head) outside the minidisk;     *
*         5 the device is busy or has an interruption pending         *
*   cc 2  R15 = 5 the chain is not doubleword aligned (or outside     *
*         storage); 6 a seek or search argument outside storage;      *
*         7 a read/write CCW neither X'06' nor X'05'; 8 a count of    *
*         zero; 9 a count above 4096; 10 a buffer outside storage;    *
*         11 R15 not 1-15, or the chain not in the format for R15     *
*         groups; 12 a SEEK HEAD's cylinder not the first seek's      *
*   cc 3  R15 = 13 an I/O error: the CSW at X'40', the sense for a    *
*         SENSE command                                               *
* The checked chain runs like any program (CCWTRAN, VIOGO): CP gives  *
* no interruption at its end but keeps the result in the VDEVBLOK and *
* holds the user (VMIOWT) with the DIAGNOSE to be executed again      *
* (DRRESTRT); executed again, it finds its result and completes. So  *
* CP waits for nothing, and the guest sees one instruction.           *
*                                                                     *
*   DIAGDSK  R11 -> VMBLOK, R1 = Rx * 16 + Ry, R0 = X'18'             *
*            -> R15 = the guest's condition code, or DRRESTRT         *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         VDEVBLOK
         VINTBLOK
         DIAGRET
         PRINT GEN
DIAGDSK  CSECT
         USING PSA,R0
         USING VMBLOK,R11
         USING VDEVBLOK,R10
*
DDENTRY  ENTER BASE=DDENTRY
         LR    R2,R1              Rx: the device
         SRL   R2,4
         N     R2,=F'15'
         SLL   R2,2
         L     R3,VMGPRS(R2)
         N     R1,=F'15'          Ry: the chain
         SLL   R1,2
         L     R4,VMGPRS(R1)
         LA    R4,0(,R4)
         L     R5,VMGPRS+60       R15: the groups
         LR    R1,R3
         CALL  VFINDDEV
         LTR   R15,R15
         BNZ   DDNODEV
         LR    R10,R1
         CLI   VDEVTYPC,VDEVCDAS
         BNE   DDNOTDSK
         CLI   VDEVDST,2          executed again: the result is there
         BE    DDRESULT
         CLI   VDEVDST,1          (still running: wait on)
         BE    DDWAIT
         TM    VDEVSTAT,VDEVBUSY
         BO    DDBUSY
         L     R1,VMVINTQ         an interruption pending for it?
         USING VINTBLOK,R1
DDQ      LTR   R1,R1
         BZ    DDCHECK
         C     R10,VINTVDEV
         BE    DDBUSY
         L     R1,VINTNEXT
         B     DDQ
         DROP  R1
         EJECT
***********************************************************************
* The chain, group by group. R6 -> the group, R7 = groups left.       *
***********************************************************************
DDCHECK  LTR   R5,R5
         BNP   DDBADR15
         CH    R5,=H'15'
         BH    DDBADR15
         LR    R1,R4
         N     R1,=F'7'
         BNZ   DDALIGN
         LR    R6,R4
         LR    R7,R5
         MVI   DDFIRST,1
*                                 the seek
DDGROUP  LR    R1,R6
         LA    R0,32
         LA    R2,DDCCWS
         CALL  GFETCH
         LTR   R15,R15
         BNZ   DDALIGN
         CLI   DDCCWS,X'07'
         BE    DDSEEK
         CLI   DDCCWS,X'1B'
         BNE   DDBADR15
         CLI   DDFIRST,1          seek head: never the first
         BE    DDBADR15
DDSEEK   CLC   DDCCWS+6(2),=H'6'
         BL    DDBADARG
         TM    DDCCWS+4,X'40'
         BZ    DDBADR15
         L     R1,DDCCWS
         LA    R1,0(,R1)
         LA    R0,6
         LA    R2,DDSARG
         CALL  GFETCH
         LTR   R15,R15
         BNZ   DDBADARG
         CLC   DDSARG(2),=H'0'
         BNE   DDEXTENT
         CLI   DDCCWS,X'1B'
         BNE   DDSEEK1
         CLC   DDSARG+2(2),DDCYL  seek head: the first seek's cylinder
         BNE   DDBADHD
DDSEEK1  MVC   DDCYL,DDSARG+2
         TM    VDEVFLAG,VDEVMDSK
         BZ    DDSEEK2
         CLC   DDSARG+2(2),VDEVNCYL
         BNL   DDEXTENT
DDSEEK2  LA    R0,20              heads: 20 on a 2314, 10 on a 2311
         CLI   VDEVTYPT,VDEVT311
         BNE   *+8
         LA    R0,10
         CH    R0,DDSARG+4
         BNH   DDEXTENT
         MVI   DDFIRST,0
*                                 the search, the TIC
         CLI   DDCCWS+8,X'31'
         BNE   DDBADR15
         TM    DDCCWS+12,X'40'
         BZ    DDBADR15
         L     R1,DDCCWS+8
         LA    R1,5(,R1)
         C     R1,VMSIZE
         BH    DDBADARG
         CLI   DDCCWS+16,X'08'
         BNE   DDBADR15
*                                 the read or write
         CLI   DDCCWS+24,X'06'
         BE    DDRW
         CLI   DDCCWS+24,X'05'
         BNE   DDBADCMD
         TM    VDEVFLAG,VDEVRO
         BO    DDREADO
DDRW     LH    R1,DDCCWS+30
         N     R1,=X'0000FFFF'
         BZ    DDZERO
         CH    R1,=H'4096'
         BH    DDBIG
         L     R2,DDCCWS+24
         LA    R2,0(,R2)
         AR    R1,R2
         C     R1,VMSIZE
         BH    DDBUFFER
         BCT   R7,DDMORE
         TM    DDCCWS+28,X'C0'    the last: no chaining beyond it
         BNZ   DDBADR15
         B     DDSTART
DDMORE   TM    DDCCWS+28,X'40'    more groups: chained to them
         BZ    DDBADR15
         TM    DDCCWS+28,X'80'
         BO    DDBADR15
         LA    R6,32(,R6)
         B     DDGROUP
         EJECT
***********************************************************************
* Run it. The user waits (VMIOWT) with the DIAGNOSE to execute again; *
* an ending at once has the result ready already.                     *
***********************************************************************
DDSTART  ST    R4,VDEVCAW         key 0
         LR    R1,R4
         SR    R0,R0
         CALL  CCWTRAN
         LTR   R15,R15
         BNZ   DDPAGE
         OI    VDEVSTAT,VDEVDIAG
         MVI   VDEVDST,1
         OI    VMRSTAT,VMIOWT
         SR    R0,R0
         CALL  VIOGO
         CLI   VDEVDST,2
         BE    DDRESULT
DDWAIT   OI    VMRSTAT,VMIOWT
DDPAGE   LEAVE RC=DRRESTRT
*
DDRESULT MVI   VDEVDST,0
         LH    R1,VDEVDR15
         ST    R1,VMGPRS+60
         SR    R15,R15
         IC    R15,VDEVDCC
         LEAVE
*
DDNODEV  LA    R1,1
         B     DDCC1
DDNOTDSK LA    R1,2
         B     DDCC1
DDREADO  LA    R1,3
         B     DDCC1
DDEXTENT LA    R1,4
         B     DDCC1
DDBUSY   LA    R1,5
DDCC1    ST    R1,VMGPRS+60
         LEAVE RC=1
DDALIGN  LA    R1,5
         B     DDCC2
DDBADARG LA    R1,6
         B     DDCC2
DDBADCMD LA    R1,7
         B     DDCC2
DDZERO   LA    R1,8
         B     DDCC2
DDBIG    LA    R1,9
         B     DDCC2
DDBUFFER LA    R1,10
         B     DDCC2
DDBADR15 LA    R1,11
         B     DDCC2
DDBADHD  LA    R1,12
DDCC2    ST    R1,VMGPRS+60
         LEAVE RC=2
*
         LTORG
DDCCWS   DS    4D                 one group's CCWs
DDSARG   DS    D                  its seek argument
DDCYL    DS    H                  the first seek's cylinder
DDFIRST  DS    X
         END
