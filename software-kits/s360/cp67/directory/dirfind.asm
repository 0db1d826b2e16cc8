         TITLE 'DIRFIND - A USER IN THE DIRECTORY'
***********************************************************************
* DIRFIND: the directory entry of a user id (docs/cp67.md "The        *
* directory"). The directory is the DIRECT section cpdirect compiles  *
* from directory/user.direct, a chain of DIRBLOKs from DIRFIRST.      *
* CP-67 read the entry from its directory disk at LOGIN; ours is in   *
* storage, so the search is a walk down the chain.                    *
*                                                                     *
* R1 -> the user id (CL8, capitals, blank padded). Returns R1 -> the  *
* DIRBLOK, or R1 = 0 if the directory has no such user.               *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         DIRBLOK
         PRINT GEN
DIRFIND  CSECT
         USING PSA,0
         EXTRN DIRFIRST
DIRFINDE ENTER BASE=DIRFIND
         L     R2,=A(DIRFIRST)
         L     R2,0(,R2)
FINDLOOP LTR   R2,R2
         BZ    FINDDONE
         CLC   DIRUSER-DIRBLOK(8,R2),0(R1)
         BE    FINDDONE
         L     R2,DIRNEXT-DIRBLOK(,R2)
         B     FINDLOOP
FINDDONE LR    R1,R2
         LEAVE RC=0
         LTORG
         END
