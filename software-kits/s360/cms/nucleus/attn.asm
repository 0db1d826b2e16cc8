         TITLE 'ATTN - THE ATTENTION KEY'
***********************************************************************
* ATTN: the console's REQUEST key (attention) while a command runs.   *
* GH20-0859: pressing attention during a command lets the user type a *
* line; KX (kill execution) ends the command, KT (kill typing) stops  *
* its output until it ends; we accept VM/370's HX and HT for them and *
* RT (resume typing). Any other line is kept for the next console     *
* read (VM/370 stacks it likewise); a null line just lets the command *
* go on. On the bare machine the REQUEST key is ESC at simmon's       *
* console.                                                            *
*                                                                     *
* IOSUP (or CONSOLE, when the console was busy) enters here with the  *
* interrupted PSW in NUCATPSW, its registers in NUCATREG and NUCFATN  *
* set; the command resumes from them.                                 *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         PRINT GEN
ATTN     CSECT
         USING NUCON,R0
         BALR  R12,0
         USING *,R12
         SSM   =X'FF'
         LA    R13,SAVE
         RDTERM LINE
         LR    R2,R0
         LTR   R2,R2
         BZ    RESUME
         BAL   R14,WORDLEN        R3 = length of the first word
         C     R3,=F'2'
         BNE   STACK
         MVC   WORD,LINE          in capitals (OR X'40' makes a small
         OC    WORD,=X'4040'      letter its capital)
         CLC   WORD,=C'KX'
         BE    KILL
         CLC   WORD,=C'HX'
         BE    KILL
         CLC   WORD,=C'KT'
         BE    KILLTYPE
         CLC   WORD,=C'HT'
         BE    KILLTYPE
         CLC   WORD,=C'RT'
         BNE   STACK
         NI    NUCFLAGS,255-NUCFKT
         B     RESUME
KILLTYPE OI    NUCFLAGS,NUCFKT
         B     RESUME
*
* Keep the line (as typed, not in capitals) for the next read.
STACK    BCTR  R2,0
         EX    R2,MOVELINE
         LA    R2,1(,R2)
         STH   R2,NUCSTKLN
         B     RESUME
MOVELINE MVC   NUCSTACK(0),LINE
*
* KX: the command is thrown away, as after an abend, without a ready
* message: CMS says so and reads the next command.
KILL     SSM   =X'00'
         MVC   NUCSVTOP,NUCSVBOT
         NI    NUCFLAGS,255-NUCFCMD-NUCFATN-NUCFKT-NUCFAPND
         SSM   =X'FF'
         WRTERM 'CMS'
         L     R14,=V(CMDNEXT)
         BR    R14
*
* Back to the command, where it was.
RESUME   SSM   =X'00'
         NI    NUCFLAGS,255-NUCFATN
         MVC   NUCRPSW,NUCATPSW
         LM    R0,R15,NUCATREG
         LPSW  NUCRPSW
*
* WORDLEN: R3 = characters of LINE (length R2) before a blank.
WORDLEN  SR    R3,R3
WORDNEXT CR    R3,R2
         BNLR  R14
         LA    R1,LINE(R3)
         CLI   0(R1),C' '
         BER   R14
         LA    R3,1(,R3)
         B     WORDNEXT
*
SAVE     DS    18F
WORD     DS    CL2
LINE     DS    CL130
         LTORG
         END
