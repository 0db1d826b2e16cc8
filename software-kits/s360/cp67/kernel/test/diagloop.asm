         TITLE 'DIAGLOOP - A VIRTUAL MACHINE THAT MAKES CP WORK'
***********************************************************************
* DIAGLOOP: a guest that asks CP for the time (DIAGNOSE X'0C') over   *
* and over: nearly all of its time is CP's. VMTEST starts one beside  *
* GUESTT and LOOPER; CP's time for it comes off its slice, so GUESTT  *
* must still finish.                                                  *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PRINT GEN
DIAGLOOP CSECT
         ENTRY DIAGLEND
         USING DIAGLOOP,0
         DC    X'00000000',A(LOOP-DIAGLOOP)
LOOP     LA    R2,AREA
         DC    X'8320000C'        DIAGNOSE R2,R0,X'0C'
         B     LOOP
         DS    0D
AREA     DS    XL32
DIAGLEND DS    0D
         END
