         TITLE 'SPLDEV - THE VIRTUAL READER, PUNCH AND PRINTER'
***********************************************************************
* SPLDEV: the spooled unit record devices of a virtual machine (CP-67 *
* User's Guide GH20-0859 "spooling"; reference 15.3): no real device  *
* stands behind them. CP runs their channel programs itself, CCW by   *
* CCW from guest storage, as it runs the console's (VCONS):           *
*   printer (1403)  write X'01'-X'F9' (xxxxx001): a print line; the   *
*                   immediate carriage commands (xxxxx011 but X'03'): *
*                   a record with no data; each record keeps its      *
*                   command byte, so carriage control survives; what  *
*                   a 2821 rejects (URPRTOK) is command reject        *
*   punch (2540P)   write: a card                                     *
*   reader (2540R)  read (xxxxxx10): the next card of the file being  *
*                   read, or of the first file in the user's reader;  *
*                   at the file's end unit exception (and the file is *
*                   gone, unless held); with no file unit check,      *
*                   intervention required (sense X'40')               *
*   all             X'03' no-operation; X'04' sense (one byte); other *
*                   commands: unit check, command reject              *
* A printer's or punch's records go into the open file's block in     *
* storage; a full block goes to the spool area (SPIO) by itself, and  *
* a new one is begun on a new track. CLOSE (SPCLOSEF) writes the last *
* block and then sends the file where SPOOL says: to a user's reader  *
* (SPOOL ... TO), else to the real printer or punch (SPLKICK).        *
*                                                                     *
*   VSPLSIO  R11, R10 -> VDEVBLOK: SIO -> R15 = the condition code    *
*   SPCLOSEF R11, R10: close the device's file (an output file goes   *
*            to its queue; a reader's file read so far is gone unless *
*            held, and the next read begins the next file)           *
*   SPPURGEF R1 -> a closed SFBLOK: the file is gone (its tracks free,*
*            off SPLFILES, the checkpoint written)                    *
* A program that writes faster than the disk takes its blocks waits   *
* (busy) while two are on their way, and goes on when one is down,   *
* so a guest cannot fill CP's storage with blocks.                    *
*   SPQUEUE  R1 -> an SFBLOK whose last block is on the disk: on the  *
*            end of SPLFILES, the checkpoint written, the real devices*
*            started                                                  *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         VDEVBLOK
         VSPLBLOK
         SFBLOK
         PRINT GEN
SPLDEV   CSECT
         ENTRY VSPLSIO,SPCLOSEF,SPPURGEF,SPQUEUE
         EXTRN SPLFILES
         USING PSA,R0
         USING VMBLOK,R11
         USING VDEVBLOK,R10
         USING VSPLBLOK,R9
SPMAXCCW EQU   1024               CCWs of one program, then it is held
*
VSPLSIO  ENTER BASE=SPLDEV
         L     R9,VDEVSPL
         L     R1,VDEVCAW
         LA    R1,0(,R1)
         ST    R1,VDEVCCW
         XC    VDEVCNT,VDEVCNT
         OI    VDEVSTAT,VDEVBUSY
         MVI   URSTATE,URSFIRST
         BAL   R14,URRUN
         LEAVE
         EJECT
***********************************************************************
* URRUN: BAL R14. Runs the program from VDEVCCW until it ends, or     *
* waits for a reader block (SPIO; URRDDONE goes on), or is held.      *
* R15 = the condition code for SIO.                                   *
***********************************************************************
URRUN    ST    R14,URSAVE
URNEXT   L     R8,VDEVCCW
         L     R1,VDEVCNT
         LA    R1,1(,R1)
         ST    R1,VDEVCNT
         CH    R1,=Y(SPMAXCCW)
         BH    URHOLD
         LR    R1,R8
         N     R1,=F'7'
         BNZ   URPGM0
         LR    R1,R8
         LA    R0,8
         LA    R2,URCCW
         CALL  GFETCH
         LTR   R15,R15
         BNZ   URPGM0
         IC    R0,URCCW
         N     R0,=F'15'
         CH    R0,=H'8'
         BNE   URCMD
         TM    URSTATE,URSFIRST+URSTIC   a TIC first or after a TIC
         BNZ   URPGM
         OI    URSTATE,URSTIC
         L     R1,URCCW
         LA    R1,0(,R1)
         ST    R1,VDEVCCW
         B     URNEXT
