         TITLE 'DATFAULT - PAGE FAULTS UNDER ADDRESS TRANSLATION'
***********************************************************************
* DATFAULT: a demand-paging test of the Model 67's dynamic address   *
* translation (IBM System/360 Model 67 Functional Characteristics    *
* GA27-2719; ../shared/docs/s360-67-reference.md sections 2.2, 3, 10 *
* and 11). IPLed from the 2540 reader, it builds segment and page    *
* tables whose entries are invalid, turns on extended control mode   *
* (CR6 bit 8) and translation (extended PSW bit 5), and touches       *
* virtual pages. Each segment translation exception (program code    *
* X'10') and page translation exception (X'11') goes to PGMCHK, which *
* runs untranslated: it takes the code from X'12' and the failing     *
* virtual address from CR2, makes the entry valid (a segment entry's  *
* invalid bit, a segment table too short for the index, a page with  *
* no frame: the next frame of the pool, cleared; a page paged out     *
* with its frame kept: reclaimed) and retries the instruction: the   *
* old PSW points past it and its ILC says how far (suppression,      *
* section 4.2). It logs every fault (code, ILC, CR2). The first phase *
* runs in 24-bit mode, the second in 32-bit mode (PSW bit 4); each    *
* checks the data it wrote, LRA's answers, the counts and the log.    *
* It types its result on the 1052 at X'01F' and ends in a disabled   *
* wait: address X'000000' when all is well, otherwise             *
*   X'0001cc' an unexpected program interruption with code cc        *
*   X'000201' segment exception with a valid, reachable segment entry *
*   X'000202' page exception while the segment is not available      *
*   X'000203' page exception for a page beyond the page table        *
*   X'000204' page exception with a valid page-table entry           *
*   X'000205' the frame pool is used up                              *
*   X'000206' the fault log is full                                   *
*   X'0003nn' check nn of a phase failed (24-bit X'01'-X'0F', 32-bit *
*             X'11'-X'1F'); X'000068' a program check before PGMCHK  *
*             is installed; X'000009' the console write failed.       *
***********************************************************************
         PRINT NOGEN
         REGEQU
         LOWCORE
         PRINT GEN
*
* Extended control mode keeps the interruption codes out of the PSW
* (reference section 3): the program code is the halfword at X'12'.
         ORG   LOWCORE+X'12'
PGMCODE  DS    H              program interruption code (extended)
*
* PGMCHK's work area, X'100'-X'1FF' of real storage (the program is
* loaded at X'200'), on base 0 like the fixed locations.
         ORG   LOWCORE+X'100'
ERRPSW   DS    D              the error wait PSW (address: the code)
PCREGS   DS    16F            the interrupted program's registers
PCCRS    DS    3F             CR0, CR1, CR2 at the fault
NEXTFRM  DS    A              real address of the next free frame
LOGPTR   DS    A              next free log entry
COUNTS   DS    0XL24          what PGMCHK did, per phase:
SEGFLTS  DS    F                segment translation exceptions
PAGEFLTS DS    F                page translation exceptions
EXTENDS  DS    F                segment table length raised
SEGVALS  DS    F                segment entries made valid
ALLOCS   DS    F                frames given to pages
RECLAIMS DS    F                pages reclaimed with their frame
LOG      DS    16XL8          the faults: code (H), ILC (H), CR2 (F)
LOGEND   EQU   *
*
* Real storage used for the tables and the pages (all below 64K is
* mapped to itself by segment 0, so the program sees its tables).
SEGT24   EQU   X'8000'        24-bit segment table, 16 entries
PAGT0    EQU   X'8040'        segment 0: pages 0-15, each itself
PAGT1    EQU   X'8100'        segment 1: 256 invalid pages
PAGT123  EQU   X'8300'        32-bit segment 123
PAGT124  EQU   X'8500'        32-bit segment 124
PAGTFFF  EQU   X'8700'        32-bit segment FFF
SEGT32   EQU   X'C000'        32-bit segment table, 4096 entries
POOL     EQU   X'20000'       frames handed out on page faults
POOLEND  EQU   X'40000'
*
* A segment table entry (reference section 11.2): page table
* length (the highest valid page index), origin, invalid bit.
STED     DSECT
STELEN   DS    X              highest page index of the page table
STEORG   DS    AL3            page table origin; bit 31: invalid
STEINV   EQU   X'01'          in the last byte
*
* A page table entry: frame number (bits 0-11), invalid bit (12).
PTED     DSECT
PTE      DS    H
PTEINV   EQU   X'08'          in the second byte
*
DATFAULT CSECT
         USING LOWCORE,R0
