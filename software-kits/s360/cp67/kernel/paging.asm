         TITLE 'PAGING - DEMAND PAGING TO THE PAGING AREA'
***********************************************************************
* PAGING: a guest's pages beyond the real storage left (CP-67 PLM,    *
* "Paging"; reference section 15.1): a page not in storage comes in   *
* when it is touched, and when no frame is free one is taken from a   *
* page that has not been used lately, written out first if it changed *
* since it came in. The user whose page is coming waits (VMPGWT) and  *
* the others run; when the page is in, the instruction that needed it *
* runs again.                                                         *
*                                                                     *
* The paging device: the 2301 drum at 197 when it is there (CP-67's   *
* paging device of choice: 200 tracks of 20,483 bytes, four 4K pages  *
* a track, 800 in all), else the paging area on the system volume,    *
* cylinders CPVPAG1 on (maclib/cpvolume.mac), one 4K page a track (a  *
* 2314 track holds 7,294 bytes). Slot n is track n / pages-a-track of *
* the area, record n mod pages-a-track + 1. The drum is formatted     *
* when CP starts (four records of 4K on every track), and pages are   *
* written with write data; on the 2314 a page is written with write   *
* count-key-data after record 0, which formats the track as it goes.  *
* Pages are read with read data. PAGINIT says which device it uses.   *
* Each page of a guest has a halfword in its swap table (VMSWPT):     *
* its slot + 1 once it has been written out (it keeps the slot until  *
* the page is released), X'8000' while it is being read in.          *
*                                                                     *
* Which page goes (STEAL): first an unreferenced page of a user that  *
* is out of the dispatch list (kernel/sched.asm: idle at a terminal   *
* read or a long wait, in CP console mode, or on the eligible list),  *
* so an idle user does not hold frames others need; then the clock. A *
* hand goes round the frame table; a guest's frame that is referenced *
* (the reference bit of either 2K block, which the CPU and the        *
* channels set) has its bits cleared and is passed over once; the     *
* first one found unreferenced goes. Frames CP keeps, guests' page 0, *
* frames fixed for I/O (CORLOCK) and frames on their way in or out    *
* are never taken. A page is written only when its change bit is on  *
* or it was never written.                                            *
*                                                                     *
* Order: all paging I/O is on one device, whose queue (IOSQUE) is     *
* first in first out, so a page read from a slot always follows the   *
* write to it. A frame on its way is CORPGIO; the last request queued *
* for it (a read, or the write of the page it held when the new page  *
* has nothing to read) puts the new page in when it ends. A user that *
* logs off or is reset while one of its pages is coming orphans that  *
* request (its IOBVMB zeroed): the frame is then just freed.          *
*                                                                     *
* No paging device (no CPSYS1), or no slot or frame to be had: the    *
* virtual machine that needs the page is stopped with a message and   *
* BEGIN tries again.                                                  *
*                                                                     *
* Entries (CALL):                                                     *
*   PAGINIT   at IPL, after RDEVINIT: the paging area                 *
*   PAGEIN    R11, R0 = page number (not in storage) -> R15 = 0 and   *
*             R1 = a zeroed frame for it (no I/O needed: the caller  *
*             puts it in the page table); R15 = 3: it is coming (the  *
*             user waits) or cannot (the user is stopped)             *
*   PAGSLREL  R11, R1 = page number (not in storage): its slot goes   *
*   PAGVMREL  R11: every slot of the user freed, its pages coming in  *
*             orphaned (VMRESET, VMDESTRY through FRMVMREL)           *
*   PAGRDS, PAGWRS  (words) pages read and written since IPL, for     *
*             all users (QUERY PAGING)                                *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         CORTABLE
         STATBLOK
         IOBLOK
         RDEVBLOK
         CPVOLUME
         PRINT GEN
* A paging request: an IOBLOK, then its channel program and arguments
PGREQ    DSECT
         DS    XL(IOBLEN*8)
