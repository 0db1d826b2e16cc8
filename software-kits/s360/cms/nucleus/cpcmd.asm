         TITLE 'CPCMD - THE CP COMMAND'
***********************************************************************
* CPCMD: CP command-line - passes its operands to CP (GH20-0859,     *
* "CP": a CMS user's way to talk to CP without leaving CMS) by        *
* DIAGNOSE X'08', the virtual console function (VM/370's System       *
* Programmer's Guide describes it: Rx -> the command text, Ry = its   *
* length, CP's return code back in Ry; Ry = 0 puts the virtual        *
* machine in CP's console mode). The return code of the command is    *
* CP's.                                                               *
*                                                                     *
* Like every CMS command it takes its operands from the parameter     *
* list it is called with through SVC 202 (GY20-0591; GH20-0859,       *
* "SVC 202"), never from the line last typed: the command may come    *
* from an EXEC (its variables substituted) or from any program.       *
*   - R1's high-order byte X'01': R0 -> an extended parameter list    *
*     (VM/370's form: A(command), A(first byte after the command      *
*     name), A(end of the text), A(0)); the text between is passed as *
*     it is, lower case and words longer than 8 characters kept. The  *
*     command loop calls every typed command this way.                *
*   - otherwise R1 -> the tokenized list: the tokens after CP's own,  *
*     up to the fence, trailing blanks dropped, one blank between     *
*     them (CP-67 CMS's way; an EXEC's commands come so).             *
*                                                                     *
* On the bare machine there is no CP: CMS says so (the issue's words) *
* with return code 1. Whether CMS runs under CP is found at IPL       *
* (INIT, NUCFCP).                                                     *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         PRINT GEN
CPCMD    CSECT
         USING NUCON,R0
         STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         LR    R11,R13
         LA    R13,SAVE
         TM    NUCFLAGS,NUCFCP
         BO    UNDERCP
         WRTERM 'DMSCPF001E NOT UNDER CP'
         LA    R15,1
         B     RETURN
*
UNDERCP  L     R1,20(,R11)        the caller's R0 and R1 (SVC 202
         L     R2,24(,R11)        leaves them as they were)
         LR    R3,R2
         SRL   R3,24
         CH    R3,=H'1'           an extended list?
         BNE   TOKENS
         LA    R1,0(,R1)
         LTR   R1,R1
         BZ    TOKENS
*
* The extended list: the text after the command's name, less the
* blanks before it.
         L     R2,4(,R1)          begin of the operands
         LA    R2,0(,R2)
         L     R3,8(,R1)          end of them
         LA    R3,0(,R3)
SKIPB    CR    R2,R3
         BNL   CALLCP
         CLI   0(R2),C' '
         BNE   CALLCP
         LA    R2,1(,R2)
         B     SKIPB
*
* The tokenized list: the tokens after the first, rebuilt as a line.
TOKENS   LA    R2,0(,R2)
         LA    R4,LINE            where the next character goes
TOKNEXT  LA    R2,8(,R2)          the next token
         CLI   0(R2),X'FF'        the fence
         BE    TOKEND
         C     R4,=A(LINEEND)     (the SCANNER gives 32 tokens at most)
         BNL   TOKEND
         LA    R5,7(,R2)          its last non-blank
TOKLAST  CLI   0(R5),C' '
         BNE   TOKCOPY
         BCTR  R5,0
         CR    R5,R2
         BNL   TOKLAST
         B     TOKNEXT            (an all-blank token adds nothing)
TOKCOPY  SR    R5,R2              length - 1
         EX    R5,TOKMVC
         LA    R4,1(R5,R4)
         MVI   0(R4),C' '
         LA    R4,1(,R4)
         B     TOKNEXT
TOKEND   LA    R2,LINE
         LR    R3,R4
         CR    R3,R2
         BE    CALLCP             no operands
         BCTR  R3,0               the last blank is not part of it
*
CALLCP   SR    R3,R2              the length: 0 enters CP console mode
         DC    X'83230008'        DIAGNOSE R2,R3,X'08'
         LR    R15,R3
RETURN   LR    R13,R11
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
TOKMVC   MVC   0(0,R4),0(R2)
SAVE     DS    18F
         LTORG
LINE     DS    32CL9              32 tokens, a blank after each
LINEEND  EQU   *-9
         END
