         TITLE 'ADTMGR - THE ACTIVE DISK TABLE AND THE SEARCH ORDER'
***********************************************************************
* ADTMGR: the disks CMS has ACCESSed (CMS PLM GY20-0591: ACCESS reads *
* a disk's file directory into storage and gives it a mode letter;    *
* files are then found by filemode, or through every disk in the      *
* search order A, B, ... Z when the mode is * or blank, as the User's *
* Guide GH20-0859 describes). Each disk's entry and directory (MFD,  *
* FST blocks, QMSK) are free storage (DMSFREE), as the PLM has the    *
* directory read into free storage: taken at ACCESS, given back at    *
* RELEASE or when the letter or the device is accessed again, so a    *
* disk costs what its directory needs and as many disks may be        *
* accessed as storage holds. The entries are one chain; the search    *
* order is by letter, whatever the chain's order.                     *
*                                                                     *
*   ACCDISK  R0 = device address, R1 = mode letter (low byte),        *
*            R2 = X'80' to access read-only, X'40' for the system     *
*            disk (read-only too). A disk already under the letter,   *
*            or the same device under another, is released first (its *
*            open files given up). R1 -> the ADT on return.           *
*            R15 = 0; 3 the disk cannot be read; 4 not a CMS disk;    *
*            5 not enough free storage for its directory              *
*   RELOAD   R1 -> ADT: reads its directory again (a change that      *
*            failed before its MFD write is forgotten: the disk holds *
*            the state before it); files open for writing on it are  *
*            given up (AFTDISK)                                       *
*   RELDISK  R1 = mode letter: forgets the disk, gives up the files   *
*            open on it and its storage. R15 = 0 or 36                *
*   FINDADT  R1 = mode letter: R1 -> its ADT, R15 = 0; or R15 = 36    *
*            (no disk under that letter)                              *
*   NEXTADT  R1 -> an ADT or 0: R1 -> the next disk in the search     *
*            order, R15 = 0; R15 = 4 after the last                   *
*   FINDDEV  R0 = device address: R1 -> the ADT using it, R15 = 0; or *
*            R15 = 4                                                  *
* All: BALR R14,R15 with R13 -> an 18-word save area.                 *
***********************************************************************
         PRINT NOGEN
         REGEQU
         ADT
         MFDD
         PRINT GEN
ADTMGR   CSECT
         ENTRY ACCDISK,RELOAD,RELDISK,FINDADT,NEXTADT,FINDDEV
*
* Every entry saves the caller's registers and comes to its code with
* R12 as the module's base.
         USING ACCDISK,R15
ACCDISK  STM   R14,R12,12(R13)
         LA    R10,ACC
         B     ADTGO
         DROP  R15
         USING RELOAD,R15
RELOAD   STM   R14,R12,12(R13)
         LA    R10,RLD
         B     ADTGO
         DROP  R15
         USING RELDISK,R15
RELDISK  STM   R14,R12,12(R13)
         LA    R10,REL
         B     ADTGO
         DROP  R15
         USING FINDADT,R15
FINDADT  STM   R14,R12,12(R13)
         LA    R10,FND
         B     ADTGO
         DROP  R15
         USING NEXTADT,R15
NEXTADT  STM   R14,R12,12(R13)
         LA    R10,NXT
         B     ADTGO
         DROP  R15
         USING FINDDEV,R15
FINDDEV  STM   R14,R12,12(R13)
         LA    R10,FDV
         B     ADTGO
         DROP  R15
*
ADTGO    BALR  R12,0
         USING *,R12
         ST    R13,ADTSAVE+4
         LA    R13,ADTSAVE
         B     *+4(R10)
ACC      EQU   0
RLD      EQU   4
REL      EQU   8
FND      EQU   12
NXT      EQU   16
FDV      EQU   20
         B     DOACC
         B     DORELOAD
         B     DOREL
         B     DOFIND
         B     DONEXT
         B     DOFDEV
*
* Return with R15 (and R1 when it is an answer).
RETR1    L     R13,ADTSAVE+4
         ST    R1,24(,R13)        the caller's R1
         B     RETURN
RET      L     R13,ADTSAVE+4
RETURN   L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
***********************************************************************
* ACCDISK                                                             *
***********************************************************************
DOACC    LR    R6,R0              device
         STC   R1,ADTWLET         letter
         STC   R2,ADTWFLG
         BAL   R14,SWEEP          entries a failed ACCESS left
         SR    R1,R1
         IC    R1,ADTWLET
         BAL   R14,LOOKUP         a disk under this letter goes,
         LTR   R3,R3
         BZ    ACCDEV
         BAL   R14,DROPADT
