// The KA655's system support chip (SSC; KA655 CPU Module Technical Manual, "System
// support chip"): its register file at 20140000 (base address, configuration, CDAL bus
// timeout, diagnostic display, two programmable interval timers, the address-strobe match
// registers that place the cache control and boot and diagnostic registers), its 1 KB of
// battery-backed RAM at 20140400, the console serial line (IPRs RXCS, RXDB, TXCS, TXDB)
// and the time-of-year clock (IPR TODR). Everything counts in simulated time, so a run
// gives the same result every time.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/machine/types.hpp"
#include "core/scheduler/scheduler.hpp"

namespace simmon {
class Machine;
class StateArchive;
}  // namespace simmon

namespace simmon::vax {

class Ssc {
public:
    static constexpr std::uint32_t kBase = 0x20140000;
    static constexpr std::uint32_t kRamBase = 0x20140400;
    static constexpr std::uint32_t kRamSize = 1024;
    // Interrupt requests, all at IPL 14 (KA655 manual, "Interrupts").
    static constexpr unsigned kIpl = 0x14;
    static constexpr std::uint32_t kVectorRx = 0xF8, kVectorTx = 0xFC;
    enum Request : unsigned { kReqRx = 1, kReqTx = 2, kReqTimer0 = 4, kReqTimer1 = 8 };

    // `raise` tells the CPU that a request may be pending now.
    // Built before the Machine it belongs to is (vax_machine.hpp): attach() registers the
    // scheduled events once it is.
    Ssc(Machine& machine, std::function<void()> raise) : machine_(machine), raise_(std::move(raise)) {}
    void attach();

    void reset();
    bool contains(std::uint32_t pa) const { return pa >= kBase && pa < kRamBase + kRamSize; }
    bool read(std::uint32_t pa, unsigned size, std::uint32_t& value);
    bool write(std::uint32_t pa, unsigned size, std::uint32_t value);
    bool read_ipr(std::uint32_t n, std::uint32_t& value);
    bool write_ipr(std::uint32_t n, std::uint32_t value);

    // Nothing answered on the CDAL bus: CBTCR<31> records the timeout and <30> that it was
    // a read (the console's test C7 checks both).
    void bus_timeout(bool read) { cbtcr_ |= read ? 0xC0000000u : 0x80000000u; }

    unsigned requests() const { return requests_; }
    // The vector of the highest pending request (receiver, transmitter, timer 0, timer 1),
    // which is then withdrawn; 0 if none.
    std::uint32_t acknowledge();

    void serialize(StateArchive& s);
    // SHOW CLOCKS: the time-of-year clock and the two programmable timers, a line each.
    std::vector<std::string> clock_status() const;

    // The diagnostic display (the LEDs' value, SHOW and tests).
    std::uint32_t display() const { return dledr_ & 0xF; }

private:
    struct Timer {
        std::uint32_t tcr = 0, tir = 0, tnir = 0, tivr = 0;
        SimTime base = 0;  // simulated time at which `tir` was the count (while running)
        Scheduler::HandlerId event = 0;
    };
    std::uint32_t timer_count(const Timer& t) const;
    void timer_write_tcr(unsigned i, std::uint32_t v);
    void timer_schedule(unsigned i);
    void timer_overflow(unsigned i);
    void poll_receiver();
    void receive(std::uint8_t c);
    void transmit(std::uint8_t c);
    void update_tx_request();
    void request(unsigned bit);

    Machine& machine_;
    std::function<void()> raise_;
    std::uint32_t sscbr_ = kBase, ssccr_ = 0, cbtcr_ = 0, dledr_ = 0;
    std::array<std::uint32_t, 4> match_{};  // AD0MAT, AD0MSK, AD1MAT, AD1MSK
    std::array<Timer, 2> timers_{};
    std::array<std::uint8_t, kRamSize> ram_{};
    std::uint32_t rxcs_ = 0, rxdb_ = 0, txcs_ = 0x80;
    std::uint32_t todr_ = 0;
    SimTime todr_base_ = 0;
    unsigned requests_ = 0;
    Scheduler::HandlerId rx_event_ = 0;
};

}  // namespace simmon::vax
