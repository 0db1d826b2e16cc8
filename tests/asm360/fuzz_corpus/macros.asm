         MACRO
&LBL     SAVEX &REGS=(14,12),&ID=
&LBL     STM   &REGS(1),&REGS(2),12(13)
         AIF   ('&ID' EQ '').NOID
         B     *+8+&ID
         DC    AL1(&ID)
.NOID    ANOP
LOOP&SYSNDX DS  0H
         MEND
         MACRO
         FACT  &N
         LCLA  &I
&I       SETA  &N-1
         DC    F'&N'
         AIF   (&N LE 1).DONE
         FACT  &I
.DONE    MEND
         MACRO
         LISTM &L
         LCLA  &K
         LCLC  &S
&K       SETA  1
.TOP     AIF   (&K GT N'&L).END
&S       SETC  '&L(&K)'
         DC    C'&S'
&K       SETA  &K+1
         AGO   .TOP
.END     MNOTE 4,'&SYSLIST(1,2) done &SYSECT'
         MEND
PROG     CSECT
         USING *,15
HERE     SAVEX ID=4
         SAVEX REGS=(2,3)
         FACT  4
         LISTM (AB,CD,EF)
&X       SETC  'ABCDEFG'(2,3)
         DC    C'&X'
         GBLA  &G
&G       SETA  X'10'*2
         DC    AL1(&G)
         END
