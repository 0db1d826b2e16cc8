         TITLE 'CMDPRIOR - SET PRIORITY'
***********************************************************************
* CMDPRIOR: SET PRIORITY userid nn (class A, the operator), the       *
* scheduler's priority of a logged-on user (kernel/sched.asm; docs/   *
* cp67.md "The dispatcher"). The CP-67 manuals we read give no        *
* priority command; the form is VM/370's (CP Command Reference,       *
* SET PRIORITY): nn from 1, the most favoured, to 99; every user      *
* logs on with 64. Among users of the same queue (Q1, the interactive *
* ones, before Q2) the lower number runs first and joins the dispatch *
* list first. It lasts until LOGOUT (our directory has no PRIORITY    *
* statement).                                                         *
* Entry: SETPRI from SET (commands/cmdmisc.asm), R11 -> VMBLOK of the *
* user giving it, R10 -> TRMBLOK, R1 -> CMDPARM -> R15 = 0, or the    *
* message's number after typing it.                                   *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         CMDPARM
         PRINT GEN
CMDPRIOR CSECT
         USING PSA,0
         ENTRY SETPRI
*
SETPRI   ENTER BASE=CMDPRIOR
         LR    R6,R1
         USING CMDPARM,R6
         TM    VMCLASS-VMBLOK(R11),X'80'   class A only
         BZ    PRIOPT
         CLC   CMDNTOK,=H'4'
         BNE   PRIBAD
         LA    R2,CMDTOK+24       the number: 1-2 decimal digits
         SR    R3,R3
         LA    R4,2
PRIDIG   CLI   0(R2),C' '
         BE    PRIDIGE
         CLI   0(R2),C'0'
         BL    PRIBAD
         CLI   0(R2),C'9'
         BH    PRIBAD
         MH    R3,=H'10'
         SR    R5,R5
         IC    R5,0(,R2)
         N     R5,=X'0000000F'
         AR    R3,R5
         LA    R2,1(,R2)
         BCT   R4,PRIDIG
         CLI   0(R2),C' '         (more than two digits)
         BNE   PRIBAD
PRIDIGE  LTR   R3,R3
         BZ    PRIBAD             0, or no digit at all
         LA    R1,CMDTOK+16       the user
         CALL  CMDFINDU
         LTR   R1,R1
         BZ    PRINOTON
         STC   R3,VMPRIOR-VMBLOK(,R1)
         LEAVE RC=0
PRINOTON MVC   MSGNOTON+11(8),CMDTOK+16
         LA    R1,MSGNOTON
         LA    R0,L'MSGNOTON
         CALL  TRMWRITE
         LEAVE RC=45
PRIOPT   LA    R1,MSGOPT
         LA    R0,L'MSGOPT
         CALL  TRMWRITE
         LEAVE RC=3
PRIBAD   LA    R1,MSGBAD
         LA    R0,L'MSGBAD
         CALL  TRMWRITE
         LEAVE RC=26
         DROP  R6
*
MSGNOTON DC    C'DMKCFS045E ******** NOT LOGGED ON'
MSGOPT   DC    C'DMKCFS003E INVALID OPTION - PRIORITY'
MSGBAD   DC    C'DMKCFS026E OPERAND MISSING OR INVALID'
         LTORG
         END
