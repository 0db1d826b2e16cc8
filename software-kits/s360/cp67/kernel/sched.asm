         TITLE 'SCHED - THE SCHEDULER: QUEUES, ELIGIBLE LIST, PRIORITY'
***********************************************************************
* SCHED: which user the dispatcher runs next (issue 12: "a simple     *
* priority and an eligible list so that an idle user does not hold    *
* frames"). The CP-67 manuals we could read describe the dispatcher   *
* only as a round robin of time slices; the scheme here is VM/370's,  *
* which grew out of CP-67's (VM/370 System Logic and Problem          *
* Determination SY20-0886, "Dispatching and scheduling"; System       *
* Programmer's Guide, "Scheduling"), cut down to one processor and    *
* one measure of storage (docs/cp67.md, "The dispatcher").            *
*                                                                     *
* Each logged-on user is, at every look (after each interruption):    *
*   idle         stopped in CP console mode, not started, logging     *
*                off, in a virtual wait with a console read up on its *
*                terminal (TRMRCB: it waits for its user to type), or *
*                in any virtual wait that has lasted a second. An idle*
*                user is dropped from the dispatch list; its frames   *
*                are the first the paging clock takes (STEAL).        *
*   eligible     it could run but is not in the dispatch list: on the *
*                eligible list, in order of Q1 (interactive: it has   *
*                just come back from idle, a line typed) before Q2,   *
*                then priority, then arrival. The first is admitted   *
*                while the working sets projected for the dispatch    *
*                list and its own fit the frames guests have (always  *
*                when the list is empty); the others wait behind it.  *
*   in a queue   in the dispatch list: Q1 with 200 ms of CPU (CP's    *
*                work for it included), Q2 with 400 ms. A user whose  *
*                in-queue time is used up goes back to the eligible   *
*                list (in Q2), behind those waiting; so does a Q1     *
*                user, which thereby becomes a Q2 (compute-bound) one.*
*                A short wait (a page, an I/O instruction to restart, *
*                a virtual wait for its disk) keeps it in the list,   *
*                costing nothing.                                     *
* The dispatcher runs the best of the dispatch list's users that can  *
* run now: Q1 before Q2, then the lower priority number, and among    *
* equals the next in turn after the last one given a slice (round     *
* robin). The user that ran last keeps the CPU while its slice lasts  *
* unless a better one can run: so an interactive user whose line has  *
* just come in runs at once, ahead of a user in a loop.               *
*                                                                     *
* A working set is projected as VM/370 does at the drop from a queue, *
* cut down: the frames the user holds when it is dropped (VMWSPROJ).  *
*                                                                     *
* Entries (CALL):                                                     *
*   SCHEDULE -> R1 = the VMBLOK to run, or 0 (nothing can run);       *
*            R0 = 1 when it is to get a new slice (PSALASTV set), 0   *
*            when the one that ran last goes on with its slice        *
*   SCHIDLE  R1 -> a CORTABLE entry -> R15 = 0 when its owner is idle *
*            (not in the dispatch list): the page may go first        *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         TRMBLOK
         CORTABLE
         PRINT GEN
SLICE    EQU   76800/20           a time slice: 50 ms in timer units
Q1TIME   EQU   4*SLICE            in-queue time of an interactive user
Q2TIME   EQU   8*SLICE            ... of a compute-bound one
QLONG    EQU   300                ticks: a virtual wait of a second
SCHMOD   CSECT
         ENTRY SCHEDULE,SCHIDLE
         USING PSA,R0
         USING VMBLOK,R11
*
SCHEDULE ENTER BASE=SCHMOD
         L     R2,PSAFREEE        the frames guests have: those above
         SRL   R2,12              free storage (frames.asm, FRMINIT)
         L     R3,PSANFRM
         SR    R3,R2
         ST    R3,SCHGFRM
*
* Look 1: each user's state; drops from the dispatch list; arrivals on
* the eligible list; what the dispatch list's users project (R8 frames,
* R9 users).
         SR    R8,R8
         SR    R9,R9
         L     R11,PSAVMCHN
LK1NEXT  LTR   R11,R11
         BZ    LOOK2
         NI    VMQSTAT,255-VMQRDY
         BAL   R14,SCHSTATE       R15 = 0 ready, 4 short wait, 8 idle
         TM    VMQSTAT,VMQIN
         BZ    LK1OUT
         C     R15,=F'8'          in the dispatch list
         BE    LK1DROP
         L     R2,VMQTIME
         LTR   R2,R2
         BP    LK1STAY
         NI    VMQSTAT,255-VMQIN-VMQ1   its time is up: eligible, Q2
         OI    VMQSTAT,VMQELIG
         BAL   R14,SCHWS
         BAL   R14,SCHSEQ
         LTR   R15,R15
         BNZ   LK1NXT
         OI    VMQSTAT,VMQRDY
         B     LK1NXT
