TEST     START X'1000'
         BALR  12,0
         USING *,12
         L     1,=F'5'
         LA    2,DATA
         MVC   OUT(5),=C'HELLO'
         CLI   FLAG,C'Y'
         BE    DONE
         B     DONE
         BR    14
         SVC   3
         LM    14,12,12(13)
         SLL   1,4
         AP    PK(3),=P'12'
DONE     LPSW  PSW
         CNOP  0,8
PSW      DC    X'0002000000000000'
DATA     DC    F'1,-2',H'3',A(DATA,*),C'AB',CL4'X',XL3'ABCDEF01',B'101'
FLAG     DS    C
OUT      DS    CL5
PK       DC    PL3'-15'
E1       DC    E'1.0',D'0.1',E'-2.5E1'
V        DC    V(EXTSUB)
         EXTRN OTHER
         DC    A(OTHER)
         LTORG
         END   TEST
