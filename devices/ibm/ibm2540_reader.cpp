#include "devices/ibm/ibm2540_reader.hpp"

#include <fmt/format.h>
#include <fstream>
#include <iterator>

#include "core/state/state_archive.hpp"
#include "devices/ibm/channel_subsystem.hpp"
#include "devices/ibm/ebcdic.hpp"

namespace simmon::ibm {

namespace {

bool looks_like_text(const std::string& bytes) {
    for (unsigned char c : bytes)
        if (!(c >= 0x20 && c < 0x7F) && c != '\n' && c != '\r' && c != '\t' && c != '\f') return false;
    return true;
}

}  // namespace

Ibm2540Reader::Ibm2540Reader(Machine& machine, ChannelSubsystem& channels, std::string name, std::uint16_t address)
    : ChannelDevice(machine, channels, std::move(name), "IBM 2540 card reader", address, true) {
    add_register(reg_computed("HOPPER", 32, Radix::Decimal, "cards left in the hopper",
                              [this] { return std::uint64_t(cards_left()); }));
    add_register(reg_readonly("READ", cards_read_, 64, Radix::Decimal, "cards read since power-on"));
    add_register(reg_field("EOF", end_of_file_, 1, Radix::Hex, "END OF FILE key set"));
    add_register(reg_field("EOFGIVEN", eof_given_, 1, Radix::Hex, "end of file already presented"));

    Modifier eof;
    eof.name = "EOF";
    eof.help = "END OF FILE set: the read after the last card gives unit exception";
    eof.set = [this](Unit*, std::string_view) {
        end_of_file_ = 1;
        return Status::ok();
    };
    eof.show = [this](const Unit*) { return std::string(end_of_file_ ? "EOF" : "NOEOF"); };
    eof.in_summary = true;
    add_modifier(eof);
    Modifier noeof;
    noeof.name = "NOEOF";
    noeof.help = "END OF FILE not set: an empty hopper is simply not ready";
    noeof.set = [this](Unit*, std::string_view) {
        end_of_file_ = 0;
        return Status::ok();
    };
    add_modifier(noeof);
}

Status Ibm2540Reader::load_deck(const std::string& path, char format, std::vector<std::uint8_t>& cards) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::error(fmt::format("cannot open deck {}", path));
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (format == 0) format = looks_like_text(bytes) ? 'a' : 'e';
    if (format == 'e') {
        if (bytes.size() % kCardBytes != 0)
            return Status::error(fmt::format("deck {} is {} bytes, not a whole number of 80-byte cards", path, bytes.size()));
        cards.insert(cards.end(), bytes.begin(), bytes.end());
        return Status::ok();
    }
    std::size_t line_number = 0, start = 0;
    while (start < bytes.size()) {
        std::size_t end = bytes.find('\n', start);
        if (end == std::string::npos) end = bytes.size();
        std::string line = bytes.substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        for (char& c : line)
            if (c == '\t' || c == '\f') c = ' ';
        if (line.size() > kCardBytes)
            return Status::error(fmt::format("line {} of deck {} has {} characters; a card holds 80", line_number, path, line.size()));
        line.resize(kCardBytes, ' ');
        const std::string card = ascii_to_ebcdic(line);
        cards.insert(cards.end(), card.begin(), card.end());
    }
    return Status::ok();
}

Status Ibm2540Reader::attach(Unit& unit, const std::string& path, const AttachOptions& options) {
    char format = 0;
    if (has_switch(options.switches, 'e')) format = 'e';
    if (has_switch(options.switches, 'a')) format = 'a';
    if (has_switch(options.switches, 'e') && has_switch(options.switches, 'a'))
        return Status::error("ATTACH -e (EBCDIC cards) and -a (ASCII text) contradict each other");
    std::vector<std::uint8_t> cards;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t comma = path.find(',', start);
        if (comma == std::string::npos) comma = path.size();
        const std::string one = path.substr(start, comma - start);
        start = comma + 1;
        if (one.empty()) return Status::error("ATTACH: an empty deck name in the list");
        if (Status s = load_deck(one, format, cards); !s) return s;
    }
    const bool was_empty = cards_left() == 0;
    cards_ = std::move(cards);
    next_ = 0;
    eof_given_ = 0;
    unit.set_attach_text(path);
    unit.capacity = cards_.size() / kCardBytes;
    // A reader that gets cards becomes ready: device end, not tied to an operation.
    // (Not when RESTORE re-attaches: the saved channel state already says what is pending.)
    if (was_empty && !cards_.empty() && !options.quiet) channels().present_status(address(), kDeviceEnd);
    return Status::ok();
}

Status Ibm2540Reader::detach(Unit& unit) {
    cards_.clear();
    next_ = 0;
    eof_given_ = 0;
    unit.capacity = 0;
    return ChannelDevice::detach(unit);
}

CommandResult Ibm2540Reader::start_command(std::uint8_t command, bool) {
    if (command == 0x04) return sense_command();
    if (command == 0x03) return {kChannelEnd | kDeviceEnd, 0};
    clear_sense();
    const bool read = (command & 0x3F) == 0x02;
    const bool feed = (command & 0x0F) == 0x03 && (command & 0x20) == 0x20;
    if (!read && !feed) return unit_check(kSenseCommandReject);
    if (cards_left() == 0) {
        if (end_of_file_ && !eof_given_ && units().front()->attached()) {
            eof_given_ = 1;
            return {kChannelEnd | kDeviceEnd | kUnitException, usec(100)};
        }
        return unit_check(kSenseIntervention);
    }
    const std::uint8_t* card = cards_.data() + next_ * kCardBytes;
    ++next_;
    ++cards_read_;
    if (read) channels().store(address(), card, kCardBytes);
    return {kChannelEnd | kDeviceEnd, kCardTime};
}

std::string Ibm2540Reader::device_status() const {
    const Unit& u = *units().front();
    if (!u.attached()) return "hopper empty\n";
    return fmt::format("deck(s) {}: {} card(s) left of {}, {}\n", u.attach_text(), cards_left(), cards_.size() / kCardBytes,
                       end_of_file_ ? "END OF FILE set" : "END OF FILE not set");
}

void Ibm2540Reader::serialize_device(StateArchive& s) {
    // The hopper: its card count, then the cards.
    std::uint64_t cards = cards_.size() / kCardBytes;
    s.checked(cards, [](std::uint64_t v) { return v <= kMaxCards; }, name() + ": the saved hopper is too large");
    if (s.failed()) return;
    if (s.loading()) cards_.assign(static_cast<std::size_t>(cards) * kCardBytes, 0);
    s.raw(cards_.data(), cards_.size());
    std::uint64_t next = next_;
    s.checked(next, [cards](std::uint64_t v) { return v <= cards; }, name() + ": the saved hopper position is beyond its cards");
    next_ = static_cast<std::size_t>(next);
    s(end_of_file_);
    s(eof_given_);
    s(cards_read_);
}

}  // namespace simmon::ibm
