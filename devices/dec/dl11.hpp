// DL11 asynchronous line interface as the PDP-11 operator console (the KL11/DL11-A at the
// standard console addresses). SIMH users know it as two devices, and so do we:
//   TTI  keyboard   RCSR 777560  RBUF 777562  vector 060  BR4
//   TTO  printer    XCSR 777564  XBUF 777566  vector 064  BR4
// RCSR: bit 7 RCVR DONE, bit 6 RCVR INT ENB, bit 0 RDR ENB (clears DONE).
// XCSR: bit 7 XMIT RDY, bit 6 XMIT INT ENB, bit 2 MAINT (loop back), bit 0 BREAK.
// Follows the DL11 Asynchronous Line Interface manual (EK-DL11-TM) and the PDP-11
// peripherals handbook. The host side is the machine's ConsolePort: the keyboard is polled
// from a scheduled event, so input arrives at the same simulated time in every run.
#pragma once
#include <cstdint>

#include "core/scheduler/scheduler.hpp"
#include "devices/dec/dec_bus.hpp"

namespace simmon::dec {

// Character handling shared by the two halves: 7B strips the parity bit, 8B passes all 8,
// UC (keyboard only) also folds lower case to upper for software of the Teletype era.
// SIMH's modes; 7P (SevenPrinting) also keeps non-printing characters off the printer.
enum class ConsoleCharMode { SevenBit, EightBit, UpperCase, SevenPrinting };

class Dl11Receiver final : public BusDevice {
public:
    static constexpr std::uint32_t kBase = 0777560;
    static constexpr std::uint16_t kVector = 060;
    // Keyboard poll interval: often enough that typing and SEND feel immediate, rarely
    // enough to cost nothing.
    static constexpr SimTime kDefaultPoll = usec(5000);

    Dl11Receiver(Machine& machine, DecBus& bus);

    std::uint32_t csr_base() const override { return kBase; }
    std::uint32_t csr_bytes() const override { return 4; }
    bool read(std::uint32_t addr, std::uint16_t& data) override;
    bool write(std::uint32_t addr, std::uint16_t data, bool byte) override;
    void reset() override;
    bool can_disable() const override { return false; }
    void serialize(StateArchive& s) override;

    std::uint16_t rcsr() const { return rcsr_; }
    // A character from the transmitter in maintenance mode (the DL11's serial loop back):
    // it arrives as if typed, overrunning one not yet read.
    void loop_back(std::uint8_t c);

private:
    void poll();
    void deliver(std::uint8_t c);

    int irq_;
    Scheduler::HandlerId poll_event_;
    std::uint16_t rcsr_ = 0;
    std::uint16_t rbuf_ = 0;
    std::uint64_t poll_interval_ = kDefaultPoll / kNsPerUsec;  // POLL, microseconds
    ConsoleCharMode mode_ = ConsoleCharMode::SevenBit;
};

// Microseconds one character takes on a DL11 line at `baud`: 10 bits, 11 at 110 baud
// (the Teletype's two stop bits).
constexpr std::uint64_t dl11_character_usec(std::uint32_t baud) {
    const std::uint64_t bits = baud == 110 ? 11 : 10;
    return (bits * 1'000'000 + baud / 2) / baud;
}

class Dl11Transmitter final : public BusDevice {
public:
    static constexpr std::uint32_t kBase = 0777564;
    static constexpr std::uint16_t kVector = 064;
    // From a write to XBUF until the character is out and XMIT RDY is back: one character
    // time at the line's speed, 10 bits (start, 8 data or 7 and parity, stop; 11 with two
    // stop bits at 110 baud). SET TTO SPEED=n picks a DL11 rate, the default 9600 baud.
    static constexpr std::uint32_t kDefaultSpeed = 9600;
    static constexpr SimTime kDefaultDelay = usec(dl11_character_usec(kDefaultSpeed));  // 1,042 us

    Dl11Transmitter(Machine& machine, DecBus& bus);

    std::uint32_t csr_base() const override { return kBase; }
    std::uint32_t csr_bytes() const override { return 4; }
    bool read(std::uint32_t addr, std::uint16_t& data) override;
    bool write(std::uint32_t addr, std::uint16_t data, bool byte) override;
    void reset() override;
    bool can_disable() const override { return false; }
    void serialize(StateArchive& s) override;

    std::uint16_t xcsr() const { return xcsr_; }
    // The receiver that maintenance mode loops characters back to (the same DL11).
    void set_loop_back(Dl11Receiver* receiver) { receiver_ = receiver; }

private:
    void finish_character();

    int irq_;
    Scheduler::HandlerId out_event_;
    std::uint16_t xcsr_ = 0;
    std::uint16_t xbuf_ = 0;
    std::uint64_t delay_ = kDefaultDelay / kNsPerUsec;  // TIME, microseconds
    ConsoleCharMode mode_ = ConsoleCharMode::SevenBit;
    Dl11Receiver* receiver_ = nullptr;
};

}  // namespace simmon::dec
