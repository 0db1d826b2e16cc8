         TITLE 'LISTF - LIST FILES'
***********************************************************************
* LISTF [fn [ft [fm]]] [(options]: types the files of the accessed   *
* disks whose names match, one a line (GH20-0859: LISTF; LISTFILE is  *
* VM/370's name for it). fn and ft may be * (any) or end in * (any    *
* name beginning so); fm is a mode letter, or * (default): every disk *
* in the search order; a number after the letter must match too.      *
* Without options a line is 'fn ft fm'. The options (shortest form):  *
*   LABEL (L), DATE (D)  format, record length, records, blocks, date *
*                        and time, under a heading (VM/370's DATE     *
*                        form; our LABEL has always been it)          *
*   FORMAT (FO)          format, record length and records            *
*   HEADER (H), NOHEADER (NOH)  the heading, or none                  *
*   EXEC (E)             CMS EXEC A1 made anew: a record '&1 &2 fn ft *
*                        fm' a file (LISTFEX); nothing typed          *
*   APPEND (A)           the same records added to CMS EXEC A1        *
*   NOTYPE (NOT)         nothing typed (the return code says whether *
*                        a file matched)                              *
*   DMSLST002E FILE NOT FOUND                      28                 *
*   DMSLST003E INVALID OPTION 'x'                  24                 *
*   DMSLST048E INVALID MODE 'fm'                   24                 *
*   DMSLST069E DISK 'm' NOT ACCESSED               36                 *
* and LISTFEX's messages for CMS EXEC.                                *
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
         MVI   LFOPTS,0
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
LFOPT    CLI   0(R1),C'('         the options, up to ) or the end
         BNE   LFARGEND
LFOPT1   LA    R1,8(,R1)
         CLI   0(R1),X'FF'
         BE    LFARGEND
         CLI   0(R1),C')'
         BE    LFARGEND
         LA    R2,OPTTAB          its name, as long as its shortest
LFOPT2   CLI   0(R2),X'FF'        form
         BE    LFBADOPT
         LA    R3,8               the word's length
LFOPT3   LA    R4,0(R3,R1)
         BCTR  R4,0
         CLI   0(R4),C' '
         BNE   LFOPT4
         BCT   R3,LFOPT3
LFOPT4   IC    R4,8(,R2)
         N     R4,=F'255'
         CR    R3,R4
         BL    LFOPT5
         BCTR  R3,0
         EX    R3,LFOPTCLC
         BE    LFOPT6
LFOPT5   LA    R2,OPTLEN(,R2)
         B     LFOPT2
LFOPT6   OC    LFOPTS,9(R2)
         B     LFOPT1
LFOPTCLC CLC   0(0,R1),0(R2)
LFBADOPT MVC   LFBOW,0(R1)        the word, its trailing blanks cut
         LA    R2,LFBOW+7
LFBADO1  CLI   0(R2),C' '
         BNE   LFBADO2
         BCTR  R2,0
         B     LFBADO1
