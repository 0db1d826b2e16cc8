         TITLE 'VCONS - THE VIRTUAL CONSOLE ON THE USER''S TERMINAL'
***********************************************************************
* VCONS: the virtual machine's 1052 (its CONSOLE statement; CMS uses *
* 009), mapped onto the user's terminal (reference 15.3; the 1052's   *
* commands as section 13.1 lists them). Its channel programs are not *
* translated: CP runs them itself, CCW by CCW, from guest storage.    *
*   X'01', X'09'  write (with or without carrier return: each write   *
*                 is a line for the terminal), data chaining gathers  *
*                 the line -> TRMWRITE                                *
*   X'0A'         read inquiry -> TRMREAD: the program waits for the  *
*                 user's line, which the callback VCONRDE stores      *
*   X'03', X'0B'  no-operation, audible alarm: nothing to do          *
*   X'04'         sense: one byte                                     *
*   others        unit check, command reject (sense X'80')            *
* The ending is channel end and device end (VIOPRES). A program that  *
* goes on for more than CNMAXCCW CCWs without reading (typing for     *
* ever) is held busy without typing more until HALT I/O; and while    *
* the terminal has more than CNMAXOUT lines still to type, SIO finds  *
* the console busy (cc 2: the guest tries again after an interruption,*
* as CMS does): a guest cannot fill CP's storage with its output.     *
*                                                                     *
*   VCONSIO  R11 -> VMBLOK, R10 -> VDEVBLOK: SIO on the console       *
*            -> R15 = the condition code (0, or 1 with the CSW stored *
*            when its first CCW is refused).                          *
*   VCONRDE  TRMREAD's callback: R11, R1 -> the line (EBCDIC), R0 =   *
*            its length, R2 = the VDEVBLOK (TRMREAD's user word).     *
*   VCONATTN R11: the user pressed attention (the terminal module    *
*            calls it in VM mode): an attention interruption (unit    *
*            status X'80') on the console, after the program running *
*            if any; none while the guest is already reading.         *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         VDEVBLOK
         TRMBLOK
         TRQBLOK
         PRINT GEN
VCONMOD  CSECT
         ENTRY VCONSIO,VCONRDE,VCONATTN,VCONRTRY
         USING PSA,R0
         USING VMBLOK,R11
         USING VDEVBLOK,R10
CNMAXCCW EQU   256
CNMAXOUT EQU   32
*
VCONSIO  ENTER BASE=VCONMOD
         L     R1,VMTERM          the terminal's lines still to type
         LTR   R1,R1
         BZ    CNSTART
         L     R1,TRMOUTQ-TRMBLOK(,R1)
         LA    R2,CNMAXOUT
CNQUEUE  LTR   R1,R1
         BZ    CNSTART
         L     R1,TOBNEXT-TOBUF(,R1)
         BCT   R2,CNQUEUE
         LEAVE RC=2               too many: busy for now
CNSTART  L     R1,VDEVCAW
         LA    R1,0(,R1)
         ST    R1,VDEVCCW
         XC    VDEVCNT,VDEVCNT
         OI    VDEVSTAT,VDEVBUSY
         MVI   CNSTATE,CNSFIRST
         BAL   R14,CNRUN
         LEAVE
*
VCONRDE  ENTER BASE=VCONMOD
         LR    R10,R2
         ST    R1,CNLINE
         ST    R0,CNLLEN
         NI    VDEVFLAG,255-VDEVRDO
         TM    VDEVSTAT,VDEVHALT  halted, or reset: the line is dropped
         BO    RDDROP
         TM    VDEVSTAT,VDEVBUSY
         BZ    RDRET
         L     R8,VDEVCCW         the read CCW again
         LR    R1,R8
         LA    R0,8
         LA    R2,CNCCW
         CALL  GFETCH
         CH    R15,=H'3'
         BE    RDLATER            its page is out: again when it is in
         LTR   R15,R15
         BNZ   RDPGM
         LH    R4,CNCCW+6         R4 = count, R3 = bytes stored
         N     R4,=X'0000FFFF'
         L     R3,CNLLEN
         CR    R3,R4
         BNH   *+6
         LR    R3,R4
         L     R1,CNCCW
         LA    R1,0(,R1)
         LR    R0,R3
         L     R2,CNLINE
         CALL  GSTORE
         CH    R15,=H'3'
         BE    RDLATER
         LTR   R15,R15
         BNZ   RDPGM
         SR    R4,R3
         STH   R4,CNRESID
         MVI   CNCHST,0
         L     R1,CNLLEN          shorter or longer than the count
         CH    R1,CNCCW+6
         BE    RDCHAIN
         TM    CNCCW+4,X'20'      without SLI: incorrect length, and
         BO    RDCHAIN            the chain stops
         MVI   CNCHST,X'40'
         B     RDEND
RDCHAIN  TM    CNCCW+4,X'40'
         BZ    RDEND
         LA    R8,8(,R8)
         ST    R8,VDEVCCW
         MVI   CNSTATE,0
         BAL   R14,CNRUN
         LEAVE RC=0
RDEND    BAL   R14,CNEND
         LEAVE RC=0
RDPGM    MVC   CNRESID,CNCCW+6
         MVI   CNCHST,X'20'
         B     RDEND
RDDROP   NI    VDEVSTAT,255-VDEVHALT
RDRET    LEAVE RC=0
*
* The read's CCW or its buffer is in a page that is out (TRANGR began
* to bring it in): the line is kept in a block of CP's own with a
* timer request, and VCONRDE runs again a little later (the guest
* waits for its read meanwhile, as for a slow terminal). Nothing was
* done to the program yet but bytes stored, which are stored again.
RDLATER  L     R0,CNLLEN
         AH    R0,=Y(CNRLINE-CNRBLK+7)
         SRL   R0,3
         CALL  FREE
         USING CNRBLK,R1
         ST    R11,CNRVMB
         ST    R10,CNRVDEV
         MVC   CNRLEN,CNLLEN
         L     R2,CNLINE
         L     R3,CNLLEN
         LTR   R3,R3
         BZ    RDLTIME
         BCTR  R3,0
         EX    R3,RDLMOVE
