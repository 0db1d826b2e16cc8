         TITLE 'REFLECT - A GUEST''S PROGRAM AND SVC INTERRUPTIONS'
***********************************************************************
* REFLECT: what CP does with a program or SVC interruption that a     *
* guest caused (reference section 15.1):                              *
*   code 2, privileged operation: the guest was in problem state for  *
*     real but maybe not virtually: PRIVOP simulates the instruction  *
*   codes X'10' and X'11', segment and page translation: the address  *
*     (CR2) is beyond the guest's storage (an addressing exception    *
*     for the guest, whose storage simply ends there), or its page is *
*     not in real storage yet: it gets a frame and the instruction,   *
*     suppressed by the exception, runs again (the old PSW points     *
*     after it: IA - 2 x ILC is where it starts, reference 4.2)       *
*   any other code, and every SVC: reflected, as the 360 would have   *
*     taken it: the old PSW (the virtual one, with the code, ILC,     *
*     condition code and address the real interruption gave) stored   *
*     at the guest's X'28' (X'20' for SVC), the new PSW loaded from   *
*     its X'68' (X'60').                                              *
*                                                                     *
* Entries (CALL):                                                     *
*   VMPGMCK   R11, R0 = program interruption code                     *
*   VMSVC     R11 (the SVC code is at PSASVCCD); an SVC X'B3' goes    *
*             first to ADSTOP (commands/cmdadstp.asm: its trap)       *
*   VMREFL    R11, R0 = code: reflect a program interruption          *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         STATBLOK
         PRINT GEN
REFLMOD  CSECT
         ENTRY VMPGMCK,VMSVC,VMREFL,VMBACKUP
         WXTRN ADSTHIT
         USING PSA,R0
         USING VMBLOK,R11
*
VMPGMCK  ENTER BASE=REFLMOD
         CH    R0,=H'2'
         BNE   PGMTRANS
         CALL  VMPRIV
         B     PGMRET
PGMTRANS CH    R0,=H'16'
         BL    PGMREFL
         CH    R0,=H'17'
         BH    PGMREFL
         L     R3,VMSTATS         a page fault (the CPU's count too)
         L     R2,STPGFLT-STATBLOK(,R3)
         LA    R2,1(,R2)
         ST    R2,STPGFLT-STATBLOK(,R3)
         STMC  2,2,TRANSADR       the address that failed
         L     R1,TRANSADR
         N     R1,=X'00FFFFFF'
         C     R1,VMSIZE
         BL    PGMPAGE
         LA    R0,5               beyond its storage: addressing
         B     PGMREFL
PGMPAGE  SR    R0,R0
         CALL  TRANGR             the page comes in
         CALL  VMBACKUP           and the instruction runs again
         B     PGMRET
PGMREFL  CALL  VMREFL
PGMRET   LEAVE RC=0
*
VMREFL   ENTER BASE=REFLMOD
         LR    R6,R0
         BAL   R14,PAGE0
         LTR   R4,R1
         BZ    REFLRET
         MVC   X'28'(8,R4),VMPSW
         STH   R6,X'2A'(,R4)
         MVC   VMPSW,X'68'(R4)
         L     R3,VMSTATS
         L     R2,STVPGM-STATBLOK(,R3)
         LA    R2,1(,R2)
         ST    R2,STVPGM-STATBLOK(,R3)
         CALL  VMWAITCK
REFLRET  LEAVE RC=0
*
VMSVC    ENTER BASE=REFLMOD
         CLC   PSASVCCD,=X'00B3'  SVC X'B3': an ADSTOP's (cp-users')?
         BNE   SVCREFL
         L     R15,=A(ADSTHIT)
         LTR   R15,R15
         BZ    SVCREFL
         BALR  R14,R15
         LTR   R15,R15
         BZ    SVCRET             yes: the machine is stopped there
SVCREFL  BAL   R14,PAGE0
         LTR   R4,R1
         BZ    SVCRET
         MVC   X'20'(8,R4),VMPSW
         MVC   X'22'(2,R4),PSASVCCD
         MVC   VMPSW,X'60'(R4)
         L     R3,VMSTATS
         L     R2,STVSVC-STATBLOK(,R3)
         LA    R2,1(,R2)
         ST    R2,STVSVC-STATBLOK(,R3)
         CALL  VMWAITCK
SVCRET   LEAVE RC=0
*
* VMBACKUP: R11's virtual PSW points at the instruction again (IA less
* twice the ILC), so that it runs again when the guest next runs.
VMBACKUP ENTER BASE=REFLMOD
         L     R2,VMPSW+4
         SR    R3,R3
         IC    R3,VMPSW+4
         SRL   R3,6               the ILC
         AR    R3,R3
         SR    R2,R3
         ST    R2,BKWORD
         MVC   VMPSW+5(3),BKWORD+1
         LEAVE RC=0
*
* PAGE0: R1 = the real address of R11's page 0 (brought in), or 0.
PAGE0    ST    R14,RFR14
         L     R1,VMPAGE0
         LTR   R1,R1
         BNZ   PAGE0RET
         SR    R0,R0
         SR    R1,R1
         CALL  TRANGR
         LTR   R15,R15
         BNZ   PAGE0RET
         LR    R1,R2
PAGE0RET L     R14,RFR14
         BR    R14
*
TRANSADR DS    F
BKWORD   DS    F
RFR14    DS    F
         LTORG
         END
