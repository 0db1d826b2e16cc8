         TITLE 'GSTORE - CP READS AND WRITES A GUEST''S STORAGE'
***********************************************************************
* GSTORE: moving bytes between CP's storage and a guest's, by the     *
* guest's real addresses, page by page through TRANGR (a guest's     *
* consecutive pages are not consecutive in real storage). The guest's *
* storage keys do not apply: CP acts for the guest's CPU or channel.  *
*                                                                     *
* Entries (CALL), R11 -> VMBLOK, R1 = guest address, R0 = length      *
* (1-4096), R2 -> CP's area; R15 = 0 done, 1 beyond the guest's       *
* storage (nothing moved past that point), 3 no frame (the caller     *
* gives up and the instruction runs again later):                     *
*   GFETCH   guest to CP                                              *
*   GSTORE   CP to guest                                              *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         PRINT GEN
GSTMOD   CSECT
         ENTRY GFETCH,GSTORE
         USING PSA,R0
         USING VMBLOK,R11
*
GFETCH   ENTER BASE=GSTMOD
         MVI   GDIR,0
         B     GMOVE
GSTORE   ENTER BASE=GSTMOD
         MVI   GDIR,1
GMOVE    LR    R6,R2              CP's area
         LR    R7,R1              guest address
         LR    R8,R0              bytes left
GNEXT    LTR   R8,R8
         BNP   GDONE
         LR    R1,R7
         SR    R0,R0
         CALL  TRANGR
         LTR   R15,R15
         BNZ   GRET
         LR    R9,R7              bytes to the page's end
         N     R9,=X'00000FFF'
         LCR   R9,R9
         A     R9,=F'4096'
         CR    R9,R8
         BNH   *+6
         LR    R9,R8
         LR    R4,R9              move R9 bytes, 256 at a time
GPIECE   LR    R5,R4
         CH    R5,=H'256'
         BNH   *+8
         LA    R5,256
         BCTR  R5,0
         CLI   GDIR,0
         BNE   GPUT
         EX    R5,GMVCIN
         B     GMOVED
GPUT     EX    R5,GMVCOUT
GMOVED   LA    R5,1(,R5)
         AR    R6,R5
         AR    R2,R5
         SR    R4,R5
         BP    GPIECE
         AR    R7,R9
         SR    R8,R9
         B     GNEXT
GDONE    SR    R15,R15
GRET     LEAVE
GMVCIN   MVC   0(1,R6),0(R2)
GMVCOUT  MVC   0(1,R2),0(R6)
GDIR     DS    X
         LTORG
         END
