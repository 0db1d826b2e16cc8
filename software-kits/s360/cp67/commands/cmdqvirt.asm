         TITLE 'CMDQVIRT - QUERY VIRTUAL'
***********************************************************************
* CMDQVIRT: QUERY VIRTUAL, the user's virtual machine as CP has made  *
* it (docs/cp67.md "Commands"; User's Guide GH20-0859, QUERY; the     *
* lines are VM/370's QUERY VIRTUAL's, CP Command Reference): its      *
* storage, then one line a virtual device from cp-vio's VDEVBLOKs:    *
*   STORAGE = 256K                                                    *
*   CONS 009 ON LINE 0C0       (ON CONS 01F; DISCONNECTED)            *
*   RDR  00C CL A              a spooled device and its class          *
*   DASD 190 2314 CMS190 R/O 020 CYL    a minidisk: its volume, mode, *
*                              size                                   *
*   TAPE 180 ON DEV 180        a dedicated real device                *
* QUERY VIRTUAL cuu: that device's line only. Command routine:        *
* R11 -> VMBLOK, R10 -> TRMBLOK, R1 -> CMDPARM.                       *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         RDEVBLOK
         TRMBLOK
         VDEVBLOK
         VSPLBLOK
         CMDPARM
         PRINT GEN
CMDQVIRT CSECT
         USING PSA,0
         ENTRY QVIRTUAL
QVIRTUAL ENTER BASE=CMDQVIRT
         LR    R9,R1
         USING CMDPARM,R9
         USING VMBLOK,R11
         L     R8,=F'-1'              every device
         CLC   CMDNTOK,=H'3'
         BL    QVSTOR
         LA    R1,CMDTOK+16
         CALL  CMDHEXIN
         LTR   R15,R15
         BNZ   QVBAD
         LR    R8,R0
         B     QVDEVS
* STORAGE = nnnK
QVSTOR   MVC   LINE(10),=C'STORAGE = '
         L     R0,VMSIZE
         SRL   R0,10
         LA    R1,LINE+10
         CALL  CMDDEC
         MVI   0(R1),C'K'
         LA    R1,1(,R1)
         BAL   R14,QVTYPE
* The devices.
QVDEVS   L     R7,VMVDEV
         USING VDEVBLOK,R7
         SR    R6,R6                  lines typed
QVLOOP   LTR   R7,R7
         BZ    QVEND
         C     R8,=F'-1'
         BE    QVONE
         CH    R8,VDEVADDR
         BNE   QVNEXT
