#include "devices/dec/tm11.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "devices/dec/dec_device_support.hpp"
#include "devices/dec/drive_modifiers.hpp"

namespace simmon::dec {

namespace {

// MTS error half
constexpr std::uint16_t kStIllegal = 0100000;
constexpr std::uint16_t kStEof = 040000;
constexpr std::uint16_t kStRecordLength = 01000;
constexpr std::uint16_t kStBadTape = 0400;
constexpr std::uint16_t kStNxMemory = 0200;
constexpr std::uint16_t kStErrors = 0177600;
// MTS unit half
constexpr std::uint16_t kStSelectRemote = 0100;
constexpr std::uint16_t kStBot = 040;
constexpr std::uint16_t kStWriteLock = 04;
constexpr std::uint16_t kStRewinding = 02;
constexpr std::uint16_t kStUnitReady = 01;

// MTC
constexpr std::uint16_t kCmError = 0100000;
constexpr std::uint16_t kCmPowerClear = 010000;
constexpr std::uint16_t kCmReady = 0200;
constexpr std::uint16_t kCmIntEnable = 0100;
constexpr std::uint16_t kCmGo = 01;
constexpr std::uint16_t kCmWritable = 067577;  // density, parity, unit, IE, A17:16, function, GO

enum Function { kOffline = 0, kRead, kWrite, kWriteEof, kSpaceForward, kSpaceReverse, kWriteExtended, kRewind };

constexpr std::uint32_t kDebugReg = 1u << 0;
constexpr std::uint32_t kDebugCmd = 1u << 1;

// TU10 timing (TM11 Magnetic Tape Controller manual, TU10 specifications): 45 inches a
// second read/write, 800 bits an inch (one byte a frame, 9 track), so 27.8 us a byte; an
// inter-record gap of 0.6 inch passes in 13.3 ms (a record's time is its gap and its
// bytes); rewind at 150 inches a second.
constexpr SimTime kByteTime = nsec(27'778);  // 1 / (45 ips * 800 bpi)
constexpr SimTime kGapTime = nsec(13'333'333);  // 0.6 in at 45 ips
constexpr SimTime kExtendedGapTime = nsec(66'666'667);  // WRITE WITH EXTENDED IRG: 3 in
constexpr std::uint64_t kBitsPerInch = 800;
constexpr std::uint64_t kRewindInchesPerSecond = 150;

// Time to move one record (or tape mark) of `bytes` past the heads, with its gap.
constexpr SimTime record_time(std::uint64_t bytes) { return kGapTime + bytes * kByteTime; }

const char* const kFunctionNames[] = {"OFFLINE", "READ", "WRITE", "WRITE EOF",
                                      "SPACE FORWARD", "SPACE REVERSE", "WRITE EXTENDED GAP", "REWIND"};

}  // namespace

Tm11::Tm11(Machine& machine, DecBus& bus) : BusDevice(machine, bus, "TM", "TM11 magnetic tape controller, TU10 drives") {
    irq_ = bus.add_interrupt("TM", 5, kVector);
    ctrl_event_ = machine.scheduler().add_handler("TM", [this] { finish_function(); });
    for (int i = 0; i < kDrives; ++i) {
        Unit& u = add_unit(fmt::format("TM{}", i), true);
        drives_[i].tape = std::make_unique<TapeImage>(u.file());
        drives_[i].rewind_event = machine.scheduler().add_handler(fmt::format("TM{}", i), [this, i] { rewind_done(i); });
    }

    add_register(reg_computed("MTS", 16, Radix::Octal, "status (selected unit)",
                              [this] { return std::uint64_t{status_value()}; }));
    add_register(reg_field("MTERR", mts_errors_, 16, Radix::Octal, "error bits of MTS (15:7)"));
    add_register(reg_computed(
        "MTC", 16, Radix::Octal, "command", [this] { return std::uint64_t{command_value()}; },
        [this](std::uint64_t v) { mtc_ = static_cast<std::uint16_t>(v & ~kCmError); }));
    add_register(reg_field("MTBRC", mtbrc_, 16, Radix::Octal, "byte/record count"));
    add_register(reg_field("MTCMA", mtcma_, 16, Radix::Octal, "current memory address"));
    add_register(reg_field("MTD", mtd_, 16, Radix::Octal, "data buffer"));
    add_register(interrupt_register("INT", bus, irq_));
    add_register(reg_array(
        "POS", kDrives, 64, Radix::Decimal, "tape position (bytes) per drive",
        [this](std::size_t i) { return drives_[i].tape->position(); },
        [this](std::size_t i, std::uint64_t v) { drives_[i].tape->set_position(v); }, true));
    add_register(reg_unit_field("WLK", drives_, &Drive::write_locked, 1, Radix::Octal, "write locked per drive"));

    auto set_lock = [this](int d, bool on) { drives_[d].write_locked = on; };
    add_modifier(locked_modifier(*this, "write protect the tape (no write ring)", set_lock, [this](int d) { return write_protected(d); }));
    add_modifier(write_enabled_modifier(*this, set_lock));

    set_debug_flags({"REG", "CMD"});
    reset();
}

int Tm11::unit_index(const Unit& unit) const { return unit_index_of(*this, unit); }

bool Tm11::write_protected(int drive) const {
    const Unit& u = *units()[drive];
    return drives_[drive].write_locked || (u.file().is_open() && u.file().read_only());
}

std::uint16_t Tm11::status_value() const {
    int drive = selected();
    const Unit& u = *units()[drive];
    std::uint16_t st = mts_errors_ & kStErrors;
    if (u.disabled() || !u.file().is_open()) return st;
    st |= kStSelectRemote;
    if (drives_[drive].tape->at_bot()) st |= kStBot;
    if (write_protected(drive)) st |= kStWriteLock;
    if (machine().scheduler().is_active(drives_[drive].rewind_event))
        st |= kStRewinding;
    else if (mtc_ & kCmReady)
        st |= kStUnitReady;
    return st;
}

std::uint16_t Tm11::command_value() const {
    std::uint16_t cm = mtc_ & static_cast<std::uint16_t>(~kCmError);
    if (mts_errors_ & kStErrors) cm |= kCmError;
    return cm;
}

void Tm11::reset() {
    machine().scheduler().cancel(ctrl_event_);
    // A rewind in progress finishes on its own: the drive, not the controller, runs it.
    mts_errors_ = 0;
    mtc_ = kCmReady;
    mtbrc_ = mtcma_ = mtd_ = 0;
    bus().clear_interrupt(irq_);
}

bool Tm11::read(std::uint32_t addr, std::uint16_t& data) {
    switch ((addr - kBase) >> 1) {
        case 0: data = status_value(); break;
        case 1: data = command_value(); break;
        case 2: data = mtbrc_; break;
        case 3: data = mtcma_; break;
        case 4: data = mtd_; break;
        default: data = 0; break;  // MTRD: read lines, not modelled
    }
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("read {:06o} = {:06o}", addr, data));
    return true;
}

bool Tm11::write(std::uint32_t addr, std::uint16_t data, bool byte) {
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("write {:06o} <- {:06o}{}", addr, data, byte ? " (byte)" : ""));
    switch ((addr - kBase) >> 1) {
        case 0:
        case 5: return true;  // MTS, MTRD are read-only
        case 2: mtbrc_ = merge_write(mtbrc_, addr, data, byte); return true;
        case 3: mtcma_ = merge_write(mtcma_, addr, data, byte); return true;
        case 4: mtd_ = merge_write(mtd_, addr, data, byte); return true;
        default: break;
    }
    if (!writes_low_byte(addr, byte) || !byte) {
        // Power clear sits in the high byte: it resets the controller, not the drives.
        std::uint16_t high = byte ? static_cast<std::uint16_t>(data << 8) : data;
        if (high & kCmPowerClear) {
            reset();
            return true;
        }
    }
    if (write_function_csr(mtc_, {kCmReady, kCmIntEnable, kCmGo, kCmWritable}, addr, data, byte, bus(), irq_))
        start_function();
    return true;
}

