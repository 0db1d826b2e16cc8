// The PDP-11 central processor: 11/34, 11/40, 11/45 or 11/70 (cpu_model.hpp).
//
// How the CPU is split: this class holds the state; psw.hpp has the condition codes;
// memory_access.hpp the inline fast path through the KT11 page entries; operands.hpp the
// addressing modes shared by all instructions; decode_table.cpp builds the 64K-entry
// handler table; ops_*.cpp are the instruction groups; traps.cpp the trap, abort and
// interrupt sequences; execute.cpp the instruction loop; io_registers.cpp the CPU's
// registers in the I/O page; cpu_state.cpp construction, reset and the SCP tables;
// console_access.cpp EXAMINE/DEPOSIT and (dis)assembly; fp11*.cpp floating point.
//
// Aborts (odd address, bus timeout, MMU abort, red stack) end the instruction with a jump
// to the innermost AbortPoint (abort_point.hpp): the instruction end in execute(), or the
// trap sequence in progress. No C++ exception is thrown; the common path carries no
// error checks.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/machine/cpu.hpp"
#include "machines/pdp11/cpu/abort_point.hpp"
#include "machines/pdp11/cpu/cpu_model.hpp"
#include "machines/pdp11/cpu/fp11.hpp"
#include "machines/pdp11/cpu/fp11_arith.hpp"
#include "machines/pdp11/cpu/hot_word.hpp"
#include "machines/pdp11/cpu/psw.hpp"
#include "machines/pdp11/mmu/kt11.hpp"

namespace simmon {
class BreakpointTable;
}

namespace simmon::pdp11 {

class Unibus;

class Pdp11Cpu final : public Cpu {
public:
    Pdp11Cpu(Machine& machine, Unibus& bus);
    ~Pdp11Cpu() override;

    // ---- Cpu ----
    std::uint64_t execute(std::uint64_t budget) override;
    bool waiting() const override { return waiting_; }
    Addr pc() const override { return r_[7]; }
    void set_pc(Addr pc) override { r_[7] = static_cast<std::uint16_t>(pc); waiting_ = false; }
    int examine_bytes(int space, Switches switches) const override;
    bool examine(int space, Addr addr, Switches switches, std::uint64_t& value) override;
    bool deposit(int space, Addr addr, Switches switches, std::uint64_t value) override;
    Addr memory_size() const override;
    // Memory below the I/O page (console_access.cpp).
    Addr console_memory_size() const override;
    std::string disassemble(Addr addr, Switches switches, int& bytes_used) override;
    Status assemble(std::string_view text, Addr addr, Switches switches,
                    std::vector<std::uint64_t>& out) override;
    Status set_history(std::size_t entries) override;
    std::vector<std::string> history_lines(std::size_t last_n) override;
    void reset() override;
    void serialize(StateArchive& s) override;
    std::string show_status() const override;

    // ---- configuration ----
    const CpuModel& model() const { return *model_; }
    // False when `word` traps as a reserved instruction on this model.
    bool executes(std::uint16_t word) const;
    Status set_model(CpuModelId id);
    // SET CPU FPP/NOFPP: the FP11 floating-point processor fitted or not (the 11/34's
    // FP11-A, the 11/45's and 11/70's FP11-B/C are options; the 11/40 cannot have one).
    Status set_fp11(bool fitted);
    Status set_memory_size(std::uint32_t bytes);

    // ---- state, for the machine, the SCP tables and tests ----
    std::uint16_t reg(int r) const { return r_[r & 7]; }  // current set and mode
    void set_reg(int r, std::uint16_t v) { r_[r & 7] = v; }
    // R0-R5 of register set `set`, whether or not it is the current one.
    std::uint16_t bank_reg(int set, int r) const;
    void set_bank_reg(int set, int r, std::uint16_t v);
    std::uint16_t stack_pointer(int mode) const;  // KSP/SSP/USP
    void set_stack_pointer(int mode, std::uint16_t v);
    std::uint16_t psw() const { return full_psw(); }
    void set_psw(std::uint16_t v);  // as the console does: any bit, switching register sets
    std::uint16_t switch_register() const { return switch_register_; }
    void set_switch_register(std::uint16_t v) { switch_register_ = v; }
    std::uint16_t display_register() const { return display_register_; }
    Kt11& mmu() { return mmu_; }
    const Kt11& mmu() const { return mmu_; }
    Fp11State& fpu() { return fp_; }
    Unibus& bus() { return bus_; }
    std::uint16_t stack_limit() const { return stack_limit_; }
    std::uint16_t cpu_error() const { return cpu_error_; }
    std::uint16_t pirq() const { return pirq_; }

