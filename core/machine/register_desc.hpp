// Declarative description of one device or CPU register. The SCP reads these to
// EXAMINE/DEPOSIT/SHOW anything, and SAVE/RESTORE stores every register marked `saved`,
// so a device describes its state once and gets all three.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <type_traits>
#include <utility>

#include "core/machine/types.hpp"

namespace simmon {

struct RegisterDesc {
    std::string name;   // upper case, e.g. "R0", "PSW", "RKCS"
    int width = 16;     // bits
    Radix radix = Radix::Octal;
    std::string help;   // one line
    std::function<std::uint64_t()> get;
    std::function<void(std::uint64_t)> set;  // empty => read-only
    bool saved = true;  // included in SAVE/RESTORE (false for derived or volatile values)

    bool read_only() const { return !set; }
    std::uint64_t mask() const { return width >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << width) - 1; }
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

// Read-only register bound to a member (still saved unless the caller clears `saved`).
template <typename T>
RegisterDesc reg_readonly(std::string name, const T& storage, int width, Radix radix, std::string help) {
    RegisterDesc r;
    r.name = std::move(name);
    r.width = width;
    r.radix = radix;
    r.help = std::move(help);
    std::uint64_t mask = r.mask();
    r.get = [&storage, mask] { return static_cast<std::uint64_t>(storage) & mask; };
    r.saved = false;
    return r;
}

// Register with custom accessors (bit fields, registers with side effects on write).
inline RegisterDesc reg_computed(std::string name, int width, Radix radix, std::string help,
                                 std::function<std::uint64_t()> get,
                                 std::function<void(std::uint64_t)> set = {}, bool saved = true) {
    RegisterDesc r;
    r.name = std::move(name);
    r.width = width;
    r.radix = radix;
    r.help = std::move(help);
    r.get = std::move(get);
    r.set = std::move(set);
    r.saved = saved;
    return r;
}

}  // namespace simmon