void Tm11::complete(std::uint16_t errors) {
    mts_errors_ |= errors;
    mtc_ |= kCmReady;
    if (mtc_ & kCmIntEnable) bus().raise_interrupt(irq_);
}

void Tm11::start_function() {
    int drive = selected();
    int function = (mtc_ >> 1) & 7;
    if (debug_mask() & kDebugCmd)
        debug(kDebugCmd, fmt::format("{} unit {} MTBRC {:06o} MTCMA {:06o} at {}", kFunctionNames[function], drive, mtbrc_,
                                     mtcma_, drives_[drive].tape->position()));
    mts_errors_ = 0;
    mtc_ &= ~kCmReady;
    bus().clear_interrupt(irq_);
    Unit& u = *units()[drive];
    Drive& d = drives_[drive];
    // A command to a unit that is off line, rewinding, or a write without a write ring
    // is an illegal command (TM11 manual, MTS bit 15).
    if (u.disabled() || !u.file().is_open() || machine().scheduler().is_active(d.rewind_event))
        return complete(kStIllegal);
    bool writes = function == kWrite || function == kWriteEof || function == kWriteExtended;
    if (writes && write_protected(drive)) return complete(kStIllegal);
    if (function == kRewind) {
        // From the position in the image (data and record lengths, close to the tape's
        // length in frames) at 150 ips; at least a moment to stop and reverse.
        const SimTime inches_x_bpi = d.tape->position();
        const SimTime time = inches_x_bpi * kNsPerSecond / (kBitsPerInch * kRewindInchesPerSecond);
        machine().scheduler().activate(d.rewind_event, std::max(time, kGapTime));
        return complete(0);  // the controller is free while the drive rewinds
    }
    if (function == kOffline) {
        // Unload: the tape rewinds onto its reel and the drive goes off line.
        d.tape->rewind();
        Device::detach(u);
        return complete(0);
    }
    machine().scheduler().activate(ctrl_event_, function_time(drive, function));
}

