         TITLE 'VIOSIO - SIMULATE SIO, TIO, HIO AND TCH'
***********************************************************************
* VIOSIO: a guest's I/O instructions, which trap to CP as privileged  *
* operations (reference 15.3), simulated against its virtual devices *
* with the condition codes of the Principles of Operation ("Input/    *
* Output Instructions"); vm/privop hands them over.                   *
*                                                                     *
*   VIOSIO  R11 -> VMBLOK, R1 = virtual device address -> R15 =       *
*           0 started: the ending comes as an I/O interruption;       *
*           1 CSW stored at the guest's X'40' (a pending interruption *
*             taken, or the program refused at its first CCW, or a    *
*             CAW with bits 4-7 on: program check);                   *
*           2 the device is busy with an earlier program;             *
*           3 no such device;                                         *
*           DRRESTRT a page the program needs is being brought in:    *
*             the SIO is executed again then (nothing was started).   *
*   VIOTIO  0 available; 1 a pending interruption's CSW stored (and  *
*           the interruption cleared); 2 busy; 3 no such device.      *
*   VIOHIO  0 an interruption is pending; 1 CSW status stored: the    *
*           program is halted (a loop without data, a console read)  *
*           and its ending follows as an interruption, or the device  *
*           was not working, or a real I/O is running, which ends by *
*           itself shortly (a 2314 program cannot be stopped midway   *
*           from here); 3 no such device. On a dedicated device whose *
*           real program runs, a real HALT I/O (VDEDHIO) and its cc.  *
*   A dedicated device whose program ended at channel end while its   *
*   device end is still to come (VDEVDEWT: a tape rewinding) is busy  *
*   to SIO and TIO: cc 1, CSW status busy, as the real device.        *
*   VIOTCH  R1 = an address on the channel: 1 an interruption is     *
*           pending on that virtual channel; 0 otherwise; 3 the       *
*           virtual machine has no device on it. Each virtual device  *
*           has a subchannel of its own, so no channel is ever busy.  *
*                                                                     *
* A SENSE that is the first CCW after a unit check gets the sense     *
* bytes CP kept (VDEVSNS): the real device's were read by CP's own    *
* SENSE, or the unit check was CP's (a minidisk's extent).            *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         VDEVBLOK
         VINTBLOK
         DIAGRET
         PRINT GEN
VIOSMOD  CSECT
         ENTRY VIOSIO,VIOTIO,VIOHIO,VIOTCH
         USING PSA,R0
         USING VMBLOK,R11
         USING VDEVBLOK,R10
*
***********************************************************************
* START I/O                                                           *
***********************************************************************
VIOSIO   ENTER BASE=VIOSMOD
         CALL  VFINDDEV
         LTR   R15,R15
         BNZ   SIONODEV
         LR    R10,R1
         TM    VDEVSTAT,VDEVBUSY
         BO    SIOBUSY
         CALL  VPENDING           status pending: it is the SIO's,
         LTR   R15,R15            with busy (PoO "Start I/O": the
         BNZ   SIOPEND            device is busy with its status)
         TM    VDEVFLAG,VDEVDEWT  a dedicated device still moving
         BO    SIODEBSY
         LA    R1,X'48'           the guest's CAW
         LA    R0,4
         LA    R2,SIOCAW
         CALL  GFETCH
         CH    R15,=H'3'
         BE    SIORSTRT
         MVC   VDEVCAW,SIOCAW
         TM    SIOCAW,X'0F'       bits 4-7 must be zero
         BZ    SIO1
         XC    SIOCSW,SIOCSW
         MVI   SIOCSW+5,X'20'     program check
         LA    R1,SIOCSW
         LA    R0,8
         CALL  VCSWPUT
         B     SIOCC1
*
SIO1     NI    VDEVSTAT,255-VDEVHALT
         TM    VDEVSTAT,VDEVSNSV  a SENSE after a unit check?
         BZ    SIO2
         NI    VDEVSTAT,255-VDEVSNSV
         L     R1,VDEVCAW
         LA    R1,0(,R1)
         LA    R0,8
         LA    R2,SIOCCW
         CALL  GFETCH
         LTR   R15,R15
         BNZ   SIO2
         IC    R0,SIOCCW
         N     R0,=F'15'
         CH    R0,=H'4'
         BE    SIOSENSE
*
SIO2     TM    VDEVFLAG,VDEVCONS  the console: the user's terminal
         BZ    SIO2A
         CALL  VCONSIO
         LEAVE
SIO2A    TM    VDEVFLAG,VDEVSPLD  reader, punch, printer: spool files
         BZ    SIO3
         CALL  VSPLSIO
         LEAVE
SIO3     L     R1,VDEVCAW         a real device: translate and start
         LA    R1,0(,R1)
         SR    R0,R0
         CALL  CCWTRAN
         LTR   R15,R15
         BNZ   SIORSTRT
         LA    R0,1
         CALL  VIOGO
         LEAVE
