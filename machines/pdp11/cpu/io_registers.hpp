// The adapter that puts the processor's registers on the Unibus I/O page.
#pragma once
#include "machines/pdp11/bus/unibus.hpp"
#include "machines/pdp11/cpu/pdp11_cpu.hpp"

namespace simmon::pdp11 {

class Pdp11Cpu::IoRegisters final : public IoPageHandler {
public:
    explicit IoRegisters(Pdp11Cpu& cpu) : cpu_(cpu) {}
    bool io_read(std::uint32_t addr, std::uint16_t& data) override { return cpu_.io_read(addr, data); }
    bool io_write(std::uint32_t addr, std::uint16_t data, bool byte) override {
        return cpu_.io_write(addr, data, byte);
    }

private:
    Pdp11Cpu& cpu_;
};

}  // namespace simmon::pdp11
