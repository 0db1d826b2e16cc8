#include "devices/dec/ethernet_link.hpp"

#include <fmt/format.h>

#include "devices/dec/pcap_file_link.hpp"
#include "devices/dec/pcap_live_link.hpp"
#include "devices/dec/slirp_link.hpp"

namespace simmon::dec {
namespace {
bool starts_with_nocase(const std::string& s, const char* prefix) {
    std::size_t i = 0;
    for (; prefix[i]; ++i)
        if (i >= s.size() || std::toupper(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}
}  // namespace

Status open_ethernet_link(const std::string& spec, std::unique_ptr<EthernetLink>& link) {
    if (spec.empty()) return Status::error(fmt::format("ATTACH XQ needs a link: {}", ethernet_link_kinds()));
    if (starts_with_nocase(spec, "PCAP:")) {
        auto file = std::make_unique<PcapFileLink>();
        if (Status s = file->open(spec.substr(5)); !s) return s;
        link = std::move(file);
        return Status::ok();
    }
    if (starts_with_nocase(spec, "NAT:") || (starts_with_nocase(spec, "NAT") && spec.size() == 3))
        return open_slirp_link(spec.size() > 4 ? spec.substr(4) : std::string(), link);
    return open_pcap_live_link(spec, link);
}

std::string ethernet_link_kinds() {
    std::string kinds = "PCAP:in.pcap,out.pcap (capture files)";
    kinds += slirp_link_available() ? ", NAT: (user-mode networking)" : ", not NAT: (built without libslirp)";
    kinds += pcap_live_available() ? ", or a host interface name (libpcap)" : ", not host interfaces (built without libpcap)";
    return kinds;
}

}  // namespace simmon::dec
