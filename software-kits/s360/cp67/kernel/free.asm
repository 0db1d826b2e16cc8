         TITLE 'FREE - CP''S FREE STORAGE'
***********************************************************************
* FREE and FRET: CP's free storage, the storage of its control blocks *
* (VMBLOKs, IOBLOKs, page tables, buffers), in doublewords, as the    *
* CP-67 PLM's FREE and FRET give it. The free blocks form one chain   *
* in address order (word 0: the next block, word 1: its size in       *
* doublewords); FREE takes the first block that is large enough,     *
* from its end so that the chain needs no change unless the block is  *
* used up, and zeroes what it gives; FRET puts a block back in its    *
* place and joins it to its neighbours, so that storage given back    *
* is whole again. CP-67 kept subpools of the commonest sizes as well; *
* with the handful of users we serve, first fit is fast enough and    *
* simpler to follow.                                                  *
*                                                                     *
* Running out, a bad size, or a block given back that overlaps a free *
* one, are CP's own errors: CPABEND FRE001-FRE004.                    *
*                                                                     *
* Entries (CALL):                                                     *
*   FREEINIT R1 = first byte, R0 = bytes (page multiple): the area    *
*   FREE     R0 = doublewords -> R1 = the block (zeroed)              *
*   FRET     R0 = doublewords, R1 = the block                         *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         PRINT GEN
FREEMOD  CSECT
         ENTRY FREEINIT,FREE,FRET
         USING PSA,R0
*
FREEINIT ENTER BASE=FREEMOD
         ST    R1,PSAFREEB
         ST    R1,PSAFREEL        one block: all of it
         LR    R2,R1
         AR    R2,R0
         ST    R2,PSAFREEE
         SRL   R0,3
         ST    R0,PSAFRECT
         XC    0(4,R1),0(R1)
         ST    R0,4(,R1)
         LEAVE RC=0
*
FREE     ENTER BASE=FREEMOD
         LTR   R0,R0
         BP    FREEOK
         CPABEND FRE002           a size of zero or less
FREEOK   LA    R2,PSAFREEL        R2 -> the word that points to R3
FREENEXT L     R3,0(,R2)
         LTR   R3,R3
         BNZ   FREETRY
         CPABEND FRE001           no block large enough: out of storage
FREETRY  C     R0,4(,R3)
         BE    FREEALL
         BL    FREEPART
         LR    R2,R3
         B     FREENEXT
FREEALL  MVC   0(4,R2),0(R3)      the block goes: unchain it
         LR    R1,R3
         B     FREEZERO
FREEPART L     R4,4(,R3)          take the block's end
         SR    R4,R0
         ST    R4,4(,R3)
         SLL   R4,3
         LA    R1,0(R4,R3)
FREEZERO L     R4,PSAFRECT
         SR    R4,R0
         ST    R4,PSAFRECT
         LR    R4,R0              zero R0*8 bytes at R1
         SLL   R4,3
         LR    R5,R1
FREEZ256 CH    R4,=H'256'
         BL    FREEZLST
         XC    0(256,R5),0(R5)
         LA    R5,256(,R5)
         SH    R4,=H'256'
         BNZ   FREEZ256
         B     FREERET
FREEZLST BCTR  R4,0
         EX    R4,FREEXC
FREERET  LEAVE RC=0
FREEXC   XC    0(1,R5),0(R5)
*
FRET     ENTER BASE=FREEMOD
         LTR   R0,R0
         BP    FRETSZOK
         CPABEND FRE002
FRETSZOK LR    R6,R0              R6:R7 the block's ends
         SLL   R6,3
         AR    R6,R1
         LR    R7,R1
         N     R7,=X'00000007'
         BZ    FRETALGN
         CPABEND FRE003           not a doubleword
FRETALGN C     R1,PSAFREEB
         BL    FRETBAD
         C     R6,PSAFREEE
         BNH   FRETIN
FRETBAD  CPABEND FRE003           not free storage
FRETIN   SR    R5,R5              R5: the free block before it, or 0
         LA    R2,PSAFREEL
FRETNEXT L     R3,0(,R2)
         LTR   R3,R3
         BZ    FRETHERE
         CR    R3,R1
         BH    FRETHERE
         LR    R5,R3
         LR    R2,R3
         B     FRETNEXT
* R2 -> the link to R3, the first free block above R1 (or 0)
FRETHERE LTR   R3,R3
         BZ    FRETPREV
         CR    R6,R3
         BNH   FRETPREV
FRETOVL  CPABEND FRE004           it overlaps a free block
FRETPREV LTR   R5,R5
         BZ    FRETLINK
         L     R7,4(,R5)
         SLL   R7,3
         AR    R7,R5              the end of the block before
         CR    R7,R1
         BH    FRETOVL
         BL    FRETLINK
* it follows the block before at once: that block grows
         L     R7,4(,R5)
         AR    R7,R0
         ST    R7,4(,R5)
         LR    R1,R5              and is the block from now on
         B     FRETFWD
FRETLINK ST    R3,0(,R1)          a block of its own
         ST    R0,4(,R1)
         ST    R1,0(,R2)
FRETFWD  LTR   R3,R3              does the block above follow at once?
         BZ    FRETCNT
         CR    R6,R3
         BNE   FRETCNT
         L     R7,4(,R1)
         A     R7,4(,R3)
         ST    R7,4(,R1)
         MVC   0(4,R1),0(R3)
FRETCNT  L     R4,PSAFRECT
         AR    R4,R0
         ST    R4,PSAFRECT
         LEAVE RC=0
         LTORG
         END