ACCDEV   LR    R0,R6              and one on the same device
         BAL   R14,LOOKDEV
         LTR   R3,R3
         BZ    ACCNEW
         BAL   R14,DROPADT
ACCNEW   LA    R0,(ADTSIZE+7)/8   a new entry, first in the chain
         BAL   R14,GETSTOR
         LTR   R15,R15
         BNZ   RET
         LR    R7,R1
         USING ADT,R7
         MVC   ADTNEXT,ADTCHAIN
         ST    R7,ADTCHAIN
         STH   R6,ADTDEV          (ADTMODE 0: unusable until read)
         MVC   ADTFLAGS,ADTWFLG
         TM    ADTFLAGS,ADTSYS    the system disk is read-only
         BZ    *+8
         OI    ADTFLAGS,ADTRO
         BAL   R14,READDIR
         LTR   R15,R15
         BZ    ACCOK
         LR    R3,R7              not readable, not CMS, no storage:
         LR    R6,R15             the entry goes
         BAL   R14,DROPADT
         LR    R15,R6
         B     RET
ACCOK    MVC   ADTMODE,ADTWLET
         LR    R1,R7
         DROP  R7
         SR    R15,R15
         B     RETR1
*
***********************************************************************
* RELOAD: R1 -> ADT                                                   *
***********************************************************************
DORELOAD MVC   ADTWLET,0(R1)
         LR    R7,R1              files being written on it are given
         L     R15,=V(AFTDISK)    up: their blocks are free again
         BALR  R14,R15
         MVI   0(R7),0
         BAL   R14,READDIR        (into the storage it has: an FST
         LTR   R15,R15            stays where an open file has it)
         BNZ   RET                (unusable now: the next ACCESS's
         MVC   0(1,R7),ADTWLET    SWEEP gives it back)
         SR    R15,R15
         B     RET
*
***********************************************************************
* READDIR: R7 -> ADT (device and flags set): reads label, MFD, QMSK   *
* and FST blocks, into the storage the entry has or new free storage. *
* R15 = 0, 3, 4 or 5 (no storage).                                    *
***********************************************************************
READDIR  ST    R14,RDSAVE14
         USING ADT,R7
* Blocks 3 and 4 are records 3 and 4 of cylinder 0 track 0 whatever
* the track holds, so a provisional geometry reaches them.
         MVC   ADTRPT,=H'4'
         MVC   ADTHEADS,=H'1'
         MVC   ADTNUM,=H'4'
         LA    R0,LABELBLK
         LA    R2,ADTMFD          the label passes through ADTMFD
         BAL   R14,CALLRD
         LTR   R15,R15            no record 3: not a CMS disk (a new
         BNZ   RDNOTCMS           volume has only R0)
         CLC   ADTMFD(4),=C'VOL1'
         BNE   RDNOTCMS
         CLC   ADTMFD+10(8),=C'CMS=800 '
         BNE   RDNOTCMS
         MVC   ADTLABEL,ADTMFD+4
         LA    R0,MFDBLK
         LA    R2,ADTMFD
         BAL   R14,CALLRD
         LTR   R15,R15
         BNZ   RDFAIL
         LA    R8,ADTMFD
         USING MFDD,R8
         CLC   MFDSENT,=Y(MFDSENTV)
         BNE   RDNOTCMS
         CLI   MFDVER,1
         BNE   RDNOTCMS
         LH    R1,MFDRPT          a geometry that makes sense
         LTR   R1,R1
         BNP   RDNOTCMS
         LH    R1,MFDHEADS
         LTR   R1,R1
         BNP   RDNOTCMS
         MVC   ADTRPT,MFDRPT
         MVC   ADTHEADS,MFDHEADS
         MVC   ADTNUM,MFDNUM
         MVC   ADTUSED,MFDUSED
         XC    ADTDIRTY,ADTDIRTY
         MVC   ADTHINT,=H'5'
         LH    R5,MFDNUM         QMSK blocks: ADTNUM / 6400, rounded up
         A     R5,=F'6399'
         SR    R4,R4
         D     R4,=F'6400'
         LTR   R5,R5
         BNP   RDNOTCMS
         CH    R5,=Y(ADTMAXQB)
         BH    RDNOTCMS
         OC    ADTQMP,ADTQMP      storage for it (the same disk read
         BZ    RDQNEW             again keeps its size)
         CH    R5,ADTQBLKS
         BE    RDQHAVE
         B     RDNOTCMS
