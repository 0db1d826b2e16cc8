// Small helpers the command families share: number formats, counts, unit lookup.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/machine/machine.hpp"
#include "scp-console/command/tokenizer.hpp"

namespace simmon::scp {

// An address as EXAMINE prints it: machine radix, no padding ("1000").
std::string format_address(Machine& machine, Addr addr);
// A PC as stop messages print it: padded to at least 16 bits (32 in hex): "001234".
std::string format_pc(Machine& machine, Addr addr);
// -o, -d, -h override the radix.
Radix radix_from_switches(Switches switches, Radix fallback);
// A count: decimal, with an optional K or M suffix (thousands, millions).
Status parse_count(std::string_view text, std::uint64_t& value);
// Error when anything is left on the line.
Status expect_end(Cursor& cursor);
// Unit by name ("RK0", or a device name meaning its first unit); error names the nearest.
Status find_unit(Machine& machine, std::string_view name, Unit*& unit);
// Where a number could be read as an address (EXAMINE, DEPOSIT ...), a device is named
// by name, or as DEV=name when its name reads as a number in the machine's radix.
constexpr std::string_view kDeviceReference = "DEV=";
// Error "RQ0: RQ (MSCP disk controller) is not modelled (yet)" when `name` is a device or
// unit SIMH has for this machine and simmon does not; ok otherwise.
Status not_modelled(Machine& machine, std::string_view name);
// Device by name, error naming the nearest.
Status find_device(Machine& machine, std::string_view name, Device*& device);
// Value fits a register or memory unit of `width` bits; negative numbers that fit as
// two's complement are accepted ("-1" is 177777 in 16 bits).
Status fit_width(std::uint64_t& value, int width_bits);
// Printable form of an ASCII byte for -a/-c displays.
std::string char_text(std::uint8_t c);
// Printable form of a guest byte in the machine's character set.
std::string guest_char_text(Machine& machine, std::uint8_t c);
// The switch letters the SCP itself reads on the commands that take an address
// (EXAMINE, DEPOSIT, IEXAMINE, IDEPOSIT, EVALUATE, BREAK, NOBREAK): radix -o -d -h,
// characters -a -c, symbolic -m, breakpoint kinds -e -r -w, temporary -n. A machine's
// address-space and other switches must avoid them (a test checks every machine).
constexpr Switches kScpAddressSwitches = switch_bit('o') | switch_bit('d') | switch_bit('h') | switch_bit('a') |
                                         switch_bit('c') | switch_bit('m') | switch_bit('e') | switch_bit('r') |
                                         switch_bit('w') | switch_bit('n');

}  // namespace simmon::scp
