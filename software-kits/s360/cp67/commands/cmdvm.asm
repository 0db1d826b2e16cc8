         TITLE 'CMDVM - THE VIRTUAL MACHINE: IPL AND BEGIN'
***********************************************************************
* CMDVM: commands that start the user's virtual machine (docs/cp67.md *
* "Commands"; User's Guide GH20-0859, IPL and BEGIN).                 *
*   IPL cuu|sysname  virtual IPL from the device (cp-vio's VIPL: the  *
*                    machine reset, the IPL record read, its PSW      *
*                    loaded and the machine started); the named       *
*                    system CMS is the CMS system disk, 190. The      *
*                    terminal is then in VM mode: lines typed go to   *
*                    the guest's console.                             *
*   BEGIN [hexloc]   the machine goes on from its PSW (at hexloc if   *
*                    given), in VM mode; a console read the guest had *
*                    started before CP mode is served again.          *
* Command routines: R11 -> VMBLOK, R10 -> TRMBLOK, R1 -> CMDPARM.     *
* CMDIPLN: IPL by name or address for LOGIN's IPL statement: R11, R10,*
* R1 -> CL8.                                                          *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         TRMBLOK
         CMDPARM
         PRINT GEN
CMDVM    CSECT
         USING PSA,0
         ENTRY IPL,BEGIN,CMDIPLN
         WXTRN VIPL
*
IPL      ENTER BASE=CMDVM
         USING CMDPARM,R1
         CLC   CMDNTOK,=H'2'
         BL    IPLMISS
         LA    R1,CMDTOK+8
         DROP  R1
         BAL   R14,IPLDO
         LEAVE
IPLMISS  LA    R1,MSGMISS
         LA    R0,L'MSGMISS
         CALL  TRMWRITE
         LEAVE RC=26
*
CMDIPLN  ENTER BASE=CMDVM
         BAL   R14,IPLDO
         LEAVE
*
* IPLDO (internal): R1 -> the operand (CL8). R15 = the return code.
IPLDO    ENTER BASE=CMDVM
         MVC   IPLNAME,0(R1)
         LA    R0,X'190'              the named system CMS
         CLC   IPLNAME,=CL8'CMS'
         BE    IPLGO
         LA    R1,IPLNAME
         CALL  CMDHEXIN
         LTR   R15,R15
         BNZ   IPLBAD
         C     R0,=F'4095'
         BH    IPLBAD
IPLGO    ST    R0,IPLADDR
         CALL  ADSTCLR                storage is reset: no ADSTOP
         L     R0,IPLADDR
         LR    R1,R0
         L     R15,=A(VIPL)
         LTR   R15,R15
         BZ    IPLNONE                (a CP without virtual I/O)
         BALR  R14,R15
         LTR   R15,R15
         BNZ   IPLFAIL
         LTR   R10,R10
         BZ    IPLDONE
         USING TRMBLOK,R10
         XC    TRMRCB,TRMRCB          the old guest read is void
         NI    TRMFLAGS,255-TRMFATTN-TRMFRDRQ
         OI    TRMFLAGS,TRMFVM
         DROP  R10
IPLDONE  LEAVE RC=0
IPLNONE  LA    R1,MSGNONE
         LA    R0,L'MSGNONE
         CALL  TRMWRITE
         LEAVE RC=1
IPLBAD   MVC   MSGBADDV+11(8),IPLNAME
         LA    R1,MSGBADDV
         LA    R0,L'MSGBADDV
         CALL  TRMWRITE
         LEAVE RC=21
IPLFAIL  ST    R15,IPLRC
         L     R0,IPLADDR
         LA    R1,MSGFAIL+14
         LA    R2,3
         CALL  CMDHEXOT
         L     R0,IPLRC
         CVD   R0,DECWORK
         UNPK  MSGFAIL+31(3),DECWORK+6(2)
         OI    MSGFAIL+33,X'F0'
         LA    R1,MSGFAIL
         LA    R0,L'MSGFAIL
         CALL  TRMWRITE
         L     R15,IPLRC
         LEAVE
*
BEGIN    ENTER BASE=CMDVM
         USING CMDPARM,R1
         USING VMBLOK,R11
         CLC   CMDNTOK,=H'2'
         BL    BEGGO
         LA    R1,CMDTOK+8
         DROP  R1
         CALL  CMDHEXIN
         LTR   R15,R15
         BNZ   BEGBAD
         ST    R0,BEGADDR
         MVC   VMPSW+5(3),BEGADDR+1   the instruction address
BEGGO    LTR   R10,R10
         BZ    BEGSTART
         USING TRMBLOK,R10
         OI    TRMFLAGS,TRMFVM
         NI    TRMFLAGS,255-TRMFATTN-TRMFRDRQ
         L     R1,TRMRCB
         LTR   R1,R1
         BZ    BEGSTART
         OI    TRMFLAGS,TRMFRDRQ      the guest waits for a line
BEGSTART CALL  VMSTART
         LTR   R10,R10
         BZ    BEGDONE
         CALL  TRMKICK
BEGDONE  LEAVE RC=0
BEGBAD   LA    R1,MSGBADLC
         LA    R0,L'MSGBADLC
         CALL  TRMWRITE
         LEAVE RC=26
         DROP  R10,R11
*
         DS    0D
DECWORK  DS    D
IPLNAME  DS    CL8
IPLADDR  DS    F
IPLRC    DS    F
BEGADDR  DS    F
MSGMISS  DC    C'DMKCFG026E OPERAND MISSING OR INVALID'
MSGBADDV DC    C'DMKCFG021E XXXXXXXX IS NOT A DEVICE ADDRESS OR CMS'
MSGFAIL  DC    C'DMKCFG IPL OF XXX FAILED, CODE NNN'
MSGBADLC DC    C'DMKCFG026E ADDRESS INVALID'
MSGNONE  DC    C'DMKCFG001E NO VIRTUAL I/O IN THIS CP: IPL NOT DONE'
         LTORG
         END
