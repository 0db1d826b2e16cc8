         TITLE 'VMCREATE - THE LIFE OF A VIRTUAL MACHINE'
***********************************************************************
* VMCREATE: the life of a virtual machine (CP-67 PLM, "Logon" and     *
* "Logoff" build and free the VMBLOK; the guest's storage is described*
* by segment and page tables CP builds, reference section 15.1).      *
*                                                                     *
* Its storage: 16 segment table entries (a 24-bit address space, CR0  *
* length field 0), those past its size invalid, and one page table    *
* entry per 4K page of its size, all invalid at first: a page gets a  *
* frame when it is first touched (frames.asm). The tables live in one *
* piece of free storage, the segment table on a 64-byte boundary as   *
* the 67 requires of CR0's origin. Its storage keys (virtual keys,    *
* one byte per 2K block) are kept apart, for the frames it gets.      *
*                                                                     *
* Entries (CALL):                                                     *
*   VMCREATE  R0 = storage size (bytes; rounded up to 4K, at most     *
*             16M), R1 -> the directory entry (its first 8 bytes are  *
*             the user id; 0: none) -> R11 = R1 = the new VMBLOK,     *
*             logged on, stopped (CP console mode), on the user chain *
*   VMDESTRY R11: frames, tables, pending interruptions and the      *
*             VMBLOK freed, off the chain (the users' and cp-vio's    *
*             parts are released before: VIOREL, their own)           *
*   VMRESET   R11: system reset: storage zero again, PSW 0, no        *
*             pending interruptions, keys 0                           *
*   VMSTART   R11: runnable with VMPSW as it is (after virtual IPL,   *
*             BEGIN): a wait PSW makes it wait (or stop, disabled)    *
*   VMSTOP    R11: stopped: the user is in CP console mode            *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         VINTBLOK
         STATBLOK
         PRINT GEN
VMCMOD   CSECT
         ENTRY VMCREATE,VMDESTRY,VMRESET,VMSTART,VMSTOP
         USING PSA,R0
         USING VMBLOK,R11
*
VMCREATE ENTER BASE=VMCMOD
         LR    R6,R0
         LR    R7,R1
         A     R6,=F'4095'
         N     R6,=X'FFFFF000'
         BNZ   VMCSZ1
         L     R6,=F'4096'
VMCSZ1   C     R6,=F'16777216'
         BNH   VMCSZ2
         L     R6,=F'16777216'
VMCSZ2   LA    R0,VMLEN
         CALL  FREE
         LR    R11,R1
         ST    R6,VMSIZE
         ST    R7,VMDIR
         MVC   VMUSER,=CL8' '
         LTR   R7,R7
         BZ    VMCTAB
         MVC   VMUSER,0(R7)
* The tables: 64 bytes of segment table, 2 bytes a page, and room to
* put the segment table on its 64-byte boundary
VMCTAB   LR    R0,R6
         SRL   R0,11              2 bytes a page = size / 2048
         A     R0,=F'135'         + 128 + 7
         SRL   R0,3
         ST    R0,VMTABSZ
         CALL  FREE
         ST    R1,VMTABS
         LA    R1,63(,R1)
         N     R1,=X'00FFFFC0'
         ST    R1,VMSEGT
         ST    R1,VMCR0           length 0: 16 entries
         LR    R2,R1              R2 -> segment entry
         LA    R3,64(,R1)         R3 -> its page table
         LR    R4,R6
         SRL   R4,12              R4 = pages left
         LA    R5,16
VMCSEG   LTR   R4,R4
         BP    VMCSEGV
         MVC   0(4,R2),=X'00000001'  past its storage: invalid
         B     VMCSEGN
VMCSEGV  LA    R8,256             pages in this segment
         CR    R4,R8
         BNL   *+6
         LR    R8,R4
         SR    R4,R8
         LR    R9,R8
         BCTR  R9,0
         SLL   R9,24              the highest page index
         OR    R9,R3
         ST    R9,0(,R2)
VMCPTE   MVC   0(2,R3),=X'0008'   invalid: not in storage yet
         LA    R3,2(,R3)
         BCT   R8,VMCPTE
