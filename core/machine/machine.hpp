// A Machine owns everything one simulated computer is: its CPU, devices, scheduler,
// breakpoints and debug log. There is no process-wide state: a test builds a machine,
// runs it and throws it away. Machine modules (machines/<name>/) derive from this class,
// create their CPU and devices in the constructor, and register in the machine list.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/breakpoints/breakpoints.hpp"
#include "core/hostio/console_port.hpp"
#include "core/hostio/host_input.hpp"
#include "core/machine/cpu.hpp"
#include "core/machine/debug_log.hpp"
#include "core/machine/device.hpp"
#include "core/machine/machine_command.hpp"
#include "core/machine/stop.hpp"
#include "core/machine/throttle.hpp"
#include "core/memory/physical_memory.hpp"
#include "core/panel/panel_model.hpp"
#include "core/panel/panel_tap.hpp"
#include "core/scheduler/scheduler.hpp"
#include "core/state/machine_snapshot.hpp"
#include "core/text/charset.hpp"

namespace simmon {

class StateReader;
class StateWriter;
struct MemoryImage;

struct RunRequest {
    // 0 = unlimited (STEP n sets it). Counts instructions plus any idle time skipped
    // while the CPU waits, in instruction times (Cpu::instruction_time()), so a limit
    // also ends a run of a waiting guest.
    std::uint64_t max_instructions = 0;
    bool is_step = false;                // stop code StepDone instead of RunLimit
};

class Machine {
public:
    Machine(std::string name, std::string description, Radix radix);
    virtual ~Machine();
    Machine(const Machine&) = delete;
    Machine& operator=(const Machine&) = delete;

    const std::string& name() const { return name_; }
    const std::string& description() const { return description_; }
    Radix radix() const { return radix_; }
    // How EXAMINE/DEPOSIT -c and -a read and write characters in memory.
    CharacterSet character_set() const { return charset_; }

    Scheduler& scheduler() { return scheduler_; }
    BreakpointTable& breakpoints() { return breakpoints_; }
    DebugLog& debug_log() { return debug_log_; }
    Throttle& throttle() { return throttle_; }
    RunSignals& signals() { return signals_; }
    // Main storage, shared by the CPU and every device that transfers data (DMA,
    // channels). The machine sizes it; its byte order is the CPU's business.
    PhysicalMemory& memory() { return memory_; }
    const PhysicalMemory& memory() const { return memory_; }

    Cpu& cpu() { return *cpu_; }
    // All devices, the CPU first, in creation order.
    const std::vector<Device*>& devices() const { return device_order_; }
    Device* find_device(std::string_view name) const;  // case-insensitive
    // Some device has a live terminal (Device::live_terminal): asked only when the CPU idles.
    bool live_terminal() const;
    // "RK0" -> (RK, unit 0); "RK" -> (RK, first unit); nullptrs when unknown.
    std::pair<Device*, Unit*> find_unit(std::string_view name) const;

    // Devices SIMH's simulator of this machine has and simmon does not (yet): the SCP
    // refuses commands naming them with "not modelled (yet)" instead of "unknown", and
    // accepts disabling them (they are not on the bus). Found by device name or unit name
    // (a device name followed by digits: "RQ0").
    struct UnmodelledDevice {
        std::string name;         // "RQ"
        std::string description;  // "MSCP disk controller (UDA50, RQDX3)"
    };
    const std::vector<UnmodelledDevice>& unmodelled_devices() const { return unmodelled_; }
    const UnmodelledDevice* find_unmodelled(std::string_view name) const;

    // SCP commands this machine adds (machine_command.hpp), in the order HELP lists them.
    const std::vector<MachineCommand>& commands() const { return commands_; }

    // The operator console's host side; never null (a NullConsolePort until set).
    ConsolePort& console() { return *console_; }
    void set_console(ConsolePort* port);
    // Everything the guest takes from the host comes through here (host_input.hpp).
    HostInput& host_input() { return host_input_; }
    std::uint64_t instructions_executed() const { return cpu_ ? cpu_->instructions_executed() : 0; }

    // Runs until a stop. Sets up signals, steps the CPU in slices up to the next event,
    // runs due events, skips time while the CPU waits, paces to the throttle.
    StopInfo run(const RunRequest& request);
    // What runs have counted against their limits since the machine was built:
    // instructions plus idle time in instruction times (see RunRequest). SET RUNLIMIT,
    // which spans runs, takes the difference.
    std::uint64_t counted() const { return counted_; }
    // From the CPU, a device event or the console: stop at the end of this instruction.
    // It ends the CPU's slice (cpu_slice.hpp) at once, so a stop found in the middle of an
    // instruction (a watchpoint) is taken when that instruction completes.
    void request_stop(StopCode code, std::string message, std::string actions = {});

    // RESET (all devices, CPU included) and power-up defaults.
    virtual void reset();
    // BOOT <unit>: resets, asks the device for its bootstrap, then the caller runs.
    virtual Status boot(Unit& unit);
    // LOAD/DUMP file: machine-specific formats (absolute loader, raw images ...).
    virtual Status load(const std::string& path, Switches switches, const std::vector<std::string>& args);
    virtual Status dump(const std::string& path, Switches switches, const std::vector<std::string>& args);
    // The switch letters LOAD and DUMP take on this machine (-r for raw images); the SCP
    // refuses any other.
    virtual Switches load_switches() const { return 0; }

    // The machine's front panel model (core/panel/), or null with the reason in `why_not`
    // when this machine (or its current model) has none drawn.
    virtual std::unique_ptr<PanelModel> make_panel(std::string& why_not);
    // While a panel is open, called between two slices of every run (panel_tap.hpp).
    void set_panel_tap(PanelTap* tap) { panel_tap_ = tap; }

