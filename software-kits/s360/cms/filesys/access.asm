         TITLE 'ACCESS - THE ACCESS AND RELEASE COMMANDS'
***********************************************************************
* ACCESS cuu mode: makes the CMS disk at device cuu known under the   *
* mode letter (GH20-0859: ACCESS; its directory is read into storage  *
* by ACCDISK). The disk CMS was IPLed from, and a disk accessed as S  *
* or Y, is read-only (the system disks: VM/370's convention; on the   *
* bare machine nothing else protects them). A disk already under the  *
* letter is released first.                                           *
* RELEASE mode: forgets the disk; files open on it are closed unread  *
* and unwritten.                                                      *
* Messages and return codes (VM/370's where CP-67's are not given):   *
*   DMSACC017E INVALID DEVICE ADDRESS 'cuu'           24              *
*   DMSACC048E INVALID MODE 'm'                        24             *
*   DMSACC109S VIRTUAL STORAGE CAPACITY EXCEEDED      104             *
*              (no free storage for the disk's directory: the disk   *
*              is not accessed; one under that letter before is gone) *
*   DMSACC112S DISK 'm(cuu)' DEVICE ERROR             100             *
*   DMSACC113S DISK 'm(cuu)' NOT ATTACHED             100             *
*   DMSACC114S DISK 'm(cuu)' IS NOT A CMS DISK        100 (our text)  *
*   DMSACC723I m (cuu) R/O                              0             *
*   DMSARL048E INVALID MODE 'm'                        24             *
*   DMSARL049E DISK 'm' NOT ACCESSED                   36 (our text)  *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         ADT
         PRINT GEN
