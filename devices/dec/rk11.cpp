#include "devices/dec/rk11.hpp"

#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "devices/dec/dec_device_support.hpp"
#include "devices/dec/disk_timing.hpp"
#include "devices/dec/drive_modifiers.hpp"

namespace simmon::dec {

namespace {

// RKCS
constexpr std::uint16_t kCsError = 0100000;
constexpr std::uint16_t kCsHardError = 040000;
constexpr std::uint16_t kCsSearchComplete = 020000;
constexpr std::uint16_t kCsInhibitBa = 04000;
constexpr std::uint16_t kCsFormat = 02000;
constexpr std::uint16_t kCsStopSoftError = 0400;
constexpr std::uint16_t kCsReady = 0200;
constexpr std::uint16_t kCsIntEnable = 0100;
constexpr std::uint16_t kCsMex = 060;
constexpr std::uint16_t kCsGo = 01;
constexpr std::uint16_t kCsWritable = 06577;  // INH BA, FMT, SSE, IDE, MEX, function, GO

// RKER
constexpr std::uint16_t kErWriteCheck = 01;
constexpr std::uint16_t kErNxSector = 040;
constexpr std::uint16_t kErNxCylinder = 0100;
constexpr std::uint16_t kErNxDrive = 0200;
constexpr std::uint16_t kErNxMemory = 02000;
constexpr std::uint16_t kErProgramming = 04000;
constexpr std::uint16_t kErWriteLockout = 020000;
constexpr std::uint16_t kErOverrun = 040000;
constexpr std::uint16_t kErDrive = 0100000;
constexpr std::uint16_t kErHard = 0177740;  // bits 15-5; 1-0 are soft errors

// RKDS
constexpr std::uint16_t kDsRk05 = 04000;
constexpr std::uint16_t kDsSectorOk = 0400;
constexpr std::uint16_t kDsDriveReady = 0200;
constexpr std::uint16_t kDsAccessReady = 0100;
constexpr std::uint16_t kDsWriteProtect = 040;
constexpr std::uint16_t kDsSectorMatch = 020;

enum Function { kControlReset = 0, kWrite, kRead, kWriteCheck, kSeek, kReadCheck, kDriveReset, kWriteLock };

constexpr std::uint32_t kDebugReg = 1u << 0;
constexpr std::uint32_t kDebugCmd = 1u << 1;
constexpr std::uint32_t kDebugData = 1u << 2;

// RK05 timing (RK11-D and RK11-E Moving Head Disk Drive Controller Manual, DEC-11-HRKDA-B-D,
// and the RK05 drive specifications): 1500 rpm, so 40 ms a turn and 3.33 ms a sector of
// 12; seeks of 10 ms to the next cylinder, 50 ms on average and 85 ms across the pack;
// 11.1 us a word under the heads.
constexpr DiskTiming kRk05Timing{
    .cylinders = Rk11::kCylinders, .sectors_per_track = Rk11::kSectorsPerTrack, .words_per_sector = Rk11::kWordsPerSector,
    .revolution = msec(40), .word_time = nsec(11'100),
    .seek_one = msec(10), .seek_average = msec(50), .seek_full = msec(85)};

const char* const kFunctionNames[] = {"CONTROL RESET", "WRITE", "READ", "WRITE CHECK",
                                      "SEEK", "READ CHECK", "DRIVE RESET", "WRITE LOCK"};

}  // namespace

Rk11::Rk11(Machine& machine, DecBus& bus) : BusDevice(machine, bus, "RK", "RK11-D disk controller, RK05 drives") {
    irq_ = bus.add_interrupt("RK", 5, kVector);
    ctrl_event_ = machine.scheduler().add_handler("RK", [this] { finish_function(); });
    for (int i = 0; i < kDrives; ++i) {
        add_unit(fmt::format("RK{}", i), true);
        drives_[i].seek_event = machine.scheduler().add_handler(fmt::format("RK{}", i), [this, i] { seek_complete(i); });
    }

    add_register(reg_computed("RKDS", 16, Radix::Octal, "drive status (selected drive)",
                              [this] { return std::uint64_t{drive_status()}; }));
    add_register(reg_field("RKER", rker_, 16, Radix::Octal, "error register"));
    add_register(reg_field("RKCS", rkcs_, 16, Radix::Octal, "control/status"));
    add_register(reg_field("RKWC", rkwc_, 16, Radix::Octal, "word count (2's complement)"));
    add_register(reg_field("RKBA", rkba_, 16, Radix::Octal, "bus address"));
    add_register(reg_field("RKDA", rkda_, 16, Radix::Octal, "disk address"));
    add_register(reg_field("RKDB", rkdb_, 16, Radix::Octal, "data buffer"));
    add_register(reg_field("LAST", last_drive_, 3, Radix::Octal, "drive that last completed a seek"));
    add_register(interrupt_register("INT", bus, irq_));
    add_register(reg_unit_field("CYL", drives_, &Drive::cylinder, 8, Radix::Octal, "head position (cylinder) per drive"));
    add_register(reg_unit_field("WLK", drives_, &Drive::write_locked, 1, Radix::Octal, "write locked per drive"));

    auto set_lock = [this](int d, bool on) { drives_[d].write_locked = on; };
    add_modifier(locked_modifier(*this, "write protect the drive (the WT PROT switch)", set_lock, [this](int d) { return drive_write_protected(d); }));
    add_modifier(write_enabled_modifier(*this, set_lock));

    set_debug_flags({"REG", "CMD", "DATA"});
    reset();
}

int Rk11::unit_index(const Unit& unit) const { return unit_index_of(*this, unit); }

bool Rk11::drive_write_protected(int drive) const {
    const Unit& u = *units()[drive];
    return drives_[drive].write_locked || (u.file().is_open() && u.file().read_only());
}

std::uint16_t Rk11::drive_status() const {
    int drive = rkda_ >> 13;
    std::uint16_t ds = static_cast<std::uint16_t>(last_drive_ << 13);
    const Unit& u = *units()[drive];
    if (u.disabled() || !u.file().is_open()) return ds;
    // The sector counter follows the pack's rotation in simulated time.
    const auto sector = static_cast<std::uint16_t>(kRk05Timing.sector_at(machine().scheduler().now()));
    ds |= kDsRk05 | kDsSectorOk | kDsDriveReady | sector;
    if (!machine().scheduler().is_active(drives_[drive].seek_event)) ds |= kDsAccessReady;
    if (drive_write_protected(drive)) ds |= kDsWriteProtect;
    if (sector == (rkda_ & 017)) ds |= kDsSectorMatch;
    return ds;
}

void Rk11::update_error_summary() {
    rkcs_ &= ~(kCsError | kCsHardError);
    if (rker_) rkcs_ |= kCsError;
    if (rker_ & kErHard) rkcs_ |= kCsHardError;
}

void Rk11::control_reset() {
    machine().scheduler().cancel(ctrl_event_);
    rkcs_ = kCsReady;
    rker_ = rkwc_ = rkba_ = rkda_ = rkdb_ = 0;
    bus().clear_interrupt(irq_);
}

void Rk11::reset() {
    control_reset();
    for (Drive& d : drives_) machine().scheduler().cancel(d.seek_event);
}

bool Rk11::read(std::uint32_t addr, std::uint16_t& data) {
    switch ((addr - kBase) >> 1) {
        case 0: data = drive_status(); break;
        case 1: data = rker_; break;
        case 2: update_error_summary(); data = rkcs_; break;
        case 3: data = rkwc_; break;
        case 4: data = rkba_; break;
        case 5: data = rkda_; break;
        case 6: data = 0; break;  // RKMR: maintenance register not modelled
        default: data = rkdb_; break;
    }
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("read {:06o} = {:06o}", addr, data));
    return true;
}

bool Rk11::write(std::uint32_t addr, std::uint16_t data, bool byte) {
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("write {:06o} <- {:06o}{}", addr, data, byte ? " (byte)" : ""));
    switch ((addr - kBase) >> 1) {
        case 0:
        case 1:
        case 7: return true;  // RKDS, RKER, RKDB: read-only
        case 6:
            // Only the RK11 diagnostics use the maintenance register; say so rather than
            // let them fail mysteriously.
            machine().request_stop(StopCode::Unimplemented, "RK: the maintenance register RKMR is not modelled");
            return true;
        case 3: rkwc_ = merge_write(rkwc_, addr, data, byte); return true;
        case 4: rkba_ = merge_write(rkba_, addr, data, byte, 0177776); return true;
        case 5: rkda_ = merge_write(rkda_, addr, data, byte); return true;
        default: break;
    }
    // RKCS: the function bits are latched when GO is given.
    if (write_function_csr(rkcs_, {kCsReady, kCsIntEnable, kCsGo, kCsWritable}, addr, data, byte, bus(), irq_))
        start_function();
    return true;
}

