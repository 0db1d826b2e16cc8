         TITLE 'LOGON - LOGIN AND LOGOUT'
***********************************************************************
* LOGON: a user's session begins and ends (docs/cp67.md "Logging in"; *
* User's Guide GH20-0859, LOGIN and LOGOUT; VM/370's CP Command       *
* Reference for the messages CP-67's manuals do not give).            *
*                                                                     *
* LOGIN userid [password] (LOGON is the same): the user must be in    *
* the directory, not NOLOG, and not logged on already at a terminal;  *
* a user left running by DISCONN is reconnected to this terminal. The *
* password is asked for (ENTER PASSWORD:, typed into a mask on a      *
* 2741, TRMMASK) unless given on the line. A wrong password ends the  *
* attempt. Then VMCREATE makes the virtual machine of the directory's *
* storage size, VDEVDEF each device statement (cp-vio), and the user  *
* is in CP mode: LOGON AT time date.                                  *
*                                                                     *
* LOGOUT (LOGOFF): the times (CONNECT=, VIRTCPU=, TOTCPU=), LOGOFF AT *
* time date, the devices released (VIOREL), the virtual machine gone  *
* (VMDESTROY), and a 2703 line dropped so the next caller gets it.    *
* LOGOUT given by the guest (DIAGNOSE X'08', CMS's CP LOGOUT) stops   *
* the guest and leaves the rest to the terminal when the messages are *
* out, since the kernel is then still simulating the guest's          *
* DIAGNOSE.                                                           *
*                                                                     *
* Entries: LOGIN, LOGOUT (command routines: R11, R10, R1 -> CMDPARM), *
* LOGPASS (the password line: R10 -> TRMBLOK, R1 -> line, R0 = its   *
* length), LOGOPER (USRINIT: the operator at the 1052, R10 -> its     *
* TRMBLOK), LOGOFF (R11 -> VMBLOK: end the session without messages:  *
* a dropped line, FORCE, SHUTDOWN).                                   *
***********************************************************************
         PRINT NOGEN
         REGEQU
         PSA
         VMBLOK
         TRMBLOK
         USRBLOK
         DIRBLOK
         CMDPARM
         PRINT GEN
LOGON    CSECT
         USING PSA,0
         ENTRY LOGIN,LOGOUT,LOGPASS,LOGOPER,LOGOFF
         WXTRN VDEVDEF,VIOREL
*
***********************************************************************
* LOGIN                                                               *
***********************************************************************
LOGIN    ENTER BASE=LOGON
         USING CMDPARM,R1
         USING TRMBLOK,R10
         CLC   CMDNTOK,=H'2'
         BL    LOGNOID
         MVC   TRMLOGID,CMDTOK+8
         MVC   PASSWORD,CMDTOK+16
         LH    R3,CMDNTOK
         DROP  R1
         LA    R1,TRMLOGID
         CALL  DIRFIND
         LTR   R9,R1
         BZ    LOGNODIR
         USING DIRBLOK,R9
         TM    DIRFLAG,DIRNOLOG
         BO    LOGNODIR
         ST    R9,TRMLOGDB
         CH    R3,=H'3'
         BNL   LOGCHECK               the password is on the line
         LA    R1,MSGPASS
         LA    R0,L'MSGPASS
         SR    R11,R11
         CALL  TRMWRITE
         CALL  TRMMASK
         OI    TRMFLAGS,TRMFPASS+TRMFRDRQ
         LEAVE RC=0
LOGNOID  LA    R1,MSGNOID
         LA    R0,L'MSGNOID
         SR    R11,R11
         CALL  TRMWRITE
         LEAVE RC=20
LOGNODIR MVC   MSGNODIR+11(8),TRMLOGID
         LA    R1,MSGNODIR
         LA    R0,L'MSGNODIR
         SR    R11,R11
         CALL  TRMWRITE
         LEAVE RC=53
*
***********************************************************************
* LOGPASS: the line typed after ENTER PASSWORD:.                      *
***********************************************************************
LOGPASS  ENTER BASE=LOGON
* Its first word, in capitals.
         MVI   PASSWORD,C' '
         MVC   PASSWORD+1(7),PASSWORD
         LR    R2,R0
         LA    R3,PASSWORD
         LA    R4,8
PASSSKIP LTR   R2,R2
         BNP   PASSEND
         CLI   0(R1),C' '
         BNE   PASSCHAR
         LA    R1,1(,R1)
         BCT   R2,PASSSKIP
         B     PASSEND
PASSCHAR MVC   0(1,R3),0(R1)
         OI    0(R3),X'40'            capitals (letters and digits)
         LA    R3,1(,R3)
         LA    R1,1(,R1)
         BCTR  R2,0
         LTR   R2,R2
         BNP   PASSEND
         CLI   0(R1),C' '
         BE    PASSEND
         BCT   R4,PASSCHAR
PASSEND  L     R9,TRMLOGDB
         LTR   R9,R9
         BZ    PASSDONE               (no LOGIN under way)
LOGCHECK CLC   PASSWORD,DIRPASS
         BNE   LOGBADPW
         XC    TRMLOGDB,TRMLOGDB
* A user logged on already: reconnected if disconnected, else refused.
         LA    R1,DIRUSER
         CALL  CMDFINDU
         LTR   R11,R1
         BZ    LOGNEW
         TM    VMRSTAT-VMBLOK(R11),VMDISC
         BZ    LOGTWICE
         NI    VMRSTAT-VMBLOK(R11),255-VMDISC
         CALL  VMSTOP                 CP mode: BEGIN goes on (VM/370)
         ST    R10,VMTERM-VMBLOK(,R11)
         ST    R11,TRMVMB
         NI    TRMFLAGS,255-TRMFVM
         L     R1,VMUSRX-VMBLOK(,R11) the console read it was left
         LTR   R1,R1
         BZ    LOGRECM
         MVC   TRMRCB,USRRCB-USRBLOK(R1)
         MVC   TRMRWORD,USRRWORD-USRBLOK(R1)
         XC    USRRCB-USRBLOK(4,R1),USRRCB-USRBLOK(R1)
LOGRECM  MVC   MSGRECON+15(17),=CL17' '
         LA    R1,MSGRECON+15
         CALL  CMDTOD
         LA    R1,MSGRECON
         LA    R0,L'MSGRECON
         CALL  TRMWRITE
         LEAVE RC=0
LOGTWICE SR    R11,R11
         LA    R1,MSGTWICE
         LA    R0,L'MSGTWICE
         CALL  TRMWRITE
         LEAVE RC=54
LOGBADPW XC    TRMLOGDB,TRMLOGDB
         SR    R11,R11
         LA    R1,MSGBADPW
         LA    R0,L'MSGBADPW
         CALL  TRMWRITE
PASSDONE LEAVE RC=50
LOGNEW   BAL   R14,SESSION
         LEAVE RC=0
*
***********************************************************************
* LOGOPER: the operator is logged on at the 1052 when CP starts.      *
***********************************************************************
LOGOPER  ENTER BASE=LOGON
         LA    R1,=CL8'OPERATOR'
         CALL  DIRFIND
         LTR   R9,R1
         BZ    OPERDONE               (a directory without OPERATOR)
         BAL   R14,SESSION
OPERDONE LEAVE RC=0
*
* SESSION (internal): the virtual machine of DIRBLOK R9 for the
* terminal R10.
SESSION  ENTER BASE=LOGON
         L     R0,DIRSTOR
         LR    R1,R9
         CALL  VMCREATE
         USING VMBLOK,R11
         MVC   VMUSER,DIRUSER
         MVC   VMCLASS,DIRCLASS
         ST    R10,VMTERM
         ST    R11,TRMVMB
         NI    TRMFLAGS,255-TRMFVM-TRMFATTN
         LA    R0,USRLEN
         CALL  FREE
         ST    R1,VMUSRX
         LR    R2,R1
         CALL  CMDNOW
         LR    R1,R2
         USING USRBLOK,R1
         ST    R0,USRLOGT
         MVC   USRLOGD(2),PSAYEAR
         MVC   USRLOGD+2(1),PSAMONTH
         MVC   USRLOGD+3(1),PSADAY
         ST    R9,USRDIR
         MVC   USRADSTP,=F'-1'
         DROP  R1
* The devices of the directory entry, when cp-vio is there.
         L     R8,DIRDEVS
SESSDEV  LTR   R8,R8
         BZ    SESSMSG
         L     R15,=A(VDEVDEF)
         LTR   R15,R15
         BZ    SESSMSG
         LR    R1,R8
         BALR  R14,R15
         L     R8,DDVNEXT-DIRDEV(,R8)
         B     SESSDEV
SESSMSG  MVC   MSGLOGON+9(17),=CL17' '
         LA    R1,MSGLOGON+9
         CALL  CMDTOD
         LA    R1,MSGLOGON
         LA    R0,L'MSGLOGON
         CALL  TRMWRITE
         LEAVE RC=0
         DROP  R9,R11
*
***********************************************************************
* LOGOUT: the command.                                                *
***********************************************************************
LOGOUT   ENTER BASE=LOGON
         USING CMDPARM,R1
         USING VMBLOK,R11
         MVC   LOGFLAG,CMDFLAG
         DROP  R1
         L     R2,VMUSRX
         USING USRBLOK,R2
* CONNECT= hh:mm:ss VIRTCPU= mmm:ss.hh TOTCPU= mmm:ss.hh
         CALL  CMDNOW
         S     R0,USRLOGT
         BNM   OUTCONN
         A     R0,=A(24*60*60*300)    past midnight
OUTCONN  LA    R1,MSGTIMES+9
         CALL  CMDHMS
         L     R0,VMVTIME
         LA    R1,MSGTIMES+27
         CALL  CMDCPUT
         L     R0,VMCPUTM
         LA    R1,MSGTIMES+45
         CALL  CMDCPUT
         LA    R1,MSGTIMES
         LA    R0,MSGTIMEL
         CALL  TRMWRITE
         DROP  R2
         MVC   MSGLOGOF+10(17),=CL17' '
         LA    R1,MSGLOGOF+10
         CALL  CMDTOD
         LA    R1,MSGLOGOF
         LA    R0,L'MSGLOGOF
         CALL  TRMWRITE
         TM    LOGFLAG,CMDFDIAG
         BO    OUTLATER
         CALL  LOGOFF
         LEAVE RC=0
* From the guest: stopped now, the session ended by the terminal when
* the messages are out (TRMIEND), outside the DIAGNOSE's simulation.
OUTLATER CALL  VMSTOP
         L     R10,VMTERM
         LTR   R10,R10
         BZ    OUTDONE
         OI    TRMFLAG2,TRM2LOGO
         NI    TRMFLAGS,255-TRMFVM-TRMFATTN-TRMFRDRQ
OUTDONE  LEAVE RC=0
*
***********************************************************************
* LOGOFF: the session ends (R11 -> VMBLOK), no messages.              *
***********************************************************************
LOGOFF   ENTER BASE=LOGON
         L     R15,=A(VIOREL)
         LTR   R15,R15
         BZ    OFFUSR
         BALR  R14,R15
OFFUSR   L     R1,VMUSRX
         LTR   R1,R1
         BZ    OFFTERM
         LA    R1,USRSLEEP-USRBLOK(,R1)   a SLEEP's time: not wanted
         CALL  TMRCANC
         L     R1,VMUSRX
         LA    R0,USRLEN
         CALL  FRET
         XC    VMUSRX,VMUSRX
OFFTERM  L     R10,VMTERM
         LTR   R10,R10
         BZ    OFFVM
         XC    TRMVMB,TRMVMB
         XC    TRMRCB,TRMRCB
         NI    TRMFLAGS,255-TRMFVM-TRMFATTN-TRMFRDRQ-TRMFPASS
         NI    TRMFLAG2,255-TRM2LOGO
         XC    TRMPLEN,TRMPLEN        nothing typed is the next user's
         OI    TRMFLAGS,TRMFHANG      a 2703 line is dropped
         XC    VMTERM,VMTERM
         CALL  TRMKICK
OFFVM    CALL  VMDESTRY
         LEAVE RC=0
         DROP  R10,R11
*
MSGPASS  DC    C'ENTER PASSWORD:'
MSGNOID  DC    C'DMKLOG020E USERID MISSING OR INVALID'
MSGNODIR DC    C'DMKLOG053E XXXXXXXX NOT IN CP DIRECTORY'
MSGBADPW DC    C'DMKLOG050E PASSWORD INCORRECT'
MSGTWICE DC    C'DMKLOG054E ALREADY LOGGED ON'
MSGLOGON DC    C'LOGON AT HH:MM:SS MM/DD/YY'
MSGRECON DC    C'RECONNECTED AT HH:MM:SS MM/DD/YY'
MSGLOGOF DC    C'LOGOFF AT HH:MM:SS MM/DD/YY'
MSGTIMES DC    C'CONNECT= HH:MM:SS VIRTCPU= MMM:SS.HH'
         DC    C' TOTCPU= MMM:SS.HH'
MSGTIMEL EQU   *-MSGTIMES
PASSWORD DS    CL8
LOGFLAG  DS    X
         LTORG
         END