BEGIN    BALR  R12,0
         USING *,R12
         MVC   PGMNPSW,=X'0002000000000068'
         MVC   EXTNPSW,=X'0002000000000058'
         MVC   ERRPSW,=X'0002000000000000'
         BAL   R14,RESET
         MVC   NEXTFRM,=A(POOL)
*
* The 24-bit segment table: segment 0 valid with pages 0-15 mapped to
* themselves; segment 1 invalid with a page table of invalid pages;
* the others invalid with no page table.
         L     R4,=A(SEGT24)
         MVC   0(4,R4),=A(X'0F000000'+PAGT0)
         MVC   4(4,R4),=A(X'FF000001'+PAGT1)
         LA    R5,1
         LA    R6,14
         LA    R7,8(,R4)
SEG24    ST    R5,0(,R7)
         LA    R7,4(,R7)
         BCT   R6,SEG24
         L     R7,=A(PAGT0)
         SR    R5,R5
         LA    R6,16
PAG0     STH   R5,0(,R7)          frame n for page n
         LA    R5,16(,R5)
         LA    R7,2(,R7)
         BCT   R6,PAG0
* The page tables of the faulting segments: every page invalid.
         L     R7,=A(PAGT1)
         LA    R5,PTEINV
         LA    R6,4*256           PAGT1, PAGT123, PAGT124, PAGTFFF
PAGINV   STH   R5,0(,R7)
         LA    R7,2(,R7)
         BCT   R6,PAGINV
* The 32-bit segment table: every entry invalid; X'123', X'124' and
* X'FFF' with page tables (segments 0 and 1 are copied later).
         L     R7,=A(SEGT32)
         LA    R5,STEINV
         L     R6,=F'4096'
SEG32    ST    R5,0(,R7)
         LA    R7,4(,R7)
         BCT   R6,SEG32
         L     R7,=A(SEGT32)
         L     R5,=A(X'FF000001'+PAGT123)
         ST    R5,X'123'*4(,R7)
         L     R5,=A(X'FF000001'+PAGT124)
         ST    R5,X'124'*4(,R7)
         L     R5,=A(X'FF000001'+PAGTFFF)
         L     R8,=A(X'FFF'*4)
         ST    R5,0(R8,R7)
*
* Extended control mode (CR6 bit 8), CR0 the 24-bit segment table
* (length 0: 16 entries); then PGMCHK takes program interruptions
* (an extended PSW: translation off, 24-bit, disabled).
         LMC   R0,R6,CRS24
         MVC   PGMNPSW,HANDPSW
         LPSW  DAT24              translation on, 24-bit mode
*
*** Phase 1: 24-bit mode. The base's high byte is ignored.
PHASE24  L     R6,=X'FF100000'    segment 1, page 0
         MVC   0(8,R6),=C'PAGE 100'  segment, then page exception
         L     R7,=F'12345'
         L     R3,=X'00101FFC'    page 101
         ST    R7,0(,R3)
         L     R4,=X'00102FF8'    pages 102 and 103
         MVC   0(16,R4),=C'ACROSS THE PAGES'
         L     R8,=F'-1'
         L     R5,=X'00105000'
         L     R8,0(,R5)          a fresh page reads zero
         L     R15,=X'00106000'
         MVC   0(2,R15),=X'07FE'  BR 14 in page 106
* Page X'106' out: its entry invalid, frame kept; loading CR0 purges
* the associative array (reference section 11.4).
         L     R9,=A(PAGT1)
         OI    2*6+1(R9),PTEINV
         LMC   R0,R0,CRS24
         BALR  R14,R15            instruction fetch fault, reclaim
