         TITLE 'SPLIO - THE SPOOL AREA: TRACKS, BLOCKS, CHECKPOINT'
***********************************************************************
* SPLIO: the spool area of the system volume (CPVOLUME: cylinders     *
* CPVSPL1.. of CPSYS1) and the checkpoint that keeps the spool files  *
* across a warm start (CP-67 Operator's Guide GH20-0856: a warm start *
* keeps the spool files; a cold start empties the spool area).        *
* Each track of the area holds one spool block, a 4096-byte record R1 *
* without key, written with its count after a search for the track's  *
* R0 (the track is formatted as it is written). The checkpoint is one *
* such record on cylinder CPVCKPT1 head 0: the tracks in use, the     *
* next file id and an image of every closed file's SFBLOK, written    *
* again after every change (close, purge, transfer, order, printed).  *
*                                                                     *
*   SPLINIT  R0 = C'C' cold or C'W' warm start (the kernel's init):   *
*            cold: no files, the checkpoint written empty; warm: the  *
*            checkpoint read back (its files come when the read ends) *
*   SPTALLOC -> R1 = a free track, R15 = 0; R15 = 4 when none is free *
*   SPTFREE  R1 = a track to free                                     *
*   SPTLINK  R1 = a track, R0 = the file's next track + 1 (0: last)   *
*   SPTNEXT  R1 = a track -> R1 = the file's next track + 1 (0: last) *
*            (the chain of each file's tracks is kept in storage and  *
*            in the checkpoint, so a file is purged without reading   *
*            it; each block on the disk has its next track too)       *
*   SPIO     R0 = track (X'80000000' on: write), R1 -> 4096 bytes,    *
*            R2 = callback or 0, R3 = its word: the block is read or  *
*            written; at the end the callback is CALLed with R1 = the *
*            word, R2 -> the buffer, R0 = 0, or 4 after an I/O error. *
*   SPCKPT   the checkpoint is written (again, if one is being        *
*            written now, when that ends)                             *
*   SPLFILES (a word) the first closed SFBLOK; SPLNEWID: R1 = a new   *
*            spool file id                                            *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         IOBLOK
         RDEVBLOK
         SFBLOK
         CPVOLUME
         PRINT GEN
SPLIO    CSECT
         ENTRY SPLINIT,SPTALLOC,SPTFREE,SPIO,SPCKPT,SPLFILES,SPLNEWID
         ENTRY SPTLINK,SPTNEXT
         USING PSA,R0
SPNTRKS  EQU   CPVSPLN*CPVTRKS    tracks in the spool area
SPMAXF   EQU   (SPBSIZE-64-2*SPNTRKS)/SFBCKLEN   files it holds
*
***********************************************************************
* SPLINIT                                                             *
***********************************************************************
SPLINIT  ENTER BASE=SPLIO
         XC    SPLFILES,SPLFILES
         XC    SPBITS,SPBITS
         MVC   SPNEXTID,=H'1'
         STC   R0,SPWORK
         CLI   SPWORK,C'W'
         BE    SIWARM
         CALL  SPCKPT             cold: an empty checkpoint
         LEAVE RC=0
SIWARM   LA    R0,SPBSIZE/8       warm: read the checkpoint
         CALL  FREE
         LR    R4,R1
         L     R0,=A(SPCKTRK)
         LA    R2,SIREAD
         LR    R3,R4
         CALL  SPIO
         LEAVE RC=0
*
* The checkpoint has come: its files again, as they were.
SIREAD   ENTER BASE=SPLIO
         LR    R4,R2              R4 -> the checkpoint
         LTR   R0,R0
         BNZ   SIRFREE            unreadable: no files (and say so)
         CLC   0(8,R4),=C'SPLCKPT1'
         BNE   SIRNONE
         MVC   SPNEXTID,8(R4)
         MVC   SPBITS,SPCKBITS-SPCKIMG(R4)
         LA    R1,SPCKNEXT-SPCKIMG(,R4)
         MVC   SPNEXTT(256),0(R1)
         MVC   SPNEXTT+256(256),256(R1)
         MVC   SPNEXTT+512(2*SPNTRKS-512),512(R1)
         LH    R5,10(,R4)         files
         LA    R6,SPCKFILE-SPCKIMG(,R4)
         LA    R7,SPLFILES-(SFBNEXT-SFBLOK)   the last so far
         LTR   R5,R5
         BNP   SIRFREE
SIRFILE  LA    R0,SFBLEN
         CALL  FREE
         MVC   0(SFBCKLEN,R1),0(R6)
         XC    SFBNEXT-SFBLOK(4,R1),SFBNEXT-SFBLOK(R1)
         ST    R1,SFBNEXT-SFBLOK(,R7)
         LR    R7,R1
         LA    R6,SFBCKLEN(,R6)
         BCT   R5,SIRFILE
*
* The tracks in use are those of the files kept: a file that was open
* when CP stopped (not in the checkpoint) gives its tracks back now.
* A chain that leaves the area or meets a track already taken (a
* checkpoint made wrong) ends there.
         XC    SPBITS,SPBITS
         L     R2,SPLFILES
SIRBFILE LTR   R2,R2
         BZ    SIRFREE
         LH    R5,SFBFIRST-SFBLOK(,R2)
SIRBTRK  LTR   R5,R5
         BM    SIRBNEXT
         C     R5,=A(SPNTRKS)
         BNL   SIRBNEXT
         LR    R1,R5              the track's bit
         SRL   R1,3
         LA    R7,SPBITS(R1)
         LR    R1,R5
         N     R1,=F'7'
         LA    R3,X'80'
         SRL   R3,0(R1)
         EX    R3,SIRTM
         BNZ   SIRBNEXT           taken twice: the chain ends
         EX    R3,SIROI
         LR    R1,R5
         SLL   R1,1
         LH    R5,SPNEXTT(R1)     the next + 1
         BCTR  R5,0
         B     SIRBTRK
SIRBNEXT L     R2,SFBNEXT-SFBLOK(,R2)
         B     SIRBFILE
SIRNONE  L     R10,PSAOPRDV       no checkpoint: as a cold start,
         L     R10,RDEVTERM-RDEVBLOK(,R10)   and the operator is told
         SR    R11,R11
         LA    R1,SIMSGNO
         LA    R0,L'SIMSGNO
         CALL  TRMWRITE
         CALL  SPCKPT
SIRFREE  LR    R1,R4
         LA    R0,SPBSIZE/8
         CALL  FRET
         CALL  SPLKICK            the real printer and punch begin
         LEAVE RC=0
         EJECT
***********************************************************************
* Tracks                                                              *
***********************************************************************
SPTALLOC ENTER BASE=SPLIO
         LA    R2,SPBITS
         SR    R1,R1
TAL1     CLI   0(R2),X'FF'        a byte with a free track
         BNE   TAL2
         LA    R2,1(,R2)
         LA    R1,8(,R1)
         C     R1,=A(SPNTRKS)
         BL    TAL1
         LEAVE RC=4
TAL2     LA    R3,X'80'           the free bit
TAL3     EX    R3,TALTM
         BZ    TAL4
         SRL   R3,1
         LA    R1,1(,R1)
         B     TAL3
TAL4     C     R1,=A(SPNTRKS)
         BNL   TALFULL
         EX    R3,TALOI
         LEAVE RC=0
TALFULL  LEAVE RC=4
TALTM    TM    0(R2),0
TALOI    OI    0(R2),0
SIRTM    TM    0(R7),0
SIROI    OI    0(R7),0
*
SPTFREE  ENTER BASE=SPLIO
         LR    R2,R1
         SRL   R2,3
         LA    R2,SPBITS(R2)
         N     R1,=F'7'
         LA    R3,X'80'
         SRL   R3,0(R1)
         X     R3,=F'255'
         EX    R3,TALNI
         LEAVE RC=0
TALNI    NI    0(R2),0
*
SPTLINK  ENTER BASE=SPLIO
         SLL   R1,1
         STH   R0,SPNEXTT(R1)
         LEAVE RC=0
*
SPTNEXT  ENTER BASE=SPLIO
         SLL   R1,1
         LH    R1,SPNEXTT(R1)
         LEAVE RC=0
*
SPLNEWID ENTER BASE=SPLIO
         LH    R1,SPNEXTID
         LA    R0,1(,R1)
         CH    R0,=H'9999'
         BNH   *+8
         LA    R0,1
         STH   R0,SPNEXTID
         LEAVE RC=0
         EJECT
***********************************************************************
* SPIO: one block read or written. A track of the spool area or the   *
* checkpoint's (SPCKTRK, beyond the spool area's numbers).            *
***********************************************************************
SPIO     ENTER BASE=SPLIO
         LR    R4,R0
         LR    R5,R1
         LR    R6,R2
         LR    R7,R3
         LA    R0,IOBLEN+SPIOLEN
         CALL  FREE
         LR    R10,R1
         USING IOBLOK,R10
         LA    R9,IOBLEN*8(,R10)
         USING SPIOX,R9
         ST    R6,SPXCB
         ST    R7,SPXWORD
         ST    R5,SPXBUF
         LR    R1,R4              cylinder and head of the track
         N     R1,=X'7FFFFFFF'
         SR    R0,R0
         C     R1,=A(SPCKTRK)
         BNE   SPIO1
         LA    R0,CPVCKPT1
         SR    R1,R1
         B     SPIO2
