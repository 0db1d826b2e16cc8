         TITLE 'ALLOC - 800-BYTE BLOCKS FROM THE QMSK'
***********************************************************************
* ALLOC: hands out and takes back a disk's blocks through its QMSK,   *
* the bit map of the file area kept in storage (SY20-0887: "Disk      *
* storage allocation using the QMSK data block": one bit per block,   *
* 1 = in use).                                                        *
*                                                                     *
*   GETBLK   R1 -> ADT: R0 = a free block, now in use, R15 = 0; or    *
*            R15 = 13 (the disk is full)                              *
*   FREEBLK  R0 = block, R1 -> ADT: the block becomes free when the   *
*            pending change is committed (UPDISK), not before: until  *
*            the MFD names the new directory, the old one may still   *
*            reach it, so nothing may be written on it                *
* BALR R14,R15; every register but R0 and R15 is kept.                *
***********************************************************************
         PRINT NOGEN
         REGEQU
         ADT
         MFDD
         PRINT GEN
ALLOC    CSECT
         ENTRY GETBLK,FREEBLK
*
         USING GETBLK,R15
GETBLK   STM   R14,R12,12(R13)
         SR    R10,R10
         B     ALLOCGO
         DROP  R15
         USING FREEBLK,R15
FREEBLK  STM   R14,R12,12(R13)
         LA    R10,1
         B     ALLOCGO
         DROP  R15
*
ALLOCGO  BALR  R12,0
         USING *,R12
         LTR   R10,R10
         BNZ   FREEGO
         USING ADT,R1
* The search starts at the hint (just past the last block handed out)
* and wraps once to block 5, the first after the MFD.
         LH    R5,ADTHINT
         LH    R6,ADTNUM
         LA    R9,2               two passes at most
GETPASS  CR    R5,R6
         BH    GETWRAP
         BAL   R14,BITOF          R4 -> the byte, R8 -> its mask
         CLI   0(R4),X'FF'        a whole byte in use: skip it
         BNE   GETBIT
         CLI   0(R8),X'80'
         BNE   GETBIT
         LA    R5,8(,R5)
         B     GETPASS
GETBIT   MVC   GETMASK,0(R8)
         NC    GETMASK,0(R4)
         BZ    GETFOUND
         LA    R5,1(,R5)
         B     GETPASS
GETWRAP  LA    R5,5
         BCT   R9,GETPASS
         LA    R15,13             disk full
         B     GETRET
GETFOUND OC    0(1,R4),0(R8)
         LA    R0,1(,R5)
         STH   R0,ADTHINT
         LR    R0,R5
         SR    R15,R15
GETRET   L     R14,12(,R13)
         LM    R1,R12,24(R13)
         BR    R14
*
* BITOF: R5 = block, R1 -> ADT: R4 -> its byte of the QMSK, R8 -> its
* mask in BITS; R2, R3 used.
BITOF    LR    R2,R5
         BCTR  R2,0
         LR    R3,R2
         SRL   R2,3               byte
         N     R3,=F'7'           bit
         L     R4,ADTQMP          (the QMSK is free storage of its own)
         AR    R4,R2
         LA    R8,BITS(R3)
         BR    R14
         DROP  R1
*
* FREEBLK: the same bit in the freed map (ADTFRP; a read-only disk has
* none, and nothing is freed on it).
FREEGO   DS    0H
         USING ADT,R1
         LR    R5,R0
         CH    R5,=H'5'           blocks 1-4 are never free
         BL    FREERET
         CH    R5,ADTNUM
         BH    FREERET
         OC    ADTFRP,ADTFRP
         BZ    FREERET
         BAL   R14,BITOF
         S     R4,ADTQMP
         A     R4,ADTFRP
         OC    0(1,R4),0(R8)
FREERET  SR    R15,R15
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
         DROP  R1
*
         LTORG
BITS     DC    X'8040201008040201'
GETMASK  DS    X
         END
