// Test support for the S/360 CPU: a fake channel subsystem and a CPU with its memory.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/memory/physical_memory.hpp"
#include "machines/s360/bus/io_interface.hpp"
#include "machines/s360/cpu/s360_cpu.hpp"

namespace simmon::s360::test {

// Records the I/O instructions and answers with preset condition codes; can hold one
// pending interruption.
class FakeIo : public IoInterface {
public:
    IoConditionCode start_io(std::uint16_t a) override { calls.push_back("SIO " + std::to_string(a)); return cc; }
    IoConditionCode test_io(std::uint16_t a) override { calls.push_back("TIO " + std::to_string(a)); return cc; }
    IoConditionCode halt_io(std::uint16_t a) override { calls.push_back("HIO " + std::to_string(a)); return cc; }
    IoConditionCode test_channel(std::uint16_t a) override { calls.push_back("TCH " + std::to_string(a)); return cc; }
    bool interruption_pending(std::uint8_t mask) const override {
        return pending && (mask & (0x80 >> (pending_device >> 8 > 6 ? 7 : pending_device >> 8))) != 0;
    }
    std::uint16_t take_interruption(std::uint8_t) override {
        pending = false;
        return pending_device;
    }
    std::vector<std::string> calls;
    IoConditionCode cc = 0;
    bool pending = false;
    std::uint16_t pending_device = 0;
};

struct Rig {
    explicit Rig(std::size_t bytes = 64 * 1024) {
        memory.resize(bytes);
        cpu.memory_resized();
        cpu.reset();
    }
    // Writes big-endian bytes given as hex text.
    void put(std::uint32_t addr, const std::string& hex) {
        for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
            memory.write8(addr + static_cast<std::uint32_t>(i / 2),
                          static_cast<std::uint8_t>(std::stoul(hex.substr(i, 2), nullptr, 16)));
    }
    std::uint64_t psw_at(std::uint32_t addr) const { return memory.read64_be(addr); }

    PhysicalMemory memory;
    FakeIo io;
    S360Cpu cpu{memory, io};
};

}  // namespace simmon::s360::test
