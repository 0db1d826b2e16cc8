         TITLE 'SPLREAL - THE REAL PRINTER AND PUNCH PRINT SPOOL FILES'
***********************************************************************
* SPLREAL: closed spool files waiting for the real 1403 or the real   *
* 2540 punch (SFBQPRT, SFBQPUN) are printed or punched there, one     *
* file after another in the order they were closed (CP-67 Operator's  *
* Guide GH20-0856: CP's spooling drives the real unit record devices).*
* Each record goes out with its own CCW command (the guest's carriage *
* control), SLI, one real I/O a record; when a file is out it is gone *
* (SPPURGEF). No separator page is printed, so a file's printout is   *
* the virtual printer's output as the guest made it (ours: VM/370     *
* prints one). A real device that is not operational or not ready    *
* (intervention required) keeps its files, whole, until CP is started *
* again (a warm start keeps them: SPLIO's checkpoint).                *
*                                                                     *
*   SPLKICK  start the printer and the punch on their next files, if  *
*            they are idle (after a CLOSE, a TRANSFER, a warm start)  *
*                                                                     *
* The operator's commands (Operator's Guide GH20-0856; VM/370's       *
* operands): command routines, R11 -> VMBLOK, R1 -> CMDPARM.          *
*   DRAIN dev    the real device begins no new file: the one going    *
*                out ends first (DRAINING), an idle one stops at once *
*                (DRAINED). Its files wait, kept by the checkpoint    *
*                (a warm start begins with the devices started).      *
*   START dev    it goes on with the files waiting; a device found    *
*                not ready (no paper, no file attached in simmon) is  *
*                tried again, so paper put in needs no new IPL.       *
*   dev: PRINTER (PRT), PUNCH (PUN), the device's address, or ALL.    *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         RDEVBLOK
         IOBLOK
         SFBLOK
         CMDPARM
         PRINT GEN
SPLREAL  CSECT
         ENTRY SPLKICK,SPDRAIN,SPSTART
         EXTRN SPLFILES
         USING PSA,R0
         USING DRV,R9
*
SPLKICK  ENTER BASE=SPLREAL
         LA    R9,DRVPRT
         BAL   R14,KICK
         LA    R9,DRVPUN
         BAL   R14,KICK
         LEAVE RC=0
*
* KICK: BAL R14. R9 -> a driver: its next file, if it is idle.
KICK     ST    R14,DRVSAVE
         TM    DRVFLAG,DRVBUSY+DRVDEAD+DRVDRN
         BNZ   KIRET
         BAL   R14,FINDDEV        the real device, found once
         LTR   R1,R1
         BZ    KIDEAD
KI2      L     R2,=A(SPLFILES)    the first file waiting for it
         L     R2,0(,R2)
         USING SFBLOK,R2
KI3      LTR   R2,R2
         BZ    KIRET
         CLC   SFBQUEUE,DRVQ
         BE    KI4
         L     R2,SFBNEXT
         B     KI3
KI4      ST    R2,DRVFILE
         MVI   SFBQUEUE,SFBQOPEN  (no other queue sees it now, but the
         MVC   SFBDEST,DRVQ       checkpoint keeps it in its queue)
         OI    SFBFLAG,SFBOUT
         MVC   DRVTRK,SFBFIRST
         DROP  R2
         OI    DRVFLAG,DRVBUSY
         LA    R0,512             its first block
         CALL  FREE
         ST    R1,DRVBUF
         BAL   R14,READBLK
         B     KIRET
KIDEAD   OI    DRVFLAG,DRVDEAD    no such real device
KIRET    L     R14,DRVSAVE
         BR    R14
*
* FINDDEV: BAL R14. R9 -> a driver: R1 = its RDEVBLOK (DRVRDEV, found
* in the real device table the first time), or 0.
FINDDEV  L     R1,DRVRDEV
         LTR   R1,R1
         BNZR  R14
         L     R1,PSARDEVS
         USING RDEVBLOK,R1
FD1      LTR   R1,R1
         BZR   R14
         CLI   RDEVCLAS,RDEVCURO
         BNE   FD1NEXT
         CLC   RDEVTYPE,DRVTYPE
         BE    FD1FOUND
FD1NEXT  L     R1,RDEVNEXT
         B     FD1
FD1FOUND ST    R1,DRVRDEV
         DROP  R1
         BR    R14
         EJECT
