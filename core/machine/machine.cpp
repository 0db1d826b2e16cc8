// The machine object and its run loop. The loop hands the CPU slices that end at the
// next scheduled event, so events fire at exactly their simulated time; an event that a
// device schedules during the slice shortens it (cpu_slice.hpp). While the CPU waits for
// an interrupt, time jumps to the next event instead of spinning.
#include "core/machine/machine.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "core/text/case_compare.hpp"

namespace simmon {

namespace {

// Longest slice without any event, in instructions: bounds how long a run goes between
// throttle checks.
constexpr std::uint64_t kHorizon = 100'000;
// Instructions' worth of simulated time between throttle checks (reading the clock every
// slice would cost more than short slices do).
constexpr std::uint64_t kPaceInterval = 10'000;
// Simulated time between looks at the host (keyboard, WRU, SIGINT). The loop does this
// itself rather than through an event, so the guest's queue holds only the guest.
constexpr SimTime kHostPollInterval = msec(10);

}  // namespace

Machine::Machine(std::string name, std::string description, Radix radix)
    : name_(std::move(name)), description_(std::move(description)), radix_(radix) {
    breakpoints_.set_radix(radix);
}

Machine::~Machine() {
    (void)host_input_.stop_recording();
    detach_all();
}

void Machine::set_cpu(std::unique_ptr<Cpu> cpu) {
    if (cpu_) std::erase(device_order_, static_cast<Device*>(cpu_.get()));
    cpu_ = std::move(cpu);
    device_order_.insert(device_order_.begin(), cpu_.get());
    std::vector<int> bits;
    for (const AddressSpace& s : cpu_->address_spaces()) bits.push_back(s.address_bits);
    breakpoints_.set_space_address_bits(std::move(bits));
}

void Machine::register_device(std::unique_ptr<Device> d) {
    device_order_.push_back(d.get());
    owned_devices_.push_back(std::move(d));
}

Device* Machine::find_device(std::string_view name) const {
    for (Device* d : device_order_)
        if (iequals(d->name(), name)) return d;
    for (Device* d : device_order_)
        if (d->answers_to(name)) return d;
    return nullptr;
}

std::pair<Device*, Unit*> Machine::find_unit(std::string_view name) const {
    for (Device* d : device_order_)
        if (Unit* u = d->find_unit(name)) return {d, u};
    if (Device* d = find_device(name)) return {d, d->units().empty() ? nullptr : d->units().front().get()};
    return {nullptr, nullptr};
}

const Machine::UnmodelledDevice* Machine::find_unmodelled(std::string_view name) const {
    for (const UnmodelledDevice& d : unmodelled_) {
        if (name.size() < d.name.size() || !iequals(name.substr(0, d.name.size()), d.name)) continue;
        std::string_view unit = name.substr(d.name.size());
        if (std::all_of(unit.begin(), unit.end(), [](char c) { return c >= '0' && c <= '9'; })) return &d;
    }
    return nullptr;
}

void Machine::set_console(ConsolePort* port) { console_ = port ? port : &null_console_; }

void Machine::request_stop(StopCode code, std::string message, std::string actions) {
    if (signals_.stop) return;  // the first reason found in an instruction is the one reported
    signals_.stop = true;
    signals_.info.code = code;
    signals_.info.message = std::move(message);
    signals_.info.actions = std::move(actions);
    if (cpu_) cpu_->slice().end_at(cpu_->slice().done());
}

StopInfo Machine::run(const RunRequest& request) {
    signals_.stop = false;
    signals_.info = StopInfo{};
    breakpoints_.skip_once_at(cpu_->pc());
    // Time is in ns; the CPU counts instructions. One conversion per slice: the time to
    // the next event becomes a budget of instructions (rounded up, so the slice reaches
    // the event), and the instructions done become time.
    const SimTime unit = cpu_->instruction_time();
    throttle_.set_instruction_time(unit);
    throttle_.start(scheduler_.now());

    // The limit counts instructions plus idle time skipped, in instruction times, so a
    // run limit also ends a run whose guest just waits for its clock.
    const std::uint64_t limit = request.max_instructions;
    std::uint64_t elapsed = 0;
    SimTime idle_carry = 0;  // idle ns not yet a whole instruction time
    SimTime last_pace = scheduler_.now();
    SimTime last_host_poll = scheduler_.now();
    auto limit_reached = [&] {
        if (limit == 0 || elapsed < limit) return false;
        if (request.is_step)
            request_stop(StopCode::StepDone, "Step expired");
        else
            request_stop(StopCode::RunLimit, "Run limit reached");
        return true;
    };

    while (!signals_.stop) {
        const SimTime to_next = scheduler_.time_to_next(kHorizon * unit);
        if (to_next == 0) {
            scheduler_.advance(0);  // events due now run before the next instruction
            continue;
        }
        std::uint64_t budget = to_next / unit + (to_next % unit != 0);
        if (limit != 0) budget = std::min<std::uint64_t>(budget, limit - elapsed);

        scheduler_.attach_slice(&cpu_->slice());
        const std::uint64_t n = cpu_->execute(budget);
        scheduler_.attach_slice(nullptr);
        elapsed += n;
        counted_ += n;
        scheduler_.advance(n * unit);
        if (panel_tap_) panel_tap_->slice_end(n, cpu_->waiting());
        if (signals_.stop || limit_reached()) break;

        if (cpu_->waiting()) {
            if (scheduler_.empty()) {
                request_stop(StopCode::Idle, "CPU idle with nothing scheduled");
                break;
            }
            SimTime skip = scheduler_.time_to_next(~SimTime{0});
            // Idle time counts against the limit in whole instruction times; the part of
            // one left over carries to the next skip, so nothing is lost within a run.
            SimTime room = limit != 0 ? (limit - elapsed) * unit - idle_carry : ~SimTime{0};
            // Real-time idling goes in short steps, so that the host input polled between
            // them reaches the guest at the simulated time the key was typed. It is on
            // when a person types at the console, or (idle_for_lines) at a terminal line
            // of the machine's own; scripts and tests have neither and skip at once.
            const bool real_time =
                throttle_.idle_real_time() || (throttle_.idle_for_lines() && live_terminal());
            if (real_time) room = std::min(room, Throttle::kIdleStep);
            if (skip >= room) {
                skip = room;
                scheduler_.advance(skip);
            } else {
                skip = scheduler_.skip_to_next();
            }
            idle_carry += skip;
            elapsed += idle_carry / unit;
            counted_ += idle_carry / unit;
            idle_carry %= unit;
            throttle_.idle(skip, real_time);
            if (signals_.stop || limit_reached()) break;
        }
        if (throttle_.enabled() && scheduler_.now() - last_pace >= kPaceInterval * unit) {
            last_pace = scheduler_.now();
            throttle_.pace(last_pace);
        }
        if (scheduler_.now() - last_host_poll >= kHostPollInterval) {
            last_host_poll = scheduler_.now();
            host_input_.poll_host();
        }
    }
    host_input_.end_run();
    return signals_.info;
}

std::unique_ptr<PanelModel> Machine::make_panel(std::string& why_not) {
    why_not = "the " + name_ + " has no front panel drawn";
    return nullptr;
}

bool Machine::live_terminal() const {
    for (const Device* d : device_order_)
        if (d->live_terminal()) return true;
    return false;
}

void Machine::reset() {
    for (Device* d : device_order_) d->reset();
}

Status Machine::boot(Unit& unit) {
    reset();
    return unit.device().boot(unit);
}

Status Machine::load(const std::string&, Switches, const std::vector<std::string>&) {
    return Status::error("LOAD is not supported by this machine");
}

Status Machine::dump(const std::string&, Switches, const std::vector<std::string>&) {
    return Status::error("DUMP is not supported by this machine");
}

void Machine::detach_all() {
    for (Device* d : device_order_)
        for (auto& u : d->units())
            if (u->attached()) (void)d->detach(*u);
}

}  // namespace simmon
