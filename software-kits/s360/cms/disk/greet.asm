         TITLE 'GREET - A FIRST CMS PROGRAM: CONSOLE AND PRINTER'
***********************************************************************
* GREET: a teaching program of ours for CMS (no IBM original), on the *
* system disk as GREET TEXT. It shows a program as CMS runs it:       *
*          LOAD GREET          (or LOAD (READER) for its deck)        *
*          START * [name]                                             *
*          GENMOD GREET        and then GREET [name] is a command     *
* CMS calls it with R1 -> the tokens of the command (8(R1) is the     *
* first argument), R13 -> a save area, R14 = return, R15 = entry. It  *
* types a greeting on the console with WRTERM, prints a short report  *
* on the printer with PRINTL (both SVC 202 calls of the nucleus), and *
* returns 0 in R15.                                                   *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PRINT GEN
GREET    CSECT
         STM   R14,R12,12(R13)    the OS linkage CMS keeps
         BALR  R12,0
         USING *,R12
         ST    R13,SAVE+4         our save area, chained to CMS's
         LA    R13,SAVE
         LR    R2,R1              the tokens
         CLI   8(R2),X'FF'        a name given?
         BE    NONAME
         MVC   NAME,8(R2)         (a token: 8 characters, blank-padded)
         MVC   ARG,8(R2)
NONAME   LA    R3,NAME+L'NAME     the greeting ends after the name
TRIM     BCTR  R3,0
         CLI   0(R3),C' '
         BE    TRIM
         MVI   1(R3),C'!'
         LA    R4,CONSMSG
         SR    R3,R4
         LA    R3,2(,R3)          its length
         WRTERM (R4),(R3)
         PRINTL 'GREET, A CMS PROGRAM, PRINTS ON THE 1403'
         PRINTL PRTMSG
         PRINTL 'LOADED BY THE CMS LOADER FROM AN ASM360 OBJECT DECK'
         L     R13,SAVE+4
         LM    R14,R12,12(R13)
         SR    R15,R15            return code 0: R;
         BR    R14
*
SAVE     DS    18F
CONSMSG  DS    0CL31
         DC    C'GREETINGS FROM GREET, '
NAME     DC    CL8'WORLD'
         DC    C' '               room for the '!'
PRTMSG   DS    0CL26
         DC    C'ITS ARGUMENT: '
ARG      DC    CL8'(NONE)'
         LTORG
         END   GREET
