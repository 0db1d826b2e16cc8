         TITLE 'VIOINIT - VIRTUAL I/O AND SPOOLING AT CP''S START'
***********************************************************************
* VIOINIT: cp-vio's part of CP's start (kernel/cpinit calls it after  *
* the operator's answers): spooling begins warm or cold as the        *
* operator said (PSASTART): a warm start takes back the spool files   *
* of the checkpoint, a cold start begins with none (GH20-0856).       *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         PRINT GEN
VIOINIT  CSECT
         USING PSA,R0
VIENTRY  ENTER BASE=VIENTRY
         SR    R0,R0
         IC    R0,PSASTART        C'C' or C'W'
         CALL  SPLINIT
         LEAVE RC=0
         END
