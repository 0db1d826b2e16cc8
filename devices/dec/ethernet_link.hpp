// The host side of an Ethernet controller (the DELQA's XQ): where transmitted frames go and
// received ones come from. One small interface, three kinds of link behind it:
//   PCAP:in.pcap,out.pcap  replay frames from a capture file and record transmitted ones to
//                          another (either name may be empty); no privileges, for tests
//   NAT:[options]          user-mode networking on libslirp (QEMU's), when compiled in:
//                          the guest is 10.0.2.15 behind a gateway at 10.0.2.2
//   eth0 (any other name)  a host interface through libpcap, when compiled in (needs the
//                          privileges to capture on it)
// A link is polled from the simulated machine's scheduler: nothing here blocks.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/machine/status.hpp"

namespace simmon::dec {

using EthernetFrame = std::vector<std::uint8_t>;  // destination, source, type, data; no CRC

class EthernetLink {
public:
    virtual ~EthernetLink() = default;
    // Puts a frame on the wire. An error is a host failure (a full disk, a closed device).
    virtual Status send(const EthernetFrame& frame) = 0;
    // Takes the next frame from the wire, if one has arrived; false: none yet.
    virtual bool receive(EthernetFrame& frame) = 0;
    // For SHOW: what the link is ("capture in.pcap -> out.pcap", "NAT 10.0.2.0/24").
    virtual std::string describe() const = 0;
    // True for a recorded wire (a capture replay): its frames wait until the controller
    // can take them, so a replay is the same whatever the guest's timing. A live wire's
    // frames are lost while the receiver is off, as on a real cable.
    virtual bool replays() const { return false; }
};

// Opens the link that ATTACH's argument names (see above).
Status open_ethernet_link(const std::string& spec, std::unique_ptr<EthernetLink>& link);

// What this build has compiled in, for HELP and error messages: "PCAP:, NAT:, pcap devices".
std::string ethernet_link_kinds();

}  // namespace simmon::dec