PGCCW    DS    5D                 seek, search, TIC, read or write
PGSEEK   DS    XL8                00 00 CC CC HH HH
PGSRCH   DS    XL8                CC CC HH HH R
PGCOUNT  DS    XL8                CC CC HH HH R KL DL DL (write)
PGREQLEN EQU   (*-PGREQ+7)/8
PGFRAME  EQU   IOBUSER-IOBLOK     the frame (real address)
PGPAGE   EQU   IOBUSER+4-IOBLOK   the page number it is for (halfword)
PGFLAGS  EQU   IOBUSER+6-IOBLOK   flags:
PGFINST  EQU   X'80'                the last: puts the page in
PGFZERO  EQU   X'40'                   ... as zeros (nothing to read)
PGFREAD  EQU   X'20'                a read
PGSLOT   EQU   IOBUSER+8-IOBLOK   the slot
PGREC    EQU   IOBUSER+12-IOBLOK  its record on the track (byte)
*
PAGMOD   CSECT
         ENTRY PAGINIT,PAGEIN,PAGSLREL,PAGVMREL,STEAL,PAGRDS,PAGWRS
         WXTRN VIOPGIN,TRMCPMOD
         USING PSA,R0
         USING VMBLOK,R11
*
PAGINIT  ENTER BASE=PAGMOD
         L     R9,PSARDEVS        a drum?
         USING RDEVBLOK,R9
PGINDRUM LTR   R9,R9
         BZ    PGINSYS
         CLI   RDEVCLAS,RDEVCDAS
         BNE   PGINNDR
         CLI   RDEVTYPE,RDEVT230
         BNE   PGINNDR
         TM    RDEVFLAG,RDEVOFFL
         BO    PGINNDR
         BAL   R14,DRUMFMT        formatted, if it is really there
         LTR   R15,R15
         BZ    PGINDRM
PGINNDR  L     R9,RDEVNEXT
         B     PGINDRUM
PGINDRM  ST    R9,PSAPGDEV
         MVC   PSAPGPRT,=H'4'
         MVC   PSAPGTPC,=H'200'
         XC    PSAPGCY1,PSAPGCY1
         MVI   PSAPGFLG,PSAPGFMT
         LA    R0,800
         LA    R6,DRUMMSG
         LA    R7,DRUMLEN
         B     PGINMAP
PGINSYS  L     R9,PSASYSRD        else the system volume's area
         LTR   R9,R9
         BZ    PGINNOPG           no paging at all
         ST    R9,PSAPGDEV
         MVC   PSAPGPRT,=H'1'
         MVC   PSAPGTPC,=AL2(CPVTRKS)
         MVC   PSAPGCY1,=AL2(CPVPAG1)
         MVI   PSAPGFLG,0
         LA    R0,CPVPAGN*CPVTRKS
         LA    R6,SYSMSG
         LA    R7,SYSLEN
PGINMAP  ST    R0,PSAPGSLT
         ST    R0,PSAPGFRE
         CVD   R0,PGDW            the pages in the message
         UNPK  PGDIG(3),PGDW+6(2)
         OI    PGDIG+2,X'F0'
         LH    R3,RDEVADDR        and the device's address
         LA    R4,PGMSGADR+2
         LA    R5,3
PGINHEX  LR    R2,R3
         N     R2,=X'0000000F'
         IC    R2,PGHEX(R2)
         STC   R2,0(,R4)
         SRL   R3,4
         BCTR  R4,0
         BCT   R5,PGINHEX
         MVC   PGMSGDEV,0(R6)     the device's name, the line's end
         LA    R4,PGMSGDEV-9(R7)
         MVC   0(3,R4),PGDIG
         A     R0,=F'63'          a bit a slot
         SRL   R0,6
         CALL  FREE
         ST    R1,PSAPGMAP
         LA    R1,PGMSG
         LA    R0,PGMSGDEV-PGMSG(,R7)
         L     R15,=V(OPWRITE)
         BALR  R14,R15
         LEAVE RC=0
