// The System/360 channels: one byte-multiplexer channel (0) and six selector channels
// (1-6), as a simplex Model 67 has them, executing channel programs from real storage.
// Implements the CPU's view (machines/s360/bus/io_interface.hpp): START I/O, TEST I/O,
// HALT I/O, TEST CHANNEL and the I/O interruption. Follows the Principles of Operation
// (GA22-6821), "Input/Output Operations": CAW at X'48', CCWs with data and command
// chaining, skip, SLI, PCI and TIC; the CSW at X'40' with unit and channel status; channel
// end and device end arriving in simulated time through the machine's scheduler. Data
// moves through the core's DMA path, so watchpoints on real storage see it.
//
// A selector channel has one subchannel, busy from START I/O until the operation (with its
// chain) ends; the multiplexer gives each device its own subchannel. Interruption
// conditions wait in one queue ordered by channel (0 first), then by arrival.
// Every command-chaining step costs simulated time, so a channel program that loops (NOP,
// TIC back to it) runs forever in simulated time as on the real machine, and never hangs
// the host.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/machine/device.hpp"
#include "core/memory/physical_memory.hpp"
#include "core/scheduler/scheduler.hpp"
#include "devices/ibm/channel_defs.hpp"
#include "machines/s360/bus/io_interface.hpp"
#include "machines/s360/bus/storage_keys.hpp"

namespace simmon {
class DmaTransfer;
}

namespace simmon::ibm {

class ChannelDevice;

class ChannelSubsystem final : public Device, public s360::IoInterface {
public:
    static constexpr int kChannels = 7;  // 0 multiplexer, 1-6 selector
    // Time a channel takes to fetch and start one chained CCW.
    static constexpr SimTime kCcwTime = usec(4);

    // Called when an IPL's channel program ends: success is false when it ended in error
    // (the CPU then stays in the load state). The CSW of the end is passed for messages.
    using IplHandler = std::function<void(std::uint16_t address, bool success, std::uint64_t csw)>;

    // Storage keys are the CPU's (machines/s360/bus/storage_keys.hpp): the channel checks
    // each transfer against the CAW key and reports the reference and change it caused.
    ChannelSubsystem(Machine& machine, PhysicalMemory& memory, s360::StorageKeys& keys);

    // ---- devices ----
    Status add_device(ChannelDevice& device, std::uint16_t address);
    void remove_device(ChannelDevice& device);
    ChannelDevice* device_at(std::uint16_t address) const;
    // Loading a state: each device stages its address; the first finish_load() places them
    // all at once, each checked against where the others end up (devices may trade
    // addresses), all or nothing. The channels' own state came from the same stream, so
    // nothing in progress is cancelled as SET ADDRESS does.
    void stage_address(ChannelDevice& device, std::uint16_t address);
    Status place_staged();

    // ---- IoInterface (the CPU's four instructions and the interruption) ----
    s360::IoConditionCode start_io(std::uint16_t address) override;
    s360::IoConditionCode test_io(std::uint16_t address) override;
    s360::IoConditionCode halt_io(std::uint16_t address) override;
    s360::IoConditionCode test_channel(std::uint16_t address) override;
    bool interruption_pending(std::uint8_t channel_mask) const override;
    std::uint16_t take_interruption(std::uint8_t channel_mask) override;

    // ---- the device's side, valid while the device holds a command ----
    // Input: stores `length` bytes (device order; read backward stores them downwards),
    // following data chaining. Returns how many the channel program took; fewer means the
    // area ended (incorrect length unless SLI) or a program/protection check stopped it.
    std::size_t store(std::uint16_t address, const std::uint8_t* data, std::size_t length);
    // Output: fetches up to `length` bytes; fewer means the program's data ended, which is
    // incorrect length (unless SLI) for a device that wanted `length` bytes. A device that
    // takes whatever the program gives (a tape block, a console line) passes `to_end`.
    std::size_t fetch(std::uint16_t address, std::uint8_t* data, std::size_t length, bool to_end = false);
    // Bytes left in the current CCW (not counting data-chained ones).
    std::uint16_t count_left(std::uint16_t address) const;
    // Status from the device: the end of a command it answered "later", device end after
    // channel end, or status of its own (attention, device end on becoming ready).
    void present_status(std::uint16_t address, std::uint8_t unit_status);

    // ---- IPL ----
    // System reset of the channels, then the IPL read (X'02', address 0, count 24, command
    // chaining and SLI, key 0) from the device, running in simulated time; the handler is
    // called when the chain ends. Error when no device answers at the address.
    Status start_ipl(std::uint16_t address);
    bool ipl_in_progress() const { return ipl_active_; }
    void set_ipl_handler(IplHandler handler) { ipl_handler_ = std::move(handler); }
    // Called whenever an interruption condition is queued, so the CPU looks at the next
    // instruction boundary (S360Cpu::signal_io).
    void set_interruption_notifier(std::function<void()> notify) { notify_ = std::move(notify); }

