         TITLE 'FRAMES - REAL PAGE FRAMES AND GUEST STORAGE'
***********************************************************************
* FRAMES: the real storage above the nucleus and free storage, in 4K  *
* page frames (CP-67 PLM, "Paging"), and the translation of a guest's *
* real addresses to real ones through the segment and page tables CP  *
* built for it (VMCREATE). One CORTABLE entry per frame says whose    *
* page it holds and how often it is fixed for I/O.                    *
*                                                                     *
* A guest's page gets a frame the first time it is touched, by the    *
* guest (a page translation exception: vm/reflect.asm) or by CP for   *
* it (TRANGR): the frame is zeroed, as the guest's storage was zero   *
* when it logged on, and gets the guest's virtual storage keys for    *
* its two 2K blocks. Page 0 stays in storage once it is there: CP     *
* stores the guest's interruption PSWs and its timer there.           *
*                                                                     *
* A page that is not in storage but was paged out comes back from    *
* the paging device, and when no frame is free one is taken from      *
* another page (kernel/paging.asm, PAGEIN): TRANGR then answers cc 3, *
* "paging started": the caller gives up and the user waits until the  *
* page is in, when the instruction runs again.                        *
*                                                                     *
* Entries (CALL):                                                     *
*   FRMINIT   at IPL: the frame table, the frames CP keeps            *
*   TRANGR    R11, R1 = guest real address, R0 = 1 to fix the page    *
*             -> cc 0 and R2 = the real address; cc 1 beyond the      *
*             guest's storage; cc 3 the page is coming (above)        *
*   FRMGET    R11, R0 = guest page number -> R1 = a free frame, now   *
*             that page's, zeroed, with the guest's keys; or 0        *
*   UNFIX     R11, R1 = guest real address: one fix less              *
*   UNFIXR    R1 = real address: one fix less, for I/O that ends      *
*             after its user has gone (the frame is then freed)       *
*   FRMPGREL  R11, R1 = guest page number: release the page (zero     *
*             from then on, its paging slot too) unless fixed, being  *
*             paged, or page 0 (DIAGNOSE X'10')                       *
*   FRMVMREL  R11: release every frame of the guest (its storage is   *
*             zero again): VMRESET, VMDESTRY. A frame still fixed for *
*             real I/O is kept out of use (CORORPH) until UNFIXR      *
*             takes its last fix: a channel may still write into it.  *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         CORTABLE
         STATBLOK
         PRINT GEN
FRMMOD   CSECT
         ENTRY FRMINIT,TRANGR,UNFIX,UNFIXR,FRMPGREL,FRMVMREL,FRMGET
         USING PSA,R0
         USING VMBLOK,R11
*
FRMINIT  ENTER BASE=FRMMOD
         L     R0,PSASTOR
         SRL   R0,12
         ST    R0,PSANFRM
         CALL  FREE               one doubleword a frame
         ST    R1,PSACORE
         L     R2,PSAFREEE        frames below free storage's end: CP's
         SRL   R2,12
         L     R3,PSANFRM
         SR    R3,R2
         ST    R3,PSAFRMFR
         ST    R2,PSAFRMHD
         LTR   R2,R2
         BZ    FRMINRET
FRMINCP  MVI   CORFLAG-CORTABLE(R1),CORCP
         LA    R1,CORLEN(,R1)
         BCT   R2,FRMINCP
FRMINRET LEAVE RC=0
*
TRANGR   ENTER BASE=FRMMOD
         LR    R6,R0
         LR    R7,R1
         N     R7,=X'00FFFFFF'
         C     R7,VMSIZE
         BL    TRINSIDE
         LEAVE RC=1,CC=YES,FROM=3
