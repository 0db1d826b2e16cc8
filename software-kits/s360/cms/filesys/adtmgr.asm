         TITLE 'ADTMGR - THE ACTIVE DISK TABLE AND THE SEARCH ORDER'
***********************************************************************
* ADTMGR: the disks CMS has ACCESSed (CMS PLM GY20-0591: ACCESS reads *
* a disk's file directory into storage and gives it a mode letter;    *
* files are then found by filemode, or through every disk in the      *
* search order A, B, ... Z when the mode is * or blank, as the User's *
* Guide GH20-0859 describes). The table and each disk's directory     *
* (MFD, FST blocks, QMSK) are static, in ADTTAB.                      *
*                                                                     *
*   ACCDISK  R0 = device address, R1 = mode letter (low byte),        *
*            R2 = X'80' to access read-only, X'40' for the system     *
*            disk (read-only too). A disk already under the letter    *
*            is released first. R1 -> the ADT on return.              *
*            R15 = 0; 3 the disk cannot be read; 4 not a CMS disk;    *
*            5 the table is full                                      *
*   RELOAD   R1 -> ADT: reads its directory again (a change that      *
*            failed before its MFD write is forgotten: the disk holds *
*            the state before it); files open for writing on it are  *
*            given up (AFTDISK)                                       *
*   RELDISK  R1 = mode letter: forgets the disk. R15 = 0 or 36        *
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
         SR    R1,R1
         IC    R1,ADTWLET
         BAL   R14,LOOKUP         already a disk under this letter?
         LTR   R3,R3
         BNZ   ACCHAVE            reuse its entry (RELEASE first)
         LR    R0,R6              or one for the same device
         BAL   R14,LOOKDEV
         LTR   R3,R3
         BNZ   ACCHAVE
         L     R3,=A(ADTTAB)      else a free entry
         LA    R4,ADTCOUNT
ACCFREE  CLI   0(R3),0
         BE    ACCHAVE
         AH    R3,=Y(ADTSIZE)
         BCT   R4,ACCFREE
         LA    R15,5              table full
         B     RET
ACCHAVE  LR    R1,R3
         USING ADT,R1
         MVI   ADTMODE,0          unusable until it is read whole
         STH   R6,ADTDEV
         MVC   ADTFLAGS,ADTWFLG
         TM    ADTFLAGS,ADTSYS    the system disk is read-only
         BZ    *+8
         OI    ADTFLAGS,ADTRO
         DROP  R1
         BAL   R14,READDIR
         LTR   R15,R15
         BNZ   RET
         USING ADT,R1
         MVC   ADTMODE,ADTWLET
         DROP  R1
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
         LR    R1,R7
         USING ADT,R1
         MVI   ADTMODE,0
         DROP  R1
         BAL   R14,READDIR
         LTR   R15,R15
         BNZ   RET
         MVC   0(1,R1),ADTWLET
         SR    R15,R15
         B     RET
*
***********************************************************************
* READDIR: R1 -> ADT (device set): reads label, MFD, QMSK and FST     *
* blocks. Keeps R1. R15 = 0, 3 or 4.                                  *
***********************************************************************
READDIR  ST    R14,RDSAVE14
         LR    R7,R1
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
         STH   R5,ADTQBLKS
* The QMSK blocks, one after another into ADTQMSK.
         LA    R9,MFDQMSK
         LR    R2,R7              (past 4K in the ADT: by offset)
         A     R2,=A(ADTQMSK-ADT)
RDQMSK   LH    R0,0(,R9)
         BAL   R14,CALLRD
         LTR   R15,R15
         BNZ   RDFAIL
         LA    R9,2(,R9)
         LA    R2,BLKSIZE(,R2)
         BCT   R5,RDQMSK
         LR    R2,R7              nothing freed yet
         A     R2,=A(ADTFREED-ADT)
         LA    R5,ADTMAXQB*BLKSIZE/200
RDCLEAR  XC    0(200,R2),0(R2)
         LA    R2,200(,R2)
         BCT   R5,RDCLEAR
* The FST blocks, or zeros for an unused slot.
         LA    R9,MFDFSTB
         LA    R2,ADTFSTB
         LA    R5,MFDMAXFB
RDFST    LH    R0,0(,R9)
         LTR   R0,R0
         BNZ   RDFSTRD
         XC    0(200,R2),0(R2)
         XC    200(200,R2),200(R2)
         XC    400(200,R2),400(R2)
         XC    600(200,R2),600(R2)
         B     RDFSTNX
RDFSTRD  BAL   R14,CALLRD
         LTR   R15,R15
         BNZ   RDFAIL
RDFSTNX  LA    R9,2(,R9)
         LA    R2,BLKSIZE(,R2)
         BCT   R5,RDFST
         DROP  R8
         SR    R15,R15
         B     RDEXIT
RDNOTCMS LA    R15,4
         B     RDEXIT
RDFAIL   LA    R15,3
RDEXIT   LR    R1,R7
         L     R14,RDSAVE14
         BR    R14
         DROP  R7
*
* CALLRD: RDBLK with R0 = block, R1 = ADT (R7), R2 = buffer.
CALLRD   ST    R14,CRSAVE14
         LR    R1,R7
         L     R15,=V(RDBLK)
         BALR  R14,R15
         L     R14,CRSAVE14
         BR    R14
*
***********************************************************************
* RELDISK, FINDADT, NEXTADT, FINDDEV                                  *
***********************************************************************
DOREL    BAL   R14,LOOKUP
         LTR   R3,R3
         BZ    NOTACC
         MVI   0(R3),0
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
         L     R3,=A(ADTTAB)
         LA    R4,ADTCOUNT
NXTLOOP  SR    R7,R7
         IC    R7,0(,R3)
         LTR   R7,R7
         BZ    NXTSKIP
         CR    R7,R5
         BNH   NXTSKIP
         CR    R7,R6
         BNL   NXTSKIP
         LR    R1,R3
         LR    R6,R7
NXTSKIP  AH    R3,=Y(ADTSIZE)
         BCT   R4,NXTLOOP
         LTR   R1,R1
         BZ    DONEND
         SR    R15,R15
         B     RETR1
DONEND   LA    R15,4
         B     RET
*
* LOOKUP: R1 = letter -> R3 -> its ADT or 0.
LOOKUP   STC   R1,LOOKLET
         L     R3,=A(ADTTAB)
         LA    R4,ADTCOUNT
LOOKLOOP CLC   LOOKLET,0(R3)
         BER   R14
         AH    R3,=Y(ADTSIZE)
         BCT   R4,LOOKLOOP
         SR    R3,R3
         BR    R14
*
* LOOKDEV: R0 = device -> R3 -> the accessed ADT on it, or 0.
LOOKDEV  L     R3,=A(ADTTAB)
         LA    R4,ADTCOUNT
         USING ADT,R3
LOOKDL   CLI   ADTMODE,0
         BE    LOOKDN
         CH    R0,ADTDEV
         BER   R14
LOOKDN   AH    R3,=Y(ADTSIZE)
         BCT   R4,LOOKDL
         DROP  R3
         SR    R3,R3
         BR    R14
*
         LTORG
ADTWLET  DS    C
LOOKLET  DS    C
ADTWFLG  DS    X
         DS    0F
RDSAVE14 DS    F
CRSAVE14 DS    F
ADTSAVE  DS    18F
*
* The table itself: ADTCOUNT entries, each with its disk's directory.
ADTTAB   CSECT
         DC    (ADTCOUNT*ADTSIZE)X'00'
         END
