         TITLE 'OFFLINE - CARDS INTO A FILE; PRINTING, PUNCHING'
***********************************************************************
* OFFLINE READ fn ft [fm]: reads the cards in the 2540 reader into a  *
* file of 80-column records (GH20-0859: OFFLINE; mode A1 unless       *
* given), to the end of the deck (unit exception, or the hopper       *
* running empty after at least one card). A first card ':READ ...'    *
* (what PUNCH puts first) is skipped. A file of that name is replaced *
* (erased once the first card has come, then written anew).           *
* OFFLINE PRINT ... and OFFLINE PUNCH ... are PRINTF and PUNCH.       *
*   DMSOFL002E NO CARDS IN THE READER                 100 (ours)      *
*   DMSOFL014E INVALID FUNCTION 'f'                    24             *
*   DMSOFL048E INVALID MODE 'fm'                       24             *
*   DMSOFL054E INCOMPLETE FILEID SPECIFIED             24             *
*   DMSOFL105S ERROR nn WRITING FILE 'fn ft fm'        nn (ours)      *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         FSCB
         PRINT GEN
OFFLINE  CSECT
         USING NUCON,R0
         USING OFFLINE,R12
         STM   R14,R12,12(R13)
         LR    R12,R15
         ST    R13,OFSAVE+4
         LA    R13,OFSAVE
         LR    R9,R1
         CLC   8(8,R9),=CL8'READ'
         BE    OFREAD
         LA    R1,8(,R9)          PRINT and PUNCH: the list from there
         CLC   8(8,R9),=CL8'PRINT'
         BE    OFPRINT
         CLC   8(8,R9),=CL8'PUNCH'
         BE    OFPUNCH
         MVC   OFBFF,8(R9)
         CLI   8(R9),X'FF'
         BNE   *+10
         MVC   OFBFF,=CL8' '
         WRTERM OFBFMSG,OFBFLEN
         LA    R15,24
         B     OFRET
OFPRINT  L     R15,=V(PRINTF)
         BALR  R14,R15
         B     OFRET
OFPUNCH  L     R15,=V(PUNCH)
         BALR  R14,R15
         B     OFRET
*
OFREAD   LA    R1,16(,R9)
         LA    R2,OFFSCB+8
         LH    R0,=C'A1'
         L     R15,=V(TOKFID)
         BALR  R14,R15
         CH    R15,=H'4'
         BE    OFINCOMP
         LTR   R15,R15
         BNZ   OFBADMOD
         CLI   OFFSCB+24,C'*'
         BNE   *+8
         MVI   OFFSCB+24,C'A'
         CLI   OFFSCB+25,C' '
         BNE   *+8
         MVI   OFFSCB+25,C'1'
         BAL   R14,CARD           the first card
         CH    R15,=H'0'
         BNE   OFNOCARD
         CLC   OFBUF(5),=C':READ'
         BNE   OFERASE
         BAL   R14,CARD
         LTR   R15,R15
         BNZ   OFNOCARD
OFERASE  MVC   OFPL+8(18),OFFSCB+8   the old file goes
         LA    R1,OFPL
         L     R15,=V(ERASE)
         BALR  R14,R15
OFLOOP   LA    R1,OFFSCB
         L     R15,=V(WRBUF)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   OFWRERR
         BAL   R14,CARD
         LTR   R15,R15
         BZ    OFLOOP
         LA    R1,OFFSCB          the end of the deck
         L     R15,=V(FINIS)
         BALR  R14,R15
         LTR   R15,R15
         BZ    OFRET
OFWRERR  LR    R10,R15
         CVD   R15,OFDEC
         UNPK  OFWRC,OFDEC+6(2)
         OI    OFWRC+1,X'F0'
         LA    R1,OFFSCB+8
         LA    R2,OFWRF
         L     R15,=V(FIDOUT)
         BALR  R14,R15
         LA    R1,OFWRMSG
         SR    R2,R1
         WRTERM (R1),(R2)
         LR    R15,R10
         B     OFRET
OFNOCARD WRTERM 'DMSOFL002E NO CARDS IN THE READER'
         LA    R15,100
         B     OFRET
OFINCOMP WRTERM 'DMSOFL054E INCOMPLETE FILEID SPECIFIED'
         LA    R15,24
         B     OFRET
OFBADMOD MVC   OFBMM,OFFSCB+24
         WRTERM OFBMMSG,OFBMLEN
         LA    R15,24
OFRET    L     R13,OFSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
* CARD: the next card into OFBUF (80 columns, blanks where a short
* card ends). R15 = 0 read; else the deck has ended.
CARD     ST    R14,CDR14
         MVC   OFBUF,=CL80' '
         LH    R0,NUCRDR
         LA    R1,OFBUF
         LA    R2,80
         LA    R3,X'02'           read
         L     R15,=V(URIO)
         BALR  R14,R15
         L     R14,CDR14
         BR    R14
*
         LTORG
OFFSCB   FSCB  WRBUF,,,,BUFFER=OFBUF,BSIZE=80
OFPL     DC    CL8'ERASE',CL18' ',XL8'FFFFFFFFFFFFFFFF'
CDR14    DS    F
         DS    0D
OFDEC    DS    D
OFBUF    DS    CL80
OFBFMSG  DC    C'DMSOFL014E INVALID FUNCTION '''
OFBFF    DC    CL8' '
         DC    C''''
OFBFLEN  EQU   *-OFBFMSG
OFBMMSG  DC    C'DMSOFL048E INVALID MODE '''
OFBMM    DC    C'MM'
         DC    C''''
OFBMLEN  EQU   *-OFBMMSG
OFWRMSG  DC    C'DMSOFL105S ERROR '
OFWRC    DC    C'NN'
         DC    C' WRITING FILE '
OFWRF    DS    CL40
OFSAVE   DS    18F
         END