URCMD    MVC   URRESID,URCCW+6
         MVI   URCHST,0
         MVI   URUNIT,X'0C'
         TM    URCCW+4,X'87'      data chaining is not taken (ours)
         BNZ   URPGM
         CLC   URCCW+6(2),=H'0'
         BE    URPGM
         NI    URSTATE,255-URSTIC
         CLI   URCCW,X'03'
         BE    URDONE
         CLI   URCCW,X'04'
         BE    URSENSE
         CLI   VSPUNIT,VSPPRT     the printer takes what a 2821 takes
         BNE   URCMD2
         BAL   R14,URPRTOK
URCMD2   IC    R0,URCCW
         N     R0,=F'3'
         CLI   VSPUNIT,VSPRDR
         BE    URRDR
         CH    R0,=H'1'           printer and punch: a write
         BE    URWRITE
         CH    R0,=H'3'           the printer's carriage commands
         BNE   URREJ
         CLI   VSPUNIT,VSPPRT
         BNE   URDONE             (the punch's feed: nothing to keep)
         SR    R3,R3
         B     URPUT
URRDR    CH    R0,=H'2'           the reader: a read
         BE    URREAD
         CH    R0,=H'3'           feed, select stacker: nothing
         BE    URDONE
*
* URPRTOK: BAL R14. The printer's command in URCCW as the 1403's
* control unit (2821) takes it (1403 Component Description, Commands):
* xxxxx001 write or xxxxx011 immediate carriage control, with bits 0-4
* spacing 0-3 lines (00000-00011) or skipping to channel 1-12 (10001-
* 11100); the load-buffer commands (X'F3', X'FB', X'73', X'7B') leave
* no record. Anything else is command reject - a tape mode set (X'2B')
* given to a printer, as BOS's tape OPEN on SYS002 assigned to 00E does
* is refused as on the real machine. Returns if it is a print command.
URPRTOK  CLI   URCCW,X'F3'
         BE    URDONE
         CLI   URCCW,X'FB'
         BE    URDONE
         CLI   URCCW,X'73'
         BE    URDONE
         CLI   URCCW,X'7B'
         BE    URDONE
         IC    R0,URCCW
         N     R0,=F'5'           xxxxx0x1
         CH    R0,=H'1'
         BNE   URREJ
         IC    R0,URCCW
         N     R0,=X'000000FF'
         SRL   R0,3
         CH    R0,=H'3'
         BNHR  R14
         CH    R0,=H'17'
         BL    URREJ
         CH    R0,=H'28'
         BNHR  R14
URREJ    MVI   VDEVSNS,X'80'      command reject
         OI    VDEVSTAT,VDEVSNSV
         MVI   URUNIT,X'0E'
         B     UREND
*
* A record for the open file: R3 = its length (at most SPBMAXR).
URWRITE  LH    R3,URCCW+6
         CH    R3,=Y(SPBMAXR)
         BNH   *+8
         LA    R3,SPBMAXR
         LTR   R3,R3
         BZ    URPUT
         L     R1,URCCW
         LA    R1,0(,R1)
         LR    R0,R3
         LA    R2,URDATA
         CALL  GFETCH
         LTR   R15,R15
         BNZ   URPGM
URPUT    BAL   R14,SPPUT
         CH    R15,=H'8'          two blocks still on their way: the
         BE    URWAIT             program goes on when one is down
         LTR   R15,R15
         BNZ   URFULL
         XC    URRESID,URRESID
         B     URDONE
URFULL   MVI   VDEVSNS,X'40'      the spool area is full: intervention
         OI    VDEVSTAT,VDEVSNSV  required (ours)
         MVI   URUNIT,X'0E'
         B     UREND
*
URSENSE  L     R1,URCCW
         LA    R1,0(,R1)
         LA    R0,1
         LA    R2,URSNS
         MVI   URSNS,0
         TM    VDEVSTAT,VDEVSNSV
         BZ    *+10
         MVC   URSNS,VDEVSNS
         NI    VDEVSTAT,255-VDEVSNSV
         CALL  GSTORE
         LTR   R15,R15
         BNZ   URPGM
         LH    R1,URCCW+6
         BCTR  R1,0
         STH   R1,URRESID
         B     URDONE
*
* The reader: the next record of its file.
URREAD   BAL   R14,SPGET          R15: 0 R1 -> record; 4 wait; 8 end
         CH    R15,=H'4'          of file; 12 no file
         BE    URWAIT
         CH    R15,=H'8'
         BE    UREOF
         CH    R15,=H'12'
         BE    URNOFILE
         LR    R4,R1              R4 -> the record: length, cmd, data
         LH    R3,0(,R4)
         LH    R5,URCCW+6
         N     R5,=X'0000FFFF'
         CR    R3,R5
         BNH   *+6
         LR    R3,R5
         L     R1,URCCW
         LA    R1,0(,R1)
         LR    R0,R3
         LA    R2,3(,R4)
         LTR   R0,R0
         BZ    URRD1
         CALL  GSTORE
         LTR   R15,R15
         BNZ   URPGM
URRD1    SR    R5,R3
         STH   R5,URRESID
         LH    R1,0(,R4)          a card shorter or longer than the
         CH    R1,URCCW+6         count, without SLI: incorrect length
         BE    URDONE
         TM    URCCW+4,X'20'
         BO    URDONE
         MVI   URCHST,X'40'
         B     UREND
URWAIT   SR    R15,R15            the block comes: URRDDONE goes on
         B     URRET
UREOF    MVI   URUNIT,X'0D'       end of file: unit exception
         B     UREND
URNOFILE MVI   VDEVSNS,X'40'      no file: intervention required
         OI    VDEVSTAT,VDEVSNSV
         MVI   URUNIT,X'0E'
         B     UREND
*
* The command is done: chaining goes on, or the program ends.
URDONE   NI    URSTATE,255-URSFIRST
         TM    URCCW+4,X'40'
         BZ    UREND
         LA    R8,8(,R8)
         ST    R8,VDEVCCW
         B     URNEXT
URHOLD   OI    VDEVSTAT,VDEVLOOP  too long: busy until HALT I/O
         SR    R15,R15
         B     URRET
URPGM0   XC    URRESID,URRESID
URPGM    MVI   URCHST,X'20'       program check
         MVI   URUNIT,0
         TM    URSTATE,URSFIRST   refused at the first CCW: cc 1
         BZ    UREND
         BAL   R14,URCSW
         NI    VDEVSTAT,255-VDEVBUSY
         LA    R1,VDEVCSW
         LA    R0,8
         CALL  VCSWPUT
         LA    R15,1
         B     URRET
UREND    BAL   R14,URCSW
         CALL  VIOPRES
         SR    R15,R15
URRET    L     R14,URSAVE
         BR    R14
*
URCSW    MVC   VDEVCSW(1),VDEVCAW
         NI    VDEVCSW,X'F0'
         L     R1,VDEVCCW
         LA    R1,8(,R1)
         ST    R1,URWORD
         MVC   VDEVCSW+1(3),URWORD+1
         MVC   VDEVCSW+4(1),URUNIT
         MVC   VDEVCSW+5(1),URCHST
         MVC   VDEVCSW+6(2),URRESID
         BR    R14
         EJECT
***********************************************************************
* The reader's block has come (SPIO's callback, R1 = the VDEVBLOK).   *
***********************************************************************
URRDDONE ENTER BASE=SPLDEV
         LR    R9,R1
         TM    VSPFLAG,VSPORPH    the device went at logout
         BZ    URRDD1
         LR    R1,R9
         LA    R0,VSPLEN
         CALL  FRET
         B     URRDFRE
