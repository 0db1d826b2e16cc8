         TITLE 'DISK - A FILE TO CARDS AND BACK'
***********************************************************************
* DISK DUMP fn ft [fm]: punches a file as a deck that DISK LOAD makes *
* into the same file again, on this or another CMS (GH20-0859: DISK). *
* DISK LOAD [fm]: reads such a deck from the 2540 reader into a file  *
* of its name on disk fm (A); a file of that name is replaced in one  *
* directory commit (REPLFILE), after the whole deck has been read.    *
* The deck (ours; VM/370 also marks its cards X'02' 'CMS' and carries *
* the FST, but on its last card): each card has X'02' 'CMS' in        *
* columns 1-4, its kind in 5 (H, D or E), a byte count in 7-8 and its *
* number in 9-10; the H card (first) holds the file's FST in columns  *
* 11-50, each D card 50 bytes of the file's byte stream (fixed        *
* records end to end; a variable record as its halfword length and    *
* bytes) in 11-60, the E card ends the deck; columns 73-80 hold the   *
* filename. A record may be as long as a file allows (65,535); it is  *
* kept in the storage above the program loaded (RECSTOR).             *
*   DMSDSK002E FILE 'fn ft fm' NOT FOUND               28             *
*   DMSDSK014E INVALID FUNCTION 'f'                    24             *
*   DMSDSK048E INVALID MODE 'fm'                       24             *
*   DMSDSK054E INCOMPLETE FILEID SPECIFIED             24             *
*   DMSDSK078E CARD NOT IN A DISK DUMP DECK            32 (ours)      *
*   DMSDSK105S ERROR nn ON THE READER OR PUNCH         nn (ours)      *
*   DMSDSK109S VIRTUAL STORAGE CAPACITY EXCEEDED       104            *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         FSCB
         FSTD
         PRINT GEN
DISK     CSECT
         USING NUCON,R0
         USING DISK,R12,R11
         STM   R14,R12,12(R13)
         LR    R12,R15
         LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         ST    R13,DKSAVE+4
         LA    R13,DKSAVE
         LR    R9,R1
         CLC   8(8,R9),=CL8'DUMP'
         BE    DUMP
         CLC   8(8,R9),=CL8'LOAD'
         BE    LOAD
         MVC   DKBFF,8(R9)
         CLI   8(R9),X'FF'
         BNE   *+10
         MVC   DKBFF,=CL8' '
         WRTERM DKBFMSG,DKBFLEN
         LA    R15,24
         B     DKRET