    // I/O page registers of the processor (PSW, stack limit, PIRQ, MMU, console switches).
    bool io_read(std::uint32_t addr, std::uint16_t& data);
    bool io_write(std::uint32_t addr, std::uint16_t data, bool byte);

    // Address spaces (console_access.cpp): physical (-p, EXAMINE's default); virtual in the
    // current mode (-v; BREAK's default, where it means any mode); kernel, supervisor and
    // user (-k -s -u); each virtual one has a D-space twin (-t, SIMH's letter: -d is
    // decimal). -b makes the unit a byte.
    static constexpr int kSpacePhysical = 0;
    static constexpr int kSpaceVirtual = 1;
    static constexpr int kSpaceVirtualD = 2;
    static constexpr int kSpaceKernelI = 3;  // then kernel D, supervisor I, D, user I, D
    static int mode_space(int mode, bool dspace) {
        return kSpaceKernelI + 2 * (mode == psw::kUser ? 2 : mode) + (dspace ? 1 : 0);
    }
    // Console address translation (no side effects) in `space`.
    bool space_translate(int space, Addr addr, bool write, std::uint32_t& pa) const;
    bool console_translate(Addr addr, Switches switches, bool write, std::uint32_t& pa) const;
    bool read_physical(std::uint32_t pa, std::uint16_t& value);   // memory or I/O page
    bool write_physical(std::uint32_t pa, std::uint16_t value);

private:
    using Handler = void (*)(Pdp11Cpu&, std::uint16_t);
    class IoRegisters;

    // ---- trap requests serviced after an instruction (trap_req_) ----
    static constexpr std::uint32_t kReqYellow = 1;
    static constexpr std::uint32_t kReqMmuTrap = 2;
    static constexpr std::uint32_t kReqFpuTrap = 4;
    static constexpr std::uint32_t kReqSplHold = 8;      // SPL: no interrupt before the next
    static constexpr std::uint32_t kReqSplRelease = 16;  // instruction has run

    enum class AbortCause : std::uint8_t { OddAddress, NonExistent, IoTimeout, Mmu, RedStack };

    // ---- memory_access.hpp (inline fast path) ----
    static constexpr std::uint32_t kDspace = 0200000;  // "D space" bit of an effective address
    static constexpr std::uint32_t kPswOffset = 017776;  // the PSW (777776) from the I/O page's start
    std::uint32_t translate_read(std::uint32_t ea);
    std::uint32_t translate_write(std::uint32_t ea);
    std::uint32_t translate_dest_read(std::uint32_t ea);  // CMP/BIT/TST destination
    std::uint16_t read_word(std::uint32_t ea);
    std::uint8_t read_byte(std::uint32_t ea);
    void write_word(std::uint32_t ea, std::uint16_t v);
    void write_byte(std::uint32_t ea, std::uint8_t v);
    std::uint16_t phys_read_word(std::uint32_t pa);
    std::uint8_t phys_read_byte(std::uint32_t pa);
    void phys_write_word(std::uint32_t pa, std::uint16_t v);
    void phys_write_byte(std::uint32_t pa, std::uint8_t v);
    std::uint16_t fetch();
    bool fetch_cached(std::uint16_t& word);  // the fetch cache alone; false on a miss
    std::uint16_t fetch_slow();
    void push(std::uint16_t v);
    std::uint16_t pop();
    // Previous-mode access for MFPx/MTPx (ea includes kDspace for D space).
    std::uint16_t read_word_mode(std::uint32_t ea, int mode);
    void write_word_mode(std::uint32_t ea, int mode, std::uint16_t v);

