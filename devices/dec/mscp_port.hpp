// The UQSSP port (Unibus/Q-bus Storage Systems Port) that DEC's MSCP and TMSCP
// controllers present to their host: UDA50 and RQDX3 disks, TK50 (TUK50, TQK50) tapes.
// Two registers: IP (base+0: a read makes the port poll its command ring, a write
// re-initialises it) and SA (base+2: status and the initialisation steps; host data
// during them). Initialisation in four steps (UDA50 Programmer's Guide, "Port
// initialization"):
//   step 1  SA reads S1 (04000) and the port's features; the host writes 1, WR, command
//           and response ring lengths (log2, 13:11 and 10:8), IE and the vector/4 (6:0)
//   step 2  SA reads S2 (010000), the port type and the echo of the step-1 word's high
//           byte; the host writes the ring base's low word (15:1) and PI
//   step 3  SA reads S3 (020000) and the echo of the step-1 word's low byte; the host
//           writes PP (15) and the ring base's high bits (14:0)
//   step 4  SA reads S4 (040000), the controller model (10:4) and microcode version
//           (3:0); the host writes GO (0), LF (1) and the burst size (7:2); SA reads 0
// Each step ends with an interrupt at the programmed vector when IE is set.
//
// The communications area at the ring base: the response ring's descriptors, then the
// command ring's; the two words before the base are the command and response interrupt
// indicators. A descriptor is a longword: 31 OWN (the port owns it), 30 FLAG (interrupt
// when the port gives it back), the message's bus address. A message has a four-byte
// envelope before the address: its length (word), type and credits (byte, 7:4 and 3:0)
// and connection id (byte: 0 is the MSCP server, 1 the TMSCP server, 2 the diagnostic
// DUP server, which these ports do not have).
//
// The port takes commands in ring order, one at a time: the server (a subclass) says how
// long each takes in simulated time and then carries it out; its end message goes into
// the next response slot the host has given the port (a full response ring holds it
// back until one is free). Commands are not executed concurrently, which MSCP allows.
#pragma once
#include <array>
#include <cstdint>
#include <deque>
#include <vector>

#include "core/scheduler/scheduler.hpp"
#include "devices/dec/dec_bus.hpp"

namespace simmon::dec {

// An MSCP or TMSCP message: the text after the envelope, with little-endian fields at the
// byte offsets the MSCP specification gives.
struct MscpMessage {
    static constexpr std::size_t kMaxLength = 64;
    std::array<std::uint8_t, kMaxLength> text{};
    std::uint16_t length = 0;
    std::uint8_t type_credits = 0;
    std::uint8_t connection = 0;

    std::uint8_t u8(std::size_t at) const { return at < kMaxLength ? text[at] : 0; }
    std::uint16_t u16(std::size_t at) const { return static_cast<std::uint16_t>(u8(at) | (u8(at + 1) << 8)); }
    std::uint32_t u32(std::size_t at) const { return u16(at) | (static_cast<std::uint32_t>(u16(at + 2)) << 16); }
    void put8(std::size_t at, std::uint8_t v) {
        if (at < kMaxLength) text[at] = v;
    }
    void put16(std::size_t at, std::uint16_t v) {
        put8(at, static_cast<std::uint8_t>(v));
        put8(at + 1, static_cast<std::uint8_t>(v >> 8));
    }
    void put32(std::size_t at, std::uint32_t v) {
        put16(at, static_cast<std::uint16_t>(v));
        put16(at + 2, static_cast<std::uint16_t>(v >> 16));
    }
};

// Offsets common to every command and end message (MSCP specification, "Message formats").
namespace mscp {
constexpr std::size_t kCmdRef = 0, kUnit = 4, kSequence = 6, kOpcode = 8, kFlags = 9, kModifiers = 10,
                      kStatus = 10;
constexpr std::uint8_t kEndFlag = 0x80;
// Status codes (5 bits) and the subcodes this port reports (<< 5).
constexpr std::uint16_t kStSuccess = 0, kStInvalidCommand = 1, kStAborted = 2, kStOffline = 3, kStAvailable = 4,
                        kStMediaFormat = 5, kStWriteProtected = 6, kStCompareError = 7, kStDataError = 8,
                        kStHostBufferError = 9, kStControllerError = 10, kStDriveError = 11, kStFormatterError = 12,
                        kStBot = 13, kStTapeMark = 14, kStRecordTruncated = 16;
constexpr std::uint16_t kSubUnitUnknown = 0 << 5, kSubNoVolume = 1 << 5;
constexpr std::uint16_t kSubAlreadyOnline = 8 << 5;
constexpr std::uint16_t kSubHardwareProtect = 256 << 5;
constexpr std::uint16_t kSubNonexistentMemory = 3 << 5;
// Invalid command: the byte offset of the field at fault in 15:8.
constexpr std::uint16_t invalid_field(std::size_t offset) {
    return static_cast<std::uint16_t>(kStInvalidCommand | (offset << 8));
}
// Media type identifier: two letters of the controller's class ("DU", "MU"), the
// drive's letters and number, five bits a letter (MSCP specification, "Media type").
constexpr std::uint32_t media_id(char d0, char d1, char a0, char a1, std::uint32_t number) {
    return static_cast<std::uint32_t>(d0 - '@') << 27 | static_cast<std::uint32_t>(d1 - '@') << 22 |
           static_cast<std::uint32_t>(a0 - '@') << 17 | static_cast<std::uint32_t>(a1 - '@') << 12 | number;
}
}  // namespace mscp

class MscpPort : public BusDevice {
public:
    enum class Step : std::uint8_t { One, Two, Three, PurgePoll, Four, Running };

