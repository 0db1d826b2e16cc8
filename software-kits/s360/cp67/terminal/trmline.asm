         TITLE 'TRMLINE - TERMINAL LINES: ENABLE, READ, WRITE, ATTN'
***********************************************************************
* TRMLINE: CP's side of every terminal: the operator's 1052 and the   *
* lines of the 2703 (docs/cp67.md "Terminals"; CP-67 PLM GY20-0590,   *
* the console and terminal routines; User's Guide GH20-0859 for what  *
* the user sees).                                                     *
*                                                                     *
* USRINIT (kernel, at IPL after the operator's dialogue) makes a      *
* TRMBLOK for each terminal in the real device table, enables every  *
* 2703 line (an enable channel program waits for a caller) and logs   *
* the operator on at the 1052.                                        *
*                                                                     *
* A line runs one channel program at a time (TRMKICK chooses it): the *
* output queued (TRMWRITE, trmout) is written first, then a line is   *
* read if one is wanted, else the line is left idle. A line is wanted *
* when the terminal asks (a key typed on an idle line raises          *
* attention: TRMINTR), when the guest reads its console (TRMREAD), or *
* when LOGIN asks for the password. So a message for an idle          *
* terminal is typed at once, as CP-67 typed on a 2741 whose keyboard *
* was locked.                                                         *
*                                                                     *
* A line read is translated to EBCDIC and edited with CP-67's line-   *
* editing characters: @ deletes the character before it, the cent    *
* sign deletes the line so far. In CP mode it is a CP command         *
* (CPCMD); in VM mode it goes to the guest's console read.            *
*                                                                     *
* The attention key (ATTN on a 2741, BREAK on a teletype, REQUEST on  *
* the 1052): in CP mode, or with no one logged on, it asks for a      *
* line. In VM mode the first one gives the guest an attention         *
* interruption on its console (cp-vio's VCONATTN); a second before    *
* the guest reads, or one while the guest waits for a line, puts the *
* user in CP mode (VMSTOP), CP-67's convention as VM/370 kept it.     *
*                                                                     *
* A line that drops logs its user off and is enabled again. Entries:  *
* USRINIT, TRMINTR (kernel: unsolicited status of a terminal), TRMREAD*
* (the guest's console read), TRMKICK and TRMATTN (terminal part),    *
* TRMCPMOD (CP stopped the virtual machine: the terminal in CP mode). *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         RDEVBLOK
         IOBLOK
         VMBLOK
         TRMBLOK
         USRBLOK
         PRINT GEN
TRMLINE  CSECT
         USING PSA,0
         ENTRY USRINIT,TRMINTR,TRMREAD,TRMKICK,TRMATTN,TRMFIRST
         ENTRY TRMCPMOD
         ENTRY TRMSHUT,TRMSDOWN
         EXTRN TRMLINES,TRMTTYI,TRM2I
         WXTRN VCONATTN
*
***********************************************************************
* USRINIT: a TRMBLOK for each terminal, the lines enabled, the        *
* operator logged on at the 1052 (LOGOPER, commands).                 *
***********************************************************************
USRINIT  ENTER BASE=TRMLINE
         L     R9,PSARDEVS
INITDEV  LTR   R9,R9
         BZ    INITOPER
         USING RDEVBLOK,R9
         CLI   RDEVCLAS,RDEVCTRM
         BNE   INITNEXT
         LA    R0,TRMLEN
         CALL  FREE
         LR    R10,R1
         USING TRMBLOK,R10
         ST    R9,TRMRDEV
         ST    R10,RDEVTERM
         MVC   TRMADDR,RDEVADDR
         LA    R0,IOBLEN
         CALL  FREE
         ST    R1,TRMIOB
         ST    R10,IOBUSER-IOBLOK(,R1)   the ending finds the terminal
         ST    R9,IOBRDEV-IOBLOK(,R1)
* Chained at the end, so TRMFIRST lists them in address order.
         LA    R1,TRMFIRST-(TRMNEXT-TRMBLOK)
INITLAST L     R2,TRMNEXT-TRMBLOK(R1)
         LTR   R2,R2
         BZ    INITCHN
         LR    R1,R2
         B     INITLAST
INITCHN  ST    R10,TRMNEXT-TRMBLOK(,R1)
         CLI   RDEVTYPE,RDEVT105
         BNE   INITLINE
* The 1052 is always there: idle and connected.
         MVI   TRMKIND,TRMK1052
         MVI   TRMSTATE,TRMSIDLE
         OI    TRMFLAGS,TRMFCONN
         B     INITNEXT
* A 2703 line: what the installation put on it (TRMLINES), enabled.
INITLINE MVI   TRMKIND,TRMKTTY
         L     R1,=A(TRMLINES)
INITLTAB CLC   0(2,R1),=X'FFFF'
         BE    INITENAB
         CLC   TRMADDR,0(R1)
         BL    INITLNXT
         CLC   TRMADDR,2(R1)
         BH    INITLNXT
         MVC   TRMKIND(2),4(R1)       TRMKIND and TRMCODE
         B     INITENAB
INITLNXT LA    R1,6(,R1)
         B     INITLTAB
INITENAB BAL   R14,ENABLE
INITNEXT L     R9,RDEVNEXT
         B     INITDEV
         DROP  R9
INITOPER L     R9,PSAOPRDV
         LTR   R9,R9
         BZ    INITDONE
         L     R10,RDEVTERM-RDEVBLOK(,R9)
         LTR   R10,R10
         BZ    INITDONE
         SR    R11,R11
         CALL  LOGOPER
         BAL   R14,KICK
INITDONE LEAVE RC=0
*
***********************************************************************
* TRMINTR: the kernel's call for status a terminal raised by itself:  *
* R10 -> RDEVBLOK, R0 = the unit and channel status (CSW bytes 4-5).  *
* Attention: the terminal wants to type (or its ATTN key). Anything   *
* else with no channel program of ours on the line is ignored.        *
***********************************************************************
TRMINTR  ENTER BASE=TRMLINE
         L     R10,RDEVTERM-RDEVBLOK(,R10)
         LTR   R10,R10
         BZ    INTRDONE
         STH   R0,INTRSTAT
         TM    INTRSTAT,X'80'         attention
         BZ    INTRDONE
         TM    TRMFLAGS,TRMFCONN
         BZ    INTRDONE               (a line not yet called)
         MVI   ATTNSRC,1              unsolicited: maybe a key typed
         BAL   R14,ATTN
         MVI   ATTNSRC,0
         BAL   R14,KICK
INTRDONE LEAVE RC=0
*
***********************************************************************
* TRMATTN: the attention key, R10 -> TRMBLOK (also for a break that   *
* ended a read). Then TRMKICK.                                        *
***********************************************************************
TRMATTN  ENTER BASE=TRMLINE
         BAL   R14,ATTN
         BAL   R14,KICK
         LEAVE RC=0
*
* ATTN (internal, R14 return): what the attention means now.
ATTN     ENTER BASE=TRMLINE
         L     R11,TRMVMB
         LTR   R11,R11
         BZ    ATTNLINE               no one logged on: a line, LOGIN
         CALL  SLPATTN                asleep (SLEEP): it wakes, back in
         LTR   R15,R15                CP mode to a command, in VM mode
         BNZ   ATTNAWK                to the guest, which goes on
         TM    TRMFLAGS,TRMFVM
         BO    ATTNRET1
         B     ATTNLINE
ATTNAWK  TM    TRMFLAGS,TRMFVM
         BZ    ATTNLINE               CP mode: a command
* VM mode. The guest waiting for a line, or a second attention before
* it read: CP mode. Else the guest's attention, if cp-vio is there.
         L     R15,TRMRCB
         LTR   R15,R15
         BNZ   ATTNWAIT
         TM    TRMFLAGS,TRMFATTN
         BO    ATTNCP
         L     R15,=A(VCONATTN)
         LTR   R15,R15
         BZ    ATTNCP
         OI    TRMFLAGS,TRMFATTN
         BALR  R14,R15                R11 -> VMBLOK
         B     ATTNRET1
* The guest waits for a line and the line has no read on it yet (CP
* was typing). On a 2703 line an attention then is most often a key
* typed on the idle line (simmon's 2703 raises attention for input
* that comes with no command on the line, as for BREAK; a real 2741's
* keyboard stayed locked): the line is read for the guest. A BREAK
* that ends that read (TRMATTN) is the ATTN key: CP mode. The 1052's
* attention is only ever its REQUEST key.
ATTNWAIT CLI   ATTNSRC,1
         BNE   ATTNCP
         CLI   TRMKIND,TRMK1052
         BNE   ATTNLINE
ATTNCP   NI    TRMFLAGS,255-TRMFVM-TRMFATTN
         CALL  VMSTOP
         LA    R1,=C'CP'
         LA    R0,2
         CALL  TRMWRITE
ATTNLINE OI    TRMFLAGS,TRMFRDRQ
ATTNRET1 LEAVE RC=0
*
***********************************************************************
* TRMCPMOD: CP has stopped R11's virtual machine by itself (a         *
* disabled wait, no page frame to be had: VMSTOP and a message): its  *
* terminal is in CP mode, so the next line typed (after the 1052's    *
* REQUEST key, or a key on an idle 2703 line) is a CP command, not an *
* attention for a guest that can take none. VMSTOP alone cannot say   *
* it: SLEEP from a guest stops it with the terminal in VM mode. A     *
* disconnected user gets CP mode when it logs on again.               *
***********************************************************************
TRMCPMOD ENTER BASE=TRMLINE
         L     R10,VMTERM-VMBLOK(,R11)
         LTR   R10,R10
         BZ    CPMDONE
         NI    TRMFLAGS,255-TRMFVM-TRMFATTN
CPMDONE  LEAVE RC=0
*
***********************************************************************
* TRMREAD: the guest reads its console. R11 -> VMBLOK, R1 = where to  *
* continue (called with R11, R1 -> the EBCDIC line, R0 = its length,  *
* R2 = R0 given here), R0 = the user word. One read at a time.        *
***********************************************************************
TRMREAD  ENTER BASE=TRMLINE
         L     R10,VMTERM-VMBLOK(R11)
         LTR   R10,R10
         BNZ   READTERM
         L     R2,VMUSRX-VMBLOK(,R11) disconnected: the read waits
         LTR   R2,R2
         BZ    READDONE
         ST    R1,USRRCB-USRBLOK(,R2)
         ST    R0,USRRWORD-USRBLOK(,R2)
         B     READDONE
READTERM DS    0H
         ST    R1,TRMRCB
         ST    R0,TRMRWORD
         NI    TRMFLAGS,255-TRMFATTN  the guest has taken its attention
         TM    TRMFLAGS,TRMFVM
         BZ    READDONE               CP mode: BEGIN reads it
         OI    TRMFLAGS,TRMFRDRQ
         BAL   R14,KICK
READDONE LEAVE RC=0
*
***********************************************************************
* TRMKICK: start the line's next channel program if it is idle,       *
* R10 -> TRMBLOK.                                                     *
***********************************************************************
TRMKICK  ENTER BASE=TRMLINE
         BAL   R14,KICK
         LEAVE RC=0
*
* KICK (internal, R14 return; uses R0-R3, R15).
KICK     ENTER BASE=TRMLINE
         CLI   TRMSTATE,TRMSIDLE
         BE    KICKOUT
* A 2703 line in a read with output waiting (a message): the read is
* halted, what was typed so far kept (TRMIEND), the output typed, and
* the read started again; the 1052 keeps nothing of a halted read, so
* its output waits for the line.
         CLI   TRMSTATE,TRMSREAD
         BNE   KICKDONE
         CLI   TRMKIND,TRMK1052
         BE    KICKDONE
         L     R1,TRMOUTQ
         LTR   R1,R1
         BZ    KICKDONE
         TM    TRMFLAG2,TRM2HALT
         BO    KICKDONE
         OI    TRMFLAG2,TRM2HALT
         LH    R1,TRMADDR
         HIO   0(R1)
         B     KICKDONE
KICKOUT  DS    0H
         L     R1,TRMOUTQ
         LTR   R1,R1
         BZ    KICKNOUT
* Output first.
         MVI   TRMSTATE,TRMSWRIT
         LA    R0,X'01'               write
         CLI   TRMKIND,TRMK1052
         BNE   KICKWR
         LA    R0,X'09'               the 1052: write, carrier return
KICKWR   LH    R2,TOBLEN-TOBUF(,R1)
         LA    R1,TOBTEXT-TOBUF(,R1)
         BAL   R14,STARTIO
         B     KICKDONE
KICKNOUT TM    TRMFLAGS,TRMFHANG
         BZ    KICKREAD
         NI    TRMFLAGS,255-TRMFHANG
         CLI   TRMKIND,TRMK1052
         BE    KICKREAD               the 1052 stays
         MVI   TRMSTATE,TRMSDISA
         LA    R0,X'2F'               disable: the line drops
         LA    R1,TRMIBUF
         LA    R2,1
         BAL   R14,STARTIO
         B     KICKDONE
KICKREAD TM    TRMFLAGS,TRMFRDRQ
         BZ    KICKDONE
         TM    TRMSDOWN,1
         BO    KICKDONE               shutting down: no more input
         MVI   TRMSTATE,TRMSREAD
         LA    R0,X'02'               read
         CLI   TRMKIND,TRMK1052
         BNE   KICKRD
         LA    R0,X'0A'               the 1052: read inquiry
KICKRD   LA    R1,TRMIBUF
         LA    R2,L'TRMIBUF
         BAL   R14,STARTIO
KICKDONE LEAVE RC=0
*
* ENABLE (internal): the line waits for a caller.
ENABLE   ENTER BASE=TRMLINE
         MVI   TRMSTATE,TRMSENAB
         LA    R0,X'27'
         LA    R1,TRMIBUF
         LA    R2,1
         BAL   R14,STARTIO
         LEAVE RC=0
*
* STARTIO (internal): one CCW, R0 = command, R1 = data, R2 = count,
* from the terminal's IOBLOK; the kernel calls TRMIEND at its end.
STARTIO  ENTER BASE=TRMLINE
         ST    R1,TRMCCW
         STC   R0,TRMCCW
         MVI   TRMCCW+4,X'20'         SLI: a short line is no error
         MVI   TRMCCW+5,0
         STH   R2,TRMCCW+6
         L     R1,TRMIOB
         USING IOBLOK,R1
         LA    R2,TRMCCW
         ST    R2,IOBCAW
         L     R2,=A(TRMIEND)
         ST    R2,IOBIRA
         XC    IOBVMB,IOBVMB
         XC    IOBSTAT,IOBSTAT
         MVI   IOBFLAG,0
         XC    IOBCSW,IOBCSW
         DROP  R1
         LR    R10,R1
         CALL  IOSQUE
         LEAVE RC=0
*
***********************************************************************
* TRMIEND: the kernel's call when a terminal's channel program ends:  *
* R10 -> IOBLOK (IOBUSER: the TRMBLOK), status in IOBSTAT and IOBCSW. *
***********************************************************************
TRMIEND  ENTER BASE=TRMLINE
         LR    R9,R10
         USING IOBLOK,R9
         L     R10,IOBUSER
         TM    IOBFLAG,IOBFNOP
         BO    IENDDEAD               no such line: leave it alone
         SR    R1,R1
         IC    R1,TRMSTATE
         MVI   TRMSTATE,TRMSIDLE
         CLI   TRMKIND,TRMK1052
         BE    IEND1052
* A line that dropped: unit check with intervention required.
         TM    IOBSTAT,X'02'          unit check
         BZ    IENDSTAT
         TM    IOBFLAG,IOBFSNS
         BZ    IENDSTAT
         TM    IOBSENSE,X'40'         intervention required
         BO    IENDDROP
IENDSTAT DS    0H
IEND1052 CH    R1,=AL2(TRMSENAB)
         BE    IENDENAB
         CH    R1,=AL2(TRMSWRIT)
         BE    IENDWRIT
         CH    R1,=AL2(TRMSREAD)
         BE    IENDREAD
         CH    R1,=AL2(TRMSDISA)
         BE    IENDDISA
         B     IENDKICK
* Enable: a terminal called. The greeting.
IENDENAB TM    IOBSTAT,X'03'          unit check, unit exception
         BNZ   IENDDEAD
         OI    TRMFLAGS,TRMFCONN
         L     R1,TRMRDEV
         OI    RDEVFLAG-RDEVBLOK(R1),RDEVENAB
         CALL  TRMGREET
         B     IENDKICK
* Write: the first buffer is out; the typeball's case as it left it.
IENDWRIT L     R1,TRMOUTQ
         LTR   R1,R1
         BZ    IENDKICK
         MVC   TRMOUTQ,TOBNEXT-TOBUF(R1)
         NI    TRMFLAGS,255-TRMFUPPR
         OC    TRMFLAGS,TOBUPPR-TOBUF(R1)
         LH    R0,TOBSIZE-TOBUF(,R1)
         CALL  FRET
         TM    TRMFLAG2,TRM2LOGO      LOGOUT from the guest
         BZ    IENDWSHT
         L     R1,TRMOUTQ
         LTR   R1,R1
         BNZ   IENDWSHT
         L     R11,TRMVMB
         LTR   R11,R11
         BZ    IENDWSHT
         CALL  LOGOFF
IENDWSHT TM    TRMSDOWN,1
         BZ    IENDWBRK
         L     R1,TRMOUTQ
         LTR   R1,R1
         BNZ   IENDWBRK
         CALL  TRMSHUT                 the last line out at shutdown?
IENDWBRK TM    IOBSTAT,X'01'          ATTN pressed while it typed
         BZ    IENDKICK
         BAL   R14,ATTN
         B     IENDKICK
* Read: a break (unit exception) or a line; or the end of a read CP
* halted (KICK) for output: what was typed is kept for the next read.
IENDREAD TM    TRMFLAG2,TRM2HALT
         BZ    IENDRBRK
         NI    TRMFLAG2,255-TRM2HALT
         TM    IOBSTAT,X'01'
         BZ    IENDLINE               it had ended by itself
         LA    R2,L'TRMIBUF
         SH    R2,IOBCSW+6            codes read before the halt
         BNP   IENDKICK
         LH    R3,TRMPLEN
         LA    R4,TRMPBUF(R3)
         AR    R3,R2
         CH    R3,=AL2(L'TRMPBUF)
         BH    IENDKICK               (more than a line: dropped)
         STH   R3,TRMPLEN
         BCTR  R2,0
         EX    R2,KEEPMVC
         B     IENDKICK
IENDRBRK TM    IOBSTAT,X'01'
         BZ    IENDLINE
         BAL   R14,ATTN
         B     IENDKICK
IENDLINE LA    R2,L'TRMIBUF
         SH    R2,IOBCSW+6            the residual count
         LH    R3,TRMPLEN             codes kept from a halted read first
         LTR   R3,R3
         BZ    IENDLIN2
         XC    TRMPLEN,TRMPLEN
         LR    R4,R2                  the codes of this read
         AR    R2,R3
         CH    R2,=AL2(L'TRMIBUF)
         BNH   IENDLIN1
         LH    R2,=AL2(L'TRMIBUF)
         LR    R4,R2
         SR    R4,R3
IENDLIN1 LTR   R4,R4                  this read's codes after the kept
         BNP   IENDLIN3
         LA    R5,TRMPBUF(R3)
         BCTR  R4,0
         EX    R4,JOINMVC
IENDLIN3 LR    R4,R2
         BCTR  R4,0
         EX    R4,BACKMVC
IENDLIN2 LTR   R2,R2
         BP    IENDLIN4
         CLI   TRMKIND,TRMK1052       the 1052's RETURN alone: a null
         BNE   IENDKICK               line (a line's codes end with its
IENDLIN4 NI    TRMFLAGS,255-TRMFRDRQ  own carrier return or EOT)
         BAL   R14,INPUT
         B     IENDKICK
* Disable: the line is free for the next caller.
IENDDISA L     R1,TRMRDEV
         NI    RDEVFLAG-RDEVBLOK(R1),255-RDEVENAB
         NI    TRMFLAGS,TRMFUPPR
         BAL   R14,ENABLE
         B     IENDDONE
* The line dropped: its user is logged off, the line waits again.
IENDDROP L     R11,TRMVMB
         LTR   R11,R11
         BZ    IENDDRP2
         LA    R0,1                   no messages: no one to read them
         CALL  LOGOFF
IENDDRP2 L     R1,TRMOUTQ               what was queued is lost
         LTR   R1,R1
         BZ    IENDDRP3
         MVC   TRMOUTQ,TOBNEXT-TOBUF(R1)
         LH    R0,TOBSIZE-TOBUF(,R1)
         CALL  FRET
         B     IENDDRP2
IENDDRP3 XC    TRMRCB,TRMRCB
         XC    TRMPLEN,TRMPLEN
         MVI   TRMFLAG2,0
         NI    TRMFLAGS,0
         L     R1,TRMRDEV
         NI    RDEVFLAG-RDEVBLOK(R1),255-RDEVENAB
         BAL   R14,ENABLE
         B     IENDDONE
IENDDEAD MVI   TRMSTATE,TRMSOFF
         B     IENDDONE
IENDKICK BAL   R14,KICK
IENDDONE LEAVE RC=0
KEEPMVC  MVC   0(0,R4),TRMIBUF
JOINMVC  MVC   0(0,R5),TRMIBUF
BACKMVC  MVC   TRMIBUF(0),TRMPBUF
         DROP  R9
*
***********************************************************************
* INPUT (internal): the line read, R2 = bytes in TRMIBUF: to EBCDIC,  *
* edited, into TRMTEXT; then LOGIN's password, the guest's read or a  *
* CP command.                                                         *
***********************************************************************
INPUT    ENTER BASE=TRMLINE
         LA    R3,TRMIBUF             the next code
         LA    R4,TRMTEXT             where the next character goes
         LA    R5,0(R2,R3)            the end of the codes
         L     R6,=A(TRMTTYI)
         L     R7,=A(TRM2I)
         CLI   TRMCODE,0
         BE    INPEBCD
         LA    R7,256(,R7)            the correspondence tables
INPEBCD  MVI   INPCASE,0
         TM    TRMFLAGS,TRMFUPPR
         BZ    INPNEXT
         LA    R7,128(,R7)            the typeball in upper case
         MVI   INPCASE,1
INPNEXT  CR    R3,R5
         BNL   INPEND
         SR    R1,R1
         IC    R1,0(,R3)
         LA    R3,1(,R3)
         CLI   TRMKIND,TRMKTTY
         BE    INPTTY
         CLI   TRMKIND,TRMK2741
         BE    INP2741
* The 1052 sends EBCDIC. simmon's console makes the '[' key X'BA':
* the cent sign's place on a host keyboard.
         CH    R1,=H'186'             X'BA'
         BNE   INPCHAR
         LA    R1,X'4A'
         B     INPCHAR
INPTTY   IC    R1,0(R1,R6)
         LTR   R1,R1
         BZ    INPNEXT                no character: dropped
         CH    R1,=H'21'              X'15': the carriage return
         BE    INPEND
         B     INPCHAR
INP2741  N     R1,=F'127'             the check bit is not ours
         CH    R1,=H'28'              X'1C' upshift
         BNE   INPDOWN
         OI    TRMFLAGS,TRMFUPPR
         TM    INPCASE,1
         BO    INPNEXT
         LA    R7,128(,R7)
         MVI   INPCASE,1
         B     INPNEXT
INPDOWN  CH    R1,=H'124'             X'7C' downshift
         BNE   INPCTL
         NI    TRMFLAGS,255-TRMFUPPR
         TM    INPCASE,1
         BZ    INPNEXT
         SH    R7,=H'128'
         MVI   INPCASE,0
         B     INPNEXT
INPCTL   CH    R1,=H'31'              X'1F' EOT: the end
         BE    INPEND
         CH    R1,=H'91'              X'5B' new line: the end
         BE    INPEND
         CH    R1,=H'122'             X'7A' tab: a blank
         BNE   INPKEY
         LA    R1,X'40'
         B     INPCHAR
INPKEY   IC    R1,0(R1,R7)
         LTR   R1,R1
         BZ    INPNEXT                a control code: dropped
* Line editing (User's Guide GH20-0859): @ deletes a character, the
* cent sign the line typed so far.
INPCHAR  CH    R1,=H'124'             X'7C' @
         BNE   INPLDEL
         LA    R0,TRMTEXT
         CR    R4,R0
         BNH   INPNEXT
         BCTR  R4,0
         B     INPNEXT
INPLDEL  CH    R1,=H'74'              X'4A' cent sign
         BNE   INPSTORE
         LA    R4,TRMTEXT
         B     INPNEXT
INPSTORE LA    R0,TRMTEXT+L'TRMTEXT
         CR    R4,R0
         BNL   INPNEXT                longer than a line: cut
         STC   R1,0(,R4)
         LA    R4,1(,R4)
         B     INPNEXT
INPEND   LA    R0,TRMTEXT
         SR    R4,R0
         STH   R4,TRMILEN
         MVI   INPCASE,0
* Where the line goes.
         TM    TRMFLAGS,TRMFPASS
         BZ    INPUSER
         NI    TRMFLAGS,255-TRMFPASS
         SR    R11,R11
         LA    R1,TRMTEXT
         LH    R0,TRMILEN
         CALL  LOGPASS
         B     INPDONE
INPUSER  L     R11,TRMVMB
         LTR   R11,R11
         BZ    INPCMD
         TM    TRMFLAGS,TRMFVM
         BZ    INPCMD
         L     R15,TRMRCB               the guest's read
         LTR   R15,R15
         BZ    INPDONE
         XC    TRMRCB,TRMRCB
         NI    TRMFLAGS,255-TRMFATTN
         L     R2,TRMRWORD
         LA    R1,TRMTEXT
         LH    R0,TRMILEN
         BALR  R14,R15
         B     INPDONE
INPCMD   LA    R1,TRMTEXT
         LH    R0,TRMILEN
         CALL  CPCMD
INPDONE  LEAVE RC=0
*
***********************************************************************
* TRMSHUT: at SHUTDOWN (TRMSDOWN on), when no terminal has output     *
* left, CP stops: the disabled wait of a system shut down, X'000FFF'. *
***********************************************************************
TRMSHUT  ENTER BASE=TRMLINE
         L     R1,TRMFIRST
SHUTLOOP LTR   R1,R1
         BZ    SHUTSTOP
         L     R0,TRMOUTQ-TRMBLOK(R1)
         LTR   R0,R0
         BNZ   SHUTDONE               more to type first
         L     R1,TRMNEXT-TRMBLOK(,R1)
         B     SHUTLOOP
SHUTSTOP LPSW  SHUTPSW
SHUTDONE LEAVE RC=0
*
         DS    0D
SHUTPSW  DC    X'0002000000000FFF'    EC off, wait, address X'FFF'
TRMFIRST DC    A(0)                   the first TRMBLOK
TRMSDOWN DC    X'00'                  1: SHUTDOWN was given
INTRSTAT DS    H
ATTNSRC  DC    X'00'                1: ATTN called from TRMINTR
INPCASE  DC    X'00'                  1 while INPUT's table is upper
         LTORG
         END