    // Out-of-line parts (memory_slow.cpp).
    std::uint32_t translate_slow(std::uint32_t ea, bool write, int mode, bool dest = false);
    std::uint16_t io_read_word(std::uint32_t pa);
    std::uint16_t io_read_other(std::uint32_t pa);  // all but the PSW
    void io_write_word(std::uint32_t pa, std::uint16_t v, bool byte);
    [[noreturn]] void odd_address_abort(std::uint32_t ea);
    [[noreturn]] void abort(AbortCause cause);
    void check_watch(std::uint32_t pa, unsigned length, bool is_write);
    void check_virtual_watch(std::uint32_t ea, int mode, bool is_write);
    bool check_breakpoints();  // at the instruction about to run

    // ---- operands.hpp: addressing modes ----
    static constexpr unsigned kImmediate = 027;  // #n, i.e. (PC)+
    template <unsigned kMode, bool kDest = false, bool kByte = false>
    std::uint32_t ea_mode(unsigned reg);
    template <bool kDest = false, bool kByte = false>
    std::uint32_t ea_word(unsigned spec);
    template <unsigned kMode>
    std::uint16_t src_word_mode(unsigned reg);
    template <unsigned kMode>
    std::uint32_t dst_loc_word_mode(unsigned reg);
    template <unsigned kMode>
    std::uint16_t dst_read_word_mode(unsigned reg);
    template <unsigned kMode>
    std::uint8_t dst_read_byte_mode(unsigned reg);
    template <unsigned kMode, bool kDest>
    std::uint32_t ea_byte_mode(unsigned reg);
    template <bool kDest = false>
    std::uint32_t ea_byte(unsigned spec);
    std::uint16_t src_word(unsigned spec);
    std::uint8_t src_byte(unsigned spec);
    std::uint16_t dst_read_word(unsigned spec);  // read-only destination (CMP, BIT, TST)
    std::uint8_t dst_read_byte(unsigned spec);
    void dst_write_word(unsigned spec, std::uint16_t v);
    std::uint32_t dst_loc_word(unsigned spec);
    std::uint32_t dst_loc_byte(unsigned spec);
    void dst_write_byte(unsigned spec, std::uint8_t v);
    // Read-modify-write destination: the location is translated for writing once.
    static constexpr std::uint32_t kRegLoc = 0x80000000u;
    std::uint16_t rmw_read_word(unsigned spec, std::uint32_t& loc);
    std::uint8_t rmw_read_byte(unsigned spec, std::uint32_t& loc);
    void rmw_write_word(std::uint32_t loc, std::uint16_t v);
    void rmw_write_byte(std::uint32_t loc, std::uint8_t v);
    void record_autoinc(unsigned reg, int delta);
    void stack_check(std::uint32_t addr);
    void dest_stack_check(std::uint32_t addr);
    void source_stack_check(std::uint32_t addr);
    // The condition codes live apart from the rest of the PSW (psw_ keeps bits 3:0
    // clear), so setting them is one store.
    void set_cc(std::uint16_t cc) { cc_ = static_cast<std::uint8_t>(cc); }
    std::uint16_t cc_c() const { return cc_ & psw::kC; }
    std::uint16_t full_psw() const { return static_cast<std::uint16_t>(psw_ | cc_); }

