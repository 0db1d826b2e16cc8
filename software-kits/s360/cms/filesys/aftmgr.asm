         TITLE 'AFTMGR - THE ACTIVE FILE TABLE AND A FILE''S BYTES'
***********************************************************************
* AFTMGR: files open for reading or writing (CMS PLM GY20-0591: the   *
* active file table; a file stays open from its first RDBUF or WRBUF  *
* until FINIS). A file is a byte stream over its 800-byte data blocks,*
* found through its chain links (SY20-0887 "Format of the first chain *
* link and Nth chain links": the first holds the addresses of chain   *
* links 2-41 and data blocks 1-60, chain link n those of data blocks  *
* (n-2)*400+61 to (n-1)*400+60). Fixed records lie end to end, a      *
* variable one is a halfword length and its bytes; both may span two  *
* blocks.                                                             *
*                                                                     *
* Copy on write: a changed data block or chain link is never written  *
* over the old one, which the committed directory may still reach;    *
* it goes to a new block and the old is freed (FREEBLK: free only     *
* once UPDISK has written the MFD). So a file being written, and the  *
* FINIS that ends it, can be cut short at any point and the disk      *
* still holds the file as it was.                                     *
*                                                                     *
* An entry is free storage (DMSFREE) from its open; at the close it   *
* is marked free and given back (DMSFRET) at the next AFTOPEN or when *
* AFTFIND * finds no file open (FINIS * after every command): not at  *
* once, because AFTDONE still holds it when UPDISK, RELOAD and        *
* AFTDISK drop it under it. Four files may be open at once.           *
*                                                                     *
*   AFTOPEN  R1 -> CL8 x, CL8 fn, CL8 ft, CL2 fm, R0 = 0 read, 1      *
*            write: R1 -> the file's AFT entry, R15 = 0; else 28 no   *
*            such file (read), 36 disk not accessed, 12 read-only     *
*            disk (write), 10 too many files open (or no free storage *
*            for another). A new file is made                         *
*            for writing when there is none (mode blank or *: A1).    *
*   AFTGET   R3 -> AFT, R4 = byte position, R5 = length, R6 -> where  *
*   AFTPUT   to put the bytes (AFTGET) or where they come from        *
*            (AFTPUT). R15 = 0, 3 I/O error, 13 disk full or file too *
*            large.                                                   *
*   AFTDONE  R3 -> AFT: a file written is completed - its last data   *
*            block and chain links written, its FST entered in the    *
*            directory and the directory committed (UPDISK); the      *
*            entry is freed. R15 = 0, 3, 10 directory full, 13.       *
*   AFTDROP  R3 -> AFT: the entry is freed, nothing written.          *
*   AFTFIND  R1 -> CL8 x, CL8 fn, CL8 ft, CL2 fm: R1 -> the open      *
*            file's entry, R15 = 0; or R15 = 6 (not open). fn * finds *
*            the first open file.                                     *
*   AFTDISK  R1 -> ADT: every file open for writing on the disk is    *
*            given up (RELOAD calls it: its directory is read again,  *
*            so the blocks those files took are free once more)       *
*   FREEFILE R1 -> FST, R2 -> ADT: every data block and chain link of *
*            the file is freed (at the next commit). R15 = 0 or 3.    *
* BALR R14,R15, R13 -> save area; other registers are kept.           *
***********************************************************************
         PRINT NOGEN
         REGEQU
         ADT
         MFDD
         FSTD
         AFTD
         PRINT GEN
AFTMGR   CSECT
         ENTRY AFTOPEN,AFTGET,AFTPUT,AFTDONE,AFTDROP,AFTFIND,FREEFILE
         ENTRY AFTDISK,AFTGONE
         USING AFTOPEN,R15
AFTOPEN  STM   R14,R12,12(R13)
         SR    R10,R10
         B     AFTGO
         DROP  R15
         USING AFTGET,R15
