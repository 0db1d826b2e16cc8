// The channels and devices of the S/360 (devices/ibm/): the one place that lists them.
// None yet: the CPU keeps the machine's NoChannels, so every I/O address is not
// operational (CC 3) until the channel subsystem plugs itself in with S360Cpu::set_io.
#include "machines/s360/s360_machine.hpp"

namespace simmon::s360 {

void S360Machine::add_peripherals() {}

}  // namespace simmon::s360