// How long `function` keeps the tape moving: the records it writes, reads or spaces over,
// each with its gap. What a read or a space crosses is looked up in the image without
// moving (the function itself runs when the time is up, in finish_function()).
SimTime Tm11::function_time(int drive, int function) {
    const std::uint32_t count = mtbrc_ ? 0x10000u - mtbrc_ : 0x10000u;
    switch (function) {
        case kWrite: return record_time(count);
        case kWriteExtended: return kExtendedGapTime + count * kByteTime;
        case kWriteEof: return record_time(1);
        case kRead:
        case kSpaceForward:
        case kSpaceReverse: {
            TapeImage& tape = *drives_[drive].tape;
            const std::uint64_t start = tape.position();
            const std::uint32_t records = function == kRead ? 1 : count;
            SimTime time = 0;
            for (std::uint32_t i = 0; i < records; ++i) {
                std::uint32_t length = 0;
                const TapeResult r = function == kSpaceReverse ? tape.space_backward(length) : tape.space_forward(length);
                if (r != TapeResult::Ok && r != TapeResult::TapeMark) break;
                time += record_time(r == TapeResult::TapeMark ? 1 : length);
                if (r == TapeResult::TapeMark && function != kRead) break;
            }
            tape.set_position(start);
            return std::max(time, kGapTime);
        }
        default: return kGapTime;
    }
}

std::uint16_t Tm11::map_result(TapeResult r, int drive) {
    switch (r) {
        case TapeResult::Ok:
        case TapeResult::BeginningOfTape: return 0;
        case TapeResult::TapeMark: return kStEof;
        case TapeResult::RecordTooLong: return kStRecordLength;
        case TapeResult::WriteProtected: return kStIllegal;
        case TapeResult::EndOfMedium: return kStBadTape;  // ran off the recorded part of the tape
        case TapeResult::BadFormat:
            machine().request_stop(StopCode::GuestError,
                                   fmt::format("TM{}: malformed tape image at byte {}", drive, drives_[drive].tape->position()));
            return kStBadTape;
        case TapeResult::IoError:
            machine().request_stop(StopCode::GuestError, fmt::format("TM{}: host I/O error on the tape image", drive));
            return kStBadTape;
    }
    return kStBadTape;
}

