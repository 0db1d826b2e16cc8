#include "devices/ibm/ckd_dasd.hpp"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>

#include "core/state/state_archive.hpp"

#include "devices/ibm/channel_subsystem.hpp"

namespace simmon::ibm {

namespace {

// Sense byte 1 (2841/2314 style).
constexpr std::uint8_t kDataCheckCount = 0x80;
constexpr std::uint8_t kTrackOverrun = 0x40;
constexpr std::uint8_t kEndOfCylinder = 0x20;
constexpr std::uint8_t kInvalidSequence = 0x10;
constexpr std::uint8_t kNoRecordFound = 0x08;
constexpr std::uint8_t kFileProtected = 0x04;

// File mask bits 0-1 (write permission) and 3-4 (seek permission).
constexpr std::uint8_t kInhibitHaR0 = 0x00, kInhibitAll = 0x40, kUpdateOnly = 0x80;
constexpr std::uint8_t kSeekMask = 0x18, kSeekNoRecal = 0x08, kSeekHeadOnly = 0x10, kSeekNone = 0x18;

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && std::equal(suffix.rbegin(), suffix.rend(), s.rbegin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == b;
           });
}

}  // namespace

CkdDasd::CkdDasd(Machine& machine, ChannelSubsystem& channels, std::string name, std::uint16_t address, const DasdGeometry& model)
    : ChannelDevice(machine, channels, std::move(name), "IBM 2311/2314 disk, 2301 drum (CKD)", address, true),
      model_(&model),
      image_(units().front()->file()) {
    set_sense_length(6);
    add_register(reg_field("CYL", cyl_, 16, Radix::Decimal, "cylinder the access arm is on"));
    add_register(reg_field("HEAD", head_, 8, Radix::Decimal, "head selected"));
    add_register(reg_field("ORIENT", orient_, 3, Radix::Hex, "orientation: 0 index, 1 HA, 2 count, 3 key, 4 data"));
    add_register(reg_field("REC", rec_, 16, Radix::Hex, "offset of the current record in the track"));
    add_register(reg_field("MASK", file_mask_, 8, Radix::Hex, "file mask"));
    add_register(reg_field("MASKSET", mask_set_, 1, Radix::Hex, "file mask set in this chain"));
    add_register(reg_field("PASSES", index_passes_, 2, Radix::Hex, "index points passed without success"));
    add_register(reg_field("LASTCMD", last_command_, 8, Radix::Hex, "previous command of the chain"));
    add_register(reg_field("LASTSM", last_satisfied_, 1, Radix::Hex, "previous search was satisfied"));
    add_register(reg_field("WLK", write_locked_, 1, Radix::Hex, "write locked"));
    add_register(reg_computed("TRKVALID", 1, Radix::Hex, "track buffer loaded (reloaded after RESTORE)",
                              [this] { return std::uint64_t(track_valid_); }, [this](std::uint64_t) { track_valid_ = 0; }));

    for (const DasdGeometry* g : {&kDasd2311, &kDasd2314, &kDasd2301}) {
        Modifier m;
        m.name = std::string(g->model);
        m.help = fmt::format("drive model {} ({} cylinders of {} tracks)", g->model, g->cylinders, g->heads);
        m.set = [this, g](Unit*, std::string_view) -> Status {
            if (units().front()->attached()) return Status::error(fmt::format("{}: detach the volume before changing the model", this->name()));
            model_ = g;
            return Status::ok();
        };
        m.show = [this](const Unit*) { return std::string(model_->model); };
        m.in_summary = g == &kDasd2311;
        add_modifier(std::move(m));
    }
    Modifier locked;
    locked.name = "LOCKED";
    locked.help = "write protect the volume";
    locked.set = [this](Unit*, std::string_view) {
        write_locked_ = 1;
        return Status::ok();
    };
    add_modifier(locked);
    Modifier enabled;
    enabled.name = "WRITEENABLED";
    enabled.help = "allow writes to the volume";
    enabled.set = [this](Unit*, std::string_view) {
        write_locked_ = 0;
        return Status::ok();
    };
    add_modifier(enabled);
}

