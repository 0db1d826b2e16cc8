         TITLE 'EDIO - THE CMS EDITOR READS AND WRITES ITS FILE'
***********************************************************************
* EDIO: the file of the CMS context editor between the disk and its   *
* storage (GH20-0859: EDIT reads the file, FILE and SAVE write it).   *
* EDREAD reads every record through RDBUF into the in-storage file    *
* (EDFILE), trailing blanks cut. EDWRITE writes the lines through     *
* WRBUF as the work file EDIT CMSUT1 on the target's disk (VM/370's   *
* EDIT names its work file so), a fixed file's records padded to the  *
* record length with sequence numbers in 73-80 when SERIAL is on,     *
* then FINIS, and REPLFILE makes the work file the target in one      *
* directory commit: whenever the machine stops, the disk holds the    *
* old file or the whole new one, never part of it. On an error the    *
* work file is dropped, the message typed and the editor goes on with *
* the lines in storage: nothing is lost.                              *
*                                                                     *
*   EDREAD   EDFID (an existing file; EDRECFM, EDLRECL from STATE).   *
*            R15 = 0; 8 too large for the storage (no message);       *
*            else RDBUF's code.                                       *
*   EDWRITE  R1 -> the target's fn ft fm (18 bytes). R15 = 0 written, *
*            EDFID made the target; else the code, the message typed.*
*   DMSEDI037E DISK 'm' IS READ/ONLY                                  *
*   DMSEDI069E DISK 'm' NOT ACCESSED                                  *
*   DMSEDI105S DISK 'm' IS FULL                                       *
*   DMSEDI106S ERROR rr WRITING FILE 'fn ft fm'                       *
*   FILE IS EMPTY        (a file without lines: CMS has no empty file)*
* Both: BALR R14,R15, R11 -> EDWORK, R13 -> save area.                *
***********************************************************************
         PRINT NOGEN
         REGEQU
         EDWORK
         EDLINE
         FSCB
         ADT
         PRINT GEN
EDIO     CSECT
         ENTRY EDREAD,EDWRITE
         USING EDWORK,R11
         USING EDIO,R12
EDREAD   STM   R14,R12,12(R13)
         L     R12,RDBASE-EDREAD(,R15)
         B     READ
RDBASE   DC    A(EDIO)
EDWRITE  STM   R14,R12,12(R13)
         L     R12,WRBASE-EDWRITE(,R15)
         B     WRITE
WRBASE   DC    A(EDIO)
*
***********************************************************************
* EDREAD                                                              *
***********************************************************************
READ     ST    R13,IOSAVE+4
         LA    R13,IOSAVE
         MVC   IOFSCB(8),=CL8'RDBUF'
         MVC   IOFSCB+FSCBFN-FSCBD(18),EDFID
         XC    IOFSCB+FSCBITNO-FSCBD(2),IOFSCB+FSCBITNO-FSCBD
         LA    R0,RECBUF
         ST    R0,IOFSCB+FSCBBUFF-FSCBD
         LH    R0,EDLRECL
         CLI   EDRECFM,C'F'
         BE    *+8
         LA    R0,EDMAXREC
         ST    R0,IOFSCB+FSCBSIZE-FSCBD
         MVC   IOFSCB+FSCBFV-FSCBD(1),EDRECFM
         MVC   IOFSCB+FSCBNOIT-FSCBD(2),=H'1'
RDLOOP   LA    R1,IOFSCB
         L     R15,=V(RDBUF)
         BALR  R14,R15
         CH    R15,=H'12'         end of file
         BE    RDEND
         LTR   R15,R15
         BNZ   RDFAIL
         L     R15,=V(EDFNEW)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   RDFULL
         LR    R2,R1
         USING EDLINE,R2
         L     R3,IOFSCB+FSCBNORD-FSCBD
         CH    R3,EDLRECL
         BNH   *+8
         LH    R3,EDLRECL
RDTRIM   LTR   R3,R3              trailing blanks cut
         BNP   RDPUT
         LA    R4,RECBUF-1(R3)
         CLI   0(R4),C' '
         BNE   RDPUT
         BCTR  R3,0
         B     RDTRIM
RDPUT    STH   R3,LNLEN
         LTR   R3,R3
         BNP   RDADD
         BCTR  R3,0
         EX    R3,MVCREAD
RDADD    LR    R1,R2
         L     R15,=V(EDFADD)
         BALR  R14,R15
         B     RDLOOP
         DROP  R2
RDEND    BAL   R14,CLOSE
         L     R1,EDHEAD          TOF:, nothing changed yet
         ST    R1,EDCUR
         NI    EDSTATE,255-EDSEOF-EDSCHG
         SR    R15,R15
         B     IORET
RDFULL   LA    R15,8
RDFAIL   LR    R7,R15
         BAL   R14,CLOSE
         LR    R15,R7
         B     IORET
MVCREAD  MVC   LNTEXT-EDLINE(0,R2),RECBUF
*
***********************************************************************
* EDWRITE                                                             *
***********************************************************************
WRITE    ST    R13,IOSAVE+4
         LA    R13,IOSAVE
         MVC   TARGET,0(R1)
         OC    EDCOUNT,EDCOUNT
         BNZ   WRDISK
         WRTERM 'FILE IS EMPTY'
         LA    R15,4
         B     IORET
