// A host Ethernet interface through libpcap (ATTACH XQ eth0), compiled in when the build
// finds libpcap: frames the guest sends are injected on the interface, frames arriving on
// it (in promiscuous mode; the controller's own address filter picks its own) are
// captured without blocking. Needs the privileges to capture (root or CAP_NET_RAW).
#pragma once
#include <memory>
#include <string>

#include "devices/dec/ethernet_link.hpp"

namespace simmon::dec {

bool pcap_live_available();
Status open_pcap_live_link(const std::string& device, std::unique_ptr<EthernetLink>& link);

}  // namespace simmon::dec