SPIO1    D     R0,=A(CPVTRKS)     R1 = cylinders in, R0 = head
         LA    R1,CPVSPL1(,R1)
         XR    R0,R1              (swap: R0 = cylinder, R1 = head)
         XR    R1,R0
         XR    R0,R1
SPIO2    STH   R0,SPXSEEK+2
         STH   R1,SPXSEEK+4
         MVC   SPXSRCH(4),SPXSEEK+2
         MVC   SPXCOUNT(4),SPXSEEK+2
         MVC   SPXCOUNT+4(4),=X'01001000'   R1, no key, 4096
         LA    R1,SPXSEEK
         ST    R1,SPXCCW
         MVC   SPXCCW+4(4),=X'40000006'
         MVI   SPXCCW,X'07'
         LA    R1,SPXSRCH
         ST    R1,SPXCCW+8
         MVI   SPXCCW+8,X'31'
         MVC   SPXCCW+12(4),=X'40000005'
         LA    R1,SPXCCW+8
         ST    R1,SPXCCW+16
         MVI   SPXCCW+16,X'08'
         MVC   SPXCCW+20(4),=X'00000001'
         ST    R5,SPXCCW+32
         MVC   SPXCCW+36(4),=X'00001000'
         LTR   R4,R4
         BM    SPIOW
         MVI   SPXSRCH+4,1        read: search R1, read its data
         ST    R5,SPXCCW+24
         MVI   SPXCCW+24,X'06'
         MVC   SPXCCW+28(4),=X'00001000'
         B     SPIOGO
