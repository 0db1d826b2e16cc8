// The SCP session: the Machine being simulated and everything the command language keeps
// between commands (settings, console rules, DO levels, run statistics). The executable
// makes one; tests make as many as they like, with captured output and any machine list.
#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/machine/machine.hpp"
#include "scp-console/command/command_table.hpp"
#include "scp-console/console/output.hpp"
#include "scp-console/console/scp_console_port.hpp"
#include "scp-console/expression/expression.hpp"
#include "scp-console/panel/panel_console.hpp"
#include "scp-console/script/script_engine.hpp"

namespace simmon::scp {

class HostTerminal;

// Why the last command failed: ON EXPECT handles Expect, ON ERROR everything.
enum class ErrorKind { General, Expect };

struct ScpSettings {
    bool interactive = false;    // reading commands from the user (throttle default, prompts)
    bool shell_enabled = false;  // SET SHELL ENABLED allows "!"
    std::optional<std::uint64_t> runlimit;  // SET RUNLIMIT: simulated time left to run
    std::map<std::string, std::string> env;  // SET ENV name=value
    bool verify = false;     // SET VERIFY: DO files echo their lines (as DO -v)
    bool messages = true;    // SET NOMESSAGE: DO files carry on past errors without printing them
    bool quiet = false;      // SET QUIET: no informational messages (ATTACH as with -q)
    std::string prompt = "sim> ";  // SET PROMPT
    std::string last_boot;         // the unit BOOT last started: BOOT alone boots it again
    bool idle = true;  // SET CPU IDLE|NOIDLE: real-time idling when a person is at the console
    // SET <dev> OCT|DEC|HEX, by device name (SIMH's data radix); none: the device's own.
    std::map<std::string, Radix> radix_override;
    std::optional<Radix> data_radix(const std::string& device) const {
        auto it = radix_override.find(device);
        return it == radix_override.end() ? std::nullopt : std::optional<Radix>(it->second);
    }
};

struct RunStats {
    std::uint64_t runs = 0;
    std::uint64_t instructions = 0;   // executed inside runs started by this session
    double host_cpu_seconds = 0;      // process CPU time spent inside those runs
    double wall_seconds = 0;
};

class Scp {
public:
    // Default throttle at the interactive console (batch runs are never throttled).
    static constexpr std::string_view kInteractiveThrottle = "10M";

    using PromptReader = std::function<std::optional<std::string>(const std::string& prompt)>;

    Scp(std::vector<MachineInfo> machines, Output& out, bool interactive);
    ~Scp();
    Scp(const Scp&) = delete;
    Scp& operator=(const Scp&) = delete;

    // Builds the named machine from the list (replacing any previous one).
    Status select_machine(std::string_view name);
    bool has_machine() const { return machine_ != nullptr; }
    Machine& machine() { return *machine_; }
    const MachineInfo* machine_info() const { return machine_info_; }
    const std::vector<MachineInfo>& machines() const { return machines_; }
    // The selected machine's own commands (IPL on the 360), as rows beside command_table().
    const std::vector<CommandSpec>& machine_commands() const { return machine_commands_; }
    // find_command over the SCP's table and the machine's commands.
    CommandMatch find_command(std::string_view word) const;

    Output& out() { return out_; }
    ScpConsolePort& console() { return console_; }
    ScriptEngine& scripts() { return scripts_; }
    ScpSettings& settings() { return settings_; }
    // Real-time idling (Throttle::set_idle_real_time) is on when SET CPU IDLE is and the
    // console is a terminal, and for the machine's terminal lines (set_idle_for_lines) when
    // SET CPU IDLE is; called when either changes and for each new machine.
    void apply_idle_policy();
    RunStats& stats() { return stats_; }

    // Lets the host keyboard reach the guest and SIGINT/WRU stop runs (the executable).
    void enable_host_terminal();
    // The same with keystrokes read from `input_fd` (a pipe or pty) instead of stdin.
    void enable_host_terminal(int input_fd);
    // Around a DO file: Ctrl-C (SIGINT) is caught; true once after one arrived.
    void begin_script();
    void end_script();
    bool take_script_interrupt();
    // True once after a Ctrl-C at the sim> prompt (run_interactive catches it there).
    bool take_prompt_interrupt();
    // Where IEXAMINE/IDEPOSIT read their answers; none => those commands fail.
    void set_prompt_reader(PromptReader reader) { prompt_reader_ = std::move(reader); }
    std::optional<std::string> prompt(const std::string& text);

    // One command line, then any actions it produced (breakpoint, EXPECT, IF, ON ...).
    // Errors are returned, not printed.
    Status execute_line(std::string_view line);
    // Runs a ';'-separated action list now (ON handlers).
    Status run_actions(std::string_view actions);
    // Queues actions to run right after the current command.
    void queue_actions(std::string_view actions);
    // GOTO/RETURN/EXIT: the rest of the pending action lists is dropped.
    void abandon_actions() { abandon_ = true; }
    void clear_abandon() { abandon_ = false; }

    ErrorKind last_error_kind() const { return error_kind_; }
    void set_error_kind(ErrorKind k) { error_kind_ = k; }

    void request_exit(int status);
    bool exit_requested() const { return exit_requested_; }
    int exit_status() const { return exit_status_; }

    // Batch mode: DO script, then the process exit status.
    int run_batch(const std::string& script, const std::vector<std::string>& args);
    // Reads and runs commands until EXIT or end of input; returns the exit status.
    int run_interactive(const std::function<std::optional<std::string>()>& read_command);

    // Expression context for this machine: CPU registers, DEV.REG, [memory].
    ExpressionContext expression_context(Radix radix);
    Status evaluate(std::string_view text, std::uint64_t& value);
    Status evaluate(std::string_view text, Radix radix, std::uint64_t& value);

    // Tab completion candidates for the word being typed at the end of `line`.
    std::vector<std::string> complete(std::string_view line);

    // The last stop of a run, for CONTINUE after a breakpoint and SHOW messages.
    StopInfo& last_stop() { return last_stop_; }

    // SET PANEL: the machine's front panel window (panel/panel_console.hpp).
    PanelConsole& panel() { return panel_; }
    // A command the panel asks for while the prompt waits: CONTINUE after its START or
    // CONT switch (the line reader runs it as if typed).
    std::optional<std::string> panel_command();

private:
    Status dispatch(std::string_view line);
    Status shell_command(std::string_view command);

    std::vector<MachineInfo> machines_;
    Output& out_;
    ScpConsolePort console_;  // declared before machine_: the machine holds a pointer to it
    std::unique_ptr<HostTerminal> host_;
    std::unique_ptr<Machine> machine_;
    const MachineInfo* machine_info_ = nullptr;
    std::vector<CommandSpec> machine_commands_;  // point into *machine_
    ScriptEngine scripts_;
    ScpSettings settings_;
    RunStats stats_;
    PromptReader prompt_reader_;
    std::vector<std::deque<std::string>> action_levels_;
    bool abandon_ = false;
    ErrorKind error_kind_ = ErrorKind::General;
    bool exit_requested_ = false;
    int exit_status_ = 0;
    StopInfo last_stop_;
    PanelConsole panel_;  // after machine_: its window is closed before the machine goes
};

}  // namespace simmon::scp
