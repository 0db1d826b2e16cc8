#include "scp-console/session.hpp"

#include <cstdlib>
#include <exception>
#include <fmt/format.h>

#include "core/text/case_compare.hpp"
#include "scp-console/command/command_switches.hpp"
#include "scp-console/command/command_table.hpp"
#include "scp-console/console/host_terminal.hpp"

namespace simmon::scp {

namespace {
constexpr std::size_t kMaxActionNesting = 64;

// An error is one short line even when it quotes what the user typed: control characters
// in the message (a newline pasted into a command, an escape sequence) are shown as ^X,
// and a message quoting a huge pasted line keeps only its beginning and end.
constexpr std::size_t kMaxMessage = 400;
constexpr std::size_t kMessageHead = 240;
constexpr std::size_t kMessageTail = 120;

Status one_line(Status st) {
    if (st) return st;
    const std::string& m = st.message();
    bool clean = m.size() <= kMaxMessage;
    for (char c : m) clean = clean && static_cast<unsigned char>(c) >= 32 && c != 0177;
    if (clean) return st;
    std::string out;
    for (char c : m) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0177) {
            out += "^?";
        } else if (u < 32) {
            out += '^';
            out += static_cast<char>(u + '@');
        } else {
            out += c;
        }
    }
    if (out.size() > kMaxMessage)
        out = fmt::format("{} ...[{} characters left out]... {}", out.substr(0, kMessageHead),
                          out.size() - kMessageHead - kMessageTail, out.substr(out.size() - kMessageTail));
    return Status::error(out);
}
}  // namespace

Scp::Scp(std::vector<MachineInfo> machines, Output& out, bool interactive)
    : machines_(std::move(machines)), out_(out), console_(out), scripts_(*this) {
    settings_.interactive = interactive;
}

Scp::~Scp() {
    if (machine_) panel_.close(*machine_);
    if (machine_) machine_->detach_all();
}

void Scp::enable_host_terminal() {
    if (!host_) host_ = std::make_unique<HostTerminal>();
    if (machine_) console_.bind(*machine_, host_.get());
    apply_idle_policy();
}

void Scp::enable_host_terminal(int input_fd) {
    if (!host_) host_ = std::make_unique<HostTerminal>(input_fd);
    if (machine_) console_.bind(*machine_, host_.get());
    apply_idle_policy();
}

void Scp::apply_idle_policy() {
    if (!machine_) return;
    machine_->throttle().set_idle_real_time(settings_.idle && host_ && host_->is_terminal());
    machine_->throttle().set_idle_for_lines(settings_.idle);
}

void Scp::begin_script() {
    if (host_) host_->begin_script();
}

void Scp::end_script() {
    if (host_) host_->end_script();
}

bool Scp::take_script_interrupt() { return host_ && host_->take_script_interrupt(); }

bool Scp::take_prompt_interrupt() { return host_ && host_->take_prompt_interrupt(); }

Status Scp::select_machine(std::string_view name) {
    const MachineInfo* info = nullptr;
    for (const MachineInfo& m : machines_)
        if (iequals(m.name, name)) info = &m;
    if (!info) {
        std::vector<std::string> names;
        for (const MachineInfo& m : machines_) names.push_back(m.name);
        const std::string near = nearest_name(name, names);
        if (!near.empty()) return Status::error(fmt::format("Unknown machine: {}; did you mean {}?", name, near));
        return Status::error(fmt::format("Unknown machine: {} (simmon --list-machines lists them)", name));
    }
    // Build and check the new machine before the old one goes, so that a machine the SCP
    // refuses leaves the session as it was.
    std::unique_ptr<Machine> fresh = info->create();
    if (!fresh) return Status::error(fmt::format("Machine {} could not be built", info->name));
    if (Status s = check_machine_commands(fresh->commands()); !s)
        return Status::error(fmt::format("Machine {} refused: {}", info->name, s.message()));
    if (machine_) panel_.close(*machine_);
    if (machine_) machine_->detach_all();
    console_.unbind();
    machine_commands_.clear();
    machine_ = std::move(fresh);
    machine_info_ = info;
    settings_.radix_override.clear();  // SET dev OCT|HEX named the old machine's devices
    settings_.last_boot.clear();
    machine_commands_ = machine_command_specs(machine_->commands());
    console_.bind(*machine_, host_.get());
    if (settings_.interactive) (void)machine_->throttle().configure(kInteractiveThrottle);
    apply_idle_policy();
    return Status::ok();
}

CommandMatch Scp::find_command(std::string_view word) const { return scp::find_command(word, machine_commands_); }

std::optional<std::string> Scp::prompt(const std::string& text) {
    if (!prompt_reader_) return std::nullopt;
    return prompt_reader_(text);
}

void Scp::request_exit(int status) {
    exit_requested_ = true;
    exit_status_ = status;
    abandon_actions();
}

