         TITLE 'SORT - SORT THE RECORDS OF A FILE'
***********************************************************************
* SORT fn1 ft1 fm1 fn2 ft2 fm2: the records of a fixed-format file in *
* the order of their sort fields, as a second file (GH20-0859: SORT;  *
* the prompt is VM/370's). It asks DMSSRT604R ENTER SORT FIELDS: and *
* takes pairs of columns 'start end' (up to eight; the first pair is  *
* the major field), compared as EBCDIC bytes; records with equal keys *
* keep their order. = in the second identifier keeps that part of the *
* first; it may name the input itself. The records are held in the    *
* user area (NUCUSER up to the end of storage) while they are sorted, *
* so SORT is for the command line, not for a running program; the     *
* output is written as SORT CMSUT1 and takes its name in one commit   *
* (REPLFILE).                                                         *
*   DMSSRT002E FILE 'fn ft fm' NOT FOUND               28             *
*   DMSSRT034E FILE 'fn ft fm' IS NOT FIXED LENGTH     32             *
*   DMSSRT048E INVALID MODE 'fm'                       24             *
*   DMSSRT054E INCOMPLETE FILEID SPECIFIED             24             *
*   DMSSRT063E NO SORT FIELDS ... / INVALID SORT FIELD 24 (ours)      *
*   DMSSRT070E FILE TOO LARGE TO SORT IN STORAGE       40 (ours)      *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         FSCB
         FSTD
         PRINT GEN
SORT     CSECT
         USING NUCON,R0
         USING SORT,R12,R11
         STM   R14,R12,12(R13)
         LR    R12,R15
         LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         ST    R13,SRSAVE+4
         LA    R13,SRSAVE
         LR    R9,R1
         LA    R1,8(,R9)          the input
         LA    R2,SRIN+8
         LH    R0,=C'* '
         L     R15,=V(TOKFID)
         BALR  R14,R15
         CH    R15,=H'4'
         BE    SRINCOMP
         LTR   R15,R15
         BNZ   SRBADIN
         CLI   0(R1),X'FF'
         BE    SRINCOMP
         LA    R2,SROUT+8         the output
         LH    R0,=C'= '
         L     R15,=V(TOKFID)
         BALR  R14,R15
         CH    R15,=H'4'
         BE    SRINCOMP
         CLI   SROUT+24,C'='
         BE    SREXIST
         LTR   R15,R15
         BNZ   SRBADOUT
SREXIST  MVC   SRPL+8(18),SRIN+8
         LA    R1,SRPL
         L     R15,=V(STATE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   SRNOTFND
         L     R1,=V(STATEFST)
         MVC   SRIN+24(2),FSTFMODE-FSTD(R1)   letter found, number
         CLI   FSTRECFM-FSTD(R1),C'F'
         BNE   SRNOTF
         L     R0,FSTLRECL-FSTD(R1)
         ST    R0,SRLRECL         (any length a file allows: the
*                                 storage says how many records fit)
         CLI   SROUT+8,C'='       = parts from the input
         BNE   *+10
         MVC   SROUT+8(8),SRIN+8
         CLI   SROUT+16,C'='
         BNE   *+10
         MVC   SROUT+16(8),SRIN+16
         CLI   SROUT+24,C'='
         BNE   *+10
         MVC   SROUT+24(2),SRIN+24
         CLI   SROUT+25,C' '
         BNE   *+10
         MVC   SROUT+25(1),SRIN+25
*
* The sort fields.
         WRTERM 'DMSSRT604R ENTER SORT FIELDS:'
         RDTERM SRLINE,UPCASE=YES
         LR    R3,R0              the line's length
         LA    R4,SRLINE
         LA    R5,SRFIELDS
         SR    R6,R6              pairs
SRPAIR   BAL   R14,NUMBER
         LTR   R15,R15
         BNZ   SRPAIRS
         LR    R7,R0              start
         BAL   R14,NUMBER
         LTR   R15,R15
         BNZ   SRBADFLD
         LTR   R7,R7              1 <= start <= end <= lrecl
         BNP   SRBADFLD
         CR    R0,R7
         BL    SRBADFLD
         C     R0,SRLRECL
         BH    SRBADFLD
         CH    R6,=H'8'
         BNL   SRBADFLD
         BCTR  R7,0
         STH   R7,0(,R5)          offset
         SR    R0,R7
         BCTR  R0,0
         STH   R0,2(,R5)          length - 1
         LA    R5,4(,R5)
         LA    R6,1(,R6)
         B     SRPAIR
SRPAIRS  LTR   R15,R15            a number alone, or junk
         BM    SRBADFLD
         LTR   R6,R6
         BZ    SRNOFLD
         ST    R6,SRNFLD
*
* The records into the user area, a pointer to each after them.
         L     R8,NUCUSER         where the records go
         L     R10,FREELOWE       the pointers grow down from the end
         ST    R10,NUCUSED        (kept from free storage meanwhile)
         SR    R6,R6              records
         MVC   SRIN(8),=CL8'RDBUF'
SRREAD   ST    R8,SRIN+FSCBBUFF-FSCBD
         MVC   SRIN+FSCBSIZE-FSCBD(4),SRLRECL
         LR    R1,R8              room for one more and its pointer?
         A     R1,SRLRECL
         LA    R1,4(,R1)
         CR    R1,R10
         BH    SRFULL
         LA    R1,SRIN
         L     R15,=V(RDBUF)
         BALR  R14,R15
         CH    R15,=H'12'
         BE    SRSORT
         LTR   R15,R15
         BNZ   SRRDERR
         S     R10,=F'4'
         ST    R8,0(,R10)
         A     R8,SRLRECL
         LA    R6,1(,R6)
         B     SRREAD
*
* Insertion sort of the pointers (R10 up, R6 of them): stable, and
* quick enough for the files a console user sorts.
SRSORT   LA    R1,SRIN
         L     R15,=V(FINIS)
         BALR  R14,R15
         LA    R7,1               the one to insert
SRINS    CR    R7,R6
         BNL   SRWRITE
         LR    R1,R7
         SLL   R1,2
         AR    R1,R10
         L     R2,0(,R1)          the record
SRSHIFT  CR    R1,R10             j > 0: compare with the one below
         BNH   SRPLACE
         S     R1,=F'4'
         L     R3,0(,R1)
         BAL   R14,COMPARE        R2's key below R3's?
         BNL   SRPLACE4
         MVC   4(4,R1),0(R1)
         B     SRSHIFT
SRPLACE4 LA    R1,4(,R1)
SRPLACE  ST    R2,0(,R1)
         LA    R7,1(,R7)
         B     SRINS
*
* The output: SORT CMSUT1 on the output's disk, then its name.
SRWRITE  MVC   SRWORK+16(1),SROUT+24
         MVC   SRPL(8),=CL8'ERASE'
         MVC   SRPL+8(18),SRWORK
         LA    R1,SRPL
         L     R15,=V(ERASE)
         BALR  R14,R15
         MVC   SRIN(8),=CL8'WRBUF'
         MVC   SRIN+8(18),SRWORK
         MVC   SRIN+FSCBFV-FSCBD(1),=C'F'
SRWLOOP  LTR   R6,R6
         BNP   SRWDONE
         L     R1,0(,R10)
         ST    R1,SRIN+FSCBBUFF-FSCBD
         LA    R1,SRIN
         L     R15,=V(WRBUF)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   SRWRERR
         LA    R10,4(,R10)
         BCTR  R6,0
         B     SRWLOOP
SRWDONE  LA    R1,SRIN
         L     R15,=V(FINIS)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   SRWRERR
         LA    R1,SRWORK
         LA    R2,SROUT+8
         L     R15,=V(REPLFILE)
         BALR  R14,R15
         B     SRRET
SRWRERR  CH    R15,=H'13'
         BNE   SRRET
         MVC   SRFULLM,SROUT+24
         WRTERM SRFULLMS,SRFULLL
         LA    R15,13
         B     SRRET
*
SRFULL   LA    R1,SRIN
         L     R15,=V(FINIS)
         BALR  R14,R15
SRTOOBIG WRTERM 'DMSSRT070E FILE TOO LARGE TO SORT IN STORAGE'
         LA    R15,40
         B     SRRET
SRRDERR  LR    R10,R15
         LA    R1,SRIN
         L     R15,=V(FINIS)
         BALR  R14,R15
         LR    R15,R10
         B     SRRET
SRNOFLD  WRTERM 'DMSSRT063E NO SORT FIELDS SPECIFIED'
         LA    R15,24
         B     SRRET
SRBADFLD WRTERM 'DMSSRT063E INVALID SORT FIELD'
         LA    R15,24
         B     SRRET
SRNOTF   MVC   SRMSGE(15),=C' IS NOT FIXED L'
         MVC   SRMSGE+15(5),=C'ENGTH'
         LA    R3,20
         MVC   SRMSGS,=C'034'
         LA    R15,32
         B     SRFIDMSG
SRNOTFND CH    R15,=H'36'
         BE    SRBADIN
         MVC   SRMSGE(10),=C' NOT FOUND'
         LA    R3,10
         MVC   SRMSGS,=C'002'
         LA    R15,28
SRFIDMSG LR    R10,R15
         MVC   SRMSG(16),=C'DMSSRT002E FILE '
         MVC   SRMSG+6(3),SRMSGS
         LA    R1,SRIN+8
         LA    R2,SRMSG+16
         L     R15,=V(FIDOUT)
         BALR  R14,R15
         BCTR  R3,0
         EX    R3,SRENDMV
         LA    R2,1(R3,R2)
         LA    R1,SRMSG
         SR    R2,R1
         WRTERM (R1),(R2)
         LR    R15,R10
         B     SRRET
SRENDMV  MVC   0(0,R2),SRMSGE
SRINCOMP WRTERM 'DMSSRT054E INCOMPLETE FILEID SPECIFIED'
         LA    R15,24
         B     SRRET
SRBADIN  MVC   SRBMM,SRIN+24
         B     SRBADM
SRBADOUT MVC   SRBMM,SROUT+24
SRBADM   WRTERM SRBMMSG,SRBMLEN
         LA    R15,24
SRRET    L     R13,SRSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
* COMPARE: the records at R2 and R3 by the sort fields: condition
* code low when R2's key is below R3's.
* A field's offset and length are halfwords up to 65,535, taken
* unsigned; a field longer than 256 is compared 256 bytes at a time.
COMPARE  L     R15,SRNFLD
         LA    R5,SRFIELDS
CPFIELD  L     R4,0(,R5)          offset
         SRL   R4,16
         LA    R8,0(R4,R2)
         LA    R9,0(R4,R3)
         L     R4,0(,R5)          length - 1
         N     R4,=X'0000FFFF'
CPCHUNK  C     R4,=F'255'
         BNH   CPLAST
         CLC   0(256,R8),0(R9)
         BNER  R14
         LA    R8,256(,R8)
         LA    R9,256(,R9)
         S     R4,=F'256'
         B     CPCHUNK
CPLAST   EX    R4,CPCLC
         BNER  R14
         LA    R5,4(,R5)
         BCT   R15,CPFIELD
         BR    R14                equal keys (condition code equal)
CPCLC    CLC   0(0,R8),0(R9)
*
* NUMBER: the next decimal number of the line (R4 -> it, R3 left):
* R0 = it, R15 = 0; 4 when the line has ended; -1 when junk comes.
NUMBER   SR    R0,R0
NMSKIP   LTR   R3,R3
         BNP   NMEND
         CLI   0(R4),C' '
         BNE   NMDIGIT
         LA    R4,1(,R4)
         BCTR  R3,0
         B     NMSKIP
NMDIGIT  CLI   0(R4),C'0'
         BL    NMJUNK
         CLI   0(R4),C'9'
         BH    NMJUNK
NMLOOP   SR    R1,R1
         IC    R1,0(,R4)
         N     R1,=F'15'
         MH    R0,=H'10'
         AR    R0,R1
         LA    R4,1(,R4)
         BCTR  R3,0
         LTR   R3,R3
         BNP   NMOK
         CLI   0(R4),C' '
         BE    NMOK
         CLI   0(R4),C'0'
         BL    NMJUNK
         CLI   0(R4),C'9'
         BNH   NMLOOP
NMJUNK   L     R15,=F'-1'
         BR    R14
NMOK     SR    R15,R15
         BR    R14
NMEND    LA    R15,4
         BR    R14
*
         LTORG
SRIN     FSCB  RDBUF,,,,BUFFER=0,BSIZE=80
SROUT    FSCB  WRBUF,,,,BUFFER=0,BSIZE=80
SRPL     DC    CL8'STATE',CL18' ',XL8'FFFFFFFFFFFFFFFF'
SRWORK   DC    CL8'SORT',CL8'CMSUT1',CL2'A1'
         DS    0F
SRLRECL  DS    F
SRNFLD   DS    F
SRFIELDS DS    8F
SRLINE   DS    CL130
SRMSG    DS    CL100
SRMSGE   DS    CL20
SRMSGS   DS    CL3
SRFULLMS DC    C'DMSSRT105S DISK '''
SRFULLM  DC    C'M'
         DC    C''' IS FULL'
SRFULLL  EQU   *-SRFULLMS
SRBMMSG  DC    C'DMSSRT048E INVALID MODE '''
SRBMM    DC    C'MM'
         DC    C''''
SRBMLEN  EQU   *-SRBMMSG
SRSAVE   DS    18F
         END