PGINNOPG LA    R1,PGNOMSG
         LA    R0,L'PGNOMSG
         L     R15,=V(OPWRITE)
         BALR  R14,R15
         LEAVE RC=0
         DROP  R9
*
* DRUMFMT: R9's 2301: four records of 4K on each of its 200 tracks
* (their data: whatever page 0 holds; a page is read only after it was
* written). R15 = 0 done, else it is not there or failed.
DRUMFMT  ST    R14,PGR14
         SR    R2,R2              the head
FMTTRACK STH   R2,FMTSEEK+4
         STH   R2,FMTSRCH+2
         LA    R3,FMTCOUNT
         LA    R4,1
FMTCNT   STH   R2,2(,R3)          each record's count: 00 00 HH HH R
         STC   R4,4(,R3)          00 10 00
         LA    R3,8(,R3)
         LA    R4,1(,R4)
         CH    R4,=H'4'
         BNH   FMTCNT
         LH    R1,RDEVADDR-RDEVBLOK(,R9)
         LR    R5,R2
         LA    R2,FMTCCW
         L     R15,=V(POLLIO)
         BALR  R14,R15
         LR    R2,R5
         LTR   R15,R15
         BNZ   FMTRET
         LA    R2,1(,R2)
         CH    R2,=H'200'
         BL    FMTTRACK
         SR    R15,R15
FMTRET   L     R14,PGR14
         BR    R14
*
*
PAGEIN   ENTER BASE=PAGMOD
         LR    R7,R0              R7 = the page
         LR    R8,R7              R8 -> its swap table entry
         AR    R8,R8
         A     R8,VMSWPT
         TM    0(R8),X'80'        already coming
         BO    PGINWAIT
         CALL  FRMGET
         LTR   R1,R1
         BZ    PGINSTL
         OC    0(2,R8),0(R8)      a free frame: was it ever written?
         BZ    PGINOK             no: zeros, at once
* Read it from its slot into the free frame
         LR    R6,R1
         BAL   R14,RESERVE
         LR    R1,R6
         LH    R2,0(,R8)
         BCTR  R2,0
         BAL   R14,NEWREQ         R10 -> the request
         MVI   PGFLAGS(R10),PGFINST+PGFREAD
         BAL   R14,READCCW
         OI    0(R8),X'80'
         CALL  IOSQUE
         B     PGINWAIT
* No frame free: take one
PGINSTL  CALL  STEAL              R1 = frame, R2 = its write or 0
         LTR   R6,R1
         BZ    PGINNONE
         LR    R9,R2
         BAL   R14,RESERVE
         OC    0(2,R8),0(R8)
         BNZ   PGINRD
         LTR   R10,R9             nothing to read: zeros
         BNZ   PGINZW
         LA    R5,16              nor to write: at once
         LR    R4,R6
PGINZERO XC    0(256,R4),0(R4)
         LA    R4,256(,R4)
         BCT   R5,PGINZERO
         LR    R1,R6
         BAL   R14,INSTALL
         LR    R1,R6
         B     PGINOK
PGINZW   MVI   PGFLAGS(R10),PGFINST+PGFZERO  when the write ends
         ST    R11,IOBVMB-IOBLOK(,R10)
         STH   R7,PGPAGE(,R10)
* It is coming, as a read is: CP may ask for the page again before the
* write ends (a channel program's translation tried again, a console
* line stored for the user), and must wait for this frame, not steal
* another one each time.
         OI    0(R8),X'80'
         CALL  IOSQUE
         B     PGINWAIT
PGINRD   LTR   R10,R9             the write first, then the read
         BZ    PGINRD2
         CALL  IOSQUE
PGINRD2  LR    R1,R6
         LH    R2,0(,R8)
         BCTR  R2,0
         BAL   R14,NEWREQ
         MVI   PGFLAGS(R10),PGFINST+PGFREAD
         BAL   R14,READCCW
         OI    0(R8),X'80'
         CALL  IOSQUE
