         TITLE 'PRINTF - PRINT OR PUNCH A FILE'
***********************************************************************
* PRINTF fn ft [fm]: prints a file on the 1403 (GH20-0859: PRINTF;    *
* VM/370: PRINT), a record a line, up to 132 characters, trailing     *
* blanks dropped, single spaced.                                      *
* PUNCH fn ft [fm] [(NOHEADER]: punches a file on the 2540 punch, a   *
* record a card (cut or padded to 80 columns), after a header card    *
* ':READ  fn ft fm' (VM/370's; OFFLINE READ skips it) unless          *
* NOHEADER.                                                           *
* fm * or none: the search order. The devices are the nucleus's       *
* (NUCPRT, NUCPUN).                                                   *
*   DMSPRT002E / DMSPUN002E FILE 'fn ft fm' NOT FOUND     28          *
*   DMSPRT048E / DMSPUN048E INVALID MODE 'fm'             24          *
*   DMSPRT054E / DMSPUN054E INCOMPLETE FILEID SPECIFIED   24          *
*   DMSPRT105S / DMSPUN105S ERROR WRITING ON DEVICE 'cuu' 100 (ours)  *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         FSCB
         PRINT GEN
PRINTF   CSECT
         ENTRY PUNCH
         USING NUCON,R0
         USING PRINTF,R12
         STM   R14,R12,12(R13)
         LR    R12,R15
         ST    R13,PFSAVE+4
         LA    R13,PFSAVE
         MVC   PFID,=C'PRT'
         LH    R0,NUCPRT
         ST    R0,PFDEV
         LA    R0,X'09'           print, space a line
         ST    R0,PFCMD
         LA    R0,132
         ST    R0,PFWIDTH
         MVI   PFPAD,0
         B     PFCOMMON
*
PUNCH    STM   R14,R12,12(R13)
         L     R12,PUBASE-PUNCH(,R15)
         B     PU1
PUBASE   DC    A(PRINTF)
PU1      ST    R13,PFSAVE+4
         LA    R13,PFSAVE
         MVC   PFID,=C'PUN'
         LH    R0,NUCPUN
         ST    R0,PFDEV
         LA    R0,X'01'           punch a card
         ST    R0,PFCMD
         LA    R0,80
         ST    R0,PFWIDTH
         MVI   PFPAD,1
*
PFCOMMON LR    R9,R1
         LA    R1,8(,R9)
         LA    R2,PFFSCB+8
         LH    R0,=C'* '
         L     R15,=V(TOKFID)
         BALR  R14,R15
         CH    R15,=H'4'
         BE    PFINCOMP
         LTR   R15,R15
         BNZ   PFBADMOD
         MVI   PFHEAD,1           (NOHEADER?
         CLI   0(R1),C'('
         BNE   PFSTATE
         CLC   8(6,R1),=C'NOHEAD'
         BNE   PFSTATE
         MVI   PFHEAD,0
PFSTATE  MVC   PFPL+8(18),PFFSCB+8   the file must be there
         LA    R1,PFPL
         L     R15,=V(STATE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   PFNOTFND
         CLI   PFPAD,0            a punch: the header card first
         BE    PFLOOP
         CLI   PFHEAD,0
         BE    PFLOOP
         MVC   PFBUF(80),=CL80':READ'
         L     R1,=V(STATEFST)
         MVC   PFBUF+7(8),0(R1)
         MVC   PFBUF+16(8),8(R1)
         MVC   PFBUF+25(2),24(R1)
         LA    R2,80
         BAL   R14,OUT
         LTR   R15,R15
         BNZ   PFDEVERR
PFLOOP   LA    R1,PFFSCB
         L     R15,=V(RDBUF)
         BALR  R14,R15
         CH    R15,=H'12'
         BE    PFDONE
         CH    R15,=H'8'
         BE    PFREC
         LTR   R15,R15
         BNZ   PFRDERR
PFREC    L     R2,PFFSCB+FSCBNORD-FSCBD
         CLI   PFPAD,0
         BE    PFTRIM
         MVC   PFCARD,=CL80' '    a card: 80 columns
         LR    R1,R2
         CH    R1,=H'80'
         BNH   *+8
         LA    R1,80
         LTR   R1,R1
         BZ    PFCARDGO
         BCTR  R1,0
         EX    R1,PFCARDMV
PFCARDGO MVC   PFBUF(80),PFCARD
         LA    R2,80
         B     PFWRITE
PFTRIM   LTR   R2,R2              a line: no trailing blanks
         BNP   PFBLANK
         LA    R3,PFBUF-1(R2)
         CLI   0(R3),C' '
         BNE   PFWIDE
         BCTR  R2,0
         B     PFTRIM
PFBLANK  LA    R2,1
         MVI   PFBUF,C' '
PFWIDE   C     R2,PFWIDTH
         BNH   PFWRITE
         L     R2,PFWIDTH
PFWRITE  BAL   R14,OUT
         LTR   R15,R15
         BZ    PFLOOP
PFDEVERR LA    R1,PFFSCB
         L     R15,=V(FINIS)
         BALR  R14,R15
         L     R0,PFDEV
         LA    R1,PFDEVD
         L     R15,=V(HEXOUT3)
         BALR  R14,R15
         MVC   PFDEVM+3(3),PFID
         WRTERM PFDEVM,PFDEVML
         LA    R15,100
         B     PFRET
PFRDERR  LR    R10,R15
         LA    R1,PFFSCB
         L     R15,=V(FINIS)
         BALR  R14,R15
         LR    R15,R10
         B     PFRET
PFDONE   LA    R1,PFFSCB
         L     R15,=V(FINIS)
         BALR  R14,R15
         SR    R15,R15
         B     PFRET
PFNOTFND CH    R15,=H'36'
         BE    PFBADMOD
         MVC   PFMSG(16),=C'DMSPRT002E FILE '
         MVC   PFMSG+3(3),PFID
         LA    R1,PFFSCB+8
         LA    R2,PFMSG+16
         L     R15,=V(FIDOUT)
         BALR  R14,R15
         MVC   0(10,R2),=C' NOT FOUND'
         LA    R2,10(,R2)
         LA    R1,PFMSG
         SR    R2,R1
         WRTERM (R1),(R2)
         LA    R15,28
         B     PFRET
PFINCOMP MVC   PFINC+3(3),PFID
         WRTERM PFINC,PFINCL
         LA    R15,24
         B     PFRET
PFBADMOD MVC   PFBMM,PFFSCB+24
         MVC   PFBMMSG+3(3),PFID
         WRTERM PFBMMSG,PFBMLEN
         LA    R15,24
PFRET    L     R13,PFSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
PFCARDMV MVC   PFCARD(0),PFBUF
*
* OUT: PFBUF, R2 bytes, on the device. R15 = 0 or 3.
OUT      ST    R14,OUTR14
         L     R0,PFDEV
         LA    R1,PFBUF
         L     R3,PFCMD
         L     R15,=V(URIO)
         BALR  R14,R15
         L     R14,OUTR14
         BR    R14
*
         LTORG
PFFSCB   FSCB  RDBUF,,,,BUFFER=PFBUF,BSIZE=256
PFPL     DC    CL8'STATE',CL18' ',XL8'FFFFFFFFFFFFFFFF'
PFDEV    DS    F
PFCMD    DS    F
PFWIDTH  DS    F
OUTR14   DS    F
PFID     DS    CL3
PFPAD    DS    X
PFHEAD   DS    X
PFMSG    DS    CL80
PFCARD   DS    CL80
PFINC    DC    C'DMSPRT054E INCOMPLETE FILEID SPECIFIED'
PFINCL   EQU   *-PFINC
PFBMMSG  DC    C'DMSPRT048E INVALID MODE '''
PFBMM    DC    C'MM'
         DC    C''''
PFBMLEN  EQU   *-PFBMMSG
PFDEVM   DC    C'DMSPRT105S ERROR WRITING ON DEVICE '''
PFDEVD   DC    C'CUU'
         DC    C''''
PFDEVML  EQU   *-PFDEVM
PFSAVE   DS    18F
PFBUF    DS    CL256
         END
