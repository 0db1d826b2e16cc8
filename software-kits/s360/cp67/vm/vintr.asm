         TITLE 'VINTR - VIRTUAL INTERRUPTIONS'
***********************************************************************
* VINTR: the interruptions a virtual machine is owed, kept until its  *
* virtual PSW enables them and then presented the way the 360 does it *
* (PoO "Interruptions"; reference section 15.1): the old PSW stored   *
* in the guest's page 0 with the interruption code and ILC 0, for I/O *
* the CSW at its X'40', and the new PSW taken from there. An external *
* interruption (the guest's own interval timer going negative, X'80'; *
* the interrupt key, X'40', from a CP command) is presented with all  *
* its pending code bits at once, as the 360 may; I/O interruptions    *
* one at a time in the order they came, the first whose channel the   *
* system mask enables (bits 0-5 channels 0-5, bit 6 channel 6 and up).*
* External goes first, as the PoO's priority has it. Presenting one   *
* to a guest in a wait ends the wait: the new PSW is its PSW now.     *
*                                                                     *
* A wait PSW that enables nothing can never end: VM/370 stops such a  *
* virtual machine and tells the user (DMKDSP450W CP ENTERED; DISABLED *
* WAIT PSW); so do we, and its terminal is in CP mode (TRMCPMOD).     *
*                                                                     *
* Entries (CALL):                                                     *
*   VINTIO    R11, R10 -> VDEVBLOK, R0 = the virtual device address,  *
*             R1 -> its CSW (8 bytes, copied): queue an I/O           *
*             interruption                                            *
*   VINTEXT   R11, R0 = external interruption code bits               *
*   VINTTST   R11, R0 = virtual device address, R1 -> 8 bytes: take   *
*             that device's first pending interruption off the queue, *
*             its CSW to R1's area, R15 = 0; R15 = 4 when none        *
*             (TIO and SIO find pending status this way)              *
*   VMPRES    R11: present what is pending and enabled (dispatcher)   *
*   VMWAITCK  R11: after VMPSW changed: the virtual wait flag, or a   *
*             disabled wait's stop                                    *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         VINTBLOK
         STATBLOK
         PRINT GEN
VINTMOD  CSECT
         ENTRY VINTIO,VINTEXT,VINTTST,VMPRES,VMWAITCK
         WXTRN TRMCPMOD
         USING PSA,R0
         USING VMBLOK,R11
         USING VINTBLOK,R5
*
VINTIO   ENTER BASE=VINTMOD
         LR    R6,R0
         LR    R7,R1
         LA    R0,VINTLEN
         CALL  FREE
         LR    R5,R1
         ST    R10,VINTVDEV
         STH   R6,VINTADDR
         MVC   VINTCSW,0(R7)
         LA    R2,VMVINTQ         at the end of the queue
VIOLAST  L     R3,0(,R2)
         LTR   R3,R3
         BZ    VIOPUT
         LR    R2,R3
         B     VIOLAST
VIOPUT   ST    R5,0(,R2)
         BAL   R14,PENDBITS
         LEAVE RC=0
*
VINTEXT  ENTER BASE=VINTMOD
         STH   R0,VXWORK
         OC    VMPEXT,VXWORK
         LEAVE RC=0
*
VINTTST  ENTER BASE=VINTMOD
         LR    R7,R1
         LA    R2,VMVINTQ
VTSTNEXT L     R5,0(,R2)
         LTR   R5,R5
         BZ    VTSTNONE
         CH    R0,VINTADDR
         BE    VTSTGOT
         LR    R2,R5
         B     VTSTNEXT
VTSTGOT  MVC   0(4,R2),VINTNEXT
         MVC   0(8,R7),VINTCSW
         LA    R0,VINTLEN
         LR    R1,R5
         CALL  FRET
         BAL   R14,PENDBITS
         LEAVE RC=0
VTSTNONE LEAVE RC=4
*
VMPRES   ENTER BASE=VINTMOD
PRESLOOP OC    VMPEXT,VMPEXT
         BZ    PRESIO
         TM    VMPSW,X'01'        external mask
         BZ    PRESIO
         BAL   R14,PAGE0
         LTR   R4,R1
         BZ    PRESRET
         MVC   X'18'(8,R4),VMPSW  external old PSW, the code, ILC 0
         MVC   X'1A'(2,R4),VMPEXT
         NI    X'1C'(R4),X'3F'
         MVC   VMPSW,X'58'(R4)
         XC    VMPEXT,VMPEXT
         L     R3,VMSTATS
         L     R2,STVEXT-STATBLOK(,R3)
         LA    R2,1(,R2)
         ST    R2,STVEXT-STATBLOK(,R3)
         CALL  VMWAITCK
         B     PRESLOOP
