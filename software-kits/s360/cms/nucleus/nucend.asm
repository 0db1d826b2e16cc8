         TITLE 'NUCEND - THE END OF THE NUCLEUS'
***********************************************************************
* NUCEND: linked last, after the nucleus's and the file system's      *
* modules, so its address is where the nucleus ends and free storage  *
* begins (INIT puts the SVC 202 frames there).                        *
***********************************************************************
NUCEND   CSECT
         DC    D'0'
         END
