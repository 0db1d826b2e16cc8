// The handlers by opcode index (opcode_index()): each group of instructions fills its
// rows; the CPU's decode table joins them with the isa table's operand lists.
#pragma once
#include <array>

#include "machines/vax/cpu/vax_cpu.hpp"

namespace simmon::vax {

using HandlerTable = std::array<Handler, 512>;

void register_integer(HandlerTable& t);
void register_control(HandlerTable& t);
void register_field(HandlerTable& t);
void register_string(HandlerTable& t);
void register_queue(HandlerTable& t);
void register_privileged(HandlerTable& t);
void register_float(HandlerTable& t);

}  // namespace simmon::vax
