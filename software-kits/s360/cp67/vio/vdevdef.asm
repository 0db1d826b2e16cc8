         TITLE 'VDEVDEF - DEFINE AND RELEASE VIRTUAL DEVICES'
***********************************************************************
* VDEVDEF: makes the virtual device of one directory device statement *
* (CP-67 User's Guide GH20-0859: a user's virtual machine has the     *
* devices its directory entry lists). LOGIN calls it for each DIRDEV. *
*   CONSOLE  the virtual 1052: its I/O becomes the user's terminal's  *
*            (VCONS).                                                 *
*   MDISK    a minidisk: cylinders DDVSTART.. of the volume whose VOL1*
*   LINK     serial is DDVVOL (the RDEVBLOK whose RDEVSER CP read at  *
*            IPL), read-only when the mode has no W; seeks are        *
*            relocated and checked by CCWTRAN. cpdirect has copied a  *
*            LINK's owner's extent into the statement.                *
*   DEDICATE a real device given to this user alone: its channel      *
*            programs are translated but not relocated.               *
*   SPOOL    the virtual reader, punch and printer (spool/SPLDEV): a  *
*            VSPLBLOK with the statement's class.                    *
*                                                                     *
*   VDEVDEF  R11 -> VMBLOK, R1 -> DIRDEV                              *
*            -> R15 = 0 made (R1 -> VDEVBLOK); 4 the volume or real   *
*            device is not there; 8 the real device is dedicated to   *
*            another user; 12 the virtual address is in use already; *
*            16 a statement kind this CP does not make.               *
*   VIOREL   R11 -> VMBLOK: releases every virtual device at logout.  *
*   VDEVREL  R11 -> VMBLOK, R10 -> VDEVBLOK: releases that one (the   *
*            DETACH command; VIOREL for each). A real I/O still       *
*            running keeps its IOBLOK and CCWBLOK until it ends;      *
*            VIOEND then unfixes the pages and frees them (IOBUSER =  *
*            0). Interruptions of the device not yet presented go. A *
*            printer's or punch's open file is closed (CLOSE); a      *
*            reader's block being read frees its VSPLBLOK when it     *
*            comes (VSPORPH); a dedicated real device is free again.  *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         VDEVBLOK
         VSPLBLOK
         SFBLOK
         RDEVBLOK
         IOBLOK
         DIRBLOK
         PRINT GEN
VDEVDEF  CSECT
         ENTRY VIOREL,VDEVREL
         USING PSA,R0
         USING VMBLOK,R11
         USING VDEVBLOK,R10
         USING DIRDEV,R9
*
VDDENTRY ENTER BASE=VDDENTRY
         LR    R9,R1
         L     R1,VMVDEV          the address must be new
VDDUP    LTR   R1,R1
         BZ    VDNEW
         CLC   DDVADDR,VDEVADDR-VDEVBLOK(R1)
         BE    VDINUSE
         L     R1,VDEVNEXT-VDEVBLOK(,R1)
         B     VDDUP
VDINUSE  LEAVE RC=12
*
VDNEW    LA    R0,VDEVLEN
         CALL  FREE
         LR    R10,R1
         MVC   VDEVADDR,DDVADDR
         CLI   DDVKIND,DDVCONS
         BE    VDCONS
         CLI   DDVKIND,DDVMDISK
         BE    VDMDISK
         CLI   DDVKIND,DDVLINK
         BE    VDMDISK
         CLI   DDVKIND,DDVDEDIC
         BE    VDDEDIC
         CLI   DDVKIND,DDVSPOOL
         BE    VDSPOOL
         LA    R2,16              anything else: not made
         B     VDFAIL
*
VDCONS   MVI   VDEVTYPC,VDEVCTRM
         MVI   VDEVTYPT,VDEVT052
         MVI   VDEVFLAG,VDEVCONS
         MVC   VDEVSNSN,=H'1'
         B     VDCHAIN
*
* A spooled reader, punch or printer.
VDSPOOL  LA    R0,VSPLEN
         CALL  FREE
         ST    R1,VDEVSPL
         USING VSPLBLOK,R1
         ST    R10,VSPVDEV
         ST    R11,VSPVMB
         MVC   VSPCLASS,DDVCLASS
         MVC   VSPTO,=CL8' '
         MVI   VDEVFLAG,VDEVSPLD
         MVC   VDEVSNSN,=H'1'
         MVI   VSPUNIT,VSPRDR
         MVI   VDEVTYPC,VDEVCURI
         MVI   VDEVTYPT,VDEVT40R
         CLI   DDVUNIT,DDVRDR
         BE    VDCHAIN
         MVI   VSPUNIT,VSPPUN
         MVI   VDEVTYPC,VDEVCURO
         MVI   VDEVTYPT,VDEVT40P
         CLI   DDVUNIT,DDVPUN
         BE    VDCHAIN
         MVI   VSPUNIT,VSPPRT
         MVI   VDEVTYPT,VDEVT403
         B     VDCHAIN
         DROP  R1
*
* A minidisk: the real volume by its serial.
VDMDISK  L     R2,PSARDEVS
         USING RDEVBLOK,R2
VDMFIND  LTR   R2,R2
         BZ    VDNOTTHR
         CLI   RDEVCLAS,RDEVCDAS
         BNE   VDMNEXT
         TM    RDEVFLAG,RDEVLBL
         BZ    VDMNEXT
         CLC   RDEVSER,DDVVOL
         BE    VDMFOUND
VDMNEXT  L     R2,RDEVNEXT
         B     VDMFIND
