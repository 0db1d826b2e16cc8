         TITLE 'CMDADSTP - ADSTOP: STOP THE MACHINE AT AN ADDRESS'
***********************************************************************
* CMDADSTP: the ADSTOP command (docs/cp67.md "Commands"; User's Guide *
* GH20-0859; VM/370's CP Command Reference gives the operands and the *
* method):                                                            *
*   ADSTOP hexloc|OFF                                                 *
* The virtual machine stops when the instruction at hexloc (a virtual *
* machine real address, even) is the next to run: the user is in CP   *
* mode with ADSTOP AT xxxxxx, and BEGIN runs that instruction. One    *
* ADSTOP at a time; a new one, OFF, reaching it, or IPL removes it.   *
*                                                                     *
* How: CP has no address-compare hardware to give a guest, so, as     *
* VM/370 did, it puts an SVC X'B3' (X'0AB3') over the first halfword  *
* of the instruction and keeps the halfword in the USRBLOK (USRADSV). *
* An SVC is two bytes, the shortest instruction, so nothing past the  *
* chosen instruction is touched; a guest's SVC always comes to CP     *
* (the real SVC new PSW is CP's), where VMSVC (vm/reflect.asm) asks   *
* ADSTHIT first: SVC X'B3' at the ADSTOP address puts the halfword    *
* back, points the virtual PSW at it again and stops the machine.     *
* Any other SVC X'B3' is the guest's and is reflected as usual. Were  *
* the guest to overwrite the SVC, it would not stop (nor in VM/370);  *
* the halfword is put back only where the SVC still is.               *
*                                                                     *
*   ADSTOP   command routine: R11 -> VMBLOK, R10 -> TRMBLOK or 0,     *
*            R1 -> CMDPARM -> R15 = 0, 26 operands, 160 beyond the    *
*            storage, 161 the page is not in storage (try again)      *
*   ADSTHIT  R11 -> VMBLOK, a guest SVC X'B3' -> R15 = 0 it was the   *
*            ADSTOP (the machine is stopped), 4 reflect it            *
*   ADSTCLR  R11 -> VMBLOK: forget the ADSTOP (IPL clears storage)    *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         TRMBLOK
         USRBLOK
         CMDPARM
         PRINT GEN
CMDADSTP CSECT
         USING PSA,0
         ENTRY ADSTOP,ADSTHIT,ADSTCLR
         USING VMBLOK,R11
         USING USRBLOK,R8
*
ADSTOP   ENTER BASE=CMDADSTP
         LR    R9,R1
         USING CMDPARM,R9
         L     R8,VMUSRX
         CLC   CMDNTOK,=H'2'
         BNE   ADSBAD
         CLC   CMDTOK+8(8),=CL8'OFF'
         BNE   ADSLOC
         BAL   R14,ADSREM
         LTR   R15,R15
         BNZ   ADSPAGE
         LEAVE RC=0
ADSLOC   LA    R1,CMDTOK+8
         CALL  CMDHEXIN
         LTR   R15,R15
         BNZ   ADSBAD
         LR    R6,R0
         LR    R2,R6
         N     R2,=F'1'
         BNZ   ADSBAD                 instructions are on halfwords
         C     R6,VMSIZE
         BNL   ADSADDR
         DROP  R9
         BAL   R14,ADSREM             the one before goes first
         LTR   R15,R15
         BNZ   ADSPAGE
         LR    R1,R6
         SR    R0,R0                  (a page out is read in)
         CALL  TRANGR
         BC    8,ADSSET
         BC    1,ADSPAGE
         B     ADSADDR
ADSSET   MVC   USRADSV,0(R2)
         MVC   0(2,R2),SVCB3
         ST    R6,USRADSTP
         LEAVE RC=0
ADSBAD   LA    R1,MSGBAD
         LA    R0,L'MSGBAD
         CALL  TRMWRITE
         LEAVE RC=26
ADSADDR  LA    R1,MSGADDR
         LA    R0,L'MSGADDR
         CALL  TRMWRITE
         LEAVE RC=160
ADSPAGE  LA    R1,MSGPAGE
         LA    R0,L'MSGPAGE
         CALL  TRMWRITE
         LEAVE RC=161
*
ADSTHIT  ENTER BASE=CMDADSTP
         L     R8,VMUSRX
         LTR   R8,R8
         BZ    ADSNOT
         L     R6,USRADSTP
         LTR   R6,R6
         BM    ADSNOT
         L     R2,VMPSW+4             the SVC's address: the PSW's
         LA    R2,0(,R2)              less its length, 2
         S     R2,=F'2'
         CR    R2,R6
         BNE   ADSNOT
         BAL   R14,ADSREM
         ST    R6,ADSWORD             the instruction runs at BEGIN
         MVC   VMPSW+5(3),ADSWORD+1
         CALL  VMSTOP
         L     R10,VMTERM
         LTR   R10,R10
         BZ    ADSHRET                disconnected: just stopped
         USING TRMBLOK,R10
         NI    TRMFLAGS,255-TRMFVM-TRMFATTN
         LR    R0,R6
         LA    R1,MSGHIT+10
         LA    R2,6
         CALL  CMDHEXOT
         LA    R1,MSGHIT
         LA    R0,L'MSGHIT
         CALL  TRMWRITE
         OI    TRMFLAGS,TRMFRDRQ      a command, as after attention
         DROP  R10
         CALL  TRMKICK
ADSHRET  LEAVE RC=0
ADSNOT   LEAVE RC=4
*
ADSTCLR  ENTER BASE=CMDADSTP
         L     R8,VMUSRX
         LTR   R8,R8
         BZ    ADSCRET
         MVC   USRADSTP,=F'-1'
ADSCRET  LEAVE RC=0
*
* ADSREM: R8's ADSTOP, if any, is removed: its halfword goes back
* where the SVC still is. R15 = 0, or 4 when its page is not in
* storage (it is being read: the caller says try again). R0-R2 used.
ADSREM   ST    R14,ADSR14
         SR    R15,R15
         L     R1,USRADSTP
         LTR   R1,R1
         BM    ADSRRET
         SR    R0,R0
         CALL  TRANGR
         BC    8,ADSRPUT
         LA    R15,4
         BC    1,ADSRRET              (else past the storage now: gone)
         SR    R15,R15
         B     ADSROFF
ADSRPUT  CLC   0(2,R2),SVCB3
         BNE   ADSROFF
         MVC   0(2,R2),USRADSV
ADSROFF  MVC   USRADSTP,=F'-1'
         SR    R15,R15
ADSRRET  L     R14,ADSR14
         BR    R14
*
SVCB3    DC    X'0AB3'                SVC X'B3', VM/370's ADSTOP trap
MSGBAD   DC    C'DMKCDB026E OPERAND MISSING OR INVALID'
MSGADDR  DC    C'DMKCDB160E ADDRESS EXCEEDS STORAGE'
MSGPAGE  DC    C'DMKCDB161E PAGE NOT IN STORAGE, TRY AGAIN'
MSGHIT   DC    C'ADSTOP AT XXXXXX'
ADSWORD  DS    F
ADSR14   DS    F
         LTORG
         END
