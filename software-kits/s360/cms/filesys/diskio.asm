         TITLE 'DISKIO - READ AND WRITE ONE 800-BYTE CMS BLOCK'
***********************************************************************
* DISKIO: the file system's only disk I/O. A CMS disk is 800-byte     *
* records without keys, k to a track (4 on a 2311, 7 on a 2314: the   *
* MFD says how many), numbered from 1 across the tracks (CMS PLM and  *
* SY20-0887: disk addresses are relative block numbers). A block is   *
* read or rewritten by a channel program of its own: seek, search ID  *
* equal on its record until found, then read or write its data. A    *
* block is never written with its count: FORMAT has laid every        *
* record, so a write changes 800 bytes and nothing else on the track. *
*                                                                     *
*   RDBLK / WRBLK  BALR R14,R15, R13 -> 18-word save area             *
*     R0 = block number, R1 -> ADT of the disk, R2 -> 800-byte buffer *
*     R15 = 0, or 3 (CMS's "permanent I/O error"): the device is not  *
*     there, ends with unit check, unit exception or a channel error, *
*     or the block is outside the disk.                               *
* The wait for the device's ending is the nucleus's WAITDEV.          *
* Under CP the same chain goes to CP by DIAGNOSE X'18' (reference     *
* 16.2: one record, R15 = 1), which ends when the I/O has, with no    *
* interruption: the CP-67 CMS's way. SET DIAG OFF keeps channel       *
* programs under CP too, so that the two can be measured.             *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         ADT
         MFDD
         PRINT GEN
DISKIO   CSECT
         ENTRY RDBLK,WRBLK
*
         USING RDBLK,R15
RDBLK    STM   R14,R12,12(R13)
         LA    R3,X'06'           read data
         B     DIOGO
         DROP  R15
         USING WRBLK,R15
WRBLK    STM   R14,R12,12(R13)
         LA    R3,X'05'           write data
         B     DIOGO
         DROP  R15
*
DIOGO    BALR  R12,0
         USING *,R12
         USING NUCON,R0
         USING ADT,R1
         ST    R13,DIOSAVE+4
         LA    R13,DIOSAVE
         LTR   R5,R0              a block of this disk?
         BNP   DIOBAD
         CH    R5,ADTNUM
         BH    DIOBAD
*                                 block -> track and record, track ->
*                                 cylinder and head
         BCTR  R5,0
         SR    R4,R4
         LH    R6,ADTRPT
         DR    R4,R6              R5 = track, R4 = record - 1
         LA    R4,1(,R4)
         STC   R4,DIOSRCH+4
         SR    R4,R4
         LH    R6,ADTHEADS
         DR    R4,R6              R5 = cylinder, R4 = head
         STH   R5,DIOSEEK+2
         STH   R4,DIOSEEK+4
         MVC   DIOSRCH(4),DIOSEEK+2   CC HH of the search argument
         STC   R3,DIOXFER         read or write data ...
         ST    R2,DIOWORK
         MVC   DIOXFER+1(3),DIOWORK+1 ... at the caller's buffer
         LH    R7,ADTDEV
         DROP  R1
         TM    NUCFLAGS,NUCFCP    under CP: DIAGNOSE X'18'
         BZ    DIOSIO
         TM    NUCSETS,NUCSNDIA
         BO    DIOSIO
         LA    R8,DIOCCW
         LA    R15,1              one record
         DC    X'83780018'        DIAGNOSE R7,R8,X'18'
         BC    B'1000',DIOOK      cc 0: done
         B     DIOBAD             cc 1-3: R15 says why
*
* START I/O. A busy device (CC 2) is still ending something of ours:
* wait for that and start again, a bounded number of times.
DIOSIO   LA    R8,100
DIOSTART LA    R1,DIOCCW
         ST    R1,CAW
         SIO   0(R7)
         BC    B'1000',DIOWAIT    CC 0: started
         BC    B'0001',DIOBAD     CC 3: not operational
         BC    B'0100',DIOCSW     CC 1: status stored at once
         LR    R1,R7              CC 2: busy
         L     R15,=V(WAITDEV)
         BALR  R14,R15
         BCT   R8,DIOSTART
         B     DIOBAD
DIOCSW   TM    CSW+4,X'03'        unit check or unit exception
         BNZ   DIOBAD
         B     DIOBAD             nothing else ends a disk at once
*
DIOWAIT  LR    R1,R7
         L     R15,=V(WAITDEV)
         BALR  R14,R15
         LTR   R15,R15
         BZ    DIOBAD             no status at all
         STH   R15,DIOWORK
         TM    DIOWORK,X'03'      unit check, unit exception
         BNZ   DIOBAD
         CLI   DIOWORK+1,0        channel status
         BNE   DIOBAD
DIOOK    SR    R15,R15
         B     DIORET
DIOBAD   LA    R15,3
DIORET   L     R13,DIOSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
         LTORG
         DS    0D
DIOCCW   CCW   X'07',DIOSEEK,X'40',6        seek BB CC HH
DIOSRCHC CCW   X'31',DIOSRCH,X'40',5        search ID equal CC HH R
         CCW   X'08',DIOSRCHC,0,0           until found
DIOXFER  CCW   X'06',0,0,BLKSIZE            read or write the data
DIOSEEK  DC    XL6'00'
DIOSRCH  DC    XL5'00'
         DS    0F
DIOWORK  DS    F
DIOSAVE  DS    18F
         END