VDMFOUND ST    R2,VDEVRDEV
         MVI   VDEVTYPC,VDEVCDAS
         MVI   VDEVTYPT,VDEVT314
         CLC   DDVTYPE,=X'2311'
         BNE   VDM1
         MVI   VDEVTYPT,VDEVT311
VDM1     MVI   VDEVFLAG,VDEVMDSK
         TM    DDVMODE,DDVWRITE
         BO    VDM2
         OI    VDEVFLAG,VDEVRO
VDM2     MVC   VDEVRELN,DDVSTART
         MVC   VDEVNCYL,DDVNCYL
         MVC   VDEVSNSN,=H'6'
         B     VDCHAIN
*
* A dedicated device: the real one by its address, if nobody has it.
VDDEDIC  L     R2,PSARDEVS
VDDFIND  LTR   R2,R2
         BZ    VDNOTTHR
         CLC   RDEVADDR,DDVRADDR
         BE    VDDFOUND
         L     R2,RDEVNEXT
         B     VDDFIND
VDDFOUND TM    RDEVFLAG,RDEVDED+RDEVCP
         BZ    VDD1
         LA    R2,8
         B     VDFAIL
VDD1     OI    RDEVFLAG,RDEVDED
         ST    R11,RDEVUSER
         ST    R2,VDEVRDEV
         MVC   VDEVTYPC,RDEVCLAS
         MVC   VDEVTYPT,RDEVTYPE
         MVI   VDEVFLAG,VDEVDED
         MVC   VDEVSNSN,=H'1'
         TM    RDEVCLAS,RDEVCDAS+RDEVCTAP
         BZ    VDCHAIN
         MVC   VDEVSNSN,=H'6'
         DROP  R2
*
* On the end of the user's chain, so devices stay in directory order.
VDCHAIN  LA    R1,VMVDEV-(VDEVNEXT-VDEVBLOK)
VDCH1    L     R2,VDEVNEXT-VDEVBLOK(,R1)
         LTR   R2,R2
         BZ    VDCH2
         LR    R1,R2
         B     VDCH1
VDCH2    ST    R10,VDEVNEXT-VDEVBLOK(,R1)
         LR    R1,R10
         LEAVE RC=0
*
VDNOTTHR LA    R2,4
VDFAIL   LR    R1,R10
         LA    R0,VDEVLEN
         CALL  FRET
         SR    R1,R1
         LR    R15,R2
         LEAVE
         EJECT
***********************************************************************
* VIOREL: every device of the user goes.                              *
***********************************************************************
VIOREL   ENTER BASE=VDDENTRY
VRLOOP   L     R10,VMVDEV
         LTR   R10,R10
         BZ    VRDONE
         CALL  VDEVREL
         B     VRLOOP
VRDONE   LEAVE RC=0
*
***********************************************************************
* VDEVREL: one device goes.                                           *
***********************************************************************
VDEVREL  ENTER BASE=VDDENTRY
         LA    R1,VMVDEV-(VDEVNEXT-VDEVBLOK)   off the user's chain
VRCHAIN  L     R2,VDEVNEXT-VDEVBLOK(,R1)
         LTR   R2,R2
         BZ    VRPEND
         CR    R2,R10
         BE    VRUNCH
         LR    R1,R2
         B     VRCHAIN
VRUNCH   MVC   VDEVNEXT-VDEVBLOK(4,R1),VDEVNEXT
VRPEND   LH    R0,VDEVADDR        its interruptions not yet presented
         LA    R1,VRCSW
         CALL  VINTTST
         LTR   R15,R15
         BZ    VRPEND
         TM    VDEVSTAT,VDEVDIAG  a DIAGNOSE X'18' waiting for it: the
         BZ    VR0                user waits no more (the DIAGNOSE,
         NI    VMRSTAT,255-VMIOWT executed again, finds no device)
VR0      L     R1,VDEVIOB         real I/O still running: its ending
         LTR   R1,R1              finds no device and only frees
         BZ    VR1
         XC    IOBUSER-IOBLOK(4,R1),IOBUSER-IOBLOK(R1)
VR1      L     R1,VDEVGOON        waiting for a page between pieces:
         LTR   R1,R1
         BZ    VR1S               the real device it held goes free
         L     R1,VDEVRDEV
         NI    RDEVFLAG-RDEVBLOK(R1),255-RDEVHELD
VR1S     TM    VDEVFLAG,VDEVSPLD  a spooled device: its file closed
         BZ    VR1A
         CALL  SPCLOSEF
         L     R1,VDEVSPL
         USING VSPLBLOK,R1
         TM    VSPFLAG,VSPRDWT    a block on its way: it frees all
         BO    VR1O
         CLC   VSPWIO,=H'0'
         BE    VR1B
VR1O     OI    VSPFLAG,VSPORPH
         B     VR2
VR1B     L     R1,VSPBUF
         LTR   R1,R1
         BZ    VR1C
         LA    R0,SPBSIZE/8
         CALL  FRET
VR1C     L     R1,VDEVSPL
         LA    R0,VSPLEN
         CALL  FRET
         B     VR2
         DROP  R1
VR1A     TM    VDEVFLAG,VDEVDED   a dedicated device is free again
         BZ    VR2
         L     R1,VDEVRDEV
         NI    RDEVFLAG-RDEVBLOK(R1),255-RDEVDED
         XC    RDEVUSER-RDEVBLOK(4,R1),RDEVUSER-RDEVBLOK(R1)
VR2      LR    R1,R10
         LA    R0,VDEVLEN
         CALL  FRET
         LEAVE RC=0
*
         LTORG
VRCSW    DS    D
         END
