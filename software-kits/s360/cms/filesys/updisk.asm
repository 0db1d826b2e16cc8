         TITLE 'UPDISK - COMMIT A DISK''S DIRECTORY'
***********************************************************************
* UPDISK: writes a disk's changed directory so that the disk is never *
* inconsistent, whenever the machine may stop (the CMS PLM's UPDISK   *
* writes the FST blocks, the QMSK and the MFD; the order here is what *
* makes a stop harmless, docs/machines/cms-filesystem.md):            *
*   1. the changed FST blocks go to new blocks (the data blocks and   *
*      chain links they reach were written before UPDISK is called); *
*   2. the QMSK, as it is after the change (the new blocks in use,    *
*      those the change freed free), goes to new blocks;              *
*   3. the MFD, naming the new FST and QMSK blocks, is written in one *
*      write over block 4. Until that write every block the old MFD   *
*      reaches is untouched, so a stop before it leaves the old disk, *
*      and a stop after it the new one.                               *
* Blocks the change freed (FREEBLK) stay in use until step 2, so no   *
* block of the old state is written on before the MFD moves.          *
*                                                                     *
*   UPDISK   R1 -> ADT; BALR R14,R15, R13 -> save area.               *
*            R15 = 0; 12 read-only disk; 13 disk full; 3 I/O error.   *
*            On an error the directory is read again from the disk    *
*            (RELOAD): the change is forgotten, the disk keeps what   *
*            it had.                                                  *
***********************************************************************
         PRINT NOGEN
         REGEQU
         ADT
         MFDD
         FSTD
         PRINT GEN
UPDISK   CSECT
         STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         ST    R13,UPSAVE+4
         LA    R13,UPSAVE
         LR    R7,R1
         USING ADT,R7
         LA    R15,12
         TM    ADTFLAGS,ADTRO
         BO    UPRET
         MVC   UPMFD(200),ADTMFD  the new MFD, from the old
         MVC   UPMFD+200(200),ADTMFD+200
         MVC   UPMFD+400(200),ADTMFD+400
         MVC   UPMFD+600(200),ADTMFD+600
         LA    R8,UPMFD
         USING MFDD,R8
*
* 1. The FST blocks: every block's entries are counted (MFDFILES); the
*    changed ones are written anew.
         SR    R11,R11            files
         SR    R9,R9              block index
UPFSTB   LR    R4,R9              R4 -> the FST block in storage
         SLL   R4,2
         L     R4,ADTFSTP(R4)
         SR    R6,R6
         LTR   R4,R4              (none: no entries; a block on the
         BZ    UPCOUNTD           disk has one in storage)
         LA    R5,FSTPERBL        count this block's entries
         LR    R3,R4
UPCOUNT  CLI   0(R3),0
         BE    *+8
         LA    R6,1(,R6)
         LA    R3,FSTSIZE(,R3)
         BCT   R5,UPCOUNT
UPCOUNTD AR    R11,R6
         L     R3,=X'00008000'    this block's dirty bit
         SRL   R3,0(R9)
         STH   R3,UPWORK
         NC    UPWORK(2),ADTDIRTY
         BZ    UPFSTNX
         LR    R10,R9             its slot in MFDFSTB
         AR    R10,R10
         LA    R10,MFDFSTB(R10)
         LH    R0,0(,R10)         the old copy is freed ...
         LTR   R0,R0
         BZ    UPFSTNEW
         BAL   R14,CALLFREE
UPFSTNEW SR    R0,R0
         LTR   R6,R6              ... an empty block is dropped ...
         BZ    UPFSTSET
         BAL   R14,CALLGET        ... and the new one written
         LTR   R15,R15
         BNZ   UPFAIL
         LR    R2,R4
         BAL   R14,CALLWR
         LTR   R15,R15
         BNZ   UPFAIL
UPFSTSET STH   R0,0(,R10)
UPFSTNX  LA    R9,1(,R9)
         CH    R9,=Y(MFDMAXFB)
         BL    UPFSTB
*
* 2. The QMSK: new blocks for it (the old ones freed), then the map
*    with the freed blocks taken out, written to them.
         LH    R9,ADTQBLKS
         LA    R10,MFDQMSK
UPQNEW   LH    R0,0(,R10)
         BAL   R14,CALLFREE
         BAL   R14,CALLGET
         LTR   R15,R15
         BNZ   UPFAIL
         STH   R0,0(,R10)
         LA    R10,2(,R10)
         BCT   R9,UPQNEW
         L     R4,ADTQMP          QMSK = QMSK and not FREED, and
         L     R5,ADTFRP          FREED = 0, 200 bytes at a time
         LH    R9,ADTQBLKS
         SLL   R9,2               (4 pieces of 200 a block)
