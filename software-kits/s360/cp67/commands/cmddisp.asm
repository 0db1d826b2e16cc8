         TITLE 'CMDDISP - DISPLAY AND STORE'
***********************************************************************
* CMDDISP: looking at and changing the virtual machine (docs/cp67.md  *
* "Commands"; User's Guide GH20-0859, DISPLAY and STORE; the forms of *
* the responses are VM/370's CP Command Reference's).                 *
*   DISPLAY G            the general registers, four to a line:       *
*                        GPR  0 = xxxxxxxx xxxxxxxx xxxxxxxx xxxxxxxx *
*   DISPLAY Gn           one general register (n 0-15 or 0-F)         *
*   DISPLAY PSW          PSW = xxxxxxxx xxxxxxxx (the virtual PSW)    *
*   DISPLAY hex[-hex]    storage, four words to a line, from the word *
*                        holding the first address (one line if no end)*
*   STORE Gn hex [hex..] general registers from n up                  *
*   STORE PSW hex hex    the virtual PSW                              *
*   STORE hex hex [hex..] words of storage from the word at the address*
* Storage is the virtual machine's (its real storage), through the    *
* kernel's TRANGR; an address past its size ends the command with     *
* DMKCDB... ADDRESS EXCEEDS STORAGE, and a page not in storage (being *
* read in) with DMKCDB... PAGE NOT IN STORAGE, TRY AGAIN.            *
* Command routines: R11 -> VMBLOK, R10 -> TRMBLOK, R1 -> CMDPARM.     *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         CMDPARM
         PRINT GEN
CMDDISP  CSECT
         USING PSA,0
         ENTRY DISPLAY,STORE
*
***********************************************************************
* DISPLAY                                                             *
***********************************************************************
DISPLAY  ENTER BASE=CMDDISP
         LR    R9,R1
         USING CMDPARM,R9
         USING VMBLOK,R11
         CLC   CMDNTOK,=H'2'
         BL    DISPGALL               DISPLAY alone: the registers
         CLC   CMDTOK+8(8),=CL8'PSW'
         BE    DISPPSW
         CLI   CMDTOK+8,C'G'
         BNE   DISPSTOR
         CLI   CMDTOK+9,C' '
         BE    DISPGALL
* Gn: one register.
         MVC   WORD8,CMDTOK+9
         MVI   WORD8+7,C' '
         LA    R1,WORD8
         CALL  CMDHEXIN
         LTR   R15,R15
         BNZ   BADOPND
         BAL   R14,REGNUM
         LR    R3,R0                  first register
         LR    R4,R0                  last
         B     DISPGREG
DISPGALL SR    R3,R3
         LA    R4,15
