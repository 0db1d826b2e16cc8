// SET modifiers that multi-drive controllers (RK11, RL11, TM11) share: per-unit
// modifiers that need a unit (SET RK0 LOCKED) and the write-protect switch, LOCKED and
// WRITEENABLED, which every removable-medium drive had.
#pragma once
#include <functional>
#include <string>

#include "core/machine/device.hpp"
#include "core/machine/modifier.hpp"

namespace simmon::dec {

// The index of `unit` among the device's units (0 when it is not one of them).
int unit_index_of(const Device& device, const Unit& unit);

// A per-unit modifier that applies `apply` to the unit's index; without a unit it says
// how to name one ("SET RK LOCKED needs a unit: SET RK0 LOCKED").
Modifier per_unit_modifier(const Device& device, std::string name, std::string help, std::function<Status(int)> apply);

// LOCKED (with `switch_help`, shown in the unit summary as "write locked" or "write
// enabled") and WRITEENABLED. `set_lock(d, on)` throws drive d's switch; `is_protected(d)`
// says whether writes are refused now (the switch, or a file attached read-only).
Modifier locked_modifier(const Device& device, std::string switch_help, std::function<void(int, bool)> set_lock,
                         std::function<bool(int)> is_protected);
Modifier write_enabled_modifier(const Device& device, std::function<void(int, bool)> set_lock);

}  // namespace simmon::dec