WRDISK   SR    R1,R1              the disk: accessed, read/write
         IC    R1,TARGET+16
         L     R15,=V(FINDADT)
         BALR  R14,R15
         LTR   R15,R15
         BZ    WRACC
         MVC   NAMODE(1),TARGET+16
         WRTERM NAMSG,NALEN
         LA    R15,36
         B     IORET
WRACC    TM    ADTFLAGS-ADT(R1),ADTRO
         BZ    WRWORK
         MVC   ROMODE(1),TARGET+16
         WRTERM ROMSG,ROLEN
         LA    R15,12
         B     IORET
WRWORK   MVC   WORKFID+16(1),TARGET+16
         BAL   R14,DROPWORK       one a stop left behind
         MVC   IOFSCB(8),=CL8'WRBUF'
         MVC   IOFSCB+FSCBFN-FSCBD(18),WORKFID
         XC    IOFSCB+FSCBITNO-FSCBD(2),IOFSCB+FSCBITNO-FSCBD
         LA    R0,RECBUF
         ST    R0,IOFSCB+FSCBBUFF-FSCBD
         MVC   IOFSCB+FSCBFV-FSCBD(1),EDRECFM
         MVC   IOFSCB+FSCBNOIT-FSCBD(2),=H'1'
         SR    R8,R8              the sequence number
         L     R2,EDHEAD
         USING EDLINE,R2
WRLOOP   L     R2,LNNEXT
         C     R2,EDHEAD
         BE    WRCLOSE
         MVI   RECBUF,C' '        the record: text, blanks after it
         MVC   RECBUF+1(EDMAXREC-1),RECBUF
         LH    R3,LNLEN
         LTR   R3,R3
         BNP   WRLEN
         BCTR  R3,0
         EX    R3,MVCWRITE
         LA    R3,1(,R3)
WRLEN    CLI   EDRECFM,C'F'
         BE    WRFIXED
         LTR   R3,R3              a variable record: its text, one
         BP    WRPUT              blank at least
         LA    R3,1
         B     WRPUT
WRFIXED  LH    R3,EDLRECL
         TM    EDSETS,EDSSER
         BZ    WRPUT
         AH    R8,EDSERINC        SERIAL: id and number in 73-80
         CVD   R8,DWORD
         UNPK  RECBUF+75(5),DWORD+5(3)
         OI    RECBUF+79,X'F0'
         MVC   RECBUF+72(3),EDSERID
WRPUT    ST    R3,IOFSCB+FSCBSIZE-FSCBD
         LA    R1,IOFSCB
         L     R15,=V(WRBUF)
         BALR  R14,R15
         LTR   R15,R15
         BZ    WRLOOP
         DROP  R2
         B     WRERROR
WRCLOSE  LA    R1,IOFSCB
         L     R15,=V(FINIS)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   WRERROR
         LA    R1,WORKFID         the new file takes the old's place
         LA    R2,TARGET
         L     R15,=V(REPLFILE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   WRERROR
         MVC   EDFID,TARGET
         NI    EDSTATE,255-EDSCHG
         SR    R15,R15
         B     IORET
WRERROR  LR    R7,R15             the work file dropped, the message
         BAL   R14,CLOSE
         BAL   R14,DROPWORK
         CH    R7,=H'13'
         BNE   WRERRMSG
         MVC   FULLMODE(1),TARGET+16
         WRTERM FULLMSG,FULLLEN
         B     WRERRRET
WRERRMSG CVD   R7,DWORD
         UNPK  ERRRC,DWORD+6(2)
         OI    ERRRC+2,X'F0'
         LA    R1,TARGET
         LA    R2,ERRFID
         L     R15,=V(FIDOUT)
         BALR  R14,R15
         LA    R1,ERRMSG
         SR    R2,R1
         WRTERM (R1),(R2)
WRERRRET LR    R15,R7
         B     IORET
MVCWRITE MVC   RECBUF(0),LNTEXT-EDLINE(R2)
*
* CLOSE: FINIS of the file in IOFSCB. DROPWORK: ERASE EDIT CMSUT1.
CLOSE    ST    R14,CLR14
         LA    R1,IOFSCB
         L     R15,=V(FINIS)
         BALR  R14,R15
         L     R14,CLR14
         BR    R14
DROPWORK ST    R14,CLR14
         MVC   ERASEPL+8(18),WORKFID
         LA    R1,ERASEPL
         L     R15,=V(ERASE)
         BALR  R14,R15
         L     R14,CLR14
         BR    R14
*
IORET    L     R13,IOSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
         LTORG
IOSAVE   DS    18F
CLR14    DS    A
DWORD    DS    D
IOFSCB   FSCB  RDBUF
TARGET   DS    CL18
WORKFID  DC    CL8'EDIT',CL8'CMSUT1',C'A1'
ERASEPL  DC    CL8'ERASE',CL18' '
ROMSG    DC    C'DMSEDI037E DISK '''
ROMODE   DC    C'A'' IS READ/ONLY'
ROLEN    EQU   *-ROMSG
NAMSG    DC    C'DMSEDI069E DISK '''
NAMODE   DC    C'A'' NOT ACCESSED'
NALEN    EQU   *-NAMSG
FULLMSG  DC    C'DMSEDI105S DISK '''
FULLMODE DC    C'A'' IS FULL'
FULLLEN  EQU   *-FULLMSG
ERRMSG   DC    C'DMSEDI106S ERROR '
ERRRC    DC    C'000'
         DC    C' WRITING FILE '
ERRFID   DS    CL40
RECBUF   DS    CL(EDMAXREC)
         END
