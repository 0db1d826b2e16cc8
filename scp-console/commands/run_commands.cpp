// RUN, GO, CONTINUE, STEP, BOOT, and the one place a run starts and its stop is reported:
// the run limit, statistics, the console's run mode, stop messages and stop actions.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <fmt/format.h>

#include "core/text/case_compare.hpp"
#include "scp-console/commands/commands.hpp"
#include "scp-console/commands/common.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

namespace {

double process_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

std::string default_message(StopCode code) {
    switch (code) {
        case StopCode::Halt: return "HALT instruction";
        case StopCode::Breakpoint: return "Breakpoint";
        case StopCode::Watchpoint: return "Watchpoint";
        case StopCode::StepDone: return "Step expired";
        case StopCode::RunLimit: return "Run limit reached";
        case StopCode::UserInterrupt: return "Simulation stopped";
        case StopCode::ExpectMatched: return "Expect matched";
        case StopCode::GuestError: return "Guest error";
        case StopCode::Unimplemented: return "Unimplemented feature";
        case StopCode::Idle: return "CPU idle with nothing scheduled to wake it";
        case StopCode::ReplayEnd: return "Replay finished";
        case StopCode::ReplayDiverged: return "Replay diverged";
        case StopCode::None: break;
    }
    return "Simulation stopped";
}

// Reports a stop, queues its actions, and decides whether the run counts as a failure.
Status finish_run(Scp& scp, const StopInfo& info) {
    Machine& m = scp.machine();
    scp.last_stop() = info;
    // A matched EXPECT is the script's own doing: SIMH stops silently there too.
    if (info.code != StopCode::ExpectMatched) scp.out().write("\n" + describe_stop(m, info) + "\n");
    if (!info.actions.empty()) scp.queue_actions(info.actions);
    const std::string pending = scp.console().first_pending_expect();
    if ((info.code == StopCode::RunLimit || info.code == StopCode::Idle) && !pending.empty()) {
        scp.set_error_kind(ErrorKind::Expect);
        return Status::error(fmt::format("EXPECT {} not seen before the run stopped ({})", pending,
                                         info.code == StopCode::RunLimit ? "run limit" : "idle"));
    }
    if (info.code == StopCode::GuestError || info.code == StopCode::Unimplemented || info.code == StopCode::ReplayDiverged)
        return Status::error(fmt::format("Simulation failed: {}", info.message.empty() ? default_message(info.code) : info.message));
    return Status::ok();
}

Status optional_address(Scp& scp, CommandArgs& args, bool& given, Addr& addr) {
    given = !args.cursor.at_end();
    if (!given) return Status::ok();
    std::uint64_t v = 0;
    if (Status s = scp.evaluate(args.cursor.rest(), v); !s) return s;
    args.cursor.consume_rest();
    addr = v;
    return Status::ok();
}

}  // namespace

std::string describe_stop(Machine& machine, const StopInfo& stop) {
    std::string text = stop.message.empty() ? default_message(stop.code) : stop.message;
    const Addr pc = machine.cpu().pc();
    if (text.find("PC:") == std::string::npos) text += ", PC: " + format_pc(machine, pc);
    int used = 0;
    const std::string instruction = machine.cpu().disassemble(pc, 0, used);
    if (!instruction.empty()) text += " (" + instruction + ")";
    return text;
}

Status run_machine(Scp& scp, RunRequest request, bool skip_breakpoint_at_pc) {
    Machine& m = scp.machine();
    auto& limit = scp.settings().runlimit;
    if (limit) {
        if (*limit == 0) return finish_run(scp, StopInfo{StopCode::RunLimit, "Run limit reached", {}});
        if (request.max_instructions == 0 || request.max_instructions > *limit) {
            request.max_instructions = *limit;
            request.is_step = false;
        }
    }
    if (skip_breakpoint_at_pc) m.breakpoints().skip_once_at(m.cpu().pc());
    if (Status s = scp.console().wait_for_telnet_client(); !s) return s;

    const SimTime time_before = m.scheduler().now();
    const std::uint64_t counted_before = m.counted();
    const std::uint64_t instructions_before = m.cpu().instructions_executed();
    const double cpu_before = process_cpu_seconds();
    const auto wall_before = std::chrono::steady_clock::now();
    m.throttle().start(time_before);
    scp.console().begin_run();
    StopInfo info = m.run(request);
    // HALTAFTER: the guest runs on for the rule's count, then the stop counts as the match.
    while (info.code == StopCode::ExpectMatched) {
        const std::uint64_t more = scp.console().take_halt_after();
        if (more == 0) break;
        StopInfo after = m.run(RunRequest{more, true});
        if (after.code == StopCode::StepDone) break;
        if (!info.actions.empty()) after.actions = info.actions + (after.actions.empty() ? "" : ";" + after.actions);
        info = after;
    }
    scp.console().end_run();

    RunStats& stats = scp.stats();
    ++stats.runs;
    stats.instructions += m.cpu().instructions_executed() - instructions_before;
    stats.host_cpu_seconds += process_cpu_seconds() - cpu_before;
    stats.wall_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_before).count();
    if (limit) {
        // Every run costs at least one unit, so that a chain of runs that stop at once
        // (BREAK 100;GO 100) still reaches the limit.
        // Counted as the run counted its own limit: instructions plus idle time in
        // instruction times (RunRequest).
        const std::uint64_t used = std::max<std::uint64_t>(1, m.counted() - counted_before);
        *limit -= std::min(*limit, used);
        if (info.code == StopCode::RunLimit) *limit = 0;
    }
    return finish_run(scp, info);
}

