// The directory as an assembler source for the CP nucleus: one DIRBLOK per user and one
// DIRDEV per device statement (maclib/dirblok.mac), chained from DIRFIRST, in the control
// section DIRECT. Each field is placed with ORG at its DSECT displacement, so the source
// follows the DSECT whatever order its fields take.
#pragma once
#include <string>
#include <string_view>

#include "software-kits/s360/cp67/tools/cpdirect/directory.hpp"

namespace simmon::cp67 {

// `source` is the name of the statements' file, quoted in the generated prologue.
std::string direct_asm(const Directory& directory, std::string_view source);

}  // namespace simmon::cp67