AFTGET   STM   R14,R12,12(R13)
         LA    R10,4
         B     AFTGO
         DROP  R15
         USING AFTPUT,R15
AFTPUT   STM   R14,R12,12(R13)
         LA    R10,8
         B     AFTGO
         DROP  R15
         USING AFTDONE,R15
AFTDONE  STM   R14,R12,12(R13)
         LA    R10,12
         B     AFTGO
         DROP  R15
         USING AFTDROP,R15
AFTDROP  STM   R14,R12,12(R13)
         LA    R10,16
         B     AFTGO
         DROP  R15
         USING AFTFIND,R15
AFTFIND  STM   R14,R12,12(R13)
         LA    R10,20
         B     AFTGO
         DROP  R15
         USING FREEFILE,R15
FREEFILE STM   R14,R12,12(R13)
         LA    R10,24
         B     AFTGO
         DROP  R15
*
AFTGO    BALR  R12,0
         USING *,R12,R11
         LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         ST    R13,AMSAVE+4
         LA    R13,AMSAVE
         B     *+4(R10)
         B     DOOPEN
         B     DOGET
         B     DOPUT
         B     DODONE
         B     DODROP
         B     DOAFIND
         B     DOFREE
*
RETR1    L     R13,AMSAVE+4       R1 is an answer
         ST    R1,24(,R13)
         B     RETURN
RET      L     R13,AMSAVE+4
RETURN   L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
***********************************************************************
* AFTOPEN                                                             *
***********************************************************************
DOOPEN   MVC   AMKEY,8(R1)        fn ft fm
         CLC   AMKEY+16(2),=X'FFFF'  a tokenized list without a mode
         BNE   *+10
         MVC   AMKEY+16(2),=C'  '
         STC   R0,AMWRITE
* An entry already open for the file?
         BAL   R14,FINDOPEN
         LTR   R3,R3
         BZ    OPNEW
         USING AFTD,R3
         CLI   AMWRITE,0
         BE    OPOK               reading: as it is
         TM    AFTFLAGS,AFTWRITE
         BO    OPOK
         L     R2,AFTADT          reading becomes writing
         USING ADT,R2
         TM    ADTFLAGS,ADTRO
         BO    OPRO
         DROP  R2
         BAL   R14,STARTWR
         LTR   R15,R15
         BNZ   RET
         B     OPOK
* Not open: a free entry, then the file's FST.
OPNEW    BAL   R14,AFTSWEEP       (closed ones given back first)
         LA    R5,AFTPTRS
         LA    R4,AFTCOUNT
OPFREE   OC    0(4,R5),0(R5)
         BZ    OPSLOT
         LA    R5,4(,R5)
         BCT   R4,OPFREE
OPFULL   LA    R15,10             too many files open
         B     RET