Status CkdDasd::attach(Unit& unit, const std::string& path, const AttachOptions& options) {
    const bool compressed = ends_with(path, ".cckd") || ends_with(path, ".cck");
    if (options.create_new) {
        if (options.read_only) return Status::error("ATTACH -n and -r contradict each other");
        if (unit.attached())
            if (Status s = detach(unit); !s) return s;
        if (Status s = CkdImage::create(path, *model_, model_->cylinders, compressed); !s) return s;
    } else if (!std::filesystem::exists(path)) {
        return Status::error(fmt::format("{}: no file {} (ATTACH -n creates an empty formatted volume)", name(), path));
    }
    AttachOptions existing = options;
    existing.create_new = false;
    if (Status s = ChannelDevice::attach(unit, path, existing); !s) return s;
    if (Status s = image_.open(model_); !s) {
        ChannelDevice::detach(unit);
        return Status::error(fmt::format("{}: {} is not a usable {} volume: {}", name(), path, model_->model, s.message()));
    }
    unit.capacity = std::uint64_t{image_.cylinders()} * image_.heads();
    cyl_ = head_ = 0;
    orient_ = kIndex;
    track_valid_ = 0;
    return Status::ok();
}

Status CkdDasd::detach(Unit& unit) {
    image_.close();
    track_valid_ = 0;
    return ChannelDevice::detach(unit);
}

bool CkdDasd::load_track() {
    if (track_valid_) return true;
    std::string error;
    if (!image_.read_track(cyl_, head_, track_, error)) {
        debug(1, fmt::format("cylinder {} head {}: {}", cyl_, head_, error));
        return false;
    }
    track_valid_ = 1;
    if (rec_ + 8 > track_.size()) {
        rec_ = 5;
        orient_ = kIndex;
    }
    return true;
}

bool CkdDasd::store_track() {
    std::string error;
    if (image_.write_track(cyl_, head_, track_, error)) return true;
    debug(1, fmt::format("cylinder {} head {}: {}", cyl_, head_, error));
    return false;
}

bool CkdDasd::at_end(std::size_t p) const {
    return p + 8 > track_.size() || std::all_of(track_.begin() + static_cast<std::ptrdiff_t>(p),
                                                track_.begin() + static_cast<std::ptrdiff_t>(p + 8),
                                                [](std::uint8_t b) { return b == 0xFF; });
}

bool CkdDasd::next_count(bool skip_r0, bool multitrack, CommandResult& fail) {
    std::size_t p = (orient_ == kIndex || orient_ == kHomeAddress) ? 5 : next_record(rec_);
    if ((orient_ == kIndex || orient_ == kHomeAddress) && skip_r0 && !at_end(p)) p = next_record(p);
    while (at_end(p)) {
        // The index point comes round.
        if (++index_passes_ >= 2) {
            fail = unit_check(0, kNoRecordFound);
            return false;
        }
        if (multitrack) {
            if (head_ + 1 >= image_.heads()) {
                fail = unit_check(0, kEndOfCylinder);
                return false;
            }
            ++head_;
            track_valid_ = 0;
            if (!load_track()) {
                fail = unit_check(kSenseDataCheck, kDataCheckCount);
                return false;
            }
            index_passes_ = 0;
        }
        p = 5;
        if (skip_r0 && !at_end(p)) p = next_record(p);
        if (at_end(p) && !multitrack && ++index_passes_ >= 2) {
            fail = unit_check(0, kNoRecordFound);
            return false;
        }
    }
    rec_ = static_cast<std::uint32_t>(p);
    orient_ = kCount;
    return true;
}

bool CkdDasd::writes_inhibited(std::uint8_t level) const {
    // level: 0 update writes (data, key and data), 1 format writes (CKD, erase), 2 HA and R0.
    if (write_locked_ || units().front()->file().read_only()) return true;
    const std::uint8_t w = file_mask_ & 0xC0;
    if (w == kInhibitAll) return true;
    if (w == kUpdateOnly) return level > 0;
    if (w == kInhibitHaR0) return level > 1;
    return false;
}

bool CkdDasd::fits(std::size_t insert_at, std::size_t kl, std::size_t dl) const {
    // Records R1 and up, with the new one last, against the model's track capacity.
    std::uint32_t used = 0;
    std::size_t p = 5;
    if (!at_end(p)) p = next_record(p);  // R0 is outside the capacity formula
    while (p < insert_at && !at_end(p)) {
        used += model_->record_space(static_cast<std::uint32_t>(key_length(p)), static_cast<std::uint32_t>(data_length(p)), false);
        p = next_record(p);
    }
    used += model_->record_space(static_cast<std::uint32_t>(kl), static_cast<std::uint32_t>(dl), true);
    return used <= model_->track_length && insert_at + 8 + kl + dl + 8 <= model_->image_track_size();
}

