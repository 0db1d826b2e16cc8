// The UQSSP port of MSCP and TMSCP controllers (see mscp_port.hpp).
#include "devices/dec/mscp_port.hpp"

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "core/state/state_archive.hpp"
#include "devices/dec/dec_device_support.hpp"

namespace simmon::dec {

namespace {

constexpr std::uint16_t kSaError = 0x8000, kSaS4 = 0x4000, kSaS3 = 0x2000, kSaS2 = 0x1000, kSaS1 = 0x0800;
constexpr std::uint16_t kS1Q22 = 0x0200;  // the port drives 22-bit addresses
constexpr std::uint16_t kS1Wrap = 0x4000, kS1Valid = 0x8000, kS1InterruptEnable = 0x80;
constexpr std::uint16_t kS3PurgePoll = 0x8000;
constexpr std::uint16_t kS4Go = 0x01;
constexpr std::uint32_t kOwn = 0x80000000u, kFlag = 0x40000000u;
// Fatal port error codes in SA (UDA50 manual, "SA error codes"): a host that breaks the
// protocol (a descriptor or envelope out of memory) finds SA<15> set and re-initialises.
constexpr std::uint16_t kErrHostMemory = 0x0004;

// The port's time to pass from one initialisation step to the next, and to notice a
// command once polled (a microprocessor firmware loop; no figure is published, so these
// are ours: short next to a disk's milliseconds).
constexpr SimTime kStepTime = usec(100);
constexpr SimTime kPollTime = usec(50);
constexpr SimTime kResponseRetry = msec(1);
// Credits: how many commands the host may have outstanding. The port executes one at a
// time and queues the rest in the ring; 14 fits the four-bit credit field.
constexpr std::uint8_t kCredits = 14;

constexpr std::uint32_t kDebugPort = 1u << 0;
constexpr std::uint32_t kDebugCmd = 1u << 1;

}  // namespace

MscpPort::MscpPort(Machine& machine, DecBus& bus, std::string name, std::string description, std::uint32_t csr,
                   std::uint16_t vector, std::uint16_t model, std::uint16_t version, Server server)
    : BusDevice(machine, bus, name, std::move(description)),
      csr_(csr),
      model_(model),
      version_(version),
      server_(server),
      irq_(bus.add_interrupt(name, 5, vector)),
      dma_bits_(bus.dma_address_bits() >= 22 ? 22 : 18) {
    Scheduler& sched = machine.scheduler();
    step_event_ = sched.add_handler(name + "-STEP", [this] { enter_step(); });
    poll_event_ = sched.add_handler(name + "-POLL", [this] { poll(); });
    command_event_ = sched.add_handler(name + "-CMD", [this] { command_done(); });
    add_register(reg_computed("SA", 16, Radix::Octal, "status and address (initialisation step)",
                              [this] { return std::uint64_t{sa_}; }));
    add_register(reg_computed("STEP", 3, Radix::Octal, "initialisation step (1-4, 5 running)",
                              [this] { return std::uint64_t{step_ == Step::Running ? 5u : step_ == Step::Four ? 4u
                                                                   : step_ == Step::One ? 1u : step_ == Step::Two ? 2u : 3u}; }));
    add_register(reg_readonly("RINGBASE", ring_base_, 22, Radix::Octal, "communications area (ring base) address"));
    add_register(reg_readonly("CMDIX", command_index_, 8, Radix::Octal, "next command descriptor"));
    add_register(reg_readonly("RSPIX", response_index_, 8, Radix::Octal, "next response descriptor"));
    add_register(interrupt_register("INT", bus, irq_));
    set_debug_flags({"PORT", "CMD"});
}

void MscpPort::reset() {
    Scheduler& sched = machine().scheduler();
    sched.cancel(step_event_);
    sched.cancel(poll_event_);
    sched.cancel(command_event_);
    bus().clear_interrupt(irq_);
    busy_ = false;
    responses_.clear();
    step1_ = 0;
    vector_ = 0;
    ring_base_ = 0;
    command_index_ = response_index_ = 0;
    command_ring_log2_ = response_ring_log2_ = 0;
    purge_poll_ = false;
    credits_owed_ = 0;
    host_timeout_ = controller_flags_ = 0;
    step_ = Step::One;
    sa_ = static_cast<std::uint16_t>(kSaS1 | (dma_bits_ >= 22 ? kS1Q22 : 0));
    port_reset();
}

bool MscpPort::read(std::uint32_t addr, std::uint16_t& data) {
    if ((addr & 2) == 0) {
        // IP: a read starts the port polling its command ring.
        data = 0;
        if (debug_mask() & kDebugPort) debug(kDebugPort, "IP read");
        if (step_ == Step::Running) machine().scheduler().activate_if_idle(poll_event_, kPollTime);
        return true;
    }
    data = sa_;
    return true;
}

bool MscpPort::write(std::uint32_t addr, std::uint16_t data, bool byte) {
    if ((addr & 2) == 0) {
        // IP: any write re-initialises the port.
        if (debug_mask() & kDebugPort) debug(kDebugPort, "initialise (IP written)");
        reset();
        return true;
    }
    const std::uint16_t value = merge_write(sa_, addr, data, byte);
    if (debug_mask() & kDebugPort) debug(kDebugPort, fmt::format("SA <- {:06o} in step {}", value, static_cast<int>(step_)));
    if ((step1_ & kS1Wrap) && step_ == Step::One) {
        sa_ = value;  // diagnostic wrap: SA reads back what the host writes
        return true;
    }
    Scheduler& sched = machine().scheduler();
    if (sched.is_active(step_event_)) return true;  // the port has not taken the last word yet
    switch (step_) {
        case Step::One:
            if (!(value & kS1Valid)) return true;  // not a step-1 word
            step1_ = value;
            if (value & kS1Wrap) {
                sa_ = value;
                return true;
            }
            command_ring_log2_ = static_cast<std::uint8_t>((value >> 11) & 7);
            response_ring_log2_ = static_cast<std::uint8_t>((value >> 8) & 7);
            vector_ = static_cast<std::uint16_t>((value & 0x7F) << 2);
            bus().set_interrupt_vector(irq_, vector_);
            step_ = Step::Two;
            sched.activate(step_event_, kStepTime);
            return true;
        case Step::Two:
            ring_base_ = value & 0xFFFEu;
            step_ = Step::Three;
            sched.activate(step_event_, kStepTime);
            return true;
        case Step::Three:
            ring_base_ = bus_address(ring_base_ | (static_cast<std::uint32_t>(value & 0x7FFF) << 16));
            purge_poll_ = value & kS3PurgePoll;
            step_ = purge_poll_ ? Step::PurgePoll : Step::Four;
            if (purge_poll_)
                sa_ = 0;  // the port waits for the host to write zero to SA
            else
                sched.activate(step_event_, kStepTime);
            return true;
        case Step::PurgePoll:
            step_ = Step::Four;
            sched.activate(step_event_, kStepTime);
            return true;
        case Step::Four:
            if (value & kS4Go) {
                step_ = Step::Running;
                sa_ = 0;
                credits_owed_ = kCredits - 1;  // the host starts with one
                if (debug_mask() & kDebugPort)
                    debug(kDebugPort, fmt::format("running: ring base {:o}, {} command and {} response slots", ring_base_,
                                                  1 << command_ring_log2_, 1 << response_ring_log2_));
            }
            return true;
        case Step::Running:
            return true;  // the host's purge-complete word
    }
    return true;
}

// A step's word was taken: SA shows the next step and, with IE, the port interrupts.
void MscpPort::enter_step() {
    switch (step_) {
        case Step::Two: sa_ = static_cast<std::uint16_t>(kSaS2 | (step1_ >> 8)); break;
        case Step::Three: sa_ = static_cast<std::uint16_t>(kSaS3 | (step1_ & 0xFF)); break;
        case Step::Four: sa_ = static_cast<std::uint16_t>(kSaS4 | ((model_ & 0x7F) << 4) | (version_ & 0xF)); break;
        default: return;
    }
    if (step1_ & kS1InterruptEnable) port_interrupt();
}

void MscpPort::port_interrupt() {
    // A vector of zero means the host polls (UDA50 manual: "no interrupts").
    if ((step1_ & kS1InterruptEnable) && vector_ != 0) bus().raise_interrupt(irq_);
}

void MscpPort::fatal(std::uint16_t code) {
    machine().scheduler().cancel(poll_event_);
    machine().scheduler().cancel(command_event_);
    busy_ = false;
    responses_.clear();
    step_ = Step::One;  // until the host re-initialises, the port answers nothing more
    sa_ = static_cast<std::uint16_t>(kSaError | code);
    if (debug_mask() & kDebugPort) debug(kDebugPort, fmt::format("fatal error, SA {:06o}", sa_));
    port_interrupt();
}

bool MscpPort::read_long(std::uint32_t addr, std::uint32_t& value) {
    std::uint16_t w[2] = {0, 0};
    if (bus().dma_read_words(*this, bus_address(addr), w, 2) != 2) return false;
    value = w[0] | (static_cast<std::uint32_t>(w[1]) << 16);
    return true;
}

bool MscpPort::write_long(std::uint32_t addr, std::uint32_t value) {
    const std::uint16_t w[2] = {static_cast<std::uint16_t>(value), static_cast<std::uint16_t>(value >> 16)};
    return bus().dma_write_words(*this, bus_address(addr), w, 2) == 2;
}

// Takes the next command the host has given the port, if any, and gives its descriptor back.
bool MscpPort::take_command(MscpMessage& command) {
    const std::uint32_t slot = ring_base_ + 4u * (1u << response_ring_log2_) + 4u * command_index_;
    std::uint32_t desc = 0;
    if (!read_long(slot, desc)) {
        fatal(kErrHostMemory);
        return false;
    }
    if (!(desc & kOwn)) return false;
    const std::uint32_t text = bus_address(desc & 0x3FFFFFFFu);
    std::uint16_t envelope[2] = {0, 0};
    if (bus().dma_read_words(*this, bus_address(text - 4), envelope, 2) != 2) {
        fatal(kErrHostMemory);
        return false;
    }
    command = MscpMessage{};
    command.length = std::min<std::uint16_t>(envelope[0], MscpMessage::kMaxLength);
    command.type_credits = static_cast<std::uint8_t>(envelope[1]);
    command.connection = static_cast<std::uint8_t>(envelope[1] >> 8);
    if (bus().dma_read_bytes(*this, text, command.text.data(), command.length) != command.length) {
        fatal(kErrHostMemory);
        return false;
    }
    if (!write_long(slot, desc & ~kOwn)) {
        fatal(kErrHostMemory);
        return false;
    }
    command_index_ = static_cast<std::uint16_t>((command_index_ + 1) & ((1u << command_ring_log2_) - 1));
    if (desc & kFlag) {
        std::uint16_t one = 1;
        bus().dma_write_words(*this, bus_address(ring_base_ - 4), &one, 1);  // command interrupt indicator
        port_interrupt();
    }
    return true;
}

// Puts an end message in the next response slot; false while the host owns none.
bool MscpPort::deliver(const MscpMessage& response) {
    const std::uint32_t slot = ring_base_ + 4u * response_index_;
    std::uint32_t desc = 0;
    if (!read_long(slot, desc)) {
        fatal(kErrHostMemory);
        return true;
    }
    if (!(desc & kOwn)) return false;
    const std::uint32_t text = bus_address(desc & 0x3FFFFFFFu);
    std::uint16_t room = 0;
    if (bus().dma_read_words(*this, bus_address(text - 4), &room, 1) != 1) {
        fatal(kErrHostMemory);
        return true;
    }
    // The whole end message goes in, whatever the envelope offers: DEC's own boot ROMs
    // clear their response envelope's length to zero and still read the status (M9312 DU
    // PROM 23-767A9); every host's slots hold the longest MSCP message anyway.
    (void)room;
    const std::uint16_t length = response.length;
    const std::uint8_t credits = std::min<std::uint8_t>(credits_owed_, 15);
    credits_owed_ = static_cast<std::uint8_t>(credits_owed_ - credits);
    const std::uint16_t envelope[2] = {length, static_cast<std::uint16_t>(((response.type_credits & 0xF0) | credits) |
                                                                           (response.connection << 8))};
    if (bus().dma_write_words(*this, bus_address(text - 4), envelope, 2) != 2 ||
        bus().dma_write_bytes(*this, text, response.text.data(), length) != length || !write_long(slot, desc & ~kOwn)) {
        fatal(kErrHostMemory);
        return true;
    }
    response_index_ = static_cast<std::uint16_t>((response_index_ + 1) & ((1u << response_ring_log2_) - 1));
    if (desc & kFlag) {
        std::uint16_t one = 1;
        bus().dma_write_words(*this, bus_address(ring_base_ - 2), &one, 1);  // response interrupt indicator
        port_interrupt();
    }
    return true;
}

void MscpPort::poll() {
    if (step_ != Step::Running) return;
    while (!responses_.empty()) {
        if (!deliver(responses_.front())) {
            machine().scheduler().activate(poll_event_, kResponseRetry);
            return;
        }
        if (step_ != Step::Running) return;
        responses_.pop_front();
    }
    if (busy_) return;
    MscpMessage command;
    while (take_command(command)) {
        ++credits_owed_;
        if ((command.type_credits >> 4) != 0 || command.connection != server_) {
            // A credit or datagram message, or one for another connection (the DUP
            // diagnostic server, which this port does not have): nothing to answer.
            if (debug_mask() & kDebugCmd)
                debug(kDebugCmd, fmt::format("message type {} for connection {} ignored", command.type_credits >> 4,
                                             command.connection));
            continue;
        }
        if (debug_mask() & kDebugCmd)
            debug(kDebugCmd, fmt::format("command {:02X} unit {} modifiers {:04X}", command.u8(mscp::kOpcode),
                                         command.u16(mscp::kUnit), command.u16(mscp::kModifiers)));
        current_ = command;
        busy_ = true;
        machine().scheduler().activate(command_event_, command_time(command));
        return;
    }
}

void MscpPort::command_done() {
    if (!busy_ || step_ != Step::Running) return;
    busy_ = false;
    MscpMessage end;
    execute(current_, end);
    end.connection = current_.connection;
    end.type_credits = 0;
    if (debug_mask() & kDebugCmd)
        debug(kDebugCmd, fmt::format("end {:02X} unit {} status {:04X}", end.u8(mscp::kOpcode), end.u16(mscp::kUnit),
                                     end.u16(mscp::kStatus)));
    responses_.push_back(end);
    poll();
}

void MscpPort::begin_end(const MscpMessage& command, MscpMessage& end, std::uint16_t status, std::uint16_t length) {
    end.put32(mscp::kCmdRef, command.u32(mscp::kCmdRef));
    end.put16(mscp::kUnit, command.u16(mscp::kUnit));
    end.put16(mscp::kSequence, 0);
    end.put8(mscp::kOpcode, static_cast<std::uint8_t>(command.u8(mscp::kOpcode) | mscp::kEndFlag));
    end.put8(mscp::kFlags, 0);
    end.put16(mscp::kStatus, status);
    end.length = length;
}

bool MscpPort::controller_command(const MscpMessage& command, MscpMessage& end) {
    // Field offsets (MSCP specification, "ABORT", "GET COMMAND STATUS", "SET CONTROLLER
    // CHARACTERISTICS"; the TMSCP ones are the same).
    constexpr std::size_t kOutRef = 12, kCommandStatus = 16;
    constexpr std::size_t kVersion = 12, kControllerFlags = 14, kHostTimeout = 16, kControllerTimeout = 16,
                          kControllerSoftware = 18, kControllerHardware = 19, kControllerId = 20;
    // No attention message or error log is ever sent, so no controller flag stays on.
    constexpr std::uint16_t kControllerFlagsSupported = 0;
    constexpr std::uint16_t kControllerTimeoutSeconds = 255;
    switch (command.u8(mscp::kOpcode)) {
        case 0x01:  // ABORT: commands run one at a time as they are taken; nothing is left to abort
            begin_end(command, end, mscp::kStSuccess, 16);
            end.put32(kOutRef, command.u32(kOutRef));
            return true;
        case 0x02:  // GET COMMAND STATUS: no such command in progress
            begin_end(command, end, mscp::kStSuccess, 20);
            end.put32(kOutRef, command.u32(kOutRef));
            end.put32(kCommandStatus, 0);
            return true;
        case 0x04:  // SET CONTROLLER CHARACTERISTICS
            if (command.u16(kVersion) != 0) {
                begin_end(command, end, mscp::invalid_field(kVersion), 12);
                return true;
            }
            controller_flags_ = command.u16(kControllerFlags) & kControllerFlagsSupported;
            host_timeout_ = command.u16(kHostTimeout);
            begin_end(command, end, mscp::kStSuccess, 28);
            end.put16(kVersion, 0);
            end.put16(kControllerFlags, controller_flags_);
            end.put16(kControllerTimeout, kControllerTimeoutSeconds);
            end.put8(kControllerSoftware, static_cast<std::uint8_t>(version_));
            end.put8(kControllerHardware, 1);
            // The controller identifier: a 48-bit number unique in the system (ours: the
            // CSR address), the model and the class (1, mass storage controller).
            end.put32(kControllerId, csr_);
            end.put16(kControllerId + 4, 0);
            end.put8(kControllerId + 6, static_cast<std::uint8_t>(model_));
            end.put8(kControllerId + 7, 1);
            return true;
        default: return false;
    }
}

void MscpPort::serialize_port(StateArchive& s) {
    s.choice(step_, Step::Running);
    s(sa_);
    s(step1_);
    s(ring_base_);
    s.checked(command_ring_log2_, [](std::uint8_t v) { return v < 8; }, "MSCP: a ring length is out of range");
    s.checked(response_ring_log2_, [](std::uint8_t v) { return v < 8; }, "MSCP: a ring length is out of range");
    s.checked(command_index_, [this](std::uint16_t v) { return v < (1u << command_ring_log2_); },
              "MSCP: a ring index is out of range");
    s.checked(response_index_, [this](std::uint16_t v) { return v < (1u << response_ring_log2_); },
              "MSCP: a ring index is out of range");
    s(purge_poll_);
    s(busy_);
    s(credits_owed_);
    s(host_timeout_);
    s(controller_flags_);
    auto message = [&s](MscpMessage& m) {
        s(m.text);
        s.checked(m.length, [](std::uint16_t v) { return v <= MscpMessage::kMaxLength; }, "MSCP: a message is too long");
        s(m.type_credits);
        s(m.connection);
    };
    message(current_);
    std::uint32_t queued = static_cast<std::uint32_t>(responses_.size());
    s.checked(queued, [](std::uint32_t v) { return v <= 256; }, "MSCP: too many queued responses");
    if (s.loading()) responses_.assign(queued, MscpMessage{});
    for (MscpMessage& m : responses_) message(m);
    s(vector_);
    if (s.loading() && vector_ != 0) bus().set_interrupt_vector(irq_, vector_);
    serialize_interrupt(s, bus(), irq_);
}

std::string MscpPort::port_status() const {
    if (step_ != Step::Running) return fmt::format("port in initialisation step {}, SA {:06o}\n",
                                                   step_ == Step::One ? 1 : step_ == Step::Two ? 2 : step_ == Step::Four ? 4 : 3, sa_);
    return fmt::format("port running: ring base {:o}, {} command and {} response slots, vector {:o}{}{}\n", ring_base_,
                       1 << command_ring_log2_, 1 << response_ring_log2_, vector_,
                       (step1_ & kS1InterruptEnable) ? ", interrupts enabled" : ", polled", busy_ ? ", busy" : "");
}

}  // namespace simmon::dec
