// The TMSCP tape controller (see tmscp_tape.hpp).
#include "devices/dec/tmscp_tape.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "core/state/state_archive.hpp"
#include "devices/dec/drive_modifiers.hpp"

namespace simmon::dec {

namespace {

using namespace mscp;

enum Opcode : std::uint8_t {
    kOpGetUnitStatus = 0x03, kOpAvailable = 0x08, kOpOnline = 0x09, kOpSetUnitChars = 0x0A, kOpAccess = 0x10,
    kOpCompareController = 0x11, kOpErase = 0x12, kOpFlush = 0x13, kOpEraseGap = 0x16, kOpCompareHost = 0x20,
    kOpRead = 0x21, kOpWrite = 0x22, kOpWriteTapeMark = 0x24, kOpReposition = 0x25,
};

// Field offsets (TMSCP specification; the GET UNIT STATUS and ONLINE layouts follow
// MSCP's up to the media type identifier).
constexpr std::size_t kByteCount = 12, kBuffer = 16, kRecordCount = 12, kTapeMarkCount = 16, kPosition = 28,
                      kRecordLength = 32;
constexpr std::size_t kMultiUnit = 12, kUnitFlags = 14, kUnitId = 20, kMediaId = 28, kFormat = 32, kSpeed = 34,
                      kFormatMenu = 36, kMaxWrite = 36, kNoiseRecord = 40;
constexpr std::uint16_t kUnitFlagWriteProtectHw = 0x2000, kUnitFlagWriteProtectSw = 0x1000;
constexpr std::uint16_t kModNextUnit = 0x0001, kModSetWriteProtect = 0x0004;
constexpr std::uint16_t kModClearSerious = 0x2000, kModUnload = 0x0010, kModReverse = 0x0008,
                        kModObjectCount = 0x0004, kModRewind = 0x0002;
constexpr std::uint8_t kEndFlagSeriousException = 0x10;
constexpr std::uint16_t kStSeriousException = 0x12;
// Cartridge block mode, the TK50's one format (TMSCP "format" field, M_TF_BLK).
constexpr std::uint16_t kFormatBlockMode = 0x0008;

// TK50: 75 inches a second streaming at 6,667 bits an inch, about 45 KB a second of
// data (TK50 Tape Drive Subsystem User's Guide); a rewind at about 100 inches a second.
// The per-command time of the controller's firmware and the time to pass a tape mark
// are ours (no figure is published).
constexpr SimTime kCommandOverhead = usec(500);
constexpr SimTime kByteTime = nsec(22'000);
constexpr SimTime kRewindByteTime = nsec(1'500);
constexpr SimTime kObjectTime = msec(1);
constexpr SimTime kTapeMarkTime = msec(10);

constexpr std::uint32_t kDebugData = 1u << 2;
// A record longer than this in an image is read as a drive error, not into memory.
constexpr std::size_t kLargestImageRecord = 16u << 20;

}  // namespace

TmscpTapeController::TmscpTapeController(Machine& machine, DecBus& bus)
    : MscpPort(machine, bus, "TQ",
               bus.dma_address_bits() >= 22 ? "TQK50 TMSCP tape controller, TK50 drives"
                                            : "TUK50 TMSCP tape controller, TK50 drives",
               kBase, kVector, 3, 3, kTmscpServer) {
    for (int i = 0; i < kUnits; ++i) {
        Unit& u = add_unit(fmt::format("TQ{}", i), true);
        drives_[i].tape = std::make_unique<TapeImage>(u.file());
    }
    add_register(reg_unit_field("ONLINE", drives_, &Drive::online, 1, Radix::Octal, "unit online to the host"));
    add_register(reg_unit_field("WLK", drives_, &Drive::write_locked, 1, Radix::Octal, "write protect switch"));
    add_register(reg_unit_field("SEREX", drives_, &Drive::serious_exception, 1, Radix::Octal, "serious exception pending"));
    add_register(reg_unit_field("POS", drives_, &Drive::objects, 32, Radix::Decimal, "position: objects from BOT"));
    auto set_lock = [this](int d, bool on) { drives_[d].write_locked = on; };
    add_modifier(locked_modifier(*this, "write protect the cartridge (its write-protect switch)", set_lock,
                                 [this](int d) { return write_protected(d); }));
    add_modifier(write_enabled_modifier(*this, set_lock));
    Modifier tk50;
    tk50.name = "TK50";
    tk50.help = "the drive is a TK50 (the one type there is)";
    tk50.per_unit = true;
    tk50.set = [](Unit*, std::string_view) { return Status::ok(); };
    add_modifier(std::move(tk50));
    // SIMH's other TMSCP drives: refused by name, so that its scripts say what is missing.
    for (const char* other : {"TK70", "TU81", "TKUSER"}) {
        Modifier m;
        m.name = other;
        m.help = fmt::format("a {} drive (not modelled)", other);
        m.per_unit = true;
        m.takes_value = std::string_view(other) == "TKUSER";
        m.unmodelled = fmt::format("the {} drive is not modelled (yet): simmon has the TK50", other);
        m.set = [](Unit*, std::string_view) { return Status::ok(); };
        add_modifier(std::move(m));
    }
    set_debug_flags({"PORT", "CMD", "DATA"});
    reset();
}

void TmscpTapeController::port_reset() {
    for (Drive& d : drives_) {
        d.online = false;
        d.soft_protected = false;
        d.serious_exception = false;
    }
}

bool TmscpTapeController::exists(int unit) const { return unit >= 0 && unit < kUnits && !units()[unit]->disabled(); }

bool TmscpTapeController::write_protected(int unit) const {
    const Unit& u = *units()[unit];
    return drives_[unit].write_locked || (u.file().is_open() && u.file().read_only());
}

std::uint16_t TmscpTapeController::unit_state(int unit) const {
    if (!exists(unit)) return kStOffline | kSubUnitUnknown;
    if (!units()[unit]->file().is_open()) return kStOffline | kSubNoVolume;
    if (!drives_[unit].online) return kStAvailable;
    return kStSuccess;
}

void TmscpTapeController::rewind(int unit) {
    drives_[unit].tape->rewind();
    drives_[unit].objects = 0;
}

// The unit identifier: ours, the unit number plus one; model 3 (TK50, ours); class 3, tape.
void TmscpTapeController::unit_identity(int unit, MscpMessage& end) const {
    std::uint16_t flags = 0;
    if (write_protected(unit)) flags |= kUnitFlagWriteProtectHw;
    if (drives_[unit].soft_protected) flags |= kUnitFlagWriteProtectSw;
    end.put16(kMultiUnit, static_cast<std::uint16_t>(unit));
    end.put16(kUnitFlags, flags);
    end.put32(kUnitId, static_cast<std::uint32_t>(unit + 1));
    end.put16(kUnitId + 4, 0);
    end.put8(kUnitId + 6, 3);
    end.put8(kUnitId + 7, 3);
    end.put32(kMediaId, media_id('M', 'U', 'T', 'K', 50));
    end.put16(kFormat, kFormatBlockMode);
    end.put16(kSpeed, 0);
}

SimTime TmscpTapeController::command_time(const MscpMessage& command) {
    const int unit = command.u16(kUnit);
    if (unit_state(unit) != kStSuccess) return kCommandOverhead;
    const std::uint16_t modifiers = command.u16(kModifiers);
    switch (command.u8(kOpcode)) {
        case kOpRead:
        case kOpWrite:
        case kOpCompareHost:
        case kOpAccess:
        case kOpCompareController:
            return kCommandOverhead + kByteTime * std::min<std::uint32_t>(command.u32(kByteCount), kMaxRecord);
        case kOpWriteTapeMark: return kCommandOverhead + kTapeMarkTime;
        case kOpReposition: {
            SimTime t = kCommandOverhead;
            if (modifiers & (kModRewind | kModUnload)) t += kRewindByteTime * drives_[unit].tape->position();
            const std::uint64_t records = std::min<std::uint32_t>(command.u32(kRecordCount), 10000);
            const std::uint64_t marks = std::min<std::uint32_t>(command.u32(kTapeMarkCount), 1000);
            return t + kObjectTime * records + kTapeMarkTime * marks;
        }
        case kOpAvailable:
            return kCommandOverhead + kRewindByteTime * drives_[unit].tape->position();
        default: return kCommandOverhead;
    }
}

void TmscpTapeController::execute(const MscpMessage& command, MscpMessage& end) {
    if (controller_command(command, end)) return;
    const std::uint8_t op = command.u8(kOpcode);
    const int unit = command.u16(kUnit);
    switch (op) {
        case kOpGetUnitStatus: return get_unit_status(command, end);
        case kOpOnline:
        case kOpSetUnitChars: return online(command, end);
        case kOpAvailable: {
            const std::uint16_t state = unit_state(unit);
            if (state != kStSuccess && state != kStAvailable) return begin_end(command, end, state, 12);
            // The tape goes back to BOT; with UNLOAD it is also unloaded, and the unit
            // stays available until the host brings it online again.
            rewind(unit);
            drives_[unit].online = false;
            drives_[unit].serious_exception = false;
            return begin_end(command, end, kStSuccess, 12);
        }
        case kOpFlush:
        case kOpEraseGap: {
            const std::uint16_t state = unit_state(unit);
            begin_end(command, end, state, 32);
            end.put32(kPosition, exists(unit) ? drives_[unit].objects : 0);
            return;
        }
        case kOpAccess:
        case kOpCompareController:
        case kOpCompareHost:
        case kOpRead:
        case kOpWrite:
        case kOpWriteTapeMark:
        case kOpErase:
        case kOpReposition: return data_command(command, end);
        default: return begin_end(command, end, invalid_field(kOpcode), 12);
    }
}

void TmscpTapeController::get_unit_status(const MscpMessage& command, MscpMessage& end) {
    int unit = command.u16(kUnit);
    if (command.u16(kModifiers) & kModNextUnit) {
        while (unit < kUnits && !exists(unit)) ++unit;
        if (unit >= kUnits) {
            begin_end(command, end, kStOffline | kSubUnitUnknown, 48);
            end.put16(kUnit, 0);
            return;
        }
    }
    begin_end(command, end, unit_state(unit), 48);
    end.put16(kUnit, static_cast<std::uint16_t>(unit));
    if (!exists(unit)) return;
    unit_identity(unit, end);
    end.put16(kFormatMenu, kFormatBlockMode);
}

void TmscpTapeController::online(const MscpMessage& command, MscpMessage& end) {
    const int unit = command.u16(kUnit);
    const std::uint16_t state = unit_state(unit);
    if (state != kStSuccess && state != kStAvailable) return begin_end(command, end, state, 44);
    const bool was_online = drives_[unit].online;
    if (command.u8(kOpcode) == kOpSetUnitChars && !was_online) return begin_end(command, end, kStAvailable, 44);
    Drive& d = drives_[unit];
    d.online = true;
    d.serious_exception = false;
    if (command.u16(kModifiers) & kModSetWriteProtect) d.soft_protected = command.u16(kUnitFlags) & kUnitFlagWriteProtectSw;
    const bool already = was_online && command.u8(kOpcode) == kOpOnline;
    begin_end(command, end, already ? static_cast<std::uint16_t>(kStSuccess | kSubAlreadyOnline) : kStSuccess, 44);
    unit_identity(unit, end);
    end.put32(kMaxWrite, kMaxRecord);
    end.put16(kNoiseRecord, 0);
}

std::uint16_t TmscpTapeController::tape_status(TapeResult r) const {
    switch (r) {
        case TapeResult::Ok: return kStSuccess;
        case TapeResult::TapeMark: return kStTapeMark;
        case TapeResult::BeginningOfTape: return kStBot;
        case TapeResult::RecordTooLong: return kStRecordTruncated;
        case TapeResult::WriteProtected: return static_cast<std::uint16_t>(kStWriteProtected | kSubHardwareProtect);
        // Past the recorded part of the tape the drive finds no data: a data error.
        case TapeResult::EndOfMedium: return kStDataError;
        case TapeResult::BadFormat:
        case TapeResult::IoError: return kStDriveError;
    }
    return kStDriveError;
}

void TmscpTapeController::data_command(const MscpMessage& command, MscpMessage& end) {
    const std::uint8_t op = command.u8(kOpcode);
    const int unit = command.u16(kUnit);
    const std::uint16_t modifiers = command.u16(kModifiers);
    begin_end(command, end, kStSuccess, 36);
    if (const std::uint16_t state = unit_state(unit); state != kStSuccess) return end.put16(kStatus, state);
    Drive& d = drives_[unit];
    // After a serious exception (a tape mark read, an error) the unit refuses commands that
    // move the tape until one carries the clear-serious-exception modifier, so that a host
    // with several commands queued cannot run past what stopped it (TMSCP, "Serious
    // exception handling").
    if (d.serious_exception && !(modifiers & kModClearSerious)) {
        end.put8(kFlags, kEndFlagSeriousException);
        end.put16(kStatus, kStSeriousException);
        end.put32(kPosition, d.objects);
        return;
    }
    d.serious_exception = false;
    TapeImage& tape = *d.tape;
    Unit& u = *units()[unit];
    const std::uint32_t count = command.u32(kByteCount);
    const std::uint32_t address = bus_address(command.u32(kBuffer));
    std::uint16_t status = kStSuccess;
    std::uint32_t done = 0, record_length = 0;

    const bool writes = op == kOpWrite || op == kOpWriteTapeMark || op == kOpErase;
    if (writes && (write_protected(unit) || d.soft_protected)) {
        end.put16(kStatus, static_cast<std::uint16_t>(kStWriteProtected | kSubHardwareProtect));
        end.put32(kPosition, d.objects);
        return;
    }
    switch (op) {
        case kOpRead:
        case kOpAccess:
        case kOpCompareController:
        case kOpCompareHost: {
            if (count == 0 || count > kMaxRecord) return end.put16(kStatus, invalid_field(kByteCount));
            const bool reverse = modifiers & kModReverse;
            const TapeResult r = reverse ? tape.read_backward(record_, kLargestImageRecord)
                                         : tape.read_forward(record_, kLargestImageRecord);
            status = tape_status(r);
            if (r == TapeResult::Ok || r == TapeResult::TapeMark) d.objects = reverse ? d.objects - std::min(d.objects, 1u) : d.objects + 1;
            if (r != TapeResult::Ok) break;
            record_length = static_cast<std::uint32_t>(record_.size());
            const std::uint32_t length = std::min(record_length, count);
            if (record_length > count) status = kStRecordTruncated;
            // A reverse read leaves the record in the buffer in its forward order.
            if (op == kOpRead) {
                done = static_cast<std::uint32_t>(bus().dma_write_bytes(*this, address, record_.data(), length));
            } else if (op == kOpCompareHost) {
                host_.assign(length, 0);
                done = static_cast<std::uint32_t>(bus().dma_read_bytes(*this, address, host_.data(), length));
                if (status == kStSuccess && !std::equal(host_.begin(), host_.begin() + done, record_.begin())) status = kStCompareError;
            } else {
                done = length;
            }
            if (done < length) status = kStHostBufferError | kSubNonexistentMemory;
            break;
        }
        case kOpWrite: {
            if (count == 0 || count > kMaxRecord) return end.put16(kStatus, invalid_field(kByteCount));
            record_.assign(count, 0);
            done = static_cast<std::uint32_t>(bus().dma_read_bytes(*this, address, record_.data(), count));
            if (done < count) {
                status = kStHostBufferError | kSubNonexistentMemory;  // nothing reaches the tape
                break;
            }
            status = tape_status(tape.write_record(record_.data(), count));
            if (status == kStSuccess) ++d.objects;
            record_length = count;
            break;
        }
        case kOpWriteTapeMark:
            status = tape_status(tape.write_tape_mark());
            if (status == kStSuccess) ++d.objects;
            break;
        case kOpErase:
            // Erases from here to the end of the tape: the image ends where the tape stands.
            if (Status s = u.file().truncate(tape.position()); !s) status = kStDriveError;
            if (modifiers & kModRewind) rewind(unit);
            break;
        case kOpReposition: return reposition(command, end);
        default: break;
    }
    if (status != kStSuccess) {
        d.serious_exception = true;
        end.put8(kFlags, kEndFlagSeriousException);
    }
    if (debug_mask() & kDebugData)
        debug(kDebugData, fmt::format("op {:02X} unit {}: {} bytes of a {}-byte record, status {:04X}, position {}", op,
                                      unit, done, record_length, status, d.objects));
    end.put16(kStatus, status);
    end.put32(kByteCount, done);
    end.put32(kPosition, d.objects);
    end.put32(kRecordLength, record_length);
}

// REPOSITION: rewind first if asked; then either skip objects (records and tape marks
// alike), or skip tape marks and then records, a tape mark ending the record skip;
// either direction. BOT ends a reverse skip.
void TmscpTapeController::reposition(const MscpMessage& command, MscpMessage& end) {
    const int unit = command.u16(kUnit);
    const std::uint16_t modifiers = command.u16(kModifiers);
    Drive& d = drives_[unit];
    TapeImage& tape = *d.tape;
    const bool reverse = modifiers & kModReverse;
    std::uint16_t status = kStSuccess;
    std::uint32_t records = 0, marks = 0;
    if (modifiers & (kModRewind | kModUnload)) rewind(unit);
    auto step = [&](std::uint32_t& length) {
        const TapeResult r = reverse ? tape.space_backward(length) : tape.space_forward(length);
        if (r == TapeResult::Ok || r == TapeResult::TapeMark)
            d.objects = reverse ? d.objects - std::min(d.objects, 1u) : d.objects + 1;
        return r;
    };
    std::uint32_t length = 0;
    if (modifiers & kModObjectCount) {
        for (std::uint32_t n = command.u32(kRecordCount); n > 0; --n) {
            const TapeResult r = step(length);
            if (r == TapeResult::TapeMark) ++marks;
            else if (r == TapeResult::Ok) ++records;
            else {
                status = tape_status(r);
                break;
            }
        }
    } else {
        for (std::uint32_t n = command.u32(kTapeMarkCount); n > 0 && status == kStSuccess;) {
            const TapeResult r = step(length);
            if (r == TapeResult::TapeMark) {
                ++marks;
                --n;
            } else if (r != TapeResult::Ok) {
                status = tape_status(r);
            }
        }
        for (std::uint32_t n = command.u32(kRecordCount); n > 0 && status == kStSuccess; --n) {
            const TapeResult r = step(length);
            if (r == TapeResult::Ok) ++records;
            else status = tape_status(r);
        }
    }
    if (modifiers & kModUnload) {
        rewind(unit);
        d.online = false;
    }
    if (status != kStSuccess) {
        d.serious_exception = true;
        end.put8(kFlags, kEndFlagSeriousException);
    }
    end.put16(kStatus, status);
    end.put32(kRecordCount, records);
    end.put32(kTapeMarkCount, marks);
    end.put32(kPosition, d.objects);
}

Status TmscpTapeController::attach(Unit& unit, const std::string& path, const AttachOptions& options) {
    const int d = unit_index_of(*this, unit);
    if (Status s = Device::attach(unit, path, options); !s) return s;
    if (!unit.file().regular()) {
        Device::detach(unit);
        return Status::error(fmt::format("{}: {} is not a regular file; an image must be a file", unit.name(), path));
    }
    if (Status v = drives_[d].tape->validate(); !v) {
        Device::detach(unit);
        return Status::error(fmt::format("{}: {} is not a usable tape image: {}", unit.name(), path, v.message()));
    }
    rewind(d);
    drives_[d].online = false;
    drives_[d].serious_exception = false;
    drives_[d].soft_protected = false;
    return Status::ok();
}

Status TmscpTapeController::detach(Unit& unit) {
    const int d = unit_index_of(*this, unit);
    rewind(d);
    drives_[d].online = false;
    return Device::detach(unit);
}

Status TmscpTapeController::ready_for_boot(Unit& unit) {
    if (!unit.file().is_open()) return Status::error(fmt::format("{} is not attached", unit.name()));
    rewind(unit_index_of(*this, unit));  // at BOT, as the operator loads a cartridge
    return Status::ok();
}

void TmscpTapeController::serialize(StateArchive& s) {
    serialize_port(s);
    for (Drive& d : drives_) {
        std::uint64_t position = d.tape->position();
        s(position);
        if (s.loading()) d.tape->set_position(position);
        s(d.write_locked);
        s(d.soft_protected);
        s(d.online);
        s(d.serious_exception);
        s(d.objects);
    }
}

std::string TmscpTapeController::show_status() const {
    std::string out = port_status();
    for (int i = 0; i < kUnits; ++i) {
        const Unit& u = *units()[i];
        if (!u.file().is_open()) continue;
        out += fmt::format("TQ{}: TK50 {}, position {} (byte {}), {}{}{}\n", i, u.file().path(), drives_[i].objects,
                           drives_[i].tape->position(), drives_[i].online ? "online" : "available",
                           write_protected(i) ? ", write locked" : "",
                           drives_[i].serious_exception ? ", serious exception" : "");
    }
    return out;
}

}  // namespace simmon::dec
