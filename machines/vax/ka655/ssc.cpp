// The KA655 system support chip (see ssc.hpp).
#include "machines/vax/ka655/ssc.hpp"

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "core/state/state_archive.hpp"
#include "machines/vax/cpu/vax_cpu.hpp"

namespace simmon::vax {
namespace {

// Register offsets from the SSC base (KA655 manual, "SSC registers").
constexpr std::uint32_t kSscbr = 0x000, kSsccr = 0x010, kCbtcr = 0x020, kDledr = 0x030;
constexpr std::uint32_t kTimer0 = 0x100, kTimer1 = 0x110, kMatch = 0x130;

// Timer control register bits (KA655 manual, "Timer control registers").
constexpr std::uint32_t kTcrErr = 0x80000000u, kTcrInt = 0x80, kTcrIe = 0x40, kTcrSgl = 0x20, kTcrXfr = 0x10,
                        kTcrStp = 0x04, kTcrRun = 0x01;
// Console line bits: DONE/READY, interrupt enable; TXCS<2> loops the line back.
constexpr std::uint32_t kCsrDone = 0x80, kCsrIe = 0x40, kTxcsMaint = 0x04;
// The receiver looks for a typed character this often (about 9600 baud).
constexpr SimTime kRxPoll = usec(1000);
// The time-of-year clock counts in units of 10 ms (ARM, TODR).
constexpr SimTime kTodrTick = msec(10);

}  // namespace

void Ssc::attach() {
    Scheduler& s = machine_.scheduler();
    timers_[0].event = s.add_handler("SSC-TIMER0", [this] { timer_overflow(0); });
    timers_[1].event = s.add_handler("SSC-TIMER1", [this] { timer_overflow(1); });
    rx_event_ = s.add_handler("SSC-RX", [this] { poll_receiver(); });
}

void Ssc::reset() {
    Scheduler& s = machine_.scheduler();
    sscbr_ = kBase;
    ssccr_ = 0;
    cbtcr_ = 0;
    dledr_ = 0;
    match_.fill(0);
    for (Timer& t : timers_) {
        s.cancel(t.event);
        t.tcr = t.tir = t.tnir = t.tivr = 0;
    }
    rxcs_ = rxdb_ = 0;
    txcs_ = kCsrDone;
    requests_ = 0;
    s.activate(rx_event_, kRxPoll);
    // The battery-backed RAM and the time-of-year clock keep their contents.
}

bool Ssc::read(std::uint32_t pa, unsigned size, std::uint32_t& value) {
    if (pa >= kRamBase) {
        const std::uint32_t off = pa - kRamBase;
        if (off + size > kRamSize) return false;
        value = 0;
        for (unsigned i = 0; i < size; ++i) value |= std::uint32_t{ram_[off + i]} << (8 * i);
        return true;
    }
    // The registers are longwords; a narrower read takes its bytes of the longword.
    const std::uint32_t off = (pa - kBase) & ~3u;
    std::uint32_t v = 0;
    switch (off) {
        case kSscbr: v = sscbr_; break;
        case kSsccr: v = ssccr_; break;
        case kCbtcr: v = cbtcr_; break;
        case kDledr: v = dledr_; break;
        case kTimer0: case kTimer1: v = timers_[(off >> 4) & 1].tcr; break;
        case kTimer0 + 4: case kTimer1 + 4: v = timer_count(timers_[(off >> 4) & 1]); break;
        case kTimer0 + 8: case kTimer1 + 8: v = timers_[(off >> 4) & 1].tnir; break;
        case kTimer0 + 12: case kTimer1 + 12: v = timers_[(off >> 4) & 1].tivr; break;
        case kMatch: v = match_[0]; break;
        case kMatch + 4: v = match_[1]; break;
        case kMatch + 16: v = match_[2]; break;
        case kMatch + 20: v = match_[3]; break;
        default: v = 0; break;  // the unused registers of the block read as zero
    }
    const unsigned shift = 8 * (pa & 3);
    value = size == 4 ? v : (v >> shift) & (size == 1 ? 0xFFu : 0xFFFFu);
    return true;
}

bool Ssc::write(std::uint32_t pa, unsigned size, std::uint32_t value) {
    if (pa >= kRamBase) {
        const std::uint32_t off = pa - kRamBase;
        if (off + size > kRamSize) return false;
        for (unsigned i = 0; i < size; ++i) ram_[off + i] = static_cast<std::uint8_t>(value >> (8 * i));
        return true;
    }
    const std::uint32_t off = (pa - kBase) & ~3u;
    if (size != 4) {
        // A byte or word write changes only its bytes of the register.
        std::uint32_t old = 0;
        read(kBase + off, 4, old);
        const unsigned shift = 8 * (pa & 3);
        const std::uint32_t mask = (size == 1 ? 0xFFu : 0xFFFFu) << shift;
        value = (old & ~mask) | ((value << shift) & mask);
        // Write-one-to-clear bits outside the written bytes must not be cleared.
        if (off == kTimer0 || off == kTimer1) value &= mask | ~(kTcrErr | kTcrInt);
        if (off == kCbtcr) value &= mask | 0x3FFFFFFFu;
    }
    switch (off) {
        case kSscbr: sscbr_ = (value & 0x3FFFFC00u) | 0x20000000u; break;  // the chip answers only at 20140000 here
        case kSsccr: ssccr_ = value; break;
        case kCbtcr:
            // <31:30> report a timeout (write one to clear); <23:0> the timeout in microseconds.
            cbtcr_ = (cbtcr_ & ~value & 0xC0000000u) | (value & 0x3FFFFFFFu);
            break;
        case kDledr: dledr_ = value & 0xF; break;
        case kTimer0: case kTimer1: timer_write_tcr((off >> 4) & 1, value); break;
        case kTimer0 + 4: case kTimer1 + 4: {
            Timer& t = timers_[(off >> 4) & 1];
            if (!(t.tcr & kTcrRun)) t.tir = value;  // read-only while the timer runs
            break;
        }
        case kTimer0 + 8: case kTimer1 + 8: timers_[(off >> 4) & 1].tnir = value; break;
        case kTimer0 + 12: case kTimer1 + 12: timers_[(off >> 4) & 1].tivr = value & 0x3FC; break;
        case kMatch: match_[0] = value & 0x3FFFFFFCu; break;
        case kMatch + 4: match_[1] = value & 0x3FFFFFFCu; break;
        case kMatch + 16: match_[2] = value & 0x3FFFFFFCu; break;
        case kMatch + 20: match_[3] = value & 0x3FFFFFFCu; break;
        default: break;
    }
    return true;
}

// ---- programmable timers: TIR counts microseconds up; on overflow it takes TNIR -----

std::uint32_t Ssc::timer_count(const Timer& t) const {
    if (!(t.tcr & kTcrRun)) return t.tir;
    const SimTime elapsed = (machine_.scheduler().now() - t.base) / kNsPerUsec;
    return t.tir + static_cast<std::uint32_t>(elapsed);
}

void Ssc::timer_schedule(unsigned i) {
    Timer& t = timers_[i];
    // Microseconds to the overflow past FFFFFFFF.
    const std::uint64_t left = (std::uint64_t{1} << 32) - t.tir;
    machine_.scheduler().activate(t.event, usec(left));
}

void Ssc::timer_write_tcr(unsigned i, std::uint32_t v) {
    Timer& t = timers_[i];
    const bool was_running = t.tcr & kTcrRun;
    if (was_running) {
        t.tir = timer_count(t);  // freeze the count at this moment
        t.base = machine_.scheduler().now();
    }
    t.tcr &= ~(v & (kTcrErr | kTcrInt));  // write one to clear
    t.tcr = (t.tcr & ~(kTcrRun | kTcrStp | kTcrIe)) | (v & (kTcrRun | kTcrStp | kTcrIe));
    if (v & kTcrXfr) t.tir = t.tnir;
    if ((v & kTcrSgl) && !(v & kTcrRun)) {
        if (++t.tir == 0) timer_overflow(i);
    }
    if (!(t.tcr & kTcrIe) || !(t.tcr & kTcrInt)) requests_ &= ~(i ? kReqTimer1 : kReqTimer0);
    if (t.tcr & kTcrRun) {
        t.base = machine_.scheduler().now();
        timer_schedule(i);
    } else {
        machine_.scheduler().cancel(t.event);
    }
    (void)was_running;
}

void Ssc::timer_overflow(unsigned i) {
    Timer& t = timers_[i];
    if (t.tcr & kTcrInt) t.tcr |= kTcrErr;  // the previous overflow was not yet seen
    t.tcr |= kTcrInt;
    t.tir = t.tnir;
    t.base = machine_.scheduler().now();
    if (t.tcr & kTcrStp) t.tcr &= ~kTcrRun;
    if (t.tcr & kTcrRun) timer_schedule(i);
    else machine_.scheduler().cancel(t.event);
    if (t.tcr & kTcrIe) request(i ? kReqTimer1 : kReqTimer0);
}

std::vector<std::string> Ssc::clock_status() const {
    const SimTime now = machine_.scheduler().now();
    std::vector<std::string> out;
    const auto todr = todr_ + static_cast<std::uint32_t>((now - todr_base_) / kTodrTick);
    out.push_back(fmt::format("SSC time-of-year clock (TODR), 100 Hz, value {:08X}, battery-backed (kept over RESET)", todr));
    for (unsigned i = 0; i < timers_.size(); ++i) {
        const Timer& t = timers_[i];
        const std::uint32_t count = timer_count(t);
        std::string line = fmt::format("SSC timer {}, 1 MHz, {}, TIR {:08X}, TNIR {:08X}, interrupt {}", i,
                                       (t.tcr & kTcrRun) ? "running" : "stopped", count, t.tnir,
                                       (t.tcr & kTcrIe) ? "enabled" : "disabled");
        if (t.tcr & kTcrRun)
            line += fmt::format(", overflow in {} us{}", (std::uint64_t{1} << 32) - count,
                                (t.tcr & kTcrStp) ? " (then stops)" : "");
        out.push_back(std::move(line));
    }
    return out;
}

// ---- console serial line ------------------------------------------------------------

bool Ssc::read_ipr(std::uint32_t n, std::uint32_t& value) {
    switch (n) {
        case kIprRXCS: value = rxcs_ & (kCsrDone | kCsrIe); return true;
        case kIprRXDB:
            value = rxdb_ & 0xFF;
            rxcs_ &= ~kCsrDone;
            requests_ &= ~kReqRx;
            return true;
        case kIprTXCS: value = txcs_ & (kCsrDone | kCsrIe | kTxcsMaint); return true;
        case kIprTXDB: value = 0; return true;
        case kIprTODR: {
            const SimTime ticks = (machine_.scheduler().now() - todr_base_) / kTodrTick;
            value = todr_ + static_cast<std::uint32_t>(ticks);
            return true;
        }
        default: return false;
    }
}

bool Ssc::write_ipr(std::uint32_t n, std::uint32_t value) {
    switch (n) {
        case kIprRXCS:
            rxcs_ = (rxcs_ & ~kCsrIe) | (value & kCsrIe);
            if (!(rxcs_ & kCsrIe)) requests_ &= ~kReqRx;
            else if (rxcs_ & kCsrDone) request(kReqRx);
            return true;
        case kIprRXDB: return true;
        case kIprTXCS:
            txcs_ = (txcs_ & kCsrDone) | (value & (kCsrIe | kTxcsMaint));
            update_tx_request();
            return true;
        case kIprTXDB: transmit(static_cast<std::uint8_t>(value)); return true;
        case kIprTODR:
            todr_ = value;
            todr_base_ = machine_.scheduler().now();
            return true;
        default: return false;
    }
}

void Ssc::transmit(std::uint8_t c) {
    // Characters leave at once: the transmitter is ready again for the next one, and
    // with its interrupt enabled it asks for it.
    if (txcs_ & kTxcsMaint) receive(c);  // maintenance: the line is looped back
    else machine_.console().write_char(c);
    txcs_ |= kCsrDone;
    update_tx_request();
}

void Ssc::update_tx_request() {
    if ((txcs_ & kCsrDone) && (txcs_ & kCsrIe)) request(kReqTx);
    else requests_ &= ~kReqTx;
}

void Ssc::poll_receiver() {
    machine_.scheduler().activate(rx_event_, kRxPoll);
    if (rxcs_ & kCsrDone) return;  // the previous character is still unread
    const HostEvent ev = machine_.host_input().take(HostInput::kConsole);
    if (ev.is_data()) receive(ev.byte);
}

void Ssc::receive(std::uint8_t c) {
    rxdb_ = c;
    rxcs_ |= kCsrDone;
    if (rxcs_ & kCsrIe) request(kReqRx);
}

void Ssc::request(unsigned bit) {
    requests_ |= bit;
    raise_();
}

std::uint32_t Ssc::acknowledge() {
    if (requests_ & kReqRx) {
        requests_ &= ~kReqRx;
        return kVectorRx;
    }
    if (requests_ & kReqTx) {
        requests_ &= ~kReqTx;
        return kVectorTx;
    }
    for (unsigned i = 0; i < 2; ++i) {
        const unsigned bit = i ? kReqTimer1 : kReqTimer0;
        if (requests_ & bit) {
            requests_ &= ~bit;
            return timers_[i].tivr & 0x3FC;
        }
    }
    return 0;
}

void Ssc::serialize(StateArchive& s) {
    s(sscbr_);
    s(ssccr_);
    s(cbtcr_);
    s(dledr_);
    s(match_);
    for (Timer& t : timers_) {
        s(t.tcr);
        s(t.tir);
        s(t.tnir);
        s(t.tivr);
        s(t.base);
    }
    s.raw(ram_.data(), ram_.size());
    s(rxcs_);
    s(rxdb_);
    s(txcs_);
    s(todr_);
    s(todr_base_);
    s(requests_);
}

}  // namespace simmon::vax