void Tm11::finish_function() {
    if (mtc_ & kCmReady) return;  // reset while queued
    int drive = selected();
    int function = (mtc_ >> 1) & 7;
    Unit& u = *units()[drive];
    if (!u.file().is_open()) return complete(kStIllegal);
    TapeImage& tape = *drives_[drive].tape;
    std::uint32_t address = (static_cast<std::uint32_t>(mtc_ & 060) << 12) | mtcma_;
    std::uint32_t count = mtbrc_ ? 0x10000u - mtbrc_ : 0x10000u;
    std::uint16_t errors = 0;
    std::uint32_t moved = 0;

    switch (function) {
        case kRead: {
            TapeResult r = tape.read_forward(record_, count);
            errors = map_result(r, drive);
            if (r == TapeResult::Ok || r == TapeResult::RecordTooLong) {
                moved = static_cast<std::uint32_t>(bus().dma_write_bytes(*this, address, record_.data(), record_.size()));
                if (moved < record_.size()) errors |= kStNxMemory;
                if (moved > 0) mtd_ = record_[moved - 1];
            }
            break;
        }
        case kWrite:
        case kWriteExtended: {
            record_.resize(count);
            moved = static_cast<std::uint32_t>(bus().dma_read_bytes(*this, address, record_.data(), count));
            if (moved < count)
                errors = kStNxMemory;  // nothing reaches the tape from a failed transfer
            else
                errors = map_result(tape.write_record(record_.data(), count), drive);
            if (moved > 0) mtd_ = record_[moved - 1];
            break;
        }
        case kWriteEof: errors = map_result(tape.write_tape_mark(), drive); break;
        case kSpaceForward:
        case kSpaceReverse: {
            // MTBRC counts records (and a tape mark, which ends the spacing with EOF).
            do {
                std::uint32_t length = 0;
                TapeResult r = function == kSpaceForward ? tape.space_forward(length) : tape.space_backward(length);
                if (r == TapeResult::Ok || r == TapeResult::TapeMark) ++mtbrc_;
                if (r != TapeResult::Ok) {
                    errors = map_result(r, drive);
                    break;
                }
            } while (mtbrc_ != 0);
            return complete(errors);
        }
        default: break;
    }
    mtbrc_ = static_cast<std::uint16_t>(mtbrc_ + moved);
    address = advance_dma_address(address, moved, kDmaAddressBits);
    mtcma_ = static_cast<std::uint16_t>(address);
    mtc_ = static_cast<std::uint16_t>((mtc_ & ~060) | ((address >> 12) & 060));
    complete(errors);
}

void Tm11::rewind_done(int drive) {
    drives_[drive].tape->rewind();
}

Status Tm11::attach(Unit& unit, const std::string& path, const AttachOptions& options) {
    int drive = unit_index(unit);
    if (Status s = Device::attach(unit, path, options); !s) return s;
    if (!unit.file().regular()) {  // a FIFO or device has no size and cannot seek
        Device::detach(unit);
        return Status::error(fmt::format("{}: {} is not a regular file; an image must be a file", unit.name(), path));
    }
    if (Status v = drives_[drive].tape->validate(); !v) {
        Device::detach(unit);
        return Status::error(fmt::format("{}: {} is not a usable tape image: {}", unit.name(), path, v.message()));
    }
    drives_[drive].tape->rewind();
    drives_[drive].write_locked = false;
    return Status::ok();
}

Status Tm11::detach(Unit& unit) {
    int drive = unit_index(unit);
    machine().scheduler().cancel(drives_[drive].rewind_event);
    drives_[drive].tape->rewind();
    return Device::detach(unit);
}

Status Tm11::ready_for_boot(Unit& unit) {
    const int drive = unit_index(unit);
    if (!unit.file().is_open()) return Status::error(fmt::format("{} is not attached", unit.name()));
    // At the load point, as the boot ROM expects after the operator's rewind.
    machine().scheduler().cancel(drives_[drive].rewind_event);
    drives_[drive].tape->rewind();
    return Status::ok();
}

void Tm11::serialize(StateArchive& s) {
    s(mts_errors_);
    s(mtc_);
    s(mtbrc_);
    s(mtcma_);
    s(mtd_);
    for (Drive& d : drives_) {
        std::uint64_t position = d.tape->position();
        s(position);
        if (s.loading()) d.tape->set_position(position);
        s(d.write_locked);
    }
    serialize_interrupt(s, bus(), irq_);
}

std::string Tm11::show_status() const {
    std::string out;
    for (int i = 0; i < kDrives; ++i) {
        const Unit& u = *units()[i];
        if (!u.file().is_open()) continue;
        out += fmt::format("TM{}: {}, position {}{}\n", i, u.file().path(), drives_[i].tape->position(),
                           write_protected(i) ? ", write locked" : "");
    }
    return out;
}

}  // namespace simmon::dec