LK1DROP  NI    VMQSTAT,255-VMQIN-VMQ1
         OI    VMQSTAT,VMQIDLE
         BAL   R14,SCHWS
         B     LK1NXT
LK1STAY  A     R8,VMWSPROJ
         LA    R9,1(,R9)
         LTR   R15,R15
         BNZ   LK1NXT
         OI    VMQSTAT,VMQRDY
         B     LK1NXT
LK1OUT   C     R15,=F'8'          not in the dispatch list
         BE    LK1IDLE
         TM    VMQSTAT,VMQELIG
         BO    LK1ELIG
         OI    VMQSTAT,VMQELIG    it arrives on the eligible list:
         TM    VMQSTAT,VMQIDLE    from idle, it is interactive (Q1)
         BZ    LK1ARR
         OI    VMQSTAT,VMQ1
LK1ARR   NI    VMQSTAT,255-VMQIDLE
         BAL   R14,SCHSEQ
LK1ELIG  LTR   R15,R15
         BNZ   LK1NXT
         OI    VMQSTAT,VMQRDY
         B     LK1NXT
LK1IDLE  NI    VMQSTAT,255-VMQELIG-VMQ1   idle while eligible
         OI    VMQSTAT,VMQIDLE
LK1NXT   L     R11,VMNEXT
         B     LK1NEXT
*
* Look 2: the eligible list's best joins the dispatch list while its
* projected working set fits (or the list is empty); the rest wait.
LOOK2    SR    R7,R7              the best eligible so far
         L     R11,PSAVMCHN
LK2NEXT  LTR   R11,R11
         BZ    LK2BEST
         TM    VMQSTAT,VMQELIG
         BZ    LK2NXT
         LTR   R7,R7
         BZ    LK2TAKE
         LR    R1,R11
         BAL   R14,SCHKEY
         LR    R4,R0
         LR    R1,R7
         BAL   R14,SCHKEY
         CR    R4,R0
         BH    LK2NXT
         BL    LK2TAKE
         L     R2,VMQSEQ          equal: the earlier arrival
         S     R2,VMQSEQ-VMBLOK(,R7)
         BNM   LK2NXT
LK2TAKE  LR    R7,R11
LK2NXT   L     R11,VMNEXT
         B     LK2NEXT
LK2BEST  LTR   R11,R7
         BZ    LOOK3              nobody waits
         L     R2,VMWSPROJ
         LTR   R9,R9
         BZ    LK2ADMIT           the dispatch list is empty
         AR    R2,R8
         C     R2,SCHGFRM
         BH    LOOK3              it does not fit: all wait
LK2ADMIT NI    VMQSTAT,255-VMQELIG
         OI    VMQSTAT,VMQIN
         MVC   VMQTIME,=A(Q2TIME)
         TM    VMQSTAT,VMQ1
         BZ    LK2Q2
         MVC   VMQTIME,=A(Q1TIME)
LK2Q2    A     R8,VMWSPROJ
         LA    R9,1(,R9)
         B     LOOK2
*
* Look 3: the best of the dispatch list that can run, in turn after
* the last one given a slice (PSALASTV); the one that ran last keeps
* its slice if none is better.
LOOK3    SR    R7,R7
         L     R11,PSALASTV
         LTR   R11,R11
         BZ    LK3HEAD
         L     R11,VMNEXT
         LTR   R11,R11
         BNZ   LK3START
LK3HEAD  L     R11,PSAVMCHN
         LTR   R11,R11
         BZ    LK3NONE
LK3START LR    R6,R11             where the round began
LK3NEXT  TM    VMQSTAT,VMQIN+VMQRDY
         BNO   LK3NXT
         LTR   R7,R7
         BZ    LK3TAKE
         LR    R1,R11
         BAL   R14,SCHKEY
         LR    R4,R0
         LR    R1,R7
         BAL   R14,SCHKEY
         CR    R4,R0
         BNL   LK3NXT             (equal: the first in turn stays)
LK3TAKE  LR    R7,R11
LK3NXT   L     R11,VMNEXT
         LTR   R11,R11
         BNZ   LK3ROUND
         L     R11,PSAVMCHN