    void reset() override;  // system reset: every operation and interruption condition dropped
    bool can_disable() const override { return false; }
    std::string show_status() const override;
    void serialize(StateArchive& s) override;

    std::size_t pending_count() const { return pending_.size(); }

private:
    enum class Phase : std::uint8_t { Idle, Executing, WaitingDeviceEnd, Chaining };
    struct Subchannel {
        Phase phase = Phase::Idle;
        std::uint16_t device = 0;         // address of the device working
        std::uint8_t key = 0;
        std::uint32_t ccw_address = 0;    // last CCW used + 8
        std::uint8_t command = 0;
        std::uint8_t flags = 0;
        std::uint32_t data_address = 0;
        std::uint16_t count = 0;          // residual of the current CCW
        std::uint8_t channel_status = 0;  // checks found during this operation
        std::uint8_t last_status = 0;     // unit status of the last command (for chaining)
        std::uint8_t scheduled_status = 0;  // status arriving with the event
        bool transferred = false;         // the current command moved data
        bool overrun = false;             // the device had more data than the area
        bool stopped = false;             // a check ended the data transfer
        bool halted = false;              // HALT I/O: no more data, no chaining
        bool ipl = false;
        Scheduler::HandlerId event = Scheduler::kNoHandler;
    };
    struct Pending {
        std::uint16_t address = 0;
        std::uint64_t csw = 0;
        bool at_subchannel = false;  // ends an operation (blocks the subchannel until cleared)
        bool pci = false;            // program-controlled: CSW taken from the subchannel when cleared
        std::uint64_t sequence = 0;
    };
    // More conditions than devices cannot be pending; a saved state claiming more is bad.
    static constexpr std::uint32_t kMaxPending = 4 * 4096;
    static void serialize_subchannel(StateArchive& s, Subchannel& sub);

    static int channel_of(std::uint16_t address) { return (address >> 8) & 0xF; }
    Subchannel* subchannel_for(std::uint16_t address);
    const Subchannel* subchannel_for(std::uint16_t address) const;
    ChannelDevice* operational(std::uint16_t address) const;
    DmaTransfer transfer(const Subchannel& sub) const;
    bool subchannel_holds(const Subchannel& sub, std::uint16_t address) const;
    int find_pending(std::uint16_t address, bool at_subchannel) const;
    int find_subchannel_pending(std::uint16_t address) const;  // for the address's subchannel
    void queue(std::uint16_t address, std::uint64_t csw, bool at_subchannel, bool pci = false);
    void remove_pending(int index) { pending_.erase(pending_.begin() + index); }
    std::uint64_t csw_of(const Subchannel& sub, std::uint8_t unit_status, std::uint8_t channel_status) const;
    void store_csw(std::uint64_t csw);
    void store_csw_status(std::uint16_t status);

    // CCW fetch: false with channel status set in the subchannel when the CCW is invalid.
    bool fetch_ccw(Subchannel& sub, bool data_chaining, bool first);
    bool access(Subchannel& sub, Addr address, bool store);
    static constexpr Addr kProtectionBlock = 2048;
    bool data_chain(Subchannel& sub);
    void begin_command(Subchannel& sub, bool chained, std::uint64_t* sio_csw, bool* ended);
    // Handles unit status for the subchannel's operation. With `sio_csw` (START I/O's own
    // first command), an ending is returned there instead of queued; `ended` says whether it ended.
    void handle_status(Subchannel& sub, std::uint8_t status, std::uint64_t* sio_csw, bool* ended);
    void end_operation(Subchannel& sub, std::uint8_t unit_status, std::uint64_t* sio_csw, bool* ended);
    void subchannel_event(Subchannel& sub);
    void note_pci(Subchannel& sub);

    PhysicalMemory& memory_;
    s360::StorageKeys& keys_;
    std::array<ChannelDevice*, 4096> devices_{};
    std::vector<std::pair<ChannelDevice*, std::uint16_t>> staged_;  // stage_address
    std::array<Subchannel, 256> multiplexer_;
    std::array<Subchannel, kChannels> selectors_;  // [0] unused
    std::vector<Pending> pending_;
    std::uint64_t next_sequence_ = 0;
    bool ipl_active_ = false;
    std::uint16_t ipl_address_ = 0;
    IplHandler ipl_handler_;
    std::function<void()> notify_;
};

}  // namespace simmon::ibm
