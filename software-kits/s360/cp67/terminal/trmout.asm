         TITLE 'TRMOUT - OUTPUT TO A TERMINAL: TRANSLATION, QUEUE'
***********************************************************************
* TRMOUT: a line for a terminal (docs/cp67.md "Terminals"). TRMWRITE  *
* translates the EBCDIC text into the terminal's line code into a     *
* buffer of its own (TOBUF, from free storage), queues it on the      *
* terminal and lets the line write it when it is free (TRMKICK). It   *
* never waits, so any part of CP, at any time, may type to a user.    *
*                                                                     *
* Each line ends with a new line: the 1052's write with carrier       *
* return, the teletype's carriage return and line feed, the 2741's    *
* NEW LINE code. X'15' (EBCDIC new line) inside the text starts a new *
* line too, as the 1052 does. A 2741 prints a key in the case its     *
* typeball is turned to: each buffer starts with the shift its first *
* character needs and shifts again where the case changes (the line  *
* code tables are in TRMTAB). A character the terminal cannot print  *
* is typed as a blank.                                                *
*                                                                     *
* Entries: TRMWRITE (R11 -> VMBLOK, or R11 = 0 and R10 -> TRMBLOK;    *
* R1 -> the text, R0 = its length), TRMGREET (R10: the greeting when  *
* a terminal calls), TRMMASK (R10: the mask a 2741 types under a      *
* password, as CP-67 covered it on paper).                            *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         TRMBLOK
         PRINT GEN
TRMOUT   CSECT
         USING PSA,0
         ENTRY TRMWRITE,TRMGREET,TRMMASK
         EXTRN TRMTTYO,TRM2O
* Line codes this module writes itself.
TTYCR    EQU   X'B1'          teletype carriage return (ASCII X'0D')
TTYLF    EQU   X'50'          teletype line feed (ASCII X'0A')
C2741NL  EQU   X'5B'          2741 NEW LINE
C2741UP  EQU   X'1C'          2741 upshift
C2741DN  EQU   X'7C'          2741 downshift
C2741BS  EQU   X'5D'          2741 backspace
C2741SP  EQU   X'01'          2741 space (either case)
MAXTEXT  EQU   400            longer text is cut
*
***********************************************************************
* TRMWRITE                                                            *
***********************************************************************
TRMWRITE ENTER BASE=TRMOUT
         LTR   R11,R11
         BZ    WRTTRM
         L     R10,VMTERM-VMBLOK(,R11)
         LTR   R10,R10
         BZ    WRTDONE                disconnected: the text is lost
WRTTRM   DS    0H
         USING TRMBLOK,R10
         LR    R4,R1                  the text
         LR    R5,R0                  its length
         LTR   R5,R5
         BNM   WRTLEN
         SR    R5,R5
WRTLEN   CH    R5,=AL2(MAXTEXT)
         BNH   WRTSIZE
         LH    R5,=AL2(MAXTEXT)
* The buffer: at most two codes a character (a shift, or CR LF) and
* the new line at the end.
WRTSIZE  LA    R0,TOBHDR+2+7(R5,R5)
         SRL   R0,3                   doublewords
         LR    R6,R0
         CALL  FREE
         USING TOBUF,R1
         STH   R6,TOBSIZE
         LA    R2,TOBTEXT             where the next code goes
         SR    R3,R3                  the character
         CLI   TRMKIND,TRMKTTY
         BE    WRTTTY
         CLI   TRMKIND,TRMK2741
         BE    WRT2741
* The 1052: EBCDIC as it is; the write command ends the line.
         LTR   R5,R5
         BZ    WRTEMPTY
         BCTR  R5,0
         EX    R5,WRTMVC
         LA    R2,1(R5,R2)
         B     WRTQUEUE
WRTEMPTY MVI   0(R2),X'40'            a blank line: one blank
         LA    R2,1(,R2)
         B     WRTQUEUE
WRTMVC   MVC   0(0,R2),0(R4)
* The teletype: a code a character, CR LF for a new line.
WRTTTY   L     R7,=A(TRMTTYO)
WRTTNEXT LTR   R5,R5
         BZ    WRTTEND
         IC    R3,0(,R4)
         LA    R4,1(,R4)
         BCTR  R5,0
         CH    R3,=H'21'              X'15'
         BE    WRTTNL
         IC    R3,0(R3,R7)
         STC   R3,0(,R2)
         LA    R2,1(,R2)
         B     WRTTNEXT
WRTTNL   MVI   0(R2),TTYCR
         MVI   1(R2),TTYLF
         LA    R2,2(,R2)
         B     WRTTNEXT
WRTTEND  MVI   0(R2),TTYCR
         MVI   1(R2),TTYLF
         LA    R2,2(,R2)
         B     WRTQUEUE
