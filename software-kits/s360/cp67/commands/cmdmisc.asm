         TITLE 'CMDMISC - EXTERNAL, SET, DISCONN'
***********************************************************************
* CMDMISC: more commands of the general user (docs/cp67.md "Commands";*
* User's Guide GH20-0859; VM/370's CP Command Reference for SET).     *
*   EXTERNAL            an external interruption for the virtual      *
*                       machine, the interrupt key's (code X'0040'),  *
*                       presented when it is enabled (VINTEXT)        *
*   SET MSG ON|OFF      messages from other users typed or not        *
*   SET WNG ON|OFF      warnings typed or not                         *
*   SET PRIORITY userid nn  (class A) the scheduler's priority (SETPRI)
*   DISCONN             the virtual machine goes on without the       *
*                       terminal: its console output is lost, a       *
*                       console read waits; the line is dropped. LOGIN*
*                       with the password reconnects.                 *
* Command routines: R11 -> VMBLOK, R10 -> TRMBLOK, R1 -> CMDPARM.     *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         TRMBLOK
         USRBLOK
         CMDPARM
         PRINT GEN
CMDMISC  CSECT
         USING PSA,0
         ENTRY EXTERNAL,SET,DISCONN
*
EXTERNAL ENTER BASE=CMDMISC
         CLC   CMDNTOK-CMDPARM(2,R1),=H'1'
         BNE   SETBAD                 EXTERNAL has no operands
         LA    R0,X'0040'             the interrupt key
         CALL  VINTEXT
         LEAVE RC=0
*
SET      ENTER BASE=CMDMISC
         USING CMDPARM,R1
         CLC   CMDTOK+8(8),=CL8'PRIORITY'
         BNE   SETMSGS
         CALL  SETPRI                 (commands/cmdprior.asm)
         LEAVE
SETMSGS  CLC   CMDNTOK,=H'3'
         BNE   SETBAD
         LA    R2,USRFMSG
         CLC   CMDTOK+8(8),=CL8'MSG'
         BE    SETONOFF
         LA    R2,USRFWNG
         CLC   CMDTOK+8(8),=CL8'WNG'
         BNE   SETBAD
SETONOFF L     R3,VMUSRX-VMBLOK(,R11)
         USING USRBLOK,R3
         STC   R2,SETBIT
         CLC   CMDTOK+16(8),=CL8'OFF'
         BE    SETOFF
         CLC   CMDTOK+16(8),=CL8'ON'
         BNE   SETBAD
         XI    SETBIT,X'FF'
         NC    USRFLAGS,SETBIT        ON: the OFF bit cleared
         LEAVE RC=0
SETOFF   OC    USRFLAGS,SETBIT
         LEAVE RC=0
         DROP  R1,R3
SETBAD   LA    R1,MSGBAD
         LA    R0,L'MSGBAD
         CALL  TRMWRITE
         LEAVE RC=26
*
DISCONN  ENTER BASE=CMDMISC
         USING VMBLOK,R11
         LTR   R10,R10
         BZ    DISCDONE
         USING TRMBLOK,R10
         MVC   MSGDISC+14(17),=CL17' '
         LA    R1,MSGDISC+14
         CALL  CMDTOD
         LA    R1,MSGDISC
         LA    R0,L'MSGDISC
         CALL  TRMWRITE
         OI    VMRSTAT,VMDISC
         XC    VMTERM,VMTERM
         XC    TRMVMB,TRMVMB
         NI    TRMFLAGS,255-TRMFVM-TRMFATTN-TRMFRDRQ
         OI    TRMFLAGS,TRMFHANG
         L     R1,VMUSRX              a console read waits for LOGIN
         MVC   USRRCB-USRBLOK(4,R1),TRMRCB
         MVC   USRRWORD-USRBLOK(4,R1),TRMRWORD
         XC    TRMRCB,TRMRCB
* In CP mode the machine was stopped: it goes on now, as DISCONN says.
         CALL  VMSTART
         CALL  TRMKICK
DISCDONE LEAVE RC=0
         DROP  R10,R11
*
SETBIT   DS    X
MSGBAD   DC    C'DMKCFS026E OPERAND MISSING OR INVALID'
MSGDISC  DC    C'DISCONNECT AT HH:MM:SS MM/DD/YY'
         LTORG
         END
