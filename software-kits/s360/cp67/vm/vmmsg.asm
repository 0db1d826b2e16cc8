         TITLE 'VMMSG - CP TELLS A USER SOMETHING'
***********************************************************************
* VMMSG: a line from CP to a user's terminal: through the terminal    *
* module's TRMWRITE when it is linked (cp-users; R11, or R11 = 0 and  *
* R10 -> the operator's TRMBLOK for a virtual machine with no         *
* terminal); else on the operator's 1052 with the user id first, by   *
* OPWRITE (kernel/opcons.asm), which is how a CP with no terminal     *
* module talks at all.                                                *
*                                                                     *
* Entry (CALL): VMMSG R11, R1 -> text, R0 = length (at most 120)      *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         RDEVBLOK
         PRINT GEN
VMMSGMOD CSECT
         ENTRY VMMSG
         WXTRN TRMWRITE
         USING PSA,R0
         USING VMBLOK,R11
*
VMMSG    ENTER BASE=VMMSGMOD
         L     R15,=A(TRMWRITE)
         LTR   R15,R15
         BZ    MSGOPER
         OC    VMTERM,VMTERM
         BNZ   MSGTRM
         L     R10,PSAOPRDV       no terminal: the operator's
         L     R10,RDEVTERM-RDEVBLOK(,R10)
         SR    R11,R11
MSGTRM   BALR  R14,R15
         B     MSGRET
MSGOPER  CH    R0,=H'120'
         BNH   *+8
         LH    R0,=H'120'
         MVC   MSGLINE(8),VMUSER
         MVI   MSGLINE+8,C':'
         MVI   MSGLINE+9,C' '
         LR    R3,R0
         BCTR  R3,0
         EX    R3,MSGMOVE
         AH    R0,=H'10'
         LA    R1,MSGLINE
         L     R15,=V(OPWRITE)
         BALR  R14,R15
MSGRET   LEAVE RC=0
MSGMOVE  MVC   MSGLINE+10(1),0(R1)
MSGLINE  DS    CL130
         LTORG
         END