void Scp::queue_actions(std::string_view actions) {
    if (action_levels_.empty()) action_levels_.emplace_back();
    std::vector<std::string> parts = split_actions(actions);
    auto& q = action_levels_.back();
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) q.push_front(*it);
}

Status Scp::execute_line(std::string_view line) {
    error_kind_ = ErrorKind::General;
    line = trim(line);
    if (line.empty() || line.front() == ';' || line.front() == '#' || line.front() == ':') return Status::ok();
    if (action_levels_.size() >= kMaxActionNesting)
        return Status::error("Commands nest too deeply (a DO, IF or action list calls itself?)");
    // The outermost command holds the machine against the panel thread (panel_link.hpp).
    PanelConsole::Guard panel_guard;
    if (action_levels_.empty()) {
        abandon_ = false;
        console_.forget_user_stop();
        if (machine_) panel_.reap(*machine_);
        panel_guard = panel_.lock();
    }
    action_levels_.emplace_back();
    Status st = dispatch(line);
    while (st && !exit_requested_) {
        auto& q = action_levels_.back();
        if (abandon_) q.clear();
        if (q.empty()) break;
        // Actions that run the machine again (BREAK 100;CONTINUE) can chain runs too short
        // for the keyboard poll to see WRU; the console caught it as each run ended.
        if (console_.take_user_stop()) {
            out_.line(fmt::format("Stopped by the user; {} queued command{} dropped", q.size(), q.size() == 1 ? "" : "s"));
            abandon_actions();
            break;
        }
        const std::string next = q.front();
        q.pop_front();
        st = dispatch(next);
    }
    action_levels_.pop_back();
    return one_line(std::move(st));
}

Status Scp::run_actions(std::string_view actions) {
    for (const std::string& a : split_actions(actions)) {
        if (exit_requested_ || abandon_) break;
        if (Status s = execute_line(a); !s) return s;
    }
    return Status::ok();
}

Status Scp::dispatch(std::string_view line) {
    error_kind_ = ErrorKind::General;
    line = trim(line);
    if (line.empty() || line.front() == ';' || line.front() == '#') return Status::ok();
    if (line.front() == '!') return shell_command(line.substr(1));
    CommandArgs args;
    args.cursor = Cursor(line);
    args.typed = args.cursor.next_word();
    const CommandMatch match = find_command(args.typed);
    if (!match.spec) return Status::error(match.error);
    args.spec = match.spec;
    if (match.spec->takes_switches) {
        args.switches = args.cursor.take_switches();
        // Never an ignored switch: what the command and the machine take, or an error.
        const SwitchRule rule = switch_rule(*match.spec);
        Switches allowed = rule.letters;
        if (rule.more == MoreSwitches::AddressSpaces && machine_) allowed |= machine_->cpu().machine_switches();
        if (rule.more != MoreSwitches::Handler)
            if (Status s = check_switches(match.spec->name, args.switches, allowed); !s) return s;
    }
    if (!machine_ && match.spec->name != "HELP" && match.spec->name != "EXIT" && match.spec->name != "ECHO")
        return Status::error("No machine selected");
    // Nothing a user types may take simmon down: an exception from a command or from the
    // machine (out of memory for a huge HISTORY, a library error) becomes its message.
    try {
        return match.spec->handler(*this, args);
    } catch (const std::exception& e) {
        console_.end_run();
        return Status::error(fmt::format("{} failed: internal error: {}", match.spec->name, e.what()));
    }
}

Status Scp::shell_command(std::string_view command) {
    if (!settings_.shell_enabled)
        return Status::error("Host commands (!) are disabled; SET SHELL ENABLED allows them");
    const std::string cmd(trim(command));
    std::fflush(stdout);
    const int rc = std::system(cmd.empty() ? "${SHELL:-/bin/sh}" : cmd.c_str());
    if (rc != 0) return Status::error(fmt::format("Host command exited with status {}", rc));
    return Status::ok();
}

int Scp::run_batch(const std::string& script, const std::vector<std::string>& args) {
    Status st = scripts_.run_file(script, args, false);
    if (exit_requested_) return exit_status_;
    if (!st) {
        out_.line(st.message());
        return 1;
    }
    return 0;
}

std::optional<std::string> Scp::panel_command() {
    if (machine_ && panel_.take_run_request()) return std::string("CONTINUE");
    return std::nullopt;
}

int Scp::run_interactive(const std::function<std::optional<std::string>()>& read_command) {
    while (!exit_requested_) {
        if (host_) host_->begin_prompt();
        std::optional<std::string> line = read_command();
        if (host_) host_->end_prompt();
        if (!line) break;
        Status st = execute_line(*line);
        if (!st) out_.line(st.message());
    }
    return exit_requested_ ? exit_status_ : 0;
}

}  // namespace simmon::scp
