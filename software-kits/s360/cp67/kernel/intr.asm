         TITLE 'INTR - THE FIRST-LEVEL INTERRUPTION HANDLERS'
***********************************************************************
* INTR: where the program, SVC, external and machine-check new PSWs   *
* lead (the I/O new PSW leads to IOS's IOINT). CP runs disabled, so   *
* an interruption finds either a guest running (problem state: a      *
* virtual machine's), or CP in its enabled wait; the only ones CP     *
* itself can cause are program checks in its own code, which are its  *
* own errors (CPABEND PGM001). Each handler keeps the timer first     *
* (PSAINTT: the guest's run ends there, kernel/timer.asm), saves the  *
* registers at PSAGPRS, calls CPENTRY (dispatch.asm) to put a guest's *
* state back into its VMBLOK and account the time, does its part, and *
* goes to the dispatcher.                                             *
*                                                                     *
*   program   a guest's: VMPGMCK (vm/reflect.asm) simulates a         *
*             privileged instruction, resolves a page fault or        *
*             reflects the interruption to the guest                  *
*   SVC       a guest's: VMSVC reflects it to the guest               *
*   external  the real timer (a slice or a guest's timer ran out: the *
*             dispatcher decides) or the interrupt key (nothing)      *
*   machine check: CPABEND MCK001 (simmon never gives one)            *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         PRINT GEN
INTRMOD  CSECT
         ENTRY PGMINT,SVCINT,EXTINT,MCKINT
         USING PSA,R0
*
PGMINT   MVC   PSAINTT,TIMER      the time first (CPENTRY)
         STM   R0,R15,PSAGPRS
         BALR  R12,0
         USING *,R12
         TM    PGMOPSW+1,X'01'
         BO    PGMGUEST
         MVC   PSAABPSW,PGMOPSW   CP's own program check
         MVI   PSAABPSW,X'FF'     (CPABEND shows this PSW)
         CPABEND PGM001
PGMGUEST LA    R1,PGMOPSW
         L     R15,=V(CPENTRY)
         BALR  R14,R15
         LH    R0,PSAPGMCD
         N     R0,=X'000000FF'
         CALL  VMPGMCK
         L     R15,=V(DISPATCH)
         BR    R15
         DROP  R12
*
SVCINT   MVC   PSAINTT,TIMER      the time first (CPENTRY)
         STM   R0,R15,PSAGPRS
         BALR  R12,0
         USING *,R12
         TM    SVCOPSW+1,X'01'
         BO    SVCGUEST
         CPABEND SVC001           CP issues no SVC
SVCGUEST LA    R1,SVCOPSW
         L     R15,=V(CPENTRY)
         BALR  R14,R15
         CALL  VMSVC
         L     R15,=V(DISPATCH)
         BR    R15
         DROP  R12
*
EXTINT   MVC   PSAINTT,TIMER      the time first (CPENTRY)
         STM   R0,R15,PSAGPRS
         BALR  R12,0
         USING *,R12
         LA    R1,EXTOPSW
         L     R15,=V(CPENTRY)
         BALR  R14,R15
         L     R15,=V(DISPATCH)
         BR    R15
         DROP  R12
*
MCKINT   STM   R0,R15,PSAGPRS
         BALR  R12,0
         USING *,R12
         MVC   PSAABPSW,MCKOPSW
         MVI   PSAABPSW,X'FF'
         CPABEND MCK001
         LTORG
         END
