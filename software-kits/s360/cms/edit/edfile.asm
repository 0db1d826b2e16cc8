         TITLE 'EDFILE - THE CMS EDITOR''S IN-STORAGE FILE'
***********************************************************************
* EDFILE: the file the CMS context editor works on, held in storage   *
* (GH20-0859, the context editor: EDIT reads the whole file into      *
* storage and writes it back at FILE or SAVE; VM/370's EDIT does the  *
* same). The lines are EDLINE nodes in a ring, both ways, through a   *
* header node: the header is the top of file (TOF:) and, when EDSEOF  *
* is on, the end of file (EOF:), so every move is a pointer step and  *
* an insertion or deletion never moves other lines. The nodes are all *
* one size (the header and the record length), so a deleted line's   *
* node takes the next line inserted and the storage never fragments. *
* The storage is what EDIT gives EDFINIT: above the program loaded in *
* the user area, to the end of storage (docs/machines/cms.md "EDIT"). *
*                                                                     *
*   EDFINIT  R1 = first byte, R0 = end of the storage; EDLRECL set.   *
*            An empty file, the pointer at TOF. R15 = 0, 4 no room.   *
*   EDFNEW   R1 -> a node for a new line (LNLEN 0), R15 = 0; or       *
*            R15 = 4: no storage left.                                *
*   EDFADD   R1 -> a node from EDFNEW: inserted after the current     *
*            line (at TOF: first; at EOF: last) and made current.     *
*   EDFDEL   the current line (not TOF or EOF) is deleted; the line   *
*            after it becomes current (EOF when it was the last).     *
* All: BALR R14,R15, R11 -> EDWORK, R13 -> save area; leaves, other   *
* registers kept.                                                     *
***********************************************************************
         PRINT NOGEN
         REGEQU
         EDWORK
         EDLINE
         PRINT GEN
EDFILE   CSECT
         ENTRY EDFINIT,EDFNEW,EDFADD,EDFDEL
         USING EDWORK,R11
         USING EDLINE,R2
*
***********************************************************************
* EDFINIT                                                             *
***********************************************************************
         USING EDFINIT,R15
EDFINIT  STM   R14,R12,12(R13)
         LA    R1,7(,R1)          nodes on a doubleword
         N     R1,=X'00FFFFF8'
         ST    R0,EDLIMIT
         LH    R3,EDLRECL         node: header and the record, words
         LA    R3,LNHDRSZ+3(,R3)
         N     R3,=X'00FFFFFC'
         ST    R3,EDNODESZ
         LR    R2,R1              the header node
         AR    R1,R3
         CR    R1,R0
         BH    FNOROOM
         ST    R1,EDAVAIL
         ST    R2,EDHEAD
         ST    R2,EDCUR
         ST    R2,LNNEXT          a ring of one: the file is empty
         ST    R2,LNPREV
         XC    LNLEN,LNLEN
         XC    EDFREE,EDFREE
         XC    EDCOUNT,EDCOUNT
         NI    EDSTATE,255-EDSEOF TOF:
         B     FOK
         DROP  R15
*
***********************************************************************
* EDFNEW                                                              *
***********************************************************************
         USING EDFNEW,R15
EDFNEW   STM   R14,R12,12(R13)
         L     R2,EDFREE          a node deleted before, first
         LTR   R2,R2
         BZ    FNFRESH
         MVC   EDFREE,LNNEXT
         B     FNGOT
FNFRESH  L     R2,EDAVAIL         else one more from the storage
         LR    R1,R2
         A     R1,EDNODESZ
         C     R1,EDLIMIT
         BH    FNOROOM
         ST    R1,EDAVAIL
FNGOT    XC    LNLEN,LNLEN
         ST    R2,24(,R13)        R1 returned
         B     FOK
         DROP  R15
*
***********************************************************************
* EDFADD                                                              *
***********************************************************************
         USING EDFADD,R15
EDFADD   STM   R14,R12,12(R13)
         LR    R3,R1              the new line
         L     R2,EDCUR           it goes after the current one ...
         TM    EDSTATE,EDSEOF
         BZ    FAAFTER
         L     R2,EDHEAD          ... or, at EOF, after the last
         L     R2,LNPREV
FAAFTER  L     R4,LNNEXT          R2 before it, R4 after it
         ST    R4,LNNEXT-EDLINE(,R3)
         ST    R2,LNPREV-EDLINE(,R3)
         ST    R3,LNNEXT
         ST    R3,LNPREV-EDLINE(,R4)
         ST    R3,EDCUR
         NI    EDSTATE,255-EDSEOF
         OI    EDSTATE,EDSCHG
         L     R1,EDCOUNT
         LA    R1,1(,R1)
         ST    R1,EDCOUNT
         B     FOK
         DROP  R15
*
***********************************************************************
* EDFDEL                                                              *
***********************************************************************
         USING EDFDEL,R15
EDFDEL   STM   R14,R12,12(R13)
         L     R2,EDCUR
         C     R2,EDHEAD          TOF: or EOF: is no line
         BE    FOK
         L     R3,LNPREV          unlinked: R3 before, R4 after
         L     R4,LNNEXT
         ST    R4,LNNEXT-EDLINE(,R3)
         ST    R3,LNPREV-EDLINE(,R4)
         MVC   LNNEXT,EDFREE      the node kept for the next line
         ST    R2,EDFREE
         ST    R4,EDCUR
         C     R4,EDHEAD
         BNE   *+8
         OI    EDSTATE,EDSEOF     it was the last: EOF:
         OI    EDSTATE,EDSCHG
         L     R1,EDCOUNT
         BCTR  R1,0
         ST    R1,EDCOUNT
         B     FOK
         DROP  R15
*
FOK      SR    R15,R15
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
FNOROOM  LA    R15,4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
         LTORG
         END
