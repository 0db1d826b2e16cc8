#include "devices/dec/pcap_live_link.hpp"

#include <fmt/format.h>

#ifdef SIMMON_HAVE_PCAP
#include <pcap/pcap.h>
#endif

namespace simmon::dec {

#ifndef SIMMON_HAVE_PCAP

bool pcap_live_available() { return false; }

Status open_pcap_live_link(const std::string& device, std::unique_ptr<EthernetLink>&) {
    return Status::error(fmt::format("{}: this simmon was built without libpcap (install libpcap-dev and rebuild), "
                                     "so only PCAP: capture files and NAT: are links",
                                     device));
}

#else

namespace {

class PcapLiveLink final : public EthernetLink {
public:
    ~PcapLiveLink() override {
        if (pcap_) pcap_close(pcap_);
    }
    Status open(const std::string& device) {
        char err[PCAP_ERRBUF_SIZE] = {};
        pcap_ = pcap_create(device.c_str(), err);
        if (!pcap_) return Status::error(fmt::format("{}: {}", device, err));
        pcap_set_snaplen(pcap_, 65535);
        pcap_set_promisc(pcap_, 1);
        pcap_set_immediate_mode(pcap_, 1);
        if (const int rc = pcap_activate(pcap_); rc < 0)
            return Status::error(fmt::format("{}: cannot capture ({})", device, pcap_geterr(pcap_)));
        if (pcap_datalink(pcap_) != DLT_EN10MB) return Status::error(fmt::format("{}: not an Ethernet interface", device));
        if (pcap_setnonblock(pcap_, 1, err) < 0) return Status::error(fmt::format("{}: {}", device, err));
        pcap_setdirection(pcap_, PCAP_D_IN);  // not our own frames back
        device_ = device;
        return Status::ok();
    }
    Status send(const EthernetFrame& frame) override {
        if (pcap_sendpacket(pcap_, frame.data(), static_cast<int>(frame.size())) < 0)
            return Status::error(fmt::format("{}: {}", device_, pcap_geterr(pcap_)));
        return Status::ok();
    }
    bool receive(EthernetFrame& frame) override {
        pcap_pkthdr* header = nullptr;
        const u_char* data = nullptr;
        if (pcap_next_ex(pcap_, &header, &data) != 1) return false;
        frame.assign(data, data + header->caplen);
        return true;
    }
    std::string describe() const override { return fmt::format("host interface {} (libpcap)", device_); }

private:
    pcap_t* pcap_ = nullptr;
    std::string device_;
};

}  // namespace

bool pcap_live_available() { return true; }

Status open_pcap_live_link(const std::string& device, std::unique_ptr<EthernetLink>& link) {
    auto live = std::make_unique<PcapLiveLink>();
    if (Status s = live->open(device); !s) return s;
    link = std::move(live);
    return Status::ok();
}

#endif

}  // namespace simmon::dec
