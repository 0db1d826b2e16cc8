// SIMH .tap reader/writer. A record is [len][data, padded to even][len], little-endian
// 32-bit lengths; bit 31 flags a record the drive read with an error (the data is still
// delivered). 0 is a tape mark, 0xFFFFFFFF end of medium, 0xFFFFFFFE an erase gap
// marker that both directions step over. Writing anywhere cuts the tape there, as a
// real drive erases what follows the written record.
#include "core/images/tape_image.hpp"

#include <fmt/format.h>

namespace simmon {

namespace {

constexpr std::uint32_t kTapeMark = 0;
constexpr std::uint32_t kEndOfMedium = 0xFFFFFFFFu;
constexpr std::uint32_t kEraseGap = 0xFFFFFFFEu;
constexpr std::uint32_t kErrorFlag = 0x80000000u;
constexpr std::uint32_t kLengthMask = 0x7FFFFFFFu;

std::uint32_t load_le32(const std::uint8_t* p) {
    return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
           static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}

void store_le32(std::uint8_t* p, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) p[i] = static_cast<std::uint8_t>(v >> (8 * i));
}

std::uint64_t padded(std::uint32_t length) { return length + (length & 1u); }

// What one step over the tape found. `next` is where the tape stands afterwards.
struct Step {
    TapeResult result = TapeResult::Ok;
    std::uint32_t length = 0;   // data bytes of a record
    std::uint64_t data_at = 0;  // file offset of its data
    std::uint64_t next = 0;
};

Step step_forward(const HostFile& file, std::uint64_t pos) {
    const std::uint64_t size = file.size();
    for (;;) {
        Step s;
        s.next = pos;
        if (pos >= size) {
            s.result = TapeResult::EndOfMedium;
            return s;
        }
        if (size - pos < 4) {
            s.result = TapeResult::BadFormat;
            return s;
        }
        std::uint8_t word[4];
        file.read_at(pos, word, 4);
        const std::uint32_t header = load_le32(word);
        if (header == kEraseGap) {
            pos += 4;
            continue;
        }
        if (header == kEndOfMedium) {
            s.result = TapeResult::EndOfMedium;
            return s;
        }
        if (header == kTapeMark) {
            s.result = TapeResult::TapeMark;
            s.next = pos + 4;
            return s;
        }
        const std::uint32_t length = header & kLengthMask;
        const std::uint64_t trailer_at = pos + 4 + padded(length);
        if (trailer_at + 4 > size) {
            s.result = TapeResult::BadFormat;  // truncated record
            return s;
        }
        file.read_at(trailer_at, word, 4);
        if (load_le32(word) != header) {
            s.result = TapeResult::BadFormat;
            return s;
        }
        s.length = length;
        s.data_at = pos + 4;
        s.next = trailer_at + 4;
        return s;
    }
}

Step step_backward(const HostFile& file, std::uint64_t pos) {
    for (;;) {
        Step s;
        s.next = pos;
        if (pos == 0) {
            s.result = TapeResult::BeginningOfTape;
            return s;
        }
        if (pos < 4 || pos > file.size()) {
            s.result = TapeResult::BadFormat;
            return s;
        }
        std::uint8_t word[4];
        file.read_at(pos - 4, word, 4);
        const std::uint32_t trailer = load_le32(word);
        if (trailer == kEraseGap) {
            pos -= 4;
            continue;
        }
        if (trailer == kTapeMark) {
            s.result = TapeResult::TapeMark;
            s.next = pos - 4;
            return s;
        }
        if (trailer == kEndOfMedium) {
            s.result = TapeResult::BadFormat;  // an end-of-medium marker is never followed by data
            return s;
        }
        const std::uint32_t length = trailer & kLengthMask;
        const std::uint64_t span = 8 + padded(length);
        if (pos < span) {
            s.result = TapeResult::BadFormat;
            return s;
        }
        const std::uint64_t start = pos - span;
        file.read_at(start, word, 4);
        if (load_le32(word) != trailer) {
            s.result = TapeResult::BadFormat;
            return s;
        }
        s.length = length;
        s.data_at = start + 4;
        s.next = start;
        return s;
    }
}

// Delivers a record's data (at most max_length bytes); a longer record is cut and
// reported, the tape still moves over all of it as a real drive would.
TapeResult deliver(const HostFile& file, const Step& s, std::vector<std::uint8_t>& record, std::size_t max_length) {
    const std::size_t take = s.length > max_length ? max_length : s.length;
    record.resize(take);
    if (take > 0) file.read_at(s.data_at, record.data(), take);
    return s.length > max_length ? TapeResult::RecordTooLong : TapeResult::Ok;
}

}  // namespace

