         TITLE 'VDEDIC - A DEDICATED REAL DEVICE''S OWN INTERRUPTIONS'
***********************************************************************
* VDEDIC: what a real device dedicated to one virtual machine (the    *
* directory's DEDICATE, the operator's ATTACH) does by itself, passed *
* on to that machine as the real one would give it to an operating    *
* system on the bare 360 (CP-67 User's Guide GH20-0859: a dedicated   *
* device is the user's alone; CP translates its channel programs and  *
* relocates nothing). Its channel programs go through CCWTRAN, IOS    *
* and VIOEND like any other; this module adds the rest:               *
*                                                                     *
*   VDEDINT  (from IOS) R10 -> RDEVBLOK, R0 = the CSW's unit and      *
*            channel status of an interruption with no request of    *
*            CP's running on the device: the device end that follows  *
*            a channel end (a tape's rewind or tape mark: the program *
*            ended for CP at channel end), a drive or reader made     *
*            ready (device end), an attention. It becomes the owning  *
*            virtual machine's I/O interruption on the device's       *
*            virtual address. While the guest's next program is      *
*            running or waits to start the status is its own (the    *
*            real device takes the program after it) and only an      *
*            attention is kept, for after that program's ending.      *
*   VDEDHIO  R11, R10 -> VDEVBLOK of a dedicated device whose real    *
*            I/O (VDEVIOB) is running: the guest's HALT I/O as a real *
*            HALT I/O on the device -> R15 = its condition code (the  *
*            real program's ending comes as its interruption, goes   *
*            to the guest through VIOEND, as on the real machine);    *
*            R15 = 4 when CP's request has not started yet (it starts *
*            and ends by itself).                                     *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         VDEVBLOK
         RDEVBLOK
         IOBLOK
         PRINT GEN
VDEDIC   CSECT
         ENTRY VDEDINT,VDEDHIO
         USING PSA,R0
         USING VMBLOK,R11
         USING VDEVBLOK,R10
*
VDEDINT  ENTER BASE=VDEDIC
         STH   R0,DISTAT
         LR    R2,R10
         USING RDEVBLOK,R2
         TM    RDEVFLAG,RDEVDED
         BZ    DIRET
         L     R11,RDEVUSER
         LTR   R11,R11
         BZ    DIRET
         DROP  R2
         L     R10,VMVDEV         the user's device that is this one
DIFIND   LTR   R10,R10
         BZ    DIRET
         TM    VDEVFLAG,VDEVDED
         BZ    DINEXT
         C     R2,VDEVRDEV
         BE    DIFOUND
DINEXT   L     R10,VDEVNEXT
         B     DIFIND
DIFOUND  TM    VDEVSTAT,VDEVBUSY  the guest's next program has begun
         BZ    DIPRES
         NI    VDEVFLAG,255-VDEVDEWT
         TM    DISTAT,X'80'       attention: after that program
         BZ    DIRET
         OI    VDEVSTAT,VDEVATTN
         B     DIRET
* The CSW: no key, no command address (the status belongs to no
* program), the status, count 0, as the channel stores it.
DIPRES   NI    VDEVFLAG,255-VDEVDEWT
         XC    VDEVCSW,VDEVCSW
         MVC   VDEVCSW+4(2),DISTAT
         CALL  VINTDEV
DIRET    LEAVE RC=0
*
VDEDHIO  ENTER BASE=VDEDIC
         L     R1,VDEVIOB
         USING IOBLOK,R1
         TM    IOBFLAG,IOBFSTRT
         BZ    DHNOTYET
         L     R2,IOBRDEV
         DROP  R1
         LH    R2,RDEVADDR-RDEVBLOK(,R2)
         HIO   0(R2)
         BC    8,DHCC0
         BC    4,DHCC1
         BC    2,DHCC2
         LEAVE RC=3
DHCC0    LEAVE RC=0
DHCC1    LEAVE RC=1
DHCC2    LEAVE RC=2
DHNOTYET LEAVE RC=4
*
         LTORG
DISTAT   DS    H
         END