PGINWAIT OI    VMRSTAT,VMPGWT     the user waits for it
         LEAVE RC=3
PGINNONE BAL   R14,NOFRAME
         LEAVE RC=3
PGINOK   LEAVE RC=0
*
* RESERVE: R6 = the frame, for R11's page R7, on its way in.
RESERVE  LR    R3,R6
         SRL   R3,12
         SLL   R3,3
         A     R3,PSACORE
         ST    R11,CORVMB-CORTABLE(,R3)
         STH   R7,CORVPN-CORTABLE(,R3)
         MVI   CORFLAG-CORTABLE(R3),CORPGIO
         MVI   CORLOCK-CORTABLE(R3),0
         BR    R14
*
* INSTALL: R1 = the frame, for R11's page R7 (R8 -> its swap entry):
* its keys, the page table entry; the frame is the page's now.
INSTALL  ST    R14,PGR14
         L     R5,VMVKEYS
         LR    R4,R7
         AR    R4,R4
         AR    R5,R4
         SR    R4,R4
         IC    R4,0(,R5)
         SSK   R4,R1              (no reference or change bit)
         IC    R4,1(,R5)
         LA    R3,2048(,R1)
         SSK   R4,R3
         LR    R4,R7              the page table entry
         SLL   R4,12
         BAL   R14,PTEADDR
         LR    R5,R1
         SRL   R5,8
         STH   R5,0(,R4)
         LR    R3,R1
         SRL   R3,12
         SLL   R3,3
         A     R3,PSACORE
         ST    R11,CORVMB-CORTABLE(,R3)
         STH   R7,CORVPN-CORTABLE(,R3)
         MVI   CORFLAG-CORTABLE(R3),CORUSED
         LTR   R7,R7              page 0 stays, and CP finds it (as
         BNZ   INSTNOT0           FRMGET marks it): a virtual IPL's
         OI    CORFLAG-CORTABLE(R3),CORPAGE0  page 0 may come this way
         ST    R1,VMPAGE0
INSTNOT0 NI    0(R8),X'7F'        not coming any more
         L     R14,PGR14
         BR    R14
*
* NEWREQ: R1 = frame, R2 = slot -> R10 -> a new request for R11's
* page R7 on the paging device, its seek and search arguments set.
NEWREQ   ST    R14,PGR14B
         LR    R4,R1
         LR    R5,R2
         LA    R0,PGREQLEN
         CALL  FREE
         LR    R10,R1
         USING IOBLOK,R10
         ST    R4,PGFRAME(,R10)
         ST    R5,PGSLOT(,R10)
         STH   R7,PGPAGE(,R10)
         ST    R11,IOBVMB
         MVC   IOBRDEV,PSAPGDEV
         MVC   IOBIRA,=A(PGDONE)
         LA    R1,PGCCW-PGREQ(,R10)
         ST    R1,IOBCAW
         SR    R4,R4              slot -> track, record
         LH    R0,PSAPGPRT
         DR    R4,R0
         LA    R4,1(,R4)
         STC   R4,PGREC(,R10)
         SR    R4,R4              track -> cylinder, head
         LH    R0,PSAPGTPC
         DR    R4,R0
         AH    R5,PSAPGCY1
         STH   R5,PGWORK
         MVC   PGSEEK+2-PGREQ(2,R10),PGWORK
         MVC   PGSRCH-PGREQ(2,R10),PGWORK
         MVC   PGCOUNT-PGREQ(2,R10),PGWORK
         STH   R4,PGWORK
         MVC   PGSEEK+4-PGREQ(2,R10),PGWORK
         MVC   PGSRCH+2-PGREQ(2,R10),PGWORK
         MVC   PGCOUNT+2-PGREQ(2,R10),PGWORK
         MVI   PGCOUNT+4-PGREQ(R10),1          record 1, no key, 4096
         MVC   PGCOUNT+6-PGREQ(2,R10),=H'4096'
         L     R14,PGR14B
         BR    R14
         DROP  R10
