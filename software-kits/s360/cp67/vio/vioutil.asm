         TITLE 'VIOUTIL - DEVICE LOOKUP, CSW STORING, PRESENTING'
***********************************************************************
* VIOUTIL: small services the virtual I/O modules share. Guest        *
* storage itself is moved by the kernel's GFETCH and GSTORE.          *
*                                                                     *
*   VFINDDEV R11 -> VMBLOK, R1 = virtual device address               *
*            -> R1 -> its VDEVBLOK, R15 = 0; R15 = 4 and R1 = 0 when  *
*            the virtual machine has no such device.                  *
*   VCSWPUT  R11, R1 -> an 8-byte CSW, R0 = 8 (the whole CSW) or 2    *
*            (its status bytes only, as HALT I/O stores them):        *
*            stores it at the guest's X'40', where the architecture   *
*            stores a CSW for SIO, TIO and HIO with condition code 1  *
*            (PoO "Channel Status Word").                             *
*   VPENDING R11, R10 -> VDEVBLOK: R15 = 1 when an I/O interruption   *
*            of the device waits (VINTTST takes it: its CSW is stored *
*            at the guest's X'40', for SIO's and TIO's cc 1); R15 = 0 *
*            when none.                                               *
*   VINTDEV  R11, R10 -> VDEVBLOK: queues an I/O interruption with    *
*            the CSW in VDEVCSW (the kernel's VINTIO).                *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         VDEVBLOK
         PRINT GEN
VIOUTIL  CSECT
         ENTRY VFINDDEV,VCSWPUT,VPENDING,VINTDEV
         USING PSA,R0
         USING VMBLOK,R11
*
VFINDDEV ENTER BASE=VIOUTIL
         N     R1,=X'00000FFF'
         L     R2,VMVDEV
         USING VDEVBLOK,R2
FDLOOP   LTR   R2,R2
         BZ    FDNONE
         CH    R1,VDEVADDR
         BE    FDFOUND
         L     R2,VDEVNEXT
         B     FDLOOP
FDFOUND  LR    R1,R2
         LEAVE RC=0
FDNONE   SR    R1,R1
         LEAVE RC=4
         DROP  R2
*
VCSWPUT  ENTER BASE=VIOUTIL
         LR    R2,R1
         LA    R1,X'40'
         CH    R0,=H'8'
         BE    CPPUT
         LA    R1,X'44'           the status bytes only
         LA    R2,4(,R2)
CPPUT    CALL  GSTORE
         LEAVE
*
         USING VDEVBLOK,R10
VPENDING ENTER BASE=VIOUTIL
         LH    R0,VDEVADDR
         LA    R1,PNCSW
         CALL  VINTTST
         LTR   R15,R15
         BNZ   PNNONE
         LA    R1,PNCSW
         LA    R0,8
         CALL  VCSWPUT
         LEAVE RC=1
PNNONE   LEAVE RC=0
*
VINTDEV  ENTER BASE=VIOUTIL
         LH    R0,VDEVADDR
         LA    R1,VDEVCSW
         CALL  VINTIO
         LEAVE RC=0
*
         LTORG
PNCSW    DS    D
         END