* Check what was written, LRA, the counts and the log.
         LA    R2,X'301'
         CLC   0(8,R6),=C'PAGE 100'
         BNE   FAILED
         LA    R2,X'302'
         CLC   0(4,R3),=F'12345'
         BNE   FAILED
         LA    R2,X'303'
         CLC   0(16,R4),=C'ACROSS THE PAGES'
         BNE   FAILED
         LA    R2,X'304'
         LTR   R8,R8
         BNZ   FAILED
         LA    R2,X'305'
         LRA   R1,0(,R6)          page X'100': the first frame
         BNZ   FAILED
         C     R1,=A(POOL)
         BNE   FAILED
         LA    R2,X'306'
         LRA   R1,0(,R4)          page 102: the third
         BNZ   FAILED
         C     R1,=A(POOL+X'2FF8')
         BNE   FAILED
         LA    R2,X'307'
         L     R1,=X'00104000'    page 104 was never touched
         LRA   R1,0(,R1)
         BC    B'1101',FAILED     CC 2: page not available
         LA    R2,X'308'
         CLC   COUNTS,EXPECT24
         BNE   FAILED
         LA    R2,X'309'
         CLC   LOG(8*8),LOG24
         BNE   FAILED
         MVC   COUNT24,COUNTS
         BAL   R14,RESET
*
*** Phase 2: 32-bit mode. The 32-bit table shares segments 0 and 1;
* its length starts at 32 entries (CR0 bits 0-7 = X'1F').
         L     R9,=A(SEGT32)
         L     R10,=A(SEGT24)
         MVC   0(8,R9),0(R10)
         LMC   R0,R0,CR032
* BALR put the ILC and CC in the base's top byte; 24-bit addressing
* ignored them, 32-bit addressing would not: LA clears them.
         LA    R12,0(,R12)
         LPSW  DAT32              translation on, 32-bit mode
PHASE32  L     R6,=X'12345000'
         MVC   0(8,R6),=C'SEG 123 '  segment, then page exception
         L     R7,=X'123FFFFC'    across segments X'123' and X'124'
         MVC   0(8,R7),=C'SEGMENTS'
         L     R8,=X'FFFFF000'    beyond the table, then invalid
         MVC   0(2,R8),=X'07FE'   BR 14 at the top of storage
         L     R5,=X'00100000'    shared with phase 1: no fault
         LA    R2,X'311'
         CLC   0(8,R5),=C'PAGE 100'
         BNE   FAILED
* Page X'FFFFF' out and back by an instruction fetch; BASR links all
* 32 bits (BALR would put the ILC and CC in the top byte).
         L     R9,=A(PAGTFFF)
         OI    2*255+1(R9),PTEINV
         STMC  R0,R0,CR0NOW       CR0 as PGMCHK left it
         LMC   R0,R0,CR0NOW
         LR    R15,R8
         BASR  R14,R15
         LA    R2,X'312'
         CLC   0(8,R6),=C'SEG 123 '
         BNE   FAILED
         LA    R2,X'313'
         CLC   0(8,R7),=C'SEGMENTS'
         BNE   FAILED
         LA    R2,X'314'
         LRA   R1,0(,R6)          the seventh frame
         BNZ   FAILED
         C     R1,=A(POOL+6*4096)
         BNE   FAILED
         LA    R2,X'315'
         LRA   R1,0(,R8)          the tenth
         BNZ   FAILED
         C     R1,=A(POOL+9*4096)
         BNE   FAILED
         LA    R2,X'316'
         CLC   CR0NOW,=A(X'FF000000'+SEGT32)  length raised to 4096
         BNE   FAILED
         LA    R2,X'317'
         CLC   COUNTS,EXPECT32
         BNE   FAILED
         LA    R2,X'318'
         CLC   LOG(9*8),LOG32
         BNE   FAILED
         MVC   COUNT32,COUNTS
         LPSW  REALPSW            translation off for the report
*
* The result line: the faults of each phase, in decimal.
REPORT   L     R1,COUNT24         segment faults, 24-bit
         LA    R3,MSGS24
         BAL   R14,DECIMAL
         L     R1,COUNT24+4
         LA    R3,MSGP24
         BAL   R14,DECIMAL
         L     R1,COUNT32
         LA    R3,MSGS32
         BAL   R14,DECIMAL
         L     R1,COUNT32+4
         LA    R3,MSGP32
         BAL   R14,DECIMAL
         LA    R4,X'01F'
         LA    R1,MSGCCW
         ST    R1,CAW
         SIO   0(R4)
         BC    B'0001',CONSFAIL
