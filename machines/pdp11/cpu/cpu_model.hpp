// What distinguishes the PDP-11 processors we model, as data. Every place where the
// 11/34 (KD11-E), 11/40 (KD11-A), 11/45 (KB11-A/D) and 11/70 (KB11-B/C) behave
// differently reads a field here instead of testing the model by name. Sources: the
// processor handbooks of each model and the "PDP-11 family differences" table of the
// PDP-11 Architecture Handbook (EB-23657-18, appendix B).
#pragma once
#include <cstdint>
#include <span>
#include <string_view>

#include "machines/pdp11/isa/opcode_table.hpp"

namespace simmon::pdp11 {

enum class CpuModelId : std::uint8_t { Pdp11_34, Pdp11_40, Pdp11_45, Pdp11_70 };

// What happens when a trap or interrupt sequence itself fails (odd, non-existent or
// red-zone stack while pushing PSW/PC).
enum class DoubleErrorAction : std::uint8_t {
    Halt,       // KD11-E: the processor halts
    RedStack,   // KD11-A, KB11: SP := 4, PS/PC saved at 2/0, trap through 4
};

struct CpuModel {
    CpuModelId id;
    std::string_view name;           // "11/34"
    std::uint32_t default_memory;    // bytes
    std::uint32_t max_memory;        // bytes
    int physical_bits;               // 18 or 22 (MMR3 bit 4 selects 22-bit relocation)
    // Average instruction time in ns (fetch, source, destination and execute over a
    // measured instruction mix): what simulated time advances per instruction. Snow and
    // Siewiorek, "Impact of implementation design tradeoffs on performance: the PDP-11"
    // (CMU-CS-78-134, 1978), table 1; see docs/machines/pdp11.md.
    std::uint32_t instruction_time;

    // Instruction set: the opcode table (isa/opcode_table.cpp) says which models have
    // which instruction; here only the model's column in it and the options fitted.
    std::uint8_t isa_model;          // ModelBit: kModel1134 ...
    FittedOptions options;           // EIS (KE11-E on the 11/40), FIS, FP11

    // Processor state.
    bool supervisor_mode;            // mode 01 exists
    bool split_id;                   // separate I and D page sets (MMR3 bits 2:0)
    bool register_sets;              // second R0-R5 selected by PSW bit 11
    bool stack_limit_register;       // 777774; otherwise the kernel limit is fixed at 400
    bool cpu_error_register;         // 777766
    bool pirq;                       // program interrupt request register 777772
    bool unibus_map;                 // 770200-770377, MMR3 bit 5
    bool memory_system_registers;    // 11/70 cache and memory error registers 777740-777764
    std::uint16_t psw_mask;          // PSW bits that exist

    // Memory management (KT11-D on the 11/34 and 11/40, KT11-C on the 11/45, built into
    // the 11/70).
    bool mmr1;                       // MMR1 records register changes; MMR3 exists
    bool three_bit_acf;              // ACF codes 0-7 with MMU traps and the A bit
    bool mmr0_instruction_complete;  // MMR0 bit 7 and MMR2 = vector on trap aborts

    // Traps.
    DoubleErrorAction double_error;
    bool red_zone;                   // kernel stack below limit+340 aborts (else yellow only)
    bool stack_check_destinations;   // (SP), (SP)+, X(SP) destinations are limit-checked too
    bool stack_check_autodec_source; // -(SP) as a source operand is limit-checked
    bool odd_fetch_steps_pc;         // an odd-PC fetch trap saves PC+2 (KB11), else the PC
    bool interrupt_latency;          // a new bus request waits one instruction (KD11-A)
    bool source_register_after_dest;  // OPR Rn,(Rn)+ reads Rn after the step (KD11-A)
    bool red_stack_saves_new_context;  // a red-stack trap from a failed push saves its new PSW/PC
    bool push_abort_saves_old_context;  // an MMU-aborted trap push: 250 saves the old PSW/PC (KD11-A)
    bool trap_push_predecrement;     // trap sequence: SP -= 4, then PSW to SP+2, PC to SP
    bool trace_before_yellow;        // trace trap serviced before a yellow stack trap
    bool halt_in_user_traps;         // HALT outside kernel mode traps (else halts)
    std::uint16_t halt_user_vector;  // ... through 4, or 10 on the KD11-A (DBKTD)
    std::uint16_t jmp_register_vector;  // JMP/JSR Rn: 4 (KD11-A/E) or 10 (KB11)
    bool wait_in_user_is_nop;        // WAIT outside kernel mode does not wait
    bool rti_user_keeps_priority;    // RTI/RTT outside kernel cannot change PSW<7:5>
    bool autoinc_after_bus_cycle;    // (R)+ not stepped when its bus cycle aborts (KD11-E)
    bool mmr1_reads_zero;            // 777574 answers 0 although MMR1 is not implemented
    bool mmr2_after_fetch;           // MMR2 loaded when a fetch completes (KD11-E, KD11-A), not before
    bool mmr0_tracks_page;           // unfrozen MMR0<6:1> show the last reference's page
};

const CpuModel& cpu_model(CpuModelId id);
std::span<const CpuModel> all_cpu_models();

}  // namespace simmon::pdp11
