         TITLE 'HELLO360 - AN ASM360 EXAMPLE FOR THE SYSTEM/360'
***********************************************************************
* HELLO360: IPLed from the 2540 card reader, it types a greeting on   *
* the 1052 console and prints a short report on the 1403, then stops  *
* in a disabled wait whose PSW address is X'000000' (all well) or the *
* code of what failed. It shows macros (our maclib and a local one),  *
* literals, DSECT/USING, several control sections and an external     *
* reference: the I/O routine WRITEIO is in IOSUBS (iosubs.asm).
***********************************************************************
         PRINT NOGEN
         REGEQU
         LOWCORE
         PSWD
         PRINT GEN
*
* MESSAGE: a parameter list for WRITEIO in DATA; the text it points to
* goes to the TEXTS section, so the lists stay the same size.
*   label  MESSAGE device,command,'text'
         MACRO
&LABEL   MESSAGE &DEV,&CMD,&TEXT
         LCLC  &T
&T       SETC  'T&SYSNDX'
&LABEL   DC    AL2(&DEV),AL1(&CMD),AL1(0),A(&T),H'0'
         DC    AL2(L'&T)
TEXTS    CSECT
&T       DC    C&TEXT
DATA     CSECT
         MEND
*
* CALLIO: R1 -> parameter list; calls WRITEIO, stops if it fails.
         MACRO
&LABEL   CALLIO &PARM
&LABEL   LA    R1,&PARM
         L     R15,=V(WRITEIO)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   FAILED
         MEND
*
HELLO    CSECT
         USING LOWCORE,R0         the fixed locations, base 0
BEGIN    BALR  R12,0
         USING *,R12
         MVC   PGMNPSW,=X'0002000000000068'  program check: wait X'68'
         MVC   EXTNPSW,=X'0002000000000058'  external: wait X'58'
         LA    R13,SAVEAREA
         L     R3,=A(GREET)       on the 1052
         CALLIO 0(R3)
         L     R3,=A(LINES)       the report, on the 1403
         LA    R4,NLINES
NEXT     CALLIO 0(R3)
         LA    R3,PLISTLEN(,R3)
         BCT   R4,NEXT
         LPSW  DONEPSW            all well: wait at X'000000'
FAILED   LPSW  FAILPSW
*
         DS    0D
DONEPSW  DC    X'0002000000000000'
FAILPSW  DC    X'00020000000000FF'
SAVEAREA DS    18F
         LTORG
*
* The parameter lists: the console first, then the printer's lines.
CONSOLE  EQU   X'01F'             1052 on the multiplexer channel
PRINTER  EQU   X'00E'             1403 on the multiplexer channel
WRTCR    EQU   X'09'              1052: write, then carriage return
WRTSP1   EQU   X'09'              1403: write, then space one line
*
DATA     CSECT
GREET    MESSAGE CONSOLE,WRTCR,'HELLO FROM ASM360 ON THE 1052'
LINES    MESSAGE PRINTER,WRTSP1,'HELLO FROM ASM360 ON THE 1403'
PLISTLEN EQU   *-LINES
         MESSAGE PRINTER,WRTSP1,'ASSEMBLED BY ASM360'
         MESSAGE PRINTER,WRTSP1,'LINKED BY LINK360'
         MESSAGE PRINTER,WRTSP1,'IPL FROM A SELF-LOADING DECK'
NLINES   EQU   (*-LINES)/PLISTLEN
         END   BEGIN
