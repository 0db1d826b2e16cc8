#include "devices/ibm/aws_tape.hpp"

#include <fmt/format.h>

namespace simmon::ibm {

namespace {

constexpr std::uint8_t kStartOfRecord = 0x80;
constexpr std::uint8_t kTapeMarkFlag = 0x40;
constexpr std::uint8_t kEndOfRecord = 0x20;
constexpr std::uint64_t kHeaderBytes = 6;
constexpr std::uint32_t kMaxRecord = 0x7FFFFFFF;

}  // namespace

bool AwsTape::header_at(std::uint64_t pos, Header& h) const {
    std::uint8_t b[6];
    if (pos + kHeaderBytes > file_.size() || file_.read_at(pos, b, 6) != 6) return false;
    h.length = static_cast<std::uint16_t>(b[0] | b[1] << 8);
    h.previous = static_cast<std::uint16_t>(b[2] | b[3] << 8);
    h.flags = b[4];
    return true;
}

TapeResult AwsTape::block_forward(std::uint64_t pos, std::uint64_t& next, std::vector<std::uint8_t>* record,
                                  std::uint32_t& length) const {
    const std::uint64_t size = file_.size();
    next = pos;
    length = 0;
    if (pos >= size) return TapeResult::EndOfMedium;
    bool first = true;
    for (;;) {
        Header h;
        if (!header_at(pos, h)) return TapeResult::BadFormat;
        if (h.flags & kTapeMarkFlag) {
            if (!first || h.length != 0) return TapeResult::BadFormat;
            next = pos + kHeaderBytes;
            return TapeResult::TapeMark;
        }
        if (first && !(h.flags & kStartOfRecord)) return TapeResult::BadFormat;
        if (!first && (h.flags & kStartOfRecord)) return TapeResult::BadFormat;
        const std::uint64_t data_at = pos + kHeaderBytes;
        if (data_at + h.length > size) return TapeResult::BadFormat;  // truncated chunk
        if (length + h.length > kMaxRecord) return TapeResult::BadFormat;
        if (record) {
            const std::size_t old = record->size();
            record->resize(old + h.length);
            if (h.length) file_.read_at(data_at, record->data() + old, h.length);
        }
        length += h.length;
        pos = data_at + h.length;
        first = false;
        if (h.flags & kEndOfRecord) {
            next = pos;
            return TapeResult::Ok;
        }
    }
}

bool AwsTape::chunk_before(std::uint64_t pos, std::uint64_t& start, Header& h) const {
    Header here;
    if (pos < file_.size() && header_at(pos, here)) {
        if (pos < kHeaderBytes + here.previous) return false;
        start = pos - kHeaderBytes - here.previous;
        return header_at(start, h) && h.length == here.previous;
    }
    // At the end of the recorded tape no header follows: find the last chunk from the start.
    std::uint64_t p = 0;
    while (p < pos) {
        if (!header_at(p, h)) return false;
        const std::uint64_t end = p + kHeaderBytes + h.length;
        if (end == pos) {
            start = p;
            return true;
        }
        p = end;
    }
    return false;
}

TapeResult AwsTape::read_forward(std::vector<std::uint8_t>& record, std::size_t max_length) {
    record.clear();
    if (!file_.is_open()) return TapeResult::IoError;
    std::uint64_t next = 0;
    std::uint32_t length = 0;
    const TapeResult r = block_forward(position_, next, &record, length);
    if (r == TapeResult::BadFormat) {
        record.clear();
        return r;
    }
    position_ = next;
    if (r != TapeResult::Ok) return r;
    if (record.size() > max_length) {
        record.resize(max_length);
        return TapeResult::RecordTooLong;
    }
    return TapeResult::Ok;
}

TapeResult AwsTape::space_forward(std::uint32_t& record_length) {
    if (!file_.is_open()) return TapeResult::IoError;
    std::uint64_t next = 0;
    const TapeResult r = block_forward(position_, next, nullptr, record_length);
    if (r != TapeResult::BadFormat) position_ = next;
    return r;
}

TapeResult AwsTape::space_backward(std::uint32_t& record_length) {
    record_length = 0;
    if (!file_.is_open()) return TapeResult::IoError;
    if (position_ == 0) return TapeResult::BeginningOfTape;
    std::uint64_t pos = position_;
    Header h;
    std::uint64_t start = 0;
    if (!chunk_before(pos, start, h)) return TapeResult::BadFormat;
    if (h.flags & kTapeMarkFlag) {
        position_ = start;
        return TapeResult::TapeMark;
    }
    if (!(h.flags & kEndOfRecord)) return TapeResult::BadFormat;
    for (;;) {
        record_length += h.length;
        if (h.flags & kStartOfRecord) {
            position_ = start;
            return TapeResult::Ok;
        }
        if (start == 0 || !chunk_before(start, start, h) || (h.flags & (kTapeMarkFlag | kEndOfRecord)))
            return TapeResult::BadFormat;
    }
}

TapeResult AwsTape::read_backward(std::vector<std::uint8_t>& record, std::size_t max_length) {
    record.clear();
    const std::uint64_t before = position_;
    std::uint32_t length = 0;
    const TapeResult r = space_backward(length);
    if (r != TapeResult::Ok) return r;
    // Read the block forward from its start; the drive stays where the backward read ended.
    std::uint64_t next = 0;
    std::vector<std::uint8_t> data;
    if (block_forward(position_, next, &data, length) != TapeResult::Ok || next != before) return TapeResult::BadFormat;
    if (data.size() > max_length) {
        // Reading backwards, the bytes that arrive first are the record's last ones.
        record.assign(data.end() - static_cast<std::ptrdiff_t>(max_length), data.end());
        return TapeResult::RecordTooLong;
    }
    record = std::move(data);
    return TapeResult::Ok;
}

TapeResult AwsTape::write_chunks(const std::uint8_t* data, std::size_t length, bool tape_mark) {
    if (!file_.is_open()) return TapeResult::IoError;
    if (file_.read_only()) return TapeResult::WriteProtected;
    std::uint16_t previous = 0;
    if (position_ > 0) {
        std::uint64_t start = 0;
        Header h;
        if (!chunk_before(position_, start, h)) return TapeResult::BadFormat;
        previous = h.length;
    }
    std::vector<std::uint8_t> out;
    std::size_t done = 0;
    do {
        const std::size_t n = tape_mark ? 0 : std::min(kChunk, length - done);
        std::uint8_t flags = tape_mark ? kTapeMarkFlag : 0;
        if (!tape_mark && done == 0) flags |= kStartOfRecord;
        if (!tape_mark && done + n == length) flags |= kEndOfRecord;
        const std::uint8_t header[6] = {static_cast<std::uint8_t>(n), static_cast<std::uint8_t>(n >> 8),
                                        static_cast<std::uint8_t>(previous), static_cast<std::uint8_t>(previous >> 8), flags, 0};
        out.insert(out.end(), header, header + 6);
        if (n) out.insert(out.end(), data + done, data + done + n);
        previous = static_cast<std::uint16_t>(n);
        done += n;
    } while (done < length);
    // Writing cuts the tape: whatever followed is gone, as on a real drive.
    if (!file_.write_at(position_, out.data(), out.size()) || !file_.truncate(position_ + out.size())) return TapeResult::IoError;
    position_ += out.size();
    return TapeResult::Ok;
}

TapeResult AwsTape::write_record(const std::uint8_t* data, std::size_t length) {
    if (length == 0) return TapeResult::Ok;
    return write_chunks(data, length, false);
}

TapeResult AwsTape::write_tape_mark() { return write_chunks(nullptr, 0, true); }

Status AwsTape::validate() const {
    std::uint64_t pos = 0;
    std::uint16_t previous = 0;
    const std::uint64_t size = file_.size();
    while (pos < size) {
        Header h;
        if (!header_at(pos, h)) return Status::error(fmt::format("truncated block header at byte {}", pos));
        if (h.previous != previous) return Status::error(fmt::format("block header at byte {} has a wrong back-link", pos));
        if ((h.flags & kTapeMarkFlag) && h.length != 0) return Status::error(fmt::format("tape mark with data at byte {}", pos));
        if (pos + kHeaderBytes + h.length > size) return Status::error(fmt::format("truncated block at byte {}", pos));
        previous = h.length;
        pos += kHeaderBytes + h.length;
    }
    // Whole blocks: walk them once more by the flags.
    std::uint64_t p = 0;
    while (p < size) {
        std::uint64_t next = 0;
        std::uint32_t length = 0;
        const TapeResult r = block_forward(p, next, nullptr, length);
        if (r == TapeResult::BadFormat) return Status::error(fmt::format("malformed block at byte {}", p));
        p = next;
    }
    return Status::ok();
}

}  // namespace simmon::ibm
