// KW11-L line time clock: one status register at 777546 that the power line sets 50 or
// 60 times a second. Bit 7 (monitor) is set by every tick and cleared by the program;
// bit 6 (interrupt enable) makes each tick request an interrupt at vector 100, BR6.
// Follows the KW11-L Line Time Clock manual (EK-KW11L-TM-002).
//
// The ticks come in simulated time, whatever the CPU's speed: 60 (or 50) of them in every
// simulated second exactly, their intervals alternating between 16,666,666 and 16,666,667
// ns at 60 Hz (core/scheduler/line_rate.hpp). SET CLK 50HZ/60HZ selects the line rate.
#pragma once
#include <cstdint>

#include "core/scheduler/scheduler.hpp"
#include "devices/dec/dec_bus.hpp"

namespace simmon::dec {

class Kw11l final : public BusDevice {
public:
    static constexpr std::uint32_t kBase = 0777546;
    static constexpr std::uint16_t kVector = 0100;

    Kw11l(Machine& machine, DecBus& bus);

    std::uint32_t csr_base() const override { return kBase; }
    std::uint32_t csr_bytes() const override { return 2; }
    bool read(std::uint32_t addr, std::uint16_t& data) override;
    bool write(std::uint32_t addr, std::uint16_t data, bool byte) override;
    void reset() override;
    void serialize(StateArchive& s) override;
    std::vector<std::string> clock_status() const override;

    int hertz() const { return hertz_; }
    // Time from now to the next tick at the current rate.
    SimTime time_to_next_tick() const;
    std::uint16_t lks() const { return lks_; }
    std::uint64_t ticks() const { return ticks_; }

private:
    void tick();

    int irq_;
    Scheduler::HandlerId tick_event_;
    std::uint16_t lks_ = 0;
    int hertz_ = 60;
    std::uint64_t ticks_ = 0;
};

}  // namespace simmon::dec
