         TITLE 'PRINTF - PRINT OR PUNCH A FILE'
***********************************************************************
* PRINTF fn ft [fm] [(CC]: prints a file on the 1403 (GH20-0859:     *
* PRINTF; VM/370: PRINT), a record a line, up to 132 characters,      *
* trailing blanks dropped, single spaced. With CC (VM/370 PRINT's     *
* option) column 1 of each record is an ASA carriage control         *
* character, not printed: blank space 1 line before printing, 0 two, *
* - three, + none (overprint the line before), 1 a new page (skip to *
* channel 1); any other is taken as a blank (ours). The 1403 spaces   *
* after it prints, so a line is printed with the spacing the next     *
* record asks for (held until it is read), and the first record's     *
* asks for its own before it (the carriage is already past the line   *
* printed last, hence one line less).                                 *
* PUNCH fn ft [fm] [(NOHEADER]: punches a file on the 2540 punch, a   *
* record a card (cut or padded to 80 columns), after a header card    *
* ':READ  fn ft fm' (VM/370's; OFFLINE READ skips it) unless          *
* NOHEADER.                                                           *
* fm * or none: the search order. The devices are the nucleus's       *
* (NUCPRT, NUCPUN).                                                   *
*   DMSPRT002E / DMSPUN002E FILE 'fn ft fm' NOT FOUND     28          *
*   DMSPRT003E / DMSPUN003E INVALID OPTION 'x'            24          *
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
         MVI   PFHEAD,1           the options: NOHEADER (PUNCH), CC
         MVI   PFCC,0             (PRINTF)
         MVI   PFHELD,0
         CLI   0(R1),C'('
         BNE   PFSTATE
PFOPT    LA    R1,8(,R1)
         CLI   0(R1),X'FF'
         BE    PFSTATE
         CLI   0(R1),C')'
         BE    PFSTATE
         CLI   PFPAD,0
         BE    PFOPTP
         LA    R2,=CL8'NOHEADER'  NOHEADER, NOH at least
         LA    R0,3
         BAL   R14,ABBREV
         BNE   PFBADOPT
PFOPTNH  MVI   PFHEAD,0
         B     PFOPT
* ABBREV: is the token at R1 the name at R2 (8), or its first R0 or
* more characters? CC 0 yes. Uses R3, R15.
ABBREV   LA    R3,8               the token's length
ABBREV1  LA    R15,0(R3,R1)
         BCTR  R15,0
         CLI   0(R15),C' '
         BNE   ABBREV2
         BCT   R3,ABBREV1
ABBREV2  CR    R3,R0
         BL    ABBREVNO
         BCTR  R3,0
         EX    R3,ABBRCLC
         BR    R14
ABBREVNO LTR   R14,R14            (not 0)
         BR    R14
ABBRCLC  CLC   0(0,R1),0(R2)
PFOPTP   CLC   0(8,R1),=CL8'CC'
         BNE   PFOPTP1
         MVI   PFCC,1
         B     PFOPT
PFOPTP1  CLC   0(8,R1),=CL8'NOCC'
         BNE   PFBADOPT
         MVI   PFCC,0
         B     PFOPT
PFBADOPT MVC   PFBOW,0(R1)        the word, its trailing blanks cut
         MVC   PFBOMSG+3(3),PFID
         LA    R2,PFBOW+7
PFBADO1  CLI   0(R2),C' '
         BNE   PFBADO2
         BCTR  R2,0
         B     PFBADO1
PFBADO2  MVI   1(R2),C''''
         LA    R2,2(,R2)
         LA    R1,PFBOMSG
         SR    R2,R1
         WRTERM (R1),(R2)
         LA    R15,24
         B     PFRET
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
         BNE   PFPUNCH
         CLI   PFCC,0
         BE    PFTRIM
         B     PFCCREC
PFPUNCH  DS    0H
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
PFDONE   CLI   PFHELD,0           CC: the last line, single spaced
         BE    PFDONE1
         LA    R3,X'09'
         BAL   R14,PFFLUSH
         LTR   R15,R15
         BNZ   PFDEVERR
PFDONE1  LA    R1,PFFSCB
         L     R15,=V(FINIS)
         BALR  R14,R15
         SR    R15,R15
         B     PFRET
*
* CC: the record's column 1 says how to space before it: the line held
* is printed with that spacing after it (or, for the first record,
* the carriage is moved first); then the record's columns 2- are held.
PFCCREC  MVI   PFASA,C' '
         LTR   R2,R2
         BNP   PFCC1
         MVC   PFASA,PFBUF
         BCTR  R2,0
PFCC1    ST    R2,PFDLEN          the data's length, column 2 on
         LA    R4,ASATAB          the character's two commands
PFCC2    CLI   0(R4),X'FF'
         BE    PFCC3              (any other: as a blank)
         CLC   PFASA,0(R4)
         BE    PFCC3
         LA    R4,3(,R4)
         B     PFCC2
PFCC3    SR    R3,R3
         CLI   PFHELD,0
         BE    PFCCFRST
         IC    R3,1(,R4)          write the held line, then this space
         BAL   R14,PFFLUSH
         LTR   R15,R15
         BNZ   PFDEVERR
         B     PFCCHOLD
PFCCFRST IC    R3,2(,R4)          the first: move the carriage first
         LTR   R3,R3
         BZ    PFCCHOLD
         LA    R1,PFHOLD
         LA    R2,1
         L     R0,PFDEV
         L     R15,=V(URIO)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   PFDEVERR
PFCCHOLD MVI   PFHOLD,C' '        columns 2- held, trailing blanks cut
         MVC   PFHOLD+1(L'PFHOLD-1),PFHOLD
         L     R2,PFDLEN
         LTR   R2,R2
         BNP   PFCCH2
         C     R2,PFWIDTH
         BNH   *+8
         L     R2,PFWIDTH
         BCTR  R2,0
         EX    R2,PFHOLDMV
         LA    R2,1(,R2)
PFCCH1   LA    R3,PFHOLD-1(R2)
         CLI   0(R3),C' '
         BNE   PFCCH2
         BCT   R2,PFCCH1
PFCCH2   LTR   R2,R2              a blank line: one blank
         BP    *+8
         LA    R2,1
         ST    R2,PFHOLDL
         MVI   PFHELD,1
         B     PFLOOP
PFHOLDMV MVC   PFHOLD(0),PFBUF+1
*
* PFFLUSH: the held line printed with the command in R3. R15 = 0 or 3.
PFFLUSH  ST    R14,OUTR14
         L     R0,PFDEV
         LA    R1,PFHOLD
         L     R2,PFHOLDL
         L     R15,=V(URIO)
         BALR  R14,R15
         MVI   PFHELD,0
         L     R14,OUTR14
         BR    R14
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
PFCC     DS    X                  CC: column 1 is carriage control
PFHELD   DS    X                  a line is held (CC)
PFASA    DS    C
PFHOLDL  DS    F
PFDLEN   DS    F
* ASATAB: an ASA character, the 1403 command that prints a line and
* then spaces as the character asks before the next, and the command
* that moves the carriage so for the first line (0: none).
ASATAB   DC    C' ',X'09',X'00'   space 1
         DC    C'0',X'11',X'0B'   space 2
         DC    C'-',X'19',X'13'   space 3
         DC    C'+',X'01',X'00'   no space: overprint
         DC    C'1',X'89',X'8B'   skip to channel 1: a new page
         DC    X'FF',X'09',X'00'  (any other: a blank)
PFBOMSG  DC    C'DMSPRT003E INVALID OPTION '''
PFBOW    DC    CL8' '
         DC    C' '               (the closing quote goes after it)
PFHOLD   DS    CL132
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
