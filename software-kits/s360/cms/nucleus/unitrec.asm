         TITLE 'UNITREC - THE PRINTER AND THE PUNCH'
***********************************************************************
* UNITREC: lines for the 1403 and cards for the 2540 punch, the       *
* nucleus functions programs and commands use (GH20-0859: CMS prints  *
* and punches on the virtual machine's 00E and 00D; on the bare       *
* machine they are the real ones). Called through SVC 202 with a list *
* of the CONSPLST layout (name, A(text), flags, length):              *
*   PRINTR  prints a line (1403 write, space one line: X'09'), at     *
*           most 132 characters (macro PRINTL)                        *
*   PUNCHC  punches a card of up to 80 characters, blank-filled       *
* Return codes: 0; 2 the device is not operational; 3 unit check      *
* (printer or punch not ready, end of form: CMS does not retry);      *
* 100 unit exception on the printer (channel 12, the form's end,      *
* passed: the line was printed).                                      *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         CONSPLST
         PRINT GEN
UNITREC  CSECT
         ENTRY PRINTR,PUNCHC
         USING NUCON,R0
         USING UNITREC,R12        both entries load this one base
*
PRINTR   STM   R14,R12,12(R13)
         L     R12,PRTBASE-PRINTR(,R15)
         B     PRINTR1
PRTBASE  DC    A(UNITREC)
PRINTR1  LR    R10,R1
         USING CONSPLST,R10
         LH    R2,NUCPRT
         LA    R3,X'09'           write, space one line after
         L     R4,CONSBUF
         LH    R5,CONSLEN
         LTR   R5,R5
         BP    PRTLEN
         LA    R4,BLANKS          an empty line: one blank
         LA    R5,1
PRTLEN   C     R5,=F'132'
         BNH   GO
         LA    R5,132
         B     GO
*
PUNCHC   STM   R14,R12,12(R13)
         L     R12,PUNBASE-PUNCHC(,R15)
         B     PUNCHC1
PUNBASE  DC    A(UNITREC)
PUNCHC1  LR    R10,R1
         LH    R2,NUCPUN
         MVC   CARD,BLANKS        the card: the text, then blanks
         LH    R5,CONSLEN
         LTR   R5,R5
         BNP   PUNSET
         C     R5,=F'80'
         BNH   PUNMOVE
         LA    R5,80
PUNMOVE  L     R4,CONSBUF
         BCTR  R5,0
         EX    R5,MOVECARD
PUNSET   LA    R3,X'01'           write (feed, punch, stack)
         LA    R4,CARD
         LA    R5,80
         DROP  R10
*
* GO: one CCW (R3 command, R4 data, R5 count) on device R2, and the
* wait for its ending.
GO       ST    R4,CCW
         STC   R3,CCW
         MVI   CCW+4,X'20'        SLI
         MVI   CCW+5,0
         STH   R5,CCW+6
         LA    R1,CCW
         ST    R1,CAW
         SIO   0(R2)
         BC    8,WAIT
         BC    1,NOTOPER
         BC    2,BUSY
         TM    CSW+4,X'02'        CC 1: status stored at once
         BO    UNITCHK
         B     WAITED
BUSY     LPSW  BUSYPSW            wait for an interruption, then again
WAIT     LR    R1,R2
         LR    R9,R13
         LA    R13,WDSAVE
         L     R15,=V(WAITDEV)
         BALR  R14,R15
         LR    R13,R9
         TM    NUCCSW+4,X'02'
         BO    UNITCHK
         TM    NUCCSW+4,X'01'
         BO    UNITEXC
WAITED   SR    R15,R15
         B     RETURN
NOTOPER  LA    R15,2
         B     RETURN
UNITCHK  LA    R15,3
         B     RETURN
UNITEXC  LA    R15,100
RETURN   L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
MOVECARD MVC   CARD(0),0(R4)
*
         DS    0D
CCW      DC    X'0000000020000000'
BUSYPSW  DC    X'FF020000',A(GO)
WDSAVE   DS    18F
CARD     DS    CL80
BLANKS   DC    CL132' '
         LTORG
         END
