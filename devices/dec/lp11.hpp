// LP11 line printer controller, printing to a host file.
// Registers: LPS 777514 (15 ERROR, 7 DONE, 6 IE), LPB 777516 (7-bit character);
// vector 200, BR4. ERROR means the printer is off line: here, no file attached.
// Follows the LP11 line printer manual (DEC-11-HLPA) and the PDP-11 peripherals handbook.
// Characters go to the file as they are printed (written through, nothing buffered), so
// the file can be read while the guest prints.
#pragma once
#include <cstdint>

#include "core/scheduler/scheduler.hpp"
#include "devices/dec/dec_bus.hpp"

namespace simmon::dec {

class Lp11 final : public BusDevice {
public:
    static constexpr std::uint32_t kBase = 0777514;
    static constexpr std::uint16_t kVector = 0200;
    static constexpr SimTime kDefaultDelay = 100;

    Lp11(Machine& machine, DecBus& bus);

    std::uint32_t csr_base() const override { return kBase; }
    std::uint32_t csr_bytes() const override { return 4; }
    bool read(std::uint32_t addr, std::uint16_t& data) override;
    bool write(std::uint32_t addr, std::uint16_t data, bool byte) override;
    void reset() override;
    Status attach(Unit& unit, const std::string& path, const AttachOptions& options) override;

private:
    std::uint16_t status_value() const;
    void character_printed();

    int irq_;
    Scheduler::HandlerId print_event_;
    std::uint16_t lps_ = 0;  // DONE, IE (ERROR is computed)
    std::uint16_t lpb_ = 0;
    std::uint64_t position_ = 0;
    std::uint64_t delay_ = kDefaultDelay;
};

}  // namespace simmon::dec
