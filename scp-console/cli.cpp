#include "scp-console/cli.hpp"

#include <cstdio>
#include <fmt/format.h>

#include "scp-console/console/host_terminal.hpp"
#include "scp-console/console/line_reader.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

namespace {

constexpr const char* kUsage =
    "usage: simmon MACHINE                 interactive console\n"
    "       simmon MACHINE SCRIPT [ARGS]   run SCRIPT (a DO file) and exit with its status\n"
    "       simmon --list-machines | --version | --help\n";

void list_machines(const std::vector<MachineInfo>& machines) {
    for (const MachineInfo& m : machines) std::printf("%-10s %s\n", m.name.c_str(), m.description.c_str());
}

}  // namespace

int simmon_main(const std::vector<std::string>& args, const std::vector<MachineInfo>& machines) {
    if (args.empty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const std::string& first = args.front();
    if (first == "--version") {
        std::printf("simmon %s\n", SIMMON_VERSION);
        return 0;
    }
    if (first == "--help" || first == "-h") {
        std::fputs(kUsage, stdout);
        std::puts("\nMachines:");
        list_machines(machines);
        std::puts("\nType HELP at the sim> prompt for the command language.");
        return 0;
    }
    if (first == "--list-machines") {
        list_machines(machines);
        return 0;
    }
    if (first.starts_with("-")) {
        std::fprintf(stderr, "simmon: unknown option %s\n%s", first.c_str(), kUsage);
        return 2;
    }

    const bool batch = args.size() >= 2;
    Output out(stdout);
    Scp scp(machines, out, !batch);
    if (Status s = scp.select_machine(first); !s) {
        std::fprintf(stderr, "simmon: %s\n", s.message().c_str());
        return 2;
    }
    // SIGINT always stops a run like WRU and ends DO files cleanly (a batch run killed by
    // its parent's Ctrl-C still reports where it stopped). Keystrokes reach the guest only
    // from a terminal (HostTerminal does not read a piped stdin).
    scp.enable_host_terminal();
    LineReader reader([&scp](std::string_view line) { return scp.complete(line); });
    reader.set_interrupt_check([&scp] { return scp.take_prompt_interrupt(); });
    reader.set_idle_command([&scp] { return scp.panel_command(); });
    scp.set_prompt_reader([&reader](const std::string& prompt) { return reader.read(prompt); });

    if (batch) {
        const std::vector<std::string> script_args(args.begin() + 2, args.end());
        return scp.run_batch(args[1], script_args);
    }
    out.line(fmt::format("simmon {}: {}", SIMMON_VERSION, scp.machine().description()));
    return scp.run_interactive([&reader, &scp] { return reader.read(scp.settings().prompt); });
}

}  // namespace simmon::scp
