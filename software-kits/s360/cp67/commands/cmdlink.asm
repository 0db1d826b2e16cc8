         TITLE 'CMDLINK - LINK'
***********************************************************************
* CMDLINK: LINK userid cuu1 cuu2 [R|RR|W|WR [password]] (docs/cp67.md*
* "Commands"; User's Guide GH20-0859, LINK; VM/370's operand order):  *
* another user's minidisk cuu1, as the directory gives it, becomes    *
* this user's device cuu2, read-only unless W is asked for (default   *
* R). A minidisk with passwords in the directory (MDISK ... mode      *
* readpw writepw) is linked only with the mode's password on the line *
* (the read password for R and RR, which the write password also     *
* serves; the write password for W and WR): none given, or none in    *
* the directory for that mode, DMKLNK113E; a wrong one DMKLNK111E.    *
* CP-67 asked for the password on a line of its own; ours takes it    *
* from the command line. W or WR on a minidisk the directory gives its*
* owner read-only is refused (DMKLNK104E), and a mode other than R,   *
* RR, W, WR is an invalid operand. VDEVDEF makes the device as it     *
* makes a LINK statement's at LOGIN.                                  *
* Command routine: R11 -> VMBLOK, R10 -> TRMBLOK, R1 -> CMDPARM.      *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         DIRBLOK
         CMDPARM
         PRINT GEN
CMDLINK  CSECT
         USING PSA,0
         ENTRY LINK
LINK     ENTER BASE=CMDLINK
         LR    R9,R1
         USING CMDPARM,R9
         CLC   CMDNTOK,=H'4'
         BL    LNKBAD
         CLC   CMDNTOK,=H'6'
         BH    LNKBAD
* The owner's minidisk in the directory.
         LA    R1,CMDTOK+8
         CALL  DIRFIND
         LTR   R2,R1
         BZ    LNKNOUSR
         LA    R1,CMDTOK+16
         CALL  CMDHEXIN
         LTR   R15,R15
         BNZ   LNKBAD
         LR    R3,R0                  the owner's address
         LA    R1,CMDTOK+24
         CALL  CMDHEXIN
         LTR   R15,R15
         BNZ   LNKBAD
         LR    R4,R0                  ours
         L     R5,DIRDEVS-DIRBLOK(,R2)
         USING DIRDEV,R5
LNKFIND  LTR   R5,R5
         BZ    LNKNODSK
         CLI   DDVKIND,DDVMDISK
         BNE   LNKNEXT
         CH    R3,DDVADDR
         BE    LNKFOUND
LNKNEXT  L     R5,DDVNEXT
         B     LNKFIND
* A LINK statement of our own, with the owner's extent.
LNKFOUND LR    R6,R5                  the owner's MDISK statement
         MVC   LINKDEV(DDVLEN),0(R5)
         DROP  R5
         LA    R5,LINKDEV
         USING DIRDEV,R5
         XC    DDVNEXT,DDVNEXT
         MVI   DDVKIND,DDVLINK
         STH   R4,DDVADDR
         MVC   DDVOWNER,CMDTOK+8
         STH   R3,DDVOADDR
         MVI   DDVMODE,DDVREAD
         CLC   CMDNTOK,=H'5'
         BL    LNKDEF
* The mode: R, RR, W or WR, nothing else.
         CLC   CMDTOK+34(6),=CL6' '
         BNE   LNKBAD
         CLI   CMDTOK+33,C' '
         BE    LNKMODE1
         CLI   CMDTOK+33,C'R'
         BNE   LNKBAD
LNKMODE1 CLI   CMDTOK+32,C'R'
         BE    LNKMODER
         CLI   CMDTOK+32,C'W'
         BNE   LNKBAD
* Writing only where the directory lets the owner write: a minidisk
* the owner has read-only (MAINT's CMS system disk) stays read-only.
         TM    DDVMODE-DIRDEV(R6),DDVWRITE
         BZ    LNKRO
         MVI   DDVMODE,DDVWRITE
LNKMODER CLI   CMDTOK+33,C'R'
         BNE   LNKDEF
         OI    DDVMODE,DDVMULT
* The password: none asked for a minidisk without passwords; else
* the mode's own (the read password for R and RR, the write password
* for W and WR; a read link takes the write password too), and a
* mode whose password the directory leaves blank is not linked.
LNKDEF   CLC   DDVRPASS-DIRDEV(16,R6),=CL16' '
         BE    LNKDEF2
         LA    R7,DDVRPASS-DIRDEV(,R6)
         TM    DDVMODE,DDVWRITE
         BZ    *+8
         LA    R7,DDVWPASS-DIRDEV(,R6)
         CLC   0(8,R7),=CL8' '
         BE    LNKPASS
         CLC   CMDNTOK,=H'6'
         BL    LNKPASS                none given
         CLC   CMDTOK+40(8),0(R7)
         BE    LNKDEF2
         TM    DDVMODE,DDVWRITE
         BO    LNKPWBAD
         CLC   CMDTOK+40(8),DDVWPASS-DIRDEV(R6)
         BNE   LNKPWBAD
LNKDEF2  LR    R1,R5
         CALL  VDEVDEF
         LTR   R15,R15
         BNZ   LNKFAIL
         LEAVE RC=0
         DROP  R5
* The message's number is the return code (DIAGNOSE X'08' gives it
* back), not TRMWRITE's R15.
LNKFAIL  LA    R1,MSGNOVOL
         LA    R0,L'MSGNOVOL
         LA    R6,108
         C     R15,=F'12'
         BNE   LNKTYPE
         LA    R1,MSGINUSE
         LA    R0,L'MSGINUSE
         LA    R6,100
LNKTYPE  CALL  TRMWRITE
         LEAVE RC=(R6)
LNKNOUSR LA    R1,MSGNOUSR
         LA    R0,L'MSGNOUSR
         CALL  TRMWRITE
         LEAVE RC=53
LNKNODSK LA    R1,MSGNODSK
         LA    R0,L'MSGNODSK
         CALL  TRMWRITE
         LEAVE RC=40
LNKRO    LA    R1,MSGRO
         LA    R0,L'MSGRO
         CALL  TRMWRITE
         LEAVE RC=104
LNKPASS  LA    R1,MSGPASS
         LA    R0,L'MSGPASS
         CALL  TRMWRITE
         LEAVE RC=113
LNKPWBAD LA    R1,MSGPWBAD
         LA    R0,L'MSGPWBAD
         CALL  TRMWRITE
         LEAVE RC=111
LNKBAD   LA    R1,MSGBAD
         LA    R0,L'MSGBAD
         CALL  TRMWRITE
         LEAVE RC=26
         DROP  R9
*
         DS    0F
LINKDEV  DS    XL(DDVLEN)
MSGBAD   DC    C'DMKLNK026E OPERAND MISSING OR INVALID'
MSGNOUSR DC    C'DMKLNK053E USERID NOT IN CP DIRECTORY'
MSGNODSK DC    C'DMKLNK040E THE USER HAS NO SUCH MINIDISK'
MSGPASS  DC    C'DMKLNK113E THE MINIDISK HAS A PASSWORD: NOT LINKED'
MSGPWBAD DC    C'DMKLNK111E PASSWORD INCORRECT: NOT LINKED'
MSGRO    DC    C'DMKLNK104E THE MINIDISK IS READ-ONLY: NOT LINKED R/W'
MSGNOVOL DC    C'DMKLNK108E THE VOLUME IS NOT MOUNTED'
MSGINUSE DC    C'DMKLNK100E THE ADDRESS IS IN USE'
         LTORG
         END
