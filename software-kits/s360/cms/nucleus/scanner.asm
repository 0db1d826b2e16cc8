         TITLE 'SCANNER - A COMMAND LINE TO A TOKENIZED PARAMETER LIST'
***********************************************************************
* SCANNER: turns a line typed at the console into the parameter list  *
* SVC 202 takes (GH20-0859 and the CMS PLM GY20-0591 on the command   *
* scan): words separated by blanks become 8-byte tokens, in capitals, *
* padded with blanks and cut after 8 characters; a parenthesis is a   *
* token of its own (the options of CMS commands follow '('); the list *
* ends with the fence X'FFFFFFFFFFFFFFFF'.                            *
*   R1 -> line, R0 = its length, R2 -> room for MAXTOKS tokens + the  *
*   fence. Returns R15 = number of tokens (more are dropped).         *
* BALR R14,R15 with R13 -> save area.                                 *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PRINT GEN
MAXTOKS  EQU   32
SCANNER  CSECT
         STM   R14,R12,12(R13)
         BALR  R12,0
         USING *,R12
         LR    R3,R1              next character
         LR    R4,R1              end of the line
         AR    R4,R0
         SR    R5,R5              tokens so far
NEXTTOK  CR    R3,R4
         BNL   FENCE
         CLI   0(R3),C' '
         BNE   TOKEN
         LA    R3,1(,R3)
         B     NEXTTOK
TOKEN    C     R5,=A(MAXTOKS)
         BNL   FENCE
         MVC   0(8,R2),BLANKS
         LA    R5,1(,R5)
         CLI   0(R3),C'('
         BE    PAREN
         CLI   0(R3),C')'
         BE    PAREN
         LR    R6,R2              where the next character goes
         LA    R7,8(,R2)          and where the token ends
CHAR     CR    R3,R4
         BNL   TOKDONE
         CLI   0(R3),C' '
         BE    TOKDONE
         CLI   0(R3),C'('
         BE    TOKDONE
         CLI   0(R3),C')'
         BE    TOKDONE
         CR    R6,R7              past 8 characters: dropped
         BNL   CHARSKIP
         MVC   0(1,R6),0(R3)
         LA    R6,1(,R6)
CHARSKIP LA    R3,1(,R3)
         B     CHAR
PAREN    MVC   0(1,R2),0(R3)
         LA    R3,1(,R3)
TOKDONE  TR    0(8,R2),UPTABLE
         LA    R2,8(,R2)
         B     NEXTTOK
FENCE    MVC   0(8,R2),=8X'FF'
         LR    R15,R5
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
BLANKS   DC    CL8' '
         LTORG
UPTABLE  DS    0D                 EBCDIC, small letters made capitals
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
