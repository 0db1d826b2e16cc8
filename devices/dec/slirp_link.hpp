// NAT:[restricted]: user-mode networking on libslirp (QEMU's user networking, Debian's
// libslirp), compiled in when the build finds it. The guest sits on 10.0.2.0/24 behind a
// virtual gateway at 10.0.2.2 (which answers ARP and ICMP echo itself), a DNS forwarder at
// 10.0.2.3 and a DHCP server handing out 10.0.2.15 on; its TCP and UDP to the outside go
// out through ordinary host sockets, so no privileges are needed. "restricted" keeps the
// guest inside the virtual network (slirp's restricted mode).
#pragma once
#include <memory>
#include <string>

#include "devices/dec/ethernet_link.hpp"

namespace simmon::dec {

// Whether this build has the NAT link.
bool slirp_link_available();
// `options` is what follows "NAT:".
Status open_slirp_link(const std::string& options, std::unique_ptr<EthernetLink>& link);

}  // namespace simmon::dec