*
* READCCW, WRITECCW: R10's channel program. seek; search ID equal
* (record 1 to read it, record 0 to write after it); TIC back to the
* search; read data, or write count-key-data (count, then the page).
* R0, R3-R5 used.
READCCW  MVC   PGSRCH+4-PGREQ(1,R10),PGREC(R10)
         LA    R3,X'06'           read data
         B     CCWCOMM
WRITECCW MVI   PGSRCH+4-PGREQ(R10),0
         LA    R3,X'1D'           write count, key and data
         TM    PSAPGFLG,PSAPGFMT
         BZ    CCWCOMM
         MVC   PGSRCH+4-PGREQ(1,R10),PGREC(R10)
         LA    R3,X'05'           formatted: write data
CCWCOMM  LA    R4,PGCCW-PGREQ(,R10)
         LA    R5,PGSEEK-PGREQ(,R10)
         ST    R5,0(,R4)
         MVI   0(R4),X'07'        seek
         MVC   4(4,R4),=X'40000006'
         LA    R5,PGSRCH-PGREQ(,R10)
         ST    R5,8(,R4)
         MVI   8(R4),X'31'        search ID equal
         MVC   12(4,R4),=X'40000005'
         LA    R5,8(,R4)
         ST    R5,16(,R4)
         MVI   16(R4),X'08'       TIC to the search
         MVC   20(4,R4),=X'00000001'
         L     R5,PGFRAME(,R10)
         CH    R3,=H'29'          (X'1D')
         BE    CCWWRITE
         ST    R5,24(,R4)         read data, write data: the page
         STC   R3,24(,R4)
         MVC   28(4,R4),=X'00001000'
         BR    R14
CCWWRITE LA    R0,PGCOUNT-PGREQ(,R10)
         ST    R0,24(,R4)
         MVI   24(R4),X'1D'
         MVC   28(4,R4),=X'80000008'    data chained: the page next
         ST    R5,32(,R4)
         MVC   36(4,R4),=X'00001000'
         BR    R14
*
* STEAL: the clock -> R1 = a frame (its page now out of the page table
* and, when it must be written, R2 -> the write, not yet queued; else
* R2 = 0); R1 = 0 when there is none.
STEAL    ENTER BASE=PAGMOD
* First a page of a user out of the dispatch list (idle, or waiting on
* the eligible list: SCHIDLE, kernel/sched.asm) that is not referenced
* since the clock's hand last passed: such a user will not run soon,
* so its frames go before anyone else's. (Its frames just filled, for
* a virtual IPL or a channel program CP runs for it while it is in CP
* mode, are referenced, and stay for the piece that needs them.)
         L     R9,PSANFRM
         L     R6,PSAFRMHD
STLINEXT C     R6,PSANFRM
         BL    STLILOOK
         SR    R6,R6
STLILOOK LR    R3,R6
         SLL   R3,3
         A     R3,PSACORE
         LR    R1,R6
         SLL   R1,12              the frame
         LA    R6,1(,R6)
         CLI   CORFLAG-CORTABLE(R3),CORUSED  a guest's, not page 0
         BNE   STLISKIP
         CLI   CORLOCK-CORTABLE(R3),0
         BNE   STLISKIP
         LR    R8,R1
         LR    R1,R3
         CALL  SCHIDLE
         LR    R1,R8
         LTR   R15,R15
         BNZ   STLISKIP
         LA    R2,2048(,R1)
         ISK   R4,R1
         ISK   R5,R2
         LR    R0,R4
         OR    R0,R5
         N     R0,=X'00000004'    referenced since the hand passed: a
         BZ    STLTAKE            page just brought in (for a virtual
STLISKIP BCT   R9,STLINEXT        IPL, a channel program) stays
         B     STLCLOCK
* Then the clock among the rest
STLCLOCK L     R9,PSANFRM
         SLL   R9,1               round twice at most
         L     R6,PSAFRMHD
