         MACRO
         M     &A,&B
         MEND
T        CSECT
         M     1, REMARKS                                              X
                
         END
