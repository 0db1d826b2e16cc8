// The System/360's I/O configuration: the channels and the default set of devices that
// BOS/360 and the IPL decks run on without SET commands (docs/machines/s360-devices.md):
//   01F 1052 console (CON)           00C 2540 reader (CDR)    00D 2540 punch (CDP)
//   00E 1403 printer (LPR)           10C second 2540 reader (CDR1)
//   180-187 2400 tapes (MTA0-MTA7)   190-197 2311 disks (DA0-DA7)
//   230-237 2314 disks (DB0-DB7)     0C0-0DF 2703 lines (COM0-COM31, telnet: ATTACH COM port)
// The s360 machine calls add_peripherals() from its constructor, after its CPU, with a
// function that hands each device to the machine (Machine::adopt_device).
#pragma once
#include <functional>
#include <memory>

#include "core/machine/machine.hpp"
#include "core/memory/physical_memory.hpp"
#include "devices/ibm/channel_subsystem.hpp"
#include "machines/s360/bus/storage_keys.hpp"

namespace simmon::s360 {

using AdoptDevice = std::function<Device&(std::unique_ptr<Device>)>;

// Creates the channel subsystem and the default devices; returns the channels (the CPU's
// IoInterface, and the IPL entry point).
ibm::ChannelSubsystem& add_peripherals(Machine& machine, PhysicalMemory& memory, StorageKeys& keys, const AdoptDevice& adopt);

}  // namespace simmon::s360