RDLTIME  MVC   TRQRTN-TRQBLOK+CNRTRQ(4),=A(VCONRTRY)
         ST    R1,TRQWORD-TRQBLOK+CNRTRQ
         OI    VDEVFLAG,VDEVRDO   (a read is still out for it)
         LA    R1,CNRTRQ
         DROP  R1
         LA    R0,3               ticks of 1/300 s
         CALL  TMRSET
         LEAVE RC=0
RDLMOVE  MVC   CNRLINE-CNRBLK(0,R1),0(R2)
*
* VCONRTRY (the timer's callback: R0 -> the block): the line again,
* if its user and console are still there and the read still waits.
VCONRTRY ENTER BASE=VCONMOD
         LR    R9,R0
         USING CNRBLK,R9
         L     R11,PSAVMCHN
RTUSER   LTR   R11,R11
         BZ    RTFREE             logged off meanwhile
         C     R11,CNRVMB
         BE    RTDEV
         L     R11,VMNEXT
         B     RTUSER
RTDEV    L     R10,VMVDEV
RTDEV1   LTR   R10,R10
         BZ    RTFREE
         C     R10,CNRVDEV
         BE    RTGO
         L     R10,VDEVNEXT
         B     RTDEV1
RTGO     LA    R1,CNRLINE
         L     R0,CNRLEN
         LR    R2,R10
         CALL  VCONRDE
RTFREE   L     R0,CNRLEN
         AH    R0,=Y(CNRLINE-CNRBLK+7)
         SRL   R0,3
         LR    R1,R9
         CALL  FRET
         LEAVE RC=0
         DROP  R9
*
VCONATTN ENTER BASE=VCONMOD
         L     R10,VMVDEV
ATFIND   LTR   R10,R10
         BZ    ATRET
         TM    VDEVFLAG,VDEVCONS
         BO    ATFOUND
         L     R10,VDEVNEXT
         B     ATFIND
ATFOUND  TM    VDEVFLAG,VDEVRDO   the guest is reading already
         BO    ATRET
         TM    VDEVSTAT,VDEVBUSY
         BZ    ATNOW
         OI    VDEVSTAT,VDEVATTN  after the program's ending
         B     ATRET
ATNOW    XC    VDEVCSW,VDEVCSW
         MVI   VDEVCSW+4,X'80'    attention
         CALL  VINTDEV
ATRET    LEAVE RC=0
         EJECT
***********************************************************************
* CNRUN: BAL R14. Runs the console program from VDEVCCW until it ends *
* (CNEND), or waits for a line (a read: TRMREAD), or is held (too     *
* long). R15 = the condition code for SIO.                            *
***********************************************************************
CNRUN    ST    R14,CNSAVE
CNNEXT   L     R8,VDEVCCW
         L     R1,VDEVCNT
         LA    R1,1(,R1)
         ST    R1,VDEVCNT
         CH    R1,=Y(CNMAXCCW)
         BH    CNHOLD
         LR    R1,R8
         N     R1,=F'7'
         BNZ   CNPGM0
         LR    R1,R8
         LA    R0,8
         LA    R2,CNCCW
         CALL  GFETCH
         LTR   R15,R15
         BNZ   CNPGM0
         IC    R0,CNCCW
         N     R0,=F'15'
         CH    R0,=H'8'
         BNE   CNCMD
         TM    CNSTATE,CNSFIRST+CNSTIC    a TIC first or after a TIC
         BNZ   CNPGM
         OI    CNSTATE,CNSTIC
         L     R1,CNCCW
         LA    R1,0(,R1)
         ST    R1,VDEVCCW
         B     CNNEXT
CNCMD    MVC   CNRESID,CNCCW+6
         MVI   CNCHST,0
         TM    CNCCW+4,X'07'
         BNZ   CNPGM
         CLC   CNCCW+6(2),=H'0'
         BE    CNPGM
         TM    CNSTATE,CNSDCH     a data chain goes on with its command
         BZ    CNCMD1
         MVC   CNCCW(1),CNCMDB
CNCMD1   MVC   CNCMDB,CNCCW
         NI    CNSTATE,255-CNSTIC-CNSDCH
         CLI   CNCMDB,X'01'
         BE    CNWRITE
         CLI   CNCMDB,X'09'
         BE    CNWRITE
         CLI   CNCMDB,X'0A'
         BE    CNREAD
         CLI   CNCMDB,X'03'
         BE    CNDONE
         CLI   CNCMDB,X'0B'
         BE    CNDONE
         CLI   CNCMDB,X'04'
         BE    CNSENSE
         MVI   VDEVSNS,X'80'      command reject
         OI    VDEVSTAT,VDEVSNSV
         MVI   CNUNIT,X'0E'
         B     CNENDU
*
* Write: the line is gathered through data chaining, then typed.
CNWRITE  TM    CNSTATE,CNSGATH
         BO    CNW1
         XC    CNBLEN,CNBLEN
         OI    CNSTATE,CNSGATH
CNW1     LH    R3,CNCCW+6         what fits of it
         N     R3,=X'0000FFFF'
         LA    R4,L'CNBUF
         SH    R4,CNBLEN
         CR    R3,R4
         BNH   *+6
         LR    R3,R4
         LTR   R3,R3
         BZ    CNW2
         L     R1,CNCCW
         LA    R1,0(,R1)
         LR    R0,R3
         LA    R2,CNBUF
         AH    R2,CNBLEN
         CALL  GFETCH
         LTR   R15,R15
         BNZ   CNPGM
         AH    R3,CNBLEN
         STH   R3,CNBLEN
CNW2     XC    CNRESID,CNRESID
         TM    CNCCW+4,X'80'      more of the line to come
         BO    CNDONE
         NI    CNSTATE,255-CNSGATH
         LA    R1,CNBUF
         LH    R0,CNBLEN
         CALL  TRMWRITE
         B     CNDONE
*
* Read: the program goes on in VCONRDE when the line comes.
CNREAD   OI    VDEVSTAT,VDEVBUSY
         TM    VDEVFLAG,VDEVRDO   a read halted earlier is still out:
         BO    CNWAIT             its line comes to this one
         OI    VDEVFLAG,VDEVRDO
         LA    R1,VCONRDE
         LR    R0,R10
         CALL  TRMREAD
CNWAIT   SR    R15,R15
         B     CNRET
*
CNSENSE  L     R1,CNCCW
         LA    R1,0(,R1)
         LA    R0,1
         LA    R2,CNSNS
         MVI   CNSNS,0
         TM    VDEVSTAT,VDEVSNSV
         BZ    *+10
         MVC   CNSNS,VDEVSNS
         NI    VDEVSTAT,255-VDEVSNSV
         CALL  GSTORE
         LTR   R15,R15
         BNZ   CNPGM
         LH    R1,CNCCW+6
         BCTR  R1,0
         STH   R1,CNRESID
*
* The command is done: chaining goes on, or the program ends.
CNDONE   NI    CNSTATE,255-CNSFIRST
         TM    CNCCW+4,X'C0'
         BZ    CNEND0
         TM    CNCCW+4,X'80'
         BZ    *+8
         OI    CNSTATE,CNSDCH
         LA    R8,8(,R8)
         ST    R8,VDEVCCW
         B     CNNEXT
*
CNHOLD   OI    VDEVSTAT,VDEVLOOP  too long: busy until HALT I/O
         SR    R15,R15
         B     CNRET
CNPGM0   XC    CNRESID,CNRESID    the CCW cannot be fetched
CNPGM    MVI   CNCHST,X'20'       program check
CNEND0   MVI   CNUNIT,X'0C'       channel end, device end
         CLI   CNCHST,X'20'
         BNE   CNENDU
         TM    CNSTATE,CNSFIRST   refused at the first CCW: cc 1
         BZ    CNENDU
         MVI   CNUNIT,0
         BAL   R14,CNCSW
         NI    VDEVSTAT,255-VDEVBUSY
         LA    R1,VDEVCSW
         LA    R0,8
         CALL  VCSWPUT
         LA    R15,1
         B     CNRET
CNENDU   BAL   R14,CNEND1
         SR    R15,R15
CNRET    L     R14,CNSAVE
         BR    R14
*
* CNEND: the program's ending (CNUNIT, CNCHST, CNRESID at VDEVCCW).
CNEND    MVI   CNUNIT,X'0C'
CNEND1   ST    R14,CNSAVE2
         BAL   R14,CNCSW
         CALL  VIOPRES
         L     R14,CNSAVE2
         BR    R14
*
CNCSW    MVC   VDEVCSW(1),VDEVCAW
         NI    VDEVCSW,X'F0'
         L     R1,VDEVCCW
         LA    R1,8(,R1)
         ST    R1,CNWORD
         MVC   VDEVCSW+1(3),CNWORD+1
         MVC   VDEVCSW+4(1),CNUNIT
         MVC   VDEVCSW+5(1),CNCHST
         MVC   VDEVCSW+6(2),CNRESID
         BR    R14
*
         LTORG
CNCCW    DS    D
CNSAVE   DS    F
CNSAVE2  DS    F
CNWORD   DS    F
CNLINE   DS    A                  VCONRDE: the line
CNLLEN   DS    F                  and its length
CNRESID  DS    H
CNBLEN   DS    H                  bytes gathered in CNBUF
CNUNIT   DS    X
CNCHST   DS    X
CNCMDB   DS    X
CNSNS    DS    X
CNSTATE  DS    X
CNSFIRST EQU   X'80'              the next CCW is the program's first
CNSTIC   EQU   X'40'              the last CCW was a TIC
CNSDCH   EQU   X'20'              the next CCW continues a data chain
CNSGATH  EQU   X'10'              a write's line is being gathered
CNBUF    DS    CL256
*
* A line kept until its page is in (RDLATER, VCONRTRY).
CNRBLK   DSECT
CNRTRQ   DS    XL(TRQLEN)         the timer request
CNRVMB   DS    A                  the user
CNRVDEV  DS    A                  its console
CNRLEN   DS    F                  the line's length
CNRLINE  DS    0C                 the line
         END