OPSLOT   LA    R0,(AFTSIZE+7)/8   the entry: zeroed, not yet in use
         L     R15,=V(DMSFREE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   OPFULL             (no storage for it)
         ST    R1,0(,R5)
         LR    R3,R1
OPHAVE   LA    R1,AMKEY
         L     R15,=V(FINDFST)
         BALR  R14,R15
         LTR   R15,R15
         BZ    OPEXIST
         CH    R15,=H'28'         not found: made when writing
         BNE   RET
         CLI   AMWRITE,0
         BE    RET
         B     OPMAKE
*
* An existing file: its FST and first chain link.
OPEXIST  CLI   AMWRITE,0
         BE    OPEX2
         USING ADT,R2
         TM    ADTFLAGS,ADTRO
         BO    OPRO
         DROP  R2
OPEX2    XC    AFTD(AFTFST-AFTD),AFTD
         MVI   AFTFLAGS,AFTUSED
         ST    R2,AFTADT
         ST    R1,AFTFSTP
         MVC   AFTFST,0(R1)
         MVC   AFTFST+FSTFMODE-FSTD(1),0(R2)  the letter it is under
         BAL   R14,CLRFCL
         LA    R8,AFTFST
         USING FSTD,R8
         LH    R0,FSTBLKCT
         LTR   R0,R0
         BZ    OPEX3
         LH    R0,FSTFCLPT
         LA    R2,AFTFCL
         BAL   R14,CALLRD
         LTR   R15,R15
         BNZ   OPIOERR
OPEX3    LH    R0,FSTBLKCT        the end: blocks * 800 until known
         MH    R0,=Y(BLKSIZE)
         ST    R0,AFTEND
         CLI   FSTRECFM,C'F'
         BNE   OPEX4
         LH    R1,FSTRECCT        F: records * record length
         M     R0,FSTLRECL
         ST    R1,AFTEND
OPEX4    DS    0H
         DROP  R8
         BAL   R14,STARTRD
         CLI   AMWRITE,0
         BE    OPOK
         BAL   R14,STARTWR
         LTR   R15,R15
         BNZ   OPIOERR
         B     OPOK
*
* A new file for writing, on the mode's disk (A when none is given).
OPMAKE   SR    R1,R1
         IC    R1,AMKEY+16
         CLI   AMKEY+16,C' '
         BE    *+12
         CLI   AMKEY+16,C'*'
         BNE   *+8
         LA    R1,C'A'
         L     R15,=V(FINDADT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   RET                36: not accessed
         LR    R2,R1
         USING ADT,R2
         TM    ADTFLAGS,ADTRO
         BO    OPRO
         DROP  R2
         XC    AFTD(AFTFST-AFTD),AFTD
         MVI   AFTFLAGS,AFTUSED+AFTWRITE+AFTNEW
         ST    R2,AFTADT
         XC    AFTFST,AFTFST
         LA    R8,AFTFST
         USING FSTD,R8
         MVC   FSTFNAME(16),AMKEY
         MVC   FSTFMODE(1),0(R2)
         MVI   FSTFMODE+1,C'1'    mode number 1 unless one is given
         CLI   AMKEY+17,C'0'
         BL    *+10
         MVC   FSTFMODE+1(1),AMKEY+17
         MVI   FSTRECFM,C'F'
         DROP  R8
         BAL   R14,CLRFCL
         BAL   R14,STARTRD
         LA    R0,1
         ST    R0,AFTWITEM
OPOK     LR    R1,R3
         SR    R15,R15
         B     RETR1
OPRO     LA    R15,12             read-only disk
         B     RET
OPIOERR  NI    AFTFLAGS,255-AFTUSED
         LA    R15,3
         B     RET
*
* STARTRD: reading from the first item; no block held.
STARTRD  SR    R0,R0
         ST    R0,AFTPOS
         ST    R0,AFTCURK
         STH   R0,AFTCURCL
         BCTR  R0,0
         ST    R0,AFTCURK         -1: none
         LA    R0,1
         ST    R0,AFTITEM
         BR    R14
*
* STARTWR: writing goes on after the last item; a variable file's end
* is found by reading its lengths.
STARTWR  ST    R14,SWR14
         OI    AFTFLAGS,AFTWRITE
         LA    R8,AFTFST
         USING FSTD,R8
         LH    R0,FSTRECCT
         AH    R0,=H'1'
         ST    R0,AFTWITEM
         CLI   FSTRECFM,C'V'
         BNE   SWDONE
         SR    R4,R4              position
         LH    R10,FSTRECCT
         LTR   R10,R10
         BZ    SWEND
SWLOOP   LA    R5,2
         LA    R6,AMHALF
         BAL   R14,GETBYTES
         LTR   R15,R15
         BNZ   SWRET
         LH    R0,AMHALF          (a length up to 65,535: unsigned)
         N     R0,=X'0000FFFF'
         AR    R4,R0
         LA    R4,2(,R4)
         BCT   R10,SWLOOP
SWEND    ST    R4,AFTEND
         DROP  R8
SWDONE   SR    R15,R15
SWRET    L     R14,SWR14
         BR    R14
*
* CLRFCL: an empty first chain link.
CLRFCL   XC    AFTFCL(200),AFTFCL
         XC    AFTFCL+200(200),AFTFCL+200
         XC    AFTFCL+400(200),AFTFCL+400
         XC    AFTFCL+600(200),AFTFCL+600
         BR    R14
*
* FINDOPEN: R3 -> the entry open for AMKEY's file (its mode letter,
* when one is given, must be its disk's), or 0.
FINDOPEN LA    R5,AFTPTRS
         LA    R4,AFTCOUNT
FOLOOP   L     R3,0(,R5)
         LTR   R3,R3
         BZ    FONEXT
         TM    AFTFLAGS,AFTUSED
         BZ    FONEXT
         CLC   AFTFST(16),AMKEY
         BNE   FONEXT
         CLI   AMKEY+16,C' '
         BE    FOHIT
         CLI   AMKEY+16,C'*'
         BE    FOHIT
         CLC   AFTFST+FSTFMODE-FSTD(1),AMKEY+16
         BE    FOHIT
FONEXT   LA    R5,4(,R5)
         BCT   R4,FOLOOP
         SR    R3,R3
FOHIT    BR    R14
*
***********************************************************************
* AFTFIND, AFTDROP                                                    *
***********************************************************************
DOAFIND  MVC   AMKEY,8(R1)
         CLC   AMKEY+16(2),=X'FFFF'
         BNE   *+10
         MVC   AMKEY+16(2),=C'  '
         CLI   AMKEY,C'*'         any open file
         BNE   AFNAMED
         LA    R5,AFTPTRS
         LA    R4,AFTCOUNT
AFANY    L     R3,0(,R5)
         LTR   R3,R3
         BZ    AFANYNX
         TM    AFTFLAGS,AFTUSED
         BO    AFHIT
AFANYNX  LA    R5,4(,R5)
         BCT   R4,AFANY
         BAL   R14,AFTSWEEP       none open: the closed ones go back
         B     AFNONE
AFNAMED  BAL   R14,FINDOPEN
         LTR   R3,R3
         BZ    AFNONE
AFHIT    LR    R1,R3
         SR    R15,R15
         B     RETR1
AFNONE   LA    R15,6              not open
         B     RET
*
DODROP   MVI   AFTFLAGS,0
         SR    R15,R15
         B     RET
*
* AFTSWEEP: entries closed (AFTFLAGS 0) go back to free storage.
AFTSWEEP ST    R14,SPR14
         LA    R5,AFTPTRS
         LA    R4,AFTCOUNT
SPLOOP   L     R1,0(,R5)
         LTR   R1,R1
         BZ    SPNEXT
         CLI   AFTFLAGS-AFTD(R1),0
         BNE   SPNEXT
         XC    0(4,R5),0(R5)
         LA    R0,(AFTSIZE+7)/8
         L     R15,=V(DMSFRET)
         BALR  R14,R15
SPNEXT   LA    R5,4(,R5)
         BCT   R4,SPLOOP
         L     R14,SPR14
         BR    R14
*
*
***********************************************************************
* AFTGET, AFTPUT: R3 -> AFT, R4 = position, R5 = length, R6 -> data   *
***********************************************************************
DOGET    BAL   R14,GETBYTES
         B     RET
DOPUT    BAL   R14,PUTBYTES
         B     RET
*
GETBYTES MVI   AMDIR,0
         B     MOVEBYTS
PUTBYTES MVI   AMDIR,1
MOVEBYTS ST    R14,MBR14
         STM   R4,R6,MBSAVED      (kept for the caller)
         STM   R4,R6,MBREGS       position, length, storage: advanced
MBLOOP   L     R5,MBREGS+4        as each piece moves
         LTR   R5,R5
         BNP   MBDONE
         L     R5,MBREGS
         SR    R4,R4
         D     R4,=A(BLKSIZE)     R5 = data block, R4 = offset in it
         ST    R4,MBOFF
         LR    R7,R5
         BAL   R14,LOADK
         LTR   R15,R15
         BNZ   MBRET
         L     R4,MBOFF
         LA    R8,BLKSIZE         the piece: the rest of the block,
         SR    R8,R4
         L     R9,MBREGS+4        no more than is left,
         CR    R8,R9
         BNH   *+6
         LR    R8,R9
         CH    R8,=H'256'         and 256 bytes at most
         BNH   *+8
         LA    R8,256
         LA    R2,AFTDATA(R4)
         L     R6,MBREGS+8
         LR    R1,R8
         BCTR  R1,0
         CLI   AMDIR,0
         BE    MBREAD
         EX    R1,MVFROM          data -> block
         OI    AFTFLAGS,AFTDDIRT
         B     MBNEXT
MBREAD   EX    R1,MVTO            block -> data
MBNEXT   L     R4,MBREGS
         AR    R4,R8
         L     R5,MBREGS+4
         SR    R5,R8
         L     R6,MBREGS+8
         AR    R6,R8
         STM   R4,R6,MBREGS
         B     MBLOOP
MBDONE   SR    R15,R15
MBRET    LM    R4,R6,MBSAVED
         L     R14,MBR14
         BR    R14
* At most 256 bytes a move: a longer piece goes round again (R8).
MVFROM   MVC   0(0,R2),0(R6)
MVTO     MVC   0(0,R6),0(R2)
*
***********************************************************************
* LOADK: R7 = data block index: that block in AFTDATA. A block past   *
* the file's end is a new, zero one.                                  *
***********************************************************************
LOADK    ST    R14,LKR14
         C     R7,AFTCURK
         BE    LKOK
         C     R7,=A(60+40*400)   past the largest file
         BNL   LKFULL
         BAL   R14,FLUSHD
         LTR   R15,R15
         BNZ   LKRET
         BAL   R14,SLOTGET
         LTR   R15,R15
         BNZ   LKRET
         LTR   R0,R0
         BNZ   LKREAD
         XC    AFTDATA(200),AFTDATA
         XC    AFTDATA+200(200),AFTDATA+200
         XC    AFTDATA+400(200),AFTDATA+400
         XC    AFTDATA+600(200),AFTDATA+600
         B     LKSET
LKREAD   LA    R2,AFTDATA
         BAL   R14,CALLRD
         LTR   R15,R15
         BNZ   LKRET
LKSET    ST    R7,AFTCURK
LKOK     SR    R15,R15
LKRET    L     R14,LKR14
         BR    R14
LKFULL   LA    R15,13
         B     LKRET
*
* FLUSHD: a changed data block goes to a new block; the old is freed.
FLUSHD   ST    R14,FDR14
         SR    R15,R15
         TM    AFTFLAGS,AFTDDIRT
         BZ    FDRET
         BAL   R14,CALLGET
         LTR   R15,R15
         BNZ   FDRET
         LR    R9,R0
         LA    R2,AFTDATA
         BAL   R14,CALLWR
         LTR   R15,R15
         BNZ   FDRET
         ST    R7,FDK             the slot of block AFTCURK
         L     R7,AFTCURK
         BAL   R14,SLOTGET
         LTR   R15,R15
         BNZ   FDRESTK
         LTR   R0,R0
         BZ    *+8
         BAL   R14,CALLFREE
         LR    R0,R9
         BAL   R14,SLOTSET
         LTR   R15,R15
         BNZ   FDRESTK
         NI    AFTFLAGS,255-AFTDDIRT
FDRESTK  L     R7,FDK
FDRET    L     R14,FDR14
         BR    R14
*
***********************************************************************
* SLOTGET: R7 = data block index: R0 = its disk address (0: none).    *
* SLOTSET: the same slot := R0. Both reach the Nth chain link through *
* AFTNCL. R15 = 0 or 3. R7 is kept.                                   *
***********************************************************************
SLOTGET  MVI   AMSLOT,0
         B     SLOT
SLOTSET  MVI   AMSLOT,1
SLOT     ST    R14,SLR14
         ST    R0,SLVAL
         C     R7,=F'60'
         BNL   SLNTH
         LR    R1,R7              in the first chain link, after the
         AR    R1,R1              40 chain link addresses
         LA    R1,AFTFCL+80(R1)
         OI    AMSLOT,X'80'       (so: the FCL changes)
         B     SLHAVE
SLNTH    LR    R5,R7
         S     R5,=F'60'
         SR    R4,R4
         D     R4,=F'400'         R5 = chain link - 2, R4 = slot
         LA    R5,1(,R5)          chain link number - 1 (1-40)
         CH    R5,AFTCURCL
         BE    SLNHAVE
         ST    R4,SLSLOT
         ST    R5,SLLINK
         BAL   R14,FLUSHCL
         LTR   R15,R15
         BNZ   SLRET
         L     R5,SLLINK
         LR    R1,R5              its address in the FCL
         BCTR  R1,0
         AR    R1,R1
         LH    R0,AFTFCL(R1)
         LTR   R0,R0
         BNZ   SLNREAD
         XC    AFTNCL(200),AFTNCL
         XC    AFTNCL+200(200),AFTNCL+200
         XC    AFTNCL+400(200),AFTNCL+400
         XC    AFTNCL+600(200),AFTNCL+600
         B     SLNSET
SLNREAD  LA    R2,AFTNCL
         BAL   R14,CALLRD
         LTR   R15,R15
         BNZ   SLRET
SLNSET   STH   R5,AFTCURCL
         L     R4,SLSLOT
SLNHAVE  LR    R1,R4
         AR    R1,R1
         LA    R1,AFTNCL(R1)
SLHAVE   TM    AMSLOT,1
         BO    SLPUT
         LH    R0,0(,R1)
         B     SLOK
SLPUT    L     R0,SLVAL
         STH   R0,0(,R1)
         TM    AMSLOT,X'80'
         BO    SLPUTF
         OI    AFTFLAGS,AFTCDIRT
         B     SLOK
SLPUTF   OI    AFTFLAGS,AFTFDIRT
SLOK     SR    R15,R15
SLRET    L     R14,SLR14
         BR    R14
*
* FLUSHCL: a changed Nth chain link goes to a new block, the old is
* freed and the FCL points at the new one.
FLUSHCL  ST    R14,FCR14
         SR    R15,R15
         TM    AFTFLAGS,AFTCDIRT
         BZ    FCRET
         BAL   R14,CALLGET
         LTR   R15,R15
         BNZ   FCRET
         LR    R9,R0
         LA    R2,AFTNCL
         BAL   R14,CALLWR
         LTR   R15,R15
         BNZ   FCRET
         LH    R1,AFTCURCL
         BCTR  R1,0
         AR    R1,R1
         LA    R1,AFTFCL(R1)
         LH    R0,0(,R1)
         STH   R9,0(,R1)
         LTR   R0,R0
         BZ    *+8
         BAL   R14,CALLFREE
         NI    AFTFLAGS,255-AFTCDIRT
         OI    AFTFLAGS,AFTFDIRT
         SR    R15,R15
FCRET    L     R14,FCR14
         BR    R14
*
***********************************************************************
* AFTDONE                                                             *
***********************************************************************
DODONE   TM    AFTFLAGS,AFTWRITE
         BZ    DNFREE             read only: nothing to write
         LA    R8,AFTFST
         USING FSTD,R8
         LH    R0,FSTRECCT        nothing written: no file
         LTR   R0,R0
         BZ    DNFREE
         BAL   R14,FLUSHD         the last data block
         LTR   R15,R15
         BNZ   DNFAIL
         BAL   R14,FLUSHCL        the Nth chain link held
         LTR   R15,R15
         BNZ   DNFAIL
         TM    AFTFLAGS,AFTFDIRT  the first chain link, anew
         BZ    DNFST
         BAL   R14,CALLGET
         LTR   R15,R15
         BNZ   DNFAIL
         LR    R9,R0
         LA    R2,AFTFCL
         BAL   R14,CALLWR
         LTR   R15,R15
         BNZ   DNFAIL
         LH    R0,FSTFCLPT
         STH   R9,FSTFCLPT
         LTR   R0,R0
         BZ    DNFST
         BAL   R14,CALLFREE
* The FST: blocks, pointers, date and time, then into the directory.
DNFST    L     R1,AFTEND
         A     R1,=A(BLKSIZE-1)
         SR    R0,R0
         D     R0,=A(BLKSIZE)
         STH   R1,FSTBLKCT
         LH    R0,FSTRECCT
         AH    R0,=H'1'
         STH   R0,FSTWRPNT
         MVC   FSTRDPNT,=H'1'
         MVI   FSTFLAGS,0
         L     R15,=V(GETDT)
         BALR  R14,R15
         ST    R0,AMWORD          X'00MMDDYY'
         MVC   FSTDATEW,AMWORD+1
         MVI   FSTYEARW,0
         MVC   FSTYEARW+1(1),AMWORD+3
         ST    R1,AMWORD          X'00HHMMSS'
         MVC   FSTTIMEW,AMWORD+1
         L     R2,AFTADT
         L     R1,AFTFSTP
         LTR   R1,R1
         BNZ   DNENTER
         L     R15,=V(NEWFST)     a new file's entry
         BALR  R14,R15
         LTR   R15,R15
         BNZ   DNFAIL
DNENTER  MVC   0(FSTSIZE,R1),AFTFST
         DROP  R8
         L     R15,=V(MARKFST)
         BALR  R14,R15
         LR    R1,R2
         L     R15,=V(UPDISK)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   DNFAIL2            UPDISK has read the directory again
DNFREE   MVI   AFTFLAGS,0
         SR    R15,R15
         B     RET
* A file that cannot be completed is given up and the directory read
* again: the disk keeps the file as it was before it was opened.
DNFAIL   LR    R9,R15
         L     R1,AFTADT
         L     R15,=V(RELOAD)
         BALR  R14,R15
         LR    R15,R9
DNFAIL2  MVI   AFTFLAGS,0
         B     RET
*
***********************************************************************
* FREEFILE: R1 -> FST, R2 -> ADT                                      *
***********************************************************************
         DROP  R3
DOFREE   LR    R7,R2              (CALLxx take the disk from R7 here)
         LR    R8,R1
         USING FSTD,R8
         LH    R9,FSTBLKCT
         LTR   R9,R9
         BZ    FFOK
         LH    R0,FSTFCLPT        the first chain link
         LA    R2,FFFCL
         BAL   R14,FFREAD
         LTR   R15,R15
         BNZ   RET
         LH    R0,FSTFCLPT
         BAL   R14,FFFREE
         DROP  R8
         LA    R6,FFFCL+80        its data blocks (up to 60)
         LA    R5,60
FFDATA1  LH    R0,0(,R6)
         BAL   R14,FFFREE
         LA    R6,2(,R6)
         BCTR  R9,0
         LTR   R9,R9
         BZ    FFOK
         BCT   R5,FFDATA1
         LA    R10,FFFCL          then each Nth chain link and its data
FFLINK   LH    R0,0(,R10)
         LTR   R0,R0
         BZ    FFOK
         LA    R2,FFNCL
         BAL   R14,FFREAD
         LTR   R15,R15
         BNZ   RET
         LH    R0,0(,R10)
         BAL   R14,FFFREE
         LA    R6,FFNCL
         LA    R5,400
FFDATAN  LH    R0,0(,R6)
         BAL   R14,FFFREE
         LA    R6,2(,R6)
         BCTR  R9,0
         LTR   R9,R9
         BZ    FFOK
         BCT   R5,FFDATAN
         LA    R10,2(,R10)
         B     FFLINK
FFOK     SR    R15,R15
         B     RET
FFREAD   ST    R14,FFR14
         LR    R1,R7
         L     R15,=V(RDBLK)
         BALR  R14,R15
         L     R14,FFR14
         BR    R14
FFFREE   ST    R14,FFR14
         LTR   R0,R0
         BZ    FFFRET
         LR    R1,R7
         L     R15,=V(FREEBLK)
         BALR  R14,R15
FFFRET   L     R14,FFR14
         BR    R14
*
* The disk services for the file in R3: R0 = block, R2 -> data.
         USING AFTD,R3
CALLRD   LA    R15,0
         B     CALLX
CALLWR   LA    R15,4
         B     CALLX
CALLGET  LA    R15,8
         B     CALLX
CALLFREE LA    R15,12
CALLX    ST    R14,CXR14
         L     R1,AFTADT
         L     R15,CXADDR(R15)
         BALR  R14,R15
         L     R14,CXR14
         BR    R14
         DROP  R3
*
***********************************************************************
* AFTDISK: a leaf of its own, without this module's save area: RELOAD *
* calls it while AFTDONE, say, is still using that save area (AFTDONE *
* -> UPDISK -> RELOAD -> AFTDISK).                                    *
***********************************************************************
         DROP  R12,R11
AFTDISK  STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         L     R5,=A(AFTPTRS)
         LA    R4,AFTCOUNT
         USING AFTD,R3
DKLOOP   L     R3,0(,R5)
         LTR   R3,R3
         BZ    DKNEXT
         TM    AFTFLAGS,AFTWRITE
         BZ    DKNEXT
         C     R1,AFTADT
         BNE   DKNEXT
         MVI   AFTFLAGS,0         (given back at the next sweep)
DKNEXT   LA    R5,4(,R5)
         BCT   R4,DKLOOP
         DROP  R3
         LM    R14,R12,12(R13)
         SR    R15,R15
         BR    R14
*
* AFTGONE: R1 -> ADT: every file open on the disk, read or written, is
* given up (ADTMGR, before the disk's entry and directory go back to
* free storage: no file may point at them after).
AFTGONE  STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         L     R5,=A(AFTPTRS)
         LA    R4,AFTCOUNT
         USING AFTD,R3
GNLOOP   L     R3,0(,R5)
         LTR   R3,R3
         BZ    GNNEXT
         TM    AFTFLAGS,AFTUSED
         BZ    GNNEXT
         C     R1,AFTADT
         BNE   GNNEXT
         MVI   AFTFLAGS,0
GNNEXT   LA    R5,4(,R5)
         BCT   R4,GNLOOP
         DROP  R3
         LM    R14,R12,12(R13)
         SR    R15,R15
         BR    R14
         DROP  R12
         USING AFTGO+2,R12,R11
*
         LTORG
CXADDR   DC    V(RDBLK),V(WRBLK),V(GETBLK),V(FREEBLK)
AMKEY    DS    CL18
AMWRITE  DS    X
AMDIR    DS    X
AMSLOT   DS    X
         DS    0F
AMHALF   DS    H
         DS    H
AMWORD   DS    F
MBREGS   DS    3F
MBOFF    DS    F
MBSAVED  DS    3F
MBR14    DS    F
LKR14    DS    F
FDR14    DS    F
FDK      DS    F
SLR14    DS    F
SLVAL    DS    F
SLSLOT   DS    F
SLLINK   DS    F
FCR14    DS    F
SWR14    DS    F
FFR14    DS    F
CXR14    DS    F
AMSAVE   DS    18F
FFFCL    DS    800X
FFNCL    DS    800X
*
* The table: AFTCOUNT pointers to entries in free storage (0: none).
         DS    0F
AFTPTRS  DC    (AFTCOUNT)A(0)
SPR14    DS    A
         END
