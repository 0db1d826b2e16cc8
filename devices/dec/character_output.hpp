// A character output controller that writes to a host file: the LP11 line printer and
// the PC11's punch are the same device to a program. Two registers: status (15 ERROR,
// 7 DONE/READY, 6 IE) and buffer. ERROR means off line or no tape, which here is: no file
// attached. A character written to the buffer clears DONE; after the device's time per
// character it goes to the file (written through, nothing buffered, so the file can be
// read while the guest runs), DONE comes back and, with IE, an interrupt is requested.
// Setting IE while DONE or ERROR is up interrupts at once; clearing IE withdraws it.
#pragma once
#include <cstdint>
#include <string_view>

#include "core/scheduler/scheduler.hpp"
#include "devices/dec/dec_bus.hpp"

namespace simmon::dec {

struct CharacterOutputTraits {
    std::string_view name;            // device and unit name, "LPT"
    std::string_view description;     // "LP11 line printer"
    std::uint32_t base;               // status register address
    std::uint16_t vector;
    std::string_view status_name;     // "LPS"
    std::string_view status_help;     // "status (15 ERROR, 7 DONE, 6 IE)"
    std::string_view buffer_name;     // "LPB"
    std::string_view buffer_help;     // "character buffer"
    std::uint16_t data_mask;          // bits of the buffer that reach the file
    std::string_view done_verb;       // "printed", for debug output
    std::string_view what;            // "a printer", for the read-only attach message
};

class CharacterOutput : public BusDevice {
public:
    CharacterOutput(Machine& machine, DecBus& bus, const CharacterOutputTraits& traits, SimTime delay);

    std::uint32_t csr_base() const override { return traits_.base; }
    std::uint32_t csr_bytes() const override { return 4; }
    bool read(std::uint32_t addr, std::uint16_t& data) override;
    bool write(std::uint32_t addr, std::uint16_t data, bool byte) override;
    void reset() override;
    Status attach(Unit& unit, const std::string& path, const AttachOptions& options) override;
    void serialize(StateArchive& s) override;

private:
    std::uint16_t status_value() const;
    void character_done();

    const CharacterOutputTraits& traits_;
    int irq_;
    Scheduler::HandlerId output_event_;
    std::uint16_t status_ = 0;  // DONE, IE (ERROR is computed)
    std::uint16_t buffer_ = 0;
    std::uint64_t position_ = 0;
    std::uint64_t delay_;  // TIME, microseconds per character
};

}  // namespace simmon::dec