TRINSIDE BAL   R14,PTEADDR        R10 -> the page table entry
         LR    R10,R4
         LH    R5,0(,R10)
         N     R5,=X'0000FFFF'
         TM    1(R10),X'08'
         BZ    TRVALID
         LR    R0,R7              not in storage: bring it in
         SRL   R0,12
         CALL  PAGEIN
         LTR   R15,R15
         BZ    TRGOT
         LEAVE RC=3,CC=YES,FROM=3
TRGOT    LR    R5,R1
         SRL   R5,8               the entry: frame number, valid
         STH   R5,0(,R10)
TRVALID  LR    R2,R5
         SRL   R2,4
         SLL   R2,12
         LR    R8,R7
         N     R8,=X'00000FFF'
         OR    R2,R8
         CH    R6,=H'1'
         BNE   TRRET
         LR    R3,R2              fixed for I/O: one more lock
         SRL   R3,12
         SLL   R3,3
         A     R3,PSACORE
         IC    R8,CORLOCK-CORTABLE(,R3)
         LA    R8,1(,R8)
         STC   R8,CORLOCK-CORTABLE(,R3)
TRRET    LEAVE RC=0,CC=YES,FROM=3
*
UNFIX    ENTER BASE=FRMMOD
         LR    R7,R1
         N     R7,=X'00FFFFFF'
         C     R7,VMSIZE
         BNL   UNFIXRET
         BAL   R14,PTEADDR
         TM    1(R4),X'08'
         BO    UNFIXRET
         LH    R3,0(,R4)
         N     R3,=X'0000FFF0'
         SRL   R3,4
         SLL   R3,3
         A     R3,PSACORE
         SR    R8,R8
         IC    R8,CORLOCK-CORTABLE(,R3)
         LTR   R8,R8
         BZ    UNFIXRET
         BCTR  R8,0
         STC   R8,CORLOCK-CORTABLE(,R3)
UNFIXRET LEAVE RC=0
*
UNFIXR   ENTER BASE=FRMMOD
         LR    R3,R1
         N     R3,=X'00FFF000'
         C     R3,PSASTOR
         BNL   UNFXRRET
         SRL   R3,12-3            its CORTABLE entry
         A     R3,PSACORE
         SR    R8,R8
         IC    R8,CORLOCK-CORTABLE(,R3)
         LTR   R8,R8
         BZ    UNFXRRET
         BCTR  R8,0
         STC   R8,CORLOCK-CORTABLE(,R3)
         LTR   R8,R8
         BNZ   UNFXRRET
         CLI   CORFLAG-CORTABLE(R3),CORORPH
         BNE   UNFXRRET
         BAL   R14,FRMFREE        its user is gone: free at last
UNFXRRET LEAVE RC=0
*
FRMPGREL ENTER BASE=FRMMOD
         LR    R7,R1
         SLL   R7,12
         C     R7,VMSIZE
         BNL   PGRELRET
         LTR   R7,R7
         BZ    PGRELRET           page 0 stays
         BAL   R14,PTEADDR
         TM    1(R4),X'08'
         BZ    PGRELIN
         LR    R1,R7              not in storage: its slot goes
         SRL   R1,12
         CALL  PAGSLREL
         B     PGRELRET
PGRELIN  LH    R3,0(,R4)
         N     R3,=X'0000FFF0'
         SRL   R3,4
         SLL   R3,3
         A     R3,PSACORE
         CLI   CORLOCK-CORTABLE(R3),0
         BNE   PGRELRET           fixed for I/O: it stays
         MVC   0(2,R4),=X'0008'   invalid: the next touch gets zeros
         BAL   R14,FRMFREE
PGRELRET LEAVE RC=0
*
FRMVMREL ENTER BASE=FRMMOD
         CALL  PAGVMREL           its paging slots, its pages coming in
         L     R3,PSACORE
         L     R2,PSANFRM
