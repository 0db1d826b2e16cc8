#include "core/hostio/host_input.hpp"

#include <climits>
#include <fmt/format.h>

#include "core/machine/machine.hpp"

namespace simmon {

namespace {
// Live bytes read and dropped per take while a source is replayed: enough to keep up
// with a typist or a paste, bounded so a flood cannot hold up the simulation.
constexpr int kDrainLimit = 256;
// REPLAY-END runs after every other event due at the same time: the recording ended
// after the events of its last instant had run (the run loop stops only between them).
constexpr int kReplayEndPriority = INT_MAX;
}  // namespace

HostInput::HostInput(Machine& machine) : machine_(machine) {
    add_source("CONSOLE", [this](bool) { return machine_.console().read_event(); });
    end_event_ = machine.scheduler().add_handler("REPLAY-END", [this] { replay_end_event(); }, kReplayEndPriority);
}

HostInput::~HostInput() { (void)stop_recording(); }

HostInput::SourceId HostInput::add_source(std::string name, LiveSource live, std::function<void()> wake) {
    names_.push_back(std::move(name));
    live_.push_back(std::move(live));
    wake_.push_back(std::move(wake));
    scripts_.push_back(nullptr);
    replayed_.push_back(false);
    queues_.emplace_back();
    next_.push_back(0);
    return static_cast<SourceId>(names_.size() - 1);
}

HostInput::SourceId HostInput::find_source(const std::string& name) const {
    for (SourceId i = 0; i < names_.size(); ++i)
        if (names_[i] == name) return i;
    return kNoSource;
}

std::uint64_t HostInput::instructions() const { return machine_.instructions_executed(); }

void HostInput::set_script(SourceId source, LineScript* script) {
    if (source < scripts_.size()) scripts_[source] = script;
}

void HostInput::wake(SourceId source) {
    if (source < wake_.size() && wake_[source]) wake_[source]();
}

HostEvent HostInput::offer(SourceId source, bool data_wanted) {
    if (data_wanted && scripts_[source]) {
        const int c = scripts_[source]->next_byte(machine_.scheduler().now());
        if (c >= 0) return HostEvent::data(static_cast<std::uint8_t>(c));
    }
    return live_[source](data_wanted);
}

HostEvent HostInput::take(SourceId source, bool data_wanted) {
    if (source >= live_.size()) return {};
    HostEvent ev;
    if (replaying_ && replayed_[source]) {
        // The log speaks for this source: what the host offers now is read and dropped.
        for (int i = 0; i < kDrainLimit; ++i)
            if (!offer(source, true).is_data()) break;
        std::size_t& n = next_[source];
        const std::vector<std::uint32_t>& queue = queues_[source];
        if (n >= queue.size()) return {};
        const HostInputRecord& r = replay_.records[queue[n]];
        const SimTime now = machine_.scheduler().now();
        if (r.time > now) return {};
        if (r.time < now) {
            diverged(fmt::format("{} input recorded at time {} was not taken until {}", names_[source], r.time, now));
            return {};
        }
        if (!data_wanted && r.event.is_data()) return {};
        if (r.instructions != instructions()) {
            diverged(fmt::format("{} input at time {} was recorded after {} instructions, replayed after {}", names_[source], r.time,
                                 r.instructions, instructions()));
            return {};
        }
        ++n;
        ++delivered_;
        ev = r.event;
    } else {
        ev = offer(source, data_wanted);
    }
    if (ev && writer_.is_open()) {
        const SimTime now = machine_.scheduler().now();
        if (now < last_recorded_) {
            // RESTORE or REVERT took the machine back in time: the log cannot follow.
            (void)stop_recording();
            record_note_ = "recording ended when simulated time went back (RESTORE)";
        } else {
            writer_.add(HostInputRecord{now, instructions(), source, ev});
            last_recorded_ = now;
            last_recorded_instructions_ = instructions();
        }
    }
    return ev;
}

void HostInput::poll_host() { machine_.console().poll_host(); }

void HostInput::end_run() { writer_.flush(); }

Status HostInput::start_recording(const std::string& path) {
    if (Status s = stop_recording(); !s) return s;
    HostInputLog header;
    header.machine = machine_.name();
    header.start_time = machine_.scheduler().now();
    header.start_instructions = instructions();
    header.sources = names_;
    if (Status s = writer_.open(path, header); !s) return s;
    last_recorded_ = header.start_time;
    last_recorded_instructions_ = header.start_instructions;
    record_note_.clear();
    return Status::ok();
}

Status HostInput::stop_recording() {
    if (!writer_.is_open()) return Status::ok();
    SimTime end = machine_.scheduler().now();
    std::uint64_t count = instructions();
    if (end < last_recorded_ || count < last_recorded_instructions_) {
        end = last_recorded_;
        count = last_recorded_instructions_;
    }
    return writer_.finish(end, count);
}

Status HostInput::start_replay(const std::string& path) {
    HostInputLog log;
    if (Status s = read_host_input_log(path, log); !s) return s;
    if (log.machine != machine_.name())
        return Status::error(fmt::format("{}: recorded on a {}, this is a {}", path, log.machine, machine_.name()));
    std::vector<SourceId> ids;
    for (const std::string& name : log.sources) {
        const SourceId id = find_source(name);
        if (id == kNoSource) return Status::error(fmt::format("{}: has input for {}, which this machine does not have", path, name));
        ids.push_back(id);
    }
    const SimTime now = machine_.scheduler().now();
    if (now != log.start_time || instructions() != log.start_instructions)
        return Status::error(fmt::format("{}: recording began at time {} after {} instructions; this machine is at time {} after {} "
                                         "(replay from the same point as the recording)",
                                         path, log.start_time, log.start_instructions, now, instructions()));
    stop_replay();
    replay_ = std::move(log);
    replay_path_ = path;
    for (std::uint32_t i = 0; i < replay_.records.size(); ++i) queues_[ids[replay_.records[i].source]].push_back(i);
    for (SourceId id : ids) replayed_[id] = true;
    delivered_ = 0;
    replaying_ = true;
    machine_.scheduler().activate(end_event_, replay_.end_time - now);
    return Status::ok();
}

void HostInput::stop_replay() {
    if (!replaying_) return;
    replaying_ = false;
    machine_.scheduler().cancel(end_event_);
    for (SourceId i = 0; i < names_.size(); ++i) {
        replayed_[i] = false;
        queues_[i].clear();
        next_[i] = 0;
    }
    replay_.records.clear();
}

void HostInput::diverged(const std::string& why) {
    stop_replay();
    machine_.request_stop(StopCode::ReplayDiverged, "Replay diverged: " + why);
}

void HostInput::replay_end_event() {
    if (!replaying_ || machine_.scheduler().now() != replay_.end_time) return;
    const std::size_t left = replay_.records.size() - delivered_;
    if (left != 0) {
        diverged(fmt::format("{} recorded input event{} never taken", left, left == 1 ? " was" : "s were"));
        return;
    }
    if (instructions() != replay_.end_instructions) {
        diverged(fmt::format("the recording ended after {} instructions, the replay after {}", replay_.end_instructions, instructions()));
        return;
    }
    const std::string message = fmt::format("Replay of {} finished ({} input events)", replay_path_, delivered_);
    stop_replay();
    machine_.request_stop(StopCode::ReplayEnd, message);
}

std::string HostInput::describe_recording() const {
    if (writer_.is_open()) return fmt::format("recording input to {} ({} events)", writer_.path(), writer_.events());
    return record_note_.empty() ? std::string("no input recording") : "no input recording (" + record_note_ + ")";
}

std::string HostInput::describe_replay() const {
    if (!replaying_) return "no replay";
    return fmt::format("replaying {} ({} of {} events taken, ends at time {})", replay_path_, delivered_, replay_.records.size(),
                       replay_.end_time);
}

}  // namespace simmon