*
***********************************************************************
* DISK DUMP                                                           *
***********************************************************************
DUMP     LA    R1,16(,R9)
         LA    R2,DKFSCB+8
         LH    R0,=C'* '
         L     R15,=V(TOKFID)
         BALR  R14,R15
         CH    R15,=H'4'
         BE    DKINCOMP
         LTR   R15,R15
         BNZ   DKBADMOD
         MVC   DKPL+8(18),DKFSCB+8
         LA    R1,DKPL
         L     R15,=V(STATE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   DKNOTFND
         L     R1,=V(STATEFST)    room for its longest record
         L     R0,FSTLRECL-FSTD(,R1)
         ST    R0,DKFSCB+FSCBSIZE-FSCBD
         L     R15,=V(RECSTOR)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   DKNOSTOR
         ST    R1,DKFSCB+FSCBBUFF-FSCBD
         L     R1,=V(STATEFST)    the H card: the FST
         XC    DKSEQ,DKSEQ
         BAL   R14,NEWCARD
         MVI   DKCARD+4,C'H'
         MVC   DKCARD+10(FSTSIZE),0(R1)
         MVC   DKCARD+72(8),0(R1)
         BAL   R14,PUNCHIT
         LTR   R15,R15
         BNZ   DKURERR
         BAL   R14,NEWDATA
DULOOP   LA    R1,DKFSCB          each record into the stream
         L     R15,=V(RDBUF)
         BALR  R14,R15
         CH    R15,=H'12'
         BE    DUEND
         LTR   R15,R15
         BNZ   DURDERR
         L     R5,DKFSCB+FSCBNORD-FSCBD
         L     R1,=V(STATEFST)
         CLI   FSTRECFM-FSTD(R1),C'V'
         BNE   DUBYTES
         STH   R5,DKHALF          a variable record's length first
         IC    R0,DKHALF
         BAL   R14,PUTB
         BNZ   DURDERR
         IC    R0,DKHALF+1
         BAL   R14,PUTB
         BNZ   DURDERR
DUBYTES  L     R6,DKFSCB+FSCBBUFF-FSCBD
         LTR   R5,R5
         BZ    DULOOP
DUBYTE   IC    R0,0(,R6)
         BAL   R14,PUTB
         BNZ   DURDERR
         LA    R6,1(,R6)
         BCT   R5,DUBYTE
         B     DULOOP
DUEND    LA    R1,DKFSCB
         L     R15,=V(FINIS)
         BALR  R14,R15
         CLC   DKCARD+6(2),=H'0'  the last data card, then the E card
         BE    DUECARD
         BAL   R14,PUNCHIT
         LTR   R15,R15
         BNZ   DKURERR
DUECARD  BAL   R14,NEWCARD
         MVI   DKCARD+4,C'E'
         BAL   R14,PUNCHIT
         LTR   R15,R15
         BNZ   DKURERR
         SR    R15,R15
         B     DKRET
DURDERR  LR    R10,R15
         LA    R1,DKFSCB
         L     R15,=V(FINIS)
         BALR  R14,R15
         LR    R15,R10
         B     DKURERR
*
***********************************************************************
* DISK LOAD                                                           *
***********************************************************************
LOAD     MVC   DKMODE,=C'A '
         CLI   16(R9),X'FF'
         BE    LDFIRST
         MVC   DKMODE,16(R9)
         CLI   18(R9),C' '
         BNE   LDBADMOD
         LA    R1,DKMODE
         L     R15,=V(CHKMODE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   LDBADMOD
         CLI   DKMODE,C'*'
         BE    LDBADMOD
LDFIRST  BAL   R14,READIT         the H card
         LTR   R15,R15
         BNZ   DKURERR
         CLI   DKCARD+4,C'H'
         BNE   DKNOTDK
         MVC   DKFST,DKCARD+10
         L     R0,DKFST+FSTLRECL-FSTD   room for its longest record
         L     R15,=V(RECSTOR)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   DKNOSTOR
         ST    R1,DKFSCB+FSCBBUFF-FSCBD
         MVC   DKTARGET(16),DKFST
         MVC   DKTARGET+16(1),DKMODE
         MVC   DKTARGET+17(1),DKFST+FSTFMODE-FSTD+1
         CLI   DKMODE+1,C' '
         BE    *+10
         MVC   DKTARGET+17(1),DKMODE+1
         MVC   DKWORK+16(1),DKMODE
         MVC   DKPL+8(18),DKWORK  a work file left by a stop goes
         MVC   DKPL(8),=CL8'ERASE'
         LA    R1,DKPL
         L     R15,=V(ERASE)
         BALR  R14,R15
         MVC   DKFSCB+8(18),DKWORK
         MVC   DKFSCB(8),=CL8'WRBUF'
         MVC   DKFSCB+FSCBFV-FSCBD(1),DKFST+FSTRECFM-FSTD
         MVI   DKAVAIL,0          no data card yet
         MVI   DKAVAIL+1,0
         LH    R7,DKFST+FSTRECCT-FSTD   records to make
LDREC    LTR   R7,R7
         BNP   LDEND
         L     R5,DKFST+FSTLRECL-FSTD   F: the record length
         CLI   DKFST+FSTRECFM-FSTD,C'V'
         BNE   LDBYTES
         BAL   R14,GETB           V: its halfword length
         BNZ   LDFAIL
         STC   R0,DKHALF
         BAL   R14,GETB
         BNZ   LDFAIL
         STC   R0,DKHALF+1
         LH    R5,DKHALF          (a length up to 65,535: unsigned)
         N     R5,=X'0000FFFF'
LDBYTES  C     R5,DKFST+FSTLRECL-FSTD   longer than the file's
         BH    DKNOTDK                  records can be: no such deck
         ST    R5,DKFSCB+FSCBSIZE-FSCBD
         L     R6,DKFSCB+FSCBBUFF-FSCBD
         LTR   R8,R5
         BZ    LDWRITE
LDBYTE   BAL   R14,GETB
         BNZ   LDFAIL
         STC   R0,0(,R6)
         LA    R6,1(,R6)
         BCT   R8,LDBYTE
LDWRITE  LA    R1,DKFSCB
         L     R15,=V(WRBUF)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   LDWRERR
         BCTR  R7,0
         B     LDREC
LDEND    BAL   R14,READIT         the E card
         LTR   R15,R15
         BNZ   LDFAIL
         CLI   DKCARD+4,C'E'
         BNE   LDBAD
         LA    R1,DKFSCB
         L     R15,=V(FINIS)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   LDWRERR
         LA    R1,DKWORK          the work file becomes the file
         LA    R2,DKTARGET
         L     R15,=V(REPLFILE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   LDWRERR
         B     DKRET
LDBAD    LA    R15,32
LDFAIL   LR    R10,R15            the work file is dropped
         LA    R1,DKFSCB
         L     R15,=V(FINIS)
         BALR  R14,R15
         MVC   DKPL+8(18),DKWORK
         LA    R1,DKPL
         L     R15,=V(ERASE)
         BALR  R14,R15
         LR    R15,R10
         CH    R15,=H'32'
         BE    DKNOTDK
         B     DKURERR
LDWRERR  B     DKURERR            (WRBUF gave the work file up)
*
DKNOTFND CH    R15,=H'36'
         BE    DKBADMOD
         MVC   DKMSG(16),=C'DMSDSK002E FILE '
         LA    R1,DKFSCB+8
         LA    R2,DKMSG+16
         L     R15,=V(FIDOUT)
         BALR  R14,R15
         MVC   0(10,R2),=C' NOT FOUND'
         LA    R2,10(,R2)
         LA    R1,DKMSG
         SR    R2,R1
         WRTERM (R1),(R2)
         LA    R15,28
         B     DKRET
DKNOSTOR WRTERM 'DMSDSK109S VIRTUAL STORAGE CAPACITY EXCEEDED'
         LA    R15,104
         B     DKRET
DKNOTDK  WRTERM 'DMSDSK078E CARD NOT IN A DISK DUMP DECK'
         LA    R15,32
         B     DKRET
DKURERR  LR    R10,R15
         CVD   R15,DKDEC
         UNPK  DKURC,DKDEC+6(2)
         OI    DKURC+1,X'F0'
         WRTERM DKURMSG,DKURLEN
         LR    R15,R10
         B     DKRET
DKINCOMP WRTERM 'DMSDSK054E INCOMPLETE FILEID SPECIFIED'
         LA    R15,24
         B     DKRET
LDBADMOD MVC   DKBMM,16(R9)
         B     DKBADM2
DKBADMOD MVC   DKBMM,DKFSCB+24
DKBADM2  WRTERM DKBMMSG,DKBMLEN
         LA    R15,24
DKRET    L     R13,DKSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
* NEWCARD: DKCARD blank, X'02' 'CMS', the next number.
NEWCARD  MVC   DKCARD,=CL80' '
         MVC   DKCARD(4),=X'02C3D4E2'
         LH    R15,DKSEQ
         LA    R15,1(,R15)
         STH   R15,DKSEQ
         MVC   DKCARD+8(2),DKSEQ
         XC    DKCARD+6(2),DKCARD+6
         BR    R14
* NEWDATA: a D card to fill.
NEWDATA  ST    R14,NDR14
         BAL   R14,NEWCARD
         MVI   DKCARD+4,C'D'
         MVC   DKCARD+72(8),DKFSCB+8
         L     R14,NDR14
         BR    R14
* PUTB: the byte in R0 into the stream; a full card is punched.
* Condition code zero when all is well.
PUTB     ST    R14,PBR14
         LH    R15,DKCARD+6
         LA    R1,DKCARD+10(R15)
         STC   R0,0(,R1)
         LA    R15,1(,R15)
         STH   R15,DKCARD+6
         CH    R15,=H'50'
         BL    PBOK
         BAL   R14,PUNCHIT
         LTR   R15,R15
         BNZ   PBRET
         BAL   R14,NEWDATA
PBOK     SR    R15,R15
PBRET    L     R14,PBR14
         LTR   R15,R15
         BR    R14
* GETB: the next byte of the stream in R0 (a new D card read when one
* is used up). Condition code zero when all is well; R15 = 32 when a
* card that is no D card comes.
GETB     ST    R14,GBR14
         CLC   DKAVAIL,DKCARD+6
         BL    GBHAVE
         BAL   R14,READIT
         LTR   R15,R15
         BNZ   GBRET
         LA    R15,32
         CLI   DKCARD+4,C'D'
         BNE   GBRET
         XC    DKAVAIL,DKAVAIL
GBHAVE   LH    R15,DKAVAIL
         LA    R1,DKCARD+10(R15)
         SR    R0,R0
         IC    R0,0(,R1)
         LA    R15,1(,R15)
         STH   R15,DKAVAIL
         SR    R15,R15
GBRET    L     R14,GBR14
         LTR   R15,R15
         BR    R14
* PUNCHIT, READIT: DKCARD on the punch or from the reader; R15 = 0,
* else URIO's code (a card without X'02' 'CMS' read: 32).
PUNCHIT  LA    R3,X'01'
         LH    R0,NUCPUN
         B     URCALL
READIT   LA    R3,X'02'
         LH    R0,NUCRDR
         MVC   DKCARD,=CL80' '
URCALL   ST    R14,URR14
         LA    R1,DKCARD
         LA    R2,80
         L     R15,=V(URIO)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   URRET
         CH    R3,=H'2'
         BNE   URRET
         CLC   DKCARD(4),=X'02C3D4E2'
         BE    URRET
         LA    R15,32
URRET    L     R14,URR14
         BR    R14
*
         LTORG
DKFSCB   FSCB  RDBUF,,,,BUFFER=0,BSIZE=0
DKPL     DC    CL8'STATE',CL18' ',XL8'FFFFFFFFFFFFFFFF'
DKWORK   DC    CL8'DISK',CL8'CMSUT1',CL2'A1'
DKTARGET DS    CL18
DKMODE   DS    CL2
DKSEQ    DS    H
DKAVAIL  DS    H
DKHALF   DS    H
         DS    0F
NDR14    DS    F
PBR14    DS    F
GBR14    DS    F
URR14    DS    F
DKFST    DS    XL40
         DS    0D
DKDEC    DS    D
DKCARD   DS    CL80
DKMSG    DS    CL80
DKBFMSG  DC    C'DMSDSK014E INVALID FUNCTION '''
DKBFF    DC    CL8' '
         DC    C''''
DKBFLEN  EQU   *-DKBFMSG
DKBMMSG  DC    C'DMSDSK048E INVALID MODE '''
DKBMM    DC    C'MM'
         DC    C''''
DKBMLEN  EQU   *-DKBMMSG
DKURMSG  DC    C'DMSDSK105S ERROR '
DKURC    DC    C'NN'
         DC    C' ON THE READER OR PUNCH'
DKURLEN  EQU   *-DKURMSG
DKSAVE   DS    18F
         END
