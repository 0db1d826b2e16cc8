#include "devices/dec/delqa.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/machine/machine.hpp"
#include "core/state/state_archive.hpp"
#include "devices/dec/dec_device_support.hpp"

namespace simmon::dec {
namespace {
constexpr std::uint32_t kRbdlLow = 04, kRbdlHigh = 06, kTbdlLow = 010, kTbdlHigh = 012, kVar = 014, kCsr = 016;
constexpr std::uint16_t kCsrWritable = Delqa::kSE | Delqa::kEL | Delqa::kIL | Delqa::kIE | Delqa::kBD | Delqa::kSR | Delqa::kRE;
// VAR: 15 MS, 13 RS, 9:2 vector, 0 ID are written; 14 OS and 12:10 read as 0.
constexpr std::uint16_t kVarWritable = 0100000 | 01774 | 1;
constexpr std::uint16_t kVarVector = 01774;
constexpr std::size_t kDescriptorBytes = 12;
// Descriptors looked at in one service before the controller lets the CPU run again: a
// guest's chain that loops on itself must not hang the simulator.
constexpr int kDescriptorsPerService = 256;
constexpr std::uint32_t kDebugReg = 1u << 0, kDebugFrame = 1u << 1;

std::uint32_t descriptor_address(const std::uint16_t (&d)[6]) { return (std::uint32_t{d[1] & 077u} << 16) | d[2]; }
}  // namespace

Delqa::Delqa(Machine& machine, DecBus& bus) : BusDevice(machine, bus, "XQ", "DELQA Ethernet controller") {
    add_unit("XQ", true);
    irq_ = bus.add_interrupt("XQ", 4, kVector);
    service_event_ = machine.scheduler().add_handler("XQ-SVC", [this] { service(); });
    add_register(reg_field("CSR", csr_, 16, Radix::Octal, "control and status"));
    add_register(reg_field("VAR", var_, 16, Radix::Octal, "vector address register"));
    add_register(reg_field("RBDL", rx_descriptor_, 22, Radix::Octal, "next receive descriptor"));
    add_register(reg_field("TBDL", tx_descriptor_, 22, Radix::Octal, "next transmit descriptor"));
    add_register(reg_field("POLL", poll_interval_, 32, Radix::Decimal, "link poll interval (microseconds)"));
    add_register(interrupt_register("INT", bus, irq_));
    set_debug_flags({"REG", "FRAME"});

    Modifier mac;
    mac.name = "MAC";
    mac.takes_value = true;
    mac.help = "station address in the address PROM: MAC=08-00-2B-xx-xx-xx";
    mac.set = [this](Unit*, std::string_view value) {
        MacAddress m{};
        if (!parse_mac(std::string(value), m))
            return Status::error(fmt::format("XQ MAC={}: an address is six hex bytes, 08-00-2B-01-02-03", value));
        if (m[0] & 1) return Status::error(fmt::format("XQ MAC={}: a station address cannot be a multicast address", value));
        mac_ = m;
        return Status::ok();
    };
    mac.show = [this](const Unit*) { return "MAC=" + format_mac(mac_); };
    mac.in_summary = true;
    add_modifier(std::move(mac));
    reset();
}

Delqa::~Delqa() = default;

std::string Delqa::attach_argument() const { return "link: " + ethernet_link_kinds(); }

void Delqa::reset() {
    software_reset();
    csr_ &= static_cast<std::uint16_t>(~kSR);
    // VAR's vector is the one the bus has for the controller: 120 as built, or where SET XQ
    // VECTOR= or the driver's last VAR write put it (a bus that cannot tell: 120).
    const std::uint16_t v = bus().interrupt_vector(irq_);
    var_ = static_cast<std::uint16_t>(v ? (v & kVarVector) : kVector);
}

// SR, a power-up or BUS INIT: lists invalid, receiver off, internal loopback (IL reads 0),
// interrupts off and withdrawn, the address filter and the held frames gone.
void Delqa::software_reset() {
    csr_ = static_cast<std::uint16_t>((csr_ & kSR) | kRL | kXL | kOK);
    tx_pending_ = false;
    tx_frame_.clear();
    held_.clear();
    filter_.clear();
    update_interrupt();
}

// SET XQ VECTOR= moves the bus's vector behind VAR's back: VAR shows where it is.
std::uint16_t Delqa::var_vector_synced() {
    if (const std::uint16_t v = bus().interrupt_vector(irq_); v != 0)
        var_ = static_cast<std::uint16_t>((var_ & ~kVarVector) | (v & kVarVector));
    return var_;
}

void Delqa::update_interrupt() { drive_interrupt(bus(), irq_, (csr_ & kIE) && (csr_ & (kRI | kXI))); }

bool Delqa::read(std::uint32_t addr, std::uint16_t& data) {
    const std::uint32_t off = addr - kBase;
    if (off < kVar)
        data = static_cast<std::uint16_t>(0177400 | mac_[off / 2]);
    else if (off == kVar)
        data = var_vector_synced();
    else
        data = csr_;
    return true;
}

bool Delqa::write(std::uint32_t addr, std::uint16_t data, bool byte) {
    const std::uint32_t off = (addr - kBase) & ~1u;
    debug(kDebugReg, fmt::format("write {:06o} = {:06o}{}", addr, data, byte ? " (byte)" : ""));
    switch (off) {
    case kRbdlLow:
        rbdl_low_ = merge_write(rbdl_low_, addr, data, byte);
        return true;
    case kRbdlHigh:
        // The host hands the receiver a (new) list: it takes held frames first.
        rx_descriptor_ = ((std::uint32_t{data} & 077u) << 16) | (rbdl_low_ & ~1u);
        csr_ &= static_cast<std::uint16_t>(~kRL);
        schedule_service(0);
        return true;
    case kTbdlLow:
        tbdl_low_ = merge_write(tbdl_low_, addr, data, byte);
        return true;
    case kTbdlHigh:
        tx_descriptor_ = ((std::uint32_t{data} & 077u) << 16) | (tbdl_low_ & ~1u);
        csr_ &= static_cast<std::uint16_t>(~kXL);
        tx_pending_ = true;
        tx_frame_.clear();
        schedule_service(kTransmitDelay);
        return true;
    case kVar: {
        std::uint16_t v = merge_write(var_, addr, data, byte, kVarWritable);
        v &= static_cast<std::uint16_t>(~020000);  // RS: the self-test passes at once (status 12:10 = 0)
        var_ = v;
        bus().set_interrupt_vector(irq_, static_cast<std::uint16_t>(var_ & kVarVector));
        return true;
    }
    case kCsr: {
        // RI and XI clear where a one is written, in the bytes written only.
        const std::uint16_t written = byte ? ((addr & 1) ? 0177400 : 0377) : 0177777;
        const std::uint16_t value = byte ? ((addr & 1) ? static_cast<std::uint16_t>(data << 8) : static_cast<std::uint16_t>(data & 0377)) : data;
        const std::uint16_t was = csr_;
        csr_ &= static_cast<std::uint16_t>(~(value & written & (kRI | kXI)));
        csr_ = static_cast<std::uint16_t>((csr_ & ~(kCsrWritable & written)) | (value & kCsrWritable & written));
        if ((csr_ & kSR) && !(was & kSR)) software_reset();
        if ((csr_ & kRE) && !(was & kRE)) schedule_service(0);
        update_interrupt();
        return true;
    }
    default:
        return true;  // the PROM words ignore writes
    }
}

void Delqa::schedule_service(SimTime delay) {
    const Scheduler& s = machine().scheduler();
    if (s.is_active(service_event_) && s.remaining(service_event_) <= delay) return;
    machine().scheduler().activate(service_event_, delay);
}

bool Delqa::read_descriptor(std::uint32_t addr, std::uint16_t (&d)[6]) {
    return bus().dma_read_words(*this, addr, d, 6) == 6;
}

// Status word 2 first: the host watches word 1 to see the descriptor done.
bool Delqa::write_status(std::uint32_t addr, std::uint16_t sw1, std::uint16_t sw2) {
    return bus().dma_write_words(*this, addr + 10, &sw2, 1) == 1 && bus().dma_write_words(*this, addr + 8, &sw1, 1) == 1;
}

// A DMA reference to memory that is not there: NI, and the list is taken as invalid;
// the host hears of it through the list's interrupt.
void Delqa::nxm(std::uint16_t list_bit) {
    csr_ |= static_cast<std::uint16_t>(kNI | list_bit | (list_bit == kXL ? kXI : kRI));
    if (list_bit == kXL) tx_pending_ = false;
    update_interrupt();
}

void Delqa::service() {
    if (tx_pending_) transmit_list();
    deliver_held();
    // The wire: a replay waits for a receiver that can take its next frame; a live link
    // is drained whatever happens to its frames.
    if (link_) {
        const bool ready = (csr_ & kRE) && !(csr_ & kRL) && held_.empty() && filter_.loaded();
        EthernetFrame frame;
        if (!link_replays_ || ready) {
            for (int i = 0; i < 16 && link_->receive(frame); ++i) {
                frame_arrived(frame);
                if (link_replays_) break;  // one frame per poll: the same order of events in every run
            }
        }
    }
    if (tx_pending_)
        schedule_service(kTransmitDelay);
    else if (link_)
        schedule_service(poll_interval_ ? usec(poll_interval_) : kDefaultPoll);
}

void Delqa::frame_arrived(const EthernetFrame& frame) {
    if (frame.size() < 14 || frame.size() > kMaxFrame) {
        ++dropped_;  // not an Ethernet frame the DELQA could receive
        return;
    }
    if (!(csr_ & kRE) || !filter_.accepts(frame.data())) return;  // not for this station
    debug(kDebugFrame, fmt::format("received {} bytes for {:02X}-{:02X}-{:02X}-{:02X}-{:02X}-{:02X}", frame.size(), frame[0],
                                   frame[1], frame[2], frame[3], frame[4], frame[5]));
    hold(frame, false);
    deliver_held();
}

void Delqa::hold(EthernetFrame frame, bool looped) {
    if (held_.size() >= kRxHeld) {
        ++dropped_;
        return;
    }
    if (frame.size() < kMinFrame) frame.resize(kMinFrame, 0);  // the wire's padding
    held_.push_back(Held{std::move(frame), looped});
}

void Delqa::deliver_held() {
    while (!held_.empty() && !(csr_ & kRL) && deliver(held_.front())) held_.pop_front();
}

// Puts one frame in the receive list: walks it (following chains) until its buffers hold
// the frame, then fills them. A list that ends first (a descriptor without V) sets RL and
// keeps the frame held until the host gives a new list.
bool Delqa::deliver(const Held& h) {
    struct Segment {
        std::uint32_t descriptor, buffer, bytes;
        std::uint16_t flag;
    };
    Segment segments[kDescriptorsPerService];
    int n = 0;
    std::size_t room = 0;
    std::uint32_t addr = rx_descriptor_;
    for (int guard = 0; room < h.frame.size(); ++guard) {
        std::uint16_t d[6];
        if (guard >= kDescriptorsPerService || n >= kDescriptorsPerService) {
            // A list of descriptors without room (or a chain loop): the list is not usable.
            csr_ |= kRL;
            return false;
        }
        if (!read_descriptor(addr, d)) {
            nxm(kRL);
            return false;
        }
        if (!(d[1] & kValid)) {
            csr_ |= kRL;
            rx_descriptor_ = addr;
            return false;
        }
        if (d[1] & kChain) {
            addr = descriptor_address(d) & ~1u;
            continue;
        }
        const std::uint32_t bytes = 2u * static_cast<std::uint16_t>(-static_cast<std::int16_t>(d[3]));
        segments[n++] = Segment{addr, descriptor_address(d) & ~1u, bytes, d[0]};
        room += bytes;
        addr += kDescriptorBytes;
    }
    std::size_t done = 0;
    for (int i = 0; i < n; ++i) {
        const Segment& s = segments[i];
        const std::uint16_t flag = static_cast<std::uint16_t>(s.flag | 0140000);
        const std::uint32_t take = static_cast<std::uint32_t>(std::min<std::size_t>(s.bytes, h.frame.size() - done));
        if (bus().dma_write_words(*this, s.descriptor, &flag, 1) != 1 ||
            bus().dma_write_bytes(*this, s.buffer, h.frame.data() + done, take) != take) {
            nxm(kRL);
            return false;
        }
        done += take;
        bool ok;
        if (i + 1 < n) {
            ok = write_status(s.descriptor, kLastNot | kErrorUsed, 0);
        } else {
            const std::uint16_t rbl = static_cast<std::uint16_t>(h.frame.size() - kMinFrame);
            const std::uint16_t sw1 = static_cast<std::uint16_t>(((rbl & 03400)) | (h.looped ? kESetup : 0));
            const std::uint16_t sw2 = static_cast<std::uint16_t>((rbl & 0377) | ((rbl & 0377) << 8));
            ok = write_status(s.descriptor, sw1, sw2);
        }
        if (!ok) {
            nxm(kRL);
            return false;
        }
    }
    rx_descriptor_ = addr;
    ++received_;
    csr_ |= kRI;
    update_interrupt();
    return true;
}

// Takes descriptors from the transmit list, gathering a frame's segments until one marked
// E (or S) ends it; sends it, writes the status and requests XI. Stops at a descriptor
// without V (XL), as the DELQA does until the host writes the list address again.
void Delqa::transmit_list() {
    for (int guard = 0; guard < kDescriptorsPerService; ++guard) {
        std::uint16_t d[6];
        const std::uint32_t addr = tx_descriptor_;
        if (!read_descriptor(addr, d)) return nxm(kXL);
        if (!(d[1] & kValid)) {
            csr_ |= kXL;
            tx_pending_ = false;
            update_interrupt();
            return;
        }
        const std::uint16_t flag = static_cast<std::uint16_t>(d[0] | 0140000);
        if (bus().dma_write_words(*this, addr, &flag, 1) != 1) return nxm(kXL);
        if (d[1] & kChain) {
            tx_descriptor_ = descriptor_address(d) & ~1u;
            continue;
        }
        std::uint32_t start = descriptor_address(d) & ~1u;
        std::uint32_t bytes = 2u * static_cast<std::uint16_t>(-static_cast<std::int16_t>(d[3]));
        if ((d[1] & kHighByteStart) && bytes) {
            ++start;
            --bytes;
        }
        if ((d[1] & kLowByteEnd) && bytes) --bytes;
        const std::size_t have = tx_frame_.size();
        // A frame longer than the wire allows is cut here and aborted when it ends.
        const std::uint32_t take = static_cast<std::uint32_t>(std::min<std::size_t>(bytes, kMaxFrame + 1 - std::min(have, kMaxFrame + 1)));
        tx_frame_.resize(have + take);
        if (bus().dma_read_bytes(*this, start, tx_frame_.data() + have, take) != take) return nxm(kXL);
        tx_descriptor_ = addr + kDescriptorBytes;
        if (d[1] & (kEndOfMessage | kSetup)) {
            finish_transmit(addr, (d[1] & kSetup) ? have + bytes : 0);
            tx_frame_.clear();
            if (!(csr_ & kRL) || held_.size()) deliver_held();
            return;  // one frame per service: the next after kTransmitDelay
        }
        if (!write_status(addr, kLastNot | kErrorUsed, 0)) return nxm(kXL);
    }
}

void Delqa::finish_transmit(std::uint32_t descriptor, std::size_t setup_length) {
    std::uint16_t sw1 = 0;
    if (setup_length) {
        // A setup frame loads the filter and comes back to the receive list (ESETUP).
        filter_.load_setup(tx_frame_, setup_length);
        debug(kDebugFrame, "setup frame: " + filter_.describe());
        hold(tx_frame_, true);
    } else if (tx_frame_.size() > kMaxFrame || tx_frame_.size() < 14) {
        sw1 = kErrorUsed | kAbort;
    } else {
        EthernetFrame frame = tx_frame_;
        if (frame.size() < kMinFrame) frame.resize(kMinFrame, 0);
        const bool internal_loop = !(csr_ & kIL);
        if (internal_loop || (csr_ & kEL)) hold(frame, true);
        if (!internal_loop) {
            if (!link_) {
                sw1 = kErrorUsed | kNoCarrier;  // no cable: the frame goes nowhere
            } else if (Status s = link_->send(frame); !s) {
                machine().request_stop(StopCode::GuestError, fmt::format("XQ: {}", s.message()));
                sw1 = kErrorUsed | kLoss;
            } else {
                ++sent_;
                debug(kDebugFrame, fmt::format("sent {} bytes", frame.size()));
            }
        }
    }
    if (!write_status(descriptor, sw1, 0)) return nxm(kXL);
    csr_ |= kXI;
    update_interrupt();
}

Status Delqa::attach(Unit& unit, const std::string& spec, const AttachOptions&) {
    std::unique_ptr<EthernetLink> link;
    if (Status s = open_ethernet_link(spec, link); !s) return s;
    link_ = std::move(link);
    link_replays_ = link_->replays();
    unit.set_attach_text(spec);
    schedule_service(0);
    return Status::ok();
}

Status Delqa::detach(Unit& unit) {
    link_.reset();
    if (!tx_pending_) machine().scheduler().cancel(service_event_);
    return Device::detach(unit);
}

void Delqa::serialize(StateArchive& s) {
    s(csr_);
    s(var_);
    s(rbdl_low_);
    s(tbdl_low_);
    s(rx_descriptor_);
    s(tx_descriptor_);
    s(tx_pending_);
    s.sequence(tx_frame_, kMaxFrame + 1);
    std::uint32_t held = static_cast<std::uint32_t>(held_.size());
    s.checked(held, [](std::uint32_t n) { return n <= kRxHeld; }, "XQ: more held frames than the DELQA keeps");
    if (s.loading()) held_.assign(held, Held{});
    for (Held& h : held_) {
        s.sequence(h.frame, kMaxFrame);
        s(h.looped);
    }
    s(mac_);
    filter_.serialize(s);
    s(sent_);
    s(received_);
    s(dropped_);
    s(poll_interval_);
    serialize_interrupt(s, bus(), irq_);
    if (s.loading()) bus().set_interrupt_vector(irq_, static_cast<std::uint16_t>(var_ & kVarVector));
}

std::string Delqa::show_status() const {
    std::string out = fmt::format("station address {}\n", format_mac(mac_));
    out += fmt::format("link: {}\n", link_ ? link_->describe() : "none (not attached)");
    out += fmt::format("receive filter: {}\n", filter_.describe());
    out += fmt::format("receiver {}, {} loopback; frames sent {}, received {}, dropped {}, held {}\n",
                       (csr_ & kRE) ? "on" : "off", !(csr_ & kIL) ? "internal" : (csr_ & kEL) ? "external" : "no", sent_,
                       received_, dropped_, held_.size());
    return out;
}

}  // namespace simmon::dec
