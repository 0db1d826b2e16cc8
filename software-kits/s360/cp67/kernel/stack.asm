         TITLE 'CPSTACK - CP''S SAVE-AREA STACK'
***********************************************************************
* CPSTACK: the save areas ENTER pushes and LEAVE pops (maclib ENTER). *
* CP's work runs to completion and every wait is a callback, so the   *
* depth is that of the longest call chain, never of the work pending: *
* 64 areas is far more than CP's deepest chain. The first area is the *
* dispatcher's and the interruption handlers' own (PSASTKBS).         *
***********************************************************************
CPSTACK  CSECT
         ENTRY STACKEND
         DS    64XL72
STACKEND DS    XL72               the last area (PSASTEND points here)
         END
