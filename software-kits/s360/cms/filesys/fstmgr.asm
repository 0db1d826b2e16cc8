         TITLE 'FSTMGR - FIND AND MAKE FILE STATUS TABLE ENTRIES'
***********************************************************************
* FSTMGR: the files of the accessed disks, through their FSTs in      *
* storage (CMS PLM GY20-0591: a file is found by its FST, on the disk *
* its filemode names or, for mode * or blank, on the first disk of    *
* the search order A ... Z that has it, as GH20-0859 describes).      *
*                                                                     *
*   FINDFST  R1 -> CL8 filename, CL8 filetype, CL2 filemode:          *
*            R1 -> the FST in storage, R2 -> its ADT, R15 = 0;        *
*            R15 = 28 no such file, 36 the mode's disk is not         *
*            accessed. A mode's number is not compared.               *
*   NEWFST   R2 -> ADT: R1 -> a free FST entry, R15 = 0; R15 = 10     *
*            (the directory is full)                                  *
*   MARKFST  R1 -> an FST in storage, R2 -> its ADT: its FST block    *
*            is written at the next UPDISK                            *
*   NXTFST   R1 -> ADT, R2 -> an FST entry of it or 0: R2 -> the next *
*            entry (used or free) of its FST blocks, R15 = 0; R15 = 4 *
*            after the last (the blocks are free storage each, so the *
*            commands that look at every file go through this)        *
* BALR R14,R15, R13 -> save area; other registers kept.               *
***********************************************************************
         PRINT NOGEN
         REGEQU
         ADT
         MFDD
         FSTD
         PRINT GEN
FSTMGR   CSECT
         ENTRY FINDFST,NEWFST,MARKFST,NXTFST
         USING FINDFST,R15
FINDFST  STM   R14,R12,12(R13)
         SR    R10,R10
         B     FSTGO
         DROP  R15
         USING NEWFST,R15
NEWFST   STM   R14,R12,12(R13)
         LA    R10,4
         B     FSTGO
         DROP  R15
         USING MARKFST,R15
MARKFST  STM   R14,R12,12(R13)
         LA    R10,8
         B     FSTGO
         DROP  R15
         USING NXTFST,R15
NXTFST   STM   R14,R12,12(R13)
         LA    R10,12
         B     FSTGO
         DROP  R15
FSTGO    BALR  R12,0
         USING *,R12
         ST    R13,FMSAVE+4
         LA    R13,FMSAVE
         B     *+4(R10)
         B     DOFIND
         B     DONEW
         B     DOMARK
         B     DONXT
*
RETR12   L     R13,FMSAVE+4       R1 and R2 are answers
         STM   R1,R2,24(R13)
         B     RETURN
