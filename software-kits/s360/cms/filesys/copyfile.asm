         TITLE 'COPYFILE - COPY AND COMBINE FILES'
***********************************************************************
* COPYFILE fn1 ft1 fm1 fn2 ft2 fm2 [(REPLACE]: copies a file record  *
* by record (GH20-0859: COPYFILE). = in the new identifier keeps that *
* part of the old one; fm1 * looks through the search order.          *
* COMBINE fn ft fm fn1 ft1 fm1 fn2 ft2 fm2 ...: the file fn ft fm     *
* made of the others one after another (GH20-0859: COMBINE; an        *
* existing fn ft fm is replaced).                                     *
* The copy is written as COPYFILE CMSUT1 on the target disk; then one *
* directory commit (UPDISK) both drops the file it replaces and gives *
* CMSUT1 the target's name, so whenever the machine stops the target  *
* is either the old file or the whole new one. A record may be as    *
* long as a file allows (65,535): it is read into the storage above   *
* the program loaded (RECSTOR). A copy that fills the disk is given   *
* up; the disk keeps what it had.                                     *
*   DMSCPY002E FILE 'fn ft fm' NOT FOUND                      28      *
*   DMSCPY024E FILE 'fn ft fm' ALREADY EXISTS -- SPECIFY 'REPLACE' 28 *
*   DMSCPY037E DISK 'm' IS READ/ONLY                          36      *
*   DMSCPY048E INVALID MODE 'fm'                              24      *
*   DMSCPY054E INCOMPLETE FILEID SPECIFIED                    24      *
*   DMSCPY069E DISK 'm' NOT ACCESSED                          36      *
*   DMSCPY105S DISK 'm' IS FULL                               13      *
*   DMSCPY106S ERROR rr COPYING FILE 'fn ft fm'              rr       *
*   DMSCPY109S VIRTUAL STORAGE CAPACITY EXCEEDED             104      *
***********************************************************************
         PRINT NOGEN
         REGEQU
         ADT
         FSTD
         FSCB
         PRINT GEN
COPYFILE CSECT
         ENTRY COMBINE
         USING COPYFILE,R12
         STM   R14,R12,12(R13)
         LR    R12,R15
         ST    R13,CPSAVE+4
         LA    R13,CPSAVE
         LR    R9,R1
         MVI   CPCOMB,0
         LA    R1,8(,R9)          the file to copy
         LA    R2,CPINPUT
         LH    R0,=C'* '
         L     R15,=V(TOKFID)
         BALR  R14,R15
         CH    R15,=H'4'
         BE    CPINCOMP
         LTR   R15,R15
         BNZ   CPBADIN
         CLI   0(R1),X'FF'
         BE    CPINCOMP
         ST    R1,CPNEXT
         LA    R2,CPTARGET        the copy
         LH    R0,=C'= '
         L     R15,=V(TOKFID)
         BALR  R14,R15
         CH    R15,=H'4'
         BE    CPINCOMP
         CLI   CPTARGET+16,C'='
         BE    CPOPT
         LTR   R15,R15
         BNZ   CPBADOUT
CPOPT    MVI   CPREPL,0           (REPLACE
         CLI   0(R1),C'('
         BNE   CPSTATE
         CLC   8(7,R1),=C'REPLACE'
         BNE   CPSTATE
         MVI   CPREPL,1
* The input must exist; = parts of the target come from it.
CPSTATE  BAL   R14,STATEIN
         LTR   R15,R15
         BNZ   CPRET
         CLI   CPTARGET,C'='
         BNE   *+10
         MVC   CPTARGET(8),CPINPUT
         CLI   CPTARGET+8,C'='
         BNE   *+10
         MVC   CPTARGET+8(8),CPINPUT+8
         CLI   CPTARGET+16,C'='
         BNE   *+10
         MVC   CPTARGET+16(2),CPINPUT+16
         CLI   CPTARGET+17,C' '
         BNE   *+10
         MVC   CPTARGET+17(1),CPINPUT+17
         BAL   R14,TARGET
         LTR   R15,R15
         BNZ   CPRET
         CLI   CPEXISTS,0
         BE    CPCOPY
         CLI   CPREPL,0
         BNE   CPCOPY
         LA    R1,CPTARGET
         LA    R3,=C' ALREADY EXISTS -- SPECIFY ''REPLACE'''
         LA    R4,36
         LA    R5,=C'DMSCPY024E FILE '
         LA    R6,16
         BAL   R14,FIDMSG
         LA    R15,28
         B     CPRET
CPCOPY   BAL   R14,COPYIN         the one input
         LTR   R15,R15
         BNZ   CPRET
         BAL   R14,INSTALL
         B     CPRET
*
***********************************************************************
* COMBINE fn ft fm fn1 ft1 fm1 ...                                    *
***********************************************************************
COMBINE  STM   R14,R12,12(R13)
         L     R12,CBBASE-COMBINE(,R15)
         B     CB1
CBBASE   DC    A(COPYFILE)
CB1      ST    R13,CPSAVE+4
         LA    R13,CPSAVE
         LR    R9,R1
         MVI   CPCOMB,1
         LA    R1,8(,R9)          the file made
         LA    R2,CPTARGET
         LH    R0,=C'A1'
         L     R15,=V(TOKFID)
         BALR  R14,R15
         CH    R15,=H'4'
         BE    CPINCOMP
         LTR   R15,R15
         BNZ   CPBADOUT
         CLI   CPTARGET+17,C' '
         BNE   *+8
         MVI   CPTARGET+17,C'1'
         ST    R1,CPNEXT
         CLI   0(R1),X'FF'        at least one input
         BE    CPINCOMP
         BAL   R14,TARGET
         LTR   R15,R15
         BNZ   CPRET
CBNEXT   L     R1,CPNEXT          each input in turn
         CLI   0(R1),X'FF'
         BE    CBDONE
         LA    R2,CPINPUT
         LH    R0,=C'* '
         L     R15,=V(TOKFID)
         BALR  R14,R15
         CH    R15,=H'4'
         BE    CBINCOMP
         LTR   R15,R15
         BNZ   CBBADIN
         ST    R1,CPNEXT
         BAL   R14,STATEIN
         LTR   R15,R15
         BNZ   CBFAIL
         BAL   R14,COPYIN
         LTR   R15,R15
         BNZ   CPRET              (COPYIN gave the work file up)
         B     CBNEXT
CBDONE   BAL   R14,INSTALL
         B     CPRET
CBINCOMP LA    R15,24
         WRTERM 'DMSCPY054E INCOMPLETE FILEID SPECIFIED'
         B     CBFAIL
CBBADIN  BAL   R14,BADMODE
CBFAIL   LR    R10,R15            the work file so far is dropped
         BAL   R14,DROPWORK
         LR    R15,R10
         B     CPRET
*
CPINCOMP WRTERM 'DMSCPY054E INCOMPLETE FILEID SPECIFIED'
         LA    R15,24
         B     CPRET
CPBADIN  LA    R1,CPINPUT
         B     CPBADM
CPBADOUT LA    R1,CPTARGET
CPBADM   BAL   R14,BADMODE
CPRET    L     R13,CPSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
***********************************************************************
* STATEIN: CPINPUT must exist: R15 = 0 (CPINPUT's mode is then the    *
* disk's letter and the file's number, CPRECFM its format), or the    *
* message and 28 or 36.                                               *
***********************************************************************
STATEIN  ST    R14,SIR14
         MVC   CPPL+8(18),CPINPUT
         LA    R1,CPPL
         L     R15,=V(STATE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   SINOT
         L     R1,=V(STATEFST)
         MVC   CPINPUT+16(2),FSTFMODE-FSTD(R1)
         MVC   CPRECFM,FSTRECFM-FSTD(R1)
         L     R0,FSTLRECL-FSTD(,R1)   room for its longest record
         ST    R0,CPREAD+FSCBSIZE-FSCBD
         L     R15,=V(RECSTOR)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   SINOSTOR
         ST    R1,CPREAD+FSCBBUFF-FSCBD
         ST    R1,CPWRITE+FSCBBUFF-FSCBD
         B     SIRET
SINOSTOR WRTERM 'DMSCPY109S VIRTUAL STORAGE CAPACITY EXCEEDED'
         LA    R15,104
         B     SIRET
SINOT    CH    R15,=H'36'
         BE    SINOTACC
         LA    R1,CPINPUT
         LA    R3,=C' NOT FOUND'
         LA    R4,10
         LA    R5,=C'DMSCPY002E FILE '
         LA    R6,16
         BAL   R14,FIDMSG
         LA    R15,28
         B     SIRET
SINOTACC MVC   CPNAM,CPINPUT+16
         WRTERM CPNAMSG,CPNALEN
         LA    R15,36
SIRET    L     R14,SIR14
         BR    R14
*
***********************************************************************
* TARGET: CPTARGET's disk must be accessed and writable; CPEXISTS     *
* says whether the file is there; the work file's name is made and   *
* any old one erased. R15 = 0, or the message and 36.                 *
***********************************************************************
TARGET   ST    R14,TGR14
         SR    R1,R1
         IC    R1,CPTARGET+16
         L     R15,=V(FINDADT)
         BALR  R14,R15
         LTR   R15,R15
         BZ    TGACC
         MVC   CPNAM,CPTARGET+16
         WRTERM CPNAMSG,CPNALEN
         LA    R15,36
         B     TGRET
TGACC    DS    0H
         USING ADT,R1
         TM    ADTFLAGS,ADTRO
         BZ    TGRW
         DROP  R1
         MVC   CPROM,CPTARGET+16
         WRTERM CPROMSG,CPROLEN
         LA    R15,36
         B     TGRET
TGRW     MVI   CPEXISTS,0
         LA    R1,CPTARGET
         L     R15,=V(FINDFST)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   *+8
         MVI   CPEXISTS,1
         MVC   CPWORK+16(2),CPTARGET+16
         MVC   CPWRITE+8(18),CPWORK
         BAL   R14,DROPWORK       a work file left by a stop
         SR    R15,R15
TGRET    L     R14,TGR14
         BR    R14
*
***********************************************************************
* COPYIN: CPINPUT's records added to the work file. R15 = 0; or the   *
* message and the code (the work file is given up).                  *
***********************************************************************
COPYIN   ST    R14,CIR14
         MVC   CPREAD+8(18),CPINPUT
         XC    CPREAD+FSCBITNO-FSCBD(2),CPREAD+FSCBITNO-FSCBD
         MVC   CPWRITE+FSCBFV-FSCBD(1),CPRECFM
CILOOP   LA    R1,CPREAD
         L     R15,=V(RDBUF)
         BALR  R14,R15
         CH    R15,=H'12'
         BE    CIEND
         LTR   R15,R15
         BNZ   CIRDERR
         MVC   CPWRITE+FSCBSIZE-FSCBD(4),CPREAD+FSCBNORD-FSCBD
         LA    R1,CPWRITE
         L     R15,=V(WRBUF)
         BALR  R14,R15
         LTR   R15,R15
         BZ    CILOOP
         LR    R10,R15            writing failed: WRBUF gave it up
         LA    R1,CPREAD
         L     R15,=V(FINIS)
         BALR  R14,R15
         LR    R15,R10
         CH    R15,=H'13'
         BNE   CIERR
         MVC   CPFULLM,CPTARGET+16
         WRTERM CPFULL,CPFULLL
         LA    R15,13
         B     CIRET
CIRDERR  LR    R10,R15            reading failed
         LA    R1,CPREAD
         L     R15,=V(FINIS)
         BALR  R14,R15
         BAL   R14,DROPWORK
         LR    R15,R10
CIERR    LR    R10,R15            DMSCPY106S ERROR rr COPYING FILE
         CVD   R15,CPDEC
         UNPK  CPERRC,CPDEC+6(2)
         OI    CPERRC+1,X'F0'
         LA    R1,CPINPUT
         LA    R3,=C' '
         LA    R4,1
         LA    R5,CPERRMSG
         LA    R6,CPERRLEN
         BAL   R14,FIDMSG
         LR    R15,R10
         B     CIRET
CIEND    LA    R1,CPREAD
         L     R15,=V(FINIS)
         BALR  R14,R15
         SR    R15,R15
CIRET    L     R14,CIR14
         BR    R14
*
***********************************************************************
* INSTALL: the work file closed, then in one commit the old target    *
* dropped and the work file renamed to it. R15 = 0 or the code.       *
***********************************************************************
INSTALL  ST    R14,INR14
         LA    R1,CPWRITE
         L     R15,=V(FINIS)
         BALR  R14,R15
         LTR   R15,R15
         BZ    INNAME
         CH    R15,=H'13'
         BNE   INRET
         MVC   CPFULLM,CPTARGET+16
         WRTERM CPFULL,CPFULLL
         LA    R15,13
         B     INRET
INNAME   LA    R1,CPWORK          an input that had no records
         L     R15,=V(FINDFST)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   INRET0
         LR    R7,R1              the work file's FST
         LR    R8,R2              the disk
         LA    R1,CPTARGET        the old target: freed, dropped
         L     R15,=V(FINDFST)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   INRENAME
         LR    R6,R1
         L     R15,=V(FREEFILE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   INFAIL
         XC    0(FSTSIZE,R6),0(R6)
         LR    R1,R6
         L     R15,=V(MARKFST)
         BALR  R14,R15
INRENAME MVC   0(16,R7),CPTARGET
         MVC   FSTFMODE-FSTD+1(1,R7),CPTARGET+17
         LR    R1,R7
         LR    R2,R8
         L     R15,=V(MARKFST)
         BALR  R14,R15
         LR    R1,R8
         L     R15,=V(UPDISK)
         BALR  R14,R15
         B     INRET
INFAIL   LR    R10,R15
         LR    R1,R8
         L     R15,=V(RELOAD)
         BALR  R14,R15
         LR    R15,R10
         B     INRET
INRET0   SR    R15,R15
INRET    L     R14,INR14
         BR    R14
*
* DROPWORK: COPYFILE CMSUT1 on the target disk erased, if it is there.
DROPWORK ST    R14,DWR14
         MVC   CPPL+8(18),CPWORK
         MVC   CPPL(8),=CL8'ERASE'
         LA    R1,CPPL
         L     R15,=V(ERASE)
         BALR  R14,R15
         MVC   CPPL(8),=CL8'STATE'
         L     R14,DWR14
         BR    R14
*
* FIDMSG: R5 -> the start, R6 its length, R1 -> fn ft fm, R3 -> the
* rest, R4 its length: typed.
FIDMSG   ST    R14,FMR14
         BCTR  R6,0
         EX    R6,FMSTART
         LA    R2,CPMSG+1(R6)
         L     R15,=V(FIDOUT)
         BALR  R14,R15
         BCTR  R4,0
         EX    R4,FMMVC
         LA    R2,1(R4,R2)
         LA    R1,CPMSG
         SR    R2,R1
         WRTERM (R1),(R2)
         L     R14,FMR14
         BR    R14
FMMVC    MVC   0(0,R2),0(R3)
FMSTART  MVC   CPMSG(0),0(R5)
*
* BADMODE: R1 -> fn ft fm with a bad mode: the message, R15 = 24.
BADMODE  ST    R14,BMR14
         MVC   CPBMM,16(R1)
         WRTERM CPBMMSG,CPBMLEN
         LA    R15,24
         L     R14,BMR14
         BR    R14
*
         LTORG
CPINPUT  DS    CL18
CPTARGET DS    CL18
CPWORK   DC    CL8'COPYFILE',CL8'CMSUT1',CL2'A1'
CPCOMB   DS    X
CPREPL   DS    X
CPEXISTS DS    X
CPRECFM  DS    C
         DS    0F
CPNEXT   DS    A
SIR14    DS    F
TGR14    DS    F
CIR14    DS    F
INR14    DS    F
DWR14    DS    F
FMR14    DS    F
BMR14    DS    F
         DS    0D
CPDEC    DS    D
CPPL     DC    CL8'STATE',CL18' ',XL8'FFFFFFFFFFFFFFFF'
CPREAD   FSCB  RDBUF,,,,BUFFER=0,BSIZE=0
CPWRITE  FSCB  WRBUF,,,,BUFFER=0,BSIZE=80
CPMSG    DS    CL100
CPERRMSG DC    C'DMSCPY106S ERROR '
CPERRC   DC    C'RR'
         DC    C' COPYING FILE '
CPERRLEN EQU   *-CPERRMSG
CPNAMSG  DC    C'DMSCPY069E DISK '''
CPNAM    DC    C'M'
         DC    C''' NOT ACCESSED'
CPNALEN  EQU   *-CPNAMSG
CPROMSG  DC    C'DMSCPY037E DISK '''
CPROM    DC    C'M'
         DC    C''' IS READ/ONLY'
CPROLEN  EQU   *-CPROMSG
CPFULL   DC    C'DMSCPY105S DISK '''
CPFULLM  DC    C'M'
         DC    C''' IS FULL'
CPFULLL  EQU   *-CPFULL
CPBMMSG  DC    C'DMSCPY048E INVALID MODE '''
CPBMM    DC    C'MM'
         DC    C''''
CPBMLEN  EQU   *-CPBMMSG
CPSAVE   DS    18F
         END