SPIOW    MVI   SPXSRCH+4,0        write: after R0, R1 with its count
         LA    R1,SPXCOUNT
         ST    R1,SPXCCW+24
         MVI   SPXCCW+24,X'1D'
         MVC   SPXCCW+28(4),=X'80000008'
SPIOGO   MVC   IOBRDEV,PSASYSRD
         XC    IOBVMB,IOBVMB
         LA    R1,SPXCCW
         ST    R1,IOBCAW
         LA    R1,SPIOEND
         ST    R1,IOBIRA
         CALL  IOSQUE
         LEAVE RC=0
*
* The ending: the caller's callback, then the request is freed.
SPIOEND  ENTER BASE=SPLIO
         LA    R9,IOBLEN*8(,R10)
         SR    R0,R0
         TM    IOBFLAG,IOBFNOP
         BO    SPIOBAD
         TM    IOBCSW+4,X'03'     unit check, unit exception
         BNZ   SPIOBAD
         CLI   IOBCSW+5,0
         BE    SPIOCB
SPIOBAD  LA    R0,4
SPIOCB   L     R15,SPXCB
         L     R1,SPXWORD
         L     R2,SPXBUF
         LTR   R15,R15
         BZ    SPIOFRE
         BALR  R14,R15
SPIOFRE  LR    R1,R10
         LA    R0,IOBLEN+SPIOLEN
         CALL  FRET
         LEAVE RC=0
         DROP  R9,R10
         EJECT