UPAND    MVC   UPWORK(200),0(R5)
         XC    UPWORK(200),ALLFF
         NC    0(200,R4),UPWORK
         XC    0(200,R5),0(R5)
         LA    R4,200(,R4)
         LA    R5,200(,R5)
         BCT   R9,UPAND
         LH    R9,ADTQBLKS        write it
         LA    R10,MFDQMSK
         L     R2,ADTQMP
UPQWR    LH    R0,0(,R10)
         BAL   R14,CALLWR
         LTR   R15,R15
         BNZ   UPFAIL
         LA    R10,2(,R10)
         LA    R2,BLKSIZE(,R2)
         BCT   R9,UPQWR
*
* The counts: blocks in use are the map's one bits less the bits past
* ADTNUM (kept one); the last in use is the highest one bit below them.
         LH    R9,ADTQBLKS
         MH    R9,=Y(BLKSIZE)
         L     R4,ADTQMP
         SR    R5,R5
UPPOP    SR    R3,R3
         IC    R3,0(,R4)
         IC    R3,POPTAB(R3)
         AR    R5,R3
         LA    R4,1(,R4)
         BCT   R9,UPPOP
         LH    R3,ADTQBLKS
         MH    R3,=H'6400'
         SH    R3,ADTNUM
         SR    R5,R3
         STH   R5,MFDUSED
         STH   R5,ADTUSED
         LH    R3,ADTNUM
         SR    R3,R5
         STH   R3,MFDLEFT
         LH    R5,ADTNUM          the highest block in use (a byte of
UPLAST   LR    R2,R5              nothing but free blocks at a time)
         BCTR  R2,0
         LR    R3,R2
         SRL   R2,3
         N     R3,=F'7'
         L     R4,ADTQMP
         AR    R4,R2
         C     R3,=F'7'
         BNE   UPLBIT
         CLI   0(R4),0
         BNE   UPLBIT
         S     R5,=F'8'
         BP    UPLAST
         SR    R5,R5
         B     UPLASTOK
UPLBIT   LA    R3,BITS(R3)
         MVC   UPWORK(1),0(R3)
         NC    UPWORK(1),0(R4)
         BNZ   UPLASTOK
         BCT   R5,UPLAST
UPLASTOK STH   R5,MFDLAST
         STH   R11,MFDFILES
         L     R3,MFDSEQ
         LA    R3,1(,R3)
         ST    R3,MFDSEQ
*
* 3. The MFD, in one write: the commit.
         LA    R0,MFDBLK
         LA    R2,UPMFD
         BAL   R14,CALLWR
         LTR   R15,R15
         BNZ   UPFAIL
         MVC   ADTMFD(200),UPMFD
         MVC   ADTMFD+200(200),UPMFD+200
         MVC   ADTMFD+400(200),UPMFD+400
         MVC   ADTMFD+600(200),UPMFD+600
         XC    ADTDIRTY,ADTDIRTY
         SR    R15,R15
         B     UPRET
*
* A change that cannot be written whole is forgotten: the disk still
* holds the state before it, and the directory is read from there.
UPFAIL   LR    R11,R15
         LR    R1,R7
         L     R15,=V(RELOAD)
         BALR  R14,R15
         LR    R15,R11
UPRET    L     R13,UPSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
         DROP  R7,R8
*
* GETBLK, FREEBLK, WRBLK on this disk (R7): R0 = block, R2 -> data.
CALLGET  ST    R14,CALLR14
         LR    R1,R7
         L     R15,=V(GETBLK)
         BALR  R14,R15
         L     R14,CALLR14
         BR    R14
CALLFREE ST    R14,CALLR14
         LR    R1,R7
         L     R15,=V(FREEBLK)
         BALR  R14,R15
         L     R14,CALLR14
         BR    R14
CALLWR   ST    R14,CALLR14
         LR    R1,R7
         L     R15,=V(WRBLK)
         BALR  R14,R15
         L     R14,CALLR14
         BR    R14
*
         LTORG
BITS     DC    X'8040201008040201'
ALLFF    DC    200X'FF'
* POPTAB: the number of one bits in each byte value.
POPTAB   DC    X'00010102010202030102020302030304'
         DC    X'01020203020303040203030403040405'
         DC    X'01020203020303040203030403040405'
         DC    X'02030304030404050304040504050506'
         DC    X'01020203020303040203030403040405'
         DC    X'02030304030404050304040504050506'
         DC    X'02030304030404050304040504050506'
         DC    X'03040405040505060405050605060607'
         DC    X'01020203020303040203030403040405'
         DC    X'02030304030404050304040504050506'
         DC    X'02030304030404050304040504050506'
         DC    X'03040405040505060405050605060607'
         DC    X'02030304030404050304040504050506'
         DC    X'03040405040505060405050605060607'
         DC    X'03040405040505060405050605060607'
         DC    X'04050506050606070506060706070708'
CALLR14  DS    F
UPSAVE   DS    18F
UPWORK   DS    CL200
UPMFD    DS    800X
         END
