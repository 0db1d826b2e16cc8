         TITLE 'SECTIONS AND LINKAGE'
MAIN     CSECT
         ENTRY GO
         EXTRN SUB
GO       BALR  12,0
         USING *,12
         L     15,=V(SUB)
         L     14,=A(WORK)
         BALR  14,15
         USING AREA,1
         LA    1,WORK
         MVC   FLD1,FLD2
         DROP  1
         SPACE 2
WORK     DS    0D
         DC    XL16'00'
         PRINT NOGEN
         LTORG
AREA     DSECT
FLD1     DS    CL4
FLD2     DS    CL4
COMMON   COM
         DS    XL100
MAIN     CSECT
         ORG   *+8
         CNOP  2,4
         CCW   X'02',WORK,X'20',80
         PUNCH 'PUNCHED CARD'
         END   GO
