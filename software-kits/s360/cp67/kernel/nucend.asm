         TITLE 'NUCEND - THE END OF THE CP NUCLEUS'
***********************************************************************
* NUCEND: the last control section of the nucleus (the CMakeLists     *
* links it last). CPINIT takes its address as the end of the nucleus: *
* free storage starts at the next page boundary.                      *
***********************************************************************
NUCEND   CSECT
         DC    D'0'
         END
