// One description of state for save and load. A device or CPU writes a single
// `serialize(StateArchive&)` that names each of its fields once, in order; the same
// function stores them (SAVE, SNAPSHOT) or loads them (RESTORE, REVERT), so a field cannot
// be saved and forgotten on load (the way ares' cores do it). Values go to the stream in
// the field's own width, little-endian, whatever the host (state_io.hpp).
//
// Loading never trusts the stream: a short stream, a count over its limit or an enum out
// of range fails the archive with a one-line message, and every later read yields zero,
// so serialize() needs no error handling of its own. The machine checks failed() at the
// end and puts the whole machine back (machine_state.cpp), so a half-loaded device is
// never seen.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/machine/status.hpp"
#include "core/state/state_io.hpp"

namespace simmon {

class StateArchive {
public:
    explicit StateArchive(StateWriter& out) : writer_(&out) {}
    explicit StateArchive(StateReader& in) : reader_(&in) {}

    bool saving() const { return writer_ != nullptr; }
    bool loading() const { return reader_ != nullptr; }

    // An integer, bool or enum field, in its own width.
    template <typename T>
        requires(std::is_integral_v<T> || std::is_enum_v<T>)
    void operator()(T& value) {
        using Raw = std::conditional_t<std::is_enum_v<T>, std::underlying_type<T>, std::type_identity<T>>::type;
        constexpr int kBytes = std::is_same_v<Raw, bool> ? 1 : static_cast<int>(sizeof(Raw));
        if (saving()) {
            put(static_cast<std::uint64_t>(static_cast<Raw>(value)), kBytes);
        } else {
            const std::uint64_t v = get(kBytes);
            if constexpr (std::is_same_v<Raw, bool>) {
                if (v > 1) fail("a flag is neither 0 nor 1");
                value = v == 1;
            } else {
                value = static_cast<T>(static_cast<Raw>(v));
            }
        }
    }

    template <typename T, std::size_t N>
    void operator()(std::array<T, N>& values) {
        for (T& v : values) (*this)(v);
    }
    template <typename T, std::size_t N>
    void operator()(T (&values)[N]) {
        for (T& v : values) (*this)(v);
    }
    void operator()(std::string& text, std::size_t max_length = 4096);

    // An enum that must be at most `last` (a mode, a drive type).
    template <typename E>
    void choice(E& value, E last) {
        (*this)(value);
        if (loading() && static_cast<std::uint64_t>(value) > static_cast<std::uint64_t>(last)) {
            fail("a setting is out of range");
            value = last;
        }
    }

    // A field whose loaded value must satisfy `valid`; otherwise the load fails with `what`.
    template <typename T, typename Valid>
    void checked(T& value, Valid valid, std::string_view what) {
        (*this)(value);
        if (loading() && !valid(value)) fail(std::string(what));
    }

    // A variable-length sequence of integers (a silo, a queue): a count, then the values.
    // Loading refuses a count above `max`.
    template <typename Container>
    void sequence(Container& values, std::size_t max) {
        std::uint32_t count = static_cast<std::uint32_t>(values.size());
        (*this)(count);
        if (saving()) {
            for (auto v : values) (*this)(v);
            return;
        }
        if (count > max) {
            fail("a queue is longer than the device allows");
            return;
        }
        values.clear();
        for (std::uint32_t i = 0; i < count && !failed(); ++i) {
            typename Container::value_type v{};
            (*this)(v);
            values.push_back(v);
        }
    }

    // A block of raw bytes whose length both sides know (memory): the length is stored and
    // must match on load.
    void raw(void* data, std::size_t length);
    // Words stored as little-endian bytes, for memories kept as 16-bit words.
    void words(std::uint16_t* data, std::size_t count);

    // Nested sections, each tagged; a load expects the same tag in the same place.
    void begin(std::string_view tag);
    void end();

    void fail(std::string message);
    bool failed() const { return !error_.empty(); }
    const std::string& error() const { return error_; }
    Status status() const { return failed() ? Status::error(error_) : Status::ok(); }

private:
    void put(std::uint64_t value, int bytes);
    std::uint64_t get(int bytes);

    StateWriter* writer_ = nullptr;
    StateReader* reader_ = nullptr;
    std::string error_;
};

}  // namespace simmon