CommandResult CkdDasd::done(std::size_t bytes, std::uint8_t extra) {
    // About 50 microseconds to reach a field and 3 microseconds a byte (312 KB/s on a 2314).
    return {static_cast<std::uint8_t>(kChannelEnd | kDeviceEnd | extra), usec(50 + bytes / 3)};
}

CommandResult CkdDasd::start_command(std::uint8_t command, bool chained) {
    if (!chained) {
        mask_set_ = 0;
        file_mask_ = 0;
        last_command_ = 0;
        last_satisfied_ = 0;
        index_passes_ = 0;
    }
    if (command == 0x04) return sense_command();
    if (command == 0x94 || command == 0xB4) return sense_command();  // release / reserve
    if (command == 0x03) return {kChannelEnd | kDeviceEnd, 0};
    clear_sense();
    if (!image_.is_open()) return unit_check(kSenseIntervention);
    const std::uint8_t previous = last_command_;
    const std::uint8_t previous_satisfied = last_satisfied_;
    last_command_ = command;
    last_satisfied_ = 0;
    switch (command) {
        case 0x07:
        case 0x0B:
        case 0x1B:
        case 0x13: return seek(command);
        case 0x1F: {
            std::uint8_t mask = 0;
            if (mask_set_ || channels().fetch(address(), &mask, 1) != 1 || (mask & 0x20)) return unit_check(kSenseCommandReject);
            file_mask_ = mask;
            mask_set_ = 1;
            return {kChannelEnd | kDeviceEnd, usec(10)};
        }
        default: break;
    }
    if (!load_track()) return unit_check(kSenseDataCheck, kDataCheckCount);
    switch (command & 0x7F) {
        case 0x31:
        case 0x51:
        case 0x71:
        case 0x29:
        case 0x49:
        case 0x69:
        case 0x39: return search(command);
        case 0x06:
        case 0x0E:
        case 0x1E:
        case 0x12:
        case 0x16:
        case 0x1A:
        case 0x02: return read(command);
        default: break;
    }
    // Writes: each must follow the command the manuals require.
    const std::uint8_t p = previous & 0x7F;
    const bool after_equal = previous_satisfied && (p == 0x31 || p == 0x29);
    const bool after_id_equal = previous_satisfied && p == 0x31;
    const bool format_ok = after_equal || p == 0x12 || p == 0x1E || p == 0x16 || p == 0x1D || p == 0x15 || p == 0x06 || p == 0x0E;
    switch (command) {
        case 0x05:
            if (!after_equal) return unit_check(kSenseCommandReject, kInvalidSequence);
            if (writes_inhibited(0)) return unit_check(0, kFileProtected);
            return write(command);
        case 0x0D:
            if (!after_id_equal) return unit_check(kSenseCommandReject, kInvalidSequence);
            if (writes_inhibited(0)) return unit_check(0, kFileProtected);
            return write(command);
        case 0x1D:
        case 0x11:
            if (!format_ok) return unit_check(kSenseCommandReject, kInvalidSequence);
            if (writes_inhibited(1)) return unit_check(0, kFileProtected);
            return write(command);
        case 0x15:
            if (!((previous_satisfied && p == 0x39) || p == 0x1A)) return unit_check(kSenseCommandReject, kInvalidSequence);
            if (writes_inhibited(2)) return unit_check(0, kFileProtected);
            return write(command);
        case 0x19:
            if (writes_inhibited(2)) return unit_check(0, kFileProtected);
            return write(command);
        default: return unit_check(kSenseCommandReject);
    }
}

