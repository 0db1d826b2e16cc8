         TITLE 'RDBUF - READ RECORDS OF A FILE'
***********************************************************************
* RDBUF: reads items (records) of a file into the caller's buffer     *
* (GH20-0859 and the CMS PLM: the file stays open until FINIS; item 0 *
* means the next one). R1 -> FSCB (maclib FSCB): filename, filetype,  *
* filemode (blank or *: the search order), item number, buffer, its   *
* size, number of items. A fixed file gives as many whole items as    *
* are asked for and there are; a variable file gives one. FSCBNORD    *
* says how many bytes came.                                           *
* Return codes (VM/370's RDBUF codes where CP-67's are not given):    *
*   0 read; 1 no such file; 3 I/O error; 5 no items asked for;        *
*   8 the item was longer than the buffer (the buffer holds its       *
*   start); 10 too many files open; 12 end of file; 36 the mode's     *
*   disk is not accessed.                                             *
***********************************************************************
         PRINT NOGEN
         REGEQU
         FSCB
         FSTD
         AFTD
         PRINT GEN
RDBUF    CSECT
         STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         ST    R13,RDSAVE+4
         LA    R13,RDSAVE
         LR    R9,R1
         USING FSCBD,R9
         XC    FSCBNORD,FSCBNORD
         SR    R0,R0              open for reading
         L     R15,=V(AFTOPEN)
         BALR  R14,R15
         LTR   R15,R15
         BZ    RDOPEN
         CH    R15,=H'28'
         BNE   RDRET
         LA    R15,1              no such file
         B     RDRET
RDOPEN   LR    R3,R1
         USING AFTD,R3
         LA    R8,AFTFST
         USING FSTD,R8
         LH    R7,FSCBITNO        the item: given, or the next
         LTR   R7,R7
         BNZ   *+8
         L     R7,AFTITEM
         LH    R0,FSTRECCT
         CR    R7,R0
         BH    RDEOF
         CLI   FSTRECFM,C'V'
         BE    RDVAR
*
* Fixed: items item .. item+n-1, no more than there are.
         LH    R6,FSCBNOIT
         LTR   R6,R6
         BNP   RDNOIT
         SR    R0,R7              R0 = items from this one to the end
         AH    R0,=H'1'
         CR    R6,R0
         BNH   *+6
         LR    R6,R0
         LR    R5,R7              position = (item - 1) * length
         BCTR  R5,0
         M     R4,FSTLRECL
         ST    R5,RDN
         LR    R5,R6              length = n * record length
         M     R4,FSTLRECL
         L     R4,RDN
         SR    R10,R10            return code
         C     R5,FSCBSIZE
         BNH   RDFGET
         L     R5,FSCBSIZE
         LA    R10,8              truncated
RDFGET   ST    R6,RDN
         L     R6,FSCBBUFF
         L     R15,=V(AFTGET)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   RDRET
         ST    R5,FSCBNORD
         A     R7,RDN
         ST    R7,AFTITEM
         LR    R15,R10
         B     RDRET
*
* Variable: to the item by the lengths from where the last read ended
* (from the start when it lies behind), then its length and bytes.
RDVAR    C     R7,AFTITEM
         BNL   RDVSKIP
         XC    AFTPOS,AFTPOS
         LA    R0,1
         ST    R0,AFTITEM
RDVSKIP  BAL   R14,RDLEN          R5 = this item's length
         LTR   R15,R15
         BNZ   RDRET
         C     R7,AFTITEM
         BE    RDVHERE
         L     R4,AFTPOS
         LA    R4,2(R4,R5)
         ST    R4,AFTPOS
         L     R4,AFTITEM
         LA    R4,1(,R4)
         ST    R4,AFTITEM
         B     RDVSKIP
RDVHERE  LR    R6,R5              the whole item ...
         SR    R10,R10
         C     R5,FSCBSIZE        ... or what the buffer holds
         BNH   *+12
         L     R5,FSCBSIZE
         LA    R10,8
         L     R4,AFTPOS
         LA    R4,2(,R4)
         ST    R6,RDN
         L     R6,FSCBBUFF
         L     R15,=V(AFTGET)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   RDRET
         ST    R5,FSCBNORD
         L     R4,AFTPOS
         A     R4,RDN
         LA    R4,2(,R4)
         ST    R4,AFTPOS
         LA    R7,1(,R7)
         ST    R7,AFTITEM
         LR    R15,R10
         B     RDRET
*
* RDLEN: R5 = the length of the variable item at AFTPOS.
RDLEN    ST    R14,RDLR14
         L     R4,AFTPOS
         LA    R5,2
         LA    R6,RDHALF
         L     R15,=V(AFTGET)
         BALR  R14,R15
         LH    R5,RDHALF          (a length up to 65,535: unsigned)
         N     R5,=X'0000FFFF'
         L     R14,RDLR14
         BR    R14
*
RDNOIT   LA    R15,5
         B     RDRET
RDEOF    LA    R15,12
RDRET    L     R13,RDSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
         LTORG
RDN      DS    F
RDLR14   DS    F
RDHALF   DS    H
         DS    0F
RDSAVE   DS    18F
         END
