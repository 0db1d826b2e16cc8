// BOOT RQn and BOOT TQn on the PDP-11: a bootstrap of our own for the UQSSP port of the
// UDA50 (MSCP disk) and TUK50 (TMSCP tape), written from the UDA50 Programmer's Guide and
// the MSCP and TMSCP specifications, in MACRO-11 and assembled when BOOT runs by the
// project's program assembler. It initialises the port in its four steps (rings of one
// slot each, polled, no interrupts), sends ONLINE, then READ of 512 bytes into memory at 0
// (block 0 of a disk, the first record of a tape at BOT), re-initialises the port, and
// starts the block at 0 with R0 = the unit and R1 = the port's IP address, which is how
// DEC's boot ROMs hand a port to a boot block (M9312 DU PROM 23-767A9). A
// step that fails or a command that ends in error halts at the bootstrap.
#pragma once
#include <cstdint>

#include "core/machine/status.hpp"

namespace simmon::pdp11 {

class Pdp11Machine;

// Loads the bootstrap at `address` and sets the PC to it. `csr` is the IP register's
// Unibus address; `connection` the server (0 MSCP, 1 TMSCP).
Status load_mscp_bootstrap(Pdp11Machine& machine, std::uint32_t csr, int unit, int connection, std::uint32_t address);

}  // namespace simmon::pdp11