    // ---- traps.cpp ----
    void trap(std::uint16_t vector);  // trap instruction or error: the full sequence
    bool service_requests();          // after an instruction: traps, then interrupts
    bool interrupt_ready() const;
    void handle_abort();
    void stack_violation(std::uint32_t addr);
    void red_stack_trap();
    void trap_failed(std::uint16_t vector, bool pushing, std::uint16_t old_psw, std::uint16_t old_pc);
    void recovery_trap(std::uint16_t vector);
    void double_error(const char* what);
    void switch_psw(std::uint16_t new_psw);  // mode and register-set switching
    // What the fast paths derive from the PSW, the MMU, memory and watchpoints: the
    // current page tables, priority mask, stack guards, physical limits. update_derived()
    // recomputes it all and empties the fetch cache; the others recompute a part and say
    // whether the tables or addressing the fetch cache was filled from changed.
    void update_derived();
    void update_mapping();        // after MMR0/MMR3 writes: empties the cache only if needed
    bool update_mode_state();     // the mode's tables, priority, stack guards
    bool update_memory_state();   // addressing, memory, watchpoints
    void write_psw_from_program(std::uint16_t v, bool byte, bool high);
    void update_pirq();

    // ---- execute.cpp ----
    void run_loop();  // returns at the slice's end, or does not return (an abort)
    bool attend();  // the slow path between instructions; false = leave the loop
    void after_abort();  // an instruction aborted: count it, run its trap sequence
    void request(std::uint32_t bits) {
        trap_req_ |= bits;
        attention_ = true;
    }
    void begin_run();
    void register_io_handlers();
    void define_registers();
    void mark_model_registers();
    void define_modifiers();
    void record_history();

    // ---- decode_table.cpp ----
    void build_decode_table();
    static const Handler kHandlers[];

