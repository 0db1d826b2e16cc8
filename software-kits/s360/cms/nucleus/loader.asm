         TITLE 'LOADER - LOAD, USE AND START OF OBJECT DECKS'
***********************************************************************
* LOADER: CMS's relocating loader (GH20-0859: LOAD, USE and START;    *
* CMS PLM GY20-0591: the loader reads the TEXT files of OS/360 object *
* decks into the user area, relocates them and links their external   *
* references).                                                        *
*   LOAD fn1 [fn2 ...] [( [READER] [START] ]                          *
*       clears the user area and loads 'fn TEXT' (any accessed disk,  *
*       in the search order) for each name; READER also loads the     *
*       decks in the card reader, up to its end (ours: CP-67 CMS read *
*       cards into a file with OFFLINE READ first; both work here);   *
*       START starts the program when it is loaded                    *
*   USE fn1 [fn2 ...] [( [READER] [START] ]   the same without        *
*       clearing: more decks for the program loaded                   *
*   START [entry|*] [args ...]   runs the program: CMS types          *
*       EXECUTION BEGINS... and calls the entry (the END card's, or   *
*       the first section's, or the one named) with R1 -> the tokens  *
*       from the entry's on (so 8(R1) is the first argument), R13 ->  *
*       a save area, R14 = return, R15 = entry; the program's R15 is  *
*       START's return code.                                          *
*                                                                     *
* The object deck is OS/360's (GC26-3756, "Object Deck Output"), as   *
* asm360 writes it: ESD (SD, PC, CM, LD, ER, WX), TXT, RLD (A and V   *
* constants of 1-4 bytes, added or subtracted) and END (entry). Each  *
* section goes on a doubleword boundary after the last, from the user *
* area's origin (NUCUSER) on, and is cleared first. A reference to a  *
* name not yet loaded waits in a list of fixups until a later deck    *
* (or USE) defines it; names still undefined are listed after the     *
* load with VM/370's message, and an undefined weak reference (WX) is *
* zero. Cards not starting with X'02' are skipped (VM/370 skips its   *
* loader control cards the same way).                                 *
*                                                                     *
* Return codes (VM/370's where it has them): 0; 4 names undefined;    *
* 24 bad operands; 28 a file not found; 32 a card the loader cannot   *
* use; 40 no entry point; 104 the program does not fit in storage.    *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         FSCB
         PRINT GEN
NSYMS    EQU   128                external names of a load
NESDS    EQU   256                ESDIDs of one deck
NFIXUPS  EQU   256                references waiting for their name
*
* A symbol: a name defined (SD, LD, CM) or referred to (ER, WX).
SYMD     DSECT
SYMNAME  DS    CL8
SYMADDR  DS    A                  its address, once defined
SYMFLAG  DS    X
SYMDEF   EQU   X'80'              defined
SYMWEAK  EQU   X'40'              only weak references so far
SYMREF   EQU   X'20'              referred to
         DS    XL3
SYMLEN   EQU   *-SYMD
*
* What an ESDID of the deck being read stands for.
ESDMAPD  DSECT
ESDKIND  DS    X
ESDSECT  EQU   X'80'              a section: ESDVAL = relocation
ESDEXT   EQU   X'40'              an external name: ESDVAL = symbol
         DS    XL3
ESDVAL   DS    F
ESDLEN   EQU   *-ESDMAPD
*
* A reference waiting for its name to be defined.
FIXD     DSECT
FIXSYM   DS    A                  -> its symbol
FIXADDR  DS    A                  the field
FIXLEN   DS    X                  1-4 bytes
FIXMINUS DS    X                  X'02': subtract
         DS    XL2
FIXDLEN  EQU   *-FIXD
*
LOADER   CSECT
         ENTRY LOAD,USE,START,LDRCARD,LDRCLEAR,LDRFIN
         USING NUCON,R0
         USING LOADER,R12,R11     every entry loads these bases
*
***********************************************************************
* LOAD and USE                                                        *
***********************************************************************
LOAD     STM   R14,R12,12(R13)
         L     R12,LOADBASE-LOAD(,R15)
         B     LOAD1
LOADBASE DC    A(LOADER)
LOAD1    LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         ST    R13,SAVE+4
         LA    R13,SAVE
         LR    R10,R1
         BAL   R14,LDRCLR
         LR    R1,R10
         B     LOADOPS
*
USE      STM   R14,R12,12(R13)
         L     R12,USEBASE-USE(,R15)
         B     USE1
USEBASE  DC    A(LOADER)
USE1     LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         ST    R13,SAVE+4
         LA    R13,SAVE
*
* The options first (after '('), then each file name.
LOADOPS  LR    R10,R1             the tokens
         ST    R10,CMDPLIST
         MVI   OPTS,0
         SR    R9,R9              names given
         LA    R2,8(,R10)
LOPT1    CLI   0(R2),X'FF'
         BE    LOPTEND
         CLI   0(R2),C'('
         BE    LOPT2
         LA    R9,1(,R9)
         LA    R2,8(,R2)
         B     LOPT1
LOPT2    LA    R2,8(,R2)
         CLI   0(R2),X'FF'
         BE    LOPTEND
         CLI   0(R2),C')'
         BE    LOPTEND
         CLC   0(8,R2),=CL8'READER'
         BNE   LOPT3
         OI    OPTS,OPTRDR
         B     LOPT2
LOPT3    CLC   0(8,R2),=CL8'START'
         BNE   LOPTBAD
         OI    OPTS,OPTSTART
         B     LOPT2
LOPTBAD  MVC   MSGBUF(L'TBADOPT),TBADOPT   INVALID OPTION 'x'
         LA    R6,MSGBUF+L'TBADOPT
         LR    R3,R2
         BAL   R14,PUTTOK
         MVI   0(R6),C''''
         LA    R6,1(,R6)
         BAL   R14,TYPEMSG
         LA    R15,24
         B     RETURN
LOPTEND  LTR   R9,R9
         BNZ   LFILES
         TM    OPTS,OPTRDR
         BO    LFILES
         WRTERM 'DMSLIO054E INCOMPLETE FILEID SPECIFIED'
         LA    R15,24
         B     RETURN
*
LFILES   SR    R8,R8              the worst return code so far
         LA    R2,8(,R10)
LFILE1   CLI   0(R2),X'FF'
         BE    LREADER
         CLI   0(R2),C'('
         BE    LREADER
         BAL   R14,LDFILE
         LTR   R15,R15
         BNZ   LDONE
         LA    R2,8(,R2)
         B     LFILE1
LREADER  TM    OPTS,OPTRDR
         BZ    LRESOLVE
         BAL   R14,LDRDR
         LTR   R15,R15
         BNZ   LDONE
LRESOLVE BAL   R14,RESOLVE        R15 = 0 or 4
LDONE    LR    R8,R15
         C     R8,=F'4'
         BH    LRET
         TM    OPTS,OPTSTART
         BZ    LRET
         LA    R1,STARTPL+8       START * with no arguments
         BAL   R14,RUN
         B     RETURN
LRET     LR    R15,R8
         B     RETURN
*
***********************************************************************
* START [entry|*] [args ...]                                          *
***********************************************************************
START    STM   R14,R12,12(R13)
         L     R12,STBASE-START(,R15)
         B     START1
STBASE   DC    A(LOADER)
START1   LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         ST    R13,SAVE+4
         LA    R13,SAVE
         LA    R1,8(,R1)          from the entry's token on
         BAL   R14,RUN
         B     RETURN
*
* RUN: R1 -> the tokens from the entry's ('*' or none: the load's).
* Calls the program; R15 = its return code, or 40.
RUN      ST    R14,RUNRET
         LR    R10,R1
         L     R3,NUCLDENT
         CLI   0(R10),X'FF'
         BE    RUNENTRY
         CLI   0(R10),C'*'
         BE    RUNENTRY
         LR    R2,R10             a name: a symbol of the load
         BAL   R14,FINDSYM
         LTR   R1,R1
         BZ    RUNNOSYM
         USING SYMD,R1
         TM    SYMFLAG,SYMDEF
         BZ    RUNNOSYM
         L     R3,SYMADDR
         DROP  R1
RUNENTRY LTR   R3,R3
         BZ    RUNNONE
         ST    R3,RUNENTR
         WRTERM 'EXECUTION BEGINS...'
         CLI   0(R10),X'FF'       START alone: a list holding '*'
         BNE   RUNGO
         LA    R10,STARTPL+8
RUNGO    LR    R1,R10
         LA    R13,USERSAVE
         L     R15,RUNENTR
         BALR  R14,R15            the program
         BALR  R12,0              its registers are its own: ours again
RUNBACK  DS    0H
         DROP  R12,R11
         USING RUNBACK,R12
         L     R12,=A(LOADER)
         DROP  R12
         USING LOADER,R12,R11
         LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         LA    R13,SAVE
         L     R14,RUNRET
         BR    R14
RUNNOSYM MVC   MSGBUF(L'TNOENT),TNOENT     ENTRY POINT 'x' NOT FOUND
         LA    R6,MSGBUF+L'TNOENT
         LR    R3,R10
         BAL   R14,PUTTOK
         MVC   0(11,R6),=C''' NOT FOUND'
         LA    R6,11(,R6)
         BAL   R14,TYPEMSG
         LA    R15,40
         L     R14,RUNRET
         BR    R14
RUNNONE  WRTERM 'DMSLIO055E NO ENTRY POINT DEFINED'
         LA    R15,40
         L     R14,RUNRET
         BR    R14
*
RETURN   L     R13,SAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
***********************************************************************
* LDFILE: R2 -> a filename token: loads 'fn TEXT' through RDBUF.      *
* R15 = 0, 28 (no such file), 32 or 104.                              *
***********************************************************************
LDFILE   ST    R14,LDFRET
         ST    R2,LDFTOK
         MVC   RDFSCB+8(8),0(R2)
         MVC   FIFN,0(R2)
         MVC   RDFSCB+16(8),=CL8'TEXT'
         MVC   RDFSCB+24(2),=CL2' '
         MVC   RDFSCB+26(2),=H'1' the first card, then the next ones
LDFNEXT  MVC   RDFSCB(8),=CL8'RDBUF'
         CMSCALL RDFSCB
         XC    RDFSCB+26(2),RDFSCB+26
         LTR   R15,R15
         BNZ   LDFEND
         LA    R3,CARDBUF
         BAL   R14,LDRCRD
         LTR   R15,R15
         BZ    LDFNEXT
         B     LDFCLOSE
LDFEND   C     R15,=F'12'         end of file
         BE    LDFOK
         MVC   MSGBUF(L'TNOFILE),TNOFILE   FILE 'fn TEXT' NOT FOUND
         LA    R6,MSGBUF+L'TNOFILE
         LA    R3,FIFN
         BAL   R14,PUTTOK
         MVC   0(16,R6),=C' TEXT'' NOT FOUND'
         LA    R6,16(,R6)
         BAL   R14,TYPEMSG
         LA    R15,28
         B     LDFCLOSE
LDFOK    SR    R15,R15
LDFCLOSE LR    R7,R15
         MVC   RDFSCB(8),=CL8'FINIS'
         CMSCALL RDFSCB
         LR    R15,R7
         L     R2,LDFTOK
         L     R14,LDFRET
         BR    R14
*
***********************************************************************
* LDRDR: loads the decks in the card reader, up to its end (unit      *
* exception) or until it is not ready (unit check). R15 = 0, 32, 104. *
***********************************************************************
LDRDR    ST    R14,LDRRET
LDRNEXT  LA    R1,RDRCCW
         ST    R1,CAW
         LH    R2,NUCRDR
         SIO   0(R2)
         BC    8,LDRWAIT
         BC    1,LDREND           not operational: nothing to read
         BC    2,LDRBUSY
         TM    CSW+4,X'03'        CC 1: unit check or exception now
         BNZ   LDREND
         B     LDRNEXT
LDRBUSY  LPSW  RDRBUSY
LDRWAIT  LR    R1,R2
         L     R15,=V(WAITDEV)
         BALR  R14,R15
         TM    NUCCSW+4,X'03'     the end of the deck (or no cards)
         BNZ   LDREND
         LA    R3,CARDBUF
         BAL   R14,LDRCRD
         LTR   R15,R15
         BZ    LDRNEXT
         B     LDRRETN
LDREND   SR    R15,R15
LDRRETN  L     R14,LDRRET
         BR    R14
*
***********************************************************************
* LDRCARD: the loader's one card, for other modules (GENMOD needs    *
* none; the entry is here for a future loader of libraries):          *
* R1 -> an 80-byte card. BALR R14,R15, R13 -> save area. R15 = 0, 32, *
* 104.                                                                *
***********************************************************************
LDRCARD  STM   R14,R12,12(R13)
         L     R12,LCBASE-LDRCARD(,R15)
         B     LDRCARD1
LCBASE   DC    A(LOADER)
LDRCARD1 LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         LR    R3,R1
         BAL   R14,LDRCRD
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
* LDRCLEAR: forgets the program loaded (GENMOD's LOADMOD uses it).
* LDRFIN: resolves what can be and lists the undefined names; R15 = 0
* or 4. Both BALR R14,R15 with R13 -> save area.
LDRCLEAR STM   R14,R12,12(R13)
         L     R12,LCLBASE-LDRCLEAR(,R15)
         B     LDRCLR1
LCLBASE  DC    A(LOADER)
LDRCLR1  LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         BAL   R14,LDRCLR
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
LDRFIN   STM   R14,R12,12(R13)
         L     R12,LFBASE-LDRFIN(,R15)
         B     LDRFIN1
LFBASE   DC    A(LOADER)
LDRFIN1  LA    R11,2048(,R12)
         LA    R11,2048(,R11)
         ST    R13,FINSAVE+4
         LA    R13,FINSAVE
         BAL   R14,RESOLVE
         L     R13,FINSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
* LDRCLR: an empty user area, no names, no entry.
LDRCLR   L     R1,NUCUSER
         ST    R1,NUCLDEND
         XC    NUCLDENT,NUCLDENT
         XC    FIRSTSEC,FIRSTSEC
         XC    NSYM,NSYM
         XC    NFIX,NFIX
         MVI   DECKNEW,1
         BR    R14
*
***********************************************************************
* LDRCRD: one card at R3. R15 = 0, 32 (a card the loader cannot use)  *
* or 104 (no room). Uses R1-R9.                                       *
***********************************************************************
LDRCRD   ST    R14,CRDRET
         CLI   0(R3),X'02'
         BNE   CRDOK              not an object card: skipped
         CLI   DECKNEW,0          a new deck: its ESDIDs mean nothing
         BE    CRDTYPE
         MVI   DECKNEW,0
         LA    R1,ESDMAP
         LA    R4,NESDS*ESDLEN/256
CRDCLR   XC    0(256,R1),0(R1)
         LA    R1,256(,R1)
         BCT   R4,CRDCLR
CRDTYPE  CLC   1(3,R3),=C'ESD'
         BE    ESD
         CLC   1(3,R3),=C'TXT'
         BE    TXT
         CLC   1(3,R3),=C'RLD'
         BE    RLD
         CLC   1(3,R3),=C'END'
         BE    END
CRDOK    SR    R15,R15            SYM and other cards: nothing to do
CRDRET1  L     R14,CRDRET
         BR    R14
CRDBAD   WRTERM 'DMSLIO032E INVALID CARD IN THE OBJECT DECK'
         LA    R15,32
         B     CRDRET1
CRDFULL  WRTERM 'DMSLIO109S VIRTUAL STORAGE CAPACITY EXCEEDED'
         LA    R15,104
         B     CRDRET1
*
* ESD: up to three 16-byte items: name, type, address, flag, length
* or (LD) the ESDID of its section.
ESD      LH    R4,10(,R3)         bytes of items
         LA    R5,16(,R3)         the first item
         AR    R4,R5              the end of the items
         LH    R6,14(,R3)         the ESDID of the first numbered one
ESDNEXT  CR    R5,R4
         BNL   CRDOK
         CLI   8(R5),X'00'        SD
         BE    ESDSD
         CLI   8(R5),X'04'        PC
         BE    ESDSD
         CLI   8(R5),X'05'        CM
         BE    ESDCM
         CLI   8(R5),X'01'        LD
         BE    ESDLD
         CLI   8(R5),X'02'        ER
         BE    ESDER
         CLI   8(R5),X'0A'        WX
         BE    ESDER
         B     CRDBAD
*
* A section: its room in the user area, cleared; the name defined.
ESDSD    BAL   R14,ESDSLOT        R7 -> the ESDID's slot
         L     R1,NUCLDEND
         LA    R1,7(,R1)
         N     R1,=X'00FFFFF8'
         L     R8,12(,R5)         the length (3 bytes)
         N     R8,=X'00FFFFFF'
         LR    R9,R1
         AR    R9,R8              its end
         C     R9,FREELOWE        (free storage may hold the top)
         BH    CRDFULL
         ST    R9,NUCLDEND
         OC    FIRSTSEC,FIRSTSEC
         BNZ   ESDSD1
         ST    R1,FIRSTSEC
ESDSD1   LR    R0,R1              clear it
         LR    R9,R8
ESDSDCLR LTR   R9,R9
         BNP   ESDSD2
         LR    R15,R9
         C     R15,=F'256'
         BNH   ESDSDXC
         LA    R15,256
ESDSDXC  BCTR  R15,0
         EX    R15,CLEAR
         LA    R15,1(,R15)
         AR    R1,R15
         SR    R9,R15
         B     ESDSDCLR
ESDSD2   LR    R1,R0
         L     R9,8(,R5)          the assembled address (3 bytes)
         N     R9,=X'00FFFFFF'
         USING ESDMAPD,R7
         MVI   ESDKIND,ESDSECT
         LR    R15,R1
         SR    R15,R9
         ST    R15,ESDVAL         relocation: loaded - assembled
         DROP  R7
         CLI   8(R5),X'04'        a private code section has no name
         BE    ESDNUMD
         CLC   0(8,R5),=CL8' '
         BE    ESDNUMD
         LR    R2,R5
         BAL   R14,DEFSYM         R1 = its address
ESDNUMD  LA    R6,1(,R6)          the next item's ESDID
         LA    R5,16(,R5)
         B     ESDNEXT
*
* A common section: the first deck naming it gives it room; later
* ones use that room.
ESDCM    LR    R2,R5
         BAL   R14,FINDSYM
         LTR   R1,R1
         BZ    ESDSD
         USING SYMD,R1
         TM    SYMFLAG,SYMDEF
         BZ    ESDSD
         L     R8,SYMADDR
         DROP  R1
         BAL   R14,ESDSLOT
         USING ESDMAPD,R7
         MVI   ESDKIND,ESDSECT
         L     R9,8(,R5)
         N     R9,=X'00FFFFFF'
         SR    R8,R9
         ST    R8,ESDVAL
         DROP  R7
         B     ESDNUMD
*
* A label (ENTRY): its section's relocation plus its address.
ESDLD    L     R1,12(,R5)         the section's ESDID
         N     R1,=X'00FFFFFF'
         BAL   R14,ESDGET         R7 -> its slot
         USING ESDMAPD,R7
         TM    ESDKIND,ESDSECT
         BZ    CRDBAD
         L     R1,8(,R5)
         N     R1,=X'00FFFFFF'
         A     R1,ESDVAL
         DROP  R7
         LR    R2,R5
         BAL   R14,DEFSYM
         LA    R5,16(,R5)         an LD has no ESDID of its own
         B     ESDNEXT
*
* An external reference: its symbol, made if new.
ESDER    BAL   R14,ESDSLOT
         LR    R2,R5
         BAL   R14,FINDSYM
         LTR   R1,R1
         BNZ   ESDER1
         BAL   R14,NEWSYM
         LTR   R1,R1
         BZ    CRDFULL
         USING SYMD,R1
         MVI   SYMFLAG,SYMWEAK
ESDER1   OI    SYMFLAG,SYMREF
         CLI   8(R5),X'02'        a strong reference makes it strong
         BNE   ESDER2
         NI    SYMFLAG,255-SYMWEAK
         DROP  R1
ESDER2   DS    0H
         USING ESDMAPD,R7
         MVI   ESDKIND,ESDEXT
         ST    R1,ESDVAL
         DROP  R7
         B     ESDNUMD
*
* ESDSLOT: R7 -> the slot of ESDID R6 (CRDBAD if out of range).
* ESDGET: the same for ESDID R1.
ESDSLOT  LR    R1,R6
ESDGET   LTR   R1,R1
         BNP   CRDBAD
         C     R1,=A(NESDS)
         BNL   CRDBAD
         SLL   R1,3
         LA    R7,ESDMAP(R1)
         BR    R14
*
* TXT: its bytes where its section was put.
TXT      LH    R1,14(,R3)
         BAL   R14,ESDGET
         USING ESDMAPD,R7
         TM    ESDKIND,ESDSECT
         BZ    CRDBAD
         L     R1,4(,R3)          the address (3 bytes)
         N     R1,=X'00FFFFFF'
         A     R1,ESDVAL
         DROP  R7
         LH    R15,10(,R3)        the count, 1-56
         LTR   R15,R15
         BNP   CRDOK
         C     R15,=F'56'
         BH    CRDBAD
         LR    R9,R1
         AR    R9,R15
         C     R9,NUCLDEND        inside what the sections were given
         BH    CRDBAD
         C     R1,NUCUSER
         BL    CRDBAD
         BCTR  R15,0
         EX    R15,MOVETXT
         B     CRDOK
*
* RLD: items of relocation pointer (ESDID of what is added), position
* pointer (ESDID of the section holding the field), flag and address;
* a flag ending in 1 says the next item keeps both pointers.
RLD      LH    R4,10(,R3)
         LA    R5,16(,R3)
         AR    R4,R5
RLDPTRS  CR    R5,R4
         BNL   CRDOK
         LH    R1,2(,R5)          P: the field's section
         BAL   R14,ESDGET
         TM    0(R7),ESDSECT
         BZ    CRDBAD
         ST    R7,RLDPOS
         LH    R1,0(,R5)          R: what is added
         BAL   R14,ESDGET
         ST    R7,RLDREL
         LA    R5,4(,R5)
RLDITEM  L     R7,RLDPOS
         L     R8,4(,R7)          the position section's relocation
         L     R1,0(,R5)          flag and address
         N     R1,=X'00FFFFFF'
         AR    R8,R1              R8 -> the field
         SR    R9,R9
         IC    R9,0(,R5)          the flag
         LR    R1,R9
         SRL   R1,2
         N     R1,=F'3'
         LA    R1,1(,R1)          its length
         STC   R1,FLEN
         LR    R1,R9
         N     R1,=F'2'
         STC   R1,FMINUS
         L     R7,RLDREL
         USING ESDMAPD,R7
         TM    ESDKIND,ESDSECT
         BZ    RLDEXT
         L     R0,ESDVAL          a section: its relocation
         BAL   R14,ADDFIELD
         B     RLDNEXT
RLDEXT   TM    ESDKIND,ESDEXT
         BZ    CRDBAD
         L     R1,ESDVAL          -> the symbol
         DROP  R7
         USING SYMD,R1
         TM    SYMFLAG,SYMDEF
         BZ    RLDWAIT
         L     R0,SYMADDR         defined: its address
         DROP  R1
         BAL   R14,ADDFIELD
         B     RLDNEXT
RLDWAIT  L     R2,NFIX            not yet: a fixup for later
         C     R2,=A(NFIXUPS)
         BNL   CRDFULL
         LR    R7,R2
         MH    R7,=Y(FIXDLEN)
         LA    R7,FIXTAB(R7)
         USING FIXD,R7
         ST    R1,FIXSYM
         ST    R8,FIXADDR
         MVC   FIXLEN,FLEN
         MVC   FIXMINUS,FMINUS
         DROP  R7
         LA    R2,1(,R2)
         ST    R2,NFIX
RLDNEXT  TM    0(R5),X'01'        the next item keeps the pointers?
         LA    R5,4(,R5)
         BO    RLDITEM
         B     RLDPTRS
*
* END: the first entry point a load names is the program's.
END      CLC   14(2,R3),=X'4040'  no entry point given
         BE    ENDDECK
         OC    NUCLDENT,NUCLDENT
         BNZ   ENDDECK
         LH    R1,14(,R3)
         BAL   R14,ESDGET
         USING ESDMAPD,R7
         TM    ESDKIND,ESDSECT
         BZ    CRDBAD
         L     R1,4(,R3)
         N     R1,=X'00FFFFFF'
         A     R1,ESDVAL
         DROP  R7
         ST    R1,NUCLDENT
ENDDECK  MVI   DECKNEW,1
         B     CRDOK
*
***********************************************************************
* ADDFIELD: adds R0 to the FLEN-byte field at R8 (FMINUS: subtracts). *
* The field may be anywhere: it is taken a byte at a time. Uses R1,   *
* R15.                                                                *
***********************************************************************
ADDFIELD SR    R1,R1
         SR    R15,R15
         IC    R15,FLEN
         LR    R9,R8
ADDGET   SLL   R1,8
         IC    R1,0(,R9)
         LA    R9,1(,R9)
         BCT   R15,ADDGET
         CLI   FMINUS,0
         BNE   ADDSUB
         AR    R1,R0
         B     ADDPUT
ADDSUB   SR    R1,R0
ADDPUT   IC    R15,FLEN           store the low FLEN bytes back
         LR    R9,R8
         AR    R9,R15
ADDPUT1  BCTR  R9,0
         STC   R1,0(,R9)
         SRL   R1,8
         BCT   R15,ADDPUT1
         BR    R14
*
***********************************************************************
* RESOLVE: applies the fixups whose names are now defined; lists the  *
* names still undefined (VM/370's DMSLIO201W). R15 = 0 or 4.          *
***********************************************************************
RESOLVE  ST    R14,RESRET
         L     R2,NFIX
         LA    R7,FIXTAB
         USING FIXD,R7
         SR    R4,R4              fixups kept
         LA    R5,FIXTAB          where the next one kept goes
RESNEXT  LTR   R2,R2
         BNP   RESLIST
         L     R1,FIXSYM
         USING SYMD,R1
         TM    SYMFLAG,SYMDEF
         BO    RESAPPLY
         TM    SYMFLAG,SYMWEAK    an undefined weak name is zero: done
         BO    RESDROP
         DROP  R1
         MVC   0(FIXDLEN,R5),FIXD keep it for a later USE
         LA    R5,FIXDLEN(,R5)
         LA    R4,1(,R4)
         B     RESDROP
RESAPPLY L     R0,SYMADDR-SYMD(,R1)
         L     R8,FIXADDR
         MVC   FLEN,FIXLEN
         MVC   FMINUS,FIXMINUS
         BAL   R14,ADDFIELD
RESDROP  LA    R7,FIXDLEN(,R7)
         BCTR  R2,0
         B     RESNEXT
         DROP  R7
RESLIST  ST    R4,NFIX
         SR    R15,R15
         L     R2,NSYM            names referred to and not defined
         LA    R7,SYMTAB
         USING SYMD,R7
         MVI   HEADED,0
RESLIST1 LTR   R2,R2
         BNP   RESDONE
         TM    SYMFLAG,SYMDEF+SYMWEAK
         BNZ   RESLIST2
         CLI   HEADED,0
         BNE   RESNAME
         MVI   HEADED,1
         WRTERM 'DMSLIO201W THE FOLLOWING NAMES ARE UNDEFINED:'
RESNAME  MVC   MSGBUF(8),SYMNAME
         LA    R1,MSGBUF
         LA    R6,8
         WRTERM (R1),(R6)
RESLIST2 LA    R7,SYMLEN(,R7)
         BCTR  R2,0
         B     RESLIST1
         DROP  R7
RESDONE  SR    R15,R15
         CLI   HEADED,0
         BE    RESRET1
         LA    R15,4
RESRET1  OC    NUCLDENT,NUCLDENT  no END named one: the first section
         BNZ   RESRET2
         MVC   NUCLDENT,FIRSTSEC
RESRET2  L     R14,RESRET
         BR    R14
*
***********************************************************************
* The symbol table. FINDSYM: R2 -> name: R1 -> its entry or 0.        *
* NEWSYM: R2 -> name: a new undefined entry, R1 -> it (0: full).      *
* DEFSYM: R2 -> name, R1 = address: defined (a second definition of   *
* a name is ignored, as the first deck wins).                         *
***********************************************************************
FINDSYM  L     R15,NSYM
         LA    R1,SYMTAB
FINDS1   LTR   R15,R15
         BNP   FINDS0
         CLC   0(8,R1),0(R2)
         BER   R14
         LA    R1,SYMLEN(,R1)
         BCTR  R15,0
         B     FINDS1
FINDS0   SR    R1,R1
         BR    R14
NEWSYM   L     R15,NSYM
         C     R15,=A(NSYMS)
         BNL   FINDS0
         LR    R1,R15
         MH    R1,=Y(SYMLEN)
         LA    R1,SYMTAB(R1)
         LA    R15,1(,R15)
         ST    R15,NSYM
         USING SYMD,R1
         MVC   SYMNAME,0(R2)
         XC    SYMADDR,SYMADDR
         MVI   SYMFLAG,0
         BR    R14
DEFSYM   ST    R14,DEFRET
         ST    R1,DEFADDR
         BAL   R14,FINDSYM
         LTR   R1,R1
         BNZ   DEFSYM1
         BAL   R14,NEWSYM
         LTR   R1,R1
         BZ    CRDFULL
DEFSYM1  TM    SYMFLAG,SYMDEF
         BO    DEFSYM2
         MVC   SYMADDR,DEFADDR
         OI    SYMFLAG,SYMDEF
         DROP  R1
DEFSYM2  L     R14,DEFRET
         BR    R14
*
* PUTTOK: the token at R3 without its trailing blanks to R6, and R6
* past it. TYPEMSG: types MSGBUF up to R6.
PUTTOK   LA    R4,8
PUTTOK1  CLI   0(R3),C' '
         BER   R14
         MVC   0(1,R6),0(R3)
         LA    R6,1(,R6)
         LA    R3,1(,R3)
         BCT   R4,PUTTOK1
         BR    R14
TYPEMSG  ST    R14,TYPRET
         LA    R1,MSGBUF
         SR    R6,R1
         WRTERM (R1),(R6)
         L     R14,TYPRET
         BR    R14
*
CLEAR    XC    0(0,R1),0(R1)
MOVETXT  MVC   0(0,R1),16(R3)
*
         DS    0D
RDRCCW   CCW   X'02',CARDBUF,X'20',80     read a card
RDRBUSY  DC    X'FF020000',A(LDRNEXT)
SAVE     DS    18F
FINSAVE  DS    18F
USERSAVE DS    18F                the program's save area
CMDPLIST DS    A
RUNRET   DS    A
RUNENTR  DS    A
LDFRET   DS    A
LDFTOK   DS    A
LDRRET   DS    A
CRDRET   DS    A
RESRET   DS    A
DEFRET   DS    A
DEFADDR  DS    A
TYPRET   DS    A
RLDPOS   DS    A
RLDREL   DS    A
FIRSTSEC DS    A                  the first section loaded
NSYM     DS    F
NFIX     DS    F
OPTS     DS    X
OPTRDR   EQU   X'80'
OPTSTART EQU   X'40'
DECKNEW  DC    X'01'              the next object card begins a deck
FLEN     DS    X
FMINUS   DS    X
HEADED   DS    X
FIFN     DS    CL8
STARTPL  DC    CL8'START',CL8'*',8X'FF'
         DS    0F
RDFSCB   DC    CL8'RDBUF',CL8' ',CL8'TEXT',CL2' ',H'0'  an FSCB
         DC    A(CARDBUF),F'80',CL2'F ',H'1',F'0'
         DS    0D                 card fields are loaded as words
CARDBUF  DS    CL80
MSGBUF   DS    CL100
TBADOPT  DC    C'DMSLIO003E INVALID OPTION '''
TNOENT   DC    C'DMSLIO021E ENTRY POINT '''
TNOFILE  DC    C'DMSLIO002E FILE '''
         LTORG
         DS    0D
SYMTAB   DS    (NSYMS*SYMLEN)X
ESDMAP   DS    (NESDS*ESDLEN)X
FIXTAB   DS    (NFIXUPS*FIXDLEN)X
         END