***********************************************************************
* DRAIN dev, START dev                                                *
***********************************************************************
SPDRAIN  ENTER BASE=SPLREAL
         MVI   OPWHAT,C'D'
         B     OPCMD
SPSTART  ENTER BASE=SPLREAL
         MVI   OPWHAT,C'S'
OPCMD    LR    R8,R1
         USING CMDPARM,R8
         CLC   CMDNTOK,=H'2'
         BNE   OPBAD
         MVI   OPHIT,0
         LA    R9,DRVPRT
         BAL   R14,OPDEV
         LA    R9,DRVPUN
         BAL   R14,OPDEV
         CLI   OPHIT,0
         BE    OPNODEV
         LEAVE RC=0
OPBAD    LA    R1,MSGOPBAD
         LA    R0,L'MSGOPBAD
         CALL  TRMWRITE
         LEAVE RC=26
OPNODEV  LA    R1,MSGOPDEV
         LA    R0,L'MSGOPDEV
         CALL  TRMWRITE
         LEAVE RC=40
*
* OPDEV: BAL R14. R9 -> a driver: drained or started if the operand
* names it, with its message.
OPDEV    ST    R14,OPSAVE
         CLC   CMDTOK+8(8),=CL8'ALL'
         BE    OPDEV2
         CLC   CMDTOK+8(8),DRVNAME1
         BE    OPDEV2
         CLC   CMDTOK+8(8),DRVNAME2
         BE    OPDEV2
         BAL   R14,FINDDEV        its address?
         LTR   R1,R1
         BZ    OPDEVRET
         LH    R2,RDEVADDR-RDEVBLOK(,R1)
         LA    R1,CMDTOK+8
         CALL  CMDHEXIN
         LTR   R15,R15
         BNZ   OPDEVRET
         CR    R0,R2
         BNE   OPDEVRET