    // ---- instruction handlers (ops_*.cpp, fp11_*.cpp) ----
    // Double operand (ops_double.cpp)
    template <bool kLate = false>
    static void op_mov(Pdp11Cpu&, std::uint16_t);
    // Per addressing mode (ops_mode_forms.cpp): MOV per source and destination mode, the
    // compares and bit tests per destination mode
    template <unsigned kSrcMode, unsigned kDstMode>
    static void op_mov_modes(Pdp11Cpu&, std::uint16_t);
    template <unsigned kDstMode>
    static void op_cmp_dst(Pdp11Cpu&, std::uint16_t);
    template <unsigned kDstMode>
    static void op_cmpb_dst(Pdp11Cpu&, std::uint16_t);
    template <unsigned kDstMode>
    static void op_bit_dst(Pdp11Cpu&, std::uint16_t);
    template <unsigned kDstMode>
    static void op_bitb_dst(Pdp11Cpu&, std::uint16_t);
    template <bool kLate = false>
    static void op_movb(Pdp11Cpu&, std::uint16_t);
    template <bool kLate = false>
    static void op_cmp(Pdp11Cpu&, std::uint16_t);
    template <bool kLate = false>
    static void op_cmpb(Pdp11Cpu&, std::uint16_t);
    template <bool kLate = false>
    static void op_bit(Pdp11Cpu&, std::uint16_t);
    template <bool kLate = false>
    static void op_bitb(Pdp11Cpu&, std::uint16_t);
    template <bool kLate = false>
    static void op_bic(Pdp11Cpu&, std::uint16_t);
    template <bool kLate = false>
    static void op_bicb(Pdp11Cpu&, std::uint16_t);
    template <bool kLate = false>
    static void op_bis(Pdp11Cpu&, std::uint16_t);
    template <bool kLate = false>
    static void op_bisb(Pdp11Cpu&, std::uint16_t);
    template <bool kLate = false>
    static void op_add(Pdp11Cpu&, std::uint16_t);
    template <bool kLate = false>
    static void op_sub(Pdp11Cpu&, std::uint16_t);
    // Register forms (ops_register_forms.hpp): destination Rd, source Rs or #n (kImm)
    template <bool kImm>
    bool form_source(std::uint16_t ir, std::uint16_t& source);
    template <bool kImm>
    static void op_mov_to_reg(Pdp11Cpu&, std::uint16_t);
    template <bool kImm>
    static void op_add_to_reg(Pdp11Cpu&, std::uint16_t);
    template <bool kImm>
    static void op_sub_to_reg(Pdp11Cpu&, std::uint16_t);
    template <bool kImm>
    static void op_cmp_to_reg(Pdp11Cpu&, std::uint16_t);
    template <bool kImm>
    static void op_bit_to_reg(Pdp11Cpu&, std::uint16_t);
    template <bool kImm>
    static void op_bic_to_reg(Pdp11Cpu&, std::uint16_t);
    template <bool kImm>
    static void op_bis_to_reg(Pdp11Cpu&, std::uint16_t);
    static void op_clr_r(Pdp11Cpu&, std::uint16_t);
    static void op_inc_r(Pdp11Cpu&, std::uint16_t);
    static void op_dec_r(Pdp11Cpu&, std::uint16_t);
    static void op_tst_r(Pdp11Cpu&, std::uint16_t);
    // Single operand (ops_single.cpp)
    static void op_clr(Pdp11Cpu&, std::uint16_t);
    static void op_clrb(Pdp11Cpu&, std::uint16_t);
    static void op_com(Pdp11Cpu&, std::uint16_t);
    static void op_comb(Pdp11Cpu&, std::uint16_t);
    static void op_inc(Pdp11Cpu&, std::uint16_t);
    static void op_incb(Pdp11Cpu&, std::uint16_t);
    static void op_dec(Pdp11Cpu&, std::uint16_t);
    static void op_decb(Pdp11Cpu&, std::uint16_t);
    static void op_neg(Pdp11Cpu&, std::uint16_t);
    static void op_negb(Pdp11Cpu&, std::uint16_t);
    static void op_adc(Pdp11Cpu&, std::uint16_t);
    static void op_adcb(Pdp11Cpu&, std::uint16_t);
    static void op_sbc(Pdp11Cpu&, std::uint16_t);
    static void op_sbcb(Pdp11Cpu&, std::uint16_t);
    static void op_tst(Pdp11Cpu&, std::uint16_t);
    static void op_tstb(Pdp11Cpu&, std::uint16_t);
    static void op_ror(Pdp11Cpu&, std::uint16_t);
    static void op_rorb(Pdp11Cpu&, std::uint16_t);
    static void op_rol(Pdp11Cpu&, std::uint16_t);
    static void op_rolb(Pdp11Cpu&, std::uint16_t);
    static void op_asr(Pdp11Cpu&, std::uint16_t);
    static void op_asrb(Pdp11Cpu&, std::uint16_t);
    static void op_asl(Pdp11Cpu&, std::uint16_t);
    static void op_aslb(Pdp11Cpu&, std::uint16_t);
    static void op_swab(Pdp11Cpu&, std::uint16_t);
    static void op_sxt(Pdp11Cpu&, std::uint16_t);
    static void op_mfps(Pdp11Cpu&, std::uint16_t);
    static void op_mtps(Pdp11Cpu&, std::uint16_t);
    // Branches, SOB and the condition-code operators (ops_branch.hpp)
    template <unsigned kCond>  // 1 BR ... 7 BLE, 8 BPL ... 15 BCS
    static void op_bcc(Pdp11Cpu&, std::uint16_t);
    static void op_sob(Pdp11Cpu&, std::uint16_t);
    static void op_ccode(Pdp11Cpu&, std::uint16_t);
    // Jumps, subroutines, traps, processor control (ops_control.cpp)
    static void op_jmp(Pdp11Cpu&, std::uint16_t);  // JMP Rn (illegal)
    static void op_jsr(Pdp11Cpu&, std::uint16_t);  // JSR R,Rn (illegal)
    template <unsigned kMode>  // the destination's addressing mode, 1-7
    static void op_jmp_mode(Pdp11Cpu&, std::uint16_t);
    template <unsigned kMode>
    static void op_jsr_mode(Pdp11Cpu&, std::uint16_t);
    static void op_rts(Pdp11Cpu&, std::uint16_t);
    static void op_mark(Pdp11Cpu&, std::uint16_t);
    static void op_emt(Pdp11Cpu&, std::uint16_t);
    static void op_trap(Pdp11Cpu&, std::uint16_t);
    static void op_bpt(Pdp11Cpu&, std::uint16_t);
    static void op_iot(Pdp11Cpu&, std::uint16_t);
    static void op_rti(Pdp11Cpu&, std::uint16_t);
    static void op_rtt(Pdp11Cpu&, std::uint16_t);
    static void op_halt(Pdp11Cpu&, std::uint16_t);
    static void op_wait(Pdp11Cpu&, std::uint16_t);
    static void op_reset(Pdp11Cpu&, std::uint16_t);
    static void op_spl(Pdp11Cpu&, std::uint16_t);
    static void op_mfpi(Pdp11Cpu&, std::uint16_t);
    static void op_mtpi(Pdp11Cpu&, std::uint16_t);
    static void op_mfpd(Pdp11Cpu&, std::uint16_t);
    static void op_mtpd(Pdp11Cpu&, std::uint16_t);
    static void op_illegal(Pdp11Cpu&, std::uint16_t);   // trap through 4
    static void op_reserved(Pdp11Cpu&, std::uint16_t);  // trap through 10
    // EIS and XOR (ops_eis.cpp)
    static void op_mul(Pdp11Cpu&, std::uint16_t);
    static void op_div(Pdp11Cpu&, std::uint16_t);
    static void op_ash(Pdp11Cpu&, std::uint16_t);
    static void op_ashc(Pdp11Cpu&, std::uint16_t);
    static void op_xor(Pdp11Cpu&, std::uint16_t);
    // FP11 (fp11_ops.cpp)
    static void op_fp11(Pdp11Cpu&, std::uint16_t);

