// The IBM System/360 Model 65/67 as one object graph: main storage, the CPU (SET CPU
// MODEL=65|67) and the channels with their devices (s360_peripherals.cpp, the one place
// that lists them). An I/O address without a device answers "not operational" (CC 3).
#pragma once
#include <memory>
#include <string>

#include "core/machine/machine.hpp"
#include "core/memory/physical_memory.hpp"
#include "machines/s360/bus/io_interface.hpp"

namespace simmon::ibm {
class ChannelDevice;
class ChannelSubsystem;
}  // namespace simmon::ibm

namespace simmon::s360 {

class S360Cpu;
class S360CpuDevice;

// A channel subsystem with nothing attached: SIO, TIO, HIO and TCH give CC 3.
class NoChannels : public IoInterface {
public:
    IoConditionCode start_io(std::uint16_t) override { return 3; }
    IoConditionCode test_io(std::uint16_t) override { return 3; }
    IoConditionCode halt_io(std::uint16_t) override { return 3; }
    IoConditionCode test_channel(std::uint16_t) override { return 3; }
    bool interruption_pending(std::uint8_t) const override { return false; }
    std::uint16_t take_interruption(std::uint8_t) override { return 0; }
};

namespace detail {
// The default channels live in a base listed before Machine, so that they are destroyed
// after the CPU, which refers to them until then. Storage is the Machine's own.
struct S360ChannelsOwner {
    NoChannels no_channels_;
};
}  // namespace detail

class S360Machine : private detail::S360ChannelsOwner, public Machine {
public:
    static constexpr std::size_t kDefaultMemory = 1024 * 1024;

    S360Machine();
    ~S360Machine() override;

    S360Cpu& s360_cpu();
    S360CpuDevice& cpu_device() { return *cpu_; }

    void reset() override;
    // BOOT <device> is IPL <device>: the LOAD key (s360_peripherals.cpp).
    Status boot(Unit& unit) override;
    // IPL from the device: system reset, the IPL channel program, the PSW at 0 loaded.
    // An error (no device, the chain ended in error, never ended) leaves the CPU stopped.
    Status ipl(ibm::ChannelDevice& device);
    // IPL from an I/O address (the panel's LOAD UNIT dials): with no device there, the
    // system is reset and the CPU stays in the load state, as the LOAD key leaves it.
    Status ipl_from(std::uint16_t address);
    ibm::ChannelSubsystem& channels() { return *channels_; }
    // LOAD -r file [address]: a raw image into real storage (address hex, default 0).
    Status load(const std::string& path, Switches switches, const std::vector<std::string>& args) override;
    // DUMP -r file low high: real storage to a raw file.
    Status dump(const std::string& path, Switches switches, const std::vector<std::string>& args) override;
    Switches load_switches() const override { return switch_bit('r'); }  // -r: raw bytes
    // The 2067 system control panel (panel/s36067_panel.hpp).
    std::unique_ptr<PanelModel> make_panel(std::string& why_not) override;
    // An IPL began and did not complete: the CPU is in the load state (the LOAD light)
    // until a reset or an IPL that completes.
    bool load_state() const { return load_state_; }

private:
    // Creates the channels and devices (devices/ibm/), plugs the channel subsystem into
    // the CPU (S360Cpu::set_io) and adds the IPL command. Defined in s360_peripherals.cpp.
    void add_peripherals();

    // How long an IPL's channel program may run in simulated time before it is given up.
    static constexpr SimTime kIplTimeLimit = seconds(10);

    S360CpuDevice* cpu_ = nullptr;  // owned by Machine
    ibm::ChannelSubsystem* channels_ = nullptr;  // owned by Machine
    bool ipl_ended_ = false;
    bool load_state_ = false;
    std::string ipl_error_;
};

}  // namespace simmon::s360