* Registers R3 to R4, four to a line.
DISPGREG MVC   LINE(L'GPRHEAD),GPRHEAD
         CVD   R3,DECWORK
         UNPK  LINE+4(2),DECWORK+6(2)
         OI    LINE+5,X'F0'
         CLI   LINE+4,C'0'
         BNE   DISPGRN
         MVI   LINE+4,C' '
DISPGRN  LA    R5,LINE+L'GPRHEAD
         LA    R6,4
DISPGW   LR    R1,R3
         SLL   R1,2
         L     R0,VMGPRS(R1)
         LR    R1,R5
         LA    R2,8
         CALL  CMDHEXOT
         MVI   8(R5),C' '
         LA    R5,9(,R5)
         LA    R3,1(,R3)
         CR    R3,R4
         BH    DISPGEND
         BCT   R6,DISPGW
         BAL   R14,TYPELINE
         B     DISPGREG
DISPGEND BAL   R14,TYPELINE
         LEAVE RC=0
*
DISPPSW  MVC   LINE(6),=C'PSW = '
         L     R0,VMPSW
         LA    R1,LINE+6
         LA    R2,8
         CALL  CMDHEXOT
         MVI   LINE+14,C' '
         L     R0,VMPSW+4
         LA    R1,LINE+15
         CALL  CMDHEXOT
         LA    R5,LINE+23
         BAL   R14,TYPELINE
         LEAVE RC=0
*
* Storage: from the word at the first address to the word at the last.
DISPSTOR LH    R2,CMDTOKL+2
         LA    R3,CMDUPPR
         AH    R3,CMDTOKO+2           the operand
         BAL   R14,RANGE
         LTR   R15,R15
         BNZ   BADOPND
         N     R6,=X'00FFFFFC'        word boundaries
         N     R7,=X'00FFFFFC'
DISPSLIN MVI   LINE,C' '
         MVC   LINE+1(L'LINE-1),LINE
         LR    R0,R6
         LA    R1,LINE
         LA    R2,6
         CALL  CMDHEXOT
         LA    R5,LINE+8
         LA    R8,4                   words on the line
DISPSW   LR    R1,R6
         BAL   R14,FETCH
         LTR   R15,R15
         BNZ   DISPSERR
         LR    R1,R5
         LA    R2,8
         CALL  CMDHEXOT
         LA    R5,9(,R5)
         LA    R6,4(,R6)
         CR    R6,R7
         BH    DISPSEND
         BCT   R8,DISPSW
         BAL   R14,TYPELINE
         B     DISPSLIN
DISPSEND BAL   R14,TYPELINE
         LEAVE RC=0
DISPSERR LR    R8,R15
         LA    R0,LINE+8
         CR    R5,R0
         BNH   DISPSNOW               no word on this line
         BAL   R14,TYPELINE           the words before are typed
DISPSNOW C     R8,=F'8'
         BE    DISPSPAG
         LA    R1,MSGADDR
         LA    R0,L'MSGADDR
         CALL  TRMWRITE
         LEAVE RC=160
DISPSPAG LA    R1,MSGPAGE
         LA    R0,L'MSGPAGE
         CALL  TRMWRITE
         LEAVE RC=161
*
***********************************************************************
* STORE                                                               *
***********************************************************************
STORE    ENTER BASE=CMDDISP
         LR    R9,R1
         CLC   CMDNTOK,=H'3'
         BL    BADOPND
         LA    R8,2                   the first value is word 3
         CLC   CMDTOK+8(8),=CL8'PSW'
         BE    STORPSW
         CLI   CMDTOK+8,C'G'
         BNE   STORSTOR
* STORE Gn values: registers n, n+1, ... (no further than 15).
         MVC   WORD8,CMDTOK+9
         MVI   WORD8+7,C' '
         LA    R1,WORD8
         CALL  CMDHEXIN
         LTR   R15,R15
         BNZ   BADOPND
         BAL   R14,REGNUM
         LR    R3,R0
STORGNXT CH    R8,CMDNTOK
         BNL   STORDONE
         BAL   R14,VALUE
         LTR   R15,R15
         BNZ   BADOPND
         C     R3,=F'15'
         BH    BADOPND
         LR    R1,R3
         SLL   R1,2
         ST    R0,VMGPRS(R1)
         LA    R3,1(,R3)
         B     STORGNXT
* STORE PSW word word.
STORPSW  CLC   CMDNTOK,=H'4'
         BNE   BADOPND
         BAL   R14,VALUE
         LTR   R15,R15
         BNZ   BADOPND
         ST    R0,WORK1
         BAL   R14,VALUE
         LTR   R15,R15
         BNZ   BADOPND
         ST    R0,VMPSW+4
         MVC   VMPSW(4),WORK1
         B     STORDONE
* STORE hexloc values: words from the word at the address.
STORSTOR LA    R1,CMDTOK+8
         CALL  CMDHEXIN
         LTR   R15,R15
         BNZ   BADOPND
         LR    R6,R0
         N     R6,=X'00FFFFFC'
STORSNXT CH    R8,CMDNTOK
         BNL   STORDONE
         BAL   R14,VALUE
         LTR   R15,R15
         BNZ   BADOPND
         ST    R0,WORK1
         LR    R1,R6
         BAL   R14,FETCH              the real address, in R2
         LTR   R15,R15
         BNZ   STORSERR
         MVC   0(4,R2),WORK1
         LA    R6,4(,R6)
         B     STORSNXT
STORDONE LEAVE RC=0
STORSERR C     R15,=F'8'
         BE    DISPSPAG
         LA    R1,MSGADDR
         LA    R0,L'MSGADDR
         CALL  TRMWRITE
         LEAVE RC=160
*
BADOPND  LA    R1,MSGBAD
         LA    R0,L'MSGBAD
         CALL  TRMWRITE
         LEAVE RC=26
*
* REGNUM (internal): the n of Gn, read as hex in R0, is decimal 10-15
* too (VM/370's CP Command Reference: 0-15 or 0-F); beyond: BADOPND.
REGNUM   C     R0,=F'15'
         BCR   13,R14                 0-15: as it is
         C     R0,=X'00000015'
         BH    BADOPND
         C     R0,=X'00000010'
         BL    BADOPND
         SH    R0,=H'6'               X'10'-X'15': 10-15
         BR    R14
*
* VALUE (internal): word R8 of the line as hex into R0 (R15 = 0 or 4);
* R8 steps on.
VALUE    ST    R14,VALRET
         LR    R1,R8
         SLL   R1,3
         LA    R1,CMDTOK(R1)
         LA    R8,1(,R8)
         CALL  CMDHEXIN
         L     R14,VALRET
         BR    R14
*
* RANGE (internal): R3 -> 'hex' or 'hex-hex' (R2 characters): R6
* first, R7 last (= first alone); R15 = 0, or 4 if it is not that.
RANGE    ST    R14,RANGRET
         MVI   WORD8,C' '
         MVC   WORD8+1(7),WORD8
         LR    R4,R3
         LR    R5,R2
RANGE1   CLI   0(R4),C'-'
         BE    RANGE2
         LA    R4,1(,R4)
         BCT   R5,RANGE1
         LR    R1,R2                  no '-': one address
         BAL   R14,RANGEHEX
         LTR   R15,R15
         BNZ   RANGEND
         LR    R6,R0
         LR    R7,R0
         B     RANGEND
RANGE2   LR    R1,R4
         SR    R1,R3                  the first address's length
         BAL   R14,RANGEHEX
         LTR   R15,R15
         BNZ   RANGEND
         LR    R6,R0
         LA    R3,1(,R4)
         BCTR  R5,0
         LR    R1,R5
         MVI   WORD8,C' '
         MVC   WORD8+1(7),WORD8
         BAL   R14,RANGEHEX
         LTR   R15,R15
         BNZ   RANGEND
         LR    R7,R0
         CR    R7,R6
         BNL   RANGEND
         LA    R15,4
RANGEND  L     R14,RANGRET
         BR    R14
* RANGEHEX: R1 characters at R3 (1-8) to R0.
RANGEHEX ST    R14,RHEXRET
         LA    R15,4
         LTR   R1,R1
         BNP   RANGEHXX
         CH    R1,=H'8'
         BH    RANGEHXX
         BCTR  R1,0
         EX    R1,RANGEMVC
         LA    R1,WORD8
         CALL  CMDHEXIN
RANGEHXX L     R14,RHEXRET
         BR    R14
RANGEMVC MVC   WORD8(0),0(R3)
*
* FETCH (internal): R1 = a virtual machine address: R2 = its real
* address, R0 = the word there; R15 = 0, 4 past the machine's
* storage, 8 the page is not in storage.
FETCH    ST    R14,FETCHRET
         SR    R0,R0
         CALL  TRANGR
         BC    8,FETCHOK
         BC    1,FETCHPG
         LA    R15,4
         B     FETCHEND
FETCHPG  LA    R15,8
         B     FETCHEND
FETCHOK  L     R0,0(,R2)
         SR    R15,R15
FETCHEND L     R14,FETCHRET
         BR    R14
*
* TYPELINE (internal): LINE up to R5, without the blank that follows
* the last word.
TYPELINE ST    R14,TYPERET
TYPEBLNK BCTR  R5,0
         CLI   0(R5),C' '
         BE    TYPEBLNK
         LA    R5,1(,R5)
         LA    R1,LINE
         LR    R0,R5
         SR    R0,R1
         CALL  TRMWRITE
         L     R14,TYPERET
         BR    R14
         DROP  R9,R11
*
         DS    0D
DECWORK  DS    D
WORK1    DS    F
WORD8    DS    CL8
VALRET   DS    A
RANGRET  DS    A
RHEXRET  DS    A
FETCHRET DS    A
TYPERET  DS    A
GPRHEAD  DC    C'GPR nn = '
LINE     DS    CL80
MSGBAD   DC    C'DMKCDB026E OPERAND MISSING OR INVALID'
MSGADDR  DC    C'DMKCDB160E ADDRESS EXCEEDS STORAGE'
MSGPAGE  DC    C'DMKCDB161E PAGE NOT IN STORAGE, TRY AGAIN'
         LTORG
         END
