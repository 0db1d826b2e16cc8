// A command the machine added (machine_command.hpp): the SCP parses the switches, hands
// the rest of the line to the machine's handler and, when the handler asks, runs the
// machine as BOOT does.
#include "scp-console/commands/commands.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

Status cmd_machine(Scp& scp, CommandArgs& args) {
    const MachineCommand* command = args.spec->machine;
    if (!command || !command->handler) return Status::error(std::string(args.spec->name) + " has no handler");
    MachineCommandCall call;
    call.arguments = args.cursor.rest();
    call.switches = args.switches;
    call.print = [&scp](std::string_view line) { scp.out().line(line); };
    args.cursor.consume_rest();
    if (Status s = command->handler(call); !s) return s;
    if (call.start) return run_machine(scp, RunRequest{}, false);
    return Status::ok();
}

}  // namespace simmon::scp
