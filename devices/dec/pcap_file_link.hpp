// PCAP:in.pcap,out.pcap: an Ethernet link made of two capture files in the classic
// libpcap format (a 24-byte file header, then a 16-byte header before each frame; either
// byte order, microsecond or nanosecond timestamps; link type 1, Ethernet). Frames of
// `in` are offered to the controller one per poll, in file order, whatever their
// timestamps say, so a replay is the same in every run; every transmitted frame is
// appended to `out`, stamped with its sequence number in microseconds. Needs no libpcap
// and no privileges: it is how the tests feed a controller.
#pragma once
#include <cstdio>
#include <deque>
#include <string>

#include "devices/dec/ethernet_link.hpp"

namespace simmon::dec {

// Reads every frame of a capture file; a one-line error for anything that is not one.
Status read_pcap_file(const std::string& path, std::deque<EthernetFrame>& frames);

class PcapFileLink final : public EthernetLink {
public:
    ~PcapFileLink() override;
    // `spec` is what follows "PCAP:": "in.pcap", "in.pcap,out.pcap" or ",out.pcap".
    Status open(const std::string& spec);

    Status send(const EthernetFrame& frame) override;
    bool receive(EthernetFrame& frame) override;
    std::string describe() const override;
    bool replays() const override { return true; }

private:
    std::string in_path_, out_path_;
    std::deque<EthernetFrame> pending_;
    std::FILE* out_ = nullptr;
    std::uint32_t sent_ = 0;
};

}  // namespace simmon::dec