TYPING   TIO   0(R4)              until channel end and device end
         BC    B'0001',CONSFAIL
         BC    B'0010',TYPING
         BC    B'1000',TYPING
         TM    CSW+4,X'03'
         BNZ   CONSFAIL
         TM    CSW+4,X'04'
         BZ    TYPING
         LPSW  DONEPSW
CONSFAIL LA    R2,9
FAILED   ST    R2,ERRPSW+4
         LPSW  ERRPSW
*
* DECIMAL: R1 (0-99) as two digits at 0(R3).
DECIMAL  CVD   R1,DWORK
         UNPK  0(2,R3),DWORK+6(2)
         OI    1(R3),X'F0'
         BR    R14
*
* RESET: the counts and the log empty for the next phase.
RESET    XC    COUNTS,COUNTS
         XC    LOG(16*8),LOG
         LA    R1,LOG
         ST    R1,LOGPTR
         BR    R14
*
         DS    0D
DONEPSW  DC    X'0002000000000000'
HANDPSW  DC    X'00000000',A(PGMCHK)
DAT24    DC    X'04000000',A(PHASE24)
DAT32    DC    X'0C000000',A(PHASE32)
REALPSW  DC    X'00000000',A(REPORT)
DWORK    DS    D
CRS24    DC    A(SEGT24),5F'0',X'00800000'   CR0-CR6
CR032    DC    A(X'1F000000'+SEGT32)
CR0NOW   DS    F
COUNT24  DS    XL24
COUNT32  DS    XL24
*
* What each phase must have done: COUNTS as above, and the log.
EXPECT24 DC    F'1,7,0,1,6,1'
LOG24    DC    X'00100003',X'00100000'   MVC: segment 1 invalid
         DC    X'00110003',X'00100000'   then its page
         DC    X'00110002',X'00101FFC'   ST
         DC    X'00110003',X'00102FF8'   MVC's first page
         DC    X'00110003',X'00103000'   and its second
         DC    X'00110002',X'00105000'   L
         DC    X'00110003',X'00106000'   MVC
         DC    X'00110000',X'00106000'   instruction fetch: ILC 0
EXPECT32 DC    F'4,5,1,3,4,1'
LOG32    DC    X'00100003',X'12345000'   segment X'123' invalid
         DC    X'00110003',X'12345000'
         DC    X'00110003',X'123FFFFC'   across the segments
         DC    X'00100003',X'12400000'
         DC    X'00110003',X'12400000'
         DC    X'00100003',X'FFFFF000'   beyond the table length
         DC    X'00100003',X'FFFFF000'   then invalid
         DC    X'00110003',X'FFFFF000'
         DC    X'00110000',X'FFFFF000'   instruction fetch
*
MSGCCW   CCW   X'09',MSG,X'20',MSGLEN  write, carrier return
MSG      DC    C'DATFAULT: 24-BIT MODE '
MSGS24   DC    C'NN SEGMENT AND '
MSGP24   DC    C'NN PAGE FAULTS, 32-BIT MODE '
MSGS32   DC    C'NN SEGMENT AND '
MSGP32   DC    C'NN PAGE FAULTS, ALL RESOLVED'
MSGLEN   EQU   *-MSG
         LTORG
         DROP  R12
*
***********************************************************************
* PGMCHK: the program-interruption handler. Translation is off; the   *
* old PSW at X'28' is in extended format (reference section 2.2): bit *
* 4 32-bit mode, ILC in bits 16-17, a 32-bit instruction address.    *
***********************************************************************
PGMCHK   STM   R0,R15,PCREGS
         BALR  R11,0
         USING *,R11
         LH    R2,PGMCODE
         STMC  R0,R2,PCCRS        CR2: the failing virtual address
         L     R3,PCCRS+8
         L     R4,LOGPTR
         LA    R5,LOGEND
         CR    R4,R5
         BNL   LOGFULL
         STH   R2,0(,R4)
         SR    R5,R5
         IC    R5,PGMOPSW+2       ILC: old PSW bits 16-17
         SRL   R5,6
         STH   R5,2(,R4)
         ST    R3,4(,R4)
         LA    R4,8(,R4)
         ST    R4,LOGPTR