*
* A dedicated device whose last program ended at channel end and whose
* device end has not come: busy, as the real one answers (PoO "Start
* I/O": cc 1, the CSW's status busy); the device end follows as an
* interruption (VDEDINT).
SIODEBSY XC    SIOCSW,SIOCSW
         MVI   SIOCSW+4,X'10'
         LA    R1,SIOCSW
         LA    R0,2
         CALL  VCSWPUT
         B     SIOCC1
*
SIOPEND  LA    R1,X'44'
         LA    R0,1
         LA    R2,SIOCSW
         CALL  GFETCH
         OI    SIOCSW,X'10'
         LA    R1,X'44'
         LA    R0,1
         LA    R2,SIOCSW
         CALL  GSTORE
         B     SIOCC1
*
SIONODEV LEAVE RC=3
SIOBUSY  LEAVE RC=2
SIOCC1   LEAVE RC=1
SIORSTRT LEAVE RC=DRRESTRT
*
* The kept sense bytes. Chaining after the SENSE is not followed: the
* program ends with it (CMS and OS read the sense alone).
SIOSENSE LH    R3,SIOCCW+6        count
         LH    R4,VDEVSNSN        bytes the device has
         CR    R4,R3
         BNH   *+6
         LR    R4,R3
         L     R1,SIOCCW          data address
         LA    R1,0(,R1)
         LR    R0,R4
         LA    R2,VDEVSNS
         CALL  GSTORE
         MVC   VDEVCSW(1),VDEVCAW
         NI    VDEVCSW,X'F0'
         L     R1,VDEVCAW
         LA    R1,8(,R1)
         ST    R1,SIOWORD
         MVC   VDEVCSW+1(3),SIOWORD+1
         MVC   VDEVCSW+4(2),=X'0C00'
         LTR   R15,R15
         BZ    SIOSNS1
         MVI   VDEVCSW+5,X'20'    beyond the guest's storage
SIOSNS1  SR    R3,R4
         STH   R3,VDEVCSW+6       residual
         BZ    SIOSNS2
         TM    SIOCCW+4,X'20'     SLI
         BO    SIOSNS2
         OI    VDEVCSW+5,X'40'    incorrect length
SIOSNS2  CALL  VIOPRES
         LEAVE RC=0
         EJECT
***********************************************************************
* TEST I/O                                                            *
***********************************************************************
VIOTIO   ENTER BASE=VIOSMOD
         CALL  VFINDDEV
         LTR   R15,R15
         BNZ   SIONODEV
         LR    R10,R1
         TM    VDEVSTAT,VDEVBUSY
         BO    SIOBUSY
         CALL  VPENDING
         LTR   R15,R15
         BNZ   SIOCC1
         TM    VDEVFLAG,VDEVDEWT
         BO    SIODEBSY
         LEAVE RC=0
         EJECT
***********************************************************************
* HALT I/O                                                            *
***********************************************************************
VIOHIO   ENTER BASE=VIOSMOD
         CALL  VFINDDEV
         LTR   R15,R15
         BNZ   SIONODEV
         LR    R10,R1
         TM    VDEVSTAT,VDEVBUSY
         BZ    HIOIDLE
         TM    VDEVSTAT,VDEVLOOP  a loop without data: it ends now
         BO    HIOSTOP
         TM    VDEVFLAG,VDEVRDO   a console read: the line is dropped
         BO    HIOREAD
         TM    VDEVFLAG,VDEVDED   a dedicated device: a real HALT I/O
         BZ    HIOSTAT            (other real I/O ends by itself)
         CLC   VDEVIOB,=F'0'
         BE    HIOSTAT
         CALL  VDEDHIO
         CH    R15,=H'1'
         BE    HIOSTAT            cc 1: the status stored
         CH    R15,=H'4'
         BE    HIOSTAT            not started yet: it ends by itself
         LEAVE                    cc 0, 2 or 3 as the real one
HIOREAD  DS    0H
         OI    VDEVSTAT,VDEVHALT
HIOSTOP  MVC   VDEVCSW(1),VDEVCAW
         NI    VDEVCSW,X'F0'
         L     R1,VDEVCCW
         LA    R1,8(,R1)
         ST    R1,SIOWORD
         MVC   VDEVCSW+1(3),SIOWORD+1
         MVC   VDEVCSW+4(4),=X'0C000000'   channel end, device end
         CALL  VIOPRES
         B     HIOSTAT
HIOIDLE  L     R1,VMVINTQ         an interruption pending for it?
         USING VINTBLOK,R1
HIOQ     LTR   R1,R1
         BZ    HIOSTAT
         C     R10,VINTVDEV
         BE    HIOPEND
         L     R1,VINTNEXT
         B     HIOQ
         DROP  R1
HIOPEND  LEAVE RC=0
HIOSTAT  XC    SIOCSW,SIOCSW      cc 1: the status bytes, zero
         LA    R1,SIOCSW
         LA    R0,2
         CALL  VCSWPUT
         LEAVE RC=1
         EJECT
***********************************************************************
* TEST CHANNEL                                                        *
***********************************************************************
VIOTCH   ENTER BASE=VIOSMOD
         N     R1,=X'00000F00'    the channel
         ST    R1,SIOWORD
         L     R2,VMVINTQ         an interruption pending on it?
         USING VINTBLOK,R2
TCHQ     LTR   R2,R2
         BZ    TCHDEV
         LH    R1,VINTADDR
         N     R1,=X'00000F00'
         C     R1,SIOWORD
         BE    SIOCC1
         L     R2,VINTNEXT
         B     TCHQ
         DROP  R2
TCHDEV   L     R10,VMVDEV         a device on it?
TCHD1    LTR   R10,R10
         BZ    SIONODEV
         LH    R1,VDEVADDR
         N     R1,=X'00000F00'
         C     R1,SIOWORD
         BE    TCHFREE
         L     R10,VDEVNEXT
         B     TCHD1
TCHFREE  LEAVE RC=0
*
         LTORG
SIOCSW   DS    D
SIOCCW   DS    D
SIOCAW   DS    F
SIOWORD  DS    F
         END