RET      L     R13,FMSAVE+4
RETURN   L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
***********************************************************************
* FINDFST                                                             *
***********************************************************************
DOFIND   MVC   FMKEY,0(R1)
         CLI   FMKEY+16,C' '      no mode letter: the search order
         BE    FINDALL
         CLI   FMKEY+16,C'*'
         BE    FINDALL
         SR    R1,R1
         IC    R1,FMKEY+16
         L     R15,=V(FINDADT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   RET                36: not accessed
         LR    R2,R1
         BAL   R14,SCAN
         LTR   R1,R1
         BZ    NOTFOUND
         B     FOUND
FINDALL  SR    R1,R1              every disk, A to Z
FINDNEXT L     R15,=V(NEXTADT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   NOTFOUND
         LR    R2,R1
         BAL   R14,SCAN
         LTR   R1,R1
         BNZ   FOUND
         LR    R1,R2
         B     FINDNEXT
FOUND    SR    R15,R15
         B     RETR12
NOTFOUND LA    R15,28
         B     RET
*
* SCAN: R2 -> ADT: R1 -> the FST named FMKEY or 0. The FST blocks are
* free storage of their own, one pointer each in the ADT (0: none).
SCAN     LA    R5,ADTFSTP-ADT(,R2)
         LA    R6,MFDMAXFB
SCANBLK  L     R3,0(,R5)
         LTR   R3,R3
         BZ    SCANNXB
         LA    R4,FSTPERBL
SCANLOOP CLC   FMKEY(16),0(R3)
         BE    SCANHIT
         LA    R3,FSTSIZE(,R3)
         BCT   R4,SCANLOOP
SCANNXB  LA    R5,4(,R5)
         BCT   R6,SCANBLK
         SR    R1,R1
         BR    R14
SCANHIT  LR    R1,R3              (a name never begins with X'00')
         BR    R14
*
***********************************************************************
* NEWFST: a free entry of the blocks the disk has, else a new block   *
* of free storage in the first slot the MFD leaves empty (UPDISK      *
* gives it a disk block when a file is entered in it). 10: all 16     *
* slots are full, or there is no storage for another block.           *
***********************************************************************
DONEW    LA    R5,ADTFSTP-ADT(,R2)
         LA    R6,MFDMAXFB
NEWBLK   L     R3,0(,R5)
         LTR   R3,R3
         BZ    NEWNXB
         LA    R4,FSTPERBL
NEWLOOP  CLI   0(R3),0
         BE    NEWHIT
         LA    R3,FSTSIZE(,R3)
         BCT   R4,NEWLOOP
NEWNXB   LA    R5,4(,R5)
         BCT   R6,NEWBLK
         LA    R5,ADTFSTP-ADT(,R2)  every block full: a new one
         LA    R6,MFDMAXFB
NEWSLOT  OC    0(4,R5),0(R5)
         BZ    NEWGET
         LA    R5,4(,R5)
         BCT   R6,NEWSLOT
         LA    R15,10             directory full
         B     RET
NEWGET   LA    R0,BLKSIZE/8       (DMSFREE's storage comes zeroed: all
         L     R15,=V(DMSFREE)    its entries free)
         BALR  R14,R15
         LTR   R15,R15
         BZ    NEWGOT
         LA    R15,10             no storage for it: full, as far as
         B     RET                this directory can go
NEWGOT   ST    R1,0(,R5)
         LR    R3,R1
NEWHIT   XC    0(FSTSIZE,R3),0(R3)
         LR    R1,R3
         SR    R15,R15
         B     RETR12
*
***********************************************************************
* MARKFST                                                             *
***********************************************************************
DOMARK   LA    R5,ADTFSTP-ADT(,R2)  the block holding it
         SR    R6,R6              its slot
MARKBLK  L     R3,0(,R5)
         LTR   R3,R3
         BZ    MARKNXB
         CR    R1,R3
         BL    MARKNXB
         LA    R3,BLKSIZE(,R3)
         CR    R1,R3
         BL    MARKIT
MARKNXB  LA    R5,4(,R5)
         LA    R6,1(,R6)
         CH    R6,=Y(MFDMAXFB)
         BL    MARKBLK
         SR    R15,R15            (not an FST of this disk: nothing)
         B     RET
MARKIT   L     R3,=X'00008000'
         SRL   R3,0(R6)
         USING ADT,R2
         LH    R4,ADTDIRTY
         OR    R4,R3
         STH   R4,ADTDIRTY
         DROP  R2
         SR    R15,R15
         B     RET
*
***********************************************************************
* NXTFST                                                              *
***********************************************************************
DONXT    LA    R5,ADTFSTP-ADT(,R1)
         LA    R6,MFDMAXFB
         LTR   R2,R2
         BZ    NXTBLK             the first entry of the first block
NXTFIND  L     R3,0(,R5)          the block holding R2
         LTR   R3,R3
         BZ    NXTFN1
         CR    R2,R3
         BL    NXTFN1
         LA    R4,BLKSIZE(,R3)
         CR    R2,R4
         BL    NXTIN
NXTFN1   LA    R5,4(,R5)
         BCT   R6,NXTFIND
         B     NXTEND
NXTIN    LA    R2,FSTSIZE(,R2)    the entry after it, in that block
         CR    R2,R4
         BL    NXTHIT
         LA    R5,4(,R5)          or the first of the next block
         BCT   R6,NXTBLK
         B     NXTEND
NXTBLK   L     R2,0(,R5)
         LTR   R2,R2
         BNZ   NXTHIT
         LA    R5,4(,R5)
         BCT   R6,NXTBLK
NXTEND   LA    R15,4
         B     RET
NXTHIT   SR    R15,R15
         B     RETR12
*
         LTORG
FMKEY    DS    CL18
FMSAVE   DS    18F
         END
