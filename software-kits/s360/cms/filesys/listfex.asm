         TITLE 'LISTFEX - LISTF WRITES CMS EXEC'
***********************************************************************
* LISTFEX: the file LISTF's EXEC and APPEND options write (GH20-0859: *
* LISTF can make an EXEC file of the files it lists; VM/370 LISTFILE  *
* names it CMS EXEC A1 and gives each file a record                   *
* '&1 &2 fn ft fm', so that 'EXEC CMS cmd' runs cmd on every file).  *
* A record: '&1 &2 ' in columns 1-6, fn in 7-14, ft in 16-23, fm in   *
* 25-26, blanks to 80 (fixed 80, an EXEC's card image; the columns    *
* are ours).                                                          *
*   EXEC     the records go to LISTF CMSUT1 A1, then REPLFILE makes  *
*            it CMS EXEC A1 in one commit: whenever the machine stops *
*            the disk holds the old CMS EXEC or the whole new one.    *
*   APPEND   the records are added after those of CMS EXEC A1 (made  *
*            when there is none); FINIS commits them all at once.     *
*                                                                     *
*   LFXOPEN  R0 = 0 EXEC, 1 APPEND. R15 = 0.                          *
*   LFXPUT   R1 -> fn (8), a blank, ft (8), a blank, fm (2). R15 = 0; *
*            else WRBUF's code (the message typed once; the writes    *
*            after it are skipped).                                   *
*   LFXCLOSE R15 = 0; else the code of the first error (the work     *
*            file dropped; CMS EXEC as it was). No record put: none   *
*            written, CMS EXEC as it was.                             *
*   DMSLST037E DISK 'A' IS READ/ONLY                    36            *
*   DMSLST069E DISK 'A' NOT ACCESSED                    36            *
*   DMSLST105S DISK 'A' IS FULL                         13 (ours)     *
*   DMSLST106S ERROR rr WRITING FILE 'CMS EXEC A1'      rr (ours)     *
* BALR R14,R15, R13 -> save area; other registers kept.               *
***********************************************************************
         PRINT NOGEN
         REGEQU
         FSCB
         FSTD
         PRINT GEN
LISTFEX  CSECT
         ENTRY LFXOPEN,LFXPUT,LFXCLOSE
         USING LISTFEX,R12
LFXOPEN  STM   R14,R12,12(R13)
         L     R12,OPBASE-LFXOPEN(,R15)
         B     OPEN
OPBASE   DC    A(LISTFEX)
LFXPUT   STM   R14,R12,12(R13)
         L     R12,PTBASE-LFXPUT(,R15)
         B     PUT
PTBASE   DC    A(LISTFEX)
LFXCLOSE STM   R14,R12,12(R13)
         L     R12,CLBASE-LFXCLOSE(,R15)
         B     CLOSE
CLBASE   DC    A(LISTFEX)
*
* LFXOPEN: which file, and the first item to write.
OPEN     ST    R13,XSAVE+4
         LA    R13,XSAVE
         STC   R0,XAPPEND
         XC    XERROR,XERROR
         XC    XCOUNT,XCOUNT
         MVC   XWRITE+FSCBITNO-FSCBD(2),=H'1'
         MVC   XWRITE+8(18),XWORK
         CLI   XAPPEND,0
         BE    OPWORK
         MVC   XWRITE+8(18),XTARGET   APPEND: after CMS EXEC's last
         MVC   XSTATE+8(18),XTARGET
         LA    R1,XSTATE
         L     R15,=V(STATE)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   OPDONE             none: it is made
         L     R1,=V(STATEFST)
         LH    R0,FSTRECCT-FSTD(,R1)
         AH    R0,=H'1'
         STH   R0,XWRITE+FSCBITNO-FSCBD
         B     OPDONE
OPWORK   BAL   R14,DROPWORK       (a work file a stop left)
OPDONE   SR    R15,R15
         B     XRET
