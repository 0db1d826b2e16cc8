// Devices and units as the SCP and the core see them. A device describes its registers,
// modifiers and units declaratively; the SCP needs no device-specific code to SET, SHOW,
// EXAMINE, DEPOSIT, ATTACH, BOOT, SAVE or RESTORE it.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/images/host_file.hpp"
#include "core/machine/modifier.hpp"
#include "core/machine/register_desc.hpp"
#include "core/machine/status.hpp"
#include "core/machine/types.hpp"

namespace simmon {

class Device;
class Machine;
class StateArchive;

// One unit of a device (a drive, a line, a reader). Units that take a host file are
// `attachable`; the device validates and interprets the file in Device::attach().
class Unit {
public:
    Unit(Device& device, std::string name, bool attachable)
        : device_(device), name_(std::move(name)), attachable_(attachable) {}

    Device& device() const { return device_; }
    const std::string& name() const { return name_; }  // "RK0", "TTI"
    bool attachable() const { return attachable_; }
    bool disabled() const { return disabled_; }
    void set_disabled(bool d) { disabled_ = d; }

    // The attached host file (for disks, tapes, printers, paper tape). Network
    // attachments (telnet ports) keep a description in `attach_text` and no file.
    HostFile& file() { return file_; }
    const HostFile& file() const { return file_; }
    bool attached() const { return file_.is_open() || !attach_text_.empty(); }
    const std::string& attach_text() const { return attach_text_; }
    void set_attach_text(std::string t) { attach_text_ = std::move(t); }

    // Capacity in the device's own units (bytes, blocks) for SHOW; 0 if not meaningful.
    std::uint64_t capacity = 0;

private:
    Device& device_;
    std::string name_;
    bool attachable_;
    bool disabled_ = false;
    HostFile file_;
    std::string attach_text_;
};

class Device {
public:
    Device(Machine& machine, std::string name, std::string description)
        : machine_(machine), name_(std::move(name)), description_(std::move(description)) {}
    virtual ~Device() = default;
    Device(const Device&) = delete;
    Device& operator=(const Device&) = delete;

    Machine& machine() const { return machine_; }
    const std::string& name() const { return name_; }  // upper case, "RK"
    const std::string& description() const { return description_; }
    // A second name the device answers to besides name() (an S/360 device its I/O address,
    // "00C"). Machine::find_device tries every real name before any alias.
    virtual bool answers_to(std::string_view) const { return false; }

    // SET <dev> ENABLED/DISABLED. A disabled device does not answer on its bus.
    bool enabled() const { return enabled_; }
    virtual Status set_enabled(bool e) { enabled_ = e; return Status::ok(); }
    virtual bool can_disable() const { return true; }

    std::vector<std::unique_ptr<Unit>>& units() { return units_; }
    const std::vector<std::unique_ptr<Unit>>& units() const { return units_; }
    Unit* find_unit(std::string_view name) const;  // case-insensitive, "RK0"

    // Declarative tables, built once in the constructor (they hold references into `this`).
    const std::vector<RegisterDesc>& registers() const { return registers_; }
    const std::vector<Modifier>& modifiers() const { return modifiers_; }
    const RegisterDesc* find_register(std::string_view name) const;

    // Debug flags this device can log (SET <dev> DEBUG=flag;flag), bit i = flags()[i].
    const std::vector<std::string>& debug_flag_names() const { return debug_flag_names_; }
    std::uint32_t debug_mask() const { return debug_mask_; }
    void set_debug_mask(std::uint32_t m) { debug_mask_ = m; }
    // Writes one line to the machine's debug log when `flag_bit` is enabled. `flag_bit` is
    // the mask value (1u << i for debug_flag_names()[i]), not the index.
    void debug(std::uint32_t flag_bit, std::string_view text) const;

    // Power-up / bus reset (RESET command, guest RESET instruction).
    virtual void reset() {}

