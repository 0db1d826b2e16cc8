         TITLE 'CMDOPER - THE OPERATOR: SHUTDOWN AND FORCE'
***********************************************************************
* CMDOPER: commands of the operator's class A (docs/cp67.md           *
* "Commands"; Operator's Guide GH20-0856).                            *
*   SHUTDOWN        every other user is logged off (devices released, *
*                   spool files closed by VIOREL), the issuer's       *
*                   machine stopped and its devices released; then,   *
*                   when no disk or drum has I/O queued or running    *
*                   (the closed files' last blocks and the spool      *
*                   checkpoint are written, a guest's minidisk write  *
*                   has ended: SHUTWAIT looks every tick, for ten     *
*                   seconds at most), SYSTEM                          *
*                   SHUTDOWN COMPLETE is typed, and when the          *
*                   terminals have typed what they had, CP stops in   *
*                   the disabled wait X'000FFF' (TRMSHUT). So a warm  *
*                   start finds every spool file, and the volumes are *
*                   whole when the machine is switched off.           *
*   FORCE userid    that user is logged off, told so if connected.    *
* Command routines: R11 -> VMBLOK, R10 -> TRMBLOK, R1 -> CMDPARM.     *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         CMDPARM
         RDEVBLOK
         TRQBLOK
         PRINT GEN
CMDOPER  CSECT
         USING PSA,0
         ENTRY SHUTDOWN,FORCE,SHUTWAIT
         EXTRN TRMSDOWN
         WXTRN VIOREL
*
SHUTDOWN ENTER BASE=CMDOPER
         L     R2,PSAVMCHN
SHUTLOOP LTR   R2,R2
         BZ    SHUTSELF
         L     R3,VMNEXT-VMBLOK(,R2)  before the block is gone
         CR    R2,R11
         BE    SHUTNEXT
         ST    R11,SAVER11
         LR    R11,R2
         LA    R1,MSGSHUTU
         LA    R0,L'MSGSHUTU
         CALL  TRMWRITE
         CALL  LOGOFF
         L     R11,SAVER11
SHUTNEXT LR    R2,R3
         B     SHUTLOOP
SHUTSELF CALL  VMSTOP                  its machine runs no more
         L     R15,=A(VIOREL)
         LTR   R15,R15
         BZ    SHUTWT
         BALR  R14,R15
SHUTWT   ST    R11,SHUTVMB
         XC    SHUTTRY,SHUTTRY
         CALL  SHUTWAIT
         LEAVE RC=0
*
* SHUTWAIT (also the timer's callback): while a disk or the drum has
* I/O queued or running, look again a tick (1/300 s) later; then the
* message, and CP stops when the terminals are done. Every spool
* write (a block, the checkpoint) is queued by the ending of the one
* before it, so a quiet moment means the spool area is complete.
SHUTWAIT ENTER BASE=CMDOPER
         L     R1,PSARDEVS
         USING RDEVBLOK,R1
SWDEV    LTR   R1,R1
         BZ    SWQUIET
         CLI   RDEVCLAS,RDEVCDAS
         BNE   SWNEXT
         TM    RDEVFLAG,RDEVBUSY+RDEVSTRT
         BNZ   SWLATER
         L     R0,RDEVIOQ
         LTR   R0,R0
         BNZ   SWLATER
SWNEXT   L     R1,RDEVNEXT
         B     SWDEV
         DROP  R1
SWLATER  L     R1,SHUTTRY            ten seconds at most: a device
         LA    R1,1(,R1)             that never ends (a guest's own
         ST    R1,SHUTTRY            program on a dedicated disk)
         C     R1,=F'3000'           does not keep CP up
         BH    SWQUIET
         LA    R1,SHUTTRQ
         USING TRQBLOK,R1
         MVC   TRQRTN,=A(SHUTWAIT)
         DROP  R1
         LA    R0,1
         CALL  TMRSET
         LEAVE RC=0
SWQUIET  L     R11,SHUTVMB
         LA    R1,MSGSHUT
         LA    R0,L'MSGSHUT
         CALL  TRMWRITE
         L     R1,=A(TRMSDOWN)
         MVI   0(R1),1
         CALL  TRMSHUT                 (stops now if nothing is queued)
         LEAVE RC=0
*
FORCE    ENTER BASE=CMDOPER
         USING CMDPARM,R1
         CLC   CMDNTOK,=H'2'
         BL    FORCMISS
         MVC   TARGET,CMDTOK+8
         DROP  R1
         LA    R1,TARGET
         CALL  CMDFINDU
         LTR   R2,R1
         BZ    FORCNOT
         CR    R2,R11
         BE    FORCSELF
         ST    R11,SAVER11
         LR    R11,R2
         LA    R1,MSGFORCD
         LA    R0,L'MSGFORCD
         CALL  TRMWRITE
         CALL  LOGOFF
         L     R11,SAVER11
         LEAVE RC=0
FORCNOT  MVC   MSGNOTON+11(8),TARGET
         LA    R1,MSGNOTON
         LA    R0,L'MSGNOTON
         CALL  TRMWRITE
         LEAVE RC=45
FORCSELF LA    R1,MSGSELF
         LA    R0,L'MSGSELF
         CALL  TRMWRITE
         LEAVE RC=24
FORCMISS LA    R1,MSGMISS
         LA    R0,L'MSGMISS
         CALL  TRMWRITE
         LEAVE RC=20
*
SAVER11  DS    A
SHUTVMB  DS    A                       the operator who gave SHUTDOWN
SHUTTRQ  DC    XL(TRQLEN)'00'          SHUTWAIT's timer request
SHUTTRY  DC    F'0'                    ticks waited
TARGET   DS    CL8
MSGSHUT  DC    C'SYSTEM SHUTDOWN COMPLETE'
MSGSHUTU DC    C'SYSTEM SHUTDOWN: YOU ARE LOGGED OFF'
MSGFORCD DC    C'FORCED BY OPERATOR'
MSGNOTON DC    C'DMKCPV045E XXXXXXXX NOT LOGGED ON'
MSGSELF  DC    C'DMKCPV024E FORCE OF ONESELF: USE LOGOUT'
MSGMISS  DC    C'DMKCPV020E USERID MISSING OR INVALID'
         LTORG
         END