RDQNEW   STH   R5,ADTQBLKS
         LR    R0,R5              blocks * 100 doublewords
         MH    R0,=Y(BLKSIZE/8)
         BAL   R14,GETSTOR
         LTR   R15,R15
         BNZ   RDEXIT
         ST    R1,ADTQMP
         TM    ADTFLAGS,ADTRO     and what a change frees: only a disk
         BO    RDQHAVE            that is written has changes
         LH    R0,ADTQBLKS
         MH    R0,=Y(BLKSIZE/8)
         BAL   R14,GETSTOR
         LTR   R15,R15
         BNZ   RDEXIT
         ST    R1,ADTFRP
* The QMSK blocks, one after another; nothing freed yet (DMSFREE's
* storage comes zeroed, a directory read again is cleared here).
RDQHAVE  LA    R9,MFDQMSK
         L     R2,ADTQMP
         LH    R5,ADTQBLKS
RDQMSK   LH    R0,0(,R9)
         BAL   R14,CALLRD
         LTR   R15,R15
         BNZ   RDFAIL
         LA    R9,2(,R9)
         LA    R2,BLKSIZE(,R2)
         BCT   R5,RDQMSK
         L     R2,ADTFRP
         LTR   R2,R2
         BZ    RDFSTS
         LH    R5,ADTQBLKS
RDCLEAR  BAL   R14,CLEAR800
         LA    R2,BLKSIZE(,R2)
         BCT   R5,RDCLEAR
* The FST blocks: a block of storage for each the MFD names; a slot the
* MFD leaves empty but the entry has (read again) is all free entries.
RDFSTS   LA    R9,MFDFSTB
         LA    R10,ADTFSTP
         LA    R5,MFDMAXFB
RDFST    L     R2,0(,R10)
         LH    R0,0(,R9)
         LTR   R0,R0
         BNZ   RDFSTRD
         LTR   R2,R2
         BZ    RDFSTNX
         BAL   R14,CLEAR800
         B     RDFSTNX
RDFSTRD  LTR   R2,R2
         BNZ   RDFSTIN
         LA    R0,BLKSIZE/8
         BAL   R14,GETSTOR
         LTR   R15,R15
         BNZ   RDEXIT
         ST    R1,0(,R10)
         LR    R2,R1
         LH    R0,0(,R9)
RDFSTIN  BAL   R14,CALLRD
         LTR   R15,R15
         BNZ   RDFAIL
RDFSTNX  LA    R9,2(,R9)
         LA    R10,4(,R10)
         BCT   R5,RDFST
         DROP  R8
         SR    R15,R15
         B     RDEXIT
RDNOTCMS LA    R15,4
         B     RDEXIT
RDFAIL   LA    R15,3
RDEXIT   L     R14,RDSAVE14
         BR    R14
         DROP  R7
*
* CLEAR800: zeros at R2, a block's worth.
CLEAR800 XC    0(200,R2),0(R2)
         XC    200(200,R2),200(R2)
         XC    400(200,R2),400(R2)
         XC    600(200,R2),600(R2)
         BR    R14
*
* CALLRD: RDBLK with R0 = block, R1 = ADT (R7), R2 = buffer.
CALLRD   ST    R14,CRSAVE14
         LR    R1,R7
         L     R15,=V(RDBLK)
         BALR  R14,R15
         L     R14,CRSAVE14
         BR    R14
*
* GETSTOR: R0 doublewords of free storage -> R1; R15 = 0, or 5 (none).
GETSTOR  ST    R14,GSSAVE14
         L     R15,=V(DMSFREE)
         BALR  R14,R15
         LTR   R15,R15
         BZ    GETSTOR1
         LA    R15,5
GETSTOR1 L     R14,GSSAVE14
         BR    R14
*
* FRETSTOR: R0 doublewords at R1 back to free storage (if R1 is not 0).
FRETSTOR LTR   R1,R1
         BZR   R14
         ST    R14,FSSAVE14
         L     R15,=V(DMSFRET)
         BALR  R14,R15
         L     R14,FSSAVE14
         BR    R14
*
* DROPADT: R3 -> an entry: the files open on it are given up, it leaves
* the chain and its storage is given back. R0-R5, R8 used.
DROPADT  ST    R14,DRSAVE14
         LR    R8,R3
         USING ADT,R8
         LR    R1,R8
         L     R15,=V(AFTGONE)
         BALR  R14,R15
         LA    R4,ADTCHAIN        out of the chain
DROPFIND L     R5,0(,R4)
         LTR   R5,R5
         BZ    DROPSTOR           (not in it: cannot be)
         CR    R5,R8
         BE    DROPUNCH
         LA    R4,ADTNEXT-ADT(,R5)
         B     DROPFIND
