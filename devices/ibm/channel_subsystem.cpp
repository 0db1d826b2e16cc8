#include "devices/ibm/channel_subsystem.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "core/memory/dma_transfer.hpp"
#include "core/state/state_archive.hpp"
#include "devices/ibm/channel_device.hpp"

namespace simmon::ibm {

namespace {

constexpr Addr kCswAddress = 0x40;
constexpr Addr kCawAddress = 0x48;
constexpr std::uint8_t kChannelErrors = kChanIncorrectLength | kChanProgramCheck | kChanProtectionCheck |
                                        kChanDataCheck | kChanControlCheck | kChanInterfaceCheck | kChanChainingCheck;

std::uint8_t unit_status_of(std::uint64_t csw) { return static_cast<std::uint8_t>(csw >> 24); }

// The channel's bit in the mask the CPU passes (io_interface.hpp).
std::uint8_t mask_bit(int channel) { return channel < 7 ? static_cast<std::uint8_t>(0x80 >> channel) : 0x01; }

const char* phase_name(int phase) {
    static const char* const kNames[] = {"available", "working", "waiting for device end", "chaining"};
    return kNames[phase & 3];
}

}  // namespace

ChannelSubsystem::ChannelSubsystem(Machine& machine, PhysicalMemory& memory, s360::StorageKeys& keys)
    : Device(machine, "CHAN", "System/360 channels: byte multiplexer 0, selectors 1-6"), memory_(memory), keys_(keys) {
    pending_.reserve(64);
    Scheduler& sched = machine.scheduler();
    for (int i = 0; i < 256; ++i)
        multiplexer_[i].event = sched.add_handler(fmt::format("CHAN-0{:02X}", i), [this, i] { subchannel_event(multiplexer_[i]); });
    for (int c = 1; c < kChannels; ++c)
        selectors_[c].event = sched.add_handler(fmt::format("CHAN-SEL{}", c), [this, c] { subchannel_event(selectors_[c]); });

    for (int c = 1; c < kChannels; ++c) {
        const Subchannel& s = selectors_[c];
        add_register(reg_computed(fmt::format("SEL{}", c), 2, Radix::Hex,
                                  fmt::format("selector {} state: 0 available, 1 working, 2 wait DE, 3 chaining", c),
                                  [&s] { return std::uint64_t(s.phase); }));
        add_register(reg_computed(fmt::format("DEV{}", c), 12, Radix::Hex, fmt::format("selector {} device address", c),
                                  [&s] { return std::uint64_t(s.device); }));
        add_register(reg_computed(fmt::format("CCW{}", c), 24, Radix::Hex, fmt::format("selector {} last CCW + 8", c),
                                  [&s] { return std::uint64_t(s.ccw_address); }));
        add_register(reg_computed(fmt::format("CNT{}", c), 16, Radix::Hex, fmt::format("selector {} residual count", c),
                                  [&s] { return std::uint64_t(s.count); }));
    }
    add_register(reg_computed("PENDING", 16, Radix::Decimal, "I/O interruption conditions queued",
                              [this] { return std::uint64_t(pending_.size()); }));
    add_register(reg_computed("IPL", 1, Radix::Hex, "an IPL is in progress", [this] { return ipl_active_ ? 1u : 0u; }));
    set_debug_flags({"SIO", "STATUS"});
}

// ---- devices ----

Status ChannelSubsystem::add_device(ChannelDevice& device, std::uint16_t address) {
    address &= 0xFFF;
    if (channel_of(address) >= kChannels)
        return Status::error(fmt::format("address {:03X}: this machine has channels 0-{} only", address, kChannels - 1));
    if (devices_[address] && devices_[address] != &device)
        return Status::error(fmt::format("address {:03X} is taken by {}", address, devices_[address]->name()));
    devices_[address] = &device;
    return Status::ok();
}

void ChannelSubsystem::remove_device(ChannelDevice& device) {
    const std::uint16_t address = device.address() & 0xFFF;
    if (devices_[address] != &device) return;
    if (Subchannel* sub = subchannel_for(address); sub && subchannel_holds(*sub, address)) {
        machine().scheduler().cancel(sub->event);
        sub->phase = Phase::Idle;
    }
    std::erase_if(pending_, [address](const Pending& p) { return p.address == address; });
    devices_[address] = nullptr;
}

ChannelDevice* ChannelSubsystem::device_at(std::uint16_t address) const { return devices_[address & 0xFFF]; }

void ChannelSubsystem::stage_address(ChannelDevice& device, std::uint16_t address) {
    for (auto& [d, a] : staged_)
        if (d == &device) {
            a = address & 0xFFF;
            return;
        }
    staged_.emplace_back(&device, static_cast<std::uint16_t>(address & 0xFFF));
}

Status ChannelSubsystem::place_staged() {
    if (staged_.empty()) return Status::ok();
    const auto moves = std::move(staged_);
    staged_.clear();
    auto placed = devices_;
    for (const auto& [d, a] : moves)
        if (placed[d->address_] == d) placed[d->address_] = nullptr;
    for (const auto& [d, a] : moves) {
        if (channel_of(a) >= kChannels)
            return Status::error(fmt::format("{}: address {:03X}: this machine has channels 0-{} only", d->name(), a, kChannels - 1));
        if (placed[a] && placed[a] != d)
            return Status::error(fmt::format("{}: address {:03X} is taken by {}", d->name(), a, placed[a]->name()));
        placed[a] = d;
    }
    devices_ = placed;
    for (const auto& [d, a] : moves) d->address_ = a;
    return Status::ok();
}

ChannelSubsystem::Subchannel* ChannelSubsystem::subchannel_for(std::uint16_t address) {
    const int ch = channel_of(address);
    if (ch == 0) return &multiplexer_[address & 0xFF];
    return ch < kChannels ? &selectors_[ch] : nullptr;
}

const ChannelSubsystem::Subchannel* ChannelSubsystem::subchannel_for(std::uint16_t address) const {
    return const_cast<ChannelSubsystem*>(this)->subchannel_for(address);
}

ChannelDevice* ChannelSubsystem::operational(std::uint16_t address) const {
    if (channel_of(address) >= kChannels) return nullptr;
    ChannelDevice* d = devices_[address & 0xFFF];
    return d && d->enabled() ? d : nullptr;
}

bool ChannelSubsystem::subchannel_holds(const Subchannel& sub, std::uint16_t address) const {
    return sub.phase != Phase::Idle && sub.device == address;
}

// ---- the interruption queue ----

int ChannelSubsystem::find_pending(std::uint16_t address, bool at_subchannel) const {
    for (std::size_t i = 0; i < pending_.size(); ++i)
        if (pending_[i].address == address && pending_[i].at_subchannel == at_subchannel && !pending_[i].pci)
            return static_cast<int>(i);
    return -1;
}

int ChannelSubsystem::find_subchannel_pending(std::uint16_t address) const {
    const int ch = channel_of(address);
    for (std::size_t i = 0; i < pending_.size(); ++i) {
        const Pending& p = pending_[i];
        if (!p.at_subchannel && !p.pci) continue;
        if (ch == 0 ? p.address == address : channel_of(p.address) == ch) return static_cast<int>(i);
    }
    return -1;
}

void ChannelSubsystem::queue(std::uint16_t address, std::uint64_t csw, bool at_subchannel, bool pci) {
    if (!at_subchannel && !pci) {
        // Status a device raises on its own accumulates until the program clears it.
        if (int i = find_pending(address, false); i >= 0) {
            pending_[i].csw |= csw & 0x00000000FFFF0000ull;
            return;
        }
    }
    const int ch = channel_of(address);
    auto it = std::find_if(pending_.begin(), pending_.end(), [ch](const Pending& p) { return channel_of(p.address) > ch; });
    pending_.insert(it, Pending{address, csw, at_subchannel, pci, next_sequence_++});
    if (debug_mask() & 2) debug(2, fmt::format("{:03X} interruption queued, CSW {:016X}", address, csw));
    if (notify_) notify_();
}

std::uint64_t ChannelSubsystem::csw_of(const Subchannel& sub, std::uint8_t unit_status, std::uint8_t channel_status) const {
    return std::uint64_t{sub.key} << 60 | std::uint64_t{sub.ccw_address & 0xFFFFFF} << 32 |
           std::uint64_t{unit_status} << 24 | std::uint64_t{channel_status} << 16 | sub.count;
}

void ChannelSubsystem::store_csw(std::uint64_t csw) {
    if (!memory_.contains(kCswAddress, 8)) return;
    memory_.write64_be(kCswAddress, csw);
    keys_.note_channel_access(kCswAddress, 8, true);
}

void ChannelSubsystem::store_csw_status(std::uint16_t status) {
    if (!memory_.contains(kCswAddress, 8)) return;
    memory_.write16_be(kCswAddress + 4, status);
    keys_.note_channel_access(kCswAddress + 4, 2, true);
}

bool ChannelSubsystem::interruption_pending(std::uint8_t channel_mask) const {
    for (const Pending& p : pending_)
        if (mask_bit(channel_of(p.address)) & channel_mask) return true;
    return false;
}

std::uint16_t ChannelSubsystem::take_interruption(std::uint8_t channel_mask) {
    for (std::size_t i = 0; i < pending_.size(); ++i) {
        const Pending p = pending_[i];
        if (!(mask_bit(channel_of(p.address)) & channel_mask)) continue;
        std::uint64_t csw = p.csw;
        if (p.pci) {
            // A PCI reports where the program is when the CPU takes it.
            const Subchannel* sub = subchannel_for(p.address);
            csw = sub ? csw_of(*sub, 0, kChanPci) : csw;
        }
        pending_.erase(pending_.begin() + static_cast<std::ptrdiff_t>(i));
        store_csw(csw);
        return p.address;
    }
    return 0;
}

// ---- the four instructions ----

s360::IoConditionCode ChannelSubsystem::start_io(std::uint16_t address) {
    address &= 0xFFF;
    ChannelDevice* dev = operational(address);
    if (!dev) return 3;
    Subchannel& sub = *subchannel_for(address);
    if (sub.phase != Phase::Idle) return 2;
    if (find_subchannel_pending(address) >= 0) return 2;
    if (int i = find_pending(address, false); i >= 0) {
        const std::uint8_t status = unit_status_of(pending_[i].csw);
        remove_pending(i);
        store_csw_status(static_cast<std::uint16_t>((kBusy | status) << 8));
        return 1;
    }
    if (dev->busy()) {
        store_csw_status(kBusy << 8);
        return 1;
    }
    const Scheduler::HandlerId event = sub.event;
    sub = Subchannel{};
    sub.event = event;
    sub.device = address;
    const std::uint32_t caw = memory_.contains(kCawAddress, 4) ? memory_.read32_be(kCawAddress) : 0;
    sub.key = static_cast<std::uint8_t>(caw >> 28);
    sub.ccw_address = caw & 0xFFFFFF;
    if (debug_mask() & 1) debug(1, fmt::format("SIO {:03X} CAW {:08X}", address, caw));
    if ((caw & 0x0F000000) != 0) {
        store_csw(csw_of(sub, 0, kChanProgramCheck));
        return 1;
    }
    if (!fetch_ccw(sub, false, true)) {
        store_csw(csw_of(sub, 0, sub.channel_status));
        sub.phase = Phase::Idle;
        return 1;
    }
    std::uint64_t csw = 0;
    bool ended = false;
    begin_command(sub, false, &csw, &ended);
    if (ended) {
        store_csw(csw);
        return 1;
    }
    return 0;
}

s360::IoConditionCode ChannelSubsystem::test_io(std::uint16_t address) {
    address &= 0xFFF;
    ChannelDevice* dev = operational(address);
    if (!dev) return 3;
    const Subchannel& sub = *subchannel_for(address);
    if (sub.phase != Phase::Idle) return 2;
    if (int i = find_subchannel_pending(address); i >= 0) {
        if (pending_[i].address != address || pending_[i].pci) return 2;
        store_csw(pending_[i].csw);
        remove_pending(i);
        return 1;
    }
    if (int i = find_pending(address, false); i >= 0) {
        store_csw(pending_[i].csw);
        remove_pending(i);
        return 1;
    }
    if (dev->busy()) {
        store_csw_status(kBusy << 8);
        return 1;
    }
    return 0;
}

s360::IoConditionCode ChannelSubsystem::halt_io(std::uint16_t address) {
    address &= 0xFFF;
    ChannelDevice* dev = operational(address);
    if (!dev) return 3;
    Subchannel& sub = *subchannel_for(address);
    const bool selector = channel_of(address) != 0;
    if (sub.phase != Phase::Idle) {
        if (sub.device != address) {
            // The selector channel works for another device: HIO ends that burst.
            if (!selector) return 2;
        }
        sub.halted = true;
        ChannelDevice* working = devices_[sub.device];
        switch (sub.phase) {
            case Phase::Executing:
                if (std::uint8_t st = working ? working->halt() : 0; st != 0) {
                    machine().scheduler().cancel(sub.event);
                    sub.scheduled_status = 0;
                    handle_status(sub, st, nullptr, nullptr);
                }
                break;
            case Phase::Chaining:
                // The next command is not started: the operation ends with the last status.
                machine().scheduler().cancel(sub.event);
                end_operation(sub, sub.last_status, nullptr, nullptr);
                break;
            default: break;  // waiting for device end: the device's status ends it
        }
        if (selector) return 2;
        store_csw_status(0);
        return 1;
    }
    if (find_subchannel_pending(address) >= 0) return 0;
    dev->halt();
    store_csw_status(0);
    return 1;
}

s360::IoConditionCode ChannelSubsystem::test_channel(std::uint16_t address) {
    const int ch = channel_of(address & 0xFFF);
    if (ch >= kChannels) return 3;
    if (ch != 0 && selectors_[ch].phase != Phase::Idle) return 2;
    for (const Pending& p : pending_)
        if (channel_of(p.address) == ch) return 1;
    return 0;
}

// ---- channel programs ----

bool ChannelSubsystem::access(Subchannel& sub, Addr address, bool store) {
    if (keys_.channel_access_allowed(sub.key, static_cast<std::uint32_t>(address), store)) return true;
    sub.channel_status |= kChanProtectionCheck;
    return false;
}

bool ChannelSubsystem::fetch_ccw(Subchannel& sub, bool data_chaining, bool first) {
    bool after_tic = false;
    std::uint32_t tic_next = 0;
    for (;;) {
        const Addr a = sub.ccw_address;
        if ((a & 7) != 0 || !memory_.contains(a, 8)) {
            if (after_tic) sub.ccw_address = tic_next;  // the PoO: address of the TIC + 8
            sub.channel_status |= kChanProgramCheck;
            return false;
        }
        if (!access(sub, a, false)) {
            if (after_tic) sub.ccw_address = tic_next;
            return false;
        }
        const std::uint64_t ccw = memory_.read64_be(a);
        keys_.note_channel_access(static_cast<std::uint32_t>(a), 8, false);
        sub.ccw_address = static_cast<std::uint32_t>(a + 8) & 0xFFFFFF;
        const auto cmd = static_cast<std::uint8_t>(ccw >> 56);
        const auto data = static_cast<std::uint32_t>(ccw >> 32) & 0xFFFFFF;
        const auto flags = static_cast<std::uint8_t>(ccw >> 24);
        const auto count = static_cast<std::uint16_t>(ccw);
        if ((cmd & 0x0F) == 0x08) {
            // TIC: never the CAW's first CCW, never straight after another TIC.
            if (first || after_tic) {
                sub.channel_status |= kChanProgramCheck;
                return false;
            }
            after_tic = true;
            tic_next = sub.ccw_address;
            sub.ccw_address = data;
            continue;
        }
        if ((flags & kFlagsMustBeZero) != 0 || count == 0 ||
            (!data_chaining && command_class(cmd) == CommandClass::Invalid)) {
            sub.channel_status |= kChanProgramCheck;
            return false;
        }
        if (!data_chaining) sub.command = cmd;
        sub.flags = flags;
        sub.data_address = data;
        sub.count = count;
        return true;
    }
}

void ChannelSubsystem::note_pci(Subchannel& sub) {
    for (const Pending& p : pending_)
        if (p.pci && p.address == sub.device) return;  // one PCI condition at a time
    queue(sub.device, 0, false, true);
}

bool ChannelSubsystem::data_chain(Subchannel& sub) {
    if (!fetch_ccw(sub, true, false)) {
        sub.stopped = true;
        return false;
    }
    if (sub.flags & kFlagPci) note_pci(sub);
    return true;
}

// A data transfer of the device working on `sub`, through the core's DMA path so that a
// watchpoint on real storage sees it (core/memory/dma_transfer.hpp): a hit stops the
// machine when the transfer call ends, naming the device.
DmaTransfer ChannelSubsystem::transfer(const Subchannel& sub) const {
    const ChannelDevice* d = device_at(sub.device);
    return DmaTransfer(machine(), d ? std::string_view(d->name()) : std::string_view(name()));
}

std::size_t ChannelSubsystem::store(std::uint16_t address, const std::uint8_t* data, std::size_t length) {
    Subchannel* sub = subchannel_for(address & 0xFFF);
    if (!sub || sub->phase != Phase::Executing || sub->device != (address & 0xFFF) || sub->stopped || sub->halted) return 0;
    const bool backward = command_class(sub->command) == CommandClass::ReadBackward;
    DmaTransfer dma = transfer(*sub);
    std::size_t done = 0;
    while (done < length) {
        if (sub->count == 0) {
            if (!(sub->flags & kFlagChainData)) {
                sub->overrun = true;
                break;
            }
            if (!data_chain(*sub)) break;
        }
        sub->transferred = true;
        if (sub->flags & kFlagSkip) {
            const std::size_t n = std::min<std::size_t>(sub->count, length - done);
            sub->data_address = static_cast<std::uint32_t>(backward ? sub->data_address - n : sub->data_address + n) & 0xFFFFFF;
            sub->count = static_cast<std::uint16_t>(sub->count - n);
            done += n;
            continue;
        }
        const Addr a = sub->data_address;
        if (!memory_.contains(a, 1)) {
            sub->channel_status |= kChanProgramCheck;
            sub->stopped = true;
            break;
        }
        if (!access(*sub, a, true)) {
            sub->stopped = true;
            break;
        }
        // Up to the end of the protection block (forward) or its start (backward).
        std::size_t n = std::min<std::size_t>(sub->count, length - done);
        if (backward) {
            n = std::min<std::size_t>(n, (a % kProtectionBlock) + 1);
            for (std::size_t i = 0; i < n; ++i) dma.write8(a - i, data[done + i]);
            keys_.note_channel_access(static_cast<std::uint32_t>(a - n + 1), static_cast<std::uint32_t>(n), true);
            sub->data_address = static_cast<std::uint32_t>(a - n) & 0xFFFFFF;
        } else {
            n = std::min<std::size_t>(n, kProtectionBlock - (a % kProtectionBlock));
            n = std::min<std::size_t>(n, memory_.size() - a);
            dma.write(a, data + done, n);
            keys_.note_channel_access(static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(n), true);
            sub->data_address = static_cast<std::uint32_t>(a + n) & 0xFFFFFF;
        }
        sub->count = static_cast<std::uint16_t>(sub->count - n);
        done += n;
    }
    return done;
}

std::size_t ChannelSubsystem::fetch(std::uint16_t address, std::uint8_t* data, std::size_t length, bool to_end) {
    Subchannel* sub = subchannel_for(address & 0xFFF);
    if (!sub || sub->phase != Phase::Executing || sub->device != (address & 0xFFF) || sub->stopped || sub->halted) return 0;
    DmaTransfer dma = transfer(*sub);
    std::size_t done = 0;
    while (done < length) {
        if (sub->count == 0) {
            if (!(sub->flags & kFlagChainData)) {
                if (!to_end) sub->overrun = true;  // the device wanted more than the program gave
                break;
            }
            if (!data_chain(*sub)) break;
        }
        sub->transferred = true;
        const Addr a = sub->data_address;
        if (!memory_.contains(a, 1)) {
            sub->channel_status |= kChanProgramCheck;
            sub->stopped = true;
            break;
        }
        if (!access(*sub, a, false)) {
            sub->stopped = true;
            break;
        }
        std::size_t n = std::min<std::size_t>(sub->count, length - done);
        n = std::min<std::size_t>(n, kProtectionBlock - (a % kProtectionBlock));
        n = std::min<std::size_t>(n, memory_.size() - a);
        dma.read(a, data + done, n);
        keys_.note_channel_access(static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(n), false);
        sub->data_address = static_cast<std::uint32_t>(a + n) & 0xFFFFFF;
        sub->count = static_cast<std::uint16_t>(sub->count - n);
        done += n;
    }
    return done;
}

std::uint16_t ChannelSubsystem::count_left(std::uint16_t address) const {
    const Subchannel* sub = subchannel_for(address & 0xFFF);
    if (!sub || !subchannel_holds(*sub, address & 0xFFF)) return 0;
    return sub->count;
}

void ChannelSubsystem::begin_command(Subchannel& sub, bool chained, std::uint64_t* sio_csw, bool* ended) {
    sub.phase = Phase::Executing;
    sub.transferred = sub.overrun = sub.stopped = false;
    sub.scheduled_status = 0;
    if (sub.flags & kFlagPci) note_pci(sub);
    ChannelDevice* dev = operational(sub.device);
    if (!dev) {
        // The device went away between commands of a chain.
        sub.channel_status |= kChanInterfaceCheck;
        end_operation(sub, 0, sio_csw, ended);
        return;
    }
    if (debug_mask() & 1)
        debug(1, fmt::format("{:03X} command {:02X} flags {:02X} data {:06X} count {}", sub.device, sub.command, sub.flags,
                             sub.data_address, sub.count));
    const CommandResult r = dev->start_command(sub.command, chained);
    if (r.status == 0 || sub.phase != Phase::Executing) return;
    if (r.delay == 0) {
        handle_status(sub, r.status, sio_csw, ended);
        return;
    }
    sub.scheduled_status = r.status;
    machine().scheduler().activate(sub.event, r.delay);
}

void ChannelSubsystem::handle_status(Subchannel& sub, std::uint8_t status, std::uint64_t* sio_csw, bool* ended) {
    if (debug_mask() & 2) debug(2, fmt::format("{:03X} status {:02X}", sub.device, status));
    if (sub.phase == Phase::Executing) {
        status |= kChannelEnd;
        const CommandClass cls = command_class(sub.command);
        // No length check for an immediate command (control without data) or one the
        // device refused before any data moved.
        const bool immediate = !sub.transferred && (cls == CommandClass::Control || (status & (kUnitCheck | kUnitException)));
        if (!immediate && !sub.stopped && (sub.count != 0 || sub.overrun) && !(sub.flags & kFlagSuppressLength))
            sub.channel_status |= kChanIncorrectLength;
        sub.last_status = status;
        const bool errors = (sub.channel_status & kChannelErrors) || (status & (kUnitCheck | kUnitException));
        const bool chain = (sub.flags & kFlagChainCommand) && !errors && !sub.halted;
        if (status & kDeviceEnd) {
            if (chain) {
                if (status & kStatusModifier) sub.ccw_address = (sub.ccw_address + 8) & 0xFFFFFF;
                sub.phase = Phase::Chaining;
                machine().scheduler().activate(sub.event, kCcwTime);
                return;
            }
            end_operation(sub, status, sio_csw, ended);
            return;
        }
        if (chain || (sub.ipl && !errors)) {
            sub.phase = Phase::WaitingDeviceEnd;
            return;
        }
        end_operation(sub, status, sio_csw, ended);
        return;
    }
    if (sub.phase == Phase::WaitingDeviceEnd) {
        if (!(status & kDeviceEnd)) {
            queue(sub.device, std::uint64_t{status} << 24, false);
            return;
        }
        const bool errors = status & (kUnitCheck | kUnitException);
        if ((sub.flags & kFlagChainCommand) && !errors && !sub.halted) {
            if (status & kStatusModifier) sub.ccw_address = (sub.ccw_address + 8) & 0xFFFFFF;
            sub.last_status = static_cast<std::uint8_t>(status | kChannelEnd);
            sub.phase = Phase::Chaining;
            machine().scheduler().activate(sub.event, kCcwTime);
            return;
        }
        end_operation(sub, static_cast<std::uint8_t>(status | kChannelEnd), sio_csw, ended);
    }
}

void ChannelSubsystem::end_operation(Subchannel& sub, std::uint8_t unit_status, std::uint64_t* sio_csw, bool* ended) {
    std::uint8_t cs = sub.channel_status;
    for (std::size_t i = 0; i < pending_.size(); ++i)
        if (pending_[i].pci && pending_[i].address == sub.device) {
            // A PCI not yet taken is reported with the ending status instead.
            pending_.erase(pending_.begin() + static_cast<std::ptrdiff_t>(i));
            cs |= kChanPci;
            break;
        }
    const std::uint64_t csw = csw_of(sub, unit_status, cs);
    machine().scheduler().cancel(sub.event);
    sub.phase = Phase::Idle;
    if (sub.ipl) {
        sub.ipl = false;
        ipl_active_ = false;
        const bool ok = (unit_status & (kChannelEnd | kDeviceEnd)) == (kChannelEnd | kDeviceEnd) &&
                        !(unit_status & (kUnitCheck | kUnitException)) && !(cs & kChannelErrors);
        if (ipl_handler_) ipl_handler_(ipl_address_, ok, csw);
        return;
    }
    if (sio_csw) {
        *sio_csw = csw;
        *ended = true;
        return;
    }
    queue(sub.device, csw, true);
}

void ChannelSubsystem::subchannel_event(Subchannel& sub) {
    if (sub.phase == Phase::Executing) {
        const std::uint8_t status = sub.scheduled_status;
        sub.scheduled_status = 0;
        if (status) handle_status(sub, status, nullptr, nullptr);
        return;
    }
    if (sub.phase == Phase::Chaining) {
        if (!fetch_ccw(sub, false, false)) {
            end_operation(sub, sub.last_status, nullptr, nullptr);
            return;
        }
        begin_command(sub, true, nullptr, nullptr);
    }
}

void ChannelSubsystem::present_status(std::uint16_t address, std::uint8_t unit_status) {
    address &= 0xFFF;
    if (unit_status == 0) return;
    Subchannel* sub = subchannel_for(address);
    if (!sub) return;
    if (subchannel_holds(*sub, address) &&
        ((sub->phase == Phase::Executing && sub->scheduled_status == 0) || sub->phase == Phase::WaitingDeviceEnd)) {
        handle_status(*sub, unit_status, nullptr, nullptr);
        return;
    }
    // Not part of an operation: device end after channel end, attention, not-ready to ready.
    queue(address, std::uint64_t{unit_status} << 24, false);
}

// ---- IPL and reset ----

Status ChannelSubsystem::start_ipl(std::uint16_t address) {
    address &= 0xFFF;
    ChannelDevice* dev = operational(address);
    if (!dev) return Status::error(fmt::format("IPL: no device answers at address {:03X}", address));
    reset();
    Subchannel& sub = *subchannel_for(address);
    sub.device = address;
    sub.key = 0;
    sub.ccw_address = 8;  // command chaining continues with the CCW at location 8
    sub.command = 0x02;
    sub.flags = kFlagChainCommand | kFlagSuppressLength;
    sub.data_address = 0;
    sub.count = 24;
    sub.ipl = true;
    ipl_active_ = true;
    ipl_address_ = address;
    begin_command(sub, false, nullptr, nullptr);
    return Status::ok();
}

void ChannelSubsystem::reset() {
    Scheduler& sched = machine().scheduler();
    for (Subchannel& s : multiplexer_) {
        sched.cancel(s.event);
        const auto e = s.event;
        s = Subchannel{};
        s.event = e;
    }
    for (Subchannel& s : selectors_) {
        if (s.event != Scheduler::kNoHandler) sched.cancel(s.event);
        const auto e = s.event;
        s = Subchannel{};
        s.event = e;
    }
    pending_.clear();
    ipl_active_ = false;
}

std::string ChannelSubsystem::show_status() const {
    std::string out;
    for (int c = 1; c < kChannels; ++c) {
        const Subchannel& s = selectors_[c];
        out += fmt::format("channel {} (selector): {}", c, phase_name(static_cast<int>(s.phase)));
        if (s.phase != Phase::Idle)
            out += fmt::format(", device {:03X}, command {:02X}, CCW {:06X}, count {}", s.device, s.command, s.ccw_address, s.count);
        out += '\n';
    }
    int working = 0;
    for (const Subchannel& s : multiplexer_) working += s.phase != Phase::Idle;
    out += fmt::format("channel 0 (multiplexer): {} subchannel(s) working\n", working);
    for (const Pending& p : pending_)
        out += fmt::format("interruption pending: {:03X} CSW {:016X}{}\n", p.address, p.csw, p.pci ? " (PCI)" : "");
    if (ipl_active_) out += fmt::format("IPL from {:03X} in progress\n", ipl_address_);
    return out;
}

void ChannelSubsystem::serialize_subchannel(StateArchive& s, Subchannel& sub) {
    s.choice(sub.phase, Phase::Chaining);
    s.checked(sub.device, [](std::uint16_t v) { return v <= 0xFFF; }, "channel state: a device address is out of range");
    s(sub.key);
    s(sub.ccw_address);
    s(sub.command);
    s(sub.flags);
    s(sub.data_address);
    s(sub.count);
    s(sub.channel_status);
    s(sub.last_status);
    s(sub.scheduled_status);
    s(sub.transferred);
    s(sub.overrun);
    s(sub.stopped);
    s(sub.halted);
    s(sub.ipl);
}

void ChannelSubsystem::serialize(StateArchive& s) {
    for (Subchannel& sub : multiplexer_) serialize_subchannel(s, sub);
    for (Subchannel& sub : selectors_) serialize_subchannel(s, sub);
    // The interruption queue: a count, then each condition (its order is its priority
    // within a channel, so the sequence numbers are renumbered on load).
    std::uint32_t n = static_cast<std::uint32_t>(pending_.size());
    s(n);
    if (s.loading()) {
        if (n > kMaxPending) {
            s.fail("channel state: too many pending interruptions");
            return;
        }
        pending_.assign(n, Pending{});
    }
    for (std::uint32_t i = 0; i < n && !s.failed(); ++i) {
        Pending& p = pending_[i];
        s.checked(p.address, [](std::uint16_t v) { return v <= 0xFFF; }, "channel state: a device address is out of range");
        s(p.csw);
        s(p.at_subchannel);
        s(p.pci);
        if (s.loading()) p.sequence = i;
    }
    s(next_sequence_);
    if (s.loading() && next_sequence_ < n) next_sequence_ = n;
    s(ipl_active_);
    s.checked(ipl_address_, [](std::uint16_t v) { return v <= 0xFFF; }, "channel state: the IPL address is out of range");
}

}  // namespace simmon::ibm
