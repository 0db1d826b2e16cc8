#include "devices/ibm/ibm2400.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "core/state/state_archive.hpp"
#include "devices/ibm/channel_subsystem.hpp"

namespace simmon::ibm {

namespace {

constexpr std::uint8_t kSense1Ready = 0x40;
constexpr std::uint8_t kSense1NotReady = 0x20;  // also: rewinding
constexpr std::uint8_t kSense1LoadPoint = 0x08;
constexpr std::uint8_t kSense1FileProtected = 0x02;

// Start/stop time plus about 1 microsecond a byte (800-1600 bpi at 75-112 inches/s).
SimTime motion_time(std::size_t bytes) { return usec(1000 + bytes); }

bool ends_with(const std::string& s, std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    return std::equal(suffix.rbegin(), suffix.rend(), s.rbegin(),
                      [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

}  // namespace

Ibm2400::Ibm2400(Machine& machine, ChannelSubsystem& channels, std::string name, std::uint16_t address)
    : ChannelDevice(machine, channels, std::move(name), "IBM 2400 magnetic tape drive", address, true) {
    Unit& u = *units().front();
    tap_ = std::make_unique<TapeImage>(u.file());
    awstape_ = std::make_unique<AwsTape>(u.file());
    set_sense_length(6);
    motion_event_ = machine.scheduler().add_handler(this->name() + "-MOTION", [this] { motion_done(); });
    add_register(reg_computed(
        "POS", 64, Radix::Decimal, "tape position (byte offset in the image)", [this] { return position(); },
        [this](std::uint64_t v) {
            tap_->set_position(v);
            awstape_->set_position(v);
        }));
    add_register(reg_field("AWS", aws_, 1, Radix::Hex, "the image is AWS (else SIMH .tap)"));
    add_register(reg_field("WLK", write_locked_, 1, Radix::Hex, "write locked (no write ring)"));
    add_register(reg_readonly("MOVING", moving_, 1, Radix::Hex, "the drive is moving after channel end (busy)"));

    Modifier locked;
    locked.name = "LOCKED";
    locked.help = "remove the write ring: writes are refused";
    locked.set = [this](Unit*, std::string_view) {
        write_locked_ = 1;
        return Status::ok();
    };
    locked.show = [this](const Unit*) { return std::string(write_protected() ? "write locked" : "write enabled"); };
    locked.in_summary = true;
    add_modifier(locked);
    Modifier enabled;
    enabled.name = "WRITEENABLED";
    enabled.help = "put the write ring in";
    enabled.set = [this](Unit*, std::string_view) {
        write_locked_ = 0;
        return Status::ok();
    };
    add_modifier(enabled);
}

std::uint64_t Ibm2400::position() const { return aws_ ? awstape_->position() : tap_->position(); }
bool Ibm2400::at_bot() const { return position() == 0; }
void Ibm2400::rewind() {
    tap_->rewind();
    awstape_->rewind();
}
TapeResult Ibm2400::read_forward(std::vector<std::uint8_t>& r) {
    return aws_ ? awstape_->read_forward(r, kMaxBlock) : tap_->read_forward(r, kMaxBlock);
}
TapeResult Ibm2400::read_backward(std::vector<std::uint8_t>& r) {
    return aws_ ? awstape_->read_backward(r, kMaxBlock) : tap_->read_backward(r, kMaxBlock);
}
TapeResult Ibm2400::space_forward(std::uint32_t& n) { return aws_ ? awstape_->space_forward(n) : tap_->space_forward(n); }
TapeResult Ibm2400::space_backward(std::uint32_t& n) { return aws_ ? awstape_->space_backward(n) : tap_->space_backward(n); }
TapeResult Ibm2400::write_record(const std::uint8_t* d, std::size_t n) {
    return aws_ ? awstape_->write_record(d, n) : tap_->write_record(d, n);
}
TapeResult Ibm2400::write_tape_mark() { return aws_ ? awstape_->write_tape_mark() : tap_->write_tape_mark(); }

bool Ibm2400::write_protected() const {
    const Unit& u = *units().front();
    return write_locked_ || (u.file().is_open() && u.file().read_only());
}

Status Ibm2400::attach(Unit& unit, const std::string& path, const AttachOptions& options) {
    if (Status s = ChannelDevice::attach(unit, path, options); !s) return s;
    aws_ = options.format == "SIMH" ? 0
         : (options.format == "AWS" || has_switch(options.switches, 'w') || ends_with(path, ".aws") ||
            ends_with(path, ".awstape")) ? 1 : 0;
    rewind();
    const Status v = aws_ ? awstape_->validate() : tap_->validate();
    if (!v) {
        ChannelDevice::detach(unit);
        return Status::error(fmt::format("{}: {} is not a usable {} tape image: {}", name(), path, aws_ ? "AWS" : "SIMH", v.message()));
    }
    write_locked_ = 0;
    // Loading a tape makes the drive ready (RESTORE re-attaches quietly: the saved
    // channel state already holds what was pending).
    if (!options.quiet) channels().present_status(address(), kDeviceEnd);
    return Status::ok();
}

Status Ibm2400::detach(Unit& unit) {
    rewind();
    return ChannelDevice::detach(unit);
}

CommandResult Ibm2400::sense6() {
    const Unit& u = *units().front();
    std::uint8_t byte1 = u.file().is_open() && !rewinding_ ? kSense1Ready : kSense1NotReady;
    if (u.file().is_open() && at_bot()) byte1 |= kSense1LoadPoint;
    if (write_protected()) byte1 |= kSense1FileProtected;
    sense_[1] |= byte1;
    return sense_command();
}

CommandResult Ibm2400::motion_result(TapeResult r, std::size_t bytes) {
    switch (r) {
        case TapeResult::Ok:
        case TapeResult::RecordTooLong: return {kChannelEnd | kDeviceEnd, motion_time(bytes)};
        case TapeResult::TapeMark: return {kChannelEnd | kDeviceEnd | kUnitException, motion_time(0)};
        case TapeResult::BeginningOfTape: return unit_check(kSenseCommandReject);
        case TapeResult::WriteProtected: return unit_check(kSenseCommandReject, kSense1FileProtected);
        case TapeResult::EndOfMedium:
        case TapeResult::BadFormat: return unit_check(kSenseDataCheck);
        case TapeResult::IoError: return unit_check(kSenseEquipmentCheck);
    }
    return unit_check(kSenseEquipmentCheck);
}

CommandResult Ibm2400::start_motion(SimTime time, std::uint8_t status, std::uint8_t sense0) {
    moving_ = 1;
    motion_status_ = status;
    motion_sense_ = sense0;
    machine().scheduler().activate(motion_event_, time);
    return {kChannelEnd, 0};
}

void Ibm2400::motion_done() {
    const std::uint8_t status = kDeviceEnd | motion_status_;
    if (motion_status_ & kUnitCheck) {
        clear_sense();
        sense_[0] = motion_sense_;
    }
    moving_ = 0;
    motion_status_ = 0;
    motion_sense_ = 0;
    rewinding_ = 0;
    channels().present_status(address(), status);
}

// Block and file spacing. Backward at load point is refused at once; otherwise the drive
// moves and device end tells how it stopped.
CommandResult Ibm2400::space_command(std::uint8_t command) {
    const bool backward = command == 0x27 || command == 0x2F;
    const bool file = command == 0x2F || command == 0x3F;
    if (backward && at_bot()) return unit_check(0);
    std::size_t moved = 0;
    for (;;) {
        std::uint32_t n = 0;
        const TapeResult r = backward ? space_backward(n) : space_forward(n);
        moved += n;
        switch (r) {
            case TapeResult::Ok:
            case TapeResult::RecordTooLong:
                if (file) continue;
                return start_motion(motion_time(moved));
            case TapeResult::TapeMark: return start_motion(motion_time(moved), file ? 0 : kUnitException);
            // Backspace file into load point without a tape mark.
            case TapeResult::BeginningOfTape: return start_motion(motion_time(moved), kUnitCheck);
            case TapeResult::EndOfMedium:
            case TapeResult::BadFormat: return start_motion(motion_time(moved), kUnitCheck, kSenseDataCheck);
            case TapeResult::IoError:
            case TapeResult::WriteProtected: break;
        }
        return start_motion(motion_time(moved), kUnitCheck, kSenseEquipmentCheck);
    }
}

void Ibm2400::reset() {
    ChannelDevice::reset();
    machine().scheduler().cancel(motion_event_);
    moving_ = 0;
    motion_status_ = 0;
    motion_sense_ = 0;
    rewinding_ = 0;
}

CommandResult Ibm2400::start_command(std::uint8_t command, bool) {
    if (command == 0x04) return sense6();
    if (command == 0x03) return {kChannelEnd | kDeviceEnd, 0};
    clear_sense();
    Unit& u = *units().front();
    const CommandClass cls = command_class(command);
    if (cls == CommandClass::Sense || cls == CommandClass::Invalid || cls == CommandClass::Tic) return unit_check(kSenseCommandReject);
    if (!u.file().is_open()) return unit_check(kSenseIntervention);
    switch (command) {
        case 0x01: {
            if (write_protected()) return unit_check(kSenseCommandReject, kSense1FileProtected);
            record_.resize(kMaxBlock);
            const std::size_t n = channels().fetch(address(), record_.data(), record_.size(), true);
            return motion_result(write_record(record_.data(), n), n);
        }
        case 0x02: {
            const TapeResult r = read_forward(record_);
            if (r == TapeResult::Ok || r == TapeResult::RecordTooLong) channels().store(address(), record_.data(), record_.size());
            return motion_result(r, record_.size());
        }
        case 0x0C: {
            if (at_bot()) return unit_check(0);
            const TapeResult r = read_backward(record_);
            if (r == TapeResult::Ok || r == TapeResult::RecordTooLong) {
                // The last byte of the block arrives first.
                std::reverse(record_.begin(), record_.end());
                channels().store(address(), record_.data(), record_.size());
            }
            return motion_result(r, record_.size());
        }
        case 0x07: {
            // High-speed rewind: of the order of six times the reading speed.
            const SimTime time = usec(1000 + position() / 6);
            rewind();
            rewinding_ = 1;
            return start_motion(time);
        }
        case 0x0F: {
            const SimTime time = usec(1000 + position() / 6);
            rewind();
            Device::detach(u);
            rewinding_ = 1;
            // Done at the control unit, the drive unloaded: not ready (FE manual: unit
            // check "when a rewind and unload is completed").
            return start_motion(time, kUnitCheck, kSenseIntervention);
        }
        case 0x17:
            if (write_protected()) return unit_check(kSenseCommandReject, kSense1FileProtected);
            return start_motion(motion_time(0));
        case 0x1F: {
            if (write_protected()) return unit_check(kSenseCommandReject, kSense1FileProtected);
            const TapeResult r = write_tape_mark();
            if (r != TapeResult::Ok) return motion_result(r, 0);
            return start_motion(motion_time(0));
        }
        case 0x27:
        case 0x2F:
        case 0x37:
        case 0x3F: return space_command(command);
        default: break;
    }
    if (cls == CommandClass::Control) return {kChannelEnd | kDeviceEnd, usec(10)};  // mode set
    return unit_check(kSenseCommandReject);
}

std::string Ibm2400::device_status() const {
    const Unit& u = *units().front();
    if (!u.file().is_open()) return "no tape mounted\n";
    return fmt::format("{} ({} image), position {}{}\n", u.file().path(), aws_ ? "AWS" : "SIMH .tap", position(),
                       write_protected() ? ", write locked" : "");
}

void Ibm2400::serialize_device(StateArchive& s) {
    s(aws_);
    s(write_locked_);
    s(moving_);
    s(motion_status_);
    s(motion_sense_);
    s(rewinding_);
    std::uint64_t pos = position();
    s(pos);
    if (s.loading()) {
        tap_->set_position(pos);
        awstape_->set_position(pos);
    }
}

}  // namespace simmon::ibm
