// Handlers of the command table, one family per file in this folder.
#pragma once
#include "core/machine/machine.hpp"
#include "scp-console/command/command_table.hpp"

namespace simmon::scp {

// run_commands.cpp
Status cmd_run(Scp&, CommandArgs&);
Status cmd_go(Scp&, CommandArgs&);
Status cmd_continue(Scp&, CommandArgs&);
Status cmd_step(Scp&, CommandArgs&);
Status cmd_boot(Scp&, CommandArgs&);
// examine_deposit.cpp
Status cmd_examine(Scp&, CommandArgs&);
Status cmd_deposit(Scp&, CommandArgs&);
Status cmd_iexamine(Scp&, CommandArgs&);
Status cmd_ideposit(Scp&, CommandArgs&);
Status cmd_evaluate(Scp&, CommandArgs&);
// set_command.cpp, show_command.cpp
Status cmd_set(Scp&, CommandArgs&);
Status cmd_show(Scp&, CommandArgs&);
// device_commands.cpp
Status cmd_attach(Scp&, CommandArgs&);
Status cmd_detach(Scp&, CommandArgs&);
Status cmd_reset(Scp&, CommandArgs&);
Status cmd_load(Scp&, CommandArgs&);
Status cmd_dump(Scp&, CommandArgs&);
Status cmd_save(Scp&, CommandArgs&);
Status cmd_restore(Scp&, CommandArgs&);
Status cmd_snapshot(Scp&, CommandArgs&);
Status cmd_revert(Scp&, CommandArgs&);
// breakpoints.cpp
Status cmd_break(Scp&, CommandArgs&);
Status cmd_nobreak(Scp&, CommandArgs&);
// scripting.cpp
Status cmd_do(Scp&, CommandArgs&);
Status cmd_goto(Scp&, CommandArgs&);
Status cmd_call(Scp&, CommandArgs&);
Status cmd_return(Scp&, CommandArgs&);
Status cmd_if(Scp&, CommandArgs&);
Status cmd_on(Scp&, CommandArgs&);
Status cmd_echo(Scp&, CommandArgs&);
Status cmd_echof(Scp&, CommandArgs&);
Status cmd_exit(Scp&, CommandArgs&);
// expect_send.cpp
Status cmd_expect(Scp&, CommandArgs&);
Status cmd_noexpect(Scp&, CommandArgs&);
Status cmd_send(Scp&, CommandArgs&);
// help.cpp
Status cmd_help(Scp&, CommandArgs&);
// host_commands.cpp
Status cmd_pwd(Scp&, CommandArgs&);
Status cmd_cd(Scp&, CommandArgs&);
Status cmd_dir(Scp&, CommandArgs&);
Status cmd_type(Scp&, CommandArgs&);
Status cmd_delete(Scp&, CommandArgs&);
Status cmd_copy(Scp&, CommandArgs&);
// simh_scripting.cpp
Status cmd_shift(Scp&, CommandArgs&);
Status cmd_assert(Scp&, CommandArgs&);
Status cmd_sleep(Scp&, CommandArgs&);
Status cmd_nosend(Scp&, CommandArgs&);
Status cmd_runlimit(Scp&, CommandArgs&);
Status cmd_norunlimit(Scp&, CommandArgs&);
// IF's and ASSERT's condition (scripting.cpp): [NOT] [-i] "a" op "b" | [-f] | EXIST "file" |
// expression. `rest` is what follows the condition.
Status evaluate_condition(Scp& scp, Cursor& c, bool& condition, std::string_view& rest);
// SET RUNLIMIT n [unit] and SET NORUNLIMIT (set_command.cpp), also commands of their own.
Status set_runlimit(Scp& scp, Cursor& c);
Status set_norunlimit(Scp& scp, Cursor& c);
// machine_commands.cpp: every command a machine adds (CommandSpec::machine says which)
Status cmd_machine(Scp&, CommandArgs&);

// Runs the machine and reports the stop (run_commands.cpp); used by RUN, GO, BOOT ...
Status run_machine(Scp& scp, RunRequest request, bool skip_breakpoint_at_pc);
// "HALT instruction, PC: 001234 (MOV R0,R1)"
std::string describe_stop(Machine& machine, const StopInfo& stop);

}  // namespace simmon::scp

namespace simmon::scp {

// SET and SHOW keywords (not devices), with help; SET/SHOW, HELP and completion read these.
struct Keyword {
    std::string_view name;
    std::string_view aliases;  // other accepted spellings, space separated
    std::string_view help;
    Status (*handler)(Scp&, Cursor&);
};
const std::vector<Keyword>& set_keywords();
const std::vector<Keyword>& show_keywords();
// SHOW SNAPSHOTS (snapshot_commands.cpp).
Status show_snapshots(Scp&, Cursor&);
// A keyword by name, alias or unique prefix; null when none (ambiguous counts as none).
const Keyword* find_keyword(const std::vector<Keyword>& table, std::string_view word);
// SET and SHOW: runs `on_device` for a device or unit named by the next word, else the
// keyword's handler; an unknown word gets an error that suggests the nearest name.
using DeviceCommand = Status (*)(Scp&, Device&, Unit*, Cursor&);
Status device_or_keyword(Scp& scp, Cursor& c, std::string_view verb, const std::vector<Keyword>& keywords,
                         DeviceCommand on_device);

}  // namespace simmon::scp
