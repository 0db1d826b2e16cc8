// The command table. Order matters only for HELP, which lists commands as written here.
// Short forms follow SIMH custom; any unique prefix of a name works as well.
#include "scp-console/command/command_table.hpp"
#include "scp-console/commands/commands.hpp"

namespace simmon::scp {

const std::vector<CommandSpec>& command_table() {
    static const std::vector<CommandSpec> table = {
        {"RUN", "R RU", "RUN [address]",
         "reset all devices, then start the CPU (at address if given)",
         "Resets every device as RESET does, sets the PC when an address is given, and runs\n"
         "until something stops the simulation.",
         cmd_run},
        {"GO", "G", "GO [address]", "start the CPU at address, or at the PC, without a reset",
         "Like CONTINUE, but an address sets the PC first.", cmd_go},
        {"CONTINUE", "C CO CONT", "CONTINUE", "continue from where the simulation stopped",
         "A breakpoint at the current PC does not stop the first instruction.", cmd_continue},
        {"STEP", "S", "STEP [count]", "execute count instructions (decimal, default 1)",
         "Stops with \"Step expired\" and the PC and instruction there.", cmd_step},
        {"BOOT", "B", "BOOT [unit]", "reset the machine, load the unit's bootstrap and run it",
         "The device must be bootable (disks and tapes usually are) and normally attached.\n"
         "Without a unit: the unit booted last, or else the only attached unit.", cmd_boot},
        {"EXAMINE", "E EX", "EXAMINE [-switches] [device] what[,what...]",
         "show memory or registers",
         "what: an address, a range a-b or a/n (n address units), a register name, a\n"
         "register range R0-R3, STATE (all CPU registers) or ALL (all memory).\n"
         "After a device name (EX RK RKCS) the names are that device's registers; a device\n"
         "name alone shows all its registers.\n"
         "Switches: -m symbolic (disassembly), -o/-d/-h radix, -a character, -c characters.\n"
         "Other switches (e.g. -v virtual, -k/-s/-u modes) select the CPU's address space.",
         cmd_examine},
        {"DEPOSIT", "D DEP", "DEPOSIT [-switches] [device] what value",
         "change memory or registers",
         "what: as for EXAMINE (a range or ALL fills each location).\n"
         "value: an expression in the machine radix (see EVALUATE), or with -m an instruction\n"
         "in the guest's assembler syntax, with -a a character, with -c characters.",
         cmd_deposit},
        {"IEXAMINE", "IE IEX", "IEXAMINE [-switches] [device] what",
         "show each location, then read a new value for it (empty: unchanged)", {}, cmd_iexamine},
        {"IDEPOSIT", "ID IDEP", "IDEPOSIT [-switches] [device] what",
         "read a new value for each location (empty: unchanged)", {}, cmd_ideposit},
        {"EVALUATE", "EVAL", "EVALUATE [-o|-d|-h] expression", "compute an expression",
         "Operators: + - * / % & | ^ ~ ! << >> == != < <= > >= && || and parentheses.\n"
         "Numbers are in the machine radix; 0x1F, 0o17, 0d15, 0b1111 and 15. (decimal) give\n"
         "their own radix; 'c' is a character code. Register names (R0, PC, RK.RKCS) read\n"
         "registers; [address] reads memory.",
         cmd_evaluate},
        {"SET", "SE", "SET device|unit|option ...", "change a device, unit or SCP setting",
         "SET <dev> <modifier>[=value] ...   device modifiers (HELP <dev> lists them)\n"
         "SET <dev> ENABLED|DISABLED         connect or remove a device\n"
         "SET <dev> DEBUG[=flag;flag] | NODEBUG[=flags]\n"
         "SET DEBUG file|STDOUT|STDERR       where debug output goes; SET NODEBUG closes it\n"
         "SET CPU HISTORY=n                  keep the last n instructions (0 turns it off)\n"
         "SET CONSOLE WRU=n                  the stop character (default 005, Ctrl-E)\n"
         "SET CONSOLE LOG=file | NOLOG       copy the console to a file\n"
         "SET CONSOLE TELNET=port[,BUFFERED] the console on a telnet port; NOTELNET ends it\n"
         "SET CONSOLE SPEED=n | BRK=n        pace typed input | a key as BREAK\n"
         "SET <dev> OCT|DEC|HEX              the radix of the device's data (CPU: memory)\n"
         "SET <dev> ADDRESS=a | VECTOR=v     move a bus device's registers or vectors\n"
         "SET CLOCKS ASYNC|CATCHUP|...       SIMH's clock options (accepted; SHOW CLOCKS)\n"
         "SET THROTTLE nM|nK|n|n%|x/t|OFF    pace to n instructions per second | n% of real time |\n"
         "                                   x instructions every t ms\n"
         "SET RUNLIMIT n | SET NORUNLIMIT    stop after n more instructions (decimal, K/M)\n"
         "SET ON | NOON                      stop a DO file on errors (default) | carry on\n"
         "SET SHELL ENABLED|DISABLED         allow the ! command\n"
         "SET ENV name=value                 a %name% variable for DO files",
         cmd_set},
        {"SHOW", "SH SHO", "SHOW device|unit|option ...", "display a device, unit or SCP setting",
         "SHOW VERSION | CONFIGURATION | DEVICES | MACHINES | ENV | BREAK | QUEUE | TIME |\n"
         "     RUNLIMIT | THROTTLE | CLOCKS | CONSOLE | DEBUG | ON | EXPECT | SEND | SHELL\n"
         "SHOW <dev> [modifier|MODIFIERS|DEBUG|REGISTERS]   SHOW <unit>\n"
         "SHOW CPU STATS | HISTORY[=n]",
         cmd_show},
        {"ATTACH", "A AT ATT", "ATTACH [-r] [-n] [-q] [-e] [-F format] unit file",
         "connect a host file to a unit (-r read only, -n create new, -q quiet)", {}, cmd_attach},
        {"DETACH", "DET", "DETACH unit|ALL", "disconnect a unit's file (flushing it)", {}, cmd_detach},
        {"RESET", "", "RESET [device]", "reset all devices, or one", {}, cmd_reset},
        {"LOAD", "LO", "LOAD [-switches] file [args]", "load a program into memory (machine formats)",
         "The formats are the machine's: on the PDP-11 an absolute-loader paper tape, or with -r\n"
         "a raw image (LOAD -r file address).", cmd_load},
        {"DUMP", "", "DUMP [-switches] file [args]", "write memory to a file",
         "The formats are the machine's. On the PDP-11 DUMP file low high writes an\n"
         "absolute-loader tape that LOAD reads back, DUMP -r file low high raw bytes (octal\n"
         "byte addresses, both included).", cmd_dump},
        {"SAVE", "", "SAVE file", "save the whole machine state to a file",
         "Stores every device's state, memory, the pending events, the instruction count and\n"
         "which file each unit has attached (by name; the images' contents stay in their files).\n"
         "The file carries a format version, the machine's name and a checksum.", cmd_save},
        {"RESTORE", "GET", "RESTORE file", "restore a state saved by SAVE (same machine)",
         "All or nothing: the whole file is checked first (version, machine, checksum, every\n"
         "section, every attached image present and openable as it was), and if anything is\n"
         "wrong the machine is left exactly as it was and one line says why. Images are\n"
         "re-attached as they were, never created.", cmd_restore},
        {"SNAPSHOT", "SNAP", "SNAPSHOT [name]", "keep the whole machine state in memory, disk contents included",
         "Without a name the snapshot is numbered 1, 2 ... A name already used is replaced.\n"
         "From now on the attached images keep the old contents of every block written, so\n"
         "REVERT can put their bytes back; writes still reach the files at once.\n"
         "SHOW SNAPSHOTS lists them.", cmd_snapshot},
        {"REVERT", "", "REVERT [name]", "go back to a snapshot (the latest without a name)",
         "Puts back every device, memory, pending events, the instruction count, attachments and\n"
         "the bytes of the images attached at the snapshot. The snapshot stays: REVERT again goes\n"
         "back to the same point, and other snapshots, older or newer, stay reachable.", cmd_revert},
        {"BREAK", "BR", "BREAK [-e|-r|-w|-t] addr[-addr][[count]][;count][;action;...]",
         "set a breakpoint (-e execute, default) or watchpoint (-r read, -w write)",
         "count: the breakpoint lets that many hits pass (decimal) before it stops.\n"
         "actions: commands run after the stop, separated by ';'.\n"
         "  BREAK 1000;3;EXAMINE R0;CONTINUE   BREAK 1000[3] EXAMINE R0;CONTINUE\n"
         "-t makes a temporary breakpoint, removed when it stops the machine.\n"
         "Several addresses may be given, separated by commas. SHOW BREAK lists them.",
         cmd_break},
        {"NOBREAK", "NOBR", "NOBREAK [-e|-r|-w] addr[-addr]|ALL", "remove breakpoints", {}, cmd_nobreak},
        {"DO", "", "DO [-v] file [arg ...]", "run the commands in a file",
         "%1..%9 are the arguments, %0 the file, %* all arguments, %NAME% a variable\n"
         "(SET ENV, then the host environment), %% a percent sign. Lines starting with ';' or\n"
         "'#' are comments, ':name' is a label. -v echoes each line. A failing command stops\n"
         "the file unless SET NOON or an ON ERROR handler is in effect.",
         cmd_do},
        {"GOTO", "", "GOTO label", "continue a DO file at :label", {}, cmd_goto, false},
        {"CALL", "", "CALL label [arg ...]", "run a DO file's :label as a subroutine until RETURN",
         "Inside the subroutine %1..%9 are CALL's arguments.", cmd_call, false},
        {"RETURN", "", "RETURN", "return from CALL, or end the DO file", {}, cmd_return, false},
        {"IF", "", "IF [NOT] condition command[;command...]", "run commands when a condition holds",
         "conditions:  expression                IF R0 == 0 GOTO done   IF PC != 1234 EXIT 1\n"
         "             [-i] \"a\" op \"b\"           IF \"%1\" == \"\" GOTO usage   (op: == != < <= > >=)\n"
         "             -f file                   IF -f disk.img ATTACH RK0 disk.img\n"
         "Memory is read with [address]: IF [1000] == 5 ECHO five.",
         cmd_if, false},
        {"ON", "", "ON ERROR|EXPECT [command;...]", "handle failures in this DO file",
         "ON ERROR runs its commands when a command fails, instead of stopping the file.\n"
         "ON EXPECT handles a run that stopped (run limit, idle) with an EXPECT still waiting;\n"
         "without it ON ERROR applies. No commands removes the handler.",
         cmd_on, false},
        {"ECHO", "", "ECHO [text]", "print text", {}, cmd_echo, false},
        {"ECHOF", "", "ECHOF [-n] \"text\"", "print a quoted string with escapes (-n: no newline)", {}, cmd_echof, false},
        {"EXIT", "QUIT BYE Q", "EXIT [status]", "leave simmon (status is decimal, default 0)", {}, cmd_exit, false},
        {"EXPECT", "", "EXPECT [-r] [-i] [-c] [-p] [dev:line] [HALTAFTER=n] [[count]] \"string\" [command;...]",
         "stop the run when the console (or a line, DZ:3) prints a string",
         "-r the string is a regular expression, -i ignore case, -c forget earlier output after\n"
         "the match, -p keep the rule after it fires. [count]: stop at the count-th match.\n"
         "HALTAFTER=n: stop n instructions after the match. The commands run\n"
         "after the stop. A run that ends at the RUNLIMIT with an EXPECT waiting fails the\n"
         "DO file (see ON EXPECT). dev:line watches a multiplexer line instead of the\n"
         "console: DZ:3, VH:0, COM:5.",
         cmd_expect},
        {"NOEXPECT", "", "NOEXPECT [dev:line] [\"string\"]", "remove EXPECT rules (all, or those for string)", {}, cmd_noexpect},
        {"SEND", "", "SEND [-t] [dev:line] [AFTER=n,][DELAY=n,] \"string\"", "type a string on the guest console (or a line)",
         "AFTER: time before the first character, DELAY: time between characters, both in\n"
         "instructions' simulated time (microseconds with -t), default 1000.\n"
         "Strings take \\r \\n \\t \\\\ \\\" \\ooo \\xHH. dev:line types on a multiplexer line\n"
         "instead of the console: SEND DZ:3 \"root\\r\".",
         cmd_send},
        {"SHIFT", "", "SHIFT", "in a DO file: %2 becomes %1, %3 becomes %2 ...", {}, cmd_shift, false},
        {"ASSERT", "", "ASSERT [NOT] condition", "fail (stopping the DO file) unless the condition holds",
         "The condition is written as for IF: ASSERT R0 == 0, ASSERT \"%1\" != \"\", ASSERT EXIST \"f\".",
         cmd_assert, false},
        {"SLEEP", "", "SLEEP n[s|m|h|d]", "wait n host seconds (or minutes, hours, days)", {}, cmd_sleep},
        {"NOSEND", "", "NOSEND [CONSOLE|dev:line]", "drop SEND input not yet typed", {}, cmd_nosend},
        {"RUNLIMIT", "", "RUNLIMIT n [unit]", "the same as SET RUNLIMIT", {}, cmd_runlimit},
        {"NORUNLIMIT", "", "NORUNLIMIT", "the same as SET NORUNLIMIT", {}, cmd_norunlimit},
        {"PWD", "", "PWD", "print the host's working directory", {}, cmd_pwd},
        {"CD", "", "CD [directory]", "change the host's working directory", {}, cmd_cd},
        {"DIR", "LS", "DIR [path]", "list a host directory", {}, cmd_dir},
        {"TYPE", "CAT", "TYPE file", "print a host file", {}, cmd_type},
        {"DELETE", "", "DELETE file", "delete a host file", {}, cmd_delete},
        {"COPY", "", "COPY from to", "copy a host file", {}, cmd_copy},
        {"HELP", "H ?", "HELP [command|device]", "list commands, or describe one command or device", {}, cmd_help},
    };
    return table;
}

}  // namespace simmon::scp
