X        CSECT
         DC    C'junk