TapeResult TapeImage::read_forward(std::vector<std::uint8_t>& record, std::size_t max_length) {
    record.clear();
    if (!file_.is_open()) return TapeResult::IoError;
    const Step s = step_forward(file_, position_);
    position_ = s.next;
    if (s.result != TapeResult::Ok) return s.result;
    return deliver(file_, s, record, max_length);
}

TapeResult TapeImage::read_backward(std::vector<std::uint8_t>& record, std::size_t max_length) {
    record.clear();
    if (!file_.is_open()) return TapeResult::IoError;
    const Step s = step_backward(file_, position_);
    position_ = s.next;
    if (s.result != TapeResult::Ok) return s.result;
    // Data is returned in forward byte order; a controller reading backwards reverses it.
    return deliver(file_, s, record, max_length);
}

TapeResult TapeImage::space_forward(std::uint32_t& record_length) {
    record_length = 0;
    if (!file_.is_open()) return TapeResult::IoError;
    const Step s = step_forward(file_, position_);
    position_ = s.next;
    record_length = s.length;
    return s.result;
}

TapeResult TapeImage::space_backward(std::uint32_t& record_length) {
    record_length = 0;
    if (!file_.is_open()) return TapeResult::IoError;
    const Step s = step_backward(file_, position_);
    position_ = s.next;
    record_length = s.length;
    return s.result;
}

TapeResult TapeImage::write_record(const std::uint8_t* data, std::size_t length) {
    if (!file_.is_open()) return TapeResult::IoError;
    if (file_.read_only()) return TapeResult::WriteProtected;
    if (length == 0) return TapeResult::BadFormat;  // a zero length would read back as a tape mark
    if (length > kLengthMask) return TapeResult::RecordTooLong;
    const auto len = static_cast<std::uint32_t>(length);
    std::vector<std::uint8_t> buffer(8 + padded(len), 0);
    store_le32(buffer.data(), len);
    std::copy(data, data + length, buffer.begin() + 4);
    store_le32(buffer.data() + buffer.size() - 4, len);
    if (!file_.write_at(position_, buffer.data(), buffer.size())) return TapeResult::IoError;
    position_ += buffer.size();
    if (!file_.truncate(position_)) return TapeResult::IoError;
    return TapeResult::Ok;
}

TapeResult TapeImage::write_tape_mark() {
    if (!file_.is_open()) return TapeResult::IoError;
    if (file_.read_only()) return TapeResult::WriteProtected;
    std::uint8_t word[4] = {0, 0, 0, 0};
    if (!file_.write_at(position_, word, 4)) return TapeResult::IoError;
    position_ += 4;
    if (!file_.truncate(position_)) return TapeResult::IoError;
    return TapeResult::Ok;
}

Status TapeImage::validate() const {
    if (!file_.is_open()) return Status::error("tape image is not open");
    std::uint64_t pos = 0;
    int records = 0;
    for (;;) {
        if (records >= kValidateRecords) return Status::ok();
        const Step s = step_forward(file_, pos);
        if (s.result == TapeResult::EndOfMedium) return Status::ok();
        if (s.result == TapeResult::BadFormat) {
            // Name the damage: a record cut short, or lengths that do not agree.
            std::uint8_t word[4];
            file_.read_at(s.next, word, 4);
            const std::uint32_t header = load_le32(word);
            const std::uint64_t size = file_.size();
            if (size - s.next < 4 || s.next + 8 + padded(header & kLengthMask) > size)
                return Status::error(fmt::format("tape image {} is truncated: record {} at byte {} runs past the end",
                                                 file_.path(), records + 1, s.next));
            return Status::error(fmt::format("tape image {} is corrupt: record {} at byte {} has mismatched lengths",
                                             file_.path(), records + 1, s.next));
        }
        ++records;
        pos = s.next;
    }
}

}  // namespace simmon
