// The DEQNA/DELQA receive address filter, loaded by a setup frame (DELQA user's guide,
// "setup frame"; the DEQNA's is the same). A setup frame is a 128-byte transmit buffer
// marked S: two 64-byte halves, each eight rows of eight bytes; columns 1-7 of a half
// hold seven target addresses, byte j of an address in row j (rows 6 and 7 unused), so
// the table has 14 addresses (the station address, broadcast and multicasts the driver
// wants). A setup buffer longer than 128 bytes also sets the mode from its length:
// bit 0 all multicast, bit 1 promiscuous (a 128-byte one clears both); the other bits
// (LEDs, the sanity timer's timeout) change nothing here.
// Until the first setup frame after a reset the table is empty: the controller receives
// nothing (the driver's first act is to send one).
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace simmon {
class StateArchive;
}

namespace simmon::dec {

using MacAddress = std::array<std::uint8_t, 6>;

class DelqaFilter {
public:
    static constexpr std::size_t kSetupBytes = 128;
    static constexpr std::size_t kAddresses = 14;

    void clear();
    // Loads the table from a setup buffer of `length` bytes (`frame` holds at least the
    // first min(length, 128); missing bytes count as zero).
    void load_setup(const std::vector<std::uint8_t>& frame, std::size_t length);
    // Whether a frame for `destination` is received.
    bool accepts(const std::uint8_t* destination) const;

    bool promiscuous() const { return promiscuous_; }
    bool all_multicast() const { return all_multicast_; }
    bool loaded() const { return loaded_; }
    const std::array<MacAddress, kAddresses>& addresses() const { return addresses_; }
    std::string describe() const;  // for SHOW XQ

    void serialize(StateArchive& s);

private:
    std::array<MacAddress, kAddresses> addresses_{};
    bool loaded_ = false;
    bool promiscuous_ = false;
    bool all_multicast_ = false;
};

// "08-00-2B-01-02-03" (also with colons); false if it is not six hex bytes.
bool parse_mac(const std::string& text, MacAddress& mac);
std::string format_mac(const MacAddress& mac);

}  // namespace simmon::dec
