         TITLE 'IOSUP - I/O INTERRUPTIONS AND WAITDEV'
***********************************************************************
* IOSUP: the nucleus's I/O interruption handler and WAITDEV, the wait *
* for a device's ending that every module doing its own I/O uses.     *
*                                                                     *
* CMS does its I/O synchronously (CMS PLM GY20-0591: a module starts  *
* its channel program and waits for the device): the module issues   *
* START I/O with its own CCWs and CAW, then calls WAITDEV:            *
*          LA    R1,device address      (right-justified)             *
*          L     R15,=V(WAITDEV)                                      *
*          BALR  R14,R15                (R13 -> an 18-word save area) *
* WAITDEV returns when the device has ended - device end together     *
* with (or after) channel end, or unit check or unit exception - with *
* R15 = unit status * 256 + channel status, the ending CSW in NUCCSW, *
* every other register as it was, and the PSW enabled. Only call it   *
* after START I/O gave condition code 0: with CC 1 the CSW at X'40'   *
* already holds the status.                                           *
*                                                                     *
* The handler keeps a small table of devices with endings nobody has  *
* waited for yet, so an interruption that arrives before WAITDEV is   *
* called is not lost. Status a device raises on its own (a reader     *
* made ready: device end without channel end; attention) is not an    *
* ending and is not recorded. Attention from the console is the       *
* REQUEST key: the user wants to stop or talk to the running command; *
* it goes to the ATTN module (VM/370's behaviour: CP-67's manuals     *
* describe KX and KT, which ATTN implements).                         *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         PRINT GEN
*
* One entry of the device table: a device with an ending not yet
* collected by WAITDEV.
DEVENTRY DSECT
DEVADDR  DS    H              device address; X'FFFF' when free
DEVFLAG  DS    X
DEVDONE  EQU   X'80'          the operation has ended
DEVCE    EQU   X'40'          channel end has been seen
DEVUNIT  DS    X              unit status, ORed over its interruptions
DEVCHAN  DS    X              channel status, ORed likewise
         DS    XL3
DEVCSW   DS    D              the last CSW stored for it
DEVLEN   EQU   *-DEVENTRY
NDEVS    EQU   32
*
IOSUP    CSECT
         ENTRY IOHAND,WAITDEV
         USING NUCON,R0
*
* The I/O new PSW leads here, disabled. The interrupted program's
* registers go to NUCIOREG; the old PSW is resumed at the end with its
* wait bit off, so an enabled wait (WAITDEV's, INIT's) looks again at
* what it waits for.
IOHAND   STM   R0,R15,NUCIOREG
         BALR  R12,0
IOBASE   DS    0H                 the module's one base
         USING IOBASE,R12
         LH    R2,IOOPSW+2        the device that interrupted
         TM    CSW+4,X'80'        attention?
         BO    IOATTN
         CH    R2,NUCCONS         the console ...
         BNE   IORECORD
         TM    NUCFLAGS,NUCFBLIP  ... ending a blip that nobody awaits
         BZ    IORECORD
         NI    NUCFLAGS,255-NUCFBLIP
         B     IORESUME
*
* An ending: find the device's entry (or a free one), add the status.
IORECORD BAL   R14,FINDDEV
         LTR   R3,R3
         BZ    IORESUME           table full: nothing can wait for it
         USING DEVENTRY,R3
         TM    CSW+4,X'08'+X'02'+X'01'   channel end, unit check/exc.
         BZ    IONOCE
         OI    DEVFLAG,DEVCE
IONOCE   TM    DEVFLAG,DEVCE      status on its own before any channel
         BO    IOKEEP             end is not an ending (a reader made
         CLI   DEVFLAG,0          ready): forget an entry made for it
         BNE   IORESUME
         MVC   DEVADDR,=X'FFFF'
         B     IORESUME
IOKEEP   STH   R2,DEVADDR
         MVC   DEVCSW,CSW
         OC    DEVUNIT,CSW+4
         OC    DEVCHAN,CSW+5
         TM    DEVUNIT,X'04'+X'02'+X'01'  device end, unit check/exc.
         BZ    IORESUME
         OI    DEVFLAG,DEVDONE
         DROP  R3
