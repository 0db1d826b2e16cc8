// The machines this build of simmon offers (simmon --list-machines). The list is a
// constant table in machine_list.cpp; nothing registers at run time, and the core never
// sees it: the executable hands it to the SCP.
#pragma once
#include <string_view>
#include <vector>

#include "core/machine/machine.hpp"

namespace simmon {

const std::vector<MachineInfo>& machine_list();
// The row named `name`, or null.
const MachineInfo* find_machine(std::string_view name);

}  // namespace simmon
