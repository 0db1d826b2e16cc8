// The simmon command line: simmon MACHINE [SCRIPT [ARGS...]], --version, --help,
// --list-machines. Returns the process exit status. The machine list is a parameter so
// the SCP library does not depend on any machine (tests pass their own).
#pragma once
#include <string>
#include <vector>

#include "core/machine/machine.hpp"

namespace simmon::scp {

int simmon_main(const std::vector<std::string>& args, const std::vector<MachineInfo>& machines);

}  // namespace simmon::scp
