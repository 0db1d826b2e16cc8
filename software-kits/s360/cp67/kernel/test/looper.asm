         TITLE 'LOOPER - A VIRTUAL MACHINE THAT NEVER STOPS'
***********************************************************************
* LOOPER: a guest in a tight loop, enabled for nothing, with no wait  *
* and no trap: the user the time slice is for. VMTEST starts one      *
* beside GUESTT, which must still finish.                             *
***********************************************************************
LOOPER   CSECT
         ENTRY LOOPEND
         USING LOOPER,0
         DC    X'00000000',A(LOOP-LOOPER)
LOOP     B     LOOP
LOOPEND  DS    0D
         END