    // MFPx/MTPx common parts.
    void move_from_previous(std::uint16_t ir, bool dspace);
    void move_to_previous(std::uint16_t ir, bool dspace);
    void return_from_interrupt(bool rtt);

    // ---- FP11 (fp11_ops.cpp) ----
    std::uint32_t fp_operand_address(unsigned spec, int bytes);
    std::uint64_t fp_read(unsigned spec, bool dbl);
    void fp_write(unsigned spec, bool dbl, std::uint64_t raw);
    std::int64_t fp_read_integer(unsigned spec, bool longint);
    void fp_write_integer(unsigned spec, bool longint, std::int64_t v);
    bool fp_exception(int code);  // records it; true if the result is to be kept
    void fp_set_cc(std::uint64_t raw, bool overflow = false, bool carry = false);
    void fp_store_result(int ac, FpResult r);
    std::uint64_t fp_read_at(std::uint32_t ea, bool dbl, bool immediate);
    void fp_write_at(std::uint32_t ea, bool dbl, std::uint64_t raw);
    void fp_execute(std::uint16_t ir);

    // ---- state ----
    Unibus& bus_;
    const CpuModel* model_;  // points at fitted_
    BreakpointTable& breakpoints_;
    RunSignals& signals_;

    HotWord r_[8] = {};                   // active R0-R5, SP of the current mode, PC
    std::uint16_t bank_[2][6] = {};       // the register set that is not active
    std::uint16_t sp_[4] = {};            // stack pointers of the modes not current
    std::uint16_t psw_ = 0;               // PSW without the condition codes
    HotWord cc_ = 0;                      // N Z V C
    const PageEntry* cur_map_ = nullptr;   // current mode's 16 page entries for reads
    const PageEntry* cur_wmap_ = nullptr;  // ... and for writes (differ in maintenance mode)
    std::uint8_t* mem_ = nullptr;         // the machine's PhysicalMemory, little-endian words
    std::uint8_t* dirty_ = nullptr;       // ... and its dirty-page flags
    const std::uint8_t* fetch_host_ = nullptr;  // instruction fetch cache (memory_access.hpp)
    std::uint32_t fetch_words_ = 0;                // 0 = empty
    std::uint16_t fetch_lo_ = 0;
    std::uint32_t mem_limit_ = 0;         // memory below the I/O page
    std::uint32_t fast_limit_ = 0;        // mem_limit_, or 0 while physical watchpoints are armed
    bool watch_virtual_ = false;          // virtual-space watchpoints: every reference translates slowly
    std::uint32_t pa_mask_ = 0xFFFFFFFFu;
    std::uint32_t io_base_ = 0760000;
    std::uint32_t kstack_guard_ = 0;      // kernel stack references below this are checked
    std::uint32_t stack_ref_ea_ = 0xFFFFFFFFu;  // last kernel stack reference (push, X(SP) ...)
    std::uint32_t odd_stack_mask_ = 0;    // 1 in kernel mode on the KB11: an odd stack is red zone
    std::uint32_t kstack_psw_ = 0x10000;  // 177776 in kernel mode on the KB11: red for vector pushes
    std::uint32_t dest_stack_guard_ = 0;  // the same for (SP), (SP)+, X(SP) destinations
    std::uint32_t source_stack_guard_ = 0;  // ... and for -(SP) sources
    std::uint8_t above_priority_ = 0;     // bus levels that may interrupt now
    std::uint8_t seen_levels_ = 0;        // KD11-A: bus levels already pending last time
    std::uint8_t bus_level_mask_ = 0377;  // ... those newly raised are held one instruction

