         TITLE 'VIOEND - RUN A TRANSLATED PROGRAM, PRESENT ITS END'
***********************************************************************
* VIOEND: the real side of a virtual channel program (CP-67 PLM       *
* GY20-0590: the I/O executive runs the translated program; at its   *
* ending CP builds the virtual CSW and queues a virtual interruption).*
* A guest's START I/O is asynchronous, as on the real machine: VIOSIO *
* gives condition code 0 at once, the real I/O runs, and the ending   *
* comes as an I/O interruption (VINTIO) with the guest's CCW address  *
* and residual count, which the CCWBLOK's map gives back.             *
*                                                                     *
*   VIOGO   R11 -> VMBLOK, R10 -> VDEVBLOK, R1 -> CCWBLOK (CCWTRAN's),*
*           R0 = 1 from START I/O (a program refused at its first CCW *
*           then gives condition code 1 with the CSW stored, as a     *
*           channel does), 0 otherwise -> R15 = the condition code.   *
*           Starts the real I/O (IOSQUE), or, when the translation    *
*           stopped at once, ends it as the stop marker says.         *
*   VIOEND  IOBIRA of every translated program's IOBLOK: R10 ->       *
*           IOBLOK, R11 -> VMBLOK. At a stop marker reached normally  *
*           it translates on from there (self-loading programs, long *
*           programs) or holds the device busy (a loop without data); *
*           otherwise it makes the virtual CSW and presents it.       *
*   VIOPRES R11, R10 -> VDEVBLOK with VDEVCSW made: the device is     *
*           free; the ending goes to the guest as an I/O interruption *
*           (VINTIO), or ends a virtual IPL (load the PSW at the      *
*           guest's 0, VMSTART) or a DIAGNOSE X'18' (its result kept  *
*           for DIAGDSK), and an attention that came meanwhile        *
*           follows it.                                               *
*   VIOPGIN R11 -> VMBLOK (kernel, a page of the user's came in): its *
*           programs that waited for a page between pieces go on.     *
*   VIOGOON R11, R10 -> VDEVBLOK, R1 = CCWTRAN's flags (high byte)    *
*           and the first CCW's address: start a program as a piece,  *
*           whose first piece then waits for a page too (VIPL).       *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         VDEVBLOK
         CCWBLOK
         IOBLOK
         RDEVBLOK
         PRINT GEN
VIOEMOD  CSECT
         ENTRY VIOGO,VIOEND,VIOPRES,VIOPGIN,VIOGOON
         USING PSA,R0
         USING VMBLOK,R11
         USING VDEVBLOK,R10
         USING CCWBLOK,R9
*
***********************************************************************
* VIOGO                                                               *
***********************************************************************
VIOGO    ENTER BASE=VIOEMOD
         LR    R9,R1
         STC   R0,GOSIO
         LH    R4,CWBNCCW         the first CCW not CP's own
         LA    R3,CWBMAP
         USING CWMAP,R3
GOFIRST  LTR   R4,R4
         BZ    GOSTART
         TM    CWMFLAG,CWMCP
         BZ    GOMARK
         LA    R3,8(,R3)
         BCT   R4,GOFIRST
         B     GOSTART
GOMARK   TM    CWMFLAG,CWMMARK    a stop right at the start?
         BZ    GOSTART
         MVC   GOKIND,CWMFLAG
         NI    GOKIND,CWMMARK
         CLI   GOKIND,CWBSLOOP
         BE    GOLOOP
         CLI   GOKIND,CWBSERR
         BNE   GOSTART            (go-on markers never come first)
         BAL   R14,BLDERR         refused at its first CCW
         LR    R1,R9
         CALL  CCWFREE
         CLI   GOSIO,1
         BNE   GOPRES
         NI    VDEVSTAT,255-VDEVBUSY
         LA    R1,VDEVCSW         START I/O: cc 1, the CSW stored
         LA    R0,8
         CALL  VCSWPUT
         LEAVE RC=1
GOPRES   CALL  VIOPRES
         LEAVE RC=0
GOLOOP   MVC   VDEVCCW,CWMGCCW    a loop without data: busy, no I/O
         LR    R1,R9
         CALL  CCWFREE
         OI    VDEVSTAT,VDEVBUSY+VDEVLOOP
         LEAVE RC=0
         DROP  R3
*
* The real I/O. IOSQUE may call VIOEND before it returns (an ending
* at once), so everything is ready before the call.
GOSTART  LA    R0,IOBLEN
         CALL  FREE
         LR    R2,R1
         USING IOBLOK,R2
         MVC   IOBRDEV,VDEVRDEV
         ST    R11,IOBVMB
         LA    R1,CWBCCW
         ST    R1,IOBCAW
         LA    R1,VIOEND
         ST    R1,IOBIRA
         ST    R10,IOBUSER
         ST    R9,IOBUSER+4
         TM    CWBFLAG,CWBCONT    a piece after the first: the device
         BZ    *+8                must not run another's program first
         OI    IOBFLAG,IOBFFRST
         DROP  R2
         ST    R2,VDEVIOB
         OI    VDEVSTAT,VDEVBUSY
         LR    R4,R10             (R4, R5 survive the call; GOSIO is
         SR    R5,R5              the next VIOGO's once VIOEND runs)
         IC    R5,GOSIO
         LR    R10,R2
         CALL  IOSQUE
* The real START I/O ended the program at once (cc 1 with the CSW
* stored: a command reject, intervention required, a tape's channel
* end at initial selection): VIOEND has presented the ending already.
* For the guest's START I/O it is the SIO's own: cc 1 and the CSW at
* X'40', as the channel gives it (PoO "Start I/O"): no interruption.
         LR    R10,R4
         CH    R5,=H'1'
         BNE   GORET0
         TM    VDEVSTAT,VDEVBUSY+VDEVIPLG+VDEVDIAG
         BNZ   GORET0
         CALL  VPENDING
         LTR   R15,R15
         BZ    GORET0
         LEAVE RC=1
GORET0   LEAVE RC=0
         EJECT
***********************************************************************
* VIOEND                                                              *
***********************************************************************
VIOEND   ENTER BASE=VIOEMOD
         USING IOBLOK,R8
         LR    R8,R10
         L     R9,IOBUSER+4
         L     R10,IOBUSER
         MVC   ENCSW,IOBCSW
         MVC   ENFLAG,IOBFLAG
         MVC   ENSENSE,IOBSENSE
         MVC   ENCE,IOBSTAT       a channel end that came before
         NI    ENCE,X'08'
         DROP  R8
         LR    R1,R8
         LA    R0,IOBLEN
         CALL  FRET
         LTR   R10,R10            the device went (logout, DETACH):
         BNZ   EN1                its pages unfixed (UNFIXR frees the
         LR    R1,R9              frames of a user gone), the block
         CALL  CCWFREE            freed, nothing presented
         LEAVE RC=0
EN1      XC    VDEVIOB,VDEVIOB
         TM    VDEVSTAT,VDEVRSET  reset meanwhile (IPL): no ending
         BZ    EN2
         LR    R1,R9
         CALL  CCWFREE
         NI    VDEVSTAT,255-VDEVBUSY-VDEVRSET-VDEVLOOP
         LEAVE RC=0
*
EN2      TM    ENFLAG,IOBFNOP     the real device is not operational:
         BZ    EN3                unit check, intervention required
         MVC   VDEVCSW(1),CWBKEY
         L     R1,CWBFIRST
         LA    R1,8(,R1)
         ST    R1,ENWORD
         MVC   VDEVCSW+1(3),ENWORD+1
         MVC   VDEVCSW+4(4),=X'0E000000'
         XC    VDEVSNS,VDEVSNS
         MVI   VDEVSNS,X'40'
         OI    VDEVSTAT,VDEVSNSV
         B     ENFREE
*                                 the real CCW the CSW names
EN3      L     R3,ENCSW
         LA    R3,0(,R3)
         SH    R3,=H'8'
         LA    R1,CWBCCW
         SR    R3,R1
         BM    ENLAST
         LH    R1,CWBNCCW
         SLL   R1,3
         CR    R3,R1
         BL    ENMAP
ENLAST   LH    R3,CWBNCCW         not in the copy: its last CCW
         BCTR  R3,0
         SLL   R3,3
ENMAP    LA    R3,CWBMAP(R3)
         USING CWMAP,R3
         TM    CWMFLAG,CWMMARK
         BZ    ENCSWB
         TM    ENCSW+4,X'B3'      reached normally: no attention, busy,
         BNZ   ENCSWB             unit check or unit exception, and no
         TM    ENCSW+5,X'7F'      channel status but PCI
         BNZ   ENCSWB
         MVC   GOKIND,CWMFLAG
         NI    GOKIND,CWMMARK
         CLI   GOKIND,CWBSLOOP
         BE    ENLOOP
         CLI   GOKIND,CWBSERR
         BNE   ENGOON
         BAL   R14,BLDERR         a refused CCW: its status
         B     ENFREE
ENLOOP   MVC   VDEVCCW,CWMGCCW    a loop without data from here on
         LR    R1,R9
         CALL  CCWFREE
         OI    VDEVSTAT,VDEVLOOP
         LEAVE RC=0
*                                 go on from the marker's CCW
ENGOON   MVC   ENWORD,CWMGCCW
         LR    R1,R9
         CALL  CCWFREE
         BAL   R14,GOON
         LEAVE RC=0
*
* GOON: BAL R14. The program goes on from guest CCW ENWORD. A page it
* needs is not in storage: paging brings it in (the user waits,
* VMPGWT), and meanwhile the real device is held (RDEVHELD: no other
* program starts on it, so it keeps its place) without I/O, which
* would keep the channel from the paging device. When a page of the
* user's comes in the kernel calls VIOPGIN, which tries again. No page
* could be had (the user stopped: no frame): the program ends with
* channel control check (ours).
GOON     ST    R14,GOSAVE
         L     R1,ENWORD
         LR    R0,R1              CCWTRAN's flags in the high byte
         SRL   R0,24              (VIOGOON: a virtual IPL's first
         LTR   R0,R0              piece), else a continuation
         BNZ   GOTRAN
         LA    R0,CWBCONT
GOTRAN   LA    R1,0(,R1)
         CALL  CCWTRAN
         LTR   R15,R15
         BNZ   GOWAIT
         SR    R0,R0
         CALL  VIOGO
         B     GORET
GOWAIT   TM    VMRSTAT,VMPGWT     is a page coming?
         BZ    ENPAGE
         MVC   VDEVGOON,ENWORD    it waits for it, the device held
         OI    VDEVSTAT,VDEVBUSY
         CLI   ENWORD,0           (a first piece has no place to keep:
         BNE   GORET              another user's I/O may run there)
         L     R1,VDEVRDEV
         OI    RDEVFLAG-RDEVBLOK(R1),RDEVHELD
         B     GORET
ENPAGE   MVC   VDEVCSW(4),ENWORD  no page: channel control check
         MVI   VDEVCSW,0          (key 0, not the flags)
         MVC   VDEVCSW+4(4),=X'0C040000'
         CALL  VIOPRES
GORET    L     R14,GOSAVE
         BR    R14
*
* VIOGOON: R11 -> VMBLOK, R10 -> VDEVBLOK, R1 = CCWTRAN's flags in
* the high byte and the guest address of the first CCW: a program
* that is not START I/O's (a virtual IPL: X'40' CWBIPL, address 0)
* starts as a later piece would, waiting for its pages the same way.
VIOGOON  ENTER BASE=VIOEMOD
         ST    R1,ENWORD
         BAL   R14,GOON
         LEAVE RC=0
*
* VIOPGIN: R11 -> VMBLOK, a page of whose has come in (the kernel's
* paging, PGDONE): each of its programs that waited for a page goes on
* (and may wait again for the next).
VIOPGIN  ENTER BASE=VIOEMOD
         L     R10,VMVDEV
PGINDEV  LTR   R10,R10
         BZ    PGINRET
         L     R1,VDEVGOON
         LTR   R1,R1
         BZ    PGINNEXT
         ST    R1,ENWORD
         BAL   R14,VIOUNHLD
         BAL   R14,GOON
PGINNEXT L     R10,VDEVNEXT
         B     PGINDEV
PGINRET  LEAVE RC=0
*
* VIOUNHLD: BAL R14 (or CALL), R10 -> VDEVBLOK: a program that waited
* for a page lets its real device go (IPL's reset, logout: the
* program is gone; VIOPGIN: it goes on). R1 is used.
VIOUNHLD CLI   VDEVGOON,0         a first piece held nothing
         XC    VDEVGOON,VDEVGOON
         BNER  R14
         L     R1,VDEVRDEV
         NI    RDEVFLAG-RDEVBLOK(R1),255-RDEVHELD
         BR    R14
*
* The guest's CSW: its CCW address, the real status, the residual of
* the real CCW plus the bytes of the guest's CCW in later pieces.
ENCSWB   MVC   VDEVCSW(1),CWBKEY
         L     R1,CWMGCCW
         LA    R1,8(,R1)
         ST    R1,ENWORD
         MVC   VDEVCSW+1(3),ENWORD+1
         MVC   VDEVCSW+4(2),ENCSW+4
         LH    R1,ENCSW+6
         N     R1,=X'0000FFFF'
         AH    R1,CWMTAIL
         STH   R1,VDEVCSW+6
         DROP  R3
         OC    VDEVCSW+4(1),ENCE  (a channel end the device's end
*                                 followed: the guest sees both)
* A dedicated device's program that ended at channel end with no
* device end (a tape's rewind: the drive moves on by itself): the
* device end comes later (VDEDINT); until then the device is busy.
         TM    VDEVFLAG,VDEVDED
         BZ    ENUC
         TM    VDEVCSW+4,X'0C'
         BNO   ENDEWT
         B     ENUC
ENDEWT   TM    VDEVCSW+4,X'08'
         BZ    ENUC
         OI    VDEVFLAG,VDEVDEWT
ENUC     DS    0H
         TM    ENCSW+4,X'02'      unit check: the sense for the guest
         BZ    ENFREE
         MVC   VDEVSNS,ENSENSE
         OI    VDEVSTAT,VDEVSNSV
ENFREE   LR    R1,R9
         CALL  CCWFREE
         CALL  VIOPRES
         LEAVE RC=0
         EJECT
***********************************************************************
* BLDERR: R3 -> a CWBSERR marker's map entry: VDEVCSW (and the sense) *
* from its CWERR slot.                                                *
***********************************************************************
BLDERR   DS    0H
         USING CWMAP,R3
         MVC   VDEVCSW(1),CWBKEY
         L     R1,CWMGCCW
         LA    R1,8(,R1)
         ST    R1,ENWORD
         MVC   VDEVCSW+1(3),ENWORD+1
         LH    R1,CWMTAIL
         SLL   R1,3
         LA    R1,CWBARG(R1)
         USING CWERR,R1
         MVC   VDEVCSW+4(1),CWEUNIT
         MVC   VDEVCSW+5(1),CWECHAN
         MVC   VDEVCSW+6(2),CWECOUNT
         TM    CWEUNIT,X'02'
         BZR   R14
         XC    VDEVSNS,VDEVSNS
         MVC   VDEVSNS(2),CWESNS
         OI    VDEVSTAT,VDEVSNSV
         BR    R14
         DROP  R1,R3
         EJECT
***********************************************************************
* VIOPRES                                                             *
***********************************************************************
VIOPRES  ENTER BASE=VIOEMOD
         NI    VDEVSTAT,255-VDEVBUSY-VDEVLOOP
         TM    VDEVSTAT,VDEVIPLG
         BO    PRIPL
         TM    VDEVSTAT,VDEVDIAG
         BO    PRDIAG
         CALL  VINTDEV
PRATTN   TM    VDEVSTAT,VDEVATTN  an attention that came meanwhile
         BZ    PRRET
         NI    VDEVSTAT,255-VDEVATTN
         XC    VDEVCSW,VDEVCSW
         MVI   VDEVCSW+4,X'80'
         CALL  VINTDEV
PRRET    LEAVE RC=0
*
* The end of a DIAGNOSE X'18' program: no interruption; the result
* waits in the VDEVBLOK for the DIAGNOSE, executed again when the
* user runs again (DIAGDSK), and the user may run.
PRDIAG   NI    VDEVSTAT,255-VDEVDIAG
         MVI   VDEVDST,2
         MVI   VDEVDCC,0
         XC    VDEVDR15,VDEVDR15
         TM    VDEVCSW+4,X'F3'    only CE, DE (and SM): complete
         BNZ   PRDBAD
         TM    VDEVCSW+5,X'FF'
         BZ    PRDDONE
PRDBAD   MVI   VDEVDCC,3          an I/O error: cc 3, R15 = 13, the
         MVC   VDEVDR15,=H'13'    CSW at the guest's X'40'
         LA    R1,VDEVCSW
         LA    R0,8
         CALL  VCSWPUT
PRDDONE  NI    VMRSTAT,255-VMIOWT
         B     PRATTN
*
* The end of a virtual IPL (PoO "Initial Program Loading"): when the
* chain ended without error the device address goes into locations
* 2-3 and the PSW at 0 is loaded; otherwise the machine stays stopped
* and the user is told.
PRIPL    NI    VDEVSTAT,255-VDEVIPLG
         TM    VDEVCSW+4,X'F3'    only CE, DE (and SM) allowed
         BNZ   PRIPLBAD
         TM    VDEVCSW+5,X'3F'
         BNZ   PRIPLBAD
         LA    R1,2
         LA    R0,2
         LA    R2,VDEVADDR
         CALL  GSTORE
         SR    R1,R1
         LA    R0,8
         LA    R2,VMPSW
         CALL  GFETCH
         CALL  VMSTART
         LEAVE RC=0
PRIPLBAD LA    R3,VDEVCSW+4       unit, channel status in hex
         LA    R4,IPLMSGU
         BAL   R14,HEX2
         LA    R3,VDEVCSW+5
         LA    R4,IPLMSGC
         BAL   R14,HEX2
         LA    R1,IPLMSG
         LA    R0,IPLMSGL
         CALL  TRMWRITE
         LEAVE RC=0
*
* HEX2: the byte at R3 as two hex digits at R4.
HEX2     SR    R15,R15
         IC    R15,0(,R3)
         SRL   R15,4
         IC    R15,HEXTAB(R15)
         STC   R15,0(,R4)
         SR    R15,R15
         IC    R15,0(,R3)
         N     R15,=F'15'
         IC    R15,HEXTAB(R15)
         STC   R15,1(,R4)
         BR    R14
*
         LTORG
GOSAVE   DS    F
ENCSW    DS    D                  the real ending CSW
ENSENSE  DS    XL8
ENWORD   DS    F
ENFLAG   DS    X
ENCE     DS    X
GOSIO    DS    X
GOKIND   DS    X
IPLMSG   DC    C'IPL FAILED: UNIT STATUS '
IPLMSGU  DC    C'XX'
         DC    C', CHANNEL STATUS '
IPLMSGC  DC    C'XX'
IPLMSGL  EQU   *-IPLMSG
HEXTAB   DC    C'0123456789ABCDEF'
         END