LK3ROUND CR    R11,R6
         BNE   LK3NEXT
         LTR   R7,R7
         BZ    LK3NONE
* The one that ran last, if it can run, has slice left and is as good
         L     R11,PSACURVM
         LTR   R11,R11
         BZ    LK3NEW
         CR    R11,R7
         BE    LK3SAME
         TM    VMQSTAT,VMQIN+VMQRDY
         BNO   LK3NEW
         LR    R1,R11
         BAL   R14,SCHKEY
         LR    R4,R0
         LR    R1,R7
         BAL   R14,SCHKEY
         CR    R4,R0
         BNE   LK3NEW
LK3SAME  L     R2,PSASLICE
         LTR   R2,R2
         BNP   LK3NEW
         LR    R1,R11
         SR    R0,R0
         LEAVE RC=0
LK3NEW   ST    R7,PSALASTV
         LR    R1,R7
         LA    R0,1
         LEAVE RC=0
LK3NONE  SR    R1,R1
         SR    R0,R0
         LEAVE RC=0
*
* SCHSTATE: R11 -> R15 = 0 it can run now, 4 a short wait (it stays in
* the dispatch list), 8 idle. Presents the virtual interruptions its
* PSW enables (VMPRES), which ends a virtual wait. R2, R3 used.
SCHSTATE ST    R14,SCHR14
         LA    R15,8
         TM    VMRSTAT,VMRUN
         BZ    STATRET
         TM    VMRSTAT,VMCPMODE+VMLOGOFF
         BNZ   STATRET
         LA    R15,4
         TM    VMRSTAT,VMPGWT+VMIOWT
         BNZ   STATRET
         CALL  VMPRES             what it is enabled for, it gets
         TM    VMRSTAT,VMVWAIT
         BO    STATWAIT
         NI    VMQSTAT,255-VMQWAIT
         SR    R15,R15
         B     STATRET
STATWAIT TM    VMQSTAT,VMQWAIT
         BO    STATLONG
         OI    VMQSTAT,VMQWAIT    the wait begins now
         MVC   VMQWTK,PSAUPTK
STATLONG LA    R15,8
         L     R2,VMTERM          a console read up: its user types
         LTR   R2,R2
         BZ    STATTIME
         L     R3,TRMRCB-TRMBLOK(,R2)
         LTR   R3,R3
         BNZ   STATRET
STATTIME L     R2,PSAUPTK
         S     R2,VMQWTK
         C     R2,=A(QLONG)
         BNL   STATRET
         LA    R15,4
STATRET  L     R14,SCHR14
         BR    R14
*
* SCHKEY: R1 -> VMBLOK -> R0 = its rank, lower first: Q1 before Q2,
* then the priority number. R15 used.
SCHKEY   LA    R0,256
         TM    VMQSTAT-VMBLOK(R1),VMQ1
         BZ    SCHKEY2
         SR    R0,R0
SCHKEY2  SR    R15,R15
         IC    R15,VMPRIOR-VMBLOK(,R1)
         AR    R0,R15
         BR    R14
*
* SCHSEQ: R11 arrives on the eligible list now. R2 used.
SCHSEQ   L     R2,SCHCOUNT
         LA    R2,1(,R2)
         ST    R2,SCHCOUNT
         ST    R2,VMQSEQ
         BR    R14
*
* SCHWS: R11 leaves the dispatch list: its working set is projected as
* the frames it holds now. R2-R5 used (R15 kept).
SCHWS    SR    R2,R2
         L     R3,PSACORE
         L     R4,PSANFRM
SCHWSLP  C     R11,CORVMB-CORTABLE(,R3)
         BNE   SCHWSNX
         LA    R2,1(,R2)
SCHWSNX  LA    R3,CORLEN(,R3)
         BCT   R4,SCHWSLP
         ST    R2,VMWSPROJ
         BR    R14
*
SCHIDLE  ENTER BASE=SCHMOD
         L     R2,CORVMB-CORTABLE(,R1)
         LA    R15,4
         LTR   R2,R2
         BZ    SCHIDRET
         TM    VMQSTAT-VMBLOK(R2),VMQIN
         BO    SCHIDRET
         SR    R15,R15
SCHIDRET LEAVE
*
SCHR14   DS    F
SCHGFRM  DS    F                  frames for guests' pages
SCHCOUNT DC    F'0'               arrivals on the eligible list
         LTORG
         END