void Rk11::complete(std::uint16_t errors) {
    rker_ |= errors;
    rkcs_ |= kCsReady;
    update_error_summary();
    if (rkcs_ & kCsIntEnable) bus().raise_interrupt(irq_);
}

void Rk11::start_function() {
    int function = (rkcs_ >> 1) & 7;
    int drive = rkda_ >> 13;
    if (debug_mask() & kDebugCmd)
        debug(kDebugCmd, fmt::format("{} drive {} RKDA {:06o} RKWC {:06o} RKBA {:06o}", kFunctionNames[function], drive,
                                     rkda_, rkwc_, rkba_));
    if (function == kControlReset) {
        std::uint16_t keep = rkcs_ & kCsIntEnable;
        control_reset();
        rkcs_ |= keep;
        return;
    }
    // Starting a function clears the errors of the last one and the search-complete flag.
    rker_ = 0;
    rkcs_ &= ~(kCsReady | kCsSearchComplete | kCsError | kCsHardError);
    bus().clear_interrupt(irq_);

    const Unit& u = *units()[drive];
    if (u.disabled()) return complete(kErNxDrive);
    if ((rkcs_ & kCsFormat) && function != kRead && function != kWrite) return complete(kErProgramming);
    if (!u.file().is_open()) return complete(kErDrive);
    if (function == kWriteLock) {
        drives_[drive].write_locked = true;
        return complete(0);
    }
    int cylinder = (rkda_ >> 5) & 0377;
    if (function == kSeek || function == kDriveReset) {
        if (function == kSeek && cylinder >= kCylinders) return complete(kErNxCylinder);
        if (function == kDriveReset) cylinder = 0;
        int distance = std::abs(cylinder - drives_[drive].cylinder);
        drives_[drive].cylinder = static_cast<std::uint8_t>(cylinder);
        // The controller is free at once; the drive reports search complete later.
        machine().scheduler().activate(drives_[drive].seek_event, kRk05Timing.seek_time(distance));
        return complete(0);
    }
    if ((rkda_ & 017) >= kSectorsPerTrack) return complete(kErNxSector);
    if (cylinder >= kCylinders) return complete(kErNxCylinder);
    if (function == kWrite && drive_write_protected(drive)) return complete(kErWriteLockout);
    std::uint32_t words = rkwc_ ? 0x10000u - rkwc_ : 0x10000u;
    // The implied seek, then the wait for the first sector to come round, then the data
    // (a transfer runs on across sectors and tracks without losing a revolution).
    const SimTime seek = kRk05Timing.seek_time(std::abs(cylinder - drives_[drive].cylinder));
    const SimTime now = machine().scheduler().now();
    // In format mode each word is one sector's header: a sector time each.
    const SimTime data = (rkcs_ & kCsFormat) ? words * kRk05Timing.sector_time() : kRk05Timing.transfer_time(words);
    const SimTime delay = seek + kRk05Timing.time_to_sector(now + seek, rkda_ & 017) + data;
    drives_[drive].cylinder = static_cast<std::uint8_t>(cylinder);
    machine().scheduler().activate(ctrl_event_, delay);
}