Status cmd_run(Scp& scp, CommandArgs& args) {
    bool given = false;
    Addr addr = 0;
    if (Status s = optional_address(scp, args, given, addr); !s) return s;
    scp.machine().reset();
    if (given) scp.machine().cpu().set_pc(addr);
    return run_machine(scp, RunRequest{}, false);
}

Status cmd_go(Scp& scp, CommandArgs& args) {
    // GO UNTIL "text": SIMH's short form of EXPECT "text" then GO.
    if (iequals(args.cursor.peek_word(), "UNTIL")) {
        args.cursor.next_word();
        if (args.cursor.at_end()) return Status::error("GO UNTIL needs a string: GO UNTIL \"login:\"");
        CommandArgs expect{args.spec, "EXPECT", 0, Cursor(args.cursor.rest())};
        args.cursor.consume_rest();
        if (Status s = cmd_expect(scp, expect); !s) return s;
        return run_machine(scp, RunRequest{}, true);
    }
    bool given = false;
    Addr addr = 0;
    if (Status s = optional_address(scp, args, given, addr); !s) return s;
    if (given) scp.machine().cpu().set_pc(addr);
    return run_machine(scp, RunRequest{}, !given);
}

Status cmd_continue(Scp& scp, CommandArgs& args) {
    if (Status s = expect_end(args.cursor); !s) return s;
    return run_machine(scp, RunRequest{}, true);
}

Status cmd_step(Scp& scp, CommandArgs& args) {
    std::uint64_t count = 1;
    if (!args.cursor.at_end()) {
        if (Status s = parse_count(args.cursor.next_word(), count); !s) return s;
        if (count == 0) return Status::error("STEP count must be at least 1");
    }
    if (Status s = expect_end(args.cursor); !s) return s;
    return run_machine(scp, RunRequest{count, true}, true);
}

// BOOT without a unit (SIMH's documentation names none): the unit booted last, or else
// the only attached unit; with several attached the user has to say which.
Status default_boot_unit(Scp& scp, Unit*& unit) {
    Machine& m = scp.machine();
    if (!scp.settings().last_boot.empty()) return find_unit(m, scp.settings().last_boot, unit);
    std::vector<Unit*> attached;
    for (Device* d : m.devices())
        if (d->enabled())
            for (const auto& u : d->units())
                if (u->attached() && !u->disabled()) attached.push_back(u.get());
    if (attached.size() == 1) {
        unit = attached.front();
        return Status::ok();
    }
    if (attached.empty()) return Status::error("BOOT needs a unit (none is attached)");
    std::string names;
    for (Unit* u : attached) names += (names.empty() ? "" : ", ") + u->name();
    return Status::error(fmt::format("BOOT needs a unit: {} are attached", names));
}

Status cmd_boot(Scp& scp, CommandArgs& args) {
    Unit* unit = nullptr;
    if (args.cursor.at_end()) {
        if (Status s = default_boot_unit(scp, unit); !s) return s;
    } else if (Status s = find_unit(scp.machine(), args.cursor.next_word(), unit); !s) {
        return s;
    }
    if (Status s = expect_end(args.cursor); !s) return s;
    if (!unit->device().enabled()) return Status::error(fmt::format("{} is disabled", unit->device().name()));
    if (Status s = scp.machine().boot(*unit); !s) return s;
    scp.settings().last_boot = unit->name();
    scp.console().discard_typeahead();
    return run_machine(scp, RunRequest{}, false);
}

}  // namespace simmon::scp
