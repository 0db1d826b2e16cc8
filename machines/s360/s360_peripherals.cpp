// The channels and devices of the S/360 (devices/ibm/): the one place that lists them, and
// the machine's side of IPL (the LOAD key: IPL and BOOT).
#include "machines/s360/s360_peripherals.hpp"

#include <fmt/format.h>

#include "devices/ibm/channel_device.hpp"
#include "devices/ibm/ckd_dasd.hpp"
#include "devices/ibm/ibm1052.hpp"
#include "devices/ibm/ibm1403.hpp"
#include "devices/ibm/ibm2400.hpp"
#include "devices/ibm/ibm2540_punch.hpp"
#include "devices/ibm/ibm2540_reader.hpp"
#include "devices/ibm/ibm2703.hpp"
#include "machines/s360/s360_cpu_device.hpp"
#include "machines/s360/s360_machine.hpp"

namespace simmon::s360 {

ibm::ChannelSubsystem& add_peripherals(Machine& machine, PhysicalMemory& memory, StorageKeys& keys, const AdoptDevice& adopt) {
    auto& channels =
        static_cast<ibm::ChannelSubsystem&>(adopt(std::make_unique<ibm::ChannelSubsystem>(machine, memory, keys)));
    auto add = [&](auto device) { adopt(std::move(device)); };
    add(std::make_unique<ibm::Ibm1052>(machine, channels, "CON", 0x01F));
    add(std::make_unique<ibm::Ibm2540Reader>(machine, channels, "CDR", 0x00C));
    add(std::make_unique<ibm::Ibm2540Punch>(machine, channels, "CDP", 0x00D));
    add(std::make_unique<ibm::Ibm1403>(machine, channels, "LPR", 0x00E));
    add(std::make_unique<ibm::Ibm2540Reader>(machine, channels, "CDR1", 0x10C));
    for (int i = 0; i < 8; ++i)
        add(std::make_unique<ibm::Ibm2400>(machine, channels, fmt::format("MTA{}", i), static_cast<std::uint16_t>(0x180 + i)));
    for (int i = 0; i < 8; ++i)
        add(std::make_unique<ibm::CkdDasd>(machine, channels, fmt::format("DA{}", i), static_cast<std::uint16_t>(0x190 + i),
                                           ibm::kDasd2311));
    for (int i = 0; i < 8; ++i)
        add(std::make_unique<ibm::CkdDasd>(machine, channels, fmt::format("DB{}", i), static_cast<std::uint16_t>(0x230 + i),
                                           ibm::kDasd2314));
    // The 2703's lines are devices of their own; the machine owns them with the controller.
    auto com = std::make_unique<ibm::Ibm2703>(machine, channels, std::uint16_t{0x0C0});
    ibm::Ibm2703& controller = *com;
    adopt(std::move(com));
    for (auto& line : controller.lines()) adopt(std::move(line));
    return channels;
}

void S360Machine::add_peripherals() {
    S360Cpu& cpu = cpu_->core();
    channels_ = &s360::add_peripherals(*this, memory(), cpu,
                                       [this](std::unique_ptr<Device> d) -> Device& { return adopt_device(std::move(d)); });
    cpu.set_io(*channels_);
    channels_->set_interruption_notifier([&cpu] { cpu.signal_io(); });
    channels_->set_ipl_handler([this](std::uint16_t address, bool success, std::uint64_t csw) {
        ipl_ended_ = true;
        if (!success) {
            ipl_error_ = fmt::format("IPL from {:03X} failed: CSW {:08X} {:08X}; the CPU stays in the load state", address,
                                     static_cast<std::uint32_t>(csw >> 32), static_cast<std::uint32_t>(csw));
            return;
        }
        // PoO "Initial Program Loading": the I/O address goes to bytes 2-3, then the PSW
        // at 0 is loaded (s360-67-reference.md 12.8).
        memory().write8(2, static_cast<std::uint8_t>((address >> 8) & 0x0F));
        memory().write8(3, static_cast<std::uint8_t>(address));
        cpu_->core().ipl_load_psw();
    });

    MachineCommand command;
    command.name = "IPL";
    command.min_length = 2;
    command.usage = "IPL devaddr";
    command.help = "initial program load from a device address (IPL 00C), then run";
    command.details =
        "System reset, then the channel reads 24 bytes from the device (read, CC and SLI) into\n"
        "locations 0-23 and follows the chain from location 8. When it ends without errors the\n"
        "device address goes to locations 2-3 and the PSW at 0 is loaded; the machine runs.\n"
        "The device may be named by its address (00C) or its name (CDR). BOOT 00C is the same.";
    command.handler = [this](MachineCommandCall& call) -> Status {
        if (call.arguments.empty()) return Status::error("IPL needs a device address, e.g. IPL 00C");
        const std::string word(call.arguments);
        if (word.find_first_of(" \t") != std::string::npos) return Status::error("IPL takes one device address");
        std::uint16_t address = 0;
        ibm::ChannelDevice* device = nullptr;
        if (ibm::parse_device_address(word, address)) device = channels_->device_at(address);
        if (!device) device = dynamic_cast<ibm::ChannelDevice*>(find_device(word));
        if (!device) return Status::error(fmt::format("IPL: no device at {}", word));
        if (Status s = ipl(*device); !s) return s;
        call.start = true;
        return Status::ok();
    };
    add_command(std::move(command));

    // The console's INTERRUPT key as a command, for scripts and for users without the panel
    // window (Hercules calls it EXT).
    MachineCommand interrupt;
    interrupt.name = "INTERRUPT";
    interrupt.min_length = 4;
    interrupt.usage = "INTERRUPT";
    interrupt.help = "press the console's INTERRUPT key: an external interruption, code X'40'";
    interrupt.details =
        "The key of the system control panel: an external interruption with code X'40' (bit 25\n"
        "of the old PSW) becomes pending and is taken when the PSW enables external interruptions\n"
        "(PoO \"External Interruption\"). The machine is not started: GO or CONTINUE runs it.";
    interrupt.handler = [this](MachineCommandCall& call) -> Status {
        if (!call.arguments.empty()) return Status::error("INTERRUPT takes no arguments");
        cpu_->core().request_external(kExtInterruptKey);
        return Status::ok();
    };
    add_command(std::move(interrupt));
}

Status S360Machine::boot(Unit& unit) {
    auto* device = dynamic_cast<ibm::ChannelDevice*>(&unit.device());
    if (!device) return Status::error(fmt::format("{} is no I/O device: IPL and BOOT take a device address", unit.name()));
    return ipl(*device);
}

Status S360Machine::ipl_from(std::uint16_t address) {
    if (ibm::ChannelDevice* device = channels_->device_at(address)) return ipl(*device);
    reset();
    load_state_ = true;
    return Status::error(fmt::format("IPL: no device at {:03X}; the CPU stays in the load state", address));
}

Status S360Machine::ipl(ibm::ChannelDevice& device) {
    if (!device.enabled()) return Status::error(fmt::format("{} is disabled", device.name()));
    reset();  // the LOAD key's system reset
    load_state_ = true;
    ipl_ended_ = false;
    ipl_error_.clear();
    if (Status s = channels_->start_ipl(device.address()); !s) return s;
    // The CPU is in the load state until the channel program ends: only the channels and
    // devices run. A program that never ends (a TIC to itself, a device waiting for the
    // operator) is given up after a while of simulated time, as an operator would.
    const SimTime start = scheduler().now();
    while (!ipl_ended_) {
        if (scheduler().empty() || scheduler().now() - start > kIplTimeLimit) {
            channels_->reset();
            return Status::error(
                fmt::format("IPL from {:03X} did not complete in {} simulated seconds; the CPU stays in the load state",
                            device.address(), kIplTimeLimit / kNsPerSecond));
        }
        scheduler().skip_to_next();
    }
    if (!ipl_error_.empty()) return Status::error(ipl_error_);
    load_state_ = false;
    return Status::ok();
}

}  // namespace simmon::s360