    // ATTACH/DETACH of a unit. The default opens a HostFile and stores it in the unit;
    // devices override to check the image (size, format) and refuse a corrupt one.
    virtual Status attach(Unit& unit, const std::string& path, const AttachOptions& options);
    virtual Status detach(Unit& unit);
    // What ATTACH takes after the unit name, for HELP <device>: "file" unless the device
    // attaches something else (a terminal multiplexer a TCP port).
    virtual std::string attach_argument() const { return "file"; }
    // Switch letters ATTACH takes for this device beyond the SCP's own (-r -n -q -e -f):
    // the 2540 reader's -e/-a card codes, the DZ11's -a/-m. Any other letter is refused.
    virtual Switches attach_switches() const { return 0; }
    // The image formats ATTACH -F names for this device, in SIMH's names ("SIMH", "RAW",
    // "AWS"); the first is the default. Empty: the device takes no -F.
    virtual std::vector<std::string> attach_formats() const { return {}; }

    // BOOT <unit>: load a bootstrap and set the PC. Default: "device is not bootable".
    virtual Status boot(Unit& unit);

    // The device's whole state, for SAVE, RESTORE, SNAPSHOT and REVERT: one function that
    // names every field once and serves both directions (core/state/state_archive.hpp).
    // Units' attachments and the enable flags are the machine's; this is the rest.
    // The default stores every writable register by name through its accessors, which
    // suits a device whose state is exactly its registers; real devices list their fields.
    // A device that cannot capture some state calls s.fail() with the reason.
    virtual void serialize(StateArchive& s);
    // What the machine decides about the device outside the device itself and SAVE keeps
    // with it (where a bus has put its registers and vectors, dec_bus.hpp). The machine
    // calls it just before serialize(), in the same section; the default has nothing.
    virtual void serialize_placement(StateArchive&) {}
    // After every device's section of a loaded state (RESTORE, REVERT, a rolled-back option
    // list) is in, in device order: what a device could not do alone while loading. A bus
    // moves the register blocks its devices' sections staged all at once here, so devices
    // that traded addresses do not find each other's old places taken. An error fails the
    // load (and the machine is put back).
    virtual Status finish_load() { return Status::ok(); }

    // SHOW CLOCKS: one line for each clock the guest keeps time by that the device has
    // ("60 Hz line clock, 1234 ticks, interrupt enabled"); a device with several (the VAX
    // processor: its interval clock, the time-of-year clock, the SSC's two timers) gives
    // one line each, naming the clock. Empty for everything else.
    virtual std::vector<std::string> clock_status() const { return {}; }

    // True while a person may be typing at one of the device's terminals now: a telnet
    // client is connected to a line (not a script's SEND/EXPECT line, not a replay). The
    // run loop then lets an idle wait follow wall time (Throttle::idle_for_lines), so the
    // guest's clock keeps the time of day while its users type. Looked at only when the
    // CPU idles, never per instruction.
    virtual bool live_terminal() const { return false; }

    // Extra lines for SHOW <dev> (status beyond the registers), may be empty.
    virtual std::string show_status() const { return {}; }

protected:
    Unit& add_unit(std::string name, bool attachable);
    // Throws std::logic_error for a register without a width (1-64 bits) or a radix: a
    // mistake in the device's code, which every machine's construction in the tests finds.
    void add_register(RegisterDesc r);
    void add_modifier(Modifier m) { modifiers_.push_back(std::move(m)); }
    // A register the current configuration may lack (the 11/40's supervisor PARs): `present`
    // answers whether it is there now. No-op for an unknown name.
    void set_register_presence(std::string_view name, std::function<bool()> present);
    void set_debug_flags(std::vector<std::string> names) { debug_flag_names_ = std::move(names); }

private:
    Machine& machine_;
    std::string name_;
    std::string description_;
    bool enabled_ = true;
    std::vector<std::unique_ptr<Unit>> units_;
    std::vector<RegisterDesc> registers_;
    std::vector<Modifier> modifiers_;
    std::vector<std::string> debug_flag_names_;
    std::uint32_t debug_mask_ = 0;
};

}  // namespace simmon