VMCSEGN  LA    R2,4(,R2)
         BCT   R5,VMCSEG
* The virtual keys: a byte per 2K block, zero
         LR    R0,R6
         A     R0,=F'16383'
         SRL   R0,11+3
         CALL  FREE
         ST    R1,VMVKEYS
         LR    R0,R6              the swap table: a halfword a page
         A     R0,=F'16383'
         SRL   R0,11+3
         CALL  FREE
         ST    R1,VMSWPT
         LA    R0,STLEN
         CALL  FREE
         ST    R1,VMSTATS
         MVI   VMRSTAT,VMLOGON+VMCPMODE
         MVI   VMPRIOR,64         the default priority (SET PRIORITY)
         MVI   VMQSTAT,VMQIDLE    idle until it first runs
* On the chain of users, at its end
         LA    R2,PSAVMCHN
VMCCHN   L     R3,0(,R2)
         LTR   R3,R3
         BZ    VMCPUT
         LA    R2,VMNEXT-VMBLOK(,R3)
         B     VMCCHN
VMCPUT   ST    R11,0(,R2)
         L     R2,4(,R13)         the caller's R11 is this VMBLOK
         ST    R11,64(,R2)
         LR    R1,R11
         LEAVE RC=0
*
VMDESTRY ENTER BASE=VMCMOD
         LA    R2,PSAVMCHN        off the chain
VMDCHN   L     R3,0(,R2)
         LTR   R3,R3
         BZ    VMDOFF
         CR    R3,R11
         BE    VMDUNCH
         LA    R2,VMNEXT-VMBLOK(,R3)
         B     VMDCHN
VMDUNCH  MVC   0(4,R2),VMNEXT
VMDOFF   C     R11,PSACURVM
         BNE   *+10
         XC    PSACURVM,PSACURVM
         C     R11,PSALASTV
         BNE   *+10
         XC    PSALASTV,PSALASTV
         CALL  FRMVMREL
         BAL   R14,DROPINTS
         L     R0,VMTABSZ
         L     R1,VMTABS
         CALL  FRET
         L     R0,VMSIZE
         A     R0,=F'16383'
         SRL   R0,11+3
         L     R1,VMVKEYS
         CALL  FRET
         L     R0,VMSIZE
         A     R0,=F'16383'
         SRL   R0,11+3
         L     R1,VMSWPT
         CALL  FRET
         LA    R0,STLEN
         L     R1,VMSTATS
         CALL  FRET
         LA    R0,VMLEN
         LR    R1,R11
         CALL  FRET
         LEAVE RC=0
*
VMRESET  ENTER BASE=VMCMOD
         CALL  FRMVMREL
         BAL   R14,DROPINTS
         XC    VMPSW,VMPSW
         L     R2,VMVKEYS
         L     R3,VMSIZE
         SRL   R3,11
VMRKEY   MVI   0(R2),0
         LA    R2,1(,R2)
         BCT   R3,VMRKEY
         NI    VMRSTAT,255-VMVWAIT-VMPGWT-VMIOWT
         NI    VMDSTAT,255-VMDNOFRM
         LEAVE RC=0
*
VMSTART  ENTER BASE=VMCMOD
         NI    VMRSTAT,255-VMCPMODE
         OI    VMRSTAT,VMRUN
         NI    VMDSTAT,255-VMDNOFRM
         CALL  VMWAITCK
         LEAVE RC=0
*
VMSTOP   ENTER BASE=VMCMOD
         OI    VMRSTAT,VMCPMODE
         NI    VMRSTAT,255-VMRUN
         LEAVE RC=0
*
* DROPINTS: every pending virtual interruption is forgotten.
DROPINTS ST    R14,VMCR14
DROPNEXT L     R1,VMVINTQ
         LTR   R1,R1
         BZ    DROPDONE
         MVC   VMVINTQ,VINTNEXT-VINTBLOK(R1)
         LA    R0,VINTLEN
         CALL  FRET
         B     DROPNEXT
DROPDONE XC    VMPEND,VMPEND
         XC    VMPEXT,VMPEXT
         L     R14,VMCR14
         BR    R14
*
VMCR14   DS    F
         LTORG
         END
