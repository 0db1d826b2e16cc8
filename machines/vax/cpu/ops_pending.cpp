// Instruction groups not written yet: their opcodes stop the run with "Unimplemented
// instruction" (execute.cpp), loudly, and docs/machines/vax.md lists them.
#include "machines/vax/cpu/handler_table.hpp"

namespace simmon::vax {

void register_field(HandlerTable&) {}
void register_string(HandlerTable&) {}
void register_queue(HandlerTable&) {}
void register_float(HandlerTable&) {}

}  // namespace simmon::vax