void Rk11::seek_complete(int drive) {
    last_drive_ = static_cast<std::uint8_t>(drive);
    rkcs_ |= kCsSearchComplete;
    // A drive's interrupt waits for the controller to be free; a transfer that is still
    // running will interrupt on its own when done, with SCP already set.
    if ((rkcs_ & kCsReady) && (rkcs_ & kCsIntEnable)) bus().raise_interrupt(irq_);
}

void Rk11::finish_function() {
    if (rkcs_ & kCsReady) return;  // reset while the event was queued
    transfer(rkda_ >> 13);
}

void Rk11::transfer(int drive) {
    int function = (rkcs_ >> 1) & 7;
    Unit& u = *units()[drive];
    if (!u.file().is_open()) return complete(kErDrive);  // detached meanwhile

    const std::uint32_t start = ((((rkda_ >> 5) & 0377) * kSurfaces + ((rkda_ >> 4) & 1)) * kSectorsPerTrack) + (rkda_ & 017);
    std::uint32_t requested = rkwc_ ? 0x10000u - rkwc_ : 0x10000u;
    std::uint32_t address = (static_cast<std::uint32_t>(rkcs_ & kCsMex) << 12) | rkba_;
    const bool inhibit = rkcs_ & kCsInhibitBa;
    const bool format = rkcs_ & kCsFormat;
    std::uint16_t errors = 0;

    // In format mode each word is one sector's header (the cylinder address), so the
    // count is in sectors; otherwise a transfer runs on across sectors, surfaces and
    // cylinders until the word count is done or the pack ends (overrun).
    std::uint64_t available = format ? std::uint64_t{kSectors - start}
                                     : std::uint64_t{kSectors - start} * kWordsPerSector;
    std::uint32_t count = requested;
    if (count > available) {
        count = static_cast<std::uint32_t>(available);
        errors |= kErOverrun;
    }
    words_.assign(count, 0);
    std::uint32_t done = 0;  // words moved before an error stopped the transfer
    const std::uint64_t offset = std::uint64_t{start} * kWordsPerSector * 2;

    auto to_memory = [&](std::uint32_t n) -> std::uint32_t {
        if (!inhibit) return static_cast<std::uint32_t>(bus().dma_write_words(*this, address, words_.data(), n));
        for (std::uint32_t i = 0; i < n; ++i)
            if (bus().dma_write_words(*this, address, &words_[i], 1) != 1) return i;
        return n;
    };
    auto from_memory = [&](std::uint32_t n) -> std::uint32_t {
        if (!inhibit) return static_cast<std::uint32_t>(bus().dma_read_words(*this, address, words_.data(), n));
        for (std::uint32_t i = 0; i < n; ++i)
            if (bus().dma_read_words(*this, address, &words_[i], 1) != 1) return i;
        return n;
    };

    if (format) {
        if (function == kRead) {
            for (std::uint32_t i = 0; i < count; ++i)
                words_[i] = static_cast<std::uint16_t>(((start + i) / (kSurfaces * kSectorsPerTrack)) << 5);
            done = to_memory(count);
        } else {
            done = from_memory(count);  // headers are implied by position in an image
        }
        if (done < count) errors |= kErNxMemory;
    } else if (function == kRead || function == kReadCheck) {
        read_image_words(u.file(), offset, words_.data(), count, bytes_);
        done = function == kRead ? to_memory(count) : count;
        if (done < count) errors |= kErNxMemory;
    } else if (function == kWrite) {
        done = from_memory(count);
        if (done < count) errors |= kErNxMemory;
        // The RK11 fills the rest of the last sector written with zeros.
        std::uint32_t padded = (done + kWordsPerSector - 1) / kWordsPerSector * kWordsPerSector;
        words_.resize(std::max(padded, count), 0);
        std::fill(words_.begin() + done, words_.begin() + padded, 0);
        if (padded > 0) {
            Status s = write_image_words(u.file(), offset, words_.data(), padded, bytes_);
            if (!s) {
                errors |= kErDrive;
                machine().request_stop(StopCode::GuestError, fmt::format("RK{}: {}", drive, s.message()));
            }
        }
    } else {  // write check: compare memory with the pack
        std::vector<std::uint16_t> disk(count);
        read_image_words(u.file(), offset, disk.data(), count, bytes_);
        done = from_memory(count);
        if (done < count) errors |= kErNxMemory;
        for (std::uint32_t i = 0; i < done; ++i) {
            if (words_[i] != disk[i]) {
                errors |= kErWriteCheck;
                if (rkcs_ & kCsStopSoftError) {
                    done = i + 1;
                    break;
                }
            }
        }
    }
    if (done < count) errors &= ~kErOverrun;  // the earlier error is what stopped it
    if (done > 0) rkdb_ = words_[done - 1];

    // Registers as the hardware leaves them: counts and addresses advanced by what moved,
    // the disk address on the sector after the last one touched.
    rkwc_ = static_cast<std::uint16_t>(rkwc_ + done);
    if (!inhibit) address = advance_dma_address(address, 2 * done, kDmaAddressBits);
    rkba_ = static_cast<std::uint16_t>(address & 0177776);
    rkcs_ = static_cast<std::uint16_t>((rkcs_ & ~kCsMex) | ((address >> 12) & kCsMex));
    std::uint32_t sectors = format ? done : (done + kWordsPerSector - 1) / kWordsPerSector;
    std::uint32_t next = start + sectors;
    std::uint16_t cylinder = static_cast<std::uint16_t>(next / (kSurfaces * kSectorsPerTrack));
    std::uint16_t rest = static_cast<std::uint16_t>(next % (kSurfaces * kSectorsPerTrack));
    rkda_ = static_cast<std::uint16_t>((rkda_ & 0160000) | ((cylinder & 0377) << 5) | ((rest / kSectorsPerTrack) << 4) |
                                       (rest % kSectorsPerTrack));
    drives_[drive].cylinder = static_cast<std::uint8_t>(std::min<std::uint16_t>(cylinder, kCylinders - 1));
    if (debug_mask() & kDebugData)
        debug(kDebugData, fmt::format("{} {} words at sector {}, errors {:06o}", kFunctionNames[function], done, start, errors));
    complete(errors);
}