OPDEV2   BAL   R14,FINDDEV
         LTR   R1,R1
         BZ    OPDEVRET           the machine has none
         MVI   OPHIT,1
         MVI   OPMSG,C' '
         MVC   OPMSG+1(L'OPMSG-1),OPMSG
         MVC   OPMSG(3),DRVNAME1
         LH    R0,RDEVADDR-RDEVBLOK(,R1)
         LA    R1,OPMSG+4
         LA    R2,3
         CALL  CMDHEXOT
         CLI   OPWHAT,C'S'
         BE    OPSTART
         OI    DRVFLAG,DRVDRN
         MVC   OPMSG+8(7),=C'DRAINED'
         LA    R0,15
         TM    DRVFLAG,DRVBUSY
         BZ    OPTYPE
         MVC   OPMSG+8(8),=C'DRAINING'   (the file going out ends)
         LA    R0,16
         B     OPTYPE
OPSTART  NI    DRVFLAG,255-DRVDRN-DRVDEAD
         MVC   OPMSG+8(7),=C'STARTED'
         LA    R0,15
OPTYPE   LA    R1,OPMSG
         CALL  TRMWRITE
         CLI   OPWHAT,C'S'
         BNE   OPDEVRET
         BAL   R14,KICK           on with the files waiting
OPDEVRET L     R14,OPSAVE
         BR    R14
         DROP  R8
*
* READBLK: BAL R14. The block at DRVTRK into DRVBUF; BLKDONE goes on.
READBLK  ST    R14,RBSAVE
         LH    R0,DRVTRK
         L     R1,DRVBUF
         LA    R2,BLKDONE
         LR    R3,R9
         CALL  SPIO
         L     R14,RBSAVE
         BR    R14
*
BLKDONE  ENTER BASE=SPLREAL
         LR    R9,R1
         XC    DRVPOS,DRVPOS
         LTR   R0,R0              unreadable: the file ends there
         BZ    BD1
         L     R1,DRVBUF
         XC    0(4,R1),0(R1)
BD1      BAL   R14,NEXTREC
         LEAVE RC=0
*
* The real I/O of a record has ended (IOBIRA): the next one.
RECDONE  ENTER BASE=SPLREAL
         L     R9,IOBUSER-IOBLOK(,R10)
         TM    IOBFLAG-IOBLOK(R10),IOBFNOP
         BO    RDDEAD
         TM    IOBCSW+4-IOBLOK(R10),X'02'    unit check, intervention
         BZ    RD1                           required: not ready
         TM    IOBSENSE-IOBLOK(R10),X'40'
         BZ    RD1
RDDEAD   OI    DRVFLAG,DRVDEAD    not operational: it keeps its file
         NI    DRVFLAG,255-DRVBUSY
         L     R1,DRVFILE
         MVC   SFBQUEUE-SFBLOK(1,R1),DRVQ
         NI    SFBFLAG-SFBLOK(R1),255-SFBOUT
         L     R1,DRVBUF
         LA    R0,512
         CALL  FRET
         LEAVE RC=0
RD1      BAL   R14,NEXTREC
         LEAVE RC=0
         EJECT
***********************************************************************
* NEXTREC: BAL R14. The next record of the block goes out; at the    *
* block's end the next block is read; at the file's end the file is   *
* gone and the next file begins.                                      *
***********************************************************************
NEXTREC  ST    R14,NRSAVE
         L     R4,DRVBUF
         USING SPBLK,R4
         LH    R5,DRVPOS
         CH    R5,SPBUSED
         BL    NRREC
         LH    R1,SPBNEXT
         LTR   R1,R1
         BZ    NREND
         BCTR  R1,0
         STH   R1,DRVTRK
         BAL   R14,READBLK
         B     NRRET
NRREC    LA    R6,SPBRECS(R5)     the record: length, command, data
         LH    R7,0(,R6)
         LA    R1,4(R7,R5)        the next on a halfword
         N     R1,=X'FFFFFFFE'
         STH   R1,DRVPOS
         DROP  R4
         LA    R1,3(,R6)
         ST    R1,DRVCCW
         MVC   DRVCCW(1),2(R6)
         MVI   DRVCCW+4,X'20'     SLI
         MVI   DRVCCW+5,0
         LTR   R7,R7
         BNZ   *+8
         LA    R7,1               a carriage command: no data
         STH   R7,DRVCCW+6
         LA    R10,DRVIOB
         USING IOBLOK,R10
         XC    IOBLOK(IOBLEN*8),IOBLOK
         MVC   IOBRDEV,DRVRDEV
         LA    R1,DRVCCW
         ST    R1,IOBCAW
         LA    R1,RECDONE
         ST    R1,IOBIRA
         ST    R9,IOBUSER
         DROP  R10
         CALL  IOSQUE
         B     NRRET
NREND    L     R1,DRVBUF          the file is out
         LA    R0,512
         CALL  FRET
         L     R1,DRVFILE
         XC    DRVFILE,DRVFILE
         NI    DRVFLAG,255-DRVBUSY
         CALL  SPPURGEF
         BAL   R14,KICK
NRRET    L     R14,NRSAVE
         BR    R14
*
         LTORG
*
* A driver.
DRV      DSECT
DRVTYPE  DS    X                  the real device's RDEVTYPE
DRVQ     DS    X                  the queue it serves
DRVFLAG  DS    X
DRVBUSY  EQU   X'80'              a file is going out
DRVDEAD  EQU   X'40'              no device, or not operational
DRVDRN   EQU   X'20'              drained: no new file (DRAIN)
         DS    X
DRVNAME1 DS    CL8                its names for DRAIN and START
DRVNAME2 DS    CL8
DRVTRK   DS    H                  the block's track
DRVPOS   DS    H                  the next record in the block
DRVRDEV  DS    A
DRVFILE  DS    A
DRVBUF   DS    A
DRVSAVE  DS    F
RBSAVE   DS    F
NRSAVE   DS    F
DRVCCW   DS    D
DRVIOB   DS    XL(IOBLEN*8)
DRVLEN   EQU   *-DRV
*
SPLREAL  CSECT
         DS    0D
DRVPRT   DC    X'41',AL1(SFBQPRT),XL2'00',CL8'PRT',CL8'PRINTER'
         DC    XL(DRVLEN-20)'00'                     the 1403
         DS    0D
DRVPUN   DC    X'20',AL1(SFBQPUN),XL2'00',CL8'PUN',CL8'PUNCH'
         DC    XL(DRVLEN-20)'00'                     the 2540 punch
OPSAVE   DS    F
OPWHAT   DS    C                  C'D' DRAIN, C'S' START
OPHIT    DS    X                  a device was named
OPMSG    DS    CL40
MSGOPBAD DC    C'DMKCSO026E OPERAND MISSING OR INVALID'
MSGOPDEV DC    C'DMKCSO040E DEV DOES NOT EXIST'
         END
