         TITLE 'FREESTOR - CMS FREE STORAGE: DMSFREE AND DMSFRET'
***********************************************************************
* FREESTOR: the nucleus's free storage. What CMS needs only for a     *
* while - a disk's file directory while the disk is ACCESSed, an      *
* EXEC's lines while it runs - is taken here and given back, so that  *
* the nucleus itself holds no room for the most it could ever need    *
* (the CMS PLM GY20-0591 has ACCESS read the file directory into     *
* free storage; how free storage is kept follows VM/370's DMSFRE,     *
* SY20-0887 "Managing CMS storage", and its DMSFREE/DMSFRET calls,    *
* the System Programmer's Guide GC20-1807: sizes in doublewords).     *
*                                                                     *
* Two areas, as VM/370 CMS has them:                                  *
*   low:  from the end of the nucleus (past the SVC 202 frames) to    *
*         the user area's origin (NUCUSER). It is taken first.        *
*   high: whole 4K pages taken from the top of the user area down,    *
*         when no free block of the low area is large enough.         *
*         FREELOWE (NUCON, VM/370's name) is the lowest such page:    *
*         the user area ends there for LOAD, EDIT and the file        *
*         commands. It never goes below the program loaded (NUCLDEND) *
*         nor below what the running command uses of the user area    *
*         (NUCUSED: EDIT, SORT, RECSTOR), and whole free pages at     *
*         FREELOWE go back to the user area as soon as they are free. *
* The free blocks are one chain in address order, each block's first  *
* doubleword its link and its length in bytes; neighbours are joined  *
* when a block comes back (never across the end of the low area). A   *
* block is taken from the low end of a free block of the low area and *
* from the high end of one of the high area, so that the high area's *
* blocks crowd at the top and FREELOWE can rise again.                *
*                                                                     *
*   FREEINIT R0 -> the low area (a doubleword), R1 -> its end; R2 = 0 *
*            for no high area (the file system's stand-alone test),   *
*            else the high area is NUCON's (FREELOWE to NUCMEMSZ).    *
*   DMSFREE  R0 = doublewords wanted: R1 -> them, zeroed, R15 = 0;    *
*            R15 = 1 when there is not enough storage (R1 unchanged); *
*            the caller says so (VM/370's "...109S VIRTUAL STORAGE    *
*            CAPACITY EXCEEDED" with its code 104).                   *
*   DMSFRET  R0 = doublewords, R1 -> them, as DMSFREE gave them.      *
*            R15 = 0; 2 when that is not a block in use (nothing is   *
*            done: a second FRET of a block cannot break the chain).  *
*   FREESUM  R0 = bytes of free storage not in use (QUERY STORAGE).   *
* BALR R14,R15, R13 -> save area; other registers kept. Only programs *
* call these (no interruption handler), so they run enabled.          *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         PRINT GEN
PAGE     EQU   4096
FREESTOR CSECT
         ENTRY FREEINIT,DMSFREE,DMSFRET,FREESUM
         USING NUCON,R0
*
* Each entry saves the caller's registers and comes to its code with
* R12 as the module's base.
         USING FREEINIT,R15
FREEINIT STM   R14,R12,12(R13)
         LA    R10,FRINIT
         B     FRGO
         DROP  R15
         USING DMSFREE,R15
DMSFREE  STM   R14,R12,12(R13)
         LA    R10,FRGET
         B     FRGO
         DROP  R15
         USING DMSFRET,R15
DMSFRET  STM   R14,R12,12(R13)
         LA    R10,FRRET
         B     FRGO
         DROP  R15
         USING FREESUM,R15
FREESUM  STM   R14,R12,12(R13)
         LA    R10,FRSUM
         B     FRGO
         DROP  R15
FRGO     BALR  R12,0
         USING *,R12
         B     *+4(R10)
FRINIT   EQU   0
FRGET    EQU   4
FRRET    EQU   8
FRSUM    EQU   12
         B     DOINIT
         B     DOGET
         B     DORET
         B     DOSUM
*
* Back to the caller: R15, and R1 when it is an answer.
RETR1    ST    R1,24(,R13)
RET      L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
***********************************************************************
* FREEINIT                                                            *
***********************************************************************
DOINIT   ST    R0,LOWBEG
         ST    R1,LOWEND
         MVI   HIGHOK,0
         LTR   R2,R2
         BZ    INIT1
         MVI   HIGHOK,1
         MVC   FREELOWE,NUCMEMSZ  no page of the user area taken yet
INIT1    XC    CHAIN,CHAIN
         CR    R1,R0              the whole low area, one free block
         BNH   INITRET            (none at all)
         LR    R3,R1
         SR    R3,R0
         N     R3,=X'00FFFFF8'
         BZ    INITRET
         LR    R2,R0
         XC    0(8,R2),0(R2)
         ST    R3,4(,R2)
         ST    R2,CHAIN
INITRET  SR    R15,R15
         B     RET
*
***********************************************************************
* FREESUM                                                             *
***********************************************************************
DOSUM    SR    R0,R0
         L     R2,CHAIN
SUMNEXT  LTR   R2,R2
         BZ    SUMEND
         A     R0,4(,R2)
         L     R2,0(,R2)
         B     SUMNEXT
SUMEND   ST    R0,20(,R13)        the caller's R0
         SR    R15,R15
         B     RET
*
***********************************************************************
* DMSFREE: R0 = doublewords                                           *
***********************************************************************
DOGET    LR    R3,R0              bytes
         SLL   R3,3
         LTR   R3,R3
         BNP   NOROOM
         C     R3,=X'00FFFFF8'
         BH    NOROOM
         BAL   R14,TAKE
         LTR   R1,R1
         BNZ   GOTIT
* None large enough: pages from the top of the user area, if they are
* not in use, joined to the free blocks (with one at FREELOWE).
         CLI   HIGHOK,0
         BE    NOROOM
         L     R5,FREELOWE
         LR    R4,R3
         A     R4,=A(PAGE-1)
         N     R4,=A(-PAGE)
         SR    R5,R4              the new FREELOWE
         BNP   NOROOM
         C     R5,NUCLDEND        the program loaded,
         BL    NOROOM
         C     R5,NUCUSED         the user storage of the command,
         BL    NOROOM
         C     R5,NUCUSER         the user area
         BL    NOROOM
         LR    R1,R5
         L     R0,FREELOWE
         SR    R0,R5
         ST    R5,FREELOWE
         BAL   R14,PUTBACK
         BAL   R14,TAKE
         LTR   R1,R1
         BZ    NOROOM             (cannot be)
GOTIT    LR    R2,R1              zero it, 256 bytes at a time
         LR    R4,R3
ZERO     C     R4,=F'256'
         BNH   ZERO1
         XC    0(256,R2),0(R2)
         LA    R2,256(,R2)
         S     R4,=F'256'
         B     ZERO
ZERO1    BCTR  R4,0
         EX    R4,ZEROXC
         SR    R15,R15
         B     RETR1
ZEROXC   XC    0(0,R2),0(R2)
NOROOM   LA    R15,1
         B     RET
*
* TAKE: R3 bytes from the first free block that has them -> R1 (0 if
* none). From the low end in the low area, the high end in the high.
TAKE     LA    R6,CHAIN           R6 -> the link to the block
TAKENEXT L     R2,0(,R6)          R2 -> the block
         LTR   R2,R2
         BZ    TAKENONE
         C     R3,4(,R2)
         BNH   TAKEIT
         LR    R6,R2
         B     TAKENEXT
TAKENONE SR    R1,R1
         BR    R14
TAKEIT   BE    TAKEALL            exactly its size: the block goes
         C     R2,LOWEND
         BL    TAKELOW
         L     R4,4(,R2)          the high end of a high block
         SR    R4,R3
         ST    R4,4(,R2)
         LA    R1,0(R4,R2)
         BR    R14
TAKELOW  LA    R1,0(R3,R2)        the rest of the block, after it
         MVC   0(4,R1),0(R2)
         L     R4,4(,R2)
         SR    R4,R3
         ST    R4,4(,R1)
         ST    R1,0(,R6)
         LR    R1,R2
         BR    R14
TAKEALL  MVC   0(4,R6),0(R2)
         LR    R1,R2
         BR    R14
*
***********************************************************************
* DMSFRET: R0 = doublewords, R1 -> them                               *
***********************************************************************
DORET    LR    R3,R0
         SLL   R3,3
         LTR   R3,R3
         BNP   BADRET
         LR    R4,R1              on a doubleword,
         N     R4,=F'7'
         BNZ   BADRET
         LR    R4,R1              inside one area
         AR    R4,R3              (R4: its end)
         C     R1,LOWBEG
         BL    BADRET
         C     R4,LOWEND
         BNH   RETAREA
         CLI   HIGHOK,0
         BE    BADRET
         C     R1,FREELOWE
         BL    BADRET
         C     R4,NUCMEMSZ
         BH    BADRET
RETAREA  LA    R6,CHAIN           and free of every free block
CHKNEXT  L     R2,0(,R6)
         LTR   R2,R2
         BZ    CHKOK
         CR    R2,R4              a free block after it: done
         BNL   CHKOK
         L     R5,4(,R2)          one before it must end by its start
         AR    R5,R2
         CR    R5,R1
         BH    BADRET
         LR    R6,R2
         B     CHKNEXT
CHKOK    LR    R0,R3
         BAL   R14,PUTBACK
         BAL   R14,GIVEBACK
         SR    R15,R15
         B     RET
BADRET   LA    R15,2
         B     RET
*
* PUTBACK: R1 -> R0 bytes (free of every free block) into the chain,
* joined to the free blocks either side of it.
PUTBACK  LA    R6,CHAIN           R6 -> the link before it
PUTNEXT  L     R2,0(,R6)
         LTR   R2,R2
         BZ    PUTHERE
         CR    R2,R1
         BH    PUTHERE
         LR    R6,R2
         B     PUTNEXT
PUTHERE  ST    R2,0(,R1)          R2: the free block after it (or 0)
         ST    R0,4(,R1)
         ST    R1,0(,R6)
         LTR   R2,R2              joined to the one after it?
         BZ    PUTPREV
         L     R4,4(,R1)
         AR    R4,R1
         CR    R4,R2
         BNE   PUTPREV
         C     R4,LOWEND          (never across the low area's end)
         BE    PUTPREV
         MVC   0(4,R1),0(R2)
         L     R4,4(,R1)
         A     R4,4(,R2)
         ST    R4,4(,R1)
PUTPREV  LA    R4,CHAIN           and to the one before it?
         CR    R6,R4
         BER   R14
         L     R4,4(,R6)
         AR    R4,R6
         CR    R4,R1
         BNER  R14
         C     R4,LOWEND
         BER   R14
         MVC   0(4,R6),0(R1)
         L     R4,4(,R6)
         A     R4,4(,R1)
         ST    R4,4(,R6)
         BR    R14
*
* GIVEBACK: the whole pages of a free block at FREELOWE go back to the
* user area (FREELOWE rises past them).
GIVEBACK CLI   HIGHOK,0
         BER   R14
         LA    R6,CHAIN
GIVENEXT L     R2,0(,R6)
         LTR   R2,R2
         BZR   R14
         C     R2,FREELOWE
         BE    GIVEIT
         BHR   R14
         LR    R6,R2
         B     GIVENEXT
GIVEIT   L     R4,4(,R2)          whole pages of it
         N     R4,=A(-PAGE)
         BZR   R14
         LA    R5,0(R4,R2)        the new FREELOWE
         ST    R5,FREELOWE
         L     R7,4(,R2)          what is left of the block
         SR    R7,R4
         BZ    GIVEALL
         MVC   0(4,R5),0(R2)
         ST    R7,4(,R5)
         ST    R5,0(,R6)
         BR    R14
GIVEALL  MVC   0(4,R6),0(R2)
         BR    R14
*
         LTORG
CHAIN    DC    A(0)               the first free block
LOWBEG   DC    A(0)               the low area
LOWEND   DC    A(0)
HIGHOK   DC    X'00'              pages of the user area may be taken
         END