VMRELNXT C     R11,CORVMB-CORTABLE(,R3)
         BNE   VMRELSKP
         TM    CORFLAG-CORTABLE(R3),CORPGIO
         BO    VMRELSKP           (paging frees it when its I/O ends)
         CLI   CORLOCK-CORTABLE(R3),0
         BE    VMRELFRE
         MVI   CORFLAG-CORTABLE(R3),CORORPH  fixed: kept until UNFIXR
         XC    CORVMB-CORTABLE(4,R3),CORVMB-CORTABLE(R3)
         B     VMRELSKP
VMRELFRE BAL   R14,FRMFREE
VMRELSKP LA    R3,CORLEN(,R3)
         BCT   R2,VMRELNXT
         L     R4,VMSEGT          every page table entry invalid
         LA    R4,64(,R4)
         L     R2,VMSIZE
         SRL   R2,12
VMRELPTE MVC   0(2,R4),=X'0008'
         LA    R4,2(,R4)
         BCT   R2,VMRELPTE
         XC    VMPAGE0,VMPAGE0
         LEAVE RC=0
*
* PTEADDR: R7 = guest address -> R4 -> its page table entry. R3, R5.
PTEADDR  LR    R3,R7
         SRL   R3,20              segment
         SLL   R3,2
         A     R3,VMSEGT
         L     R4,0(,R3)
         N     R4,=X'00FFFFFE'    its page table
         LR    R5,R7
         SRL   R5,12
         N     R5,=X'000000FF'
         AR    R5,R5
         AR    R4,R5
         BR    R14
*
* FRMGET: R0 = the guest's page number -> R1 = a zeroed frame with the
* guest's keys, now the guest's (page 0 kept), or 0 when none is free.
* R2-R5, R8, R9 used.
FRMGET   ENTER BASE=FRMMOD
         SR    R1,R1
         L     R2,PSANFRM
         L     R3,PSAFRMHD
GETNEXT  C     R3,PSANFRM
         BL    GETLOOK
         SR    R3,R3
GETLOOK  LR    R4,R3
         SLL   R4,3
         A     R4,PSACORE
         CLI   CORFLAG-CORTABLE(R4),0
         BE    GETFOUND
         LA    R3,1(,R3)
         BCT   R2,GETNEXT
         LEAVE RC=0               none free: R1 = 0
GETFOUND LA    R5,1(,R3)
         ST    R5,PSAFRMHD
         L     R5,PSAFRMFR
         BCTR  R5,0
         ST    R5,PSAFRMFR
         ST    R11,CORVMB-CORTABLE(,R4)
         STH   R0,CORVPN-CORTABLE(,R4)
         MVI   CORFLAG-CORTABLE(R4),CORUSED
         MVI   CORLOCK-CORTABLE(R4),0
         LR    R1,R3
         SLL   R1,12              the frame's address
         LA    R5,16
         LR    R8,R1
GETZERO  XC    0(256,R8),0(R8)
         LA    R8,256(,R8)
         BCT   R5,GETZERO
         L     R5,VMVKEYS         its keys: the guest's
         LR    R8,R0
         SLL   R8,1
         AR    R5,R8
         SR    R8,R8
         IC    R8,0(,R5)
         SSK   R8,R1
         IC    R8,1(,R5)
         LA    R9,2048(,R1)
         SSK   R8,R9
         LTR   R0,R0
         BNZ   GETCOUNT
         ST    R1,VMPAGE0
         OI    CORFLAG-CORTABLE(R4),CORPAGE0
GETCOUNT LEAVE RC=0
*
* FRMFREE: R3 -> a CORTABLE entry: the frame is free again (key 0).
FRMFREE  XC    0(CORLEN,R3),0(R3)
         L     R5,PSAFRMFR
         LA    R5,1(,R5)
         ST    R5,PSAFRMFR
         LR    R5,R3
         S     R5,PSACORE
         SLL   R5,9               entry offset * 512 = frame address
         SR    R8,R8
         SSK   R8,R5
         LA    R5,2048(,R5)
         SSK   R8,R5
         BR    R14
*
         LTORG
         END
