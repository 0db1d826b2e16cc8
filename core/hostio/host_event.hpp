// One thing the host hands the guest through the host-input boundary (host_input.hpp):
// a byte on a line, a line's connection coming or going (a telnet client, later a
// modem or a debugger), or the terminal's BREAK (attention) key on a line. Small and plain, so the replay log can hold millions of them.
#pragma once
#include <cstdint>

namespace simmon {

struct HostEvent {
    enum class Kind : std::uint8_t { None, Byte, Connect, Disconnect, Break };
    Kind kind = Kind::None;
    std::uint8_t byte = 0;

    static HostEvent data(std::uint8_t c) { return HostEvent{Kind::Byte, c}; }
    static HostEvent connect() { return HostEvent{Kind::Connect, 0}; }
    static HostEvent disconnect() { return HostEvent{Kind::Disconnect, 0}; }
    static HostEvent line_break() { return HostEvent{Kind::Break, 0}; }

    explicit operator bool() const { return kind != Kind::None; }
    bool is_data() const { return kind == Kind::Byte; }
    friend bool operator==(const HostEvent&, const HostEvent&) = default;
};

}  // namespace simmon