STLNEXT  C     R6,PSANFRM
         BL    STLLOOK
         SR    R6,R6
STLLOOK  LR    R3,R6
         SLL   R3,3
         A     R3,PSACORE
         LR    R1,R6
         SLL   R1,12              the frame
         LA    R6,1(,R6)
         CLI   CORFLAG-CORTABLE(R3),CORUSED  a guest's, not page 0
         BNE   STLSKIP
         CLI   CORLOCK-CORTABLE(R3),0
         BNE   STLSKIP
         LA    R2,2048(,R1)
         ISK   R4,R1
         ISK   R5,R2
         LR    R0,R4
         OR    R0,R5
         N     R0,=X'00000004'    referenced since the hand passed?
         BZ    STLTAKE
         N     R4,=X'000000FB'    not from now on
         SSK   R4,R1
         N     R5,=X'000000FB'
         SSK   R5,R2
STLSKIP  BCT   R9,STLNEXT
         SR    R1,R1              none
         SR    R2,R2
         B     STLRET
* It goes: out of its owner's page table; written if need be
STLTAKE  ST    R6,PSAFRMHD
         LR    R6,R1              the frame
         OR    R4,R5
         STC   R4,PGKEYS          its change bits
         L     R11,CORVMB-CORTABLE(,R3)   its owner, for now
         LH    R7,CORVPN-CORTABLE(,R3)
         LR    R4,R7
         SLL   R4,12
         BAL   R14,PTEADDR
         LR    R9,R4              R9 -> its page table entry
         MVC   0(2,R9),=X'0008'
         LR    R8,R7
         AR    R8,R8
         A     R8,VMSWPT
         SR    R2,R2
         OC    0(2,R8),0(R8)
         BZ    STLWRITE           never written: it must be
         TM    PGKEYS,X'02'
         BZ    STLDONE            unchanged: the slot has it
         LH    R2,0(,R8)
         BCTR  R2,0
         B     STLWR2
STLWRITE BAL   R14,SLOTGET        R2 = a slot
         LTR   R2,R2
         BM    STLNOSLT
         LA    R3,1(,R2)
         STH   R3,0(,R8)
STLWR2   LR    R1,R6
         BAL   R14,NEWREQ
         XC    IOBVMB-IOBLOK(4,R10),IOBVMB-IOBLOK(R10)  nobody waits
         MVI   PGFLAGS(R10),0
         BAL   R14,WRITECCW
         L     R3,VMSTATS
         L     R4,STPGWR-STATBLOK(,R3)
         LA    R4,1(,R4)
         ST    R4,STPGWR-STATBLOK(,R3)
         L     R3,=A(PAGWRS)      and the system's (QUERY PAGING)
         L     R4,0(,R3)
         LA    R4,1(,R4)
         ST    R4,0(,R3)
         LR    R2,R10
STLDONE  LR    R1,R6
         L     R3,4(,R13)         the caller's R2 is the write
         ST    R2,28(,R3)
STLRET   LEAVE RC=0
STLNOSLT LR    R5,R6              no slot: the page stays after all
         SRL   R5,8
         STH   R5,0(,R9)
         SR    R1,R1
         SR    R2,R2
         B     STLDONE+2
*
* PGDONE: a paging request ended (IOBIRA): R10 -> it, R11 = the user
* whose page it brings in (0: orphaned), or 0 for a plain write.
PGDONE   ENTER BASE=PAGMOD
         USING IOBLOK,R10
         TM    IOBFLAG,IOBFNOP
         BO    PGDERR
         TM    IOBSTAT,X'03'      unit check or exception
         BNZ   PGDERR
         TM    IOBSTAT+1,X'7F'    channel errors, wrong length
         BNZ   PGDERR
         TM    PGFLAGS(R10),PGFINST
         BZ    PGDFREE
         L     R1,PGFRAME(,R10)
         LTR   R11,R11
         BNZ   PGDINST
         LR    R3,R1              orphaned: the frame is free
         SRL   R3,12
         SLL   R3,3
         A     R3,PSACORE
         XC    0(CORLEN,R3),0(R3)
         L     R4,PSAFRMFR
         LA    R4,1(,R4)
         ST    R4,PSAFRMFR
         B     PGDFREE