* The 2741: R8 = the case the typeball is in (0 lower, X'80' upper,
* X'FF' not known yet: the first character shifts it).
WRT2741  L     R7,=A(TRM2O)
         CLI   TRMCODE,0
         BE    WRT2EBCD
         LA    R7,256(,R7)            correspondence
WRT2EBCD LA    R8,X'FF'
WRT2NEXT LTR   R5,R5
         BZ    WRT2END
         IC    R3,0(,R4)
         LA    R4,1(,R4)
         BCTR  R5,0
         CH    R3,=H'21'              X'15'
         BE    WRT2NL
         CH    R3,=H'64'              a blank: either case
         BE    WRT2SP
         IC    R3,0(R3,R7)
         LR    R9,R3
         N     R9,=F'128'             the case it needs
         CR    R9,R8
         BE    WRT2KEY
         LR    R8,R9
         MVI   0(R2),C2741DN
         LTR   R9,R9
         BZ    WRT2SHFT
         MVI   0(R2),C2741UP
WRT2SHFT LA    R2,1(,R2)
WRT2KEY  N     R3,=F'127'
         STC   R3,0(,R2)
         LA    R2,1(,R2)
         B     WRT2NEXT
WRT2SP   MVI   0(R2),C2741SP
         LA    R2,1(,R2)
         B     WRT2NEXT
WRT2NL   MVI   0(R2),C2741NL
         LA    R2,1(,R2)
         B     WRT2NEXT
WRT2END  MVI   0(R2),C2741NL
         LA    R2,1(,R2)
         MVI   TOBUPPR,0
         CH    R8,=H'128'
         BNE   WRTQUEUE
         MVI   TOBUPPR,TRMFUPPR
* Queued at the end; the line writes it when it can.
WRTQUEUE LA    R0,TOBTEXT
         SR    R2,R0
         STH   R2,TOBLEN
         XC    TOBNEXT,TOBNEXT
         DROP  R1
         L     R2,TRMOUTL
         LTR   R2,R2
         BZ    WRTFIRST
         L     R3,TRMOUTQ
         LTR   R3,R3
         BZ    WRTFIRST
         ST    R1,TOBNEXT-TOBUF(,R2)
         B     WRTLAST
WRTFIRST ST    R1,TRMOUTQ
WRTLAST  ST    R1,TRMOUTL
         CALL  TRMKICK
WRTDONE  LEAVE RC=0
*
***********************************************************************
* TRMGREET: a terminal has called (R10 -> TRMBLOK): CP's greeting.    *
* CP-67's own text is not in the manuals we have; VM/370 typed        *
* "VM/370 ONLINE", and so we type CP-67's name in its place.          *
***********************************************************************
TRMGREET ENTER BASE=TRMOUT
         SR    R11,R11
         LA    R1,GREETING
         LA    R0,L'GREETING
         CALL  TRMWRITE
         LEAVE RC=0
*
***********************************************************************
* TRMMASK: on a 2741, the mask under which the password is typed: H, *
* I and X struck over each other in eight places, then the carrier    *
* back to the first, so the password typed prints into the blot.      *
* Other terminals have no mask: the 1052 and the teletype type what   *
* is keyed as it is keyed.                                            *
***********************************************************************
TRMMASK  ENTER BASE=TRMOUT
         CLI   TRMKIND,TRMK2741
         BNE   MASKDONE
         LA    R0,(8*6+8+7)/8+2
         LR    R6,R0
         CALL  FREE
         USING TOBUF,R1
         STH   R6,TOBSIZE
         L     R7,=A(TRM2O)
         CLI   TRMCODE,0
         BE    MASKEBCD
         LA    R7,256(,R7)
MASKEBCD LA    R2,TOBTEXT
         MVI   0(R2),C2741UP
         LA    R2,1(,R2)
         LA    R4,8
         SR    R3,R3
MASKPOS  IC    R3,TRM2OH
         IC    R3,0(R3,R7)
         STC   R3,0(,R2)
         MVI   1(R2),C2741BS
         IC    R3,TRM2OI
         IC    R3,0(R3,R7)
         STC   R3,2(,R2)
         MVI   3(R2),C2741BS
         IC    R3,TRM2OX
         IC    R3,0(R3,R7)
         STC   R3,4(,R2)
         NC    0(5,R2),MASKBITS       the case bit is not a code
         LA    R2,5(,R2)
         BCT   R4,MASKPOS
         LA    R4,8
MASKBACK MVI   0(R2),C2741BS
         LA    R2,1(,R2)
         BCT   R4,MASKBACK
         MVI   TOBUPPR,TRMFUPPR
         B     WRTQUEUE               queued as TRMWRITE queues
         DROP  R1
MASKDONE LEAVE RC=0
*
GREETING DC    C'CP-67 ONLINE'
TRM2OH   DC    C'H'
TRM2OI   DC    C'I'
TRM2OX   DC    C'X'
MASKBITS DC    5X'7F'
         LTORG
         END
