         TITLE 'SVC202 - THE SVC INTERRUPTION HANDLER'
***********************************************************************
* SVC202: the SVC new PSW's handler. SVC 202 is how CMS's modules and *
* programs call each other (CMS PLM GY20-0591; GH20-0859, "SVC 202"): *
*   R1 -> parameter list whose first 8 bytes name the function, and   *
*   the SVC is followed by DC AL4(error address) (macro CMSCALL).     *
* The handler saves the caller's registers and PSW in a frame of its  *
* stack (SVCFRAME; calls nest: a command calls TYPLIN, the attention  *
* routine reads the console inside a command), looks the name up in   *
* the function table (FUNCTAB) and calls the routine with             *
*   R1 = the parameter list, R13 -> the frame's 18-word save area,    *
*   R14 = return address, R15 = entry point, enabled.                 *
* On return R15 holds the return code; the caller gets every other    *
* register back, and control past the error-address word, or at the  *
* error address when the code is not 0 and the address is not 0.     *
* A name not in the table goes to MODRUN (GENMOD module), which runs  *
* 'name MODULE' from the disks, or returns -3 (VM/370's "not found",  *
* which the command loop reports as an unknown command).              *
*                                                                     *
* Other SVCs are not part of this CMS (its OS simulation is not       *
* written): they end the command like OS's abend Fnn (nn = the SVC    *
* number in hex), and so does a nesting deeper than the stack (FCA).  *
* The frames (NUCNFRM of them) are in free storage after the nucleus  *
* (NUCSVBOT to NUCSVLIM, set by INIT), not in the IPL image.          *
***********************************************************************
         PRINT NOGEN
         REGEQU
         NUCON
         SVCFRAME
         FUNCD
         PRINT GEN
SVC202   CSECT
         ENTRY SVCHAND
         USING NUCON,R0
*
* The SVC new PSW leads here, disabled.
SVCHAND  STM   R0,R15,NUCSVREG
         BALR  R12,0
SVCBASE  DS    0H                 the module's one base
         USING SVCBASE,R12
         CLI   SVCOPSW+3,202
         BNE   SVCOTHER
         CLI   SVCOPSW+2,0
         BNE   SVCOTHER
         L     R11,NUCSVTOP       take a frame
         C     R11,NUCSVLIM
         BNL   SVCDEEP
         USING SVCFRAME,R11
         MVC   SVFREGS(64),NUCSVREG
         MVC   SVFPSW,SVCOPSW
         L     R2,SVCOPSW+4       the word after the SVC: error address
         LA    R2,0(,R2)
         MVC   SVFERR,0(R2)
         LA    R2,4(,R2)          the normal return skips it
         ST    R2,NUCWORK
         MVC   SVFPSW+5(3),NUCWORK+1
         L     R1,NUCSVREG+4
         MVC   SVFNAME,0(R1)
         LA    R3,SVFLEN(,R11)
         ST    R3,NUCSVTOP
         L     R4,=V(FUNCTAB)
         USING FUNCD,R4
SVCLOOK  CLI   FUNCNAME,X'FF'
         BE    SVCNONE
         CLC   FUNCNAME,SVFNAME
         BE    SVCFOUND
         LA    R4,FUNCLEN(,R4)
         B     SVCLOOK
SVCNONE  L     R15,=V(MODRUN)     not resident: a MODULE on disk?
         B     SVCCALL
SVCFOUND L     R15,FUNCADDR
         DROP  R4
SVCCALL  LR    R13,R11
         LA    R14,SVCBACK
         SSM   =X'FF'
         BR    R15
*
* Any other SVC, or calls nested too deep: the command ends (ABEND).
SVCOTHER LH    R1,SVCOPSW+2
         LA    R1,X'F00'(,R1)
         B     SVCABEND
SVCDEEP  LA    R1,X'FCA'
SVCABEND MVC   NUCPGPSW,SVCOPSW
         MVC   NUCPGREG(64),NUCSVREG
         L     R2,SVCOPSW+4
         L     R15,=V(ABEND)
         BR    R15
         DROP  R11
*
* The routine returns here: give its frame back and resume the caller.
* SVCRET is reached with R11 -> the frame and R15 = return code.
SVCBACK  BALR  R12,0             the routine may have changed R12
SVCBACK2 DS    0H
         DROP  R12
         USING SVCBACK2,R12
         L     R12,=A(SVCBASE)
         DROP  R12
         USING SVCBASE,R12
         SSM   =X'00'
         L     R11,NUCSVTOP
         SH    R11,=Y(SVFLEN)
         ST    R11,NUCSVTOP
         USING SVCFRAME,R11
SVCRET   MVC   NUCSVREG(60),SVFREGS
         ST    R15,NUCSVREG+60
         MVC   NUCRPSW,SVFPSW
         LTR   R15,R15
         BZ    SVCGO
         L     R2,SVFERR
         LTR   R2,R2
         BZ    SVCGO
         MVC   NUCRPSW+5(3),SVFERR+1
SVCGO    LM    R0,R15,NUCSVREG
         LPSW  NUCRPSW
         DROP  R11,R12
         LTORG
         END
