         TITLE 'FUNCTAB - THE NUCLEUS FUNCTION TABLE'
***********************************************************************
* FUNCTAB: the functions and commands resident in the nucleus, which  *
* SVC 202 looks up by name (CMS PLM GY20-0591: the nucleus's table of *
* resident routines). One FUNC a line: name, entry point, the         *
* shortest abbreviation the console accepts (ABBR=), PROGRAM=YES for *
* what only programs call. A command with a VM/370 name besides its   *
* CP-67 one gets a line for each name. The file system adds its lines *
* in the section marked for it.                                       *
***********************************************************************
         PRINT NOGEN
         FUNCD
         PRINT GEN
FUNCTAB  CSECT
*
* The console (CONSOLE module).
         FUNC  TYPLIN,TYPLIN,PROGRAM=YES
         FUNC  WAITRD,WAITRD,PROGRAM=YES
*
* Commands of the nucleus.
         FUNC  CP,CPCMD
         FUNC  SET,SET
         FUNC  QUERY,QUERY,ABBR=1
         FUNC  HELLO,HELLO
*
* Programs (LOADER module) and the printer and punch (UNITREC).
         FUNC  LOAD,LOAD
         FUNC  USE,USE
         FUNC  START,START
         FUNC  GENMOD,GENMOD
         FUNC  LOADMOD,LOADMOD
         FUNC  DEBUG,DEBUG
         FUNC  EXEC,EXEC
         FUNC  PRINTR,PRINTR,PROGRAM=YES
         FUNC  PUNCHC,PUNCHC,PROGRAM=YES
*
* The file system (filesys/): its functions, called with an FSCB (STATE
* and ERASE take tokens as well: they are commands too).
         FUNC  RDBUF,RDBUF,PROGRAM=YES
         FUNC  WRBUF,WRBUF,PROGRAM=YES
         FUNC  FINIS,FINIS,PROGRAM=YES
         FUNC  STATE,STATE
*
* The file commands (filesys/; VM/370's names beside CP-67's). ERASE
* is the command, which programs may call with an FSCB as well.
         FUNC  ERASE,ERASECMD
         FUNC  ACCESS,ACCESS,ABBR=3
         FUNC  RELEASE,RELEASE,ABBR=3
         FUNC  FORMAT,FORMAT
         FUNC  LISTF,LISTF,ABBR=1
         FUNC  LISTFILE,LISTF
         FUNC  TYPOUT,TYPOUT,ABBR=1
         FUNC  TYPE,TYPOUT
         FUNC  ALTER,ALTER
         FUNC  RENAME,ALTER
         FUNC  COPYFILE,COPYFILE,ABBR=4
         FUNC  COMBINE,COMBINE
         FUNC  COMPARE,COMPARE,ABBR=4
         FUNC  PRINTF,PRINTF,ABBR=2
         FUNC  PRINT,PRINTF
         FUNC  PUNCH,PUNCH,ABBR=2
         FUNC  OFFLINE,OFFLINE
         FUNC  DISK,DISK
         FUNC  SORT,SORT
*
* The context editor (edit/).
         FUNC  EDIT,EDIT
*
         FUNCEND
         END
