         TITLE 'CPCMD - THE CP COMMAND SCANNER AND DIAGNOSE X08'
***********************************************************************
* CPCMD: one CP command line (docs/cp67.md "Commands"; User's Guide   *
* GH20-0859, "CP console functions"; PLM GY20-0590, the console       *
* function routines). The line is cut into words at blanks; the first *
* names the command, which may be shortened to the fewest letters its *
* table entry allows (commands/cmdtab). A command is found only among *
* those the user's privilege classes may give (VMCLASS against the    *
* entry's classes), and, with no one logged on at the terminal, only *
* among LOGIN's: a command of another class is unknown, as in CP-67.  *
* The routine gets R11 -> VMBLOK (0 with no one logged on), R10 ->    *
* TRMBLOK (0 if the user is disconnected), R1 -> CMDPARM (maclib),    *
* and returns R15 = 0 or the number of the message it typed.          *
*                                                                     *
* CPCMD: R11 -> VMBLOK or 0 (then R10 -> TRMBLOK), R1 -> the line,    *
* R0 = its length. R15 = the command's return code, -1 unknown.       *
*                                                                     *
* DIAGCMD: DIAGNOSE X'08' (reference section 16.2): Rx holds the      *
* guest address of the command text, Ry its length; commands are      *
* separated by X'15'. Ry = 0 puts the user in CP console mode. The    *
* return code goes back in Ry; an unknown command is -1 and types     *
* nothing, so that CMS can try its own meaning first (VM/370's        *
* convention). A text past the guest's storage is an addressing      *
* exception, a length over 240 a specification exception.             *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         TRMBLOK
         CMDPARM
         CMDEQU
         DIAGRET
         PRINT GEN
CPCMD    CSECT
         USING PSA,0
         ENTRY DIAGCMD,CMDAREA
         EXTRN CMDTABLE,CMDUPTAB
*
CPCMDE   ENTER BASE=CPCMD
         ENTRY CPCMDE
         LTR   R11,R11
         BZ    SCANTRM
         L     R10,VMTERM-VMBLOK(,R11)
