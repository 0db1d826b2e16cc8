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
* The file system (filesys/): its functions, called with an FSCB.
         FUNC  RDBUF,RDBUF,PROGRAM=YES
         FUNC  WRBUF,WRBUF,PROGRAM=YES
         FUNC  FINIS,FINIS,PROGRAM=YES
         FUNC  STATE,STATE,PROGRAM=YES
         FUNC  ERASE,ERASE,PROGRAM=YES
*
         FUNCEND
         END