QVONE    LA    R6,1(,R6)
         MVI   LINE,C' '
         MVC   LINE+1(L'LINE-1),LINE
         LH    R0,VDEVADDR
         LA    R1,LINE+5
         LA    R2,3
         CALL  CMDHEXOT
         LA    R1,LINE+9
         TM    VDEVFLAG,VDEVCONS
         BO    QVCONS
         TM    VDEVFLAG,VDEVSPLD
         BO    QVSPOOL
         TM    VDEVFLAG,VDEVMDSK
         BO    QVMDISK
* A dedicated real device.
         MVC   LINE(4),=C'DEV '
         CLI   VDEVTYPC,VDEVCTAP
         BNE   QVDED1
         MVC   LINE(4),=C'TAPE'
QVDED1   CLI   VDEVTYPC,VDEVCDAS
         BNE   QVDED2
         MVC   LINE(4),=C'DASD'
QVDED2   CLI   VDEVTYPC,VDEVCURI
         BNE   QVDED3
         MVC   LINE(4),=C'RDR '
QVDED3   CLI   VDEVTYPC,VDEVCURO
         BNE   QVDED
         MVC   LINE(4),=C'PUN '
         CLI   VDEVTYPT,VDEVT403
         BNE   QVDED
         MVC   LINE(4),=C'PRT '
QVDED    L     R2,VDEVRDEV
         LTR   R2,R2
         BZ    QVSHOW
         MVC   0(7,R1),=C'ON DEV '
         LH    R0,RDEVADDR-RDEVBLOK(,R2)
         LA    R1,7(,R1)
         LA    R2,3
         CALL  CMDHEXOT
         LA    R1,3(,R1)
         B     QVSHOW
* The console: the terminal it is on.
QVCONS   MVC   LINE(4),=C'CONS'
         MVC   0(12,R1),=C'DISCONNECTED'
         LA    R1,12(,R1)
         L     R2,VMTERM
         LTR   R2,R2
         BZ    QVSHOW
         SH    R1,=H'12'
         MVC   0(8,R1),=C'ON LINE '
         L     R3,TRMRDEV-TRMBLOK(,R2)
         CLI   RDEVTYPE-RDEVBLOK(R3),RDEVT105
         BNE   QVCLINE
         MVC   3(5,R1),=C'CONS '
QVCLINE  LH    R0,TRMADDR-TRMBLOK(,R2)
         LA    R1,8(,R1)
         LA    R2,3
         CALL  CMDHEXOT
         LA    R1,3(,R1)
         B     QVSHOW
* A spooled reader, punch or printer and its class.
QVSPOOL  MVC   LINE(4),=C'PRT '
         CLI   VDEVTYPT,VDEVT403
         BE    QVSPCL
         MVC   LINE(4),=C'RDR '
         CLI   VDEVTYPC,VDEVCURI
         BE    QVSPCL
         MVC   LINE(4),=C'PUN '
QVSPCL   L     R2,VDEVSPL
         LTR   R2,R2
         BZ    QVSHOW
         MVC   0(5,R1),=C'CL A '
         CLI   VSPCLASS-VSPLBLOK(R2),C' '
         BE    QVSPTO
         MVC   3(1,R1),VSPCLASS-VSPLBLOK(R2)
QVSPTO   LA    R1,4(,R1)
         CLI   VSPTO-VSPLBLOK(R2),C' '
         BE    QVSHOW
         MVC   1(3,R1),=C'TO '
         MVC   4(8,R1),VSPTO-VSPLBLOK(R2)
         LA    R1,12(,R1)
         B     QVSHOW
* A minidisk: type, volume, mode, size.
QVMDISK  MVC   LINE(4),=C'DASD'
         MVC   0(4,R1),=C'2314'
         CLI   VDEVTYPT,VDEVT311
         BNE   QVMVOL
         MVC   0(4,R1),=C'2311'
QVMVOL   L     R2,VDEVRDEV
         LTR   R2,R2
         BZ    QVMMODE
         MVC   5(6,R1),RDEVSER-RDEVBLOK(R2)
QVMMODE  MVC   12(3,R1),=C'R/W'
         TM    VDEVFLAG,VDEVRO
         BZ    QVMSIZE
         MVC   12(3,R1),=C'R/O'
QVMSIZE  LH    R0,VDEVNCYL
         CVD   R0,DECWORK
         UNPK  16(3,R1),DECWORK+6(2)
         OI    18(R1),X'F0'
         MVC   19(4,R1),=C' CYL'
         LA    R1,23(,R1)
* Three-letter kinds: the address one place to the left.
QVSHOW   CLI   LINE+3,C' '
         BNE   QVSHOW2
         MVC   LINE+3(L'LINE-4),LINE+4
         BCTR  R1,0
QVSHOW2  BAL   R14,QVTYPE
QVNEXT   L     R7,VDEVNEXT
         B     QVLOOP
QVEND    LTR   R6,R6
         BNZ   QVDONE
         C     R8,=F'-1'
         BE    QVDONE
         LR    R0,R8
         LA    R1,MSGNODEV+15
         LA    R2,3
         CALL  CMDHEXOT
         LA    R1,MSGNODEV
         LA    R0,L'MSGNODEV
         CALL  TRMWRITE
         LEAVE RC=40
QVDONE   LEAVE RC=0
QVBAD    LA    R1,MSGBAD
         LA    R0,L'MSGBAD
         CALL  TRMWRITE
         LEAVE RC=26
         DROP  R7,R9,R11
*
* QVTYPE (internal): LINE up to R1.
QVTYPE   ST    R14,QVRET
         LA    R0,LINE
         SR    R1,R0
         LR    R0,R1
         LA    R1,LINE
         CALL  TRMWRITE
         L     R14,QVRET
         BR    R14
*
         DS    0D
DECWORK  DS    D
QVRET    DS    A
LINE     DS    CL80
MSGNODEV DC    C'DMKQVM040E DEV XXX DOES NOT EXIST'
MSGBAD   DC    C'DMKQVM026E OPERAND MISSING OR INVALID'
         LTORG
         END
