#include "devices/ibm/ibm1403.hpp"

#include <fmt/format.h>

#include "core/state/state_archive.hpp"
#include "devices/ibm/channel_subsystem.hpp"
#include "devices/ibm/ebcdic.hpp"

namespace simmon::ibm {

Ibm1403::Ibm1403(Machine& machine, ChannelSubsystem& channels, std::string name, std::uint16_t address)
    : ChannelDevice(machine, channels, std::move(name), "IBM 1403 printer", address, true) {
    channel_line_[1] = 1;
    channel_line_[9] = 57;
    channel_line_[12] = 60;
    add_register(reg_field("LINE", line_, 8, Radix::Decimal, "paper position (line on the page, 1 = top of form)"));
    add_register(reg_field("POS", position_, 64, Radix::Decimal, "bytes written to the output file"));
    add_register(reg_field("LINES", lines_printed_, 64, Radix::Decimal, "lines printed since power-on"));
}

Status Ibm1403::attach(Unit& unit, const std::string& path, const AttachOptions& options) {
    if (options.read_only) return Status::error(fmt::format("{}: a printer cannot write to a read-only file", name()));
    AttachOptions fresh = options;
    fresh.create_new = true;
    if (Status s = ChannelDevice::attach(unit, path, fresh); !s) return s;
    position_ = 0;
    pending_.clear();
    return Status::ok();
}

Status Ibm1403::detach(Unit& unit) {
    if (unit.file().is_open() && !pending_.empty()) flush_line();
    return ChannelDevice::detach(unit);
}

bool Ibm1403::emit(std::string_view text) {
    Unit& u = *units().front();
    if (!u.file().is_open()) return false;
    if (!u.file().write_at(position_, text.data(), text.size())) return false;
    position_ += text.size();
    return true;
}

bool Ibm1403::flush_line() {
    std::string text = pending_;
    while (!text.empty() && text.back() == ' ') text.pop_back();
    pending_.clear();
    text += '\n';
    return emit(text);
}

bool Ibm1403::space(int lines, bool& overflow) {
    for (int i = 0; i < lines; ++i) {
        if (!flush_line()) return false;
        line_ = line_ % kPageLines + 1;
        if (channel_line_[12] != 0 && line_ == channel_line_[12]) overflow = true;
    }
    return true;
}

bool Ibm1403::skip_to_channel(int channel, bool& overflow) {
    int target = channel_line_[channel];
    if (target == 0) target = channel_line_[1];
    if (target > line_) {
        if (!space(target - line_, overflow)) return false;
        return true;
    }
    // Through the end of the form: the file starts a new page.
    if (!pending_.empty() && !flush_line()) return false;
    if (!emit("\f")) return false;
    line_ = 1;
    for (int i = 1; i < target; ++i)
        if (!emit("\n")) return false;
    line_ = target;
    return true;
}

CommandResult Ibm1403::start_command(std::uint8_t command, bool) {
    if (command == 0x04) return sense_command();
    if (command == 0x03) return {kChannelEnd | kDeviceEnd, 0};
    clear_sense();
    const bool print = (command & 0x07) == 0x01;
    const bool carriage = (command & 0x07) == 0x03;
    if (command == 0xFB || command == 0xF3 || command == 0x73 || command == 0x7B) {
        std::uint8_t discard[256];
        while (channels().fetch(address(), discard, sizeof discard, true) == sizeof discard) {
        }
        return {kChannelEnd | kDeviceEnd, usec(100)};
    }
    const int op = command >> 3;
    const bool skip = op >= 17 && op <= 28;
    if ((!print && !carriage) || (op > 3 && !skip)) return unit_check(kSenseCommandReject);
    if (!units().front()->file().is_open()) return unit_check(kSenseIntervention);
    if (print) {
        std::uint8_t data[kLineBytes];
        const std::size_t n = channels().fetch(address(), data, std::min<std::size_t>(kLineBytes, channels().count_left(address())));
        const std::string text = ebcdic_to_ascii(std::string_view(reinterpret_cast<const char*>(data), n));
        if (pending_.size() < text.size()) pending_.resize(text.size(), ' ');
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] != ' ') pending_[i] = text[i];
        ++lines_printed_;
    }
    bool overflow = false;
    bool ok = true;
    if (skip)
        ok = skip_to_channel(op - 16, overflow);
    else if (op > 0)
        ok = space(op, overflow);
    if (!ok) return unit_check(kSenseEquipmentCheck);
    const std::uint8_t status = kChannelEnd | kDeviceEnd | (overflow ? kUnitException : 0);
    return {status, print ? kLineTime : usec(op == 0 ? 10 : 5000)};
}

std::string Ibm1403::device_status() const {
    const Unit& u = *units().front();
    if (!u.file().is_open()) return "no output file (not ready)\n";
    return fmt::format("printing to {}, line {} of the page, {} line(s) printed\n", u.file().path(), line_, lines_printed_);
}

void Ibm1403::serialize_device(StateArchive& s) {
    for (int& l : channel_line_) s.checked(l, [](int v) { return v >= 0 && v <= kPageLines; }, name() + ": a saved carriage-tape channel is out of range");
    s.checked(line_, [](int v) { return v >= 1 && v <= kPageLines; }, name() + ": the saved paper position is out of range");
    s(pending_, kLineBytes);
    s(position_);
    s(lines_printed_);
}

}  // namespace simmon::ibm
