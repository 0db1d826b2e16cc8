         GBLA  &COUNT
         GBLC  &NAMES(4)
&COUNT   SETA  1
         MACRO
&L       GEN   &TYPE,&LEN=4,&LIST=
         GBLA  &COUNT
         LCLB  &ISX
         LCLC  &T
&ISX     SETB  ('&TYPE' EQ 'X')
&T       SETC  T'&L
         AIF   (&ISX).HEX
&L       DC    CL&LEN'&TYPE'
         AGO   .OUT
.HEX     ANOP
&L       DC    XL&LEN'FF'
.OUT     ANOP
&COUNT   SETA  &COUNT+N'&LIST+K'&TYPE
         AIF   (&COUNT LT 20).END
         MNOTE 4,'COUNT &COUNT'
.END     MEND
P        CSECT
A        GEN   C
B        GEN   X,LEN=2,LIST=(1,2,3)
         DC    AL1(L'A,L'B,&COUNT)
&NAMES(2) SETC 'NAME'
         LCLC  &S
&S       SETC  '&NAMES(2)'(1,2)
         DC    C'&S'
         END
