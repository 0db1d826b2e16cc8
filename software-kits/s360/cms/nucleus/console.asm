         TITLE 'CONSOLE - TYPLIN AND WAITRD, THE CONSOLE FUNCTIONS'
***********************************************************************
* CONSOLE: the typewriter console's two functions, called through     *
* SVC 202 (macros WRTERM and RDTERM; parameter lists in CONSPLST):    *
*   TYPLIN  types a line (write, carrier return: 1052 command X'09')  *
*   WAITRD  reads a line (read inquiry X'0A'), up to 130 characters   *
* CP-67 CMS typed and read its console synchronously (CMS PLM         *
* GY20-0591); the names are VM/370's. The console is the 1052 at      *
* NUCCONS (IPL found it: 01F bare, 009 under CP).                     *
*                                                                     *
* While this module has an operation out on the console it says so    *
* (NUCFCBSY): an attention arriving then is kept (NUCFAPND) and taken *
* here when the operation has ended, so the attention routine never   *
* finds the console busy. A line typed at attention that is not an    *
* attention command is stacked (NUCSTACK) and WAITRD returns it first *
* (VM/370 stacks such lines the same way). After KT (kill typing,     *
* GH20-0859) TYPLIN types nothing until the command ends.             *
* The CANCEL key (unit exception) throws the line away and reads      *
* again, as the 1052's operators expect. The INTERRUPT key pressed    *
* while an operation was out (NUCFXPND, see CLOCK) enters DEBUG here  *
* when it has ended.                                                  *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         CONSPLST
         PRINT GEN
MAXLINE  EQU   130
*
CONSOLE  CSECT
         ENTRY TYPLIN,WAITRD
         USING NUCON,R0
         USING CONSOLE,R12        both entries load this one base
*
***********************************************************************
* TYPLIN: R1 -> CONSPLST (text, length). Returns 0, or 1 when the     *
* console is not operational.                                         *
***********************************************************************
TYPLIN   STM   R14,R12,12(R13)
         L     R12,TYPBASE-TYPLIN(,R15)
         B     TYPLIN1
TYPBASE  DC    A(CONSOLE)
TYPLIN1  DS    0H
         LR    R11,R13            the SVC frame keeps our registers
         LR    R10,R1
         USING CONSPLST,R10
         TM    NUCFLAGS,NUCFKT    typing killed for this command?
         BZ    TYPGO
         TM    NUCFLAGS,NUCFCMD
         BO    CONOK
TYPGO    LA    R3,X'09'           write, then carrier return
         TM    CONSFLAG,CONSFNCR
         BZ    TYPCR
         LA    R3,X'01'           write only
TYPCR    L     R4,CONSBUF
         LH    R5,CONSLEN
         LTR   R5,R5
         BP    TYPLEN
         LA    R4,BLANK           an empty line: a blank and the return
         LA    R5,1
TYPLEN   C     R5,=A(MAXLINE)
         BNH   TYPSET
         LA    R5,MAXLINE
TYPSET   BAL   R9,CONIO
         LTR   R15,R15
         BNZ   CONNOP
         B     CONOK
         DROP  R10
*
***********************************************************************
* WAITRD: R1 -> CONSPLST (buffer, its length). Stores the length read *
* in CONSREAD. Returns 0, or 1 when the console is not operational.   *
***********************************************************************
WAITRD   STM   R14,R12,12(R13)
         L     R12,RDBASE-WAITRD(,R15)
         B     WAITRD1
RDBASE   DC    A(CONSOLE)
WAITRD1  DS    0H
         LR    R11,R13
         LR    R10,R1
         USING CONSPLST,R10
         LH    R2,CONSLEN
         C     R2,=A(MAXLINE)
         BNH   RDLEN
         LA    R2,MAXLINE
RDLEN    LR    R8,R2              the buffer's length, kept
         LTR   R2,R2
         BNP   RDEMPTY
         LH    R3,NUCSTKLN        a line stacked at attention first
         LTR   R3,R3
         BZ    RDCONS
         CR    R3,R2
         BNH   RDSTK
         LR    R3,R2
RDSTK    L     R1,CONSBUF
         BCTR  R3,0
         EX    R3,MOVESTK
         LA    R3,1(,R3)
         XC    NUCSTKLN,NUCSTKLN
         B     RDDONE
RDCONS   LA    R3,X'0A'           read inquiry
         L     R4,CONSBUF
         LR    R5,R8
         BAL   R9,CONIO
         LTR   R15,R15
         BNZ   CONNOP
         LA    R1,X'01'           CANCEL: the line is void, read again
         NR    R1,R7
         BNZ   RDCONS
         LR    R3,R8              the length typed = count - residual
         SR    R3,R6
         BNM   RDDONE
RDEMPTY  SR    R3,R3
RDDONE   STH   R3,CONSREAD
         TM    CONSFLAG,CONSFUPC
         BZ    CONOK
         LTR   R3,R3
         BZ    CONOK
         L     R1,CONSBUF
         BCTR  R3,0
         EX    R3,UPPER
         B     CONOK