Status Rk11::attach(Unit& unit, const std::string& path, const AttachOptions& options) {
    if (Status s = Device::attach(unit, path, options); !s) return s;
    if (!unit.file().regular()) {  // a FIFO or device has no size and cannot seek
        Device::detach(unit);
        return Status::error(fmt::format("{}: {} is not a regular file; an image must be a file", unit.name(), path));
    }
    std::uint64_t size = unit.file().size();
    // Published RK05 images (UNIX V1's among them) often carry one stray block at the
    // end; up to a block over size is accepted and the excess never read or written.
    if (size > kImageBytes + 512) {
        Device::detach(unit);
        return Status::error(fmt::format("{}: {} is {} bytes, larger than an RK05 pack ({} bytes)", unit.name(), path,
                                         size, kImageBytes));
    }
    unit.capacity = kImageBytes;
    Drive& d = drives_[unit_index(unit)];
    d.cylinder = 0;
    d.write_locked = false;
    return Status::ok();
}

Status Rk11::detach(Unit& unit) {
    machine().scheduler().cancel(drives_[unit_index(unit)].seek_event);
    return Device::detach(unit);
}

Status Rk11::ready_for_boot(Unit& unit) {
    if (!unit.file().is_open()) return Status::error(fmt::format("{} is not attached", unit.name()));
    return Status::ok();
}

void Rk11::serialize(StateArchive& s) {
    s(rkcs_);
    s(rker_);
    s(rkwc_);
    s(rkba_);
    s(rkda_);
    s(rkdb_);
    s.checked(last_drive_, [](std::uint8_t d) { return d < kDrives; }, "RK: the last drive is out of range");
    for (Drive& d : drives_) {
        s(d.cylinder);
        s(d.write_locked);
    }
    serialize_interrupt(s, bus(), irq_);
}

std::string Rk11::show_status() const {
    std::string out;
    for (int i = 0; i < kDrives; ++i) {
        const Unit& u = *units()[i];
        if (!u.file().is_open()) continue;
        out += fmt::format("RK{}: {}, cylinder {}{}\n", i, u.file().path(), drives_[i].cylinder,
                           drive_write_protected(i) ? ", write locked" : "");
    }
    return out;
}

}  // namespace simmon::dec
