// DELQA Ethernet controller (XQ), the Q-bus Ethernet of the MicroVAX 3900 and of the
// Q-bus PDP-11s, in its DEQNA-compatible programming interface (DELQA user's guide,
// EK-DELQA-UG, chapter "programming"; the DEQNA's registers and descriptors are the same).
// Registers (base 774440, eight words):
//   +00..+12  read: station address PROM, one byte of the address in each word's low byte
//             (the high byte reads as ones)
//   +04/+06   write: receive buffer descriptor list address, low 16 bits / bits 21:16;
//             writing the high word starts the receiver on that list (clears RL)
//   +10/+12   write: transmit buffer descriptor list address; the high word starts
//             transmission from that list (clears XL)
//   +14 VAR   15 MS mode select, 14 OS option switch (0), 13 RS self-test request (passes
//             at once), 12:10 self-test status (0), 9:2 interrupt vector, 0 ID
//   +16 CSR   15 RI receive interrupt (write 1 clears), 13 CA carrier, 12 OK transceiver
//             power, 10 SE sanity timer enable, 9 EL external loopback, 8 IL internal
//             loopback (0 = loopback, active low), 7 XI transmit interrupt (write 1
//             clears), 6 IE interrupt enable, 5 RL receive list invalid, 4 XL transmit
//             list invalid, 3 BD boot/diagnostic ROM, 2 NI non-existent memory, 1 SR
//             software reset (resets while set), 0 RE receiver enable
// A buffer descriptor is six words: flag (the controller sets <15:14> when it takes the
// descriptor), address descriptor (15 V valid, 14 C chain: the address is the next
// descriptor, 13 E end of message, 12 S setup frame, 7 L ends on a low byte, 6 H begins
// on a high byte, 5:0 address 21:16), address 15:0, buffer length (minus the word count),
// status word 1 and 2. Status word 1 <15:14>: 10 not used yet, 11 used and not the last
// segment, 00 last segment without error, 01 last with an error. On receive the last
// segment's status gives the frame length minus 60 (RBL: 10:8 in word 1, 7:0 in both
// bytes of word 2) and ESETUP (13) for a looped-back frame; on transmit word 1 has the
// error bits (12 loss of carrier, 11 no carrier, 9 abort) and word 2 the TDR count.
// One interrupt (BR4) at the VAR's vector for RI and XI, when IE is set.
// Frames come and go through an EthernetLink (ATTACH XQ PCAP:..., NAT:..., eth0). A
// setup frame (S) loads the address filter (delqa_filter.hpp) and is looped back to the
// receive list with ESETUP; in internal loopback every frame is (and not sent), in
// external loopback every frame is sent and looped back. The controller holds up to
// eight received frames while the host has no buffers for them, as the DELQA's receive
// FIFO does; more are dropped (counted). Not modelled: the DELQA-mode (MS=1) extensions
// (MOP, the boot/diagnostic ROM load, the DELQA-T's turbo rings), the sanity timer (SE is
// kept but never fires), collisions.
#pragma once
#include <cstdint>
#include <deque>
#include <memory>

#include "core/scheduler/scheduler.hpp"
#include "devices/dec/dec_bus.hpp"
#include "devices/dec/delqa_filter.hpp"
#include "devices/dec/ethernet_link.hpp"

namespace simmon::dec {

class Delqa final : public BusDevice {
public:
    static constexpr std::uint32_t kBase = 0774440;
    static constexpr std::uint16_t kVector = 0120;
    static constexpr std::size_t kRxHeld = 8;         // frames held without buffers
    static constexpr std::size_t kMaxFrame = 1514;    // without the CRC
    static constexpr std::size_t kMinFrame = 60;      // shorter ones are padded on the wire
    static constexpr SimTime kTransmitDelay = usec(20);
    static constexpr SimTime kDefaultPoll = usec(200);

    // CSR bits
    static constexpr std::uint16_t kRI = 0100000, kCA = 020000, kOK = 010000, kSE = 02000, kEL = 01000,
                                   kIL = 0400, kXI = 0200, kIE = 0100, kRL = 040, kXL = 020, kBD = 010, kNI = 04,
                                   kSR = 02, kRE = 01;
    // Address descriptor bits
    static constexpr std::uint16_t kValid = 0100000, kChain = 040000, kEndOfMessage = 020000, kSetup = 010000,
                                   kLowByteEnd = 0200, kHighByteStart = 0100;
    // Status word 1
    static constexpr std::uint16_t kLastNot = 0100000, kErrorUsed = 040000, kESetup = 020000, kLoss = 010000,
                                   kNoCarrier = 04000, kAbort = 01000;

    Delqa(Machine& machine, DecBus& bus);
    ~Delqa() override;

    std::uint32_t csr_base() const override { return kBase; }
    std::uint32_t csr_bytes() const override { return 16; }
    bool read(std::uint32_t addr, std::uint16_t& data) override;
    bool write(std::uint32_t addr, std::uint16_t data, bool byte) override;
    void reset() override;

    Status attach(Unit& unit, const std::string& spec, const AttachOptions& options) override;
    std::string attach_argument() const override;
    Status detach(Unit& unit) override;
    void serialize(StateArchive& s) override;
    std::string show_status() const override;

    const MacAddress& mac() const { return mac_; }
    const DelqaFilter& filter() const { return filter_; }
    std::uint64_t frames_sent() const { return sent_; }
    std::uint64_t frames_received() const { return received_; }
    std::uint64_t frames_dropped() const { return dropped_; }
    // A frame arriving from the wire now (tests; the link's frames come this way too).
    void frame_arrived(const EthernetFrame& frame);

private:
    struct Held {
        EthernetFrame frame;
        bool looped = false;  // a loopback or setup frame: ESETUP, no address filter
    };
    void software_reset();
    void update_interrupt();
    std::uint16_t var_vector_synced();
    void service();
    void schedule_service(SimTime delay);
    void transmit_list();
    void finish_transmit(std::uint32_t descriptor, std::size_t setup_length);
    bool deliver(const Held& h);
    void deliver_held();
    void hold(EthernetFrame frame, bool looped);
    bool read_descriptor(std::uint32_t addr, std::uint16_t (&d)[6]);
    bool write_status(std::uint32_t addr, std::uint16_t sw1, std::uint16_t sw2);
    void nxm(std::uint16_t list_bit);

    int irq_;
    Scheduler::HandlerId service_event_;
    std::unique_ptr<EthernetLink> link_;
    bool link_replays_ = false;

    MacAddress mac_{0x08, 0x00, 0x2B, 0xAA, 0xBB, 0xCC};
    DelqaFilter filter_;
    std::uint16_t csr_ = 0;
    std::uint16_t var_ = 0;
    std::uint16_t rbdl_low_ = 0, tbdl_low_ = 0;
    std::uint32_t rx_descriptor_ = 0;  // the next receive descriptor (valid while RL clear)
    std::uint32_t tx_descriptor_ = 0;  // the next transmit descriptor (valid while XL clear)
    bool tx_pending_ = false;          // the transmit list has descriptors to look at
    EthernetFrame tx_frame_;           // segments of the frame being gathered
    std::deque<Held> held_;
    std::uint64_t sent_ = 0, received_ = 0, dropped_ = 0;
    std::uint64_t poll_interval_ = kDefaultPoll / kNsPerUsec;  // POLL, microseconds
};

}  // namespace simmon::dec
