         TITLE 'IOSUBS - WRITE ONE RECORD AND WAIT FOR IT'
***********************************************************************
* WRITEIO: starts a one-CCW channel program that writes a record and  *
* waits, with I/O interruptions masked, until the device has ended.   *
*   R1  -> parameter list (IOPARM below)                              *
*   R13 -> 18-word save area, R14 return, R15 entry                   *
* Returns R15 = 0, or 4 when the device is not operational and 8 when *
* it ends with unit check or unit exception.                          *
***********************************************************************
         PRINT NOGEN
         REGEQU
         LOWCORE
         CSWD
         CCWD
         PRINT GEN
IOPARM   DSECT
PDEVICE  DS    H                  device address
PCMD     DS    X                  command code
         DS    X
PDATA    DS    A                  data address
         DS    H
PLENGTH  DS    H                  byte count
*
IOSUBS   CSECT
         ENTRY WRITEIO
         USING LOWCORE,R0
         USING WRITEIO,R15
WRITEIO  SAVE  (14,12),,*
         USING IOPARM,R1
         LR    R12,R15
         DROP  R15
         USING WRITEIO,R12
         LA    R2,CHANPGM
         USING CCWD,R2
         MVC   CCWCMD,PCMD
         MVC   CCWADDR,PDATA+1
         MVI   CCWFLAGS,CCWSLI
         MVC   CCWCOUNT,PLENGTH
         DROP  R2
         ST    R2,CAW             key 0, the channel program
         LH    R3,PDEVICE
         SIO   0(R3)
         BC    B'0100',CSWNOW     CC 1: status stored at once
         BC    B'0011',NOTOPER    CC 2 busy, CC 3 not operational
WAIT     TIO   0(R3)              CC 2: still working
         BC    B'0010',WAIT
         BC    B'0001',NOTOPER
         BC    B'1000',GOOD       CC 0: ended and cleared
CSWNOW   TM    CSW+4,CSWUC+CSWUE  CC 1: the ending status is in the CSW
         BNZ   UNITERR
GOOD     RETURN (14,12),RC=0
NOTOPER  RETURN (14,12),RC=4
UNITERR  RETURN (14,12),RC=8
         DS    0D
CHANPGM  CCW   X'01',0,X'20',1    filled in for each record
         LTORG
         END
