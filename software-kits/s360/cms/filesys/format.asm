         TITLE 'FORMAT - MAKE A NEW CMS DISK'
***********************************************************************
* FORMAT cuu mode: makes the disk at cuu an empty CMS disk and        *
* accesses it (GH20-0859: FORMAT; the questions and messages are      *
* VM/370's). The drive's model and size are found by seeking: a 2311  *
* has 10 heads, a 2314 20, and the cylinders end where a seek is      *
* refused. After YES and a label, every track gets its 800-byte       *
* records (4 on a 2311, 7 on a 2314: written with their counts after *
* a search for R0), track 0 first; then the QMSK, the label and last  *
* the MFD: a FORMAT cut short leaves a disk without an MFD, which     *
* ACCESS refuses, never a half-empty one that looks whole. Block 1    *
* gets a disabled wait PSW and a NOP CCW, so IPL from the disk stops  *
* cleanly.                                                            *
*   DMSFOR603R FORMAT WILL ERASE ALL FILES ON DISK 'm(cuu)'. DO YOU   *
*              WISH TO CONTINUE? (YES|NO):                            *
*   DMSFOR605R ENTER DISK LABEL:                                      *
*   DMSFOR733I FORMATTING DISK 'm'                                    *
*   DMSFOR732I 'n' CYLINDERS FORMATTED ON DISK 'm(cuu)'               *
*   DMSFOR017E INVALID DEVICE ADDRESS 'cuu'        24                 *
*   DMSFOR048E INVALID MODE 'm'                    24                 *
*   DMSFOR037E DISK 'm(cuu)' IS READ/ONLY          36 (the IPL disk)  *
*   DMSFOR113S DISK 'cuu' NOT ATTACHED OR NOT A 2311 OR 2314   100    *
*   DMSFOR125S PERMANENT UNIT CHECK ON DISK 'm(cuu)'           100    *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         ADT
         MFDD
         PRINT GEN
FORMAT   CSECT
         USING NUCON,R0
         USING FORMAT,R12,R11
         STM   R14,R12,12(R13)
         LR    R12,R15
         LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         ST    R13,FMSAVE+4
         LA    R13,FMSAVE
         LR    R9,R1
         MVC   FMDEV,=C'???'
         LA    R1,8(,R9)          the device
         CLI   0(R1),X'FF'
         BE    FMBADDEV
         MVC   FMDEV,0(R1)
         L     R15,=V(HEXTOK)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   FMBADDEV
         C     R0,=F'4095'
         BH    FMBADDEV
         LR    R7,R0
         LA    R1,FMDEV
         L     R15,=V(HEXOUT3)
         BALR  R14,R15
         MVC   FMMODE,=C'A '      the mode letter
         CLI   16(R9),X'FF'
         BE    FMCHKRO
         MVC   FMMODE,16(R9)
         CLI   17(R9),C' '
         BNE   FMBADMOD
         LA    R1,FMMODE
         L     R15,=V(CHKMODE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   FMBADMOD
         CLI   FMMODE,C'*'
         BE    FMBADMOD
FMCHKRO  MVC   FMMM(1),FMMODE     'm(cuu)' for the messages
         MVC   FMMD,FMDEV
         MVC   FMRM(1),FMMODE
         MVC   FMRD(3),FMDEV
         MVC   FMIM(1),FMMODE
         MVC   FMID(3),FMDEV
         CH    R7,NUCIPLDV        never the system disk
         BE    FMRO
         LR    R0,R7              nor a disk accessed read-only
         L     R15,=V(FINDDEV)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   FMPROBE
         USING ADT,R1
         TM    ADTFLAGS,ADTRO
         BO    FMRO
         DROP  R1
*
* The drive: heads and cylinders by seeking.
FMPROBE  STH   R7,FMADT+ADTDEV-ADT
         XC    FMSEEK,FMSEEK
         MVI   FMSEEK+5,9         head 9: a 2311 or 2314 answers
         BAL   R14,SEEKTRY
         LTR   R15,R15
         BNZ   FMNODISK
         MVI   FMSEEK+5,20        head 20: a 2301 drum answers too
         BAL   R14,SEEKTRY
         LTR   R15,R15
         BZ    FMNODISK
         LA    R4,10              2311: 10 heads, 4 records a track
         LA    R5,4
         MVI   FMDEVT,X'11'
         MVI   FMSEEK+5,10
         BAL   R14,SEEKTRY
         LTR   R15,R15
         BNZ   FMGEOM
         LA    R4,20              2314: 20 heads, 7 records
         LA    R5,7
         MVI   FMDEVT,X'14'
FMGEOM   STH   R4,FMADT+ADTHEADS-ADT
         STH   R5,FMADT+ADTRPT-ADT
         MVI   FMSEEK+5,0
         LA    R6,1               cylinders: the first refused seek
FMCYL    STH   R6,FMSEEK+2
         BAL   R14,SEEKTRY
         LTR   R15,R15
         BNZ   FMCYLS
         LA    R6,1(,R6)
         CH    R6,=H'4000'
         BL    FMCYL
FMCYLS   ST    R6,FMNCYL
* No more blocks than a halfword numbers.
         LR    R1,R6
         MH    R1,FMADT+ADTHEADS-ADT
         MH    R1,FMADT+ADTRPT-ADT
         C     R1,=F'65535'
         BNH   FMNUMOK
         L     R1,=F'65535'
         SR    R0,R0
         LH    R3,FMADT+ADTHEADS-ADT
         MH    R3,FMADT+ADTRPT-ADT
         DR    R0,R3
         ST    R1,FMNCYL
         MR    R0,R3
FMNUMOK  ST    R1,FMNUM
         STH   R1,FMADT+ADTNUM-ADT
*
* The questions.
         WRTERM FMASK,FMASKL
         RDTERM FMREPLY,UPCASE=YES
         CLC   FMREPLY(3),=C'YES'
         BNE   FMNO
         MVC   FMLABEL,=CL6' '
         WRTERM 'DMSFOR605R ENTER DISK LABEL:'
         RDTERM FMREPLY,UPCASE=YES
         LTR   R0,R0
         BNP   FMLABDEF
         CH    R0,=H'6'
         BNH   *+8
         LA    R0,6
         BCTR  R0,0
         LR    R1,R0
         EX    R1,FMLABMVC
         B     FMRELEAS
FMLABDEF MVC   FMLABEL,=C'CMS191'
FMRELEAS MVC   FMFM(1),FMMODE
         WRTERM FMING,FMINGL
* The mode's disk and any disk on the device are released.
         SR    R1,R1
         IC    R1,FMMODE
         L     R15,=V(FINDADT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   FMREL2
         L     R15,=V(AFTDISK)
         BALR  R14,R15
         SR    R1,R1
         IC    R1,FMMODE
         L     R15,=V(RELDISK)
         BALR  R14,R15
FMREL2   LR    R0,R7
         L     R15,=V(FINDDEV)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   FMTRACKS
         LR    R2,R1
         L     R15,=V(AFTDISK)
         BALR  R14,R15
         SR    R1,R1
         IC    R1,0(,R2)
         L     R15,=V(RELDISK)
         BALR  R14,R15
*
* Every track: seek, search R0, then R1-Rk, each count then 800 zeros.
FMTRACKS SR    R6,R6              cylinder
FMTCYL   SR    R8,R8              head
FMTHEAD  STH   R6,FMSEEK+2
         STH   R8,FMSEEK+4
         MVC   FMR0(4),FMSEEK+2
         LA    R2,FMCOUNTS        the counts: CC HH R 0 0320
         LA    R3,1
         LH    R4,FMADT+ADTRPT-ADT
FMTCNT   MVC   0(4,R2),FMSEEK+2
         STC   R3,4(,R2)
         MVC   5(3,R2),=X'000320'
         LA    R2,8(,R2)
         LA    R3,1(,R3)
         BCT   R4,FMTCNT
         LH    R1,FMADT+ADTRPT-ADT   the last record ends the chain
         SLL   R1,4
         LA    R1,FMWRITE-16(R1)
         NI    12(R1),255-X'40'
         LA    R1,FMFMT
         BAL   R14,RUNCP
         LH    R1,FMADT+ADTRPT-ADT
         SLL   R1,4
         LA    R1,FMWRITE-16(R1)
         OI    12(R1),X'40'
         LTR   R15,R15
         BNZ   FMIOERR
         LA    R8,1(,R8)
         CH    R8,FMADT+ADTHEADS-ADT
         BL    FMTHEAD
         LA    R6,1(,R6)
         C     R6,FMNCYL
         BL    FMTCYL
*
* Block 1 for IPL, the QMSK, the label, the MFD last.
         BAL   R14,CLRBLK
         MVC   FMBLK(16),=X'00020000000000000300000000000001'
         LA    R0,1
         BAL   R14,WRITEBLK
         BNZ   FMIOERR
         L     R5,FMNUM           QMSK blocks: ADTNUM / 6400 rounded up
         A     R5,=F'6399'
         SR    R4,R4
         D     R4,=F'6400'
         ST    R5,FMQBLKS
         SR    R10,R10            QMSK block index
FMQLOOP  BAL   R14,CLRBLK
         LR    R3,R10             first block this one maps
         MH    R3,=H'6400'
         LA    R3,1(,R3)
         LA    R8,FMBLK
         L     R4,=F'6400'
FMQBIT   C     R3,=F'5'           blocks 1-4 and the QMSK's in use
         BL    FMQSET
         L     R0,FMQBLKS
         A     R0,=F'4'
         CR    R3,R0
         BNH   FMQSET
         C     R3,FMNUM           and those past the disk
         BH    FMQSET
         B     FMQNEXT
FMQSET   LR    R1,R3
         BCTR  R1,0
         N     R1,=F'7'
         IC    R1,FMBITS(R1)
         STC   R1,FMBYTE
         OC    0(1,R8),FMBYTE
FMQNEXT  LR    R1,R3              the next byte after bit 8
         N     R1,=F'7'
         BNZ   *+8
         LA    R8,1(,R8)
         LA    R3,1(,R3)
         BCT   R4,FMQBIT
         LA    R0,5(,R10)         at block 5 + index
         BAL   R14,WRITEBLK
         BNZ   FMIOERR
         LA    R10,1(,R10)
         C     R10,FMQBLKS
         BL    FMQLOOP
         MVC   FMBLK(80),=CL80' ' the label
         MVC   FMBLK+80(200),FMBLK
         MVC   FMBLK+280(200),FMBLK
         MVC   FMBLK+480(200),FMBLK
         MVC   FMBLK+680(120),FMBLK
         MVC   FMBLK(4),=C'VOL1'
         MVC   FMBLK+4(6),FMLABEL
         MVC   FMBLK+10(8),=C'CMS=800 '
         LA    R0,LABELBLK
         BAL   R14,WRITEBLK
         BNZ   FMIOERR
         BAL   R14,CLRBLK         the MFD: no files yet
         LA    R8,FMBLK
         USING MFDD,R8
         MVC   MFDSENT,=Y(MFDSENTV)
         L     R1,FMQBLKS
         LA    R2,MFDQMSK
         LA    R3,5
FMMQ     STH   R3,0(,R2)
         LA    R2,2(,R2)
         LA    R3,1(,R3)
         BCT   R1,FMMQ
         L     R1,FMNUM
         STH   R1,MFDNUM
         L     R2,FMQBLKS
         LA    R2,4(,R2)
         STH   R2,MFDUSED
         STH   R2,MFDLAST
         SR    R1,R2
         STH   R1,MFDLEFT
         L     R1,FMNCYL
         STH   R1,MFDCYL
         MVC   MFDRPT,FMADT+ADTRPT-ADT
         MVC   MFDHEADS,FMADT+ADTHEADS-ADT
         MVC   MFDDEVT,FMDEVT
         MVI   MFDVER,1
         DROP  R8
         LA    R0,MFDBLK
         BAL   R14,WRITEBLK
         BNZ   FMIOERR
*
* Accessed under its mode, and said.
         LR    R0,R7
         SR    R1,R1
         IC    R1,FMMODE
         SR    R2,R2
         L     R15,=V(ACCDISK)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   FMIOERR
         L     R1,FMNCYL
         CVD   R1,FMDEC
         MVC   FMNUMED,=X'40202120'
         ED    FMNUMED,FMDEC+6
         LA    R1,FMNUMED+1       the number without its blanks
         CLI   0(R1),C' '
         BNE   *+12
         LA    R1,1(,R1)
         B     *-12
         LA    R2,FMNUMED+4
         SR    R2,R1
         MVC   FMDONEN,=CL3' '
         BCTR  R2,0
         EX    R2,FMNMVC
         LA    R1,FMDONE
         LA    R2,FMDONEN+1(R2)
         MVC   0(FMDONETL,R2),FMDONET
         MVC   FMDONEM-FMDONET(1,R2),FMMODE
         MVC   FMDONED-FMDONET(3,R2),FMDEV
         LA    R2,FMDONETL(,R2)
         SR    R2,R1
         WRTERM (R1),(R2)
         SR    R15,R15
         B     FMRET
*
FMNO     SR    R15,R15            NO: nothing done
         B     FMRET
FMRO     WRTERM FMROMSG,FMROL
         LA    R15,36
         B     FMRET
FMNODISK MVC   FMNDD,FMDEV
         WRTERM FMNDMSG,FMNDL
         LA    R15,100
         B     FMRET
FMIOERR  WRTERM FMIOMSG,FMIOL
         LA    R15,100
         B     FMRET
FMBADDEV MVC   FMBDV(3),FMDEV
         WRTERM FMBDMSG,FMBDL
         LA    R15,24
         B     FMRET
FMBADMOD MVC   FMBMM(2),16(R9)
         WRTERM FMBMMSG,FMBML
         LA    R15,24
FMRET    L     R13,FMSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
FMLABMVC MVC   FMLABEL(0),FMREPLY
FMNMVC   MVC   FMDONEN(0),0(R1)
*
* CLRBLK: FMBLK all zeros.
CLRBLK   XC    FMBLK(200),FMBLK
         XC    FMBLK+200(200),FMBLK+200
         XC    FMBLK+400(200),FMBLK+400
         XC    FMBLK+600(200),FMBLK+600
         BR    R14
*
* SEEKTRY: a seek to FMSEEK on the drive (R7): R15 = 0 when done.
SEEKTRY  ST    R14,STR14
         LA    R1,FMSEEKCP
         BAL   R14,RUNCP
         L     R14,STR14
         BR    R14
*
* WRITEBLK: FMBLK to block R0 (WRBLK on FMADT); CC zero when written.
WRITEBLK ST    R14,WBR14
         LA    R1,FMADT
         LA    R2,FMBLK
         L     R15,=V(WRBLK)
         BALR  R14,R15
         L     R14,WBR14
         LTR   R15,R15
         BR    R14
*
* RUNCP: the channel program at R1 on the drive (R7), to its end.
* R15 = 0, or 4 (not operational, unit check, unit exception, a
* channel error).
RUNCP    ST    R14,RCR14
         ST    R1,CAW
         LA    R3,100
RCSTART  SIO   0(R7)
         BC    B'1000',RCWAIT
         BC    B'0001',RCBAD
         BC    B'0100',RCBAD      status at once: an error
         LR    R1,R7              busy: wait, then again
         L     R15,=V(WAITDEV)
         BALR  R14,R15
         L     R1,CAW
         BCT   R3,RCSTART
         B     RCBAD
RCWAIT   LR    R1,R7
         L     R15,=V(WAITDEV)
         BALR  R14,R15
         STH   R15,FMSTAT
         TM    FMSTAT,X'03'
         BNZ   RCBAD
         CLI   FMSTAT+1,0
         BNE   RCBAD
         SR    R15,R15
         B     RCRET
RCBAD    LA    R15,4
RCRET    L     R14,RCR14
         BR    R14
*
         LTORG
         DS    0D
FMSEEKCP CCW   X'07',FMSEEK,0,6
FMFMT    CCW   X'07',FMSEEK,X'40',6
FMSRCH   CCW   X'31',FMR0,X'40',5
         CCW   X'08',FMSRCH,0,0
FMWRITE  CCW   X'1D',FMCOUNTS,X'80',8     R1: count ...
         CCW   0,FMZERO,X'40',800         ... and data
         CCW   X'1D',FMCOUNTS+8,X'80',8   R2
         CCW   0,FMZERO,X'40',800
         CCW   X'1D',FMCOUNTS+16,X'80',8  R3
         CCW   0,FMZERO,X'40',800
         CCW   X'1D',FMCOUNTS+24,X'80',8  R4
         CCW   0,FMZERO,X'40',800
         CCW   X'1D',FMCOUNTS+32,X'80',8  R5
         CCW   0,FMZERO,X'40',800
         CCW   X'1D',FMCOUNTS+40,X'80',8  R6
         CCW   0,FMZERO,X'40',800
         CCW   X'1D',FMCOUNTS+48,X'80',8  R7
         CCW   0,FMZERO,X'40',800
FMSEEK   DC    XL6'00'
FMR0     DC    XL5'00'
FMCOUNTS DS    7XL8
FMSTAT   DS    H
FMDEVT   DS    X
FMBYTE   DS    X
FMBITS   DC    X'8040201008040201'
         DS    0F
FMNCYL   DS    F
FMNUM    DS    F
FMQBLKS  DS    F
STR14    DS    F
WBR14    DS    F
RCR14    DS    F
FMDEC    DS    D
FMNUMED  DS    CL4
FMMODE   DC    CL2' '
FMDEV    DC    CL3' '
FMLABEL  DC    CL6' '
FMREPLY  DS    CL130
FMASK    DC    C'DMSFOR603R FORMAT WILL ERASE ALL FILES ON DISK '''
FMMM     DC    C'M('
FMMD     DC    C'CUU'
         DC    C')''. DO YOU WISH TO CONTINUE? (YES|NO):'
FMASKL   EQU   *-FMASK
FMING    DC    C'DMSFOR733I FORMATTING DISK '''
FMFM     DC    C'M'''
FMINGL   EQU   *-FMING
FMDONE   DC    C'DMSFOR732I '''
FMDONEN  DC    CL3' '
FMDONET  DC    C''' CYLINDERS FORMATTED ON DISK '''
FMDONEM  DC    C'M('
FMDONED  DC    C'CUU)'''
FMDONETL EQU   *-FMDONET
         DS    CL(FMDONETL)
FMROMSG  DC    C'DMSFOR037E DISK '''
FMRM     DC    C'M('
FMRD     DC    C'CUU)'' IS READ/ONLY'
FMROL    EQU   *-FMROMSG
FMNDMSG  DC    C'DMSFOR113S DISK '''
FMNDD    DC    C'CUU'
         DC    C''' NOT ATTACHED OR NOT A 2311 OR 2314'
FMNDL    EQU   *-FMNDMSG
FMIOMSG  DC    C'DMSFOR125S PERMANENT UNIT CHECK ON DISK '''
FMIM     DC    C'M('
FMID     DC    C'CUU)'''
FMIOL    EQU   *-FMIOMSG
FMBDMSG  DC    C'DMSFOR017E INVALID DEVICE ADDRESS '''
FMBDV    DC    C'CUU'''
FMBDL    EQU   *-FMBDMSG
FMBMMSG  DC    C'DMSFOR048E INVALID MODE '''
FMBMM    DC    C'MM'''
FMBML    EQU   *-FMBMMSG
FMSAVE   DS    18F
         DS    0D
FMADT    DC    XL(ADTMFD-ADT)'00'
FMBLK    DS    0XL200
         DS    800X
FMZERO   DC    800X'00'
         END