SCANTRM  LA    R9,CMDAREA
         USING CMDPARM,R9
         MVC   CMDFLAG,NEXTFLAG
         MVI   NEXTFLAG,0
         LR    R2,R0
         LTR   R2,R2
         BNP   SCANNULL
         CH    R2,=AL2(L'CMDLINE)
         BNH   SCANCOPY
         LH    R2,=AL2(L'CMDLINE)
SCANCOPY STH   R2,CMDLEN
         MVI   CMDLINE,C' '
         MVC   CMDLINE+1(L'CMDLINE-1),CMDLINE
         BCTR  R2,0
         EX    R2,COPYLINE
         MVC   CMDUPPR,CMDLINE
         L     R3,=A(CMDUPTAB)
         TR    CMDUPPR,0(R3)
* The words.
         LA    R3,CMDUPPR             scan
         LA    R4,CMDUPPR+1(R2)       end
         SR    R5,R5                  words so far
         MVI   CMDTOK,C' '
         MVC   CMDTOK+1(L'CMDTOK*CMDMAXT-1),CMDTOK
SCANSKIP CR    R3,R4
         BNL   SCANEND
         CLI   0(R3),C' '
         BNE   SCANWORD
         LA    R3,1(,R3)
         B     SCANSKIP
SCANWORD CH    R5,=AL2(CMDMAXT)
         BNL   SCANEND                more words than CP reads
         LR    R6,R3                  the word starts
SCANW1   LA    R3,1(,R3)
         CR    R3,R4
         BNL   SCANWEND
         CLI   0(R3),C' '
         BNE   SCANW1
SCANWEND LR    R7,R3
         SR    R7,R6                  its length
         LR    R1,R5
         SLL   R1,1
         STH   R7,CMDTOKL(R1)
         LR    R0,R6
         LA    R8,CMDUPPR
         SR    R0,R8
         STH   R0,CMDTOKO(R1)
         LR    R1,R5
         SLL   R1,3
         LA    R1,CMDTOK(R1)
         CH    R7,=H'8'
         BNH   SCANWMV
         LA    R7,8
SCANWMV  BCTR  R7,0
         EX    R7,COPYWORD
         LA    R5,1(,R5)
         B     SCANSKIP
SCANEND  STH   R5,CMDNTOK
         LTR   R5,R5
         BZ    SCANNULL
* The command: the first entry it names that this user may give.
         L     R6,=A(CMDTABLE)
         USING CMDENTRY,R6
         LH    R7,CMDTOKL             the word as typed
         CH    R7,=H'8'
         BH    UNKNOWN                no command name is that long
         BCTR  R7,0                   for CLC
FINDCMD  CLI   CMDENAME,X'FF'
         BE    UNKNOWN
         LA    R0,1(,R7)
         SR    R1,R1
         IC    R1,CMDEABBR
         CR    R0,R1
         BL    FINDNEXT               too short for it
         EX    R7,CMPNAME
         BNE   FINDNEXT
         LTR   R11,R11
         BNZ   FINDUSER
         TM    CMDEFLG,CMDFNOTL
         BZ    FINDNEXT
         B     FOUND
FINDUSER TM    CMDEFLG,CMDFLGD
         BZ    FINDNEXT
         MVC   CLASSES,CMDECLS
         NC    CLASSES,VMCLASS-VMBLOK(R11)
         CLI   CLASSES,0
         BNE   FOUND
FINDNEXT LA    R6,CMDELEN(,R6)
         B     FINDCMD
FOUND    L     R15,CMDERTN
         DROP  R6
         LR    R1,R9
         BALR  R14,R15
         B     RETURN
UNKNOWN  TM    CMDFLAG,CMDFDIAG
         BO    UNKNRC
         LA    R1,MSGUNKN
         LA    R0,L'MSGUNKN
         CALL  TRMWRITE
UNKNRC   L     R15,=F'-1'
         B     RETURN
SCANNULL SR    R15,R15
RETURN   LEAVE
*
COPYLINE MVC   CMDLINE(0),0(R1)
COPYWORD MVC   0(0,R1),0(R6)
CMPNAME  CLC   CMDTOK(0),0(R6)
         DROP  R9
*
***********************************************************************
* DIAGCMD: DIAGNOSE X'08'. R11 -> VMBLOK, R1 bits 24-27 Rx, 28-31 Ry. *
***********************************************************************
DIAGCMD  ENTER BASE=CPCMD
         USING VMBLOK,R11
         LR    R2,R1
         SRL   R2,4
         N     R2,=F'15'              Rx
         SLL   R2,2
         N     R1,=F'15'              Ry
         SLL   R1,2
         ST    R1,DIAGRY
         L     R4,VMGPRS(R2)          the text (guest real address)
         LA    R4,0(,R4)
         L     R5,VMGPRS(R1)          its length
         LTR   R5,R5
         BZ    DIAGCP
         BM    DIAGSPEC
         CH    R5,=AL2(L'DIAGTEXT)
         BH    DIAGSPEC
* The text into CP's storage, a page at a time: a page not in storage
* makes the guest execute the DIAGNOSE again when it has come.
         LA    R6,DIAGTEXT
         LR    R7,R5
DIAGCOPY LR    R1,R4
         SR    R0,R0
         CALL  TRANGR
         BC    8,DIAGPAGE
         BC    1,DIAGWAIT
         B     DIAGADDR
DIAGPAGE LR    R8,R2                  real address
         N     R2,=F'4095'
         L     R3,=F'4096'
         SR    R3,R2                  bytes left in the page
         CR    R3,R7
         BNH   DIAGPART
         LR    R3,R7
DIAGPART BCTR  R3,0
         EX    R3,DIAGMVC
         LA    R3,1(,R3)
         AR    R6,R3
         AR    R4,R3
         SR    R7,R3
         BP    DIAGCOPY
* One command after another, each to its X'15'.
         LA    R6,DIAGTEXT            the next command
         LA    R7,DIAGTEXT(R5)        the end
         SR    R8,R8                  the return code
DIAGNEXT CR    R6,R7
         BNL   DIAGRC
         LR    R3,R6
DIAGEND  CR    R3,R7
         BNL   DIAGONE
         CLI   0(R3),X'15'
         BE    DIAGONE
         LA    R3,1(,R3)
         B     DIAGEND
DIAGONE  LR    R0,R3
         SR    R0,R6                  the command's length
         LR    R1,R6
         LA    R6,1(,R3)              after the X'15'
         MVI   NEXTFLAG,CMDFDIAG
         CALL  CPCMDE
         LR    R8,R15
         B     DIAGNEXT
DIAGRC   L     R1,DIAGRY
         ST    R8,VMGPRS(R1)
         LA    R15,DRKEEP
         B     DIAGDONE
* Ry = 0: CP console mode, as if the user had pressed attention twice.
DIAGCP   L     R10,VMTERM
         LTR   R10,R10
         BZ    DIAGCPRC
         USING TRMBLOK,R10
         NI    TRMFLAGS,255-TRMFVM-TRMFATTN
         OI    TRMFLAGS,TRMFRDRQ
         DROP  R10
         CALL  VMSTOP
         CALL  TRMKICK
DIAGCPRC LA    R15,DRKEEP
         B     DIAGDONE
DIAGSPEC LA    R15,DRPGM+6            specification
         B     DIAGDONE
DIAGADDR LA    R15,DRPGM+5            addressing
         B     DIAGDONE
DIAGWAIT LA    R15,DRRESTRT           again when the page is in
DIAGDONE LEAVE
         DROP  R11
DIAGMVC  MVC   0(0,R6),0(R8)
*
MSGUNKN  DC    C'DMKCFM001E UNKNOWN CP COMMAND'
NEXTFLAG DC    X'00'                  CMDFLAG for the next CPCMD
CLASSES  DS    X
DIAGRY   DS    F
         LTORG
         DS    0D
CMDAREA  DS    (CMDPLEN)X             the line being done (CMDPARM)
DIAGTEXT DS    CL240                  DIAGNOSE X'08' text
         END
