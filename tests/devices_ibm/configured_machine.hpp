// A machine with the S/360's default I/O configuration (s360_peripherals) and a fake CPU:
// what the SCP sees of the 360's devices, without the 360's CPU.
#pragma once
#include <memory>

#include "machines/s360/s360_peripherals.hpp"
#include "tests/devices_ibm/ibm_test_support.hpp"

namespace simmon::ibm::test {

class ConfiguredMachine : public Machine {
public:
    ConfiguredMachine() : Machine("s360", "configuration test", Radix::Hex), keys(256 * 1024) {
        set_cpu(std::make_unique<simmon::test::FakeCpu>(*this));
        memory.resize(256 * 1024);
        channels = &s360::add_peripherals(*this, memory, keys,
                                          [this](std::unique_ptr<Device> d) -> Device& { return adopt_device(std::move(d)); });
    }
    PhysicalMemory memory;
    KeyedStorage keys;
    ChannelSubsystem* channels;
};

}  // namespace simmon::ibm::test
