         TITLE 'DISPATCH - THE DISPATCHER AND THE TIME SLICE'
***********************************************************************
* DISPATCH: after every interruption CP has handled, the dispatcher   *
* runs what the scheduler chooses (SCHEDULE, kernel/sched.asm: the    *
* dispatch list, Q1 before Q2, priority, round robin among equals):   *
* the user that ran last goes on while its time slice lasts and no    *
* better one can run, another gets a new slice (CP's work for a user  *
* uses its slice up as well as its own run time); with nobody to run, *
* an enabled wait that costs the machine nothing until an             *
* interruption. A user in a wait costs nothing but the scheduler's    *
* look at its VMBLOK (issue 12: "users that wait cost nothing").      *
*                                                                     *
* Each time, after accounting for the time gone, it calls back the   *
* timer requests that are due (TMRPOP, kernel/timer.asm: SLEEP's end) *
* and an idle wait lasts only until the next one is due.              *
*                                                                     *
* Running a guest: CR0 gets its segment table (the load also purges   *
* the look-aside, so no translation of another user's survives);    *
* the real timer gets the rest of its slice, or less when the guest's *
* own interval timer is due to go negative first (so that its timer   *
* interruption comes on time); its registers are loaded from the      *
* VMBLOK; and the real PSW is made from its virtual PSW: extended     *
* mode, translation on, problem state, enabled for I/O and external   *
* interruptions (so that CP keeps control), with the guest's key,     *
* condition code, program mask and instruction address.               *
*                                                                     *
* CPENTRY is the other half: each first-level interruption handler    *
* calls it first, to put a guest's registers and PSW back into its    *
* VMBLOK and to account for the time gone (timer.asm): the guest's    *
* run time to its virtual and total CPU time, to its slice and to its *
* own interval timer (its X'50', which counts only while it runs, as  *
* VM/370's does without the REALTIMER option); CP's own time to the   *
* user it worked for, or to PSACPTM; a wait to PSAIDLE.               *
*                                                                     *
* Entries:                                                            *
*   DISPATCH (branch, stack empty) from every interruption handler    *
*   CPENTRY  (BALR R14,R15) R1 -> the old PSW; PSAGPRS = the          *
*            interrupted registers -> R11 = PSACURVM, R13 = the       *
*            stack's first area; R0-R10 changed                       *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         PRINT GEN
SLICE    EQU   76800/20           a time slice: 50 ms in timer units
DSPMOD   CSECT
         ENTRY DISPATCH,CPENTRY
         USING PSA,R0
         USING VMBLOK,R11
*
CPENTRY  BALR  R10,0              (R12 is the caller's base)
         USING *,R10
         ST    R14,CPER14
         LR    R2,R1
         L     R13,PSASTKBS       the stack is empty
         LA    R3,72(,R13)
         ST    R3,PSASTACK
         TM    1(R2),X'01'        a guest's PSW: problem state
         BO    CPEGUEST
         TM    PSAFLAGS,PSAFWAIT
         BZ    CPERET             CP itself (its program checks)
         NI    PSAFLAGS,255-PSAFWAIT
         CALL  TMRINTR            the wait, to the interruption
         A     R1,PSAIDLE
         ST    R1,PSAIDLE
         B     CPERET
CPEGUEST L     R11,PSACURVM
         MVC   VMGPRS(64),PSAGPRS
         STD   F0,VMFPRS
         STD   F2,VMFPRS+8
         STD   F4,VMFPRS+16
         STD   F6,VMFPRS+24
         MVC   VMPSW+4(1),2(R2)   ILC, condition code, program mask
         MVC   VMPSW+5(3),5(R2)   instruction address
         CALL  TMRINTR            R1 = the units the guest ran
         L     R3,VMVTIME
         AR    R3,R1
         ST    R3,VMVTIME
         L     R3,VMCPUTM
         AR    R3,R1
         ST    R3,VMCPUTM
         L     R3,PSASLICE
         SR    R3,R1
         ST    R3,PSASLICE
         L     R3,VMQTIME
         SR    R3,R1
         ST    R3,VMQTIME
         L     R4,VMPAGE0         its own interval timer runs down
         LTR   R4,R4
         BZ    CPERET
         L     R3,X'50'(,R4)
         LR    R5,R3
         SR    R5,R1
         ST    R5,X'50'(,R4)
         LTR   R3,R3              from positive or zero to negative:
         BM    CPERET             a timer interruption is pending
         LTR   R5,R5
         BNM   CPERET
         OI    VMPEXT+1,X'80'
CPERET   L     R11,PSACURVM
         L     R14,CPER14
         BR    R14
         DROP  R10
*
DISPATCH BALR  R12,0
         USING *,R12
         L     R12,=A(DSPMOD)
         USING DSPMOD,R12
         L     R13,PSASTKBS
         LA    R2,72(,R13)
         ST    R2,PSASTACK
         CALL  TMRREAD            CP's time for the interrupted user
         BAL   R14,DSPCHRG        (its slice too)
         CALL  TMRPOP             timer requests due now (SLEEP's end),
         ST    R0,DSPWAIT         and how long an idle wait may last
         CALL  SCHEDULE           who runs (kernel/sched.asm)
         LTR   R11,R1
         BZ    DSPIDLE
         LTR   R0,R0
         BZ    DSPRUN             the one that ran last, on its slice
         MVC   PSASLICE,=A(SLICE) another, or a new slice
* Run R11's guest
DSPRUN   L     R0,PSASLICE
         L     R4,VMPAGE0         its timer due before the slice ends?
         LTR   R4,R4
         BZ    DSPLOAD
         L     R3,X'50'(,R4)
         LTR   R3,R3
         BM    DSPLOAD
         LA    R3,256(,R3)        (a tick later, when it is negative)
         CR    R3,R0
         BNL   DSPLOAD
         LR    R0,R3
DSPLOAD  ST    R0,TIMERLD         what the timer gets, at the very end
         CALL  TMRREAD            CP's time since the last look
         BAL   R14,DSPCHRG
         ST    R11,PSACURVM
         LMC   0,0,VMCR0          its segment table; purges the TLB
         MVI   PSARUNPS,X'07'     translation, I/O and external masks
         IC    R2,VMPSW+1
         N     R2,=X'000000F9'    its key and ASCII bit; not M, W
         O     R2,=X'00000001'    problem state
         STC   R2,PSARUNPS+1
         IC    R2,VMPSW+4
         N     R2,=X'0000003F'    condition code, program mask
         STC   R2,PSARUNPS+2
         MVI   PSARUNPS+3,0
         MVC   PSARUNPS+4(4),VMPSW+4
         MVI   PSARUNPS+4,0
         LD    F0,VMFPRS
         LD    F2,VMFPRS+8
         LD    F4,VMFPRS+16
         LD    F6,VMFPRS+24
         MVC   PSAGPRS(64),VMGPRS
* The timer is loaded last, so that the guest's run (its virtual CPU
* time) has as little of CP's in it as can be: the overlapping move
* keeps the timer's old value at X'4C' and loads the slice from X'54';
* the units gone since TMRREAD above are CP's (TMRREAD adds them at
* its next look, PSATGAP).
         MVC   TIMERSV(8),TIMER
         L     R1,PSALASTT
         S     R1,TIMERSV
         ST    R1,PSATGAP
         MVC   PSALASTT,TIMERLD
         LM    R0,R15,PSAGPRS
         LPSW  PSARUNPS
*
* Nothing can run: wait, enabled, looking at the time each second or
* when the next timer request is due, whichever is sooner (TMRPOP).
DSPIDLE  L     R0,DSPWAIT
         CALL  TMRLOAD
         BAL   R14,DSPCHRG
         OI    PSAFLAGS,PSAFWAIT
         LPSW  PSAWAITP
*
* DSPCHRG: R1 = units CP used since the last look: to the user it
* worked for (the one interrupted last), and to its slice, so that a
* guest whose every instruction traps (a loop of SIO or DIAGNOSE)
* cannot keep the CPU by costing CP rather than itself; else to CP.
DSPCHRG  L     R3,PSACURVM
         LTR   R3,R3
         BZ    DSPCHCP
         L     R4,PSASLICE
         SR    R4,R1
         ST    R4,PSASLICE
         L     R4,VMQTIME-VMBLOK(,R3)   and its time in the queue
         SR    R4,R1
         ST    R4,VMQTIME-VMBLOK(,R3)
         A     R1,VMCPUTM-VMBLOK(,R3)
         ST    R1,VMCPUTM-VMBLOK(,R3)
         BR    R14
DSPCHCP  A     R1,PSACPTM
         ST    R1,PSACPTM
         BR    R14
*
CPER14   DS    F
DSPWAIT  DS    F                  TMRPOP's answer: the longest wait
         LTORG
         END
