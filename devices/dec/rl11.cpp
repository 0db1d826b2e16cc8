#include "devices/dec/rl11.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "devices/dec/dec_device_support.hpp"
#include "devices/dec/disk_timing.hpp"
#include "devices/dec/drive_modifiers.hpp"
#include "devices/dec/rt11_volume.hpp"

namespace simmon::dec {

namespace {

// RLCS
constexpr std::uint16_t kCsDriveReady = 01;
constexpr std::uint16_t kCsIntEnable = 0100;
constexpr std::uint16_t kCsControllerReady = 0200;
constexpr std::uint16_t kCsWritable = 01776;  // drive select, CRDY, IE, BA17:16, function
constexpr std::uint16_t kCsErrorCode = 036000;
constexpr std::uint16_t kCsDriveError = 040000;
constexpr std::uint16_t kCsCompositeError = 0100000;
// Error codes in RLCS 13:10
constexpr std::uint16_t kErrIncomplete = 02000;   // OPI
constexpr std::uint16_t kErrDataCrc = 04000;      // DCRC, or WCE on write check
constexpr std::uint16_t kErrHeaderNotFound = 012000;
constexpr std::uint16_t kErrNxMemory = 020000;

// Drive status word (get status)
constexpr std::uint16_t kStLockOn = 05;
constexpr std::uint16_t kStSeeking = 04;
constexpr std::uint16_t kStBrushesHome = 010;
constexpr std::uint16_t kStHeadsOut = 020;
constexpr std::uint16_t kStHeadSelect = 0100;
constexpr std::uint16_t kStRl02 = 0200;
constexpr std::uint16_t kStSelectError = 0400;
constexpr std::uint16_t kStVolumeCheck = 01000;
constexpr std::uint16_t kStWriteGateError = 02000;
constexpr std::uint16_t kStWriteLocked = 020000;
constexpr std::uint16_t kStErrors = 0156400;  // DSE WGE SPE SKTO CHE WDE: these make RLCS DE

// RLDA for get status and seek
constexpr std::uint16_t kDaGetStatus = 02;
constexpr std::uint16_t kDaReset = 010;
constexpr std::uint16_t kDaSeekInward = 04;

enum Function { kNop = 0, kWriteCheck, kGetStatus, kSeek, kReadHeader, kWrite, kRead, kReadNoHeader };

constexpr std::uint32_t kDebugReg = 1u << 0;
constexpr std::uint32_t kDebugCmd = 1u << 1;
constexpr std::uint32_t kDebugData = 1u << 2;

// RL01/RL02 timing (RL01/RL02 User Guide, EK-RL012-UG): 2400 rpm, so 25 ms a turn and
// 625 us a sector of 40; seeks of 15 ms to the next cylinder, 55 ms on average and 100 ms
// across the pack, on both drive types; 512 KB a second, 3.9 us a word.
constexpr DiskTiming rl_timing(int cylinders) {
    return DiskTiming{.cylinders = cylinders, .sectors_per_track = Rl11::kSectorsPerTrack,
                      .words_per_sector = Rl11::kWordsPerSector, .revolution = msec(25), .word_time = nsec(3'900),
                      .seek_one = msec(15), .seek_average = msec(55), .seek_full = msec(100)};
}
constexpr DiskTiming kRl01Timing = rl_timing(Rl11::kRl01Cylinders);
constexpr DiskTiming kRl02Timing = rl_timing(Rl11::kRl02Cylinders);

const char* const kFunctionNames[] = {"NOP", "WRITE CHECK", "GET STATUS", "SEEK",
                                      "READ HEADER", "WRITE", "READ", "READ NO HEADER"};

// CRC-16 (x^16 + x^15 + x^2 + 1, bit-reversed) over the header words, low byte first.
std::uint16_t header_crc(std::uint16_t w0, std::uint16_t w1) {
    std::uint16_t crc = 0;
    const std::uint8_t bytes[4] = {static_cast<std::uint8_t>(w0), static_cast<std::uint8_t>(w0 >> 8),
                                   static_cast<std::uint8_t>(w1), static_cast<std::uint8_t>(w1 >> 8)};
    for (std::uint8_t b : bytes) {
        crc ^= b;
        for (int i = 0; i < 8; ++i) crc = (crc & 1) ? static_cast<std::uint16_t>((crc >> 1) ^ 0xA001) : static_cast<std::uint16_t>(crc >> 1);
    }
    return crc;
}

}  // namespace

Rl11::Rl11(Machine& machine, DecBus& bus)
    : BusDevice(machine, bus, "RL",
                bus.dma_address_bits() >= 22 ? "RLV12 disk controller, RL01/RL02 drives"
                                             : "RL11 disk controller, RL01/RL02 drives"),
      has_bae_(bus.dma_address_bits() >= 22),
      dma_address_bits_(has_bae_ ? 22 : 18) {
    irq_ = bus.add_interrupt("RL", 5, kVector);
    ctrl_event_ = machine.scheduler().add_handler("RL", [this] { finish_function(); });
    for (int i = 0; i < kDrives; ++i) {
        add_unit(fmt::format("RL{}", i), true);
        drives_[i].seek_event = machine.scheduler().add_handler(fmt::format("RL{}", i), [] {});
    }

    add_register(reg_computed(
        "RLCS", 16, Radix::Octal, "control/status", [this] { return std::uint64_t{csr_value()}; },
        [this](std::uint64_t v) { rlcs_ = static_cast<std::uint16_t>(v & ~kCsDriveReady); }));
    add_register(reg_field("RLBA", rlba_, 16, Radix::Octal, "bus address"));
    if (has_bae_) add_register(reg_field("RLBAE", rlbae_, 6, Radix::Octal, "bus address extension BA21:16"));
    add_register(reg_field("RLDA", rlda_, 16, Radix::Octal, "disk address"));
    add_register(reg_field("RLMP", rlmp_[0], 16, Radix::Octal, "multipurpose (word count, status, header)"));
    add_register(reg_field("RLMP1", rlmp_[1], 16, Radix::Octal, "second queued MP word"));
    add_register(reg_field("RLMP2", rlmp_[2], 16, Radix::Octal, "third queued MP word"));
    add_register(interrupt_register("INT", bus, irq_));
    add_register(reg_unit_field("CYL", drives_, &Drive::cylinder, 9, Radix::Octal, "cylinder per drive"));
    add_register(reg_unit_field("HEAD", drives_, &Drive::head, 1, Radix::Octal, "head per drive"));
    add_register(reg_unit_field("TYPE", drives_, &Drive::rl02, 1, Radix::Octal, "drive is an RL02"));
    add_register(reg_unit_field("WLK", drives_, &Drive::write_locked, 1, Radix::Octal, "write locked per drive"));
    add_register(reg_unit_field("VC", drives_, &Drive::volume_check, 1, Radix::Octal, "volume check per drive"));
    add_modifiers();
    set_debug_flags({"REG", "CMD", "DATA"});
    reset();
}

void Rl11::add_modifiers() {
    auto per_unit = [this](std::string name, std::string help, std::function<Status(int)> apply) {
        return per_unit_modifier(*this, std::move(name), std::move(help), std::move(apply));
    };
    Modifier rl01 = per_unit("RL01", "drive is an RL01 (256 cylinders, 5 MB)", [this](int d) {
        const Unit& u = *units()[d];
        if (u.file().is_open() && u.file().size() > kRl01Bytes)
            return Status::error(fmt::format("RL{}: the attached image is larger than an RL01", d));
        drives_[d].rl02 = false;
        drives_[d].autosize = false;
        return Status::ok();
    });
    rl01.show = [this](const Unit* u) { return std::string(u && !drives_[unit_index(*u)].rl02 ? "RL01" : "RL02"); };
    rl01.in_summary = true;
    add_modifier(std::move(rl01));
    add_modifier(per_unit("RL02", "drive is an RL02 (512 cylinders, 10 MB)", [this](int d) {
        drives_[d].rl02 = true;
        drives_[d].autosize = false;
        return Status::ok();
    }));
    Modifier autosize = per_unit("AUTOSIZE", "choose RL01 or RL02 at ATTACH from the image: its size, or its RT-11 directory", [this](int d) {
        drives_[d].autosize = true;
        return Status::ok();
    });
    autosize.show = [this](const Unit* u) {
        return std::string(u && drives_[unit_index(*u)].autosize ? "autosize" : "fixed type");
    };
    add_modifier(std::move(autosize));
    add_modifier(per_unit("NOAUTOSIZE", "keep the type set with SET RLn RL01/RL02", [this](int d) {
        drives_[d].autosize = false;
        return Status::ok();
    }));
    auto set_lock = [this](int d, bool on) { drives_[d].write_locked = on; };
    add_modifier(locked_modifier(*this, "write protect the drive (the WRITE PROT button)", set_lock,
                                 [this](int d) { return write_protected(d); }));
    add_modifier(write_enabled_modifier(*this, set_lock));
}

int Rl11::unit_index(const Unit& unit) const { return unit_index_of(*this, unit); }

bool Rl11::write_protected(int drive) const {
    const Unit& u = *units()[drive];
    return drives_[drive].write_locked || (u.file().is_open() && u.file().read_only());
}

bool Rl11::drive_ready(int drive) const {
    const Unit& u = *units()[drive];
    return !u.disabled() && u.file().is_open() && !machine().scheduler().is_active(drives_[drive].seek_event);
}

std::uint16_t Rl11::current_sector() const {
    return static_cast<std::uint16_t>(kRl01Timing.sector_at(machine().scheduler().now()));  // both turn alike
}

std::uint16_t Rl11::drive_status_word(int drive) const {
    const Drive& d = drives_[drive];
    const Unit& u = *units()[drive];
    std::uint16_t st = kStBrushesHome;
    if (u.disabled()) return kStSelectError;
    if (u.file().is_open())
        st |= kStHeadsOut | (machine().scheduler().is_active(d.seek_event) ? kStSeeking : kStLockOn);
    if (d.head) st |= kStHeadSelect;
    if (d.rl02) st |= kStRl02;
    if (d.volume_check) st |= kStVolumeCheck;
    if (d.write_gate_error) st |= kStWriteGateError;
    if (write_protected(drive)) st |= kStWriteLocked;
    return st;
}

std::uint16_t Rl11::csr_value() const {
    int drive = (rlcs_ >> 8) & 3;
    std::uint16_t cs = rlcs_ & static_cast<std::uint16_t>(~(kCsDriveReady | kCsDriveError | kCsCompositeError));
    if (drive_ready(drive)) cs |= kCsDriveReady;
    if (drive_status_word(drive) & kStErrors) cs |= kCsDriveError;
    if (cs & (kCsErrorCode | kCsDriveError)) cs |= kCsCompositeError;
    return cs;
}

void Rl11::reset() {
    machine().scheduler().cancel(ctrl_event_);
    for (Drive& d : drives_) machine().scheduler().cancel(d.seek_event);
    rlcs_ = kCsControllerReady;
    rlba_ = rlda_ = rlbae_ = 0;
    rlmp_ = {0, 0, 0};
    bus().clear_interrupt(irq_);
}

bool Rl11::read(std::uint32_t addr, std::uint16_t& data) {
    switch ((addr - kBase) >> 1) {
        case 0: data = csr_value(); break;
        case 1: data = rlba_; break;
        case 2: data = rlda_; break;
        case 4:  // RLBAE: only the RLV12 has it
            if (!has_bae_) return false;
            data = rlbae_;
            break;
        default:
            // The MP register presents its queued words one per read (read header
            // returns three words this way).
            data = rlmp_[0];
            rlmp_[0] = rlmp_[1];
            rlmp_[1] = rlmp_[2];
            break;
    }
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("read {:06o} = {:06o}", addr, data));
    return true;
}

bool Rl11::write(std::uint32_t addr, std::uint16_t data, bool byte) {
    if (debug_mask() & kDebugReg) debug(kDebugReg, fmt::format("write {:06o} <- {:06o}{}", addr, data, byte ? " (byte)" : ""));
    switch ((addr - kBase) >> 1) {
        case 1: rlba_ = merge_write(rlba_, addr, data, byte, 0177776); return true;
        case 2: rlda_ = merge_write(rlda_, addr, data, byte); return true;
        case 3: {
            std::uint16_t v = merge_write(rlmp_[0], addr, data, byte);
            rlmp_ = {v, v, v};
            return true;
        }
        case 4:
            if (!has_bae_) return false;
            rlbae_ = merge_write(rlbae_, addr, data, byte, 077);
            rlcs_ = static_cast<std::uint16_t>((rlcs_ & ~060) | ((rlbae_ & 3) << 4));
            return true;
        default: break;
    }
    bool was_enabled = rlcs_ & kCsIntEnable;
    if ((rlcs_ & kCsControllerReady) == 0) {
        // Busy: only interrupt enable can change until the function is done.
        std::uint16_t v = merge_write(rlcs_, addr, data, byte);
        rlcs_ = static_cast<std::uint16_t>((rlcs_ & ~kCsIntEnable) | (v & kCsIntEnable));
        if ((rlcs_ & kCsIntEnable) == 0) bus().clear_interrupt(irq_);
        return true;
    }
    rlcs_ = merge_write(rlcs_, addr, data, byte, kCsWritable);
    rlbae_ = static_cast<std::uint16_t>((rlbae_ & ~3) | ((rlcs_ >> 4) & 3));
    // Writing CRDY as 0 (in the low byte) is the GO of the RL11.
    if (writes_low_byte(addr, byte) && (rlcs_ & kCsControllerReady) == 0) {
        start_function();
        return true;
    }
    bool enabled = rlcs_ & kCsIntEnable;
    if (!enabled)
        bus().clear_interrupt(irq_);
    else if (!was_enabled)
        bus().raise_interrupt(irq_);  // IE set with the controller ready interrupts at once
    return true;
}

void Rl11::complete(std::uint16_t error_bits) {
    rlcs_ = static_cast<std::uint16_t>((rlcs_ & ~kCsErrorCode) | error_bits | kCsControllerReady);
    if (rlcs_ & kCsIntEnable) bus().raise_interrupt(irq_);
}

void Rl11::start_function() {
    int drive = (rlcs_ >> 8) & 3;
    int function = (rlcs_ >> 1) & 7;
    if (debug_mask() & kDebugCmd)
        debug(kDebugCmd, fmt::format("{} drive {} RLDA {:06o} RLMP {:06o} RLBA {:06o}", kFunctionNames[function], drive,
                                     rlda_, rlmp_[0], rlba_));
    rlcs_ &= ~kCsErrorCode;
    bus().clear_interrupt(irq_);
    Drive& d = drives_[drive];
    const Unit& u = *units()[drive];

    if (function == kNop) return complete(0);
    if (u.disabled()) return complete(kErrIncomplete);
    if (function == kGetStatus) {
        if ((rlda_ & kDaGetStatus) == 0) return complete(kErrIncomplete);
        if (rlda_ & kDaReset) {
            d.volume_check = false;
            d.write_gate_error = false;
        }
        std::uint16_t st = drive_status_word(drive);
        rlmp_ = {st, st, st};
        return complete(0);
    }
    if (!u.file().is_open()) return complete(kErrIncomplete);
    if (function == kSeek) {
        int difference = rlda_ >> 7;
        int target = (rlda_ & kDaSeekInward) ? d.cylinder + difference : d.cylinder - difference;
        target = std::clamp(target, 0, cylinders(drive) - 1);
        int distance = std::abs(target - d.cylinder);
        d.cylinder = static_cast<std::uint16_t>(target);
        d.head = (rlda_ >> 4) & 1;
        // The controller hands the seek to the drive and is ready at once; the drive
        // drops DRDY until its heads settle.
        machine().scheduler().activate(d.seek_event, (d.rl02 ? kRl02Timing : kRl01Timing).seek_time(distance));
        return complete(0);
    }
    if (function == kReadHeader) {
        std::uint16_t header = static_cast<std::uint16_t>((d.cylinder << 7) | (d.head << 6) | current_sector());
        rlmp_ = {header, 0, header_crc(header, 0)};
        return complete(0);
    }
    if (function == kWrite && write_protected(drive)) {
        d.write_gate_error = true;
        return complete(kErrIncomplete);
    }
    // The heads are already on the cylinder (the RL11 does not seek for a transfer): the
    // wait for the addressed sector to come round, then the data.
    const std::uint32_t words = rlmp_[0] ? 0x10000u - rlmp_[0] : 0x10000u;
    const DiskTiming& timing = d.rl02 ? kRl02Timing : kRl01Timing;
    const SimTime latency = timing.time_to_sector(machine().scheduler().now(), (rlda_ & 077) % kSectorsPerTrack);
    machine().scheduler().activate(ctrl_event_, latency + timing.transfer_time(words));
}

void Rl11::finish_function() {
    if (rlcs_ & kCsControllerReady) return;  // reset while queued
    transfer((rlcs_ >> 8) & 3, (rlcs_ >> 1) & 7);
}

void Rl11::transfer(int drive, int function) {
    Drive& d = drives_[drive];
    Unit& u = *units()[drive];
    if (!u.file().is_open()) return complete(kErrIncomplete);

    int cylinder = rlda_ >> 7;
    int head = (rlda_ >> 6) & 1;
    int sector = rlda_ & 077;
    if (function == kReadNoHeader) {
        // Without the header check the data comes from wherever the heads are.
        cylinder = d.cylinder;
        head = d.head;
    } else if (cylinder != d.cylinder || head != d.head) {
        return complete(kErrHeaderNotFound);
    }
    if (sector >= kSectorsPerTrack || cylinder >= cylinders(drive)) return complete(kErrHeaderNotFound);

    std::uint32_t requested = rlmp_[0] ? 0x10000u - rlmp_[0] : 0x10000u;
    std::uint32_t room = static_cast<std::uint32_t>(kSectorsPerTrack - sector) * kWordsPerSector;
    std::uint32_t count = std::min(requested, room);
    std::uint16_t error = requested > room ? kErrHeaderNotFound : 0;
    std::uint32_t address = has_bae_ ? (static_cast<std::uint32_t>(rlbae_) << 16) | rlba_
                                     : (static_cast<std::uint32_t>(rlcs_ & 060) << 12) | rlba_;
    std::uint64_t offset = ((static_cast<std::uint64_t>(cylinder) * kHeads + head) * kSectorsPerTrack + sector) *
                           kWordsPerSector * 2;
    words_.assign(count, 0);
    std::uint32_t done = 0;

    if (function == kRead || function == kReadNoHeader) {
        read_image_words(u.file(), offset, words_.data(), count, bytes_);
        done = static_cast<std::uint32_t>(bus().dma_write_words(*this, address, words_.data(), count));
    } else if (function == kWrite) {
        done = static_cast<std::uint32_t>(bus().dma_read_words(*this, address, words_.data(), count));
        // A partial last sector is completed with zeros, as the controller writes it.
        std::uint32_t padded = (done + kWordsPerSector - 1) / kWordsPerSector * kWordsPerSector;
        words_.resize(std::max(padded, count), 0);
        std::fill(words_.begin() + done, words_.begin() + padded, 0);
        if (padded > 0) {
            if (Status s = write_image_words(u.file(), offset, words_.data(), padded, bytes_); !s) {
                d.write_gate_error = true;
                error = kErrIncomplete;
                machine().request_stop(StopCode::GuestError, fmt::format("RL{}: {}", drive, s.message()));
            }
        }
    } else {  // write check
        std::vector<std::uint16_t> disk(count);
        read_image_words(u.file(), offset, disk.data(), count, bytes_);
        done = static_cast<std::uint32_t>(bus().dma_read_words(*this, address, words_.data(), count));
        if (!std::equal(words_.begin(), words_.begin() + done, disk.begin())) error = kErrDataCrc;
    }
    if (done < count) error = kErrNxMemory;

    rlmp_[0] = static_cast<std::uint16_t>(rlmp_[0] + done);
    rlmp_[1] = rlmp_[2] = rlmp_[0];
    address = advance_dma_address(address, 2 * done, dma_address_bits_);
    rlba_ = static_cast<std::uint16_t>(address & 0177776);
    rlcs_ = static_cast<std::uint16_t>((rlcs_ & ~060) | ((address >> 12) & 060));
    if (has_bae_) rlbae_ = static_cast<std::uint16_t>((address >> 16) & 077);
    std::uint32_t sectors = (done + kWordsPerSector - 1) / kWordsPerSector;
    rlda_ = static_cast<std::uint16_t>((rlda_ & ~077) | ((sector + sectors) & 077));
    if (debug_mask() & kDebugData)
        debug(kDebugData, fmt::format("{} {} words at cylinder {} head {} sector {}, error {:06o}",
                                      kFunctionNames[function], done, cylinder, head, sector, error));
    complete(error);
}

Status Rl11::write_bad_sector_file(Unit& unit, int drive) {
    // DEC STD 144: the last track holds the bad sector file: a 32-bit pack serial number,
    // two reserved words, then bad sector entries ended by 177777; a pack without bad
    // sectors has the end marker at once. Every sector of the track carries a copy.
    std::vector<std::uint16_t> sector(kWordsPerSector, 0177777);
    sector[0] = 012345;  // serial number, low word (arbitrary)
    sector[1] = 0;
    sector[2] = 0;
    sector[3] = 0;
    std::uint64_t track = static_cast<std::uint64_t>(cylinders(drive)) * kHeads - 1;
    for (int s = 0; s < kSectorsPerTrack; ++s) {
        std::uint64_t offset = (track * kSectorsPerTrack + s) * kWordsPerSector * 2;
        if (Status st = write_image_words(unit.file(), offset, sector.data(), sector.size(), bytes_); !st) return st;
    }
    return Status::ok();
}

Status Rl11::attach(Unit& unit, const std::string& path, const AttachOptions& options) {
    int drive = unit_index(unit);
    if (Status s = Device::attach(unit, path, options); !s) return s;
    if (!unit.file().regular()) {  // a FIFO or device has no size and cannot seek
        Device::detach(unit);
        return Status::error(fmt::format("{}: {} is not a regular file; an image must be a file", unit.name(), path));
    }
    Drive& d = drives_[drive];
    std::uint64_t size = unit.file().size();
    if (size > kRl02Bytes) {
        Device::detach(unit);
        return Status::error(fmt::format("{}: {} is {} bytes, larger than an RL02 pack ({} bytes)", unit.name(), path,
                                         size, kRl02Bytes));
    }
    if (d.autosize && size > 0) {
        // The pack says what it is: an image cut short after its last used block (as
        // RT-11 kits are published) is still an RL02 when its RT-11 directory describes
        // more blocks than an RL01 holds.
        const std::optional<std::uint64_t> blocks = rt11_volume_blocks(unit.file());
        d.rl02 = size > kRl01Bytes || (blocks && *blocks * 512 > kRl01Bytes);
    } else if (!d.rl02 && size > kRl01Bytes) {
        Device::detach(unit);
        return Status::error(fmt::format("{}: {} is {} bytes, larger than an RL01 pack ({} bytes); SET {} RL02 first",
                                         unit.name(), path, size, kRl01Bytes, unit.name()));
    }
    if (size == 0 && !unit.file().read_only()) {
        if (Status s = write_bad_sector_file(unit, drive); !s) {
            Device::detach(unit);
            return s;
        }
    }
    unit.capacity = d.rl02 ? kRl02Bytes : kRl01Bytes;
    d.cylinder = 0;
    d.head = 0;
    d.volume_check = true;  // a newly loaded pack, as after spin-up
    d.write_gate_error = false;
    return Status::ok();
}

Status Rl11::detach(Unit& unit) {
    machine().scheduler().cancel(drives_[unit_index(unit)].seek_event);
    return Device::detach(unit);
}

Status Rl11::ready_for_boot(Unit& unit) {
    const int drive = unit_index(unit);
    if (!unit.file().is_open()) return Status::error(fmt::format("{} is not attached", unit.name()));
    // The heads start at cylinder 0 as after the pack is spun up.
    drives_[drive].cylinder = 0;
    drives_[drive].head = 0;
    return Status::ok();
}

void Rl11::serialize(StateArchive& s) {
    s(rlcs_);
    s(rlba_);
    s(rlbae_);
    s(rlda_);
    s(rlmp_);
    for (Drive& d : drives_) {
        s.checked(d.cylinder, [](std::uint16_t c) { return c < kRl02Cylinders; }, "RL: a cylinder is out of range");
        s.checked(d.head, [](std::uint8_t h) { return h < 2; }, "RL: a head is out of range");
        s(d.rl02);
        s(d.autosize);
        s(d.write_locked);
        s(d.volume_check);
        s(d.write_gate_error);
    }
    serialize_interrupt(s, bus(), irq_);
}

std::string Rl11::show_status() const {
    std::string out;
    for (int i = 0; i < kDrives; ++i) {
        const Unit& u = *units()[i];
        if (!u.file().is_open()) continue;
        out += fmt::format("RL{}: {} {}, cylinder {} head {}{}\n", i, drives_[i].rl02 ? "RL02" : "RL01", u.file().path(),
                           drives_[i].cylinder, drives_[i].head, write_protected(i) ? ", write locked" : "");
    }
    return out;
}

}  // namespace simmon::dec