* The segment entry: CR0's origin + 4 x the segment index (bits 8-11
* of the address in 24-bit mode, bits 0-11 in 32-bit mode).
         LR    R6,R3
         SRL   R6,20
         TM    PGMOPSW,X'08'      32-bit mode?
         BO    SXDONE
         N     R6,=F'15'
SXDONE   SLL   R6,2               byte offset of the entry
         L     R7,PCCRS
         SR    R8,R8
         IC    R8,PCCRS           table length: 16 x (L + 1) entries
         LA    R8,1(,R8)
         SLL   R8,6               in bytes
         N     R7,=X'00FFFFFF'
         AR    R7,R6
         USING STED,R7
         CH    R2,=H'16'
         BE    SEGFLT
         CH    R2,=H'17'
         BE    PAGEFLT
         LA    R2,X'100'(,R2)     anything else: stop with its code
         B     HFAILED
*
* Segment translation exception: the index beyond the table (raise
* CR0's length to cover it) or an invalid entry (make it valid).
SEGFLT   L     R9,SEGFLTS
         LA    R9,1(,R9)
         ST    R9,SEGFLTS
         CR    R6,R8
         BL    SEGINV
         SRL   R6,6               the length that covers the index
         STC   R6,PCCRS
         LMC   R0,R0,PCCRS
         L     R9,EXTENDS
         LA    R9,1(,R9)
         ST    R9,EXTENDS
         B     RETRY
SEGINV   LA    R2,X'201'
         TM    STEORG+2,STEINV
         BZ    HFAILED
         NI    STEORG+2,255-STEINV
         L     R9,SEGVALS
         LA    R9,1(,R9)
         ST    R9,SEGVALS
         B     RETRY
*
* Page translation exception: the segment must be available and the
* page within its table; a page with a frame is reclaimed, one
* without gets the next frame of the pool, cleared.
PAGEFLT  L     R9,PAGEFLTS
         LA    R9,1(,R9)
         ST    R9,PAGEFLTS
         LA    R2,X'202'
         CR    R6,R8
         BNL   HFAILED
         TM    STEORG+2,STEINV
         BO    HFAILED
         LR    R6,R3              page index: bits 12-19
         SRL   R6,12
         N     R6,=F'255'
         LA    R2,X'203'
         SR    R9,R9
         IC    R9,STELEN
         CR    R6,R9
         BH    HFAILED
         L     R9,0(,R7)          page table origin
         N     R9,=X'00FFFFFE'
         SLL   R6,1
         AR    R9,R6
         DROP  R7
         USING PTED,R9
         LA    R2,X'204'
         TM    PTE+1,PTEINV
         BZ    HFAILED
         LH    R6,PTE
         SRL   R6,4               the frame number
         LTR   R6,R6
         BZ    NEWFRAME
         NI    PTE+1,255-PTEINV   paged out, frame kept: reclaim
         L     R6,RECLAIMS
         LA    R6,1(,R6)
         ST    R6,RECLAIMS
         B     RETRY
NEWFRAME L     R6,NEXTFRM
         LA    R2,X'205'
         C     R6,=A(POOLEND)
         BNL   HFAILED
         LA    R7,16
CLEAR    XC    0(256,R6),0(R6)
         LA    R6,256(,R6)
         BCT   R7,CLEAR
         L     R6,NEXTFRM
         LR    R7,R6
         SRL   R7,8               frame number in bits 0-11
         STH   R7,PTE
         DROP  R9
         LA    R6,4095(,R6)
         LA    R6,1(,R6)
         ST    R6,NEXTFRM
         L     R6,ALLOCS
         LA    R6,1(,R6)
         ST    R6,ALLOCS
*
* Retry: back by the ILC to the instruction (suppression), the ILC
* bits cleared, and the interrupted program resumed.
RETRY    SR    R5,R5
         IC    R5,PGMOPSW+2
         SRL   R5,6
         SLL   R5,1               the instruction's length
         L     R6,PGMOPSW+4
         SR    R6,R5
         ST    R6,PGMOPSW+4
         NI    PGMOPSW+2,X'3F'
         LM    R0,R15,PCREGS
         LPSW  PGMOPSW
LOGFULL  LA    R2,X'206'
HFAILED  ST    R2,ERRPSW+4
         LPSW  ERRPSW
         LTORG
         END   BEGIN