IORESUME NI    IOOPSW+1,255-X'02' wait bit off: the waiter looks again
         LM    R0,R15,NUCIOREG
         LPSW  IOOPSW
*
* Attention. During the IPL dialogue INIT may be waiting for the first
* attention from any device to take it as the console (NUCCONS is
* X'FFFF' then). Otherwise only the console's counts: while a command
* runs it interrupts the command for the ATTN module, unless the
* console routine is using the console (it takes the attention when it
* is done) or the attention routine is already running.
IOATTN   CLC   NUCCONS,=X'FFFF'
         BNE   IOATTN1
         STH   R2,NUCCONS
         B     IORESUME
IOATTN1  CH    R2,NUCCONS
         BNE   IORESUME
         TM    NUCFLAGS,NUCFCMD
         BZ    IORESUME           no command to interrupt
         TM    NUCFLAGS,NUCFATN+NUCFDBG
         BNZ   IORESUME
         TM    NUCFLAGS,NUCFCBSY
         BZ    IOATTN2
         OI    NUCFLAGS,NUCFAPND
         B     IORESUME
IOATTN2  MVC   NUCATPSW,IOOPSW    what to resume after the attention
         NI    NUCATPSW+1,255-X'02'
         MVC   NUCATREG(64),NUCIOREG
         OI    NUCFLAGS,NUCFATN
         MVC   NUCRPSW(4),=X'FF000000'   enabled, supervisor, key 0
         L     R15,=V(ATTN)
         ST    R15,NUCRPSW+4
         LPSW  NUCRPSW
*
* FINDDEV: R2 = device; returns R3 -> its entry, or a free entry, or 0
* when the table is full. Runs disabled. Uses R3, R4, R5.
FINDDEV  LA    R3,DEVTAB
         SR    R5,R5              first free entry seen
         LA    R4,NDEVS
FINDLOOP CH    R2,0(,R3)
         BER   R14
         LTR   R5,R5
         BNZ   FINDNEXT
         CLC   0(2,R3),=X'FFFF'
         BNE   FINDNEXT
         LR    R5,R3
FINDNEXT LA    R3,DEVLEN(,R3)
         BCT   R4,FINDLOOP
         LR    R3,R5
         BR    R14
*
***********************************************************************
* WAITDEV: R1 = device address. See the prologue.                     *
***********************************************************************
WAITDEV  STM   R14,R12,12(R13)
         USING WAITDEV,R15
         L     R12,WDBASE
         B     WDGO
WDBASE   DC    A(IOBASE)
         DROP  R15
WDGO     DS    0H
         LR    R2,R1
         SSM   =X'00'
         L     R15,=V(TICKS)      waits are not the command's CPU time
         BALR  R14,R15
         LR    R6,R0
WDLOOP   SSM   =X'00'             look at the table undisturbed
         BAL   R14,FINDDEV
         LTR   R3,R3
         BZ    WDWAIT             full: an ending will free one
         USING DEVENTRY,R3
         CH    R2,DEVADDR
         BNE   WDWAIT
         TM    DEVFLAG,DEVDONE
         BO    WDDONE
WDWAIT   LPSW  WDPSW              enabled wait; the handler resumes at
*                                 WDLOOP
WDDONE   MVC   NUCCSW,DEVCSW
         SR    R15,R15
         IC    R15,DEVUNIT
         SLL   R15,8
         IC    R15,DEVCHAN
         MVC   DEVADDR,=X'FFFF'   the entry is free again
         MVI   DEVFLAG,0
         MVI   DEVUNIT,0
         MVI   DEVCHAN,0
         DROP  R3
         LR    R7,R15
         L     R15,=V(TICKS)
         BALR  R14,R15
         SR    R0,R6              ticks spent waiting
         A     R0,NUCWAITT
         ST    R0,NUCWAITT
         LR    R15,R7
         SSM   =X'FF'
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
         DS    0D
WDPSW    DC    X'FF020000',A(WDLOOP)
         LTORG
DEVTAB   DC    (NDEVS)XL16'FFFF0000000000000000000000000000'
         END
