// The MSCP disk controller (see mscp_disk.hpp).
#include "devices/dec/mscp_disk.hpp"

#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "core/state/state_archive.hpp"
#include "devices/dec/drive_modifiers.hpp"

namespace simmon::dec {

namespace {

using namespace mscp;

enum Opcode : std::uint8_t {
    kOpGetUnitStatus = 0x03,
    kOpAvailable = 0x08, kOpOnline = 0x09, kOpSetUnitChars = 0x0A, kOpAccess = 0x10, kOpCompareController = 0x11,
    kOpErase = 0x12, kOpFlush = 0x13, kOpReplace = 0x14, kOpCompareHost = 0x20, kOpRead = 0x21, kOpWrite = 0x22,
};

// Field offsets in the command and end messages (MSCP specification, chapter 6).
constexpr std::size_t kByteCount = 12, kBuffer = 16, kLbn = 28, kFirstBad = 28;
constexpr std::size_t kMultiUnit = 12, kUnitFlags = 14, kUnitId = 20, kMediaId = 28, kShadowUnit = 32,
                      kTrackSize = 36, kGroupSize = 38, kCylinderSize = 40, kRctSize = 44, kRbns = 46,
                      kRctCopies = 47, kUnitSize = 36, kVolumeSerial = 40;
constexpr std::uint16_t kUnitFlagWriteProtectHw = 0x2000, kUnitFlagWriteProtectSw = 0x1000,
                        kUnitFlagRemovable = 0x0080;
constexpr std::uint16_t kModNextUnit = 0x0001;     // GET UNIT STATUS
constexpr std::uint16_t kModSetWriteProtect = 0x0004;  // ONLINE, SET UNIT CHARACTERISTICS

// Time the controller's firmware spends on a command besides the drive's (ours: no
// figure is published).
constexpr SimTime kCommandOverhead = usec(200);

// 3600 rpm drives; a track holds `sectors` blocks and the gap after each, so a word
// passes in a revolution over (sectors + 1) * 256 words. Seeks: one cylinder, average
// and full stroke, from the drives' specifications, rounded.
constexpr DiskTiming drive_timing(int cylinders, int sectors, int one_ms, int average_ms, int full_ms) {
    return DiskTiming{.cylinders = cylinders, .sectors_per_track = sectors, .words_per_sector = 256,
                      .revolution = usec(16'667), .word_time = usec(16'667) / static_cast<SimTime>((sectors + 1) * 256),
                      .seek_one = msec(static_cast<std::uint64_t>(one_ms)), .seek_average = msec(static_cast<std::uint64_t>(average_ms)),
                      .seek_full = msec(static_cast<std::uint64_t>(full_ms))};
}

constexpr std::uint32_t kDebugData = 1u << 2;
constexpr std::uint32_t kChunkBytes = 64 * 1024;

}  // namespace

// Block counts are DEC's (and SIMH's); the geometry is what GET UNIT STATUS reports; the
// RCT is one copy of two header blocks plus a descriptor block per 128 replacement blocks
// (one per track), reachable by the host just past the last LBN.
const std::vector<MscpDiskType>& MscpDiskController::types() {
    static const std::vector<MscpDiskType> kTypes = {
        {"RD54", 311200, 17, 15, 1225, 2 + (1225 * 15 + 127) / 128, 30, media_id('D', 'U', 'R', 'D', 54), false,
         drive_timing(1225, 17, 8, 38, 85)},
        {"RA80", 237212, 31, 14, 546, 2 + (546 * 14 + 127) / 128, 1, media_id('D', 'U', 'R', 'A', 80), false,
         drive_timing(546, 31, 6, 25, 50)},
        {"RA81", 891072, 51, 14, 1248, 2 + (1248 * 14 + 127) / 128, 5, media_id('D', 'U', 'R', 'A', 81), false,
         drive_timing(1248, 51, 7, 28, 50)},
        {"RA82", 1216665, 57, 15, 1423, 2 + (1423 * 15 + 127) / 128, 11, media_id('D', 'U', 'R', 'A', 82), false,
         drive_timing(1423, 57, 6, 24, 42)},
        {"RA92", 2940951, 73, 13, 3099, 2 + (3099 * 13 + 127) / 128, 29, media_id('D', 'U', 'R', 'A', 92), false,
         drive_timing(3099, 73, 4, 16, 32)},
    };
    return kTypes;
}

MscpDiskController::MscpDiskController(Machine& machine, DecBus& bus)
    : MscpPort(machine, bus, "RQ",
               bus.dma_address_bits() >= 22 ? "RQDX3 MSCP disk controller, RD54/RA80/RA81/RA82/RA92 drives"
                                            : "UDA50 MSCP disk controller, RD54/RA80/RA81/RA82/RA92 drives",
               kBase, kVector, bus.dma_address_bits() >= 22 ? 19 : 2, 3, kMscpServer) {
    for (int i = 0; i < kUnits; ++i) add_unit(fmt::format("RQ{}", i), true);
    // The drive type is set with SET RQn RD54 ... (the register only shows it).
    add_register(reg_array("TYPE", kUnits, 3, Radix::Octal, "drive type (0 RD54, 1 RA80, 2 RA81, 3 RA82, 4 RA92)",
                           [this](std::size_t i) { return std::uint64_t{drives_[i].type}; }, {}, true));
    add_register(reg_unit_field("ONLINE", drives_, &Drive::online, 1, Radix::Octal, "unit online to the host"));
    add_register(reg_unit_field("WLK", drives_, &Drive::write_locked, 1, Radix::Octal, "write protect switch"));
    add_register(reg_unit_field("CYL", drives_, &Drive::cylinder, 12, Radix::Octal, "cylinder under the heads"));
    add_modifiers();
    set_debug_flags({"PORT", "CMD", "DATA"});
    reset();
}

void MscpDiskController::add_modifiers() {
    for (std::size_t t = 0; t < types().size(); ++t) {
        const MscpDiskType& kind = types()[t];
        Modifier m = per_unit_modifier(*this, kind.name, fmt::format("drive is an {} ({} blocks)", kind.name, kind.blocks),
                                       [this, t](int d) {
                                           const Unit& u = *units()[d];
                                           if (u.file().is_open() && u.file().size() > std::uint64_t{types()[t].blocks} * kBlockBytes)
                                               return Status::error(fmt::format("RQ{}: the attached image is larger than an {}", d, types()[t].name));
                                           drives_[d].type = static_cast<std::uint8_t>(t);
                                           drives_[d].autosize = false;
                                           return Status::ok();
                                       });
        if (t == 0) {
            m.show = [this](const Unit* u) { return std::string(u ? this->type(unit_index_of(*this, *u)).name : ""); };
            m.in_summary = true;
        }
        add_modifier(std::move(m));
    }
    // SIMH's other MSCP drives: refused by name, so that its scripts say what is missing.
    for (const char* other : {"RX50", "RX33", "RD31", "RD32", "RD51", "RD52", "RD53", "RA60", "RA70", "RA71", "RA72",
                              "RA73", "RA90", "RC25", "RCF25", "RRD40", "RAUSER"}) {
        Modifier m;
        m.name = other;
        m.help = fmt::format("an {} drive (not modelled)", other);
        m.per_unit = true;
        m.takes_value = std::string_view(other) == "RAUSER";
        m.unmodelled = fmt::format("the {} drive is not modelled (yet): simmon has the RD54, RA80, RA81, RA82 and RA92", other);
        m.set = [](Unit*, std::string_view) { return Status::ok(); };
        add_modifier(std::move(m));
    }
    Modifier autosize = per_unit_modifier(*this, "AUTOSIZE", "choose the drive type at ATTACH from the image's size",
                                          [this](int d) {
                                              drives_[d].autosize = true;
                                              return Status::ok();
                                          });
    add_modifier(std::move(autosize));
    add_modifier(per_unit_modifier(*this, "NOAUTOSIZE", "keep the drive type set with SET RQn type", [this](int d) {
        drives_[d].autosize = false;
        return Status::ok();
    }));
    auto set_lock = [this](int d, bool on) { drives_[d].write_locked = on; };
    add_modifier(locked_modifier(*this, "write protect the drive (its WRITE PROT button)", set_lock,
                                 [this](int d) { return write_protected(d); }));
    add_modifier(write_enabled_modifier(*this, set_lock));
}

void MscpDiskController::port_reset() {
    for (Drive& d : drives_) {
        d.online = false;
        d.soft_protected = false;
    }
}

bool MscpDiskController::exists(int unit) const {
    return unit >= 0 && unit < kUnits && !units()[unit]->disabled();
}

bool MscpDiskController::write_protected(int unit) const {
    const Unit& u = *units()[unit];
    return drives_[unit].write_locked || (u.file().is_open() && u.file().read_only());
}

std::uint16_t MscpDiskController::unit_state(int unit) const {
    if (!exists(unit)) return kStOffline | kSubUnitUnknown;
    if (!units()[unit]->file().is_open()) return kStOffline | kSubNoVolume;
    if (!drives_[unit].online) return kStAvailable;
    return kStSuccess;
}

std::uint16_t MscpDiskController::unit_flags(int unit) const {
    std::uint16_t flags = 0;
    if (write_protected(unit)) flags |= kUnitFlagWriteProtectHw;
    if (drives_[unit].soft_protected) flags |= kUnitFlagWriteProtectSw;
    if (type(unit).removable) flags |= kUnitFlagRemovable;
    return flags;
}

// The unit identifier: a 48-bit number unique to the drive (ours: the unit number plus
// one), the model and the device class (2, disk).
void MscpDiskController::unit_identity(int unit, MscpMessage& end) const {
    end.put16(kMultiUnit, static_cast<std::uint16_t>(unit));
    end.put16(kUnitFlags, unit_flags(unit));
    end.put32(kUnitId, static_cast<std::uint32_t>(unit + 1));
    end.put16(kUnitId + 4, 0);
    end.put8(kUnitId + 6, type(unit).model);
    end.put8(kUnitId + 7, 2);
    end.put32(kMediaId, type(unit).media_id);
    end.put16(kShadowUnit, static_cast<std::uint16_t>(unit));
}

SimTime MscpDiskController::command_time(const MscpMessage& command) {
    const std::uint8_t op = command.u8(kOpcode);
    const int unit = command.u16(kUnit);
    if (op != kOpRead && op != kOpWrite && op != kOpCompareHost && op != kOpAccess && op != kOpErase && op != kOpCompareController)
        return kCommandOverhead;
    if (unit_state(unit) != kStSuccess) return kCommandOverhead;
    const MscpDiskType& t = type(unit);
    const std::uint32_t lbn = command.u32(kLbn);
    const std::uint32_t per_cylinder = std::uint32_t{t.sectors} * t.tracks;
    const int cylinder = static_cast<int>(std::min<std::uint32_t>(lbn / per_cylinder, t.cylinders - 1u));
    const SimTime seek = t.timing.seek_time(std::abs(cylinder - drives_[unit].cylinder));
    const SimTime now = machine().scheduler().now() + kCommandOverhead + seek;
    const SimTime latency = t.timing.time_to_sector(now, static_cast<int>(lbn % t.sectors));
    const std::uint32_t words = (command.u32(kByteCount) + 1) / 2;
    return kCommandOverhead + seek + latency + t.timing.transfer_time(words);
}

void MscpDiskController::execute(const MscpMessage& command, MscpMessage& end) {
    const std::uint8_t op = command.u8(kOpcode);
    const int unit = command.u16(kUnit);
    if (controller_command(command, end)) return;
    switch (op) {
        case kOpGetUnitStatus: return get_unit_status(command, end);
        case kOpAvailable: {
            const std::uint16_t state = unit_state(unit);
            if (state != kStSuccess && state != kStAvailable) return begin_end(command, end, state, 12);
            drives_[unit].online = false;
            drives_[unit].soft_protected = false;
            return begin_end(command, end, kStSuccess, 12);
        }
        case kOpOnline:
        case kOpSetUnitChars: return online(command, end);
        case kOpFlush:
        case kOpReplace: {
            // Nothing is cached, and no block is ever bad enough to need replacing.
            const std::uint16_t state = unit_state(unit);
            return begin_end(command, end, state, op == kOpFlush ? 32 : 12);
        }
        case kOpAccess:
        case kOpCompareController:
        case kOpErase:
        case kOpCompareHost:
        case kOpRead:
        case kOpWrite: return transfer(command, end);
        default: return begin_end(command, end, invalid_field(kOpcode), 12);
    }
}

void MscpDiskController::get_unit_status(const MscpMessage& command, MscpMessage& end) {
    int unit = command.u16(kUnit);
    if (command.u16(kModifiers) & kModNextUnit) {
        // The next unit that exists at or above the one named; none: unit 0 offline, which
        // tells the host its search has wrapped.
        while (unit < kUnits && !exists(unit)) ++unit;
        if (unit >= kUnits) {
            begin_end(command, end, kStOffline | kSubUnitUnknown, 48);
            end.put16(kUnit, 0);
            return;
        }
    }
    const std::uint16_t state = unit_state(unit);
    begin_end(command, end, state, 48);
    end.put16(kUnit, static_cast<std::uint16_t>(unit));
    if (!exists(unit)) return;
    const MscpDiskType& t = type(unit);
    unit_identity(unit, end);
    end.put16(kTrackSize, t.sectors);
    end.put16(kGroupSize, t.tracks);
    end.put16(kCylinderSize, 1);
    end.put8(42, 1);  // unit software version
    end.put8(43, 1);  // unit hardware version
    end.put16(kRctSize, t.rct_blocks);
    end.put8(kRbns, 1);
    end.put8(kRctCopies, 1);
}

void MscpDiskController::online(const MscpMessage& command, MscpMessage& end) {
    const int unit = command.u16(kUnit);
    std::uint16_t state = unit_state(unit);
    if (state != kStSuccess && state != kStAvailable) return begin_end(command, end, state, 44);
    const bool was_online = drives_[unit].online;
    if (command.u8(kOpcode) == kOpSetUnitChars && !was_online) return begin_end(command, end, kStAvailable, 44);
    drives_[unit].online = true;
    if (command.u16(kModifiers) & kModSetWriteProtect)
        drives_[unit].soft_protected = command.u16(kUnitFlags) & kUnitFlagWriteProtectSw;
    const bool already = was_online && command.u8(kOpcode) == kOpOnline;
    begin_end(command, end, already ? static_cast<std::uint16_t>(kStSuccess | kSubAlreadyOnline) : kStSuccess, 44);
    unit_identity(unit, end);
    end.put32(kUnitSize, type(unit).blocks);
    end.put32(kVolumeSerial, static_cast<std::uint32_t>(unit + 1));
}

void MscpDiskController::transfer(const MscpMessage& command, MscpMessage& end) {
    const std::uint8_t op = command.u8(kOpcode);
    const int unit = command.u16(kUnit);
    begin_end(command, end, kStSuccess, 32);
    end.put32(kByteCount, 0);
    end.put32(kFirstBad, 0);
    if (const std::uint16_t state = unit_state(unit); state != kStSuccess) return end.put16(kStatus, state);
    const MscpDiskType& t = type(unit);
    const std::uint32_t count = command.u32(kByteCount);
    const std::uint32_t lbn = command.u32(kLbn);
    // The host may reach the RCT, which follows the last LBN.
    const std::uint64_t limit = std::uint64_t{t.blocks} + t.rct_blocks;
    const std::uint64_t blocks = (std::uint64_t{count} + kBlockBytes - 1) / kBlockBytes;
    if (lbn >= limit || lbn + blocks > limit) return end.put16(kStatus, invalid_field(kLbn));
    if ((op == kOpWrite || op == kOpErase) && (write_protected(unit) || drives_[unit].soft_protected))
        return end.put16(kStatus, static_cast<std::uint16_t>(kStWriteProtected | kSubHardwareProtect));
    Unit& u = *units()[unit];
    drives_[unit].cylinder = static_cast<std::uint16_t>(std::min<std::uint32_t>(lbn / (std::uint32_t{t.sectors} * t.tracks), t.cylinders - 1u));
    const std::uint64_t offset = std::uint64_t{lbn} * kBlockBytes;
    const std::uint32_t address = bus_address(command.u32(kBuffer));
    std::uint16_t status = kStSuccess;
    std::uint32_t done = 0;
    if (op == kOpAccess || op == kOpCompareController) {
        done = count;  // the data is read and checked inside the controller: nothing moves
    } else {
        // In pieces of 64 KB, so that a transfer of a whole pack (MSCP allows one) needs no
        // buffer of its size; a piece the bus cannot move ends the transfer there.
        while (done < count && status == kStSuccess) {
            const std::uint32_t n = std::min(count - done, kChunkBytes);
            const std::uint64_t at = offset + done;
            const std::uint32_t bus_at = bus_address(address + done);
            std::uint32_t moved = 0;
            if (op == kOpRead) {
                buffer_.assign(n, 0);
                u.file().read_at(at, buffer_.data(), n);
                moved = static_cast<std::uint32_t>(bus().dma_write_bytes(*this, bus_at, buffer_.data(), n));
            } else if (op == kOpCompareHost) {
                buffer_.assign(n, 0);
                other_.assign(n, 0);
                u.file().read_at(at, buffer_.data(), n);
                moved = static_cast<std::uint32_t>(bus().dma_read_bytes(*this, bus_at, other_.data(), n));
                if (!std::equal(other_.begin(), other_.begin() + moved, buffer_.begin())) status = kStCompareError;
            } else {
                // A write fills its last block with zeros, as the controller writes whole sectors.
                buffer_.assign((n + kBlockBytes - 1) / kBlockBytes * kBlockBytes, 0);
                moved = op == kOpWrite ? static_cast<std::uint32_t>(bus().dma_read_bytes(*this, bus_at, buffer_.data(), n)) : n;
                const std::size_t length = (moved + kBlockBytes - 1) / kBlockBytes * kBlockBytes;
                if (length > 0) {
                    if (Status st = u.file().write_at(at, buffer_.data(), length); !st) {
                        status = kStDriveError;
                        machine().request_stop(StopCode::GuestError, fmt::format("RQ{}: {}", unit, st.message()));
                    }
                }
            }
            done += moved;
            if (moved < n) break;
        }
    }
    if (done < count && status == kStSuccess) status = kStHostBufferError | kSubNonexistentMemory;
    if (debug_mask() & kDebugData)
        debug(kDebugData, fmt::format("op {:02X} unit {} LBN {} {} bytes at {:o}: {} done, status {:04X}", op, unit, lbn,
                                      count, address, done, status));
    end.put16(kStatus, status);
    end.put32(kByteCount, done);
}

Status MscpDiskController::attach(Unit& unit, const std::string& path, const AttachOptions& options) {
    const int d = unit_index_of(*this, unit);
    if (Status s = Device::attach(unit, path, options); !s) return s;
    if (!unit.file().regular()) {
        Device::detach(unit);
        return Status::error(fmt::format("{}: {} is not a regular file; an image must be a file", unit.name(), path));
    }
    const std::uint64_t size = unit.file().size();
    Drive& drive = drives_[d];
    if (drive.autosize && size > 0) {
        // An image the size of a drive is that drive; otherwise the smallest that holds it.
        const auto& all = types();
        int exact = -1, smallest = -1;
        for (std::size_t t = 0; t < all.size(); ++t) {
            const std::uint64_t bytes = std::uint64_t{all[t].blocks} * kBlockBytes;
            if (bytes == size) exact = static_cast<int>(t);
            if (bytes >= size && (smallest < 0 || all[t].blocks < all[static_cast<std::size_t>(smallest)].blocks))
                smallest = static_cast<int>(t);
        }
        if (exact >= 0) drive.type = static_cast<std::uint8_t>(exact);
        else if (size > std::uint64_t{type(d).blocks} * kBlockBytes && smallest >= 0) drive.type = static_cast<std::uint8_t>(smallest);
    }
    if (size > std::uint64_t{type(d).blocks} * kBlockBytes) {
        Device::detach(unit);
        return Status::error(fmt::format("{}: {} is {} bytes, larger than an {} ({} bytes)", unit.name(), path, size,
                                         type(d).name, std::uint64_t{type(d).blocks} * kBlockBytes));
    }
    unit.capacity = std::uint64_t{type(d).blocks} * kBlockBytes;
    drive.online = false;  // a newly mounted volume is available until the host brings it online
    drive.soft_protected = false;
    drive.cylinder = 0;
    return Status::ok();
}

Status MscpDiskController::detach(Unit& unit) {
    const int d = unit_index_of(*this, unit);
    drives_[d].online = false;
    return Device::detach(unit);
}

Status MscpDiskController::ready_for_boot(Unit& unit) {
    if (!unit.file().is_open()) return Status::error(fmt::format("{} is not attached", unit.name()));
    return Status::ok();
}

void MscpDiskController::serialize(StateArchive& s) {
    serialize_port(s);
    for (Drive& d : drives_) {
        s.checked(d.type, [](std::uint8_t t) { return t < types().size(); }, "RQ: a drive type is out of range");
        s(d.autosize);
        s(d.write_locked);
        s(d.soft_protected);
        s(d.online);
        s(d.cylinder);
    }
}

std::string MscpDiskController::show_status() const {
    std::string out = port_status();
    for (int i = 0; i < kUnits; ++i) {
        const Unit& u = *units()[i];
        if (!u.file().is_open()) continue;
        out += fmt::format("RQ{}: {} {}, {} blocks, {}{}\n", i, type(i).name, u.file().path(), type(i).blocks,
                           drives_[i].online ? "online" : "available", write_protected(i) ? ", write locked" : "");
    }
    return out;
}

}  // namespace simmon::dec
