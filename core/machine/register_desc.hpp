// Declarative description of one device or CPU register as the SCP shows it: EXAMINE,
// DEPOSIT, SHOW dev REGISTERS and HELP read these. What SAVE, RESTORE and SNAPSHOT store is
// the device's serialize() (core/state/state_archive.hpp); a test checks that every
// register here survives a round trip through it.
//
// A register array (SIMH's BRDATA) has `depth` elements reached as NAME[i], e.g. the RK11's
// head positions CYL[0]-CYL[7]; `per_unit` says element i belongs to unit i.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <type_traits>
#include <utility>

#include "core/machine/types.hpp"

namespace simmon {

// The radix is the register's for display and for DEPOSIT alike, so a value is never
// shown in one radix and read in another.
struct RegisterDesc {
    std::string name;   // upper case, e.g. "R0", "PSW", "RKCS"
    // Width and radix are the machine's to give (16-bit octal on the PDP-11, 32-bit hex on
    // the 360 and the VAX): core has no default for them, and every helper below takes
    // both; Device::add_register refuses a register without them.
    int width = 0;      // bits, 1 to 64
    Radix radix{};      // Octal, Decimal or Hex; zero until the register says
    std::string help;   // one line
    std::function<std::uint64_t()> get;
    std::function<void(std::uint64_t)> set;  // empty => read-only
    // A register that takes only some values (a line frequency of 50 or 60) says why it
    // refuses one: DEPOSIT reports the text as an error and changes nothing. Empty
    // function, or an empty answer: every value that fits the width is taken.
    std::function<std::string(std::uint64_t)> refuse;
    // Arrays: depth > 0 and element accessors instead of get/set.
    std::size_t depth = 0;
    bool per_unit = false;
    std::function<std::uint64_t(std::size_t)> get_at;
    std::function<void(std::size_t, std::uint64_t)> set_at;  // empty => read-only

    // A register the configuration may lack (a model without supervisor mode has no SSP):
    // EXAMINE STATE and SHOW dev REGISTERS leave it out while this says false, and naming
    // it is an error. Empty: always there.
    std::function<bool()> present;
    bool is_present() const { return !present || present(); }

    bool is_array() const { return depth > 0; }
    bool read_only() const { return is_array() ? !set_at : !set; }
    std::uint64_t mask() const { return width >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << width) - 1; }
    // Element `index` of an array, or the register itself (index 0).
    std::uint64_t value(std::size_t index = 0) const { return is_array() ? get_at(index) : get(); }
    void assign(std::size_t index, std::uint64_t v) const {
        if (is_array())
            set_at(index, v & mask());
        else
            set(v & mask());
    }
    // "CYL[3]" for an array element, the plain name otherwise.
    std::string element_name(std::size_t index) const {
        return is_array() ? name + "[" + std::to_string(index) + "]" : name;
    }
};

// Register bound to an integer member: the common case.
template <typename T>
RegisterDesc reg_field(std::string name, T& storage, int width, Radix radix, std::string help) {
    static_assert(std::is_integral_v<T> || std::is_enum_v<T>);
    RegisterDesc r;
    r.name = std::move(name);
    r.width = width;
    r.radix = radix;
    r.help = std::move(help);
    std::uint64_t mask = r.mask();
    r.get = [&storage, mask] { return static_cast<std::uint64_t>(storage) & mask; };
    r.set = [&storage, mask](std::uint64_t v) { storage = static_cast<T>(v & mask); };
    return r;
}

// Read-only register bound to a member (a view: derived values, counters).
template <typename T>
RegisterDesc reg_readonly(std::string name, const T& storage, int width, Radix radix, std::string help) {
    RegisterDesc r;
    r.name = std::move(name);
    r.width = width;
    r.radix = radix;
    r.help = std::move(help);
    std::uint64_t mask = r.mask();
    r.get = [&storage, mask] { return static_cast<std::uint64_t>(storage) & mask; };
    return r;
}

// Register with custom accessors (bit fields, registers with side effects on write).
inline RegisterDesc reg_computed(std::string name, int width, Radix radix, std::string help,
                                 std::function<std::uint64_t()> get,
                                 std::function<void(std::uint64_t)> set = {}) {
    RegisterDesc r;
    r.name = std::move(name);
    r.width = width;
    r.radix = radix;
    r.help = std::move(help);
    r.get = std::move(get);
    r.set = std::move(set);
    return r;
}

// Register array with element accessors; `per_unit` when element i is unit i's.
inline RegisterDesc reg_array(std::string name, std::size_t depth, int width, Radix radix, std::string help,
                              std::function<std::uint64_t(std::size_t)> get,
                              std::function<void(std::size_t, std::uint64_t)> set = {}, bool per_unit = false) {
    RegisterDesc r;
    r.name = std::move(name);
    r.width = width;
    r.radix = radix;
    r.help = std::move(help);
    r.depth = depth;
    r.per_unit = per_unit;
    r.get_at = std::move(get);
    r.set_at = std::move(set);
    return r;
}

// Per-unit register bound to one member of each element of `drives` (a std::array of
// per-drive structs): reg_unit_field("CYL", drives_, &Drive::cylinder, 8, ...).
template <typename Array, typename Member>
RegisterDesc reg_unit_field(std::string name, Array& drives, Member member, int width, Radix radix, std::string help) {
    const std::uint64_t mask = width >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << width) - 1;
    using T = std::remove_reference_t<decltype(drives[0].*member)>;
    return reg_array(
        std::move(name), drives.size(), width, radix, std::move(help),
        [&drives, member, mask](std::size_t i) { return static_cast<std::uint64_t>(drives[i].*member) & mask; },
        [&drives, member, mask](std::size_t i, std::uint64_t v) { drives[i].*member = static_cast<T>(v & mask); }, true);
}

}  // namespace simmon
