         TITLE 'GENMOD - MODULE FILES: GENMOD, LOADMOD, MODRUN'
***********************************************************************
* GENMOD: programs kept as storage images (GH20-0859: GENMOD makes a  *
* MODULE file of the program LOADed, which then runs as a command by  *
* its name; LOADMOD brings one into storage without starting it).     *
*   GENMOD fn [MODULE [fm]]   writes 'fn MODULE fm' (A1 by default)   *
*       from the user area: the program LOADed, its entry point       *
*   LOADMOD fn                reads 'fn MODULE *' into storage        *
*   MODRUN   what SVC 202 calls for a name not in the function table: *
*       'name MODULE' on the accessed disks (the search order) is     *
*       loaded and called as the command; else 'name EXEC' is run by  *
*       EXEC; return code -3 when there is neither (then the command  *
*       loop says it is an unknown command)                           *
* A MODULE file is ours (the CP-67 manuals do not give its format):   *
* fixed 800-byte records; the first holds C'CMSMOD01', the origin,    *
* the end and the entry point; the others the storage from the origin *
* on. A module loads where it was made: when the user area begins     *
* elsewhere (a nucleus of another size) LOADMOD refuses it.           *
* The program is called like a START: R1 -> the tokens of the command *
* line (its name first), R13 -> a save area, R14 = return, R15 =      *
* entry; its R15 is the command's return code. A module run as a      *
* command replaces the program in the user area.                      *
* Return codes: 0; 24 bad operands; 28 no such module; 32 not a       *
* module or made for another user area; 40 nothing loaded; others     *
* from RDBUF/WRBUF (the file system's codes).                         *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         FSCB
         PRINT GEN
MAXTOKS  EQU   32                 tokens of a command line (SCANNER)
GENMOD   CSECT
         ENTRY LOADMOD,MODRUN
         USING NUCON,R0
         USING GENMOD,R12         every entry loads this base
*
***********************************************************************
* GENMOD fn [MODULE [fm]]                                             *
***********************************************************************
         STM   R14,R12,12(R13)
         L     R12,GMBASE-GENMOD(,R15)
         B     GENMOD1
GMBASE   DC    A(GENMOD)
GENMOD1  ST    R13,SAVE+4
         LA    R13,SAVE
         LR    R10,R1
         CLI   8(R10),X'FF'       a name is needed
         BE    NONAME
         MVC   MFSCB+8(8),8(R10)
         MVC   MFSCB+16(8),=CL8'MODULE'
         MVC   MFSCB+24(2),=CL2'A1'
         CLI   16(R10),X'FF'
         BE    GMCHECK
         CLC   16(8,R10),=CL8'MODULE'
         BNE   BADOPER
         CLI   24(R10),X'FF'
         BE    GMCHECK
         MVC   MFSCB+24(2),24(R10)   the filemode
         CLI   MFSCB+25,C' '
         BNE   GMCHECK
         MVI   MFSCB+25,C'1'
GMCHECK  L     R4,NUCUSER         the image: origin to end
         L     R5,NUCLDEND
         CR    R5,R4
         BNH   NOTHING
*
* A new file: the old one goes first (GENMOD replaces it). The ERASE
* function itself, not the command, which would say when there is none.
         MVC   MFSCB(8),=CL8'ERASE'
         LA    R1,MFSCB
         L     R15,=V(ERASE)
         BALR  R14,R15
         BAL   R14,CLRBLK
         MVC   BLOCK(8),=C'CMSMOD01'
         ST    R4,BLOCK+8
         ST    R5,BLOCK+12
         MVC   BLOCK+16(4),NUCLDENT
         BAL   R14,WRITE
         BNZ   WRERR
GMNEXT   CR    R4,R5              800 bytes at a time
         BNL   GMFINIS
         LR    R6,R5
         SR    R6,R4
         C     R6,=F'800'
         BNH   GMLAST
         LA    R6,800
GMLAST   BAL   R14,CLRBLK
         LA    R2,BLOCK           storage to the record
         LR    R3,R4
         BAL   R14,MOVELONG
         AR    R4,R6
         BAL   R14,WRITE
         BNZ   WRERR
         B     GMNEXT
GMFINIS  MVC   MFSCB(8),=CL8'FINIS'
         CMSCALL MFSCB
         SR    R15,R15
         B     RETURN
WRERR    LR    R7,R15
         MVC   MFSCB(8),=CL8'FINIS'
         CMSCALL MFSCB
         LR    R0,R7
         LA    R1,TWRERR
         BAL   R14,FILEMSG
         LR    R15,R7
         B     RETURN
*
* CLRBLK: BLOCK to zeros (the last record's rest stays zero).
CLRBLK   MVI   BLOCK,0
         MVC   BLOCK+1(255),BLOCK
         MVC   BLOCK+256(256),BLOCK
         MVC   BLOCK+512(256),BLOCK
         MVC   BLOCK+768(32),BLOCK
         BR    R14
*
* WRITE: BLOCK as the next record. CC from R15.
WRITE    ST    R14,WRRET
         MVC   MFSCB(8),=CL8'WRBUF'
         XC    MFSCB+26(2),MFSCB+26
         CMSCALL MFSCB
         L     R14,WRRET
         LTR   R15,R15
         BR    R14
*
***********************************************************************
* LOADMOD fn                                                          *
***********************************************************************
LOADMOD  STM   R14,R12,12(R13)
         L     R12,LMBASE-LOADMOD(,R15)
         B     LOADMOD1
LMBASE   DC    A(GENMOD)
LOADMOD1 ST    R13,SAVE+4
         LA    R13,SAVE
         LR    R10,R1
         CLI   8(R10),X'FF'
         BE    NONAME
         LA    R2,8(,R10)
         BAL   R14,READMOD
         LTR   R15,R15
         BZ    RETURN
         C     R15,=F'28'
         BNE   RETURN
         LA    R1,TNOMOD          FILE 'fn MODULE' NOT FOUND
         SR    R0,R0
         BAL   R14,FILEMSG
         LA    R15,28
         B     RETURN
*
***********************************************************************
* MODRUN: R1 -> a command's tokens whose name SVC 202 did not find.   *
***********************************************************************
MODRUN   STM   R14,R12,12(R13)
         L     R12,MRBASE-MODRUN(,R15)
         B     MODRUN1
MRBASE   DC    A(GENMOD)
MODRUN1  ST    R13,SAVE+4
         LA    R13,SAVE
         LR    R10,R1
         LR    R2,R10             the name
         BAL   R14,READMOD
         LTR   R15,R15
         BZ    MRCALL
         C     R15,=F'28'         no module: an EXEC?
         BNE   RETURN
         MVC   SFSCB+8(8),0(R10)
         CMSCALL SFSCB            STATE name EXEC
         LTR   R15,R15
         BNZ   MRNONE
         LA    R1,XPLIST+8        EXEC name args ...: the tokens after
         LR    R2,R10             'EXEC'
         LA    R3,MAXTOKS
MRCOPY   MVC   0(8,R1),0(R2)
         CLI   0(R2),X'FF'
         BE    MREXEC
         LA    R1,8(,R1)
         LA    R2,8(,R2)
         BCT   R3,MRCOPY
         MVC   0(8,R1),=8X'FF'
MREXEC   L     R9,SAVE+4          an EXEC it runs may come back here
         CMSCALL XPLIST           by name (MODRUN again): our caller
         ST    R9,SAVE+4          kept in a register, which SVC 202
         B     RETURN             gives back
MRNONE   L     R15,=F'-3'         neither: not for us
         B     RETURN
MRCALL   LR    R1,R10
         LA    R13,USERSAVE
         L     R15,NUCLDENT
         BALR  R14,R15            the program
         BALR  R12,0              its registers are its own: ours again
MRBACK   DS    0H
         DROP  R12
         USING MRBACK,R12
         L     R12,=A(GENMOD)
         DROP  R12
         USING GENMOD,R12
         B     RETURN
*
***********************************************************************
* READMOD: R2 -> a name: 'name MODULE *' into storage. R15 = 0, 28 no *
* such file, 32 not a module, 104 the user area is too small (free    *
* storage holds its top), or RDBUF's code.                            *
***********************************************************************
READMOD  ST    R14,RMRET
         MVC   MFSCB+8(8),0(R2)
         MVC   MFSCB+16(8),=CL8'MODULE'
         MVC   MFSCB+24(2),=CL2' '
         MVC   MFSCB(8),=CL8'RDBUF'
         MVC   MFSCB+26(2),=H'1'  the header, then the next ones
         CMSCALL MFSCB
         XC    MFSCB+26(2),MFSCB+26
         LTR   R15,R15
         BZ    RMHEAD
         C     R15,=F'1'          no such file: 28, as STATE says it
         BNE   RMCLOSE
         LA    R15,28
         B     RMCLOSE
RMHEAD   CLC   BLOCK(8),=C'CMSMOD01'
         BNE   RMBAD
         CLC   BLOCK+8(4),NUCUSER
         BNE   RMBAD
         L     R4,BLOCK+8
         L     R5,BLOCK+12
         C     R5,NUCMEMSZ        past storage: not one of this CMS
         BH    RMBAD
         C     R5,FREELOWE        past the user area: free storage has
         BH    RMNOROOM           its top
         MVC   RMENTRY,BLOCK+16
         L     R15,=V(LDRCLEAR)   the loader forgets its program
         BALR  R14,R15
RMNEXT   CR    R4,R5
         BNL   RMDONE
         MVC   MFSCB(8),=CL8'RDBUF'
         CMSCALL MFSCB
         LTR   R15,R15
         BNZ   RMBAD
         LR    R6,R5
         SR    R6,R4
         C     R6,=F'800'
         BNH   RMLAST
         LA    R6,800
RMLAST   LR    R2,R4              the record to storage
         LA    R3,BLOCK
         BAL   R14,MOVELONG
         AR    R4,R6
         B     RMNEXT
RMDONE   ST    R5,NUCLDEND
         MVC   NUCLDENT,RMENTRY
         SR    R15,R15
         B     RMCLOSE
RMNOROOM WRTERM 'DMSMOD109S VIRTUAL STORAGE CAPACITY EXCEEDED'
         LA    R15,104
         B     RMCLOSE
RMBAD    LA    R1,TBADMOD         'fn MODULE' IS NOT A MODULE ...
         SR    R0,R0
         BAL   R14,FILEMSG
         LA    R15,32
RMCLOSE  LR    R7,R15
         MVC   MFSCB(8),=CL8'FINIS'
         CMSCALL MFSCB
         LR    R15,R7
         L     R14,RMRET
         BR    R14
*
* FILEMSG: types the text at R1 (a length byte, then the text before
* the file's name), 'fn MODULE', then the text after it (a length
* byte, the text), and R0 in decimal when it is not 0.
FILEMSG  ST    R14,FMRET
         LA    R6,MSGBUF
         SR    R3,R3
         IC    R3,0(,R1)
         BCTR  R3,0
         EX    R3,MOVEMSG
         LA    R6,1(R3,R6)
         LA    R1,2(R3,R1)        the text after
         MVI   0(R6),C''''
         LA    R6,1(,R6)
         LA    R3,MFSCB+8
         LA    R4,8
FMNAME   CLI   0(R3),C' '
         BE    FMTYPE
         MVC   0(1,R6),0(R3)
         LA    R6,1(,R6)
         LA    R3,1(,R3)
         BCT   R4,FMNAME
FMTYPE   MVC   0(8,R6),=C' MODULE'''
         LA    R6,8(,R6)
         SR    R3,R3
         IC    R3,0(,R1)
         BCTR  R3,0
         EX    R3,MOVEMSG2
         LA    R6,1(R3,R6)
         LTR   R0,R0
         BZ    FMTYPE2
         LR    R2,R1
         LA    R1,DECIMAL
         L     R15,=V(DECOUT)
         BALR  R14,R15            R15 = digits used
         LA    R1,DECIMAL+11
         SR    R1,R15
         MVI   0(R6),C' '
         BCTR  R15,0
         EX    R15,MOVEDEC
         LA    R6,2(R15,R6)
FMTYPE2  LA    R1,MSGBUF
         SR    R6,R1
         WRTERM (R1),(R6)
         L     R14,FMRET
         BR    R14
MOVEMSG  MVC   0(0,R6),1(R1)
MOVEMSG2 MVC   0(0,R6),1(R1)
MOVEDEC  MVC   1(0,R6),0(R1)
*
NONAME   WRTERM 'DMSMOD054E INCOMPLETE FILEID SPECIFIED'
         LA    R15,24
         B     RETURN
BADOPER  WRTERM 'DMSMOD003E INVALID OPTION'
         LA    R15,24
         B     RETURN
NOTHING  WRTERM 'DMSMOD040E NO PROGRAM LOADED'
         LA    R15,40
*
RETURN   L     R13,SAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
*
* MOVELONG: R6 bytes (1-800) from R3 to R2, 256 at a time (an MVC
* moves at most 256). Uses R1, R2, R3, R7.
MOVELONG LR    R7,R6
MOVEL1   LR    R1,R7
         C     R1,=F'256'
         BNH   MOVEL2
         LA    R1,256
MOVEL2   BCTR  R1,0
         EX    R1,MOVEBYTE
         LA    R1,1(,R1)
         AR    R2,R1
         AR    R3,R1
         SR    R7,R1
         BP    MOVEL1
         BR    R14
MOVEBYTE MVC   0(0,R2),0(R3)
*
         DS    0D
SAVE     DS    18F
USERSAVE DS    18F
WRRET    DS    A
RMRET    DS    A
FMRET    DS    A
RMENTRY  DS    A
         DS    0F
MFSCB    DC    CL8'RDBUF',CL8' ',CL8'MODULE',CL2' ',H'0'  an FSCB
         DC    A(BLOCK),F'800',CL2'F ',H'1',F'0'
DECIMAL  DS    CL11
         DS    0F
SFSCB    DC    CL8'STATE',CL8' ',CL8'EXEC',CL2' ',H'0'  an FSCB
         DC    A(0),F'0',CL2'F ',H'0',F'0'
MSGBUF   DS    CL100
* Message texts: a length byte, the words before the file's name; a
* length byte, the words after it.
TWRERR   DC    AL1(L'TWRERR1)
TWRERR1  DC    C'DMSMOD105S ERROR WRITING FILE '
         DC    AL1(L'TWRERR2)
TWRERR2  DC    C', RETURN CODE'
TNOMOD   DC    AL1(L'TNOMOD1)
TNOMOD1  DC    C'DMSMOD002E FILE '
         DC    AL1(L'TNOMOD2)
TNOMOD2  DC    C' NOT FOUND'
TBADMOD  DC    AL1(L'TBADMOD1)
TBADMOD1 DC    C'DMSMOD032E FILE '
         DC    AL1(L'TBADMOD2)
TBADMOD2 DC    C' IS NOT A MODULE OF THIS CMS'
         LTORG
         DS    0D
BLOCK    DS    100D               one record: 800 bytes
XPLIST   DC    CL8'EXEC'          MODRUN's call of an EXEC
         DS    (MAXTOKS+1)D
         END
