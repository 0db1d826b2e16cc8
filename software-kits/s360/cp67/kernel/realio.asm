         TITLE 'REALIO - THE REAL DEVICE TABLE'
***********************************************************************
* REALIO: the real machine's devices, one RDEVBLOK each (the CP-67    *
* Installation Guide, GH20-0857, has the installation describe its    *
* real configuration when it generates CP; this table is ours, for    *
* simmon's 360/67 as cp67.ini sets it up):                            *
*   01F        1052, the operator's console                           *
*   00C 00D 00E  2540 reader and punch, 1403 printer (spooling)       *
*   0C0-0DF    2703 lines (2741 and teletype terminals)               *
*   180-184    2400 tapes (dedicated to users)                        *
*   190-196    2311 disks, 230-237 2314 disks (230 the system volume) *
*   197        2301 drum, the paging device when it is there          *
* At IPL, RDEVINIT chains the blocks and reads each disk's volume     *
* label (cylinder 0 head 0 record 3: C'VOL1' and the serial), so that *
* the directory's MDISK statements can name volumes, and finds the    *
* system volume (CPSYS1). A drive that is not operational is marked   *
* offline; one with no label has no serial.                           *
*                                                                     *
* Entries (CALL):                                                     *
*   RDEVINIT  at IPL, before the I/O supervisor runs (polled I/O)     *
*   RDEVFIND  R1 = device address -> R1 = its RDEVBLOK, or 0          *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         RDEVBLOK
         PRINT GEN
*
* RDEVICE first,count,class,type: COUNT blocks from address FIRST up.
         MACRO
         RDEVICE &FIRST,&COUNT,&CLASS,&TYPE
         LCLA  &A,&N
&A       SETA  &FIRST
&N       SETA  0
.LOOP    AIF   (&N GE &COUNT).DONE
         DC    A(0),AL2(&A),AL1(&CLASS,&TYPE),X'0000',CL6' ',4A(0)
&A       SETA  &A+1
&N       SETA  &N+1
         AGO   .LOOP
.DONE    MEND
*
REALIO   CSECT
         ENTRY RDEVINIT,RDEVFIND
         USING PSA,R0
         USING RDEVBLOK,R9
*
RDEVINIT ENTER BASE=REALIO
         LA    R9,RDEVTAB
         ST    R9,PSARDEVS
         XC    PSASYSRD,PSASYSRD
INITNEXT LA    R2,RDEVLEN*8(,R9)
         CLI   0(R2),X'FF'        the end of the table?
         BNE   INITLINK
         SR    R2,R2
INITLINK ST    R2,RDEVNEXT
         CLC   RDEVADDR,=X'001F'
         BNE   INITDASD
         ST    R9,PSAOPRDV
INITDASD CLI   RDEVCLAS,RDEVCDAS
         BNE   INITSKIP
         LH    R1,RDEVADDR        read the volume label
         LA    R2,LBLCCW
         L     R15,=V(POLLIO)
         BALR  R14,R15
         C     R15,=F'4'
         BNE   INITLBL
         OI    RDEVFLAG,RDEVOFFL
         B     INITSKIP
INITLBL  LTR   R15,R15
         BNZ   INITSKIP
         CLC   LBLBUF(4),=C'VOL1'
         BNE   INITSKIP
         MVC   RDEVSER,LBLBUF+4
         OI    RDEVFLAG,RDEVLBL
         CLC   RDEVSER,=C'CPSYS1'
         BNE   INITSKIP
         OC    PSASYSRD,PSASYSRD  the first one found is CP's
         BNZ   INITSKIP
         ST    R9,PSASYSRD
         OI    RDEVFLAG,RDEVCP
INITSKIP L     R9,RDEVNEXT
         LTR   R9,R9
         BNZ   INITNEXT
         LEAVE RC=0
*
RDEVFIND ENTER BASE=REALIO
         L     R9,PSARDEVS
FINDNEXT LTR   R9,R9
         BZ    FINDRET
         CH    R1,RDEVADDR
         BE    FINDRET
         L     R9,RDEVNEXT
         B     FINDNEXT
FINDRET  LR    R1,R9
         LEAVE RC=0
*
         DS    0D
LBLCCW   CCW   X'07',LBLSEEK,X'40',6      seek cylinder 0 head 0
LBLSRCH  CCW   X'31',LBLID,X'40',5        search ID equal: record 3
         CCW   X'08',LBLSRCH,0,1          TIC back until found
         CCW   X'06',LBLBUF,X'20',80      read its data
LBLSEEK  DC    XL6'00'
LBLID    DC    X'0000000003'
LBLBUF   DS    CL80
         LTORG
*
         DS    0D
RDEVTAB  DS    0D
         RDEVICE X'01F',1,X'80',X'00'     1052
         RDEVICE X'00C',1,X'20',X'20'     2540 reader
         RDEVICE X'00D',1,X'10',X'20'     2540 punch
         RDEVICE X'00E',1,X'10',X'41'     1403
         RDEVICE X'0C0',32,X'80',X'40'    2703 lines
         RDEVICE X'180',5,X'08',X'10'     2400 tapes
         RDEVICE X'190',7,X'04',X'80'     2311 disks
         RDEVICE X'197',1,X'04',X'02'     2301 drum (paging)
         RDEVICE X'230',8,X'04',X'40'     2314 disks
         DC    X'FF'                      the end
         END