    // SAVE/RESTORE of the whole machine to a file (machine_state.cpp): every device's
    // serialize(), the units' attachments (by file name), the event queue and counters.
    // RESTORE is all or nothing: it checks the whole file, and that every image it names
    // can be opened as recorded, before it changes anything, and if the state then does
    // not fit this machine it puts the machine back as it was.
    Status save(const std::string& path);
    Status restore(const std::string& path);

    // The same state in memory, plus the contents of the attached images (through undo
    // logs on their files, image_journal.hpp), and its restore: REVERT.
    Status snapshot(std::unique_ptr<MachineSnapshot>& out, std::string name = {});
    Status restore(const MachineSnapshot& snapshot);
    // The state SAVE stores, kept aside in memory (memory pages shared, images untouched),
    // and going back to it: SET's option lists (SET CPU 11/34, FPP, 4096K) are applied
    // whole or not at all. Nothing may run between the two.
    struct StateMark {
        std::vector<std::uint8_t> state;
        std::shared_ptr<const MemoryImage> pages;
    };
    Status mark_state(StateMark& mark);
    Status return_to(const StateMark& mark);
    // The named snapshots SNAPSHOT, REVERT and SHOW SNAPSHOTS work on.
    SnapshotList& snapshots() { return snapshots_; }
    // Memory pages the last RESTORE or REVERT wrote: a revert copies only the pages that
    // may differ from the snapshot's (memory_image.hpp), a RESTORE those that do.
    std::size_t pages_restored() const { return pages_restored_; }

    // Device::attach calls this: a file that snapshots cover gets its undo log back.
    void hook_journal(HostFile& file);

    // Detaches every unit (flushing files): EXIT and destruction call this.
    void detach_all();

protected:
    void set_cpu(std::unique_ptr<Cpu> cpu);  // must be called first in the constructor
    void set_character_set(CharacterSet set) { charset_ = set; }
    template <typename T, typename... Args>
    T& add_device(Args&&... args) {
        auto d = std::make_unique<T>(std::forward<Args>(args)...);
        T& ref = *d;
        register_device(std::move(d));
        return ref;
    }
    // For configuration code that builds devices outside the machine's class (the S/360's
    // peripherals): the machine takes ownership, in order.
    Device& adopt_device(std::unique_ptr<Device> d) {
        Device& ref = *d;
        register_device(std::move(d));
        return ref;
    }
    // Adds an SCP command (constructor only). The SCP refuses a machine whose command
    // clashes with one of its own names or short forms.
    void add_command(MachineCommand command) { commands_.push_back(std::move(command)); }
    // Names a device SIMH has for this machine that simmon does not model (constructor only).
    void add_unmodelled_device(std::string name, std::string description) {
        unmodelled_.push_back({std::move(name), std::move(description)});
    }

private:
    void register_device(std::unique_ptr<Device> d);
    // `pages` null: memory goes into the stream (a save file); else its pages go to
    // *pages, sharing clean ones with the base, and with `becomes_base` they are the new
    // base (a snapshot).
    void capture_state(StateWriter& out, std::shared_ptr<const MemoryImage>* pages, bool becomes_base);
    Status check_state(const std::vector<std::uint8_t>& state, const MemoryImage* pages, const std::string& source);
    Status check_memory_section(StateReader& r, const MemoryImage* pages);
    Status apply_state(const std::vector<std::uint8_t>& state, const std::shared_ptr<const MemoryImage>& pages);
    Status load_state(const std::vector<std::uint8_t>& state, const std::shared_ptr<const MemoryImage>& pages);
    Status load_memory_section(StateReader& r, const std::shared_ptr<const MemoryImage>& pages);

    std::string name_;
    std::string description_;
    Radix radix_;
    CharacterSet charset_ = CharacterSet::Ascii;
    Scheduler scheduler_;
    BreakpointTable breakpoints_;
    DebugLog debug_log_;
    Throttle throttle_;
    RunSignals signals_;
    PhysicalMemory memory_;
    // The memory image whose pages the clean pages of memory_ still hold: the latest
    // snapshot taken or reverted to, while any snapshot keeps it (memory_image.hpp).
    std::weak_ptr<const MemoryImage> memory_base_;
    std::size_t pages_restored_ = 0;
    std::uint64_t counted_ = 0;
    PanelTap* panel_tap_ = nullptr;
    std::unique_ptr<Cpu> cpu_;
    std::vector<std::unique_ptr<Device>> owned_devices_;
    std::vector<Device*> device_order_;
    std::vector<MachineCommand> commands_;
    std::vector<UnmodelledDevice> unmodelled_;
    NullConsolePort null_console_;
    ConsolePort* console_ = &null_console_;
    HostInput host_input_{*this};  // after the scheduler and the console it uses
    // Undo logs of attached images, by file, while snapshots hold marks in them.
    std::vector<std::weak_ptr<ImageJournal>> journals_;
    // Declared last: destroyed first, while the journals' files can still be released.
    SnapshotList snapshots_;
};

// What the SCP needs to build a machine by name. Which machines exist is not the core's
// business: machines/machine_list.hpp declares the list the simmon executable offers, and
// tests hand the SCP lists of their own.
struct MachineInfo {
    std::string name;         // "pdp11"
    std::string description;  // "DEC PDP-11 (11/34, 11/40, 11/45, 11/70)"
    std::function<std::unique_ptr<Machine>()> create;
};

}  // namespace simmon