DROPUNCH MVC   0(4,R4),ADTNEXT
DROPSTOR LA    R4,ADTFSTP         its FST blocks,
         LA    R5,MFDMAXFB
DROPFST  L     R1,0(,R4)
         LA    R0,BLKSIZE/8
         BAL   R14,FRETSTOR
         LA    R4,4(,R4)
         BCT   R5,DROPFST
         LH    R0,ADTQBLKS        its QMSK and what a change frees,
         MH    R0,=Y(BLKSIZE/8)
         L     R1,ADTQMP
         BAL   R14,FRETSTOR
         LH    R0,ADTQBLKS
         MH    R0,=Y(BLKSIZE/8)
         L     R1,ADTFRP
         BAL   R14,FRETSTOR
         LA    R0,(ADTSIZE+7)/8   the entry itself
         LR    R1,R8
         BAL   R14,FRETSTOR
         DROP  R8
         L     R14,DRSAVE14
         BR    R14
*
* SWEEP: an entry left unusable (an ACCESS stopped by KX, a RELOAD that
* could not read the disk) is given back.
SWEEP    ST    R14,SWSAVE14
SWEEP1   L     R3,ADTCHAIN
SWEEPL   LTR   R3,R3
         BZ    SWEEPX
         CLI   0(R3),0
         BE    SWEEPIT
         L     R3,ADTNEXT-ADT(,R3)
         B     SWEEPL
SWEEPIT  BAL   R14,DROPADT        (the chain changed: from its start)
         B     SWEEP1
SWEEPX   L     R14,SWSAVE14
         BR    R14
*
***********************************************************************
* RELDISK, FINDADT, NEXTADT, FINDDEV                                  *
***********************************************************************
DOREL    BAL   R14,LOOKUP
         LTR   R3,R3
         BZ    NOTACC
         BAL   R14,DROPADT
         SR    R15,R15
         B     RET
DOFIND   BAL   R14,LOOKUP
         LTR   R3,R3
         BZ    NOTACC
         LR    R1,R3
         SR    R15,R15
         B     RETR1
NOTACC   LA    R15,36             disk not accessed
         B     RET
DOFDEV   BAL   R14,LOOKDEV
         LTR   R3,R3
         BZ    DONEND
         LR    R1,R3
         SR    R15,R15
         B     RETR1
*
* NEXTADT: the entry with the smallest letter above the given one's.
DONEXT   SR    R5,R5              letter to beat
         LTR   R1,R1
         BZ    *+8
         IC    R5,0(,R1)
         SR    R1,R1              best so far
         LA    R6,256             its letter
         L     R3,ADTCHAIN
NXTLOOP  LTR   R3,R3
         BZ    NXTEND
         SR    R7,R7
         IC    R7,0(,R3)
         LTR   R7,R7
         BZ    NXTSKIP
         CR    R7,R5
         BNH   NXTSKIP
         CR    R7,R6
         BNL   NXTSKIP
         LR    R1,R3
         LR    R6,R7
NXTSKIP  L     R3,ADTNEXT-ADT(,R3)
         B     NXTLOOP
NXTEND   LTR   R1,R1
         BZ    DONEND
         SR    R15,R15
         B     RETR1
DONEND   LA    R15,4
         B     RET
*
* LOOKUP: R1 = letter -> R3 -> its ADT or 0.
LOOKUP   STC   R1,LOOKLET
         L     R3,ADTCHAIN
LOOKLOOP LTR   R3,R3
         BZR   R14
         CLC   LOOKLET,0(R3)
         BER   R14
         L     R3,ADTNEXT-ADT(,R3)
         B     LOOKLOOP
*
* LOOKDEV: R0 = device -> R3 -> the accessed ADT on it, or 0.
LOOKDEV  L     R3,ADTCHAIN
         USING ADT,R3
LOOKDL   LTR   R3,R3
         BZR   R14
         CLI   ADTMODE,0
         BE    LOOKDN
         CH    R0,ADTDEV
         BER   R14
LOOKDN   L     R3,ADTNEXT
         B     LOOKDL
         DROP  R3
*
         LTORG
ADTWLET  DS    C
LOOKLET  DS    C
ADTWFLG  DS    X
         DS    0F
ADTCHAIN DC    A(0)               the first entry
RDSAVE14 DS    F
CRSAVE14 DS    F
GSSAVE14 DS    F
FSSAVE14 DS    F
DRSAVE14 DS    F
SWSAVE14 DS    F
ADTSAVE  DS    18F
         END
