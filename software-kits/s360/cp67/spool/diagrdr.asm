         TITLE 'DIAGRDR - DIAGNOSE X''14'', THE READER''S SPOOL FILES'
***********************************************************************
* DIAGRDR: DIAGNOSE X'14', a program reads its virtual reader's spool *
* files block by block instead of card by card (reference 16.2,       *
* VM/370's subcodes; the block is ours: maclib SFBLOK's SPBLK, 4096   *
* bytes, records of a halfword length, the CCW command and the data). *
*   Ry (even) = the virtual reader's address, Ry+1 = the subcode,     *
*   Rx = a page-aligned buffer of 4096 bytes (subcode 0) or a spool   *
*   file id (subcode X'0C').                                          *
*   X'0000'  the next block of the file being read (the first file   *
*            of the user's reader when none is): cc 0 the block is in *
*            the buffer; cc 1 the file has ended (it is gone, unless  *
*            held); cc 2 the reader has no file                       *
*   X'000C'  select file Rx: it is read next (cc 2 when there is no   *
*            such file in the user's reader)                          *
*   X'0014'  the file being read begins again at its first block     *
*   otherwise, and for a bad device: cc 3, Ry+1 = 4 the address is no *
*   device, 8 not a reader; 12 the reader is busy with a channel      *
*   program; an odd Ry or a buffer not on a page: specification.      *
* A block comes from the disk: the user waits (VMIOWT) with the       *
* DIAGNOSE to be executed again (DRRESTRT) and, run again, it finds   *
* the block in its buffer (as DIAGDSK does). A program reads its      *
* reader by DIAGNOSE X'14' or by channel programs, not both at once.  *
*                                                                     *
*   DIAGRDR  R11 -> VMBLOK, R1 = Rx * 16 + Ry, R0 = X'14'             *
*            -> R15 = the guest's condition code, DRPGM+6, DRRESTRT   *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         VDEVBLOK
         VSPLBLOK
         SFBLOK
         DIAGRET
         PRINT GEN
DIAGRDR  CSECT
         EXTRN SPLFILES
         USING PSA,R0
         USING VMBLOK,R11
         USING VDEVBLOK,R10
         USING VSPLBLOK,R9
*
DRENTRY  ENTER BASE=DRENTRY
         LR    R2,R1              Rx
         SRL   R2,4
         N     R2,=F'15'
         SLL   R2,2
         LA    R2,VMGPRS(R2)
         ST    R2,DRRX
         N     R1,=F'15'          Ry: even
         LR    R3,R1
         N     R3,=F'1'
         BNZ   DRSPEC
         SLL   R1,2
         LA    R3,VMGPRS(R1)
         ST    R3,DRRY
         LA    R3,4(,R3)
         ST    R3,DRRY1           Ry+1: the subcode, and the reason
         L     R1,DRRY
         L     R1,0(,R1)
         CALL  VFINDDEV
         LTR   R15,R15
         BNZ   DRNODEV
         LR    R10,R1
         TM    VDEVFLAG,VDEVSPLD
         BZ    DRNOTRDR
         L     R9,VDEVSPL
         CLI   VSPUNIT,VSPRDR
         BNE   DRNOTRDR
         L     R1,DRRY1
         L     R4,0(,R1)          the subcode
         LTR   R4,R4
         BZ    DRNEXT
         CH    R4,=H'12'
         BE    DRSELECT
         CH    R4,=H'20'
         BE    DRRESTAR
         B     DRNOTRDR
         EJECT
***********************************************************************
* X'0000': the next block.                                            *
***********************************************************************
DRNEXT   L     R5,DRRX            the buffer: on a page
         L     R5,0(,R5)
         LA    R5,0(,R5)
         LR    R1,R5
         N     R1,=X'00000FFF'
         BNZ   DRSPEC
         CLI   VDEVDST,2          executed again: the block has come
         BE    DRCOPY
         CLI   VDEVDST,1
         BE    DRWAIT
         TM    VDEVSTAT,VDEVBUSY  a channel program runs
         BO    DRBUSY
         TM    VSPFLAG,VSPRDWT
         BO    DRBUSY
         L     R2,VSPFILE
         USING SFBLOK,R2
         LTR   R2,R2
         BNZ   DRHAVE
         L     R2,=A(SPLFILES)    the first file in the user's reader
         L     R2,0(,R2)
DRFIND   LTR   R2,R2
         BZ    DRNOFILE
         CLI   SFBQUEUE,SFBQRDR
         BNE   DRFNEXT
         CLC   SFBUSER,VMUSER
         BE    DRTAKE
DRFNEXT  L     R2,SFBNEXT
         B     DRFIND
DRTAKE   ST    R2,VSPFILE
         MVC   VSPTRACK,SFBFIRST
         MVC   VSPPOS,=H'-1'      (no block yet)
         B     DRREAD
DRHAVE   L     R4,VSPBUF          the block after the one in storage
         LTR   R4,R4
         BZ    DRREAD
         CLC   VSPPOS,=H'-1'
         BE    DRREAD
         LH    R1,SPBNEXT-SPBLK(,R4)
         LTR   R1,R1
         BZ    DREOF
         BCTR  R1,0
         STH   R1,VSPTRACK
         DROP  R2
DRREAD   L     R1,VSPBUF          read it (the reader's own buffer)
         LTR   R1,R1
         BNZ   DRREAD1
         LA    R0,SPBSIZE/8
         CALL  FREE
         ST    R1,VSPBUF
DRREAD1  OI    VSPFLAG,VSPRDWT
         MVI   VDEVDST,1
         OI    VMRSTAT,VMIOWT
         LH    R0,VSPTRACK
         L     R1,VSPBUF
         LA    R2,DRDONE
         LR    R3,R9
         CALL  SPIO
DRWAIT   OI    VMRSTAT,VMIOWT
         LEAVE RC=DRRESTRT
*
* Run again: the block to the guest's buffer.
DRCOPY   MVI   VDEVDST,0
         LR    R1,R5
         L     R0,=A(SPBSIZE)
         L     R2,VSPBUF
         CALL  GSTORE
         CH    R15,=H'3'
         BE    DRPAGE
         LTR   R15,R15
         BNZ   DRSPEC
         XC    VSPPOS,VSPPOS      (a block is there: the next follows)
         LEAVE RC=0
DRPAGE   MVI   VDEVDST,2          its page not in: again when it is
         LEAVE RC=DRRESTRT
*
* The end of the file: it is gone, unless held.
DREOF    XC    VSPFILE,VSPFILE
         LR    R1,R2
         TM    SFBFLAG-SFBLOK(R1),SFBHOLD
         BO    DREOF1
         CALL  SPPURGEF
DREOF1   LEAVE RC=1
         EJECT
***********************************************************************
* X'000C' select, X'0014' restart.                                    *
***********************************************************************
DRSELECT L     R1,DRRX
         L     R1,0(,R1)
         L     R2,=A(SPLFILES)
         L     R2,0(,R2)
         USING SFBLOK,R2
DRS1     LTR   R2,R2
         BZ    DRNOFILE
         CLI   SFBQUEUE,SFBQRDR
         BNE   DRS2
         CLC   SFBUSER,VMUSER
         BNE   DRS2
         CH    R1,SFBID
         BE    DRS3
DRS2     L     R2,SFBNEXT
         B     DRS1
         DROP  R2
DRS3     TM    VSPFLAG,VSPRDWT
         BO    DRBUSY
         ST    R2,VSPFILE
         MVC   VSPTRACK,SFBFIRST-SFBLOK(R2)
         MVC   VSPPOS,=H'-1'
         LEAVE RC=0
*
DRRESTAR L     R2,VSPFILE
         LTR   R2,R2
         BZ    DRNOFILE
         TM    VSPFLAG,VSPRDWT
         BO    DRBUSY
         MVC   VSPTRACK,SFBFIRST-SFBLOK(R2)
         MVC   VSPPOS,=H'-1'
         LEAVE RC=0
*
DRNOFILE LEAVE RC=2
DRNODEV  LA    R1,4
         B     DRCODE3
DRNOTRDR LA    R1,8
         B     DRCODE3
DRBUSY   LA    R1,12
DRCODE3  L     R2,DRRY1
         ST    R1,0(,R2)
         LEAVE RC=3
DRSPEC   LEAVE RC=DRPGM+6
         EJECT
***********************************************************************
* The block has come (SPIO's callback, R1 -> VSPLBLOK).               *
***********************************************************************
DRDONE   ENTER BASE=DRENTRY
         LR    R9,R1
         NI    VSPFLAG,255-VSPRDWT
         TM    VSPFLAG,VSPORPH    the device went meanwhile
         BZ    DRD1
         LR    R1,R2
         LA    R0,SPBSIZE/8
         CALL  FRET
         LR    R1,R9
         LA    R0,VSPLEN
         CALL  FRET
         LEAVE RC=0
DRD1     LTR   R0,R0              unreadable: an empty last block
         BZ    DRD2
         XC    0(4,R2),0(R2)
DRD2     L     R10,VSPVDEV
         MVI   VDEVDST,2
         L     R11,VSPVMB         the user may run again
         NI    VMRSTAT,255-VMIOWT
         LEAVE RC=0
*
         LTORG
DRRX     DS    A
DRRY     DS    A
DRRY1    DS    A
         END