CommandResult CkdDasd::seek(std::uint8_t command) {
    const std::uint8_t allowed = file_mask_ & kSeekMask;
    std::uint32_t cyl = 0, head = 0;
    if (command == 0x13) {
        if (allowed != 0) return unit_check(0, kFileProtected);
    } else {
        std::uint8_t arg[6] = {};
        if (channels().fetch(address(), arg, 6) != 6) return unit_check(kSenseCommandReject);
        cyl = std::uint32_t{arg[2]} << 8 | arg[3];
        head = std::uint32_t{arg[4]} << 8 | arg[5];
        if (command == 0x1B) cyl = cyl_;
        if (arg[0] != 0 || arg[1] != 0 || cyl >= image_.cylinders() || head >= image_.heads()) return unit_check(kSenseCommandReject);
        if (allowed == kSeekNone || (allowed == kSeekHeadOnly && cyl != cyl_)) return unit_check(0, kFileProtected);
    }
    const std::uint32_t moved = cyl > cyl_ ? cyl - cyl_ : cyl_ - cyl;
    if (cyl != cyl_ || head != head_) track_valid_ = 0;
    cyl_ = cyl;
    head_ = head;
    orient_ = kIndex;
    rec_ = 5;
    index_passes_ = 0;
    if (!load_track()) return unit_check(kSenseDataCheck, kDataCheckCount);
    return {kChannelEnd | kDeviceEnd, usec(100 + 200 * std::uint64_t{moved})};
}

CommandResult CkdDasd::search(std::uint8_t command) {
    const bool multitrack = (command & 0x80) != 0;
    if (multitrack && (file_mask_ & kSeekMask) == kSeekNone) return unit_check(0, kFileProtected);
    const std::uint8_t base = command & 0x7F;
    std::uint8_t arg[256] = {};
    std::size_t n = 0;
    std::size_t field = 0;
    const std::uint8_t* recorded = nullptr;
    CommandResult fail;
    if (base == 0x39) {
        // Search home address: wait for the index point, compare CCHH.
        if (orient_ != kIndex && orient_ != kHomeAddress && ++index_passes_ >= 2) return unit_check(0, kNoRecordFound);
        n = channels().fetch(address(), arg, 4);
        recorded = track_.data() + 1;
        field = 4;
        orient_ = kHomeAddress;
        rec_ = 5;
    } else if (base == 0x31 || base == 0x51 || base == 0x71) {
        if (!next_count(false, multitrack, fail)) return fail;
        n = channels().fetch(address(), arg, 5);
        recorded = track_.data() + rec_;
        field = 5;
    } else {
        if (orient_ != kCount || rec_ == 5) {
            if (!next_count(true, multitrack, fail)) return fail;
        }
        field = key_length(rec_);
        n = channels().fetch(address(), arg, std::max<std::size_t>(field, 1));
        recorded = track_.data() + rec_ + 8;
        orient_ = kKey;
        if (field == 0) return done(n);  // a record without a key never satisfies a key search
    }
    const int cmp = std::memcmp(recorded, arg, std::min(n, field));
    bool hit = false;
    switch (base) {
        case 0x31:
        case 0x29:
        case 0x39: hit = cmp == 0; break;
        case 0x51:
        case 0x49: hit = cmp > 0; break;
        default: hit = cmp >= 0; break;
    }
    if (hit) {
        last_satisfied_ = 1;
        index_passes_ = 0;
    }
    return done(n, hit ? kStatusModifier : 0);
}

CommandResult CkdDasd::read(std::uint8_t command) {
    const bool multitrack = (command & 0x80) != 0;
    if (multitrack && (file_mask_ & kSeekMask) == kSeekNone) return unit_check(0, kFileProtected);
    CommandResult fail;
    std::size_t from = 0, length = 0;
    switch (command & 0x7F) {
        case 0x02:  // read IPL: cylinder 0 head 0, the data of record 1
            if (cyl_ != 0 || head_ != 0) track_valid_ = 0;
            cyl_ = head_ = 0;
            orient_ = kIndex;
            if (!load_track()) return unit_check(kSenseDataCheck, kDataCheckCount);
            if (!next_count(true, false, fail)) return fail;
            from = rec_ + 8 + key_length(rec_);
            length = data_length(rec_);
            orient_ = kData;
            break;
        case 0x06:
        case 0x0E:
            if (orient_ != kCount && orient_ != kKey) {
                if (!next_count(true, multitrack, fail)) return fail;
            }
            length = data_length(rec_);
            from = rec_ + 8 + key_length(rec_);
            if ((command & 0x7F) == 0x0E) {
                from -= key_length(rec_);
                length += key_length(rec_);
            }
            orient_ = kData;
            break;
        case 0x1E:
        case 0x12:
            if (!next_count(true, multitrack, fail)) return fail;
            from = rec_;
            length = (command & 0x7F) == 0x12 ? 8 : 8 + key_length(rec_) + data_length(rec_);
            orient_ = (command & 0x7F) == 0x12 ? kCount : kData;
            break;
        case 0x16:
            rec_ = 5;
            if (at_end(rec_)) return unit_check(0, kNoRecordFound);
            from = rec_;
            length = 8 + key_length(rec_) + data_length(rec_);
            orient_ = kData;
            break;
        case 0x1A:
            from = 0;
            length = 5;
            orient_ = kHomeAddress;
            rec_ = 5;
            break;
        default: return unit_check(kSenseCommandReject);
    }
    index_passes_ = 0;
    channels().store(address(), track_.data() + from, length);
    return done(length);
}

