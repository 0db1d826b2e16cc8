         TITLE 'CMDOPER - THE OPERATOR: SHUTDOWN AND FORCE'
***********************************************************************
* CMDOPER: commands of the operator's class A (docs/cp67.md           *
* "Commands"; Operator's Guide GH20-0856).                            *
*   SHUTDOWN        every other user is logged off (devices released, *
*                   spool files closed by VIOREL), the issuer's       *
*                   devices released, SYSTEM SHUTDOWN COMPLETE typed, *
*                   and when the terminals have typed what they had,  *
*                   CP stops in the disabled wait X'000FFF' (TRMSHUT).*
*   FORCE userid    that user is logged off, told so if connected.    *
* Command routines: R11 -> VMBLOK, R10 -> TRMBLOK, R1 -> CMDPARM.     *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         CMDPARM
         PRINT GEN
CMDOPER  CSECT
         USING PSA,0
         ENTRY SHUTDOWN,FORCE
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
SHUTSELF L     R15,=A(VIOREL)
         LTR   R15,R15
         BZ    SHUTMSG
         BALR  R14,R15
SHUTMSG  LA    R1,MSGSHUT
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
TARGET   DS    CL8
MSGSHUT  DC    C'SYSTEM SHUTDOWN COMPLETE'
MSGSHUTU DC    C'SYSTEM SHUTDOWN: YOU ARE LOGGED OFF'
MSGFORCD DC    C'FORCED BY OPERATOR'
MSGNOTON DC    C'DMKCPV045E XXXXXXXX NOT LOGGED ON'
MSGSELF  DC    C'DMKCPV024E FORCE OF ONESELF: USE LOGOUT'
MSGMISS  DC    C'DMKCPV020E USERID MISSING OR INVALID'
         LTORG
         END
