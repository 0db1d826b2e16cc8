         TITLE 'LISTF - LIST FILES'
***********************************************************************
* LISTF [fn [ft [fm]]] [(LABEL]: types the files of the accessed      *
* disks whose names match, one a line (GH20-0859: LISTF; LISTFILE is  *
* VM/370's name for it). fn and ft may be * (any) or end in * (any    *
* name beginning so); fm is a mode letter, or * (default): every disk *
* in the search order; a number after the letter must match too.      *
* Without options a line is 'fn ft fm'; with (L or (LABEL it is       *
* VM/370's long form: format, record length, records, blocks, date    *
* and time, under a heading.                                          *
*   DMSLST002E FILE NOT FOUND                      28                 *
*   DMSLST048E INVALID MODE 'fm'                   24                 *
*   DMSLST069E DISK 'm' NOT ACCESSED               36                 *
***********************************************************************
         PRINT NOGEN
         REGEQU
         ADT
         MFDD
         FSTD
         PRINT GEN
LISTF    CSECT
         USING LISTF,R12
         STM   R14,R12,12(R13)
         LR    R12,R15
         ST    R13,LFSAVE+4
         LA    R13,LFSAVE
         LR    R9,R1
         MVC   LFKEY,=CL18'*       *       * '
         MVI   LFLONG,0
         LA    R1,8(,R9)          the arguments, up to an option
         LA    R2,LFKEY
         LA    R3,3
LFARG    CLI   0(R1),X'FF'
         BE    LFARGEND
         CLI   0(R1),C'('
         BE    LFOPT
         MVC   0(8,R2),0(R1)
         LA    R1,8(,R1)
         LA    R2,8(,R2)
         BCT   R3,LFARG
LFOPT    CLI   0(R1),C'('         (L or (LABEL
         BNE   LFARGEND
         CLI   8(R1),C'L'
         BNE   LFARGEND
         MVI   LFLONG,1
LFARGEND CLI   LFKEY+18,C' '      the mode is two characters at most
         BNE   LFBADMOD
         MVC   LFKEY+18(6),=CL6' '
         LA    R1,LFKEY+16
         L     R15,=V(CHKMODE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   LFBADMOD
         CLI   LFLONG,0
         BE    LFDISKS
         WRTERM LFHEAD,LFHEADL
*
* The disks: every one in the search order, or the mode's.
LFDISKS  SR    R10,R10            files listed
         CLI   LFKEY+16,C'*'
         BNE   LFONE
         SR    R1,R1
LFNEXT   L     R15,=V(NEXTADT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   LFEND
         LR    R7,R1
         BAL   R14,LFDISK
         LR    R1,R7
         B     LFNEXT
LFONE    SR    R1,R1
         IC    R1,LFKEY+16
         L     R15,=V(FINDADT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   LFNOTACC
         LR    R7,R1
         BAL   R14,LFDISK
LFEND    LTR   R10,R10
         BNZ   LFRC0
         WRTERM 'DMSLST002E FILE NOT FOUND'
         LA    R15,28
         B     LFRET
LFRC0    SR    R15,R15
         B     LFRET
LFNOTACC MVC   LFNAM,LFKEY+16
         WRTERM LFNAMSG,LFNALEN
         LA    R15,36
         B     LFRET
LFBADMOD MVC   LFBMM,LFKEY+16
         WRTERM LFBMMSG,LFBMLEN
         LA    R15,24
LFRET    L     R13,LFSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
***********************************************************************
* LFDISK: R7 -> ADT: its matching files typed; R10 counts them.       *
***********************************************************************
LFDISK   ST    R14,LFDR14
         LR    R8,R7
         A     R8,=A(ADTFSTB-ADT)
         LA    R6,MFDMAXFB*FSTPERBL
         USING FSTD,R8
LFFILE   CLI   FSTFNAME,0
         BE    LFSKIP
         LA    R1,LFKEY
         LA    R2,FSTFNAME
         L     R15,=V(FNMATCH)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   LFSKIP
         LA    R1,LFKEY+8
         LA    R2,FSTFTYPE
         L     R15,=V(FNMATCH)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   LFSKIP
         CLI   LFKEY+17,C' '      a mode number must match
         BE    LFSHOW
         CLC   LFKEY+17(1),FSTFMODE+1
         BNE   LFSKIP
LFSHOW   LA    R10,1(,R10)
         MVC   LFLINE,=CL80' '
         MVC   LFLINE(8),FSTFNAME
         MVC   LFLINE+9(8),FSTFTYPE
         MVC   LFLINE+18(1),0(R7)   the letter it is accessed as
         MVC   LFLINE+19(1),FSTFMODE+1
         LA    R2,20
         CLI   LFLONG,0
         BE    LFTYPE
         MVC   LFLINE+23(1),FSTRECFM
         L     R0,FSTLRECL
         LA    R1,LFLINE+26
         BAL   R14,NUMOUT
         LH    R0,FSTRECCT
         LA    R1,LFLINE+33
         BAL   R14,NUMOUT
         LH    R0,FSTBLKCT
         LA    R1,LFLINE+40
         BAL   R14,NUMOUT
         LA    R1,LFLINE+48       MM/DD/YY HH:MM
         IC    R0,FSTDATEW
         BAL   R14,BCDOUT
         MVI   0(R1),C'/'
         IC    R0,FSTDATEW+1
         LA    R1,1(,R1)
         BAL   R14,BCDOUT
         MVI   0(R1),C'/'
         IC    R0,FSTYEARW+1
         LA    R1,1(,R1)
         BAL   R14,BCDOUT
         IC    R0,FSTTIMEW
         LA    R1,1(,R1)
         BAL   R14,BCDOUT
         MVI   0(R1),C':'
         IC    R0,FSTTIMEW+1
         LA    R1,1(,R1)
         BAL   R14,BCDOUT
         LA    R2,62
LFTYPE   LA    R1,LFLINE
         WRTERM (R1),(R2)
LFSKIP   LA    R8,FSTSIZE(,R8)
         BCT   R6,LFFILE
         DROP  R8
         L     R14,LFDR14
         BR    R14
*
* NUMOUT: R0 (0-9999999) right-aligned in 6 columns ending at R1+5.
NUMOUT   CVD   R0,LFDEC
         MVC   LFNUM,=X'4020202020202120'
         ED    LFNUM,LFDEC+4
         MVC   0(6,R1),LFNUM+2
         BR    R14
* BCDOUT: the two decimal digits of the byte in R0 at R1; R1 += 2.
BCDOUT   STC   R0,LFBYTE
         UNPK  LFPAIR(3),LFBYTE(2)
         MVC   0(2,R1),LFPAIR
         OC    0(2,R1),=C'00'
         LA    R1,2(,R1)
         BR    R14
*
         LTORG
LFKEY    DS    CL24
LFLONG   DS    X
LFBYTE   DC    X'000F'
LFPAIR   DS    CL3
         DS    0D
LFDEC    DS    D
LFNUM    DS    CL8
LFDR14   DS    F
LFHEAD   DC    C'FILENAME FILETYPE FM FORMAT LRECL   RECS BLOCKS '
         DC    C'  DATE   TIME'
LFHEADL  EQU   *-LFHEAD
LFLINE   DS    CL80
LFNAMSG  DC    C'DMSLST069E DISK '''
LFNAM    DC    C'M'
         DC    C''' NOT ACCESSED'
LFNALEN  EQU   *-LFNAMSG
LFBMMSG  DC    C'DMSLST048E INVALID MODE '''
LFBMM    DC    C'MM'
         DC    C''''
LFBMLEN  EQU   *-LFBMMSG
LFSAVE   DS    18F
         END