PRESIO   LA    R2,VMVINTQ
PRESNEXT L     R5,0(,R2)
         LTR   R5,R5
         BZ    PRESRET
         SR    R3,R3              the channel's mask bit
         IC    R3,VINTADDR
         N     R3,=X'00000007'
         IC    R3,CHANMASK(R3)
         EX    R3,TMSYSMSK
         BO    PRESONE
         LR    R2,R5
         B     PRESNEXT
PRESONE  BAL   R14,PAGE0
         LTR   R4,R1
         BZ    PRESRET
         MVC   0(4,R2),VINTNEXT   off the queue
         MVC   X'38'(8,R4),VMPSW  I/O old PSW: the device, ILC 0
         MVC   X'3A'(2,R4),VINTADDR
         NI    X'3C'(R4),X'3F'
         MVC   X'40'(8,R4),VINTCSW
         MVC   VMPSW,X'78'(R4)
         LA    R0,VINTLEN
         LR    R1,R5
         CALL  FRET
         BAL   R14,PENDBITS
         L     R3,VMSTATS
         L     R2,STVIO-STATBLOK(,R3)
         LA    R2,1(,R2)
         ST    R2,STVIO-STATBLOK(,R3)
         CALL  VMWAITCK
         B     PRESLOOP
PRESRET  LEAVE RC=0
TMSYSMSK TM    VMPSW,0
*
VMWAITCK ENTER BASE=VINTMOD
         NI    VMRSTAT,255-VMVWAIT
         TM    VMPSW+1,X'02'      the wait bit
         BZ    WAITRET
         CLI   VMPSW,0            enabled for anything?
         BE    WAITDIS
         OI    VMRSTAT,VMVWAIT
         B     WAITRET
WAITDIS  CALL  VMSTOP
* The user's terminal is in CP mode too: what is typed there now is a
* CP command (TRMCPMOD; absent in a CP without the terminal module).
         L     R15,=A(TRMCPMOD)
         LTR   R15,R15
         BZ    WAITMSG
         BALR  R14,R15
WAITMSG  DS    0H
         MVC   DWMSGPSW,BLANKS
         LA    R2,VMPSW
         LA    R3,DWMSGPSW
         BAL   R14,HEXWORD
         LA    R2,VMPSW+4
         LA    R3,DWMSGPSW+9
         BAL   R14,HEXWORD
         LA    R1,DWMSG
         LA    R0,DWMSGLEN
         CALL  VMMSG
WAITRET  LEAVE RC=0
*
* PAGE0: R1 = the real address of R11's page 0 (brought in), or 0.
PAGE0    ST    R14,VXR14
         L     R1,VMPAGE0
         LTR   R1,R1
         BNZ   PAGE0RET
         SR    R0,R0
         SR    R1,R1
         CALL  TRANGR
         LTR   R15,R15
         BNZ   PAGE0RET           (no frame: R1 = 0)
         LR    R1,R2
PAGE0RET L     R14,VXR14
         BR    R14
*
* PENDBITS: VMPEND again from the queue: X'8000' >> channel.
PENDBITS SR    R6,R6
         L     R5,VMVINTQ
PENDNEXT LTR   R5,R5
         BZ    PENDSET
         SR    R7,R7
         IC    R7,VINTADDR
         N     R7,=X'00000007'
         L     R8,=X'00008000'
         SRL   R8,0(R7)
         OR    R6,R8
         L     R5,VINTNEXT
         B     PENDNEXT
PENDSET  STH   R6,VMPEND
         BR    R14
*
* HEXWORD: the word at R2 as 8 hexadecimal characters at R3.
HEXWORD  LA    R4,4
HEXBYTE  SR    R6,R6
         IC    R6,0(,R2)
         SRDL  R6,4
         IC    R6,HEXDIG(R6)
         STC   R6,0(,R3)
         SRL   R7,28
         IC    R7,HEXDIG(R7)
         STC   R7,1(,R3)
         LA    R2,1(,R2)
         LA    R3,2(,R3)
         BCT   R4,HEXBYTE
         BR    R14
*
CHANMASK DC    X'80402010080402',X'02'
HEXDIG   DC    C'0123456789ABCDEF'
BLANKS   DC    CL17' '
DWMSG    DC    C'CP ENTERED; DISABLED WAIT PSW '''
DWMSGPSW DC    CL17' '
         DC    C''''
DWMSGLEN EQU   *-DWMSG
VXR14    DS    F
VXWORK   DS    H
         LTORG
         END
