#include "core/state/state_archive.hpp"

#include <cstring>
#include <fmt/format.h>

namespace simmon {

void StateArchive::fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
}

void StateArchive::put(std::uint64_t value, int bytes) {
    if (bytes == 1)
        writer_->u8(static_cast<std::uint8_t>(value));
    else if (bytes <= 4)
        for (int i = 0; i < bytes; ++i) writer_->u8(static_cast<std::uint8_t>(value >> (8 * i)));
    else
        writer_->u64(value);
}

std::uint64_t StateArchive::get(int bytes) {
    if (failed()) return 0;
    std::uint64_t value = 0;
    bool ok = true;
    if (bytes == 8) {
        ok = reader_->u64(value);
    } else {
        for (int i = 0; i < bytes && ok; ++i) {
            std::uint8_t b = 0;
            ok = reader_->u8(b);
            value |= std::uint64_t{b} << (8 * i);
        }
    }
    if (!ok) {
        fail(reader_->error());
        return 0;
    }
    return value;
}

void StateArchive::operator()(std::string& text, std::size_t max_length) {
    if (saving()) {
        writer_->str(text);
        return;
    }
    if (failed()) return;
    std::string value;
    if (!reader_->str(value)) return fail(reader_->error());
    if (value.size() > max_length) return fail("a name in the state is too long");
    text = std::move(value);
}

void StateArchive::raw(void* data, std::size_t length) {
    if (saving()) {
        writer_->bytes(data, length);
        return;
    }
    if (failed()) return;
    std::vector<std::uint8_t> bytes;
    if (!reader_->bytes(bytes)) return fail(reader_->error());
    if (bytes.size() != length)
        return fail(fmt::format("a block of {} bytes was saved where {} are expected", bytes.size(), length));
    std::memcpy(data, bytes.data(), length);
}

void StateArchive::words(std::uint16_t* data, std::size_t count) {
    std::vector<std::uint8_t> bytes(count * 2);
    if (saving()) {
        for (std::size_t i = 0; i < count; ++i) {
            bytes[2 * i] = static_cast<std::uint8_t>(data[i]);
            bytes[2 * i + 1] = static_cast<std::uint8_t>(data[i] >> 8);
        }
        writer_->bytes(bytes.data(), bytes.size());
        return;
    }
    raw(bytes.data(), bytes.size());
    if (failed()) return;
    for (std::size_t i = 0; i < count; ++i)
        data[i] = static_cast<std::uint16_t>(bytes[2 * i] | bytes[2 * i + 1] << 8);
}

void StateArchive::begin(std::string_view tag) {
    if (saving()) {
        writer_->begin(tag);
        return;
    }
    if (failed()) return;
    if (!reader_->begin(tag)) fail(reader_->error());
}

void StateArchive::end() {
    if (saving()) {
        writer_->end();
        return;
    }
    if (failed()) return;
    // A section the device read less of than was saved means the two sides disagree.
    if (!reader_->at_end()) return fail("a section holds more than this version reads");
    if (!reader_->end()) fail(reader_->error());
}

}  // namespace simmon
