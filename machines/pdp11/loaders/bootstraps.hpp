// BOOT on the PDP-11: the bootstrap programs of the PDP-11's boot ROMs for the DEC
// controllers it carries. The controllers (devices/dec/) only put the unit where a
// bootstrap expects it (ready_for_boot); what runs then is the machine's: a Qbus VAX
// boots the same controllers through its console ROM instead.
#pragma once
#include "core/machine/device.hpp"
#include "core/machine/status.hpp"

namespace simmon::pdp11 {

class Pdp11Machine;

// Where the disk and tape bootstraps are deposited: out of the way of the boot block
// they read to 0-777.
constexpr std::uint32_t kBootstrapAddress = 02000;

// Deposits the bootstrap for `unit` and sets the PC to it (the caller has reset the
// machine and runs it). A unit with no PDP-11 bootstrap is "not bootable".
Status load_bootstrap(Pdp11Machine& machine, Unit& unit);

}  // namespace simmon::pdp11