MOVESTK  MVC   0(0,R1),NUCSTACK
UPPER    TR    0(0,R1),UPTABLE
         DROP  R10
*
CONOK    SR    R15,R15
         B     CONRET
CONNOP   LA    R15,1
CONRET   LR    R13,R11
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
***********************************************************************
* CONIO: BAL R9. Runs one CCW on the console - R3 command, R4 data    *
* address, R5 count - and waits for it. Returns R15 = 0 (R6 residual  *
* count, R7 unit status), or 1 when the console is not operational.   *
* The CCW is built only once the console is ours (NUCFCBSY), so an    *
* attention routine that ran just before cannot have used it.         *
* A kept attention is taken after the ending has been collected.      *
***********************************************************************
CONIO    SSM   =X'00'
         OI    NUCFLAGS,NUCFCBSY
         ST    R4,CONCCW
         STC   R3,CONCCW
         MVI   CONCCW+4,X'20'     SLI
         MVI   CONCCW+5,0
         STH   R5,CONCCW+6
CONBLIP  TM    NUCFLAGS,NUCFBLIP  a blip still typing: wait for it
         BZ    CONSTART
         LPSW  BLIPWAIT
CONSTART LA    R1,CONCCW
         ST    R1,CAW
         LH    R2,NUCCONS
         SIO   0(R2)
         BC    8,CONWAIT          started
         BC    1,CONGONE          not operational
         BC    2,CONBUSY          busy: try again when it interrupts
*                                 CC 1: status waited at the device
         TM    CSW+4,X'80'        an attention the SIO took: keep it
         BZ    CONSTART
         TM    NUCFLAGS,NUCFCMD
         BZ    CONSTART
         OI    NUCFLAGS,NUCFAPND
         B     CONSTART
CONBUSY  LPSW  BUSYWAIT
CONWAIT  SSM   =X'FF'
         LR    R1,R2
         LA    R13,WDSAVE
         L     R15,=V(WAITDEV)
         BALR  R14,R15
         LR    R13,R11
         SR    R7,R7
         IC    R7,NUCCSW+4
         LH    R6,NUCCSW+6
         SR    R15,R15
         B     CONDONE
CONGONE  LA    R15,1
CONDONE  SSM   =X'00'
         NI    NUCFLAGS,255-NUCFCBSY
         TM    NUCFLAG2,NUCFXPND  the INTERRUPT key came meanwhile:
         BZ    CONATTN            DEBUG stops the command here
         NI    NUCFLAG2,255-NUCFXPND
         TM    NUCFLAGS,NUCFCMD
         BZ    CONATTN
         TM    NUCFLAGS,NUCFATN+NUCFDBG
         BNZ   CONATTN
         STM   R0,R15,NUCATREG    (free: no attention runs)
         LA    R1,CONEXIT
         ST    R1,NUCATPSW+4
         MVC   NUCATPSW(4),=X'FF000000'
         LA    R1,NUCATPSW
         LA    R2,NUCATREG
         L     R15,=V(DBGEXT)
         BR    R15
CONATTN  TM    NUCFLAGS,NUCFAPND
         BZ    CONEXIT
         NI    NUCFLAGS,255-NUCFAPND
         TM    NUCFLAGS,NUCFCMD   the attention interrupts the command
         BZ    CONEXIT            here, as if it had arrived now
         TM    NUCFLAGS,NUCFATN
         BO    CONEXIT
         STM   R0,R15,NUCATREG
         LA    R1,CONEXIT
         ST    R1,NUCATPSW+4
         MVC   NUCATPSW(4),=X'FF000000'
         OI    NUCFLAGS,NUCFATN
         L     R15,=V(ATTN)
         BR    R15
CONEXIT  SSM   =X'FF'
         BR    R9
*
         DS    0D
CONCCW   DC    X'0000000020000000'   the CCW, filled in for each use
BLIPWAIT DC    X'FF020000',A(CONBLIP)
BUSYWAIT DC    X'FF020000',A(CONSTART)
BLANK    DC    C' '
         DS    0F
WDSAVE   DS    18F
         LTORG
*
* UPTABLE: EBCDIC with the lower-case letters made capitals.
UPTABLE  DS    0D
         DC    X'000102030405060708090A0B0C0D0E0F'
         DC    X'101112131415161718191A1B1C1D1E1F'
         DC    X'202122232425262728292A2B2C2D2E2F'
         DC    X'303132333435363738393A3B3C3D3E3F'
         DC    X'404142434445464748494A4B4C4D4E4F'
         DC    X'505152535455565758595A5B5C5D5E5F'
         DC    X'606162636465666768696A6B6C6D6E6F'
         DC    X'707172737475767778797A7B7C7D7E7F'
         DC    X'80C1C2C3C4C5C6C7C8C98A8B8C8D8E8F'
         DC    X'90D1D2D3D4D5D6D7D8D99A9B9C9D9E9F'
         DC    X'A0A1E2E3E4E5E6E7E8E9AAABACADAEAF'
         DC    X'B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF'
         DC    X'C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF'
         DC    X'D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF'
         DC    X'E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF'
         DC    X'F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF'
         END