ACCESS   CSECT
         ENTRY RELEASE
         USING NUCON,R0
         USING ACCESS,R12
         STM   R14,R12,12(R13)
         LR    R12,R15
         ST    R13,ACSAVE+4
         LA    R13,ACSAVE
         LR    R9,R1
         MVC   ACDEV,=C'???'
         LA    R1,8(,R9)          the device address
         CLI   0(R1),X'FF'
         BE    ACBADDEV
         MVC   ACDEV,0(R1)
         L     R15,=V(HEXTOK)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   ACBADDEV
         C     R0,=F'4095'
         BH    ACBADDEV
         LR    R7,R0
         L     R15,=V(HEXOUT3)    as 3 digits in the messages
         LA    R1,ACDEV
         BALR  R14,R15
         MVI   ACMODE,C'A'        the mode letter, A when none
         CLI   16(R9),X'FF'
         BE    ACGO
         MVC   ACMODE,16(R9)
         CLI   17(R9),C' '        one letter
         BNE   ACBADMOD
         MVC   ACMODE+1(1),=C' '
         LA    R1,ACMODE
         L     R15,=V(CHKMODE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   ACBADMOD
         CLI   ACMODE,C'*'
         BE    ACBADMOD
ACGO     SR    R2,R2              read-only: the IPL disk, S, Y
         CH    R7,NUCIPLDV
         BNE   *+8
         LA    R2,ADTSYS
         CLI   ACMODE,C'S'
         BE    ACRO
         CLI   ACMODE,C'Y'
         BNE   ACCALL
ACRO     LA    R2,ADTRO
ACCALL   TIO   0(R7)              no device there at all?
         BC    B'0001',ACNOTATT
         LR    R0,R7
         SR    R1,R1
         IC    R1,ACMODE
         L     R15,=V(ACCDISK)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   ACFAIL
         USING ADT,R1
         TM    ADTFLAGS,ADTRO
         BZ    ACRC0
         DROP  R1
         MVC   ACROM(1),ACMODE
         MVC   ACROD,ACDEV
         WRTERM ACROMSG,ACROLEN
ACRC0    SR    R15,R15
         B     ACRET
ACFAIL   CH    R15,=H'4'
         BE    ACNOTCMS
         CH    R15,=H'5'
         BE    ACNOSTOR
         MVC   ACERRM(1),ACMODE
         MVC   ACERRD,ACDEV
         WRTERM ACERR,ACERRLEN
         LA    R15,100
         B     ACRET
ACNOTCMS MVC   ACNCMSM(1),ACMODE
         MVC   ACNCMSD,ACDEV
         WRTERM ACNCMS,ACNCMLEN
         LA    R15,100
         B     ACRET
ACNOSTOR WRTERM 'DMSACC109S VIRTUAL STORAGE CAPACITY EXCEEDED'
         LA    R15,104            (no free storage for its directory)
         B     ACRET
ACNOTATT MVC   ACNAM(1),ACMODE
         MVC   ACNAD,ACDEV
         WRTERM ACNAMSG,ACNALEN
         LA    R15,100
         B     ACRET
ACBADDEV MVC   ACBDV(3),ACDEV
         WRTERM ACBDMSG,ACBDLEN
         LA    R15,24
         B     ACRET
ACBADMOD MVC   ACBMV(2),16(R9)
         WRTERM ACBMMSG,ACBMLEN
         LA    R15,24
ACRET    L     R13,ACSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
***********************************************************************
* RELEASE mode                                                        *
***********************************************************************
RELEASE  STM   R14,R12,12(R13)
         L     R12,RLBASE-RELEASE(,R15)
         B     RL1
RLBASE   DC    A(ACCESS)
RL1      ST    R13,ACSAVE+4
         LA    R13,ACSAVE
         LR    R9,R1
         MVC   RLBMV(2),8(R9)
         CLI   8(R9),X'FF'
         BE    RLBADMOD
         CLI   9(R9),C' '
         BNE   RLBADMOD
         SR    R1,R1
         IC    R1,8(,R9)
         L     R15,=V(FINDADT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   RLNOTACC
         L     R15,=V(AFTDISK)    its open files are given up
         BALR  R14,R15
         SR    R1,R1
         IC    R1,8(,R9)
         L     R15,=V(RELDISK)
         BALR  R14,R15
         B     ACRET
RLNOTACC MVC   RLNAV(1),8(R9)
         WRTERM RLNAMSG,RLNALEN
         LA    R15,36
         B     ACRET
RLBADMOD WRTERM RLBMMSG,RLBMLEN
         LA    R15,24
         B     ACRET
*
         LTORG
ACMODE   DC    CL2' '
ACDEV    DC    CL3' '
ACROMSG  DC    C'DMSACC723I '
ACROM    DC    C'M ('
ACROD    DC    C'CUU'
         DC    C') R/O'
ACROLEN  EQU   *-ACROMSG
ACERR    DC    C'DMSACC112S DISK '''
ACERRM   DC    C'M('
ACERRD   DC    C'CUU'
         DC    C')'' DEVICE ERROR'
ACERRLEN EQU   *-ACERR
ACNCMS   DC    C'DMSACC114S DISK '''
ACNCMSM  DC    C'M('
ACNCMSD  DC    C'CUU'
         DC    C')'' IS NOT A CMS DISK'
ACNCMLEN EQU   *-ACNCMS
ACNAMSG  DC    C'DMSACC113S DISK '''
ACNAM    DC    C'M('
ACNAD    DC    C'CUU'
         DC    C')'' NOT ATTACHED'
ACNALEN  EQU   *-ACNAMSG
ACBDMSG  DC    C'DMSACC017E INVALID DEVICE ADDRESS '''
ACBDV    DC    C'CUU'''
ACBDLEN  EQU   *-ACBDMSG
ACBMMSG  DC    C'DMSACC048E INVALID MODE '''
ACBMV    DC    C'M '''
ACBMLEN  EQU   *-ACBMMSG
RLBMMSG  DC    C'DMSARL048E INVALID MODE '''
RLBMV    DC    C'M '''
RLBMLEN  EQU   *-RLBMMSG
RLNAMSG  DC    C'DMSARL049E DISK '''
RLNAV    DC    C'M'
         DC    C''' NOT ACCESSED'
RLNALEN  EQU   *-RLNAMSG
ACSAVE   DS    18F
         END
