         TITLE 'VIPL - VIRTUAL INITIAL PROGRAM LOAD FROM A DEVICE'
***********************************************************************
* VIPL: the IPL command's load from a virtual device (CP-67 User's    *
* Guide GH20-0859, IPL; PoO "Initial Program Loading", reference      *
* 12.8): a system reset of the virtual machine, then the channel's    *
* IPL read (X'02' to location 0, 24 bytes, command chaining and SLI)  *
* and the chain the 24 bytes go on with, through CCW translation like *
* any program. The IPL record's CCWs read the next CCWs and TIC to    *
* them (OS/360's IPL1/IPL2 records, link360 --ckd's loader): CCWTRAN  *
* stops before a CCW an earlier one reads into, the part before runs, *
* and VIOEND translates on from there, so the device keeps its place  *
* as in one chain. When the chain ends without error VIOPRES stores   *
* the device address at 2-3, loads the PSW at 0 and starts the        *
* virtual machine (VMSTART); otherwise the user is told and the       *
* machine stays stopped, as a real 360 stays in the load state.       *
*                                                                     *
*   VIPL   R11 -> VMBLOK, R1 = virtual device address                 *
*          -> R15 = 0 (the load runs; VMSTART follows), or a message  *
*          number: 40 no such device or not one to load from (the     *
*          console; the spooled reader: not yet), 141 the device is   *
*          still busy with real I/O. A page the load needs that is   *
*          not in storage is waited for (VIOGOON), never a failure;  *
*          no frame to be had at all ends the load with channel      *
*          control check, typed as IPL FAILED (VIOPRES), as a program *
*          in pieces ends.                                            *
*          (ours; VM/370's DMKxxx040E reads DEV cuu DOES NOT EXIST).  *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         VDEVBLOK
         CCWBLOK
         RDEVBLOK
         PRINT GEN
VIPL     CSECT
         USING PSA,R0
         USING VMBLOK,R11
         USING VDEVBLOK,R10
*
VIPLENT  ENTER BASE=VIPLENT
         CALL  VFINDDEV
         LTR   R15,R15
         BNZ   IPLNODEV
         LR    R10,R1
         TM    VDEVFLAG,VDEVCONS+VDEVSPLD   (the reader: not yet)
         BNZ   IPLNODEV
         ST    R10,IPLVDEV
         CALL  VMSTOP             nothing runs until the PSW is loaded
         CALL  VMRESET            storage, PSW, pending interruptions
         NI    VMRSTAT,255-VMIOWT   no DIAGNOSE X'18' waits now
*
* The system reset reaches every device: programs end with no
* ending; a real I/O still running ends unseen (VDEVRSET); a console
* read is void (the IPL command drops the terminal's read too).
         L     R10,VMVDEV
IPLRESET LTR   R10,R10
         BZ    IPLGO
         NI    VDEVSTAT,VDEVBUSY
         NI    VDEVFLAG,255-VDEVRDO
         MVI   VDEVDST,0
         L     R1,VDEVIOB
         LTR   R1,R1
         BZ    IPLR1
         OI    VDEVSTAT,VDEVRSET
         B     IPLRNEXT
IPLR1    NI    VDEVSTAT,255-VDEVBUSY
         L     R1,VDEVGOON        waiting for a page: the real device
         LTR   R1,R1
         BZ    IPLRNEXT           it held is free again
         XC    VDEVGOON,VDEVGOON
         SRL   R1,24              (a first piece holds none)
         LTR   R1,R1
         BNZ   IPLRNEXT
         L     R1,VDEVRDEV
         NI    RDEVFLAG-RDEVBLOK(R1),255-RDEVHELD
IPLRNEXT L     R10,VDEVNEXT
         B     IPLRESET
*
IPLGO    L     R10,IPLVDEV
         TM    VDEVSTAT,VDEVBUSY
         BO    IPLBUSY
         XC    VDEVCAW,VDEVCAW    key 0
         OI    VDEVSTAT,VDEVBUSY+VDEVIPLG
* The chain starts as any later piece of it goes on (VIOGOON): a page
* of the guest's that the IPL read or its CCWs need and that is not
* in storage is paged in while the device is held, and the load goes
* on when it has come (VIOPGIN), as CP waits for everything, by a
* callback. (It was reported as "device busy", 141, and the IPL
* failed whenever frames were short.)
         L     R1,=A(CWBIPL*X'1000000')  IPL's read first, address 0
         CALL  VIOGOON
         LEAVE RC=0
IPLBUSY  LEAVE RC=141
IPLNODEV LEAVE RC=40
*
         LTORG
IPLVDEV  DS    A
         END