***********************************************************************
* SPCKPT: the checkpoint, made from the closed files and written.     *
***********************************************************************
SPCKPT   ENTER BASE=SPLIO
         TM    SPCKFLG,X'80'      one is being written: again after it
         BZ    CK1
         OI    SPCKFLG,X'40'
         LEAVE RC=0
CK1      OI    SPCKFLG,X'80'
         LA    R0,SPBSIZE/8
         CALL  FREE
         LR    R4,R1
         USING SPCKIMG,R4
         MVC   SPCKID,=C'SPLCKPT1'
         MVC   SPCKNID,SPNEXTID
         MVC   SPCKBITS,SPBITS
         LA    R1,SPCKNEXT
         MVC   0(256,R1),SPNEXTT
         MVC   256(256,R1),SPNEXTT+256
         MVC   512(2*SPNTRKS-512,R1),SPNEXTT+512
         LA    R6,SPCKFILE
         SR    R5,R5
         L     R2,SPLFILES
CK2      LTR   R2,R2
         BZ    CK3
         CH    R5,=Y(SPMAXF)
         BNL   CK3
         CLI   SFBQUEUE-SFBLOK(R2),SFBQOPEN
         BNE   CK2COPY
         TM    SFBFLAG-SFBLOK(R2),SFBOUT   being printed or punched:
         BZ    CK2NEXT                     kept whole in its queue
         MVC   0(SFBCKLEN,R6),0(R2)        (not yet closed: not kept)
         MVC   SFBQUEUE-SFBLOK(1,R6),SFBDEST-SFBLOK(R2)
         NI    SFBFLAG-SFBLOK(R6),255-SFBOUT
         B     CK2KEPT
CK2COPY  MVC   0(SFBCKLEN,R6),0(R2)
CK2KEPT  LA    R6,SFBCKLEN(,R6)
         LA    R5,1(,R5)
CK2NEXT  L     R2,SFBNEXT-SFBLOK(,R2)
         B     CK2
CK3      STH   R5,SPCKNF
         DROP  R4
         L     R0,=A(SPCKTRK+X'80000000')
         LR    R1,R4
         LA    R2,CKDONE
         LR    R3,R4
         CALL  SPIO
         LEAVE RC=0
*
CKDONE   ENTER BASE=SPLIO
         LA    R0,SPBSIZE/8
         LR    R1,R2
         CALL  FRET
         NI    SPCKFLG,255-X'80'
         TM    SPCKFLG,X'40'
         BZ    CKDRET
         NI    SPCKFLG,255-X'40'
         CALL  SPCKPT
CKDRET   LEAVE RC=0
*
         LTORG
SPLFILES DC    A(0)               the closed files
SPNEXTID DC    H'1'
SPCKFLG  DC    X'00'              X'80' writing, X'40' write again
SPWORK   DS    X
SPBITS   DC    XL48'00'           tracks in use, a bit each
SPNEXTT  DC    (SPNTRKS)H'0'      each track's next in its file, + 1
SPCKTRK  EQU   X'7FFF'            "track" of the checkpoint
SIMSGNO  DC    C'SPOOL CHECKPOINT NOT FOUND: NO SPOOL FILES KEPT'
*
* The checkpoint record.
SPCKIMG  DSECT
SPCKID   DS    CL8                C'SPLCKPT1'
SPCKNID  DS    H                  the next file id
SPCKNF   DS    H                  files
         DS    XL4
SPCKBITS DS    XL48               tracks in use
SPCKNEXT DS    (SPNTRKS)H         the tracks' chains
SPCKFILE DS    0X                 SFBCKLEN bytes a file
*
* The request's part after its IOBLOK.
SPIOX    DSECT
SPXCCW   DS    5D                 seek, search, TIC, read or write (+1)
SPXSEEK  DS    D
SPXSRCH  DS    D
SPXCOUNT DS    D
SPXCB    DS    A
SPXWORD  DS    F
SPXBUF   DS    A
         DS    F
SPIOLEN  EQU   (*-SPIOX+7)/8
         END