PGDINST  LH    R7,PGPAGE(,R10)
         LR    R8,R7
         AR    R8,R8
         A     R8,VMSWPT
         TM    PGFLAGS(R10),PGFZERO
         BZ    PGDREAD
         LA    R5,16
         LR    R4,R1
PGDZERO  XC    0(256,R4),0(R4)
         LA    R4,256(,R4)
         BCT   R5,PGDZERO
         B     PGDPUT
PGDREAD  L     R3,VMSTATS
         L     R4,STPGRD-STATBLOK(,R3)
         LA    R4,1(,R4)
         ST    R4,STPGRD-STATBLOK(,R3)
         L     R3,=A(PAGRDS)      and the system's (QUERY PAGING)
         L     R4,0(,R3)
         LA    R4,1(,R4)
         ST    R4,0(,R3)
PGDPUT   BAL   R14,INSTALL
         NI    VMRSTAT,255-VMPGWT the user goes on
         L     R15,=A(VIOPGIN)    and its channel programs that wait
         LTR   R15,R15            for a page between pieces (vio)
         BZ    PGDFREE
         BALR  R14,R15
PGDFREE  LA    R0,PGREQLEN
         LR    R1,R10
         CALL  FRET
         LEAVE RC=0
PGDERR   CPABEND PAG001           CP's own volume fails it
         DROP  R10
*
* PAGSLREL: R1 = R11's page, not in storage: it has no slot any more.
PAGSLREL ENTER BASE=PAGMOD
         LR    R8,R1
         AR    R8,R8
         A     R8,VMSWPT
         TM    0(R8),X'80'        coming in: it stays
         BO    SLRELRET
         LH    R2,0(,R8)
         LTR   R2,R2
         BZ    SLRELRET
         BCTR  R2,0
         BAL   R14,SLOTFREE
         XC    0(2,R8),0(R8)
SLRELRET LEAVE RC=0
*
* PAGVMREL: R11's slots freed, its pages on their way in orphaned.
PAGVMREL ENTER BASE=PAGMOD
         L     R3,PSAPGDEV
         LTR   R3,R3
         BZ    VMRELRET
         L     R10,RDEVIOQ-RDEVBLOK(,R3)
         USING IOBLOK,R10
VMRELREQ LTR   R10,R10
         BZ    VMRELSLT
         C     R11,IOBVMB
         BNE   VMRELNRQ
         XC    IOBVMB,IOBVMB
VMRELNRQ L     R10,IOBNEXT
         B     VMRELREQ
         DROP  R10
VMRELSLT L     R8,VMSWPT
         L     R9,VMSIZE
         SRL   R9,12
VMRELPG  LH    R2,0(,R8)
         N     R2,=X'00007FFF'
         BZ    VMRELNPG
         BCTR  R2,0
         BAL   R14,SLOTFREE
VMRELNPG XC    0(2,R8),0(R8)
         LA    R8,2(,R8)
         BCT   R9,VMRELPG
         NI    VMRSTAT,255-VMPGWT
VMRELRET LEAVE RC=0
*
* SLOTGET: R2 = a free slot (now used), or -1. SLOTFREE: R2 = a slot
* to free. R3-R5 used.
SLOTGET  L     R2,PSAPGDEV
         LTR   R2,R2
         BZ    SLOTNONE
         L     R3,PSAPGMAP
         SR    R2,R2
SLOTBYTE C     R2,PSAPGSLT
         BNL   SLOTNONE
         CLI   0(R3),X'FF'
         BNE   SLOTBIT
         LA    R2,8(,R2)
         LA    R3,1(,R3)
         B     SLOTBYTE
