         TITLE 'WRBUF - WRITE RECORDS OF A FILE'
***********************************************************************
* WRBUF: writes items (records) of a file from the caller's buffer    *
* (GH20-0859 and the CMS PLM: a file that does not exist is made; it  *
* stays open until FINIS, which enters it in the directory; item 0    *
* means the next one, after the last). R1 -> FSCB: filename,          *
* filetype, filemode (the disk: blank or * is A; the number is 1      *
* when none is given), item number, buffer, its size (the bytes to    *
* write), record format F or V, number of items. A fixed file's items *
* are size / number of items long, all the same length; an item may   *
* be rewritten or the file extended. A variable file's item is the    *
* size, 1 to 65535, and is added after the last.                      *
* Nothing reaches the directory before FINIS: a stop or an error on   *
* the way leaves the file as it was (see AFTMGR, UPDISK).             *
* Return codes (VM/370's WRBUF codes where CP-67's are not given):    *
*   0 written; 3 I/O error; 5 no items or no bytes; 6 the item lies   *
*   past the end (a gap); 7 a variable item not after the last, or    *
*   the record format differs from the file's; 10 too many files      *
*   open; 12 read-only disk; 13 disk full (the file is given up: the  *
*   disk keeps what it had); 14 item longer than 65535; 15 the length *
*   differs from the file's record length; 36 disk not accessed.      *
***********************************************************************
         PRINT NOGEN
         REGEQU
         FSCB
         FSTD
         AFTD
         PRINT GEN
WRBUF    CSECT
         STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         ST    R13,WRSAVE+4
         LA    R13,WRSAVE
         LR    R9,R1
         USING FSCBD,R9
         LA    R0,1               open for writing
         L     R15,=V(AFTOPEN)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   WRRET
         LR    R3,R1
         USING AFTD,R3
         LA    R8,AFTFST
         USING FSTD,R8
         L     R5,FSCBSIZE        bytes to write
         LTR   R5,R5
         BNP   WRNOIT
         LA    R2,C'F'            the record format
         CLI   FSCBFV,C'V'
         BNE   *+8
         LA    R2,C'V'
         LH    R0,FSTRECCT        a file with items keeps its format
         LTR   R0,R0
         BZ    WRSETFM
         STC   R2,WRFM
         CLC   WRFM,FSTRECFM
         BNE   WRBADFM
WRSETFM  STC   R2,FSTRECFM
         LH    R7,FSCBITNO        the item: given, or the next
         LTR   R7,R7
         BNZ   *+8
         L     R7,AFTWITEM
         CLI   FSTRECFM,C'V'
         BE    WRVAR
*
* Fixed: n items of size / n bytes at (item - 1) * length.
         LH    R6,FSCBNOIT
         LTR   R6,R6
         BNP   WRNOIT
         SR    R4,R4
         DR    R4,R6              R5 = the record length
         LTR   R4,R4
         BNZ   WRBADLEN
         LH    R0,FSTRECCT
         LTR   R0,R0
         BZ    WRFLEN
         C     R5,FSTLRECL
         BNE   WRBADLEN
WRFLEN   ST    R5,FSTLRECL
         LH    R0,FSTRECCT        no gap after the last item
         AH    R0,=H'1'
         CR    R7,R0
         BH    WRGAP
         LR    R0,R7              the count after this write
         AR    R0,R6
         BCTR  R0,0
         C     R0,=F'65535'
         BH    WRFULL
         ST    R0,WRLAST
         LR    R5,R7
         BCTR  R5,0
         M     R4,FSTLRECL        position
         LR    R4,R5
         L     R5,FSCBSIZE
         L     R6,FSCBBUFF
         L     R15,=V(AFTPUT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   WRGIVEUP
         AR    R4,R5              the end may move
         C     R4,AFTEND
         BNH   *+8
         ST    R4,AFTEND
         L     R0,WRLAST
         CH    R0,FSTRECCT
         BNH   *+8
         STH   R0,FSTRECCT
         L     R0,WRLAST          the next item: after those written
         A     R0,=F'1'
         ST    R0,AFTWITEM
         SR    R15,R15
         B     WRRET
*
* Variable: one item after the last: its length, then its bytes.
WRVAR    LH    R0,FSTRECCT
         AH    R0,=H'1'
         CR    R7,R0
         BNE   WRBADFM
         C     R0,=F'65535'
         BH    WRFULL
         C     R5,=F'65535'
         BH    WRTOOBIG
         STH   R5,WRHALF
         L     R4,AFTEND
         LA    R5,2
         LA    R6,WRHALF
         L     R15,=V(AFTPUT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   WRGIVEUP
         LA    R4,2(,R4)
         L     R5,FSCBSIZE
         L     R6,FSCBBUFF
         L     R15,=V(AFTPUT)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   WRGIVEUP
         AR    R4,R5
         ST    R4,AFTEND
         STH   R7,FSTRECCT
         LA    R0,1(,R7)
         ST    R0,AFTWITEM
         C     R5,FSTLRECL        the longest item
         BNH   *+8
         ST    R5,FSTLRECL
         SR    R15,R15
         B     WRRET
*
* A write that failed part-way: the file is given up and its disk's
* directory read again, so the blocks it took are free and the disk
* holds the file as it was.
WRGIVEUP LR    R10,R15
         L     R1,AFTADT
         L     R15,=V(RELOAD)
         BALR  R14,R15
         LR    R15,R10
         B     WRRET
WRNOIT   LA    R15,5
         B     WRRET
WRGAP    LA    R15,6
         B     WRRET
WRBADFM  LA    R15,7
         B     WRRET
WRFULL   LA    R15,13
         B     WRGIVEUP
WRTOOBIG LA    R15,14
         B     WRRET
WRBADLEN LA    R15,15
WRRET    L     R13,WRSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
         LTORG
WRLAST   DS    F
WRHALF   DS    H
WRFM     DS    C
         DS    0F
WRSAVE   DS    18F
         END
