// The host side of a guest's operator console. Console devices (DL11, 1052, SSC) take
// its input through HostInput (source CONSOLE) from their own scheduled events and call `write_char` for each character
// they print. The SCP implements this: it feeds keyboard input and SEND text, matches
// output for EXPECT, writes logs, and turns the WRU character into a stop.
#pragma once
#include <cstdint>

#include "core/hostio/host_event.hpp"

namespace simmon {

class ConsolePort {
public:
    virtual ~ConsolePort() = default;
    // Next input character (0-255), or -1 when none is waiting.
    virtual int read_char() = 0;
    // The next input as the guest's console takes it: a character, or the BREAK key (SET
    // CONSOLE BRK=, a telnet BREAK). The default has characters only.
    virtual HostEvent read_event() {
        const int c = read_char();
        return c < 0 ? HostEvent{} : HostEvent::data(static_cast<std::uint8_t>(c));
    }
    virtual void write_char(std::uint8_t c) = 0;
    // From the run loop every so often (HostInput::poll_host), never from the event
    // queue: read what the host has (keyboard, signals) without handing it to the guest.
    virtual void poll_host() {}
};

// A console with nothing behind it: no input, output discarded (unit tests).
class NullConsolePort final : public ConsolePort {
public:
    int read_char() override { return -1; }
    void write_char(std::uint8_t) override {}
};

}  // namespace simmon