SLOTBIT  LA    R4,X'80'
SLOTTRY  EX    R4,SLOTTM
         BZ    SLOTTAKE
         LA    R2,1(,R2)
         SRL   R4,1
         B     SLOTTRY
SLOTTAKE C     R2,PSAPGSLT
         BNL   SLOTNONE
         EX    R4,SLOTOI
         L     R5,PSAPGFRE
         BCTR  R5,0
         ST    R5,PSAPGFRE
         BR    R14
SLOTNONE L     R2,=F'-1'
         BR    R14
SLOTFREE LR    R3,R2
         SRL   R3,3
         A     R3,PSAPGMAP
         LR    R5,R2
         N     R5,=X'00000007'
         LA    R4,X'80'
         SRL   R4,0(R5)
         X     R4,=X'000000FF'
         EX    R4,SLOTNI
         L     R5,PSAPGFRE
         LA    R5,1(,R5)
         ST    R5,PSAPGFRE
         BR    R14
SLOTTM   TM    0(R3),0
SLOTOI   OI    0(R3),0
SLOTNI   NI    0(R3),0
*
* PTEADDR: R4 = a guest address -> R4 -> its page table entry (R11's).
PTEADDR  LR    R3,R4
         SRL   R3,20
         SLL   R3,2
         A     R3,VMSEGT
         L     R5,0(,R3)
         N     R5,=X'00FFFFFE'
         SRL   R4,12
         N     R4,=X'000000FF'
         AR    R4,R4
         AR    R4,R5
         BR    R14
*
* NOFRAME: no frame or slot to be had: R11 stops, with a message.
NOFRAME  ST    R14,PGR14
         OI    VMDSTAT,VMDNOFRM
         CALL  VMSTOP
         L     R15,=A(TRMCPMOD)       its terminal in CP mode too
         LTR   R15,R15
         BZ    NOFRMMS
         BALR  R14,R15
NOFRMMS  DS    0H
         LA    R1,NOFRMMSG
         LA    R0,NOFRMLEN
         CALL  VMMSG
         L     R14,PGR14
         BR    R14
*
PGR14    DS    F
PGR14B   DS    F
PAGRDS   DC    F'0'               pages read since IPL, all users
PAGWRS   DC    F'0'               pages written
PGDW     DS    D
* The drum's format: seek, search record 0, four write count-key-data
         DS    0D
FMTCCW   CCW   X'07',FMTSEEK,X'40',6
FMTSRCH0 CCW   X'31',FMTSRCH,X'40',5
         CCW   X'08',FMTSRCH0,0,1
         CCW   X'1D',FMTCOUNT,X'80',8
         CCW   0,0,X'40',4096
         CCW   X'1D',FMTCOUNT+8,X'80',8
         CCW   0,0,X'40',4096
         CCW   X'1D',FMTCOUNT+16,X'80',8
         CCW   0,0,X'40',4096
         CCW   X'1D',FMTCOUNT+24,X'80',8
         CCW   0,0,0,4096
FMTSEEK  DC    XL6'00'
FMTSRCH  DC    XL5'00'
         DS    0H
FMTCOUNT DC    4XL8'0000000000001000'
PGMSG    DC    C'PAGING ON '
PGMSGADR DC    C'000'
PGMSGDEV DC    CL30' '
DRUMMSG  DC    C', 2301 DRUM, '
         DC    C'000 PAGES'
DRUMLEN  EQU   *-DRUMMSG
SYSMSG   DC    C', CPSYS1, '
         DC    C'000 PAGES'
SYSLEN   EQU   *-SYSMSG
PGNOMSG  DC    C'NO PAGING DEVICE'
PGHEX    DC    C'0123456789ABCDEF'
PGDIG    DS    CL3
PGWORK   DS    H
PGKEYS   DS    X
NOFRMMSG DC    C'CP: NO REAL STORAGE FOR ANOTHER PAGE; '
         DC    C'VIRTUAL MACHINE STOPPED'
NOFRMLEN EQU   *-NOFRMMSG
         LTORG
         END
