         TITLE 'CMDTAB - THE CP COMMANDS'
***********************************************************************
* CMDTAB: the table CPCMD looks commands up in (docs/cp67.md          *
* "Commands"). A command's name, the fewest letters that name it, the *
* privilege classes that may give it (CP-67's classes as VM/370 kept  *
* them: A the operator, B the resource operator, C the system         *
* programmer, D the spooling operator, E the analyst, F the service   *
* engineer, G the general user), and its routine. CP-67's names come  *
* first; LOGON and LOGOFF are VM/370's names for LOGIN and LOGOUT.    *
* The first entry that the word names and the user may give wins, so *
* the order settles what a one-letter abbreviation means.             *
***********************************************************************
         PRINT NOGEN
         CMDEQU
         PRINT GEN
CMDTAB   CSECT
         ENTRY CMDTABLE
CMDTABLE DS    0F
* With no one logged on at the terminal.
         CMDENT LOGIN,1,ANY,LOGIN,LOGON
         CMDENT LOGON,1,ANY,LOGIN,LOGON
* A logged-on user.
         CMDENT LOGOUT,4,ANY,LOGOUT
         CMDENT LOGOFF,4,ANY,LOGOUT
         CMDENT BEGIN,1,ABCDEFG,BEGIN
         CMDENT IPL,1,ABCDEFG,IPL
         CMDENT QUERY,1,ABCDEFGH,QUERY
         CMDENT MSG,1,ANY,MSG
         CMDENT MESSAGE,1,ANY,MSG
         CMDENT WARNING,1,AB,WARNING
         CMDENT DISPLAY,1,ABCDEFG,DISPLAY
         CMDENT STORE,2,ABCDEFG,STORE
         CMDENT ADSTOP,2,ABCDEFG,ADSTOP
         CMDENT EXTERNAL,3,ABCDEFG,EXTERNAL
         CMDENT SET,3,ABCDEFG,SET
         CMDENT DISCONN,4,ANY,DISCONN
         CMDENT SLEEP,2,ANY,SLEEP
         CMDENT LINK,2,ABCDEFG,LINK
         CMDENT ATTACH,3,AB,ATTACH
         CMDENT DETACH,3,ABCDEFG,DETACH
* Spooling (cp-vio, spool/splcmd).
         CMDENT CLOSE,1,ABCDEFG,SPCLOSE
         CMDENT SPOOL,2,ABCDEFG,SPSPOOL
         CMDENT TRANSFER,4,ABCDEFG,SPXFER
         CMDENT PURGE,3,ABCDEFG,SPPURGE
         CMDENT ORDER,3,ABCDEFG,SPORDER
         CMDENT DRAIN,2,AD,SPDRAIN
         CMDENT START,3,AD,SPSTART
         CMDENT SHUTDOWN,8,A,SHUTDOWN
         CMDENT FORCE,5,A,FORCE
         CMDEND
         END
