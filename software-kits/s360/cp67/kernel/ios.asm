         TITLE 'IOS - THE REAL I/O SUPERVISOR'
***********************************************************************
* IOS: CP's real I/O (the CP-67 PLM's I/O executive). A module that   *
* wants real I/O builds a channel program in real storage and an     *
* IOBLOK and calls IOSQUE; the request waits on its device's queue    *
* (RDEVIOQ) until the device is free, is started with SIO, and when   *
* it ends the I/O interruption handler calls the requester back at    *
* IOBIRA. Nothing in CP waits for I/O: the callback is the wait.      *
*                                                                     *
* Starting (PoO "Start I/O"): cc 0 started; cc 1 with busy status     *
* means the device is busy with something of its own (a disk's seek,  *
* a line's pending status), cc 2 that its channel is busy: either way *
* the start is tried again after the next interruption; cc 1 with     *
* other status is the request's ending at once; cc 3 ends it as not   *
* operational (IOBFNOP).                                              *
*                                                                     *
* Ending: device end, or channel end together with unit check, unit   *
* exception or a channel error. After a unit check IOS reads the      *
* device's sense bytes into IOBSENSE with a SENSE of its own before   *
* calling back (PoO: the sense must be read before any other command  *
* reaches the device), so every requester sees why.                   *
*                                                                     *
* An interruption with no request running (a terminal's attention, a  *
* line's unsolicited status, the 1052's REQUEST key) goes to the      *
* terminal module's TRMINTR when the device is a terminal, with       *
* R10 -> RDEVBLOK and R0 = the CSW's unit and channel status (the CSW *
* itself is still at X'40'); on a device dedicated to a user (a       *
* tape's device end after its rewind, a reader made ready) it goes    *
* to VDEDINT (vio/vdedic) the same way, for that virtual machine.     *
*                                                                     *
* Entries:                                                            *
*   IOSQUE  (CALL) R10 -> IOBLOK                                      *
*   IOINT   the I/O new PSW's address                                 *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         RDEVBLOK
         IOBLOK
         PRINT GEN
IOSMOD   CSECT
         ENTRY IOSQUE,IOINT
         WXTRN TRMINTR,VDEDINT
         USING PSA,R0
         USING RDEVBLOK,R9
         USING IOBLOK,R10
*
IOSQUE   ENTER BASE=IOSMOD
         L     R9,IOBRDEV
         XC    IOBNEXT,IOBNEXT
         XC    IOBSTAT,IOBSTAT
         NI    IOBFLAG,IOBFFRST   (the owner's one flag stays)
         XC    IOBCSW,IOBCSW
         LA    R2,RDEVIOQ
         TM    IOBFLAG,IOBFFRST
         BZ    QUELAST
* A piece that goes on with a program which just ended on the device
* (a self-loading or long virtual channel program run piece by piece)
* is started before any other request: the device keeps its place
* (arm, head, record) only if no other program runs between pieces.
* It goes behind a request already started, never before it.
         L     R3,0(,R2)
         LTR   R3,R3
         BZ    QUEPUT
         TM    IOBFLAG-IOBLOK(R3),IOBFSTRT
         BZ    QUEFRST
         LR    R2,R3
QUEFRST  MVC   IOBNEXT,0(R2)
         B     QUEPUT
QUELAST  L     R3,0(,R2)          at the end of the device's queue
         LTR   R3,R3
         BZ    QUEPUT
         LR    R2,R3
         B     QUELAST
QUEPUT   ST    R10,0(,R2)
         TM    RDEVFLAG,RDEVBUSY+RDEVSTRT+RDEVHELD
         BNZ   QUERET             it starts when the one before ends
         BAL   R14,IOSSTART
QUERET   LEAVE RC=0
*
* IOSSTART: start the first request on R9's queue, if any and the
* device is free; a request that ends at once is called back and the
* next one tried.
IOSSTART ENTER BASE=IOSMOD
STRTNEXT TM    RDEVFLAG,RDEVBUSY+RDEVHELD   (held: see rdevblok)
         BNZ   STRTRET
         NI    RDEVFLAG,255-RDEVSTRT
         L     R10,RDEVIOQ
         LTR   R10,R10
         BZ    STRTRET
         MVC   CAW,IOBCAW
         LA    R2,IOBSNCCW        (a SENSE running: restart that)
         TM    IOBFLAG,IOBFSNSG
         BZ    *+8
         ST    R2,CAW
         LH    R2,RDEVADDR
         SIO   0(R2)
         BC    8,STRTOK
         BC    2,STRTLATR         channel busy
         BC    1,STRTNOP
         TM    CSW+4,X'10'        cc 1, busy: the device is
         BO    STRTLATR           finishing something of its own
         MVC   IOSCSW,CSW         cc 1: ended at once
         BAL   R14,IOSENDED
         B     STRTNEXT
STRTNOP  OI    IOBFLAG,IOBFNOP
         XC    IOSCSW,IOSCSW
         BAL   R14,IOSDONE
         B     STRTNEXT
STRTOK   OI    RDEVFLAG,RDEVBUSY
         OI    IOBFLAG,IOBFSTRT
         B     STRTRET
STRTLATR OI    RDEVFLAG,RDEVSTRT
STRTRET  LEAVE RC=0
*
* IOSENDED: R10's request ends with the status in IOSCSW: read the
* sense first after a unit check, else call it back.
IOSENDED ENTER BASE=IOSMOD
         OC    IOBSTAT,IOSCSW+4
         TM    IOBFLAG,IOBFSNSG
         BZ    ENDUC
         NI    IOBFLAG,255-IOBFSNSG  the SENSE ended
         OI    IOBFLAG,IOBFSNS
         B     ENDBACK
ENDUC    MVC   IOBCSW,IOSCSW
         TM    IOSCSW+4,X'02'     unit check: sense it
         BZ    ENDBACK
         MVC   IOBSNCCW,SNSCCW
         LA    R2,IOBSENSE
         ST    R2,IOSWORK
         MVC   IOBSNCCW+1(3),IOSWORK+1
         LA    R2,IOBSNCCW
         ST    R2,CAW
         LH    R2,RDEVADDR
         SIO   0(R2)
         BC    7,ENDBACK          it could not start: call back without
         OI    IOBFLAG,IOBFSNSG
         OI    RDEVFLAG,RDEVBUSY
         B     ENDRET
ENDBACK  BAL   R14,IOSDONE
ENDRET   LEAVE RC=0
*
* IOSDONE: take R10 off R9's queue and call it back.
IOSDONE  ENTER BASE=IOSMOD
         MVC   RDEVIOQ,IOBNEXT
         NI    RDEVFLAG,255-RDEVBUSY
         NI    IOBFLAG,255-IOBFSTRT
         L     R11,IOBVMB
         L     R15,IOBIRA
         BALR  R14,R15
         LEAVE RC=0
*
* The I/O interruption (PoO "I/O Interruption"; extended mode: the
* device at X'16', the CSW at X'40').
IOINT    MVC   PSAINTT,TIMER      the time first (CPENTRY)
         STM   R0,R15,PSAGPRS
         BALR  R12,0
         USING *,R12
         LA    R1,IOOPSW
         L     R15,=V(CPENTRY)    save a guest's state, account time
         BALR  R14,R15
         L     R12,=A(IOSMOD)
         USING IOSMOD,R12
         MVC   IOSCSW,CSW
         LH    R1,PSAIOADR
         CALL  RDEVFIND
         LTR   R9,R1
         BZ    IOINTOUT           not ours
         BAL   R14,IOSDEV
* Starts that waited for a channel or device: try them again.
         L     R9,PSARDEVS
IOINTRTY TM    RDEVFLAG,RDEVSTRT
         BZ    IOINTNXT
         TM    RDEVFLAG,RDEVBUSY
         BO    IOINTNXT
         BAL   R14,IOSSTART
IOINTNXT L     R9,RDEVNEXT
         LTR   R9,R9
         BNZ   IOINTRTY
IOINTOUT L     R15,=V(DISPATCH)
         BR    R15
*
* IOSDEV: the interruption of R9's device, status in IOSCSW.
IOSDEV   ENTER BASE=IOSMOD
         L     R10,RDEVIOQ
         LTR   R10,R10
         BZ    DEVUNSOL
         TM    IOBFLAG,IOBFSTRT
         BZ    DEVUNSOL
         TM    IOBFLAG,IOBFSNSG   the SENSE ends with its channel end
         BO    DEVSENSE
         TM    IOSCSW+4,X'0C'     no channel or device end: not the
         BZ    DEVTERM            request's (an attention, a PCI)
         OC    IOBSTAT,IOSCSW+4
         MVC   IOBCSW,IOSCSW
         TM    IOSCSW+4,X'04'     device end: the end
         BO    DEVEND
         TM    IOSCSW+4,X'08'     channel end with an error
         BZ    DEVRET
         TM    IOSCSW+4,X'03'
         BNZ   DEVEND
         TM    IOSCSW+5,X'3F'
         BZ    DEVRET
DEVEND   NI    RDEVFLAG,255-RDEVBUSY
         BAL   R14,IOSENDED
         B     DEVNEXT
DEVSENSE TM    IOSCSW+4,X'0C'
         BZ    DEVRET
         NI    RDEVFLAG,255-RDEVBUSY
         BAL   R14,IOSENDED
DEVNEXT  BAL   R14,IOSSTART       the next request
         B     DEVRET
* No request of ours is running on the device.
DEVUNSOL TM    RDEVFLAG,RDEVSTRT  a start waited for this device
         BZ    DEVTERM
         BAL   R14,IOSSTART
DEVTERM  CLI   RDEVCLAS,RDEVCTRM
         BNE   DEVDED
         L     R15,=A(TRMINTR)
         LTR   R15,R15
         BZ    DEVRET             (no terminal module linked)
         LR    R10,R9
         LH    R0,IOSCSW+4
         N     R0,=X'0000FFFF'
         BALR  R14,R15
         B     DEVRET
DEVDED   TM    RDEVFLAG,RDEVDED   a user's device: the user's status
         BZ    DEVRET
         L     R15,=A(VDEDINT)
         LTR   R15,R15
         BZ    DEVRET             (no virtual I/O linked)
         LR    R10,R9
         LH    R0,IOSCSW+4
         N     R0,=X'0000FFFF'
         BALR  R14,R15
DEVRET   LEAVE RC=0
*
         DS    0D
IOSCSW   DS    D
SNSCCW   CCW   X'04',0,X'20',8    SENSE, at most 8 bytes
IOSWORK  DS    F
         LTORG
         END