LFBADO2  MVI   1(R2),C''''
         LA    R2,2(,R2)
         LA    R1,LFBOMSG
         SR    R2,R1
         WRTERM (R1),(R2)
         LA    R15,24
         B     LFRET
LFARGEND TM    LFOPTS,OPTLONG     the form of a line
         BZ    *+8
         MVI   LFLONG,1
         TM    LFOPTS,OPTFMT
         BZ    LFARGE2
         CLI   LFLONG,0
         BNE   LFARGE2
         MVI   LFLONG,2
LFARGE2  TM    LFOPTS,OPTEXEC+OPTAPP   CMS EXEC: nothing typed
         BZ    LFARGE3
         OI    LFOPTS,OPTNOTY
         SR    R0,R0
         TM    LFOPTS,OPTAPP
         BZ    *+8
         LA    R0,1
         L     R15,=V(LFXOPEN)
         BALR  R14,R15
LFARGE3  CLI   LFKEY+18,C' '      the mode is two characters at most
         BNE   LFBADMOD
         MVC   LFKEY+18(6),=CL6' '
         LA    R1,LFKEY+16
         L     R15,=V(CHKMODE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   LFBADMOD
         TM    LFOPTS,OPTNOTY     the heading: with the long forms
         BO    LFDISKS            or HEADER, unless NOHEADER
         TM    LFOPTS,OPTNOHD
         BO    LFDISKS
         LA    R2,LFHEADL
         CLI   LFLONG,1
         BE    LFHEADGO
         LA    R2,LFHEADF
         CLI   LFLONG,2
         BE    LFHEADGO
         LA    R2,20
         TM    LFOPTS,OPTHEAD
         BZ    LFDISKS
LFHEADGO LA    R1,LFHEAD
         WRTERM (R1),(R2)
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
LFEND    SR    R15,R15            CMS EXEC written and committed
         TM    LFOPTS,OPTEXEC+OPTAPP
         BZ    LFEND1
         L     R15,=V(LFXCLOSE)
         BALR  R14,R15
LFEND1   LTR   R10,R10
         BNZ   LFRET              (LFXCLOSE's code, or 0)
         WRTERM 'DMSLST002E FILE NOT FOUND'
         LA    R15,28
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
         SR    R8,R8              every entry of its FST blocks
         USING FSTD,R8
LFFILE   LR    R1,R7
         LR    R2,R8
         L     R15,=V(NXTFST)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   LFDRET
         LR    R8,R2
         CLI   FSTFNAME,0
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
         LA    R2,39
         CLI   LFLONG,2           FORMAT: no more
         BE    LFTYPE
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
LFTYPE   TM    LFOPTS,OPTEXEC+OPTAPP
         BZ    LFTYPE1
         LA    R1,LFLINE          its record in CMS EXEC
         L     R15,=V(LFXPUT)
         BALR  R14,R15
LFTYPE1  TM    LFOPTS,OPTNOTY
         BO    LFSKIP
         LA    R1,LFLINE
         WRTERM (R1),(R2)
LFSKIP   B     LFFILE
         DROP  R8
LFDRET   L     R14,LFDR14
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
LFLONG   DS    X                  0 short, 1 DATE/LABEL, 2 FORMAT
LFOPTS   DS    X                  the options given
OPTLONG  EQU   X'80'
OPTFMT   EQU   X'40'
OPTHEAD  EQU   X'20'
OPTNOHD  EQU   X'10'
OPTEXEC  EQU   X'08'
OPTAPP   EQU   X'04'
OPTNOTY  EQU   X'02'
* OPTTAB: an option's name, its shortest form's length, its bit.
OPTTAB   DC    CL8'LABEL',AL1(1,OPTLONG)
OPTLEN   EQU   *-OPTTAB
         DC    CL8'DATE',AL1(1,OPTLONG)
         DC    CL8'FORMAT',AL1(2,OPTFMT)
         DC    CL8'HEADER',AL1(1,OPTHEAD)
         DC    CL8'NOHEADER',AL1(3,OPTNOHD)
         DC    CL8'EXEC',AL1(1,OPTEXEC)
         DC    CL8'APPEND',AL1(1,OPTAPP)
         DC    CL8'NOTYPE',AL1(3,OPTNOTY)
         DC    X'FF'
LFBOMSG  DC    C'DMSLST003E INVALID OPTION '''
LFBOW    DC    CL8' '
         DC    C' '               (the closing quote goes after it)
LFBYTE   DC    X'000F'
LFPAIR   DS    CL3
         DS    0D
LFDEC    DS    D
LFNUM    DS    CL8
LFDR14   DS    F
LFHEAD   DC    C'FILENAME FILETYPE FM FORMAT LRECL   RECS'
LFHEADF  EQU   *-LFHEAD               (FORMAT's)
         DC    C' BLOCKS   DATE   TIME'
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