    enum Server : std::uint8_t { kMscpServer = 0, kTmscpServer = 1 };
    // `model` and `version`: what S4 reports; `vector` the one SIMH's configuration tables
    // give (until the host programs it); `server` the connection the controller serves.
    MscpPort(Machine& machine, DecBus& bus, std::string name, std::string description, std::uint32_t csr,
             std::uint16_t vector, std::uint16_t model, std::uint16_t version, Server server);

    std::uint32_t csr_base() const override { return csr_; }
    std::uint32_t csr_bytes() const override { return 4; }
    bool read(std::uint32_t addr, std::uint16_t& data) override;
    bool write(std::uint32_t addr, std::uint16_t data, bool byte) override;
    void reset() override;

    Step step() const { return step_; }
    std::uint16_t sa() const { return sa_; }
    std::uint32_t ring_base() const { return ring_base_; }

protected:
    // How long the command takes (the port then calls execute). Called when it is taken.
    virtual SimTime command_time(const MscpMessage& command) = 0;
    // Carries the command out and fills in its end message (the port sets the envelope).
    virtual void execute(const MscpMessage& command, MscpMessage& end) = 0;
    // The port is re-initialised: every unit goes back to available (MSCP: a host
    // that re-initialises its port has lost its units).
    virtual void port_reset() = 0;

    int irq() const { return irq_; }
    int dma_bits() const { return dma_bits_; }
    std::uint32_t bus_address(std::uint32_t a) const { return a & ((1u << dma_bits_) - 1); }
    // The port's state, for the controller's serialize().
    void serialize_port(StateArchive& s);
    std::string port_status() const;

    // A standard end message for `command`: reference, unit, end code and status.
    static void begin_end(const MscpMessage& command, MscpMessage& end, std::uint16_t status, std::uint16_t length);
    // The commands to the controller itself, alike in MSCP and TMSCP: ABORT, GET COMMAND
    // STATUS, SET CONTROLLER CHARACTERISTICS. False: `command` is none of them.
    bool controller_command(const MscpMessage& command, MscpMessage& end);
    std::uint16_t host_timeout() const { return host_timeout_; }

private:
    void enter_step();
    void poll();
    void command_done();
    bool take_command(MscpMessage& command);
    bool deliver(const MscpMessage& response);
    void port_interrupt();
    bool read_long(std::uint32_t addr, std::uint32_t& value);
    bool write_long(std::uint32_t addr, std::uint32_t value);
    void fatal(std::uint16_t code);

    std::uint32_t csr_;
    std::uint16_t model_, version_;
    std::uint8_t server_;
    int irq_;
    int dma_bits_;
    Scheduler::HandlerId step_event_, poll_event_, command_event_;

    Step step_ = Step::One;
    std::uint16_t sa_ = 0;
    std::uint16_t step1_ = 0;  // the host's step-1 word
    std::uint16_t vector_ = 0;  // the vector it programmed; 0: the host polls
    std::uint32_t ring_base_ = 0;
    std::uint8_t command_ring_log2_ = 0, response_ring_log2_ = 0;
    std::uint16_t command_index_ = 0, response_index_ = 0;
    bool purge_poll_ = false;
    bool busy_ = false;  // a command taken and not yet done
    std::uint8_t credits_owed_ = 0;
    std::uint16_t host_timeout_ = 0, controller_flags_ = 0;
    MscpMessage current_;
    std::deque<MscpMessage> responses_;  // end messages waiting for a free response slot
};

}  // namespace simmon::dec