*
* LFXPUT: one record.
PUT      ST    R13,XSAVE+4
         LA    R13,XSAVE
         L     R15,XERROR         after an error: nothing more
         LTR   R15,R15
         BNZ   XRET
         MVC   XREC,=CL80'&&1 &&2'
         MVC   XREC+6(8),0(R1)
         MVC   XREC+15(8),9(R1)
         MVC   XREC+24(2),18(R1)
         LA    R1,XWRITE
         L     R15,=V(WRBUF)
         BALR  R14,R15
         XC    XWRITE+FSCBITNO-FSCBD(2),XWRITE+FSCBITNO-FSCBD
         L     R0,XCOUNT
         AH    R0,=H'1'
         ST    R0,XCOUNT
         LTR   R15,R15
         BZ    XRET
         ST    R15,XERROR         WRBUF gave the file up: say why
         BAL   R14,ERRMSG
         L     R15,XERROR
         B     XRET
*
* LFXCLOSE: FINIS; for EXEC the work file becomes CMS EXEC.
CLOSE    ST    R13,XSAVE+4
         LA    R13,XSAVE
         L     R15,XERROR
         LTR   R15,R15
         BNZ   CLDROP
         L     R15,XCOUNT         no file listed: nothing written, the
         LTR   R15,R15            old CMS EXEC stays
         BZ    XRET
         MVC   XWRITE(8),=CL8'FINIS'
         LA    R1,XWRITE
         L     R15,=V(FINIS)
         BALR  R14,R15
         MVC   XWRITE(8),=CL8'WRBUF'
         LTR   R15,R15
         BNZ   CLFAIL
         CLI   XAPPEND,0
         BNE   XRET               (R15 0)
         LA    R1,XWORK
         LA    R2,XTARGET
         L     R15,=V(REPLFILE)
         BALR  R14,R15
         LTR   R15,R15
         BZ    XRET
CLFAIL   ST    R15,XERROR
         BAL   R14,ERRMSG
CLDROP   CLI   XAPPEND,0
         BNE   CLRC
         BAL   R14,DROPWORK
CLRC     L     R15,XERROR
XRET     L     R13,XSAVE+4
         L     R14,12(,R13)
         LM    R0,R12,20(R13)
         BR    R14
*
* ERRMSG: the message for the code in XERROR.
ERRMSG   ST    R14,EMR14
         L     R15,XERROR
         CH    R15,=H'12'
         BNE   EM1
         WRTERM 'DMSLST037E DISK ''A'' IS READ/ONLY'
         LA    R0,36
         B     EMRC
EM1      CH    R15,=H'36'
         BNE   EM2
         WRTERM 'DMSLST069E DISK ''A'' NOT ACCESSED'
         LA    R0,36
         B     EMRC
EM2      CH    R15,=H'13'
         BNE   EM3
         WRTERM 'DMSLST105S DISK ''A'' IS FULL'
         LA    R0,13
         B     EMRC
EM3      CVD   R15,XDEC
         UNPK  XERRC,XDEC+6(2)
         OI    XERRC+1,X'F0'
         WRTERM XERRM,XERRML
         L     R0,XERROR
EMRC     ST    R0,XERROR
         L     R14,EMR14
         BR    R14
*
* DROPWORK: LISTF CMSUT1 A1 erased, if it is there.
DROPWORK ST    R14,DWR14
         MVC   XSTATE(8),=CL8'ERASE'
         MVC   XSTATE+8(18),XWORK
         LA    R1,XSTATE
         L     R15,=V(ERASE)
         BALR  R14,R15
         MVC   XSTATE(8),=CL8'STATE'
         L     R14,DWR14
         BR    R14
*
         LTORG
         DS    0D
XDEC     DS    D
XERROR   DS    F
XCOUNT   DS    F                  records written
EMR14    DS    A
DWR14    DS    A
XAPPEND  DS    X
XWORK    DC    CL8'LISTF',CL8'CMSUT1',CL2'A1'
XTARGET  DC    CL8'CMS',CL8'EXEC',CL2'A1'
XSTATE   DC    CL8'STATE',CL18' ',XL8'FFFFFFFFFFFFFFFF'
XWRITE   FSCB  WRBUF,,,,BUFFER=XREC,BSIZE=80
XREC     DS    CL80
XERRM    DC    C'DMSLST106S ERROR '
XERRC    DC    C'RR'
         DC    C' WRITING FILE ''CMS EXEC A1'''
XERRML   EQU   *-XERRM
XSAVE    DS    18F
         END