URRDD1   L     R10,VSPVDEV
         L     R11,VSPVMB         (the I/O's ending has no user)
         NI    VSPFLAG,255-VSPRDWT
         TM    VSPFLAG,VSPCLOSQ   closed meanwhile: the file is done
         BZ    URRDD2
         NI    VSPFLAG,255-VSPCLOSQ
         BAL   R14,RDRCLOSE
         TM    VDEVSTAT,VDEVBUSY  a read waiting ends: end of file
         BZ    URRDRET
         L     R8,VDEVCCW
         MVI   URUNIT,X'0D'
         MVI   URCHST,0
         MVC   URRESID,=H'0'
         BAL   R14,UREND0
         LEAVE RC=0
URRDFRE  LR    R1,R2
         LA    R0,SPBSIZE/8
         CALL  FRET
         LEAVE RC=0
URRDD2   DS    0H
         XC    VSPPOS,VSPPOS
         LTR   R0,R0              unreadable: the file ends here
         BZ    URRD2
         L     R1,VSPBUF
         XC    0(4,R1),0(R1)
URRD2    TM    VDEVSTAT,VDEVBUSY  the program still waits for it
         BZ    URRDRET
         TM    VDEVSTAT,VDEVRSET+VDEVHALT
         BNZ   URRDRET
         L     R8,VDEVCCW         the read again
         LR    R1,R8
         LA    R0,8
         LA    R2,URCCW
         CALL  GFETCH
         MVI   URSTATE,0
         MVI   URUNIT,X'0C'
         MVI   URCHST,0
         BAL   R14,URRUN0
URRDRET  LEAVE RC=0
URRUN0   ST    R14,URSAVE
         B     URREAD
UREND0   ST    R14,URSAVE
         B     UREND
         EJECT
***********************************************************************
* SPPUT: BAL R14. A record (URCCW's command, R3 bytes at URDATA) for  *
* the device's open file, which is begun if there is none. R15 = 4    *
* when the spool area is full.                                        *
***********************************************************************
SPPUT    ST    R14,PUSAVE
         STH   R3,URLEN           (the record's length, kept)
         L     R2,VSPFILE
         LTR   R2,R2
         BNZ   PU2
         LA    R0,SFBLEN          a new file
         CALL  FREE
         LR    R2,R1
         USING SFBLOK,R2
         CALL  SPTALLOC
         LTR   R15,R15
         BNZ   PUNOFILE
         STH   R1,SFBFIRST
         STH   R1,VSPTRACK
         CALL  SPLNEWID
         STH   R1,SFBID
         MVI   SFBQUEUE,SFBQOPEN
         MVI   SFBTYPE,SFBTPRT
         CLI   VSPUNIT,VSPPRT
         BE    *+8
         MVI   SFBTYPE,SFBTPUN
         MVC   SFBUSER,VMUSER
         MVC   SFBORIG,VMUSER
         MVC   SFBCLASS,VSPCLASS
         MVC   SFBBLKS,=H'1'
         TM    VSPFLAG,VSPHOLD
         BZ    *+8
         OI    SFBFLAG,SFBHOLD
         ST    R2,VSPFILE
         BAL   R14,NEWBUF
PU2      L     R4,VSPBUF          room in the block?
         USING SPBLK,R4
         LH    R5,SPBUSED
         LA    R5,SPBRECS-SPBLK+4(R5)
         AR    R5,R3
         CH    R5,=Y(SPBSIZE)
         BNH   PU3
         CLC   VSPWIO,=H'2'       full: two on their way already?
         BL    PU2A
         OI    VSPFLAG,VSPWWT
         LA    R15,8
         B     PURET
PU2A     CALL  SPTALLOC           full: on with a new track
         LTR   R15,R15
         BNZ   PUFULL
         LR    R6,R1
         LA    R0,1(,R6)
         STH   R0,SPBNEXT
         LH    R1,VSPTRACK
         CALL  SPTLINK
         LH    R0,VSPTRACK        the full block goes to the disk
         O     R0,=X'80000000'
         LR    R1,R4
         LA    R2,PUWDONE
         LR    R3,R9
         LH    R1,VSPWIO
         LA    R1,1(,R1)
         STH   R1,VSPWIO
         LR    R1,R4
         CALL  SPIO
         L     R2,VSPFILE         (R2 was SPIO's callback)
         STH   R6,VSPTRACK
         LH    R1,SFBBLKS
         LA    R1,1(,R1)
         STH   R1,SFBBLKS
         BAL   R14,NEWBUF
         L     R4,VSPBUF
         LH    R3,URLEN
PU3      LH    R5,SPBUSED         the record
         LA    R5,SPBRECS(R5)
         STH   R3,0(,R5)
         MVC   2(1,R5),URCCW
         LTR   R3,R3
         BZ    PU4
         LR    R1,R3
         BCTR  R1,0
         EX    R1,PUMOVE
PU4      LA    R5,4(R3,R5)        the next on a halfword
         N     R5,=X'FFFFFFFE'
         LA    R1,SPBRECS
         SR    R5,R1
         STH   R5,SPBUSED
         L     R1,SFBRECS
         LA    R1,1(,R1)
         ST    R1,SFBRECS
         DROP  R4
         SR    R15,R15
         B     PURET
PUNOFILE LR    R1,R2
         LA    R0,SFBLEN
         CALL  FRET
PUFULL   LA    R15,4
PURET    L     R14,PUSAVE
         BR    R14
         DROP  R2
PUMOVE   MVC   3(0,R5),URDATA
*
* NEWBUF: a new empty block in VSPBUF.
NEWBUF   ST    R14,NBSAVE
         LA    R0,SPBSIZE/8
         CALL  FREE
         ST    R1,VSPBUF
         L     R14,NBSAVE
         BR    R14
*
* A block is on the disk: its buffer is free again.
PUWDONE  ENTER BASE=SPLDEV
         LR    R9,R1
         LR    R1,R2
         LA    R0,SPBSIZE/8
         CALL  FRET
         LH    R1,VSPWIO
         BCTR  R1,0
         STH   R1,VSPWIO
         TM    VSPFLAG,VSPORPH    the device went at logout: the last
         BZ    PUW1               write frees its VSPLBLOK
         LTR   R1,R1
         BNZ   PUWRET
         TM    VSPFLAG,VSPRDWT
         BO    PUWRET
         LR    R1,R9
         LA    R0,VSPLEN
         CALL  FRET
         B     PUWRET
PUW1     TM    VSPFLAG,VSPWWT     a program waits: on with it
         BZ    PUWRET
         NI    VSPFLAG,255-VSPWWT
         L     R10,VSPVDEV
         L     R11,VSPVMB
         TM    VDEVSTAT,VDEVBUSY
         BZ    PUWRET
         TM    VDEVSTAT,VDEVRSET+VDEVHALT
         BNZ   PUWRET
         MVI   URSTATE,0
         BAL   R14,URRUN          the write CCW again, and on
PUWRET   LEAVE RC=0
         EJECT
***********************************************************************
* SPGET: BAL R14. The reader's next record: R15 = 0 and R1 -> it;     *
* 4 a block is being read (URRDDONE follows); 8 the file's end (the   *
* file is finished); 12 no file for the reader.                       *
***********************************************************************
SPGET    ST    R14,GESAVE
         L     R2,VSPFILE
         USING SFBLOK,R2
         LTR   R2,R2
         BNZ   GE2
         L     R2,=A(SPLFILES)    the first file in the user's reader
         L     R2,0(,R2)
GE1      LTR   R2,R2
         BZ    GENONE
         CLI   SFBQUEUE,SFBQRDR
         BNE   GE1NEXT
         CLC   SFBUSER,VMUSER
         BNE   GE1NEXT
         CLI   VSPCLASS,C' '
         BE    GE1TAKE
         CLC   SFBCLASS,VSPCLASS
         BE    GE1TAKE
GE1NEXT  L     R2,SFBNEXT
         B     GE1
GE1TAKE  ST    R2,VSPFILE         read it from its first block
         MVC   VSPTRACK,SFBFIRST
         L     R1,VSPBUF
         LTR   R1,R1
         BNZ   GEREAD
         LA    R0,SPBSIZE/8
         CALL  FREE
         ST    R1,VSPBUF
         B     GEREAD
GE2      TM    VSPFLAG,VSPRDWT
         BO    GEWAIT
         L     R4,VSPBUF
         USING SPBLK,R4
         LH    R5,VSPPOS
         CH    R5,SPBUSED
         BL    GEREC
         LH    R1,SPBNEXT         the block is done: the next one
         LTR   R1,R1
         BZ    GEEOF
         BCTR  R1,0
         STH   R1,VSPTRACK
GEREAD   OI    VSPFLAG,VSPRDWT
         LH    R0,VSPTRACK
         L     R1,VSPBUF
         LA    R2,URRDDONE
         LR    R3,R9
         CALL  SPIO
GEWAIT   LA    R15,4
         B     GERET
GEREC    LA    R1,SPBRECS(R5)
         LH    R0,0(,R1)
         AH    R0,=H'4'           the next on a halfword
         N     R0,=X'FFFFFFFE'
         AR    R5,R0
         STH   R5,VSPPOS
         SR    R15,R15
         B     GERET
         DROP  R4
GEEOF    BAL   R14,RDRDONE        the end: the file is finished, the
         LA    R15,8              next read begins the next file
         B     GERET
GENONE   LA    R15,12
GERET    L     R14,GESAVE
         BR    R14
*
* RDRDONE: BAL R14. The reader is done with its file: gone unless held.
RDRDONE  ST    R14,RDSAVE
         L     R1,VSPFILE
         LTR   R1,R1
         BZ    RDRET
         XC    VSPFILE,VSPFILE
         XC    VSPPOS,VSPPOS
         TM    SFBFLAG-SFBLOK(R1),SFBHOLD
         BO    RDRET
         CALL  SPPURGEF
RDRET    L     R14,RDSAVE
         BR    R14
         DROP  R2
         EJECT
***********************************************************************
* SPCLOSEF                                                            *
***********************************************************************
SPCLOSEF ENTER BASE=SPLDEV
         L     R9,VDEVSPL
         CLI   VSPUNIT,VSPRDR
         BNE   CLOUT
         TM    VSPFLAG,VSPRDWT    a block being read: its end closes
         BZ    CLRDR0
         OI    VSPFLAG,VSPCLOSQ
         LEAVE RC=0
CLRDR0   BAL   R14,RDRCLOSE
         LEAVE RC=0
*
* RDRCLOSE: BAL R14. The reader's buffer and file go.
RDRCLOSE ST    R14,RCSAVE
         L     R1,VSPBUF
         LTR   R1,R1
         BZ    CLRDR1
         LA    R0,SPBSIZE/8
         CALL  FRET
CLRDR1   XC    VSPBUF,VSPBUF
         BAL   R14,RDRDONE
         L     R14,RCSAVE
         BR    R14
CLOUT    L     R2,VSPFILE
         LTR   R2,R2
         BZ    CLRET
         USING SFBLOK,R2
         MVI   SFBQUEUE,SFBQRDR   where it goes
         CLC   VSPTO,=CL8' '
         BE    CLOUT1
         MVC   SFBUSER,VSPTO
         B     CLOUT2
CLOUT1   MVI   SFBQUEUE,SFBQPRT
         CLI   SFBTYPE,SFBTPRT
         BE    CLOUT2
         MVI   SFBQUEUE,SFBQPUN
CLOUT2   MVC   SFBDEST,SFBQUEUE   kept until the last block is down
         MVI   SFBQUEUE,SFBQOPEN
         DROP  R2
         LH    R1,VSPTRACK
         SR    R0,R0
         CALL  SPTLINK
         LH    R0,VSPTRACK        the last block, then the queue
         O     R0,=X'80000000'
         L     R1,VSPBUF
         LA    R2,CLDONE
         L     R3,VSPFILE
         CALL  SPIO
         XC    VSPFILE,VSPFILE
         XC    VSPBUF,VSPBUF
CLRET    LEAVE RC=0
*
* The last block is down: the buffer free, the file in its queue.
CLDONE   ENTER BASE=SPLDEV
         LR    R3,R1
         LR    R1,R2
         LA    R0,SPBSIZE/8
         CALL  FRET
         MVC   SFBQUEUE-SFBLOK(1,R3),SFBDEST-SFBLOK(R3)
         LR    R1,R3
         CALL  SPQUEUE
         CLI   SFBQUEUE-SFBLOK(R3),SFBQRDR   to a reader: its user is
         BNE   CLDRET                        told (RDR FILE nnnn FROM)
         LR    R1,R3
         CALL  SPNOTIFY
CLDRET   LEAVE RC=0
         EJECT
***********************************************************************
* SPQUEUE, SPPURGEF                                                   *
***********************************************************************
SPQUEUE  ENTER BASE=SPLDEV
         XC    SFBNEXT-SFBLOK(4,R1),SFBNEXT-SFBLOK(R1)
         L     R2,=A(SPLFILES)    (SFBNEXT is an SFBLOK's first word)
QU1      L     R3,SFBNEXT-SFBLOK(,R2)
         LTR   R3,R3
         BZ    QU2
         LR    R2,R3
         B     QU1
QU2      ST    R1,SFBNEXT-SFBLOK(,R2)
         CALL  SPCKPT
         CALL  SPLKICK
         LEAVE RC=0
*
SPPURGEF ENTER BASE=SPLDEV
         LR    R4,R1
         L     R2,=A(SPLFILES)    off the chain
PG1      L     R3,SFBNEXT-SFBLOK(,R2)
         LTR   R3,R3
         BZ    PG3
         CR    R3,R4
         BE    PG2
         LR    R2,R3
         B     PG1
PG2      MVC   SFBNEXT-SFBLOK(4,R2),SFBNEXT-SFBLOK(R4)
PG3      LH    R5,SFBFIRST-SFBLOK(,R4)   its tracks free
PG4      LR    R1,R5
         CALL  SPTNEXT
         LR    R6,R1
         LR    R1,R5
         CALL  SPTFREE
         LTR   R5,R6
         BZ    PG5
         BCTR  R5,0
         B     PG4
PG5      LR    R1,R4
         LA    R0,SFBLEN
         CALL  FRET
         CALL  SPCKPT
         LEAVE RC=0
*
         LTORG
URCCW    DS    D
URSAVE   DS    F
URWORD   DS    F
PUSAVE   DS    F
NBSAVE   DS    F
GESAVE   DS    F
RDSAVE   DS    F
RCSAVE   DS    F
URRESID  DS    H
URLEN    DS    H
URUNIT   DS    X
URCHST   DS    X
URSNS    DS    X
URSTATE  DS    X
URSFIRST EQU   X'80'              the next CCW is the program's first
URSTIC   EQU   X'40'              the last CCW was a TIC
URDATA   DS    CL(SPBMAXR)
         END