    std::uint32_t trap_req_ = 0;
    std::uint16_t trace_ = 0;             // a trace trap is due before the next instruction
    bool trace_inhibit_ = false;          // RTT, WAIT: no trace trap after this instruction
    bool attention_ = true;               // something for attend() to look at
    bool waiting_ = false;
    bool in_trap_ = false;                // inside a trap/interrupt sequence
    int trap_depth_ = 0;                  // nested trap sequences (an MMU abort in one)
    bool servicing_yellow_ = false;
    bool slow_checks_ = false;            // breakpoints or history
    AbortCause abort_cause_ = AbortCause::OddAddress;
    AbortPoint* abort_point_ = nullptr;   // where abort() jumps: set only inside execute()

    // Where the last abort happened, for the 11/34's late autoincrement (traps.cpp).
    std::uint32_t autoinc_ea_ = 0;        // address the last (R)+ or @(R)+ used
    std::uint32_t fault_addr_ = 0;        // virtual ea, or physical address if fault_physical_
    bool fault_physical_ = false;
    void undo_failed_autoincrement();
    bool stack_reference_failed() const;

    std::uint16_t inst_pc_ = 0;           // address of the instruction in progress
    std::uint16_t fetch_pc_ = 0;          // address of a fetch in the slow path ...
    bool in_fetch_ = false;               // ... while it is under way
    // MMR2: the instruction's address; a fetch that aborts shows its own address on the
    // KB11 and the previous instruction's on the KD11-E and KD11-A (CFKTHB0 test 35, DBKTA).
    std::uint16_t mmr2_live() const {
        return (in_fetch_ && !model_->mmr2_after_fetch) ? fetch_pc_ : inst_pc_;
    }
    HotWord mmr1_live_ = 0;               // register changes of the instruction in progress
    std::uint16_t mmr1_frozen_ = 0, mmr2_frozen_ = 0;

    std::uint16_t stack_limit_ = 0;
    std::uint16_t pirq_ = 0;
    std::uint8_t pirq_levels_ = 0;        // PIRQ bits 15:9 as levels 7:1
    std::uint16_t cpu_error_ = 0;
    std::uint16_t microbreak_ = 0;
    std::uint16_t switch_register_ = 0;
    std::uint16_t display_register_ = 0;
    std::uint16_t mem_error_ = 0, cache_control_ = 0, hit_miss_ = 0, maintenance_ = 0;
    std::uint16_t error_addr_lo_ = 0, error_addr_hi_ = 0;

    Kt11 mmu_;
    Fp11State fp_;

    std::array<std::uint8_t, 65536> decode_{};

    struct HistoryEntry {
        std::uint16_t pc, psw, ir[3], r[8];
    };
    std::vector<HistoryEntry> history_;
    std::size_t history_next_ = 0;
    std::uint64_t history_count_ = 0;
    // The model's traits with the options SET CPU chose (FPP, NOFPP); kept out of the
    // hot members above, the instruction loop reads it through model_.
    CpuModel fitted_;

    std::unique_ptr<IoRegisters> io_registers_;
};

}  // namespace simmon::pdp11