CommandResult CkdDasd::write(std::uint8_t command) {
    std::size_t at = 0, length = 0;
    std::vector<std::uint8_t> data;
    switch (command) {
        case 0x05:
        case 0x0D: {
            const std::size_t kl = key_length(rec_), dl = data_length(rec_);
            at = rec_ + 8 + (command == 0x05 ? kl : 0);
            length = dl + (command == 0x05 ? 0 : kl);
            data.assign(length, 0);
            channels().fetch(address(), data.data(), length);
            std::copy(data.begin(), data.end(), track_.begin() + static_cast<std::ptrdiff_t>(at));
            orient_ = kData;
            break;
        }
        case 0x1D:
        case 0x15: {
            std::uint8_t count[8] = {};
            if (channels().fetch(address(), count, 8) != 8) return unit_check(kSenseCommandReject);
            const std::size_t kl = count[5], dl = std::size_t{count[6]} << 8 | count[7];
            at = command == 0x15 ? 5 : next_record(orient_ == kIndex || orient_ == kHomeAddress ? 5 : rec_);
            if (command == 0x1D && !fits(at, kl, dl)) return unit_check(0, kTrackOverrun);
            if (at + 8 + kl + dl + 8 > model_->image_track_size()) return unit_check(0, kTrackOverrun);
            data.assign(count, count + 8);
            data.resize(8 + kl + dl, 0);
            channels().fetch(address(), data.data() + 8, kl + dl);
            track_.resize(at);
            track_.insert(track_.end(), data.begin(), data.end());
            track_.insert(track_.end(), 8, 0xFF);  // the rest of the track is erased
            rec_ = static_cast<std::uint32_t>(at);
            orient_ = kData;
            length = data.size();
            break;
        }
        case 0x11: {
            std::uint8_t count[8] = {};
            channels().fetch(address(), count, 8);
            at = next_record(orient_ == kIndex || orient_ == kHomeAddress ? 5 : rec_);
            track_.resize(at);
            track_.insert(track_.end(), 8, 0xFF);
            length = 8;
            break;
        }
        case 0x19: {
            std::uint8_t ha[5] = {};
            if (channels().fetch(address(), ha, 5) != 5) return unit_check(kSenseCommandReject);
            track_.assign(ha, ha + 5);
            track_.insert(track_.end(), 8, 0xFF);
            orient_ = kHomeAddress;
            rec_ = 5;
            length = 5;
            break;
        }
        default: return unit_check(kSenseCommandReject);
    }
    if (!store_track()) {
        track_valid_ = 0;
        return unit_check(kSenseEquipmentCheck);
    }
    return done(length);
}

std::string CkdDasd::device_status() const {
    const Unit& u = *units().front();
    if (!u.file().is_open()) return fmt::format("{}, no volume\n", model_->model);
    return fmt::format("{} volume {} ({}, {} cylinders), arm at cylinder {} head {}{}\n", model_->model, u.file().path(),
                       image_.compressed() ? "CCKD" : "CKD", image_.cylinders(), cyl_, head_,
                       write_locked_ || u.file().read_only() ? ", write locked" : "");
}

void CkdDasd::serialize_device(StateArchive& s) {
    s.checked(cyl_, [this](std::uint32_t v) { return v < model_->cylinders; }, name() + ": the saved cylinder is beyond the drive");
    s.checked(head_, [this](std::uint32_t v) { return v < model_->heads; }, name() + ": the saved head is beyond the drive");
    s.choice(orient_, std::uint8_t{kData});
    s.checked(rec_, [](std::uint32_t v) { return v >= 5 && v <= 0xFFFF; }, name() + ": the saved record position is out of range");
    s(file_mask_);
    s(mask_set_);
    s(index_passes_);
    s(last_command_);
    s(last_satisfied_);
    s(write_locked_);
    // The track buffer is a copy of the image: read again at the next command.
    if (s.loading()) track_valid_ = 0;
}

}  // namespace simmon::ibm
