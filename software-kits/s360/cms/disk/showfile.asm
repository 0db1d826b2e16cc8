         TITLE 'SHOWFILE - A PROGRAM THAT READS A FILE AND PRINTS IT'
***********************************************************************
* SHOWFILE fn ft [fm]: a teaching program of ours (no IBM original),  *
* on the system disk as SHOWFILE TEXT: it reads a file record by      *
* record with RDBUF (the file system's function, an FSCB its list),   *
* prints each on the 1403 with PRINTL, closes it with FINIS and says  *
* how many it printed. It shows a program using the file system:      *
*          LOAD SHOWFILE                                              *
*          START * PROFILE EXEC                                       *
* Return codes: 0; 24 no file named; RDBUF's code when it fails (28:  *
* no such file).                                                      *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PRINT GEN
SHOWFILE CSECT
         STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         ST    R13,SAVE+4
         LA    R13,SAVE
         CLI   8(R1),X'FF'        fn and ft are needed
         BE    USAGE
         CLI   16(R1),X'FF'
         BE    USAGE
         MVC   FSCB+8(8),8(R1)    the file: name, type, mode (blank:
         MVC   FSCB+16(8),16(R1)  the search order)
         CLI   24(R1),X'FF'
         BE    FIRST
         MVC   FSCB+24(2),24(R1)
FIRST    MVC   FSCB+26(2),=H'1'   record 1, then the next ones
         SR    R4,R4              records printed
READ     MVC   FSCB(8),=CL8'RDBUF'
         CMSCALL FSCB
         XC    FSCB+26(2),FSCB+26
         C     R15,=F'12'         the end of the file
         BE    DONE
         C     R15,=F'8'          longer than 132: its start is printed
         BE    PRINT
         LTR   R15,R15
         BNZ   FAILED
PRINT    L     R3,FSCB+40         the bytes read
         C     R3,=F'132'
         BNH   PRINT1
         LA    R3,132
PRINT1   LA    R2,BUFFER
         PRINTL (R2),(R3)
         LA    R4,1(,R4)
         B     READ
DONE     MVC   FSCB(8),=CL8'FINIS'
         CMSCALL FSCB
         CVD   R4,DWORK           SHOWFILE: n RECORDS PRINTED
         MVC   COUNT,PATTERN
         ED    COUNT,DWORK+5
         WRTERM DONEMSG
         SR    R15,R15
         B     RETURN
FAILED   LR    R4,R15
         MVC   FSCB(8),=CL8'FINIS'
         CMSCALL FSCB
         WRTERM 'SHOWFILE: THE FILE CANNOT BE READ'
         LR    R15,R4
         B     RETURN
USAGE    WRTERM 'SHOWFILE: GIVE THE FILE: START * FN FT [FM]'
         LA    R15,24
RETURN   L     R13,SAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
         DS    0D
DWORK    DS    D
SAVE     DS    18F
FSCB     DC    CL8'RDBUF',CL8' ',CL8' ',CL2' ',H'1'   the FSCB
         DC    A(BUFFER),F'132',CL2'F ',H'1',F'0'
DONEMSG  DS    0CL31
         DC    C'SHOWFILE:'
COUNT    DS    CL6
         DC    C' RECORDS PRINTED'
PATTERN  DC    X'402020202120'
BUFFER   DS    CL132
         LTORG
         END   SHOWFILE
