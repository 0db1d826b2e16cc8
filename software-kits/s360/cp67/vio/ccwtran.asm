         TITLE 'CCWTRAN - TRANSLATE A VIRTUAL CHANNEL PROGRAM'
***********************************************************************
* CCWTRAN: copies a virtual machine's channel program into CP storage *
* as a real one (CP-67 PLM GY20-0590, "CCW translation"; reference    *
* section 15.3). A channel uses real addresses and the guest's pages  *
* lie anywhere in real storage, so each data area is translated page  *
* by page through TRANGR, the page fixed (locked) until the I/O ends, *
* and a CCW whose data crosses a page boundary becomes data-chained   *
* CCWs, one per page (the 360 has no indirect data addressing). TICs  *
* point into the copy. A minidisk's seeks are copied, checked against *
* its extent and relocated (VM/370's way: the count fields on the     *
* disk keep the guest's cylinder numbers, so only seeks move).        *
*                                                                     *
* The copy is made run by run: a run follows chaining from a CCW     *
* until a CCW ends it; a TIC ends its run unless a search before it   *
* can skip it (status modifier: the channel then takes the CCW after  *
* the TIC), and its target is translated later as a run of its own,   *
* or found already translated (a loop: the real TIC goes back into    *
* the copy). Where the copy cannot go on it puts a stop marker - a    *
* NOP without chaining whose map entry says why - so the real program *
* ends exactly when the guest's would reach that point:               *
*   - a CCW that an earlier CCW of the program reads into (an IPL's   *
*     second CCWs, link360's loader, any self-loading program): the   *
*     part before it runs first, then VIOEND translates on from it;   *
*   - the block full: the program runs in pieces (a data chain is     *
*     never cut, CWBRESV CCWs are kept for it);                       *
*   - a loop of NOPs and TICs, which would keep a channel busy with   *
*     no data and no motion: the guest's device stays busy until      *
*     HALT I/O, as the real machine's would, and no real I/O runs;    *
*   - a CCW the channel or the device would refuse (PoO program      *
*     check causes; a seek beyond the minidisk or a write to a        *
*     read-only one: unit check, command reject, as the 2314 rejects  *
*     a seek past its last cylinder and VM/370 a write to a read-only *
*     minidisk): the status is presented at that CCW.                 *
*                                                                     *
*   CCWTRAN  R11 -> VMBLOK, R10 -> VDEVBLOK (VDEVCAW set),            *
*            R1 = guest address of the first CCW,                     *
*            R0 = CWBCONT (a continuation) and/or CWBIPL (IPL's read  *
*            comes first: the CCW read X'02' to 0, 24 bytes, CC+SLI)  *
*            -> R15 = 0, R1 -> CCWBLOK (CWBCCW is the real program);  *
*               R15 = 3: a page is not in storage and paging has      *
*               begun; nothing is kept (the caller restarts later).   *
*   CCWFREE  R1 -> CCWBLOK: unfix its pages, free it. CWBFIX keeps    *
*            the real address of each page fixed and UNFIXR unfixes   *
*            it, so that a program still running when its user logs   *
*            off (or its device is detached) gives its frames back    *
*            when it ends, though the user's tables are gone then.    *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         VDEVBLOK
         CCWBLOK
         STATBLOK
         PRINT GEN
CCWTRAN  CSECT
         ENTRY CCWFREE
         USING PSA,R0
         USING VMBLOK,R11
         USING VDEVBLOK,R10
         USING CCWBLOK,R9
TRENTRY  ENTER
         STC   R0,TRFLAGS
         LR    R8,R1
         LA    R8,0(,R8)          guest address of the first CCW
         LA    R0,CWBLEN
         CALL  FREE
         LR    R9,R1
         ST    R10,CWBVDEV
         MVC   CWBFLAG,TRFLAGS
         MVC   CWBKEY,VDEVCAW
         NI    CWBKEY,X'F0'
         ST    R8,CWBFIRST
         MVI   CWBRFLG,CWBRSTRT   the program's first CCW comes next
         TM    CWBFLAG,CWBCONT
         BZ    TRPREFIX
         MVI   CWBRFLG,0          a continuation may begin with a TIC
*
* A minidisk's arm may have been moved by another user's program since
* the guest's last one: each program begins with a seek to where the
* guest left it, unless its first CCW moves the arm itself. A piece
* that goes on with a program does not: the device keeps its place
* (its record) from the piece before, as in one chain.
TRPREFIX TM    VDEVFLAG,VDEVMDSK
         BZ    TRSTART
         TM    CWBFLAG,CWBIPL+CWBCONT   Read IPL seeks for itself
         BNZ   TRSTART
         LR    R1,R8
         LA    R0,1
         LA    R2,TRCCW
         BAL   R14,GETG
         LTR   R15,R15
         BNZ   TRSTART            a bad address: the run refuses it
         CLI   TRCCW,X'07'
         BE    TRSTART
         CLI   TRCCW,X'0B'
         BE    TRSTART
         CLI   TRCCW,X'13'
         BE    TRSTART
         CLI   TRCCW,X'02'
         BE    TRSTART
         BAL   R14,NEWARG         R3 -> slot
         LH    R0,VDEVCYL
         BAL   R14,SEEKARG
         ST    R3,TRWORD
         MVI   TRWORD,X'07'       seek
         MVC   TRREAL(4),TRWORD
         MVC   TRREAL+4(4),=X'40000006'
         ST    R8,TRMAP
         MVC   TRMAP+4(4),=X'00008000'     CWMCP
         BAL   R14,EMIT
*
* IPL: the first CCW is the one the channel makes up at LOAD.
TRSTART  TM    CWBFLAG,CWBIPL
         BZ    TRNEXT
         MVC   TRCCW,=X'0200000060000018'
         SR    R8,R8
         MVI   CWBRFLG,0
         B     TRCMDS
*
***********************************************************************
* The run: R8 = guest address of the next CCW.                        *
***********************************************************************
TRNEXT   LH    R3,CWBNCCW
         CH    R3,=Y(CWBMAXC-CWBRESV)
         BNL   TRFULL
* A piece holds at most CWBLIMF different pages fixed: all of a piece's pages
* must be in storage at once, and a program that needs more than the
* frames other users leave free (CMS's IPL loads 48 pages) would wait
* for ever, each try giving back the pages the last one brought in.
         LH    R3,CWBNPAG
         CH    R3,=Y(CWBLIMF)
         BL    TRROOM
TRFULL   TM    CWBRFLG,CWBRDCH
         BO    TRROOM             a data chain goes on into the reserve
         LA    R0,CWBSFULL        full: run this piece, then go on
         LR    R1,R8
         BAL   R14,MARKSEQ
         B     TRWORK
TRROOM   LR    R1,R8
         N     R1,=F'7'
         BNZ   TRBADADR
         LA    R1,8(,R8)
         C     R1,VMSIZE
         BH    TRBADADR
         TM    CWBRFLG,CWBRDCH
         BO    TRFETCH            a data chain is never cut
         LR    R1,R8
         LA    R2,7(,R8)
         BAL   R14,OVERLAP
         LTR   R15,R15
         BZ    TRFETCH
         LA    R0,CWBSSELF        read into by an earlier CCW
         LR    R1,R8
         BAL   R14,MARKSEQ
         B     TRWORK
TRBADADR MVC   TRCCW+6(2),=H'0'   program check (channel status)
         LA    R1,X'20'
         B     TRREFCH
*
TRFETCH  LR    R1,R8
         LA    R0,8
         LA    R2,TRCCW
         BAL   R14,GETG
         CH    R15,=H'3'
         BE    TRPAGE
         LTR   R15,R15
         BNZ   TRBADADR
         L     R1,VMSTATS         the statistics: CCWs translated
         LTR   R1,R1
         BZ    TRCMDS
         LA    R0,1
         A     R0,STCCWS-STATBLOK(,R1)
         ST    R0,STCCWS-STATBLOK(,R1)
*
TRCMDS   IC    R0,TRCCW
         STC   R0,TRCMD
         N     R0,=F'15'
         CH    R0,=H'8'
         BE    TRTIC
         TM    TRCCW+4,X'07'      flag bits 37-39 must be zero
         BNZ   TRPGMCK
         CLC   TRCCW+6(2),=H'0'   a count of zero
         BE    TRPGMCK
         TM    CWBRFLG,CWBRDCH
         BZ    TRCMD1
         MVC   TRCMD,CWBRCMD      a data chain goes on with its command
         B     TRDATA
TRCMD1   LTR   R0,R0              command code xxxx0000: invalid
         BZ    TRPGMCK
         TM    VDEVFLAG,VDEVMDSK
         BZ    TRDATA
         B     TRMDISK
*
TRPGMCK  LA    R1,X'20'           program check at this CCW
TRREFCH  STC   R1,TRERR+1         channel status
         MVI   TRERR,0
         MVC   TRERR+2(2),=H'0'
         MVC   TRERR+4(2),TRCCW+6
         B     TRREFUSE
TRCMDREJ MVC   TRERR(4),=X'0E008000'   unit check, command reject
         MVC   TRERR+4(2),TRCCW+6
TRREFUSE BAL   R14,NEWARG
         LTR   R15,R15
         BNZ   TRREFULL
         MVC   0(6,R3),TRERR
         LA    R0,CWBSERR
         LR    R1,R8
         BAL   R14,MARKSEQ
         B     TRWORK
TRREFULL LA    R0,CWBSFULL        no slot left: go on from it later
         LR    R1,R8
         BAL   R14,MARKSEQ
         B     TRWORK
*
* A page is not in storage: give the whole translation up.
TRPAGE   LR    R1,R9
         BAL   R14,FREEBLK
         LA    R15,3
         LEAVE
         EJECT
***********************************************************************
* TIC: the target is translated later (CWBWORK), the real TIC pointed *
* at it then.                                                         *
***********************************************************************
TRTIC    TM    CWBRFLG,CWBRTIC+CWBRSTRT
         BNZ   TRPGMCK            TIC first, or TIC to TIC
         LH    R3,CWBNWRK
         CH    R3,=Y(CWBMAXW)
         BL    TRTIC1
         LA    R0,CWBSFULL        too many: go on from this TIC later
         LR    R1,R8
         BAL   R14,MARKSEQ
         B     TRWORK
TRTIC1   SLL   R3,3
         LA    R3,CWBWORK(R3)
         USING CWWORK,R3
         MVC   CWWADDR,TRCCW
         MVI   CWWADDR,0
         MVC   CWWTIC,CWBNCCW     the real TIC about to be built
         MVC   CWWFLG,CWBRFLG
         NI    CWWFLG,CWBRDCH
         MVC   CWWCMD,CWBRCMD
         DROP  R3
         LH    R3,CWBNWRK
         LA    R3,1(,R3)
         STH   R3,CWBNWRK
         MVC   TRREAL,=X'0800000000000001'
         ST    R8,TRMAP
         MVC   TRMAP+4(4),=X'00006000'     CWMFIRST+CWMNOP
         BAL   R14,EMIT
         TM    CWBRFLG,CWBRSRCH
         BZ    TRWORK             nothing can skip it: the run ends
         MVI   CWBRFLG,0          a search's status modifier skips it
         ST    R8,CWBRPREV
         LA    R8,8(,R8)
         B     TRNEXT
         EJECT
***********************************************************************
* A minidisk: seeks checked and relocated, writes to a read-only one  *
* refused, Read IPL made a seek to its cylinder 0.                    *
***********************************************************************
TRMDISK  CLI   TRCMD,X'07'        seek
         BE    TRSEEK
         CLI   TRCMD,X'0B'        seek cylinder
         BE    TRSEEK
         CLI   TRCMD,X'1B'        seek head
         BE    TRSEEK
         CLI   TRCMD,X'13'        recalibrate
         BE    TRRECAL
         CLI   TRCMD,X'02'        read IPL
         BE    TRRDIPL
         CLI   TRCMD,X'1F'        set file mask
         BE    TRSFM
         IC    R0,TRCMD           the searches of ID and home address
         N     R0,=X'0000007F'
         CH    R0,=H'57'          X'39': search home address
         BE    TRSRCH
         CH    R0,=H'49'          X'31', X'51', X'71': search ID
         BE    TRSRCH
         CH    R0,=H'81'
         BE    TRSRCH
         CH    R0,=H'113'
         BE    TRSRCH
         TM    VDEVFLAG,VDEVRO
         BZ    TRDATA
         IC    R0,TRCMD           the writes: X'01', X'05' ... X'1D'
         N     R0,=X'000000E3'
         CH    R0,=H'1'
         BE    TRCMDREJ           a write: command reject
         B     TRDATA
*
TRSEEK   TM    TRCCW+4,X'80'      a data-chained argument: refused
         BO    TRCMDREJ
         CLC   TRCCW+6(2),=H'6'
         BL    TRCMDREJ
         L     R1,TRCCW           the argument: not read into earlier
         LA    R1,0(,R1)
         LA    R2,5(,R1)
         BAL   R14,OVERLAP
         LTR   R15,R15
         BNZ   TRARGSLF
         BAL   R14,NEWARG
         LTR   R15,R15
         BNZ   TRREFULL
         L     R1,TRCCW
         LA    R1,0(,R1)
         LA    R0,6
         LR    R2,R3
         BAL   R14,GETG
         CH    R15,=H'3'
         BE    TRPAGE
         LTR   R15,R15
         BNZ   TRPGMCK
         CLC   0(2,R3),=H'0'      bin 0 only
         BNE   TRCMDREJ
         CLI   TRCMD,X'1B'        seek head: the cylinder stays
         BNE   TRSEEK1
         MVC   2(2,R3),VDEVCYL
TRSEEK1  CLC   2(2,R3),VDEVNCYL   beyond the minidisk
         BNL   TRCMDREJ
         LA    R0,20              heads: 20 on a 2314, 10 on a 2311
         CLI   VDEVTYPT,VDEVT311
         BNE   TRSEEK2
         LA    R0,10
TRSEEK2  CH    R0,4(,R3)
         BNH   TRCMDREJ
         LH    R0,2(,R3)
         MVC   VDEVHEAD,4(R3)
         BAL   R14,SEEKARG        relocate into the slot
         B     TRARGEM
*
TRRECAL  BAL   R14,NEWARG         recalibrate: to the minidisk's 0
         LTR   R15,R15
         BNZ   TRREFULL
         MVC   VDEVHEAD,=H'0'
         SR    R0,R0
         BAL   R14,SEEKARG
         MVI   TRCMD,X'07'
         MVC   TRCCW+6(2),=H'6'
         B     TRARGEM
*
TRSFM    L     R1,TRCCW           set file mask: CP's copy of the byte
         LA    R1,0(,R1)
         LR    R2,R1
         BAL   R14,OVERLAP
         LTR   R15,R15
         BNZ   TRARGSLF
         BAL   R14,NEWARG
         LTR   R15,R15
         BNZ   TRREFULL
         L     R1,TRCCW
         LA    R1,0(,R1)
         LA    R0,1
         LR    R2,R3
         BAL   R14,GETG
         CH    R15,=H'3'
         BE    TRPAGE
         LTR   R15,R15
         BNZ   TRPGMCK
         TM    VDEVFLAG,VDEVRO    read-only: writes inhibited whatever
         BZ    TRARGEM            the guest asks
         NI    0(R3),X'3F'
         OI    0(R3),X'40'
*
* A search for record 0 or the home address: the volume's own, made
* when its tracks were formatted, with real cylinder numbers in them.
* CP moves the cylinder of such an argument by the minidisk's start,
* so a guest (CMS FORMAT) finds its virtual cylinder's R0. Records 1
* and up hold what the guest wrote and are searched as they are.
TRSRCH   TM    TRCCW+4,X'80'      a data-chained argument: as it is
         BO    TRDATA
         CLC   TRCCW+6(2),=H'4'
         BL    TRDATA
         L     R1,TRCCW
         LA    R1,0(,R1)
         LA    R2,4(,R1)
         BAL   R14,OVERLAP
         LTR   R15,R15
         BNZ   TRARGSLF
         XC    TRWORK8,TRWORK8
         L     R1,TRCCW
         LA    R1,0(,R1)
         LA    R0,4
         CLI   TRCMD,X'39'
         BE    TRSRCH1
         CLI   TRCMD,X'B9'
         BE    TRSRCH1
         LA    R0,5
         CLC   TRCCW+6(2),=H'5'
         BL    TRDATA
TRSRCH1  LA    R2,TRWORK8
         BAL   R14,GETG
         CH    R15,=H'3'
         BE    TRPAGE
         LTR   R15,R15
         BNZ   TRDATA             (the data path refuses it)
         CLI   TRCMD,X'39'
         BE    TRSRCH2
         CLI   TRCMD,X'B9'
         BE    TRSRCH2
         CLI   TRWORK8+4,0        record 0?
         BNE   TRDATA
TRSRCH2  BAL   R14,NEWARG
         LTR   R15,R15
         BNZ   TRREFULL
         MVC   0(8,R3),TRWORK8
         LH    R0,0(,R3)
         AH    R0,VDEVRELN
         STH   R0,0(,R3)
         B     TRARGEM
*
* A CCW whose argument is CP's copy in slot R3. The count passed on
* is at most the slot's 8 bytes; the rest comes back in the residual.
TRARGEM  ST    R3,TRREAL
         MVC   TRREAL(1),TRCMD
         MVC   TRREAL+4(2),TRCCW+4
         LH    R1,TRCCW+6
         SR    R0,R0
         CH    R1,=H'8'
         BNH   TRARGE1
         LR    R0,R1
         SH    R0,=H'8'
         LA    R1,8
TRARGE1  STH   R1,TRREAL+6
         ST    R8,TRMAP
         STH   R0,TRMAP+4
         MVC   TRMAP+6(2),=X'4000'         CWMFIRST
         BAL   R14,EMIT
         B     TRCHAIN
*
TRARGSLF LA    R0,CWBSSELF        the argument was read in earlier
         LR    R1,R8
         BAL   R14,MARKSEQ
         B     TRWORK
*
* Read IPL on a minidisk: the drive would seek the real cylinder 0.
* Seek the minidisk's, search record 1 and read its data instead.
TRRDIPL  BAL   R14,NEWARG
         LTR   R15,R15
         BNZ   TRREFULL
         ST    R3,TRSAVE3
         MVC   VDEVHEAD,=H'0'
         SR    R0,R0
         BAL   R14,SEEKARG
         BAL   R14,NEWARG
         LTR   R15,R15
         BNZ   TRREFULL
         MVC   0(8,R3),=X'0000000001000000'    CC HH R = 0 0 1
         L     R1,TRSAVE3
         ST    R1,TRREAL
         MVI   TRREAL,X'07'
         MVC   TRREAL+4(4),=X'40000006'
         ST    R8,TRMAP
         MVC   TRMAP+4(4),=X'00008000'     CWMCP
         BAL   R14,EMIT
         ST    R3,TRREAL
         MVI   TRREAL,X'31'       search ID equal
         MVC   TRREAL+4(4),=X'40000005'
         BAL   R14,EMIT
         L     R1,TRLAST          a TIC back to the search
         ST    R1,TRREAL
         MVI   TRREAL,X'08'
         MVC   TRREAL+4(4),=X'00000001'
         MVC   TRMAP+4(4),=X'0000A000'     CWMCP+CWMNOP
         BAL   R14,EMIT
         MVI   TRCMD,X'06'        then read data as the guest asked
         B     TRDATA
         EJECT
***********************************************************************
* A CCW's data: each page fixed, one real CCW per page.               *
***********************************************************************
TRDATA   TM    CWBRFLG,CWBRDCH
         BO    TRDATA1
         CLI   TRCMD,X'03'        no-operation: no data
         BNE   TRDATA1
         MVC   TRREAL,TRCCW
         XC    TRREAL+1(3),TRREAL+1
         ST    R8,TRMAP
         MVC   TRMAP+4(4),=X'00006000'     CWMFIRST+CWMNOP
         BAL   R14,EMIT
         B     TRCHAIN
TRDATA1  MVI   TRREAD,0           does it store into storage?
         IC    R0,TRCMD
         N     R0,=F'3'
         CH    R0,=H'2'           read
         BE    TRDREAD
         IC    R0,TRCMD
         N     R0,=F'15'
         CH    R0,=H'4'           sense
         BE    TRDREAD
         CH    R0,=H'12'          read backward
         BNE   TRDATA2
         MVI   TRREAD,2
         B     TRDATA2
TRDREAD  MVI   TRREAD,1
TRDATA2  CLI   TRREAD,0
         BE    TRDATA3
         TM    TRCCW+4,X'10'      skip: nothing is stored
         BZ    TRDATA3
         MVC   TRREAL,TRCCW
         MVC   TRREAL(1),TRCMD
         XC    TRREAL+1(3),TRREAL+1
         ST    R8,TRMAP
         MVC   TRMAP+4(4),=X'00004000'     CWMFIRST
         BAL   R14,EMIT
         B     TRCHAIN
*                                 the area: R4 = first byte, R5 = count
TRDATA3  L     R4,TRCCW
         LA    R4,0(,R4)
         C     R4,VMSIZE
         BNL   TRDPGM
         LH    R5,TRCCW+6
         N     R5,=X'0000FFFF'
         LR    R1,R4              R1, R2 = lowest and highest byte
         LA    R2,0(R5,R4)
         BCTR  R2,0
         CLI   TRREAD,2
         BNE   TRDATA4
         LR    R2,R4              backward: from R4 down
         SR    R1,R5
         LA    R1,1(,R1)
         LTR   R1,R1
         BM    TRDPGM
TRDATA4  C     R2,VMSIZE
         BNL   TRDPGM
         CLI   TRREAD,0
         BE    TRDATA5
         BAL   R14,ADDRNG         a read: watch it for self-loading
*                                 room for its pieces?
TRDATA5  LR    R1,R5
         SRL   R1,12
         LA    R1,2(,R1)
         AH    R1,CWBNCCW
         CH    R1,=Y(CWBMAXC-2)
         BNH   TRDATA6
         TM    CWBRFLG,CWBRDCH
         BO    TRDCUT
         LA    R0,CWBSFULL
         LR    R1,R8
         BAL   R14,MARKSEQ
         B     TRWORK
TRDCUT   LH    R1,CWBNCCW         no room even in the reserve: the data
         SLL   R1,3               chain ends at the last piece built
         LA    R1,CWBCCW-8(R1)
         NI    4(R1),X'3F'        (the guest sees incorrect length)
         B     TRWORK
TRDPGM   LA    R1,X'20'           the area is outside the storage
         B     TRREFCH
*
* The pieces. R4 = guest address, R5 = bytes left, R6 = first piece.
TRDATA6  LA    R6,1
TRDLOOP  LR    R3,R4              bytes of this piece in its page
         N     R3,=X'00000FFF'
         CLI   TRREAD,2
         BE    TRDBACK
         LCR   R3,R3
         A     R3,=F'4096'
         B     TRDPIECE
TRDBACK  LA    R3,1(,R3)
TRDPIECE CR    R3,R5
         BNH   *+6
         LR    R3,R5
         LR    R1,R4
         BAL   R14,FIXPG          R2 = real address, page fixed
         CH    R15,=H'3'
         BE    TRPAGE
         LTR   R15,R15
         BNZ   TRDPGM
         ST    R2,TRREAL
         MVC   TRREAL(1),TRCMD
         MVC   TRREAL+4(1),TRCCW+4
         MVI   TRREAL+5,0
         STH   R3,TRREAL+6
         LTR   R6,R6              PCI on the first piece only
         BNZ   *+8
         NI    TRREAL+4,X'F7'
         ST    R8,TRMAP
         LR    R0,R5
         SR    R0,R3
         STH   R0,TRMAP+4         the guest CCW's bytes still to come
         MVC   TRMAP+6(2),=X'0000'
         LTR   R6,R6
         BZ    *+8
         MVI   TRMAP+6,CWMFIRST
         LTR   R0,R0
         BZ    TRDLAST
         NI    TRREAL+4,X'B7'     more pieces: chain data, no CC, PCI
         OI    TRREAL+4,X'80'
TRDLAST  BAL   R14,EMIT
         SR    R6,R6
         CLI   TRREAD,2
         BE    TRDDOWN
         AR    R4,R3
         B     TRDSTEP
TRDDOWN  SR    R4,R3
TRDSTEP  SR    R5,R3
         BP    TRDLOOP
         EJECT
***********************************************************************
* Chaining: on with the run, or the run ends.                         *
***********************************************************************
TRCHAIN  TM    TRCCW+4,X'80'      chain data
         BZ    TRCHAIN1
         TM    CWBRFLG,CWBRDCH
         BO    TRCHAIN0
         MVC   CWBRCMD,TRCMD      the command the chain goes on with
TRCHAIN0 MVI   CWBRFLG,CWBRDCH
         B     TRSTEP
TRCHAIN1 TM    TRCCW+4,X'40'      chain command
         BZ    TRWORK
         MVI   CWBRFLG,0
         CLI   VDEVTYPC,VDEVCDAS  a DASD search can skip the next CCW
         BNE   TRSTEP
         TM    TRCMD,X'01'
         BZ    TRSTEP
         TM    TRCMD,X'06'        xxxx x001: search or write
         BNZ   TRSTEP
         IC    R0,TRCMD
         N     R0,=X'0000007F'
         CH    R0,=H'41'          X'29' and up: the searches
         BL    TRSTEP
         MVI   CWBRFLG,CWBRSRCH
TRSTEP   ST    R8,CWBRPREV
         LA    R8,8(,R8)
         B     TRNEXT
         EJECT
***********************************************************************
* A run has ended: the next TIC target, if any.                       *
***********************************************************************
TRWORK   LH    R3,CWBNWRK
         LTR   R3,R3
         BZ    TRDONE
         BCTR  R3,0
         STH   R3,CWBNWRK
         SLL   R3,3
         LA    R3,CWBWORK(R3)
         USING CWWORK,R3
         L     R8,CWWADDR
         LH    R4,CWWTIC          R4 -> the real TIC
         SLL   R4,3
         LA    R4,CWBCCW(R4)
         MVC   TRWFLG,CWWFLG
         MVC   TRWCMD,CWWCMD
         DROP  R3
*                                 translated already?
         LH    R5,CWBNCCW
         LA    R6,CWBMAP
         USING CWMAP,R6
         LA    R2,CWBCCW
TRWFIND  LTR   R5,R5
         BZ    TRWNEW
         C     R8,CWMGCCW
         BNE   TRWFNXT
         TM    CWMFLAG,CWMCP+CWMMARK
         BNZ   TRWFNXT
         TM    CWMFLAG,CWMFIRST
         BO    TRWFOUND
TRWFNXT  LA    R6,8(,R6)
         LA    R2,8(,R2)
         BCT   R5,TRWFIND
         DROP  R6
TRWNEW   LH    R2,CWBNCCW         the target's run begins here
         CH    R2,=Y(CWBMAXC-CWBRESV)
         BL    TRWNEW1
         TM    TRWFLG,CWBRDCH     no room: a marker to go on from it
         BO    TRWCUT
         SLL   R2,3
         LA    R2,CWBCCW(R2)
         ST    R2,TRWORD
         MVC   1(3,R4),TRWORD+1
         LA    R0,CWBSFULL
         LR    R1,R8
         BAL   R14,MARK
         B     TRWORK
TRWCUT   MVC   0(8,R4),=X'0300000020000001'   a data chain's TIC
         B     TRWORK             with no room: the chain ends there
TRWNEW1  SLL   R2,3
         LA    R2,CWBCCW(R2)
         ST    R2,TRWORD
         MVC   1(3,R4),TRWORD+1
         MVI   CWBRFLG,CWBRTIC
         OC    CWBRFLG,TRWFLG
         MVC   CWBRCMD,TRWCMD
         LA    R1,CWBCCW          the CCW before it is the TIC
         LR    R0,R4
         SR    R0,R1
         SRL   R0,3
         SLL   R0,3
         LA    R1,CWBMAP
         AR    R1,R0
         MVC   CWBRPREV,0(R1)
         B     TRNEXT
*
TRWFOUND ST    R2,TRWORD          a loop back into the copy
         MVC   1(3,R4),TRWORD+1
         LR    R1,R4
         BAL   R14,LOOPCK
         B     TRWORK
*
TRDONE   LR    R1,R9
         SR    R15,R15
         LEAVE
         EJECT
***********************************************************************
* LOOPCK: R1 -> a real TIC just pointed back into the copy. If the    *
* loop it closes has nothing but NOPs and TICs, all chained, it would *
* keep the channel busy for ever with no data and no motion: the TIC  *
* becomes a loop marker, and the guest's device stays busy (without   *
* any real I/O) until HALT I/O.                                       *
***********************************************************************
LOOPCK   ST    R14,LCSAVE
         LR    R2,R1              R2 walks the real program
         LA    R5,64              at most this many steps
LCSTEP   LR    R3,R2              its map entry
         LA    R0,CWBCCW
         SR    R3,R0
         LA    R3,CWBMAP(R3)
         TM    6(R3),CWMNOP
         BZ    LCNO               data or motion: a real loop
         TM    6(R3),CWMMARK
         BNZ   LCNO
         IC    R0,0(,R2)
         N     R0,=F'15'
         CH    R0,=H'8'
         BE    LCTIC
         TM    4(R2),X'C0'        a NOP without chaining ends it
         BZ    LCNO
         LA    R2,8(,R2)
         B     LCNEXT
LCTIC    L     R2,0(,R2)
         LA    R2,0(,R2)
         LTR   R2,R2
         BZ    LCNO               a TIC not yet pointed anywhere
LCNEXT   CR    R2,R1
         BE    LCYES
         LA    R0,CWBCCW          still inside the copy?
         CR    R2,R0
         BL    LCNO
         LH    R0,CWBNCCW
         SLL   R0,3
         LA    R3,CWBCCW
         AR    R0,R3
         CR    R2,R0
         BNL   LCNO
         BCT   R5,LCSTEP
         B     LCNO
LCYES    MVC   0(8,R1),=X'0300000020000001'   the loop marker
         LA    R0,CWBCCW
         LR    R3,R1
         SR    R3,R0
         LA    R3,CWBMAP(R3)
         MVI   6(R3),CWBSLOOP
LCNO     L     R14,LCSAVE
         BR    R14
         EJECT
***********************************************************************
* Helpers.                                                            *
***********************************************************************
* EMIT: TRREAL, the real CCW, and TRMAP, its map entry, at the end of
* the copy; TRLAST -> the real CCW built.
EMIT     LH    R1,CWBNCCW
         SLL   R1,3
         LA    R0,CWBMAP(R1)
         LA    R1,CWBCCW(R1)
         ST    R1,TRLAST          -> the real CCW built
         MVC   0(8,R1),TRREAL
         LR    R1,R0
         MVC   0(8,R1),TRMAP
         LH    R1,CWBNCCW
         LA    R1,1(,R1)
         STH   R1,CWBNCCW
         BR    R14
*
* MARKSEQ: R0 = why, R1 = guest address: a stop marker where the run
* has come. After a search that chains, the status modifier would
* skip that CCW: a second marker goes on from the one after it.
MARKSEQ  ST    R14,MSSAVE
         BAL   R14,MARK
         TM    CWBRFLG,CWBRSRCH
         BZ    MSRET
         LA    R0,CWBSFULL
         L     R1,TRMAP           the guest address MARK used
         LA    R1,8(,R1)
         BAL   R14,MARK
MSRET    L     R14,MSSAVE
         BR    R14
*
* MARK: R0 = why, R1 = guest address (for CWBSERR: R3 -> its slot).
MARK     ST    R14,MKSAVE
         MVC   TRREAL,=X'0300000020000001'
         ST    R1,TRMAP
         STC   R0,TRMAP+6
         MVI   TRMAP+7,0
         MVC   TRMAP+4(2),=H'0'
         CH    R0,=Y(CWBSERR)
         BNE   MK1
         LA    R0,CWBARG          the slot's index
         LR    R1,R3
         SR    R1,R0
         SRL   R1,3
         STH   R1,TRMAP+4
MK1      BAL   R14,EMIT
         L     R14,MKSAVE
         BR    R14
*
* NEWARG: R3 -> a new 8-byte argument slot (zero); R15 = 4 if none.
NEWARG   LH    R3,CWBNARG
         CH    R3,=Y(CWBMAXA)
         BNL   NAFULL
         LA    R15,1(,R3)
         STH   R15,CWBNARG
         SLL   R3,3
         LA    R3,CWBARG(R3)
         XC    0(8,R3),0(R3)
         SR    R15,R15
         BR    R14
NAFULL   LA    R15,4
         BR    R14
*
* SEEKARG: R0 = virtual cylinder, R3 -> slot: the slot becomes the
* real seek argument 00 00 CC CC HH HH (head from VDEVHEAD), and the
* arm's virtual position is noted.
SEEKARG  STH   R0,VDEVCYL
         AH    R0,VDEVRELN
         XC    0(2,R3),0(R3)
         STH   R0,2(,R3)
         MVC   4(2,R3),VDEVHEAD
         BR    R14
*
* OVERLAP: R1, R2 = first and last guest byte -> R15 = 4 when an
* earlier CCW of this piece reads into any of them.
OVERLAP  STM   R3,R5,OVSAVE
         SR    R15,R15
         TM    CWBFLAG,CWBRFULL
         BO    OVYES
         LH    R5,CWBNRNG
         LA    R3,CWBRNG
         LTR   R5,R5
         BZ    OVRET
OVLOOP   C     R2,0(,R3)          ends before the range
         BL    OVNEXT
         C     R1,4(,R3)          begins after it
         BH    OVNEXT
OVYES    LA    R15,4
         B     OVRET
OVNEXT   LA    R3,8(,R3)
         BCT   R5,OVLOOP
OVRET    LM    R3,R5,OVSAVE
         BR    R14
*
* ADDRNG: R1, R2 = first and last guest byte a CCW reads into. A
* range that meets one already kept widens it (a program that reads
* into one buffer again and again keeps one range).
ADDRNG   STM   R3,R5,OVSAVE
         LH    R5,CWBNRNG
         LA    R3,CWBRNG
         LTR   R5,R5
         BZ    AR0
AR00     L     R4,4(,R3)          meets it: first <= last + 1 and
         LA    R4,1(,R4)          last + 1 >= first
         CR    R1,R4
         BH    AR0NEXT
         LA    R4,1(,R2)
         C     R4,0(,R3)
         BL    AR0NEXT
         C     R1,0(,R3)
         BNL   *+8
         ST    R1,0(,R3)
         C     R2,4(,R3)
         BNH   *+8
         ST    R2,4(,R3)
         LM    R3,R5,OVSAVE
         BR    R14
AR0NEXT  LA    R3,8(,R3)
         BCT   R5,AR00
AR0      LM    R3,R5,OVSAVE
         LH    R15,CWBNRNG
         CH    R15,=Y(CWBMAXR)
         BL    AR1
         OI    CWBFLAG,CWBRFULL   too many: suspect everything after
         BR    R14
AR1      LA    R0,1(,R15)
         STH   R0,CWBNRNG
         SLL   R15,3
         LA    R15,CWBRNG(R15)
         ST    R1,0(,R15)
         ST    R2,4(,R15)
         BR    R14
*
* GETG: R1 = guest address, R0 = length, R2 -> CP area: copies guest
* storage (not fixed: CP runs disabled, nothing moves meanwhile).
* R15 = 0, 1 (beyond the guest's storage) or 3 (paging).
GETG     STM   R3,R6,GGSAVE
         ST    R14,GGSAVE+16
         LR    R4,R1
         LR    R5,R0
         LR    R6,R2
GGLOOP   LR    R1,R4
         SR    R0,R0
         BAL   R14,XTRANG
         LTR   R15,R15
         BNZ   GGRET
         LR    R3,R4              bytes left in this page
         N     R3,=X'00000FFF'
         LCR   R3,R3
         A     R3,=F'4096'
         CR    R3,R5
         BNH   *+6
         LR    R3,R5
         BCTR  R3,0
         EX    R3,GGMOVE
         LA    R3,1(,R3)
         AR    R4,R3
         AR    R6,R3
         SR    R5,R3
         BP    GGLOOP
         SR    R15,R15
GGRET    L     R14,GGSAVE+16
         LM    R3,R6,GGSAVE
         BR    R14
GGMOVE   MVC   0(0,R6),0(R2)
*
* FIXPG: R1 = guest address -> R2 = real address, the page fixed and
* its real address noted in CWBFIX (a fixed page does not move, and
* UNFIXR needs no VMBLOK). R15 as GETG.
FIXPG    ST    R14,FPSAVE
         ST    R1,FPADDR
         LA    R0,1
         BAL   R14,XTRANG
         LTR   R15,R15
         BNZ   FPRET
         STM   R3,R5,FPREGS       a page not fixed before by this
         LR    R3,R2              piece counts towards CWBLIMF
         SRL   R3,12
         LH    R4,CWBNFIX
         LA    R5,CWBFIX
FPSAME   LTR   R4,R4
         BZ    FPNEW
         L     R1,0(,R5)
         SRL   R1,12
         CR    R1,R3
         BE    FPOLD
         LA    R5,4(,R5)
         BCT   R4,FPSAME
FPNEW    LH    R1,CWBNPAG
         LA    R1,1(,R1)
         STH   R1,CWBNPAG
FPOLD    LM    R3,R5,FPREGS
         LH    R1,CWBNFIX
         LA    R0,1(,R1)
         STH   R0,CWBNFIX
         SLL   R1,2
         LA    R1,CWBFIX(R1)
         ST    R2,0(,R1)
FPRET    L     R14,FPSAVE
         BR    R14
*
* XTRANG: TRANGR (kernel) for R1 with R0 = 1 to fix: R2 = real address,
* R15 = its condition code.
XTRANG   ST    R14,XTSAVE
         CALL  TRANGR
         L     R14,XTSAVE
         BR    R14
*
* FREEBLK: R1 -> CCWBLOK: unfix its pages (by real address) and free
* it.
FREEBLK  ST    R14,FBSAVE
         ST    R1,FBBLOK
         LR    R9,R1
         LH    R4,CWBNFIX
         LA    R5,CWBFIX
         LTR   R4,R4
         BZ    FBFRET
FBLOOP   L     R1,0(,R5)
         CALL  UNFIXR
         LA    R5,4(,R5)
         BCT   R4,FBLOOP
FBFRET   L     R1,FBBLOK
         LA    R0,CWBLEN
         CALL  FRET
         L     R14,FBSAVE
         BR    R14
*
***********************************************************************
* CCWFREE: R1 -> CCWBLOK (R11 need not be a user any more).         *
***********************************************************************
CCWFREE  ENTER BASE=TRENTRY
         BAL   R14,FREEBLK
         SR    R15,R15
         LEAVE
*
         LTORG
TRCCW    DS    D                  the guest CCW being translated
TRREAL   DS    D                  the real CCW to build
TRMAP    DS    D                  its map entry
TRERR    DS    D                  a refused CCW's status (CWERR)
TRWORK8  DS    D
TRWORD   DS    F
TRLAST   DS    A
TRSAVE3  DS    F
TRFLAGS  DS    X
TRCMD    DS    X                  the command (a data chain's own)
TRREAD   DS    X                  1 it reads, 2 backward, 0 not at all
TRWFLG   DS    X
TRWCMD   DS    X
         DS    0F
LCSAVE   DS    F
MSSAVE   DS    F
MKSAVE   DS    F
OVSAVE   DS    3F
GGSAVE   DS    5F
FPSAVE   DS    F
FPADDR   DS    F
FPREGS   DS    3F
XTSAVE   DS    F
FBSAVE   DS    F
FBBLOK   DS    F
         END
