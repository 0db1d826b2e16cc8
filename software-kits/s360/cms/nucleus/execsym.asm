         TITLE 'EXECSYM - THE VARIABLE SYMBOLS WITHIN AN EXEC TOKEN'
***********************************************************************
* EXECSYM: replaces the variable symbols of one EXEC token by their   *
* values, the substitution the EXEC interpreter makes in every token  *
* of an executable statement before it runs it.                      *
*                                                                     *
* The rules (VM/370 CMS User's Guide, "Building EXEC Procedures":     *
* "What Is a Token?" and the substitution examples, and the CMS       *
* Command and Macro Reference's assignment statement; the CP-67       *
* EXEC they kept is not described so far in the manuals we have):   *
*  - a token is scanned for ampersands from its right end to its     *
*    left, and scanned again after each substitution, so a value      *
*    can complete a symbol to its left: &&INDEX1 with &INDEX1 = 1    *
*    is &1, then &1's value (the manual's "subscripts");             *
*  - a symbol runs from its ampersand to the end of the token, or to  *
*    a period, which ends it and is dropped (ours, as the assembler   *
*    and OS job control end a symbol: &X.&Y is the two values end to  *
*    end, &1.LIST the value and LIST; a period wanted after a value   *
*    is written twice); text before an ampersand is kept (PRE&X);    *
*  - a symbol without a value is replaced by nothing; a token left    *
*    empty is null, and the statement drops it;                      *
*  - the result is cut to 8 characters ("if a string containing      *
*    variable symbols expands to more than eight characters, it is    *
*    truncated"); a name longer than 8 is looked up by its first 8.  *
* A value is not scanned again by itself (a value holding its own     *
* name cannot loop): the scan goes on left of the symbol replaced.   *
*                                                                     *
* Entry: BALR 14,15, R13 -> save area, R1 -> parameter list:          *
*   A(token), A(variable table: EXECVAR entries), A(count of them),   *
*   XL1 flags: X'80' keep the token's first ampersand (the target of  *
*   an assignment: "substitution is performed on all symbols on the   *
*   left-hand side ... except the leftmost variable": &X&1 = 5 sets   *
*   &X2).                                                             *
* Return: R15 = 0 the token holds its new text; 4 the token is null   *
* (left as it was). Other registers kept.                             *
***********************************************************************
         PRINT NOGEN
         REGEQU
         EXECVAR
         PRINT GEN
WORKLEN  EQU   80                 room for a token growing as it scans
EXECSYM  CSECT
         STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         L     R2,0(,R1)          R2 -> the token
         L     R9,4(,R1)          R9 -> the variables
         L     R10,8(,R1)
         L     R10,0(,R10)        R10 = how many
         SR    R11,R11            R11 = the first position scanned
         TM    12(R1),X'80'
         BZ    SYM1
         LA    R11,1
SYM1     LA    R3,7(,R2)          an ampersand at all? (most tokens
         LR    R4,R2              have none: they go back at once)
SYM2     CLI   0(R4),C'&&'
         BE    SYM3
         LA    R4,1(,R4)
         CR    R4,R3
         BNH   SYM2
         B     SYMSAME
*
* The token into WORK, R8 = its length (trailing blanks cut).
SYM3     MVC   WORK(8),0(R2)
         LA    R8,8
SYM4     LA    R1,WORK-1(R8)
         CLI   0(R1),C' '
         BNE   SYM5
         BCT   R8,SYM4
SYM5     LR    R7,R8              R7 = the position looked at
*
* The scan, right to left: R7 from R8-1 down to R11.
SCAN     BCTR  R7,0
         CR    R7,R11
         BL    SCANEND
         LA    R1,WORK(R7)
         CLI   0(R1),C'&&'
         BNE   SCAN
*
* A symbol at R7: it ends at the next period or the token's end.
         LA    R5,1(,R7)          R5 = the position past the name
SYMEND   CR    R5,R8
         BNL   SYMEND2
         LA    R1,WORK(R5)
         CLI   0(R1),C'.'
         BE    SYMEND2
         LA    R5,1(,R5)
         B     SYMEND
SYMEND2  LR    R6,R5              R6 = its length, the ampersand too
         SR    R6,R7
         C     R6,=F'1'           an ampersand alone is no symbol
         BE    SCAN
         MVC   NAME,BLANKS        the name, its first 8, to look up
         C     R6,=F'8'
         BNH   SYMNAME
         LA    R6,8
SYMNAME  LA    R1,WORK(R7)
         BCTR  R6,0
         EX    R6,NAMEMOVE
*
* Its value: R3 -> the text, R4 = its length (0: none).
         SR    R4,R4
         LR    R1,R9
         LR    R15,R10
         USING VARD,R1
LOOKUP   LTR   R15,R15
         BNP   LOOKDONE
         CLC   VARNAME,NAME
         BE    LOOKFND
         LA    R1,VARDLEN(,R1)
         BCTR  R15,0
         B     LOOKUP
LOOKFND  LA    R3,VARVAL
         IC    R4,VARLEN
         DROP  R1
*
* WORK becomes: WORK(0..R7) + the value + WORK(tail..R8), the tail
* beginning past the period that ended the symbol.
LOOKDONE CR    R5,R8
         BNL   TAIL1
         LA    R1,WORK(R5)
         CLI   0(R1),C'.'
         BNE   TAIL1
         LA    R5,1(,R5)
TAIL1    LR    R6,R8              the tail's length
         SR    R6,R5
         BNP   TAIL2
         LA    R1,WORK(R5)        kept aside in TAIL
         BCTR  R6,0
         EX    R6,TAILSAVE
         LA    R6,1(,R6)
TAIL2    LA    R1,WORK(R7)        the value where the symbol began
         LTR   R15,R4
         BZ    TAIL3
         BCTR  R15,0
         EX    R15,VALMOVE
TAIL3    LA    R1,0(R4,R1)        then the tail
         LR    R8,R7              the new length
         AR    R8,R4
         C     R8,=A(WORKLEN)     (kept within WORK: cut, the tail
         BNH   TAIL3A             dropped; the result is cut to 8
         LA    R8,WORKLEN         anyway)
         B     SCAN
TAIL3A   LTR   R6,R6
         BNP   SCAN
         LR    R15,R8             (kept within WORK)
         AR    R15,R6
         C     R15,=A(WORKLEN)
         BNH   TAIL4
         LA    R6,WORKLEN
         SR    R6,R8
         BNP   SCAN
TAIL4    AR    R8,R6
         BCTR  R6,0
         EX    R6,TAILPUT
         B     SCAN               left of the symbol, on the new text
*
* The result: null, or cut to 8 and padded.
SCANEND  LTR   R8,R8
         BNP   SYMNULL
         MVC   0(8,R2),BLANKS
         C     R8,=F'8'
         BNH   SCANE1
         LA    R8,8
SCANE1   BCTR  R8,0
         EX    R8,RESMOVE
SYMSAME  SR    R15,R15
         B     SYMRET
SYMNULL  LA    R15,4
SYMRET   L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
NAMEMOVE MVC   NAME(0),0(R1)
TAILSAVE MVC   TAIL(0),0(R1)
VALMOVE  MVC   0(0,R1),0(R3)
TAILPUT  MVC   0(0,R1),TAIL
RESMOVE  MVC   0(0,R2),WORK
BLANKS   DC    CL8' '
NAME     DS    CL8
         LTORG
WORK     DS    CL(WORKLEN+8)      (a value may end 8 past it)
TAIL     DS    CL(WORKLEN)
         END
