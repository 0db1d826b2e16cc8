// The per-model traits table. Choices that the handbooks leave open and that we settled
// by DEC's diagnostics are explained in docs/machines/pdp11-cpu-notes.md.
#include "machines/pdp11/cpu/cpu_model.hpp"

#include <array>

namespace simmon::pdp11 {

namespace {

constexpr std::uint32_t K = 1024;

constexpr CpuModel kPdp11_34 = {
    .id = CpuModelId::Pdp11_34, .name = "11/34",
    .default_memory = 256 * K, .max_memory = 256 * K, .physical_bits = 18,
    .instruction_time = 3029,
    .isa_model = kModel1134, .options = {.eis = true, .fis = false, .fp11 = false},
    .supervisor_mode = false, .split_id = false, .register_sets = false,
    .stack_limit_register = false, .cpu_error_register = false, .pirq = false,
    .unibus_map = false, .memory_system_registers = false, .psw_mask = 0170377,
    .mmr1 = false, .three_bit_acf = false, .mmr0_instruction_complete = false,
    .double_error = DoubleErrorAction::Halt, .red_zone = false,
    .stack_check_destinations = false, .stack_check_autodec_source = true,
    .odd_fetch_steps_pc = false, .interrupt_latency = false, .source_register_after_dest = false,
    .red_stack_saves_new_context = false, .push_abort_saves_old_context = false, .trap_push_predecrement = false,
    .trace_before_yellow = true, .halt_in_user_traps = true, .halt_user_vector = 04, .jmp_register_vector = 04,
    .wait_in_user_is_nop = true, .rti_user_keeps_priority = true,
    .autoinc_after_bus_cycle = true, .mmr1_reads_zero = true,
    .mmr2_after_fetch = true, .mmr0_tracks_page = true,
};

constexpr CpuModel kPdp11_40 = {
    .id = CpuModelId::Pdp11_40, .name = "11/40",
    .default_memory = 256 * K, .max_memory = 256 * K, .physical_bits = 18,
    .instruction_time = 2087,
    .isa_model = kModel1140, .options = {.eis = true, .fis = false, .fp11 = false},
    .supervisor_mode = false, .split_id = false, .register_sets = false,
    .stack_limit_register = true, .cpu_error_register = false, .pirq = false,
    .unibus_map = false, .memory_system_registers = false, .psw_mask = 0170377,
    .mmr1 = false, .three_bit_acf = false, .mmr0_instruction_complete = false,
    .double_error = DoubleErrorAction::RedStack, .red_zone = true,
    .stack_check_destinations = true, .stack_check_autodec_source = false,
    .odd_fetch_steps_pc = false, .interrupt_latency = true, .source_register_after_dest = true,
    .red_stack_saves_new_context = false, .push_abort_saves_old_context = true, .trap_push_predecrement = false,
    .trace_before_yellow = true, .halt_in_user_traps = true, .halt_user_vector = 010, .jmp_register_vector = 04,
    .wait_in_user_is_nop = true, .rti_user_keeps_priority = true,
    .autoinc_after_bus_cycle = false, .mmr1_reads_zero = true,
    .mmr2_after_fetch = true, .mmr0_tracks_page = true,
};

constexpr CpuModel kPdp11_45 = {
    .id = CpuModelId::Pdp11_45, .name = "11/45",
    .default_memory = 256 * K, .max_memory = 256 * K, .physical_bits = 18,
    .instruction_time = 863,
    .isa_model = kModel1145, .options = {.eis = true, .fis = false, .fp11 = true},
    .supervisor_mode = true, .split_id = true, .register_sets = true,
    .stack_limit_register = true, .cpu_error_register = false, .pirq = true,
    .unibus_map = false, .memory_system_registers = false, .psw_mask = 0174377,
    .mmr1 = true, .three_bit_acf = true, .mmr0_instruction_complete = true,
    .double_error = DoubleErrorAction::RedStack, .red_zone = true,
    .stack_check_destinations = true, .stack_check_autodec_source = false,
    .odd_fetch_steps_pc = true, .interrupt_latency = false, .source_register_after_dest = false,
    .red_stack_saves_new_context = true, .push_abort_saves_old_context = false, .trap_push_predecrement = true,
    .trace_before_yellow = true, .halt_in_user_traps = true, .halt_user_vector = 04, .jmp_register_vector = 010,
    .wait_in_user_is_nop = true, .rti_user_keeps_priority = true,
    .autoinc_after_bus_cycle = false, .mmr1_reads_zero = false,
    .mmr2_after_fetch = false, .mmr0_tracks_page = false,
};

// The 11/70 is the 11/45's processor (KB11-B/C, the same traps and memory management) with
// 22-bit addressing, the Unibus map, the CPU error register and the cache and memory
// system registers.
constexpr CpuModel pdp11_70() {
    CpuModel m = kPdp11_45;
    m.id = CpuModelId::Pdp11_70;
    m.name = "11/70";
    m.isa_model = kModel1170;
    m.default_memory = 1024 * K;
    m.max_memory = 4096 * K;
    m.physical_bits = 22;
    m.cpu_error_register = true;
    m.unibus_map = true;
    m.memory_system_registers = true;
    // The KB11-C runs at the 11/45's speed; its cache (hit ratio about 90%) stands in for
    // the 11/45's bipolar memory, so the 11/45 figure is kept (docs/machines/pdp11.md).
    return m;
}

constexpr std::array<CpuModel, 4> kModels = {kPdp11_34, kPdp11_40, kPdp11_45, pdp11_70()};

}  // namespace

const CpuModel& cpu_model(CpuModelId id) { return kModels[static_cast<std::size_t>(id)]; }

std::span<const CpuModel> all_cpu_models() { return kModels; }

}  // namespace simmon::pdp11
