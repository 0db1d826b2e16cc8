         TITLE 'TIMER - THE REAL INTERVAL TIMER AND THE TIME OF DAY'
***********************************************************************
* TIMER: CP's use of the real interval timer at X'50' (PoO "Interval  *
* Timer"; reference section 9). A 360 has no time-of-day clock: the   *
* operator types the date and time at IPL (CPINIT) and CP keeps them  *
* with the timer from then on. The timer counts down in units of      *
* 1/76800 second (bit 31); simmon steps it 256 units (bit 23, one     *
* "tick", 1/300 s) at a time, which is all the precision CP needs.    *
*                                                                     *
* CP never lets the timer run unobserved: whenever it takes control   *
* (an interruption) or gives it away (the dispatcher loads a guest or *
* waits), it accounts for the units gone since the last look: to the  *
* time of day, and to whoever used them (the dispatcher says who).    *
* The dispatcher reloads the timer with the length of the next slice  *
* through the overlapping move CP-67 used (reference section 9):      *
*   MVC X'4C'(8),X'50'                                                *
* which in one instruction keeps the old value at X'4C' and loads     *
* X'50' from X'54', so that no tick is lost between reading and       *
* loading it.                                                         *
*                                                                     *
* A guest's run is measured from the timer's load to the interruption *
* that ends it, as closely as a program can: each first-level handler *
* keeps the timer at PSAINTT with its first instruction, and the      *
* dispatcher loads the timer with its last instructions before the    *
* guest's PSW (dispatch.asm). What CP does before and after (saving   *
* registers, the look, the bookkeeping) is CP's time, not the guest's *
* virtual CPU time. (Reading TIMER later, in CPENTRY, and loading it  *
* earlier gave the guest some 60 instructions of CP's a run: with a   *
* trap every few dozen guest instructions, as CMS's SSMs come, the    *
* virtual CPU time came out nearly twice the guest's instructions.)   *
*                                                                     *
* Entries (CALL):                                                     *
*   TMRREAD  R1 = units since the last look (the timer runs on)       *
*   TMRINTR  R1 = units from the last look to the interruption        *
*            (PSAINTT), which becomes the last look                   *
*   TMRLOAD  R0 = units to load -> R1 = units since the last look     *
*   TODGET   R1 -> 16 bytes: C'MM/DD/YYHH:MM:SS', now                 *
*   UNITSUS  R1 = timer units -> R0:R1 = microseconds (doubleword)    *
*                                                                     *
* Timer requests (maclib TRQBLOK): a part of CP that must act at a    *
* time (SLEEP's end) does not wait for it: it gives a TRQBLOK with a  *
* routine to call, and returns. The requests are chained from PSATRQ, *
* soonest first, in PSAUPTK ticks (since IPL: the time of day wraps   *
* at midnight, this does not for 82 days). The dispatcher looks at    *
* the time after every interruption (the timer's among them) and      *
* calls TMRPOP, which calls back each request that is due, as IOS     *
* calls an IOBLOK's IOBIRA; and it waits idle no longer than TMRPOP   *
* says, so a request is late by at most a time slice (50 ms).         *
*   TMRSET   R1 -> TRQBLOK (TRQRTN, TRQWORD filled), R0 = ticks from  *
*            now (1/300 s). A request already on the chain moves.     *
*   TMRCANC  R1 -> TRQBLOK: off the chain, if it is on it             *
*   TMRPOP   (dispatcher) the requests due are called back ->         *
*            R0 = timer units until the next one, at most a second    *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         TRQBLOK
         PRINT GEN
TICKSDAY EQU   86400*300          ticks in a day
MAXWAIT  EQU   76800              TMRPOP's longest answer: a second
TIMERMOD CSECT
         ENTRY TMRREAD,TMRINTR,TMRLOAD,TODGET,UNITSUS
         ENTRY TMRSET,TMRCANC,TMRPOP
         USING PSA,R0
*
TMRREAD  ENTER BASE=TIMERMOD
         L     R2,TIMER       one fetch of the running timer
         L     R1,PSALASTT
         SR    R1,R2
         ST    R2,PSALASTT
         BAL   R14,TODGAP
         BAL   R14,TODADD
         LEAVE RC=0
*
TMRINTR  ENTER BASE=TIMERMOD
         L     R2,PSAINTT     the timer as the interruption found it
         L     R1,PSALASTT
         SR    R1,R2
         ST    R2,PSALASTT
         BAL   R14,TODADD
         LEAVE RC=0
*
TMRLOAD  ENTER BASE=TIMERMOD
         ST    R0,TIMERLD
         MVC   TIMERSV(8),TIMER   keep the old, load the new
         L     R1,PSALASTT
         S     R1,TIMERSV
         ST    R0,PSALASTT
         BAL   R14,TODGAP
         BAL   R14,TODADD
         LEAVE RC=0
*
* TODGAP: R1 += the units the dispatcher's load left over (PSATGAP:
* between its last look and the load), which were CP's. R2 used.
TODGAP   L     R2,PSATGAP
         AR    R1,R2
         SR    R2,R2
         ST    R2,PSATGAP
         BR    R14
*
* TODADD: R1 = units gone (kept); the time of day moves on; a new day
* moves the date on. R2-R5 used.
TODADD   LTR   R1,R1
         BNM   TODADD1
         SR    R1,R1              (never: the timer only counts down)
TODADD1  L     R3,PSATODR
         AR    R3,R1
         LR    R4,R3
         SRL   R4,8               whole ticks
         L     R5,PSAUPTK         (the timer requests' clock)
         AR    R5,R4
         ST    R5,PSAUPTK
         N     R3,=X'000000FF'
         ST    R3,PSATODR
         A     R4,PSATODT
         C     R4,=A(TICKSDAY)
         BL    TODADD2
         S     R4,=A(TICKSDAY)    midnight: the next day
         SR    R3,R3
         IC    R3,PSADAY
         LA    R3,1(,R3)
         SR    R5,R5
         IC    R5,PSAMONTH
         IC    R5,MONTHLEN-1(R5)
         LH    R2,PSAYEAR         February of a leap year
         N     R2,=F'3'
         BNZ   TODADD3
         CLI   PSAMONTH,2
         BNE   TODADD3
         LA    R5,29
TODADD3  CR    R3,R5
         BNH   TODADD4
         LA    R3,1
         SR    R5,R5
         IC    R5,PSAMONTH
         LA    R5,1(,R5)
         CH    R5,=H'12'
         BNH   TODADD5
         LA    R5,1
         LH    R2,PSAYEAR
         LA    R2,1(,R2)
         STH   R2,PSAYEAR
TODADD5  STC   R5,PSAMONTH
TODADD4  STC   R3,PSADAY
TODADD2  ST    R4,PSATODT
         BR    R14
*
TODGET   ENTER BASE=TIMERMOD
         LR    R6,R1
         L     R1,PSALASTT        the time now, without accounting for
         S     R1,TIMER           it (whoever used the units is charged
         BNM   TODGET1            at the next look)
         SR    R1,R1
TODGET1  A     R1,PSATODR
         SRL   R1,8
         A     R1,PSATODT
         C     R1,=A(TICKSDAY)
         BL    TODGET2
         S     R1,=A(TICKSDAY)
TODGET2  ST    R1,TODNOW
         SR    R2,R2
         IC    R2,PSAMONTH
         BAL   R14,TWODIG
         MVC   0(2,R6),TODDIG
         MVI   2(R6),C'/'
         IC    R2,PSADAY
         BAL   R14,TWODIG
         MVC   3(2,R6),TODDIG
         MVI   5(R6),C'/'
         LH    R3,PSAYEAR
         SR    R2,R2
         D     R2,=F'100'
         BAL   R14,TWODIG
         MVC   6(2,R6),TODDIG
         L     R3,TODNOW
         SR    R2,R2
         D     R2,=F'300'         R3 = seconds since midnight
         SR    R2,R2
         D     R2,=F'3600'
         ST    R2,TODREM          seconds into the hour
         LR    R2,R3
         BAL   R14,TWODIG
         MVC   8(2,R6),TODDIG
         MVI   10(R6),C':'
         L     R3,TODREM
         SR    R2,R2
         D     R2,=F'60'
         ST    R2,TODREM
         LR    R2,R3
         BAL   R14,TWODIG
         MVC   11(2,R6),TODDIG
         MVI   13(R6),C':'
         L     R2,TODREM
         BAL   R14,TWODIG
         MVC   14(2,R6),TODDIG
         LEAVE RC=0
* TWODIG: R2 = 0-99 -> TODDIG = its two EBCDIC digits
TWODIG   CVD   R2,TODDW
         UNPK  TODDIG(2),TODDW+6(2)
         OI    TODDIG+1,X'F0'
         BR    R14
*
UNITSUS  ENTER BASE=TIMERMOD
         LR    R3,R1              units / 48 * 625 + (units mod 48)
         SR    R2,R2              * 625 / 48 (625/48 us a unit)
         D     R2,=F'48'
         LR    R5,R2
         M     R2,=F'625'         R2:R3 = quotient * 625
         M     R4,=F'625'
         D     R4,=F'48'
         ALR   R3,R5
         BC    12,UNITS1          no carry
         LA    R2,1(,R2)
UNITS1   LR    R0,R2
         LR    R1,R3
         LEAVE RC=0
*
* Timer requests. A link is always the first word of what holds it
* (PSATRQ, or TRQNEXT at offset 0), so one loop walks the chain.
TMRSET   ENTER BASE=TIMERMOD
         USING TRQBLOK,R6
         LR    R6,R1
         LR    R7,R0
         BAL   R14,TRQOFF         (a request set again moves)
         LTR   R7,R7
         BNM   TSETTIME
         SR    R7,R7              a time gone is due now
TSETTIME A     R7,PSAUPTK
         ST    R7,TRQTIME
         LA    R2,PSATRQ          after those due as soon or sooner
TSETNEXT L     R3,0(,R2)
         LTR   R3,R3
         BZ    TSETIN
         L     R4,TRQTIME-TRQBLOK(,R3)
         SR    R4,R7
         BP    TSETIN
         LR    R2,R3
         B     TSETNEXT
TSETIN   ST    R3,TRQNEXT
         ST    R6,0(,R2)
         LEAVE RC=0
*
TMRCANC  ENTER BASE=TIMERMOD
         LR    R6,R1
         BAL   R14,TRQOFF
         LEAVE RC=0
*
* TRQOFF: R6 -> TRQBLOK, off the chain if it is on it. R2, R3 used.
TRQOFF   LA    R2,PSATRQ
TOFFNEXT L     R3,0(,R2)
         LTR   R3,R3
         BZR   R14
         CR    R3,R6
         BE    TOFFIT
         LR    R2,R3
         B     TOFFNEXT
TOFFIT   MVC   0(4,R2),TRQNEXT
         XC    TRQNEXT,TRQNEXT
         BR    R14
*
* TMRPOP: each request due is taken off before its routine runs, so
* the routine may set it again. The caller (DISPATCH) has just looked
* at the time (TMRREAD), so PSAUPTK is now.
TMRPOP   ENTER BASE=TIMERMOD
TPOPNEXT L     R6,PSATRQ
         LTR   R6,R6
         BZ    TPOPNONE
         L     R2,TRQTIME
         S     R2,PSAUPTK         ticks until it is due
         BP    TPOPWAIT
         MVC   PSATRQ,TRQNEXT
         XC    TRQNEXT,TRQNEXT
         L     R0,TRQWORD
         LR    R1,R6
         L     R15,TRQRTN
         BALR  R14,R15            (its LEAVE gives R2-R12 back)
         B     TPOPNEXT
TPOPWAIT C     R2,=A(MAXWAIT/256)
         BNL   TPOPNONE
         SLL   R2,8               in timer units, less the part of the
         S     R2,PSATODR         tick gone already (0-255)
         LR    R0,R2
         LEAVE RC=0
TPOPNONE L     R0,=A(MAXWAIT)
         LEAVE RC=0
         DROP  R6
*
MONTHLEN DC    AL1(31,28,31,30,31,30,31,31,30,31,30,31)
         DS    0D
TODDW    DS    D
TODREM   DS    F
TODNOW   DS    F
TODDIG   DS    H
         LTORG
         END
