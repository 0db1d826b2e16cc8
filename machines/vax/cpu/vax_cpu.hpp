// The VAX processor as the CVAX (KA655) implements it: sixteen general registers, the
// PSL, the stack pointers of the four access modes and the interrupt stack, the internal
// processor registers, memory management with a translation buffer, and the instruction
// loop. It sees main memory through the machine's PhysicalMemory and knows no SCP, so
// tests drive it directly.
//
// Faults are not C++ exceptions. A memory access that fails records the fault
// (set_fault) and returns false; the operand decoder or handler returns false at once, and
// the loop backs the instruction out (registers changed by autoincrement and
// autodecrement specifiers are restored from a small log, the PC goes back to the opcode)
// and then takes the exception through the SCB. So every fault restarts its instruction
// cleanly (ARM 5.3: "faults leave the instruction restartable").
//
// Sources: VAX Architecture Reference Manual, EK-VAXAR ("ARM"): chapter 3 (operand
// specifiers), 4 (memory management), 5 (exceptions and interrupts), 6 (process
// structure), 8 (processor registers); KA655 CPU System Maintenance (EK-306AA) for the
// KA655's register numbers.
#pragma once
#include <array>
#include <cstdint>
#include <cstring>

#include "core/breakpoints/breakpoints.hpp"
#include "core/memory/physical_memory.hpp"
#include "core/scheduler/cpu_slice.hpp"
#include "machines/vax/isa/opcode_table.hpp"

namespace simmon::vax {

// PSL fields (ARM 1.5.2 "Processor Status Longword").
inline constexpr std::uint32_t kPslC = 0x1, kPslV = 0x2, kPslZ = 0x4, kPslN = 0x8;
inline constexpr std::uint32_t kPslT = 0x10, kPslIV = 0x20, kPslFU = 0x40, kPslDV = 0x80;
inline constexpr std::uint32_t kPslIplShift = 16, kPslIpl = 0x1F << 16;
inline constexpr std::uint32_t kPslPrvShift = 22, kPslPrv = 3u << 22;
inline constexpr std::uint32_t kPslCurShift = 24, kPslCur = 3u << 24;
inline constexpr std::uint32_t kPslIS = 1u << 26, kPslFPD = 1u << 27, kPslTP = 1u << 30, kPslCM = 1u << 31;
// Bits that must be zero in a PSL (REI, ARM 5.5 and 6.4).
inline constexpr std::uint32_t kPslMbz = 0x3020FF00;

// Access modes.
inline constexpr unsigned kKernel = 0, kExecutive = 1, kSupervisor = 2, kUser = 3;

// SCB vectors (ARM 5.4.1 "System Control Block").
enum Vector : std::uint32_t {
    kVecMachineCheck = 0x04,
    kVecKernelStackNotValid = 0x08,
    kVecPowerFail = 0x0C,
    kVecReservedInstruction = 0x10,  // also privileged instruction
    kVecCustomerReserved = 0x14,     // XFC
    kVecReservedOperand = 0x18,
    kVecReservedAddressingMode = 0x1C,
    kVecAccessViolation = 0x20,
    kVecTranslationNotValid = 0x24,
    kVecTrace = 0x28,
    kVecBreakpoint = 0x2C,
    kVecCompatibility = 0x30,
    kVecArithmetic = 0x34,
    kVecChmk = 0x40,
    kVecSoftware = 0x80,  // + 4 * level, levels 1-15
    kVecIntervalTimer = 0xC0,
    kVecEmulation = 0xC8,
    kVecEmulationFpd = 0xCC,
};

// Arithmetic exception type codes (ARM 5.4.2).
enum ArithmeticCode : std::uint32_t {
    kIntegerOverflow = 1,
    kIntegerDivideByZero = 2,
    kFloatingOverflowFault = 8,
    kFloatingDivideByZeroFault = 9,
    kFloatingUnderflowFault = 10,
    kDecimalOverflow = 6,
};

// Internal processor register numbers (ARM 8.3 and the KA655 manual).
enum Ipr : std::uint32_t {
    kIprKSP = 0x00, kIprESP = 0x01, kIprSSP = 0x02, kIprUSP = 0x03, kIprISP = 0x04,
    kIprP0BR = 0x08, kIprP0LR = 0x09, kIprP1BR = 0x0A, kIprP1LR = 0x0B, kIprSBR = 0x0C, kIprSLR = 0x0D,
    kIprPCBB = 0x10, kIprSCBB = 0x11, kIprIPL = 0x12, kIprASTLVL = 0x13, kIprSIRR = 0x14, kIprSISR = 0x15,
    kIprICCS = 0x18, kIprNICR = 0x19, kIprICR = 0x1A, kIprTODR = 0x1B,
    kIprRXCS = 0x20, kIprRXDB = 0x21, kIprTXCS = 0x22, kIprTXDB = 0x23,
    kIprMCESR = 0x26, kIprSAVPC = 0x2A, kIprSAVPSL = 0x2B,
    kIprIORESET = 0x37, kIprMAPEN = 0x38, kIprTBIA = 0x39, kIprTBIS = 0x3A, kIprSID = 0x3E, kIprTBCHK = 0x3F,
};

// The CVAX system identification (KA655: type 10 in SID<31:24>).
inline constexpr std::uint32_t kSidKa655 = 0x0A000006;

// Why run() returned.
enum class RunExit : std::uint8_t { Budget, Halt, Stop };

// Why the CPU halted (HALT instruction or a fatal condition of ARM 5.6).
enum class HaltReason : std::uint8_t {
    None,
    HaltInstruction,
    InterruptStackNotValid,
    ScbVector,           // an SCB vector with bits <1:0> of 2 or 3
    Unimplemented,       // an instruction simmon does not implement yet (named in the message)
    ChmOnInterruptStack, // CHMx executed on the interrupt stack (ARM 5.6)
};

// Looks at every instruction before it runs while set (breakpoints, history).
class InstructionObserver {
public:
    virtual ~InstructionObserver() = default;
    // `pc` virtual. False: stop before it.
    virtual bool before_instruction(std::uint32_t pc) = 0;
    // A data access hit a watchpoint: the machine stops after this instruction.
    virtual void watch_hit(const StopInfo& stop) = 0;
};

// The address space ids the CPU reports watchpoint hits in (the device publishes them).
inline constexpr int kWatchSpacePhysical = 0;
inline constexpr int kWatchSpaceVirtual = 1;

// What a device system (the KA655 later) answers for physical addresses outside memory
// and for the console IPRs. The default has nothing: reads and writes there are
// non-existent memory (a machine check).
class IoSpace {
public:
    virtual ~IoSpace() = default;
    // `size` 1, 2 or 4. False: no such location.
    virtual bool read(std::uint32_t pa, unsigned size, std::uint32_t& value) = 0;
    virtual bool write(std::uint32_t pa, unsigned size, std::uint32_t value) = 0;
    // The highest pending device interrupt level (0x14-0x17) and its SCB vector; 0 if none.
    virtual unsigned interrupt_level() const { return 0; }
    virtual std::uint32_t acknowledge(unsigned /*level*/) { return 0; }
    // Processor registers the system implements outside the CPU (the console terminal's
    // RXCS/RXDB/TXCS/TXDB, the KA655's own). False: not one of them.
    virtual bool read_ipr(std::uint32_t /*n*/, std::uint32_t& /*value*/) { return false; }
    virtual bool write_ipr(std::uint32_t /*n*/, std::uint32_t /*value*/) { return false; }
    // A console ROM is there: halts enter console mode (PC at kConsoleRomBase) instead of
    // stopping the run.
    virtual bool has_console_rom() const { return false; }
    // The host bytes of a 512-byte read-only page at physical `pa` (page aligned) that
    // instructions may be fetched from directly (the console ROM); null if none.
    virtual const std::uint8_t* rom_page(std::uint32_t /*pa*/) const { return nullptr; }
};

// Where the KA655 enters console mode (the start of its ROM; KA655 manual "Halts").
inline constexpr std::uint32_t kConsoleRomBase = 0x20040000;

// Console-mode restart codes, SAVPSL<13:8> (KA655 manual, "Restart codes").
enum RestartCode : std::uint32_t {
    kRestartExternalHalt = 0x02,
    kRestartPowerUp = 0x03,
    kRestartInterruptStackNotValid = 0x04,
    kRestartHaltInstruction = 0x06,
    kRestartScbVector11 = 0x07,
    kRestartScbVector10 = 0x08,
    kRestartChmOnInterruptStack = 0x0A,
};

class VaxCpu;
using Handler = bool (*)(VaxCpu&);

// One decoded operand (ARM 3.3): for read and modify the value (zero-extended); for a
// register operand its number, else the virtual address; for a branch the target.
struct Operand {
    std::uint64_t value = 0;
    std::uint32_t addr = 0;
    std::int32_t reg = -1;
};

class VaxCpu {
public:
    explicit VaxCpu(PhysicalMemory& memory);

    // ---- configuration ----
    void memory_resized();
    void attach_slice(CpuSlice* slice) { slice_ = slice ? slice : &own_slice_; }
    void set_stop_flag(const bool* flag) { stop_flag_ = flag; }
    void set_observer(InstructionObserver* observer) {
        observer_ = observer;
        attention_ = true;
    }
    void set_io(IoSpace* io) { io_ = io; }
    IoSpace* io() const { return io_; }
    // Watchpoints: while `table` has some, every data access takes the slow path (the
    // translation buffer keeps nothing) and is checked there, by virtual and physical
    // address; hits go to the observer. Null: none.
    void set_watch(BreakpointTable* table) {
        if ((table != nullptr) != watching_) invalidate_tlb();
        watch_table_ = table;
        watching_ = table != nullptr;
    }

    // ---- running ----
    // Power-up state: kernel mode on the interrupt stack at IPL 1F, mapping off (ARM 5.6).
    void reset();
    RunExit run(std::uint64_t budget);
    std::uint64_t executed_last_run() const { return slice_->done(); }
    void request_stop() {
        stop_requested_ = true;
        attention_ = true;
    }
    HaltReason halt_reason() const { return halt_reason_; }
    std::uint32_t halt_detail() const { return halt_detail_; }
    void clear_halt() { halt_reason_ = HaltReason::None; }

    // ---- PSL and modes ----
    std::uint32_t psl() const { return psl_ | cc_; }
    // Loads a whole PSL as the console does (switches the stack pointer, recomputes modes).
    void set_psl(std::uint32_t psl);
    unsigned cur_mode() const { return (psl_ >> kPslCurShift) & 3; }
    std::uint32_t pc() const { return r_[15]; }
    void set_pc(std::uint32_t pc) { r_[15] = pc; }
    bool mapping_enabled() const { return mapen_ != 0; }

    // ---- processor registers (MTPR/MFPR and the console) ----
    // False: no such register (reserved operand for MTPR/MFPR).
    bool read_ipr(std::uint32_t n, std::uint32_t& v);
    bool write_ipr(std::uint32_t n, std::uint32_t v);
    // The stack pointer of a mode (0-3) or the interrupt stack (4), wherever it lives now.
    std::uint32_t stack_pointer(unsigned which) const;
    void set_stack_pointer(unsigned which, std::uint32_t v);

    // ---- translation for the console: no faults, no modify bit ----
    // Physical address of `va` for an access in `mode`, or false.
    bool console_translate(std::uint32_t va, std::uint32_t& pa) const;
    void invalidate_tlb();

    // ---- architected state ----
    std::array<std::uint32_t, 16> r_{};
    std::uint32_t psl_ = 0;  // without the condition codes
    std::uint32_t cc_ = 0;   // N Z V C
    // Saved stack pointers: kernel, executive, supervisor, user, interrupt. The one in use
    // is in R14 and its slot here is stale.
    std::array<std::uint32_t, 5> sp_{};
    std::uint32_t p0br_ = 0, p0lr_ = 0, p1br_ = 0, p1lr_ = 0, sbr_ = 0, slr_ = 0;
    std::uint32_t pcbb_ = 0, scbb_ = 0, astlvl_ = 4, sisr_ = 0, mapen_ = 0;
    std::uint32_t iccs_ = 0, mcesr_ = 0, savpc_ = 0, savpsl_ = 0, todr_ = 0;

    // ---- faults and exceptions (exceptions.cpp) ----
    // Records a fault with up to two parameters (listed from the top of the frame down)
    // and returns false, so that an access can `return set_fault(...)`.
    bool set_fault(std::uint32_t vector, unsigned nparams = 0, std::uint32_t p0 = 0, std::uint32_t p1 = 0);
    bool reserved_operand() { return set_fault(kVecReservedOperand); }
    bool reserved_instruction() { return set_fault(kVecReservedInstruction); }
    bool reserved_addressing_mode() { return set_fault(kVecReservedAddressingMode); }
    // Takes an exception or interrupt now: frame on the kernel or interrupt stack, new
    // PSL, PC from the SCB. `params` are listed from the top of the frame down.
    void take_exception(std::uint32_t vector, const std::uint32_t* params, unsigned nparams, std::uint32_t return_pc,
                        bool interrupt = false, unsigned new_ipl = 0);
    // An arithmetic trap at the end of the current instruction (ARM 5.4.2).
    void arithmetic_trap(std::uint32_t code) {
        trap_code_ = code;
        attention_ = true;
    }
    // Halts the processor (the KA655 enters console mode; without its ROM the run stops).
    bool halt(HaltReason why, std::uint32_t detail = 0);
    // Console mode (KA655 manual, "Halts"): SAVPC and SAVPSL keep the PC and PSL (with the
    // restart code in <13:8> and MAPEN in <15>), memory management goes off, the PSL
    // becomes 041F0000 and the PC the start of the ROM.
    void enter_console(std::uint32_t restart_code);
    // Changes PSL<CUR_MOD>/<IS>, swapping R14 with the saved stack pointers.
    void switch_stack(std::uint32_t new_psl);
    // Something changed that may let an interrupt in (IPL lowered, SISR set).
    void check_interrupts() { attention_ = true; }
    // The CVAX interval timer (ICCS, IPR 18; KA655 manual "Interval timer"): the machine
    // calls this every 10 ms of simulated time; with ICCS<6> set it requests an interrupt
    // at IPL 16 through SCB vector C0.
    void interval_tick() {
        if (iccs_ & kIccsIe) {
            clock_pending_ = true;
            attention_ = true;
        }
    }
    static constexpr std::uint32_t kIccsIe = 0x40;
    static constexpr unsigned kClockIpl = 0x16;
    bool clock_pending_ = false;
    // Emulation trap for the instructions the CVAX leaves to software (ARM 11.3 / CVAX).
    bool emulate(std::uint16_t opcode);

    // ---- memory (memory_access.hpp, mmu.cpp) ----
    inline bool read8(std::uint32_t va, std::uint32_t& v);
    inline bool read16(std::uint32_t va, std::uint32_t& v);
    inline bool read32(std::uint32_t va, std::uint32_t& v);
    bool read64(std::uint32_t va, std::uint64_t& v);
    inline bool write8(std::uint32_t va, std::uint32_t v);
    inline bool write16(std::uint32_t va, std::uint32_t v);
    inline bool write32(std::uint32_t va, std::uint32_t v);
    bool write64(std::uint32_t va, std::uint64_t v);
    bool read_sized(std::uint32_t va, unsigned size, std::uint64_t& v);
    bool write_sized(std::uint32_t va, unsigned size, std::uint64_t v);
    // Stack helpers on R14.
    inline bool push(std::uint32_t v);
    inline bool pop(std::uint32_t& v);
    // Checks that `length` bytes at `va` can be read (or written) in `mode` without
    // changing anything (PROBEx, and instructions that must not fault half-way).
    bool probe(std::uint32_t va, bool write, unsigned mode, bool& ok_out);
    // The host bytes of `va` (to the end of its page) for block moves: false after a
    // fault; `p` null when the page is not memory (I/O space: go byte by byte).
    inline bool host_bytes(std::uint32_t va, bool write, std::uint8_t*& p);
    bool host_bytes_slow(std::uint32_t va, bool write, std::uint8_t*& p);
    // Physical memory and I/O space (longword aligned helpers for the SCB and PTEs).
    bool read_physical32(std::uint32_t pa, std::uint32_t& v);
    bool write_physical32(std::uint32_t pa, std::uint32_t v);

    // The slow paths: page crossing, unaligned, I/O space, TLB miss. Set a fault.
    bool read_slow(std::uint32_t va, unsigned size, std::uint32_t& v);
    bool write_slow(std::uint32_t va, unsigned size, std::uint32_t v);
    // Translates for an access in the current mode, filling the TLB; false after a fault.
    bool translate(std::uint32_t va, bool write, std::uint32_t& pa);

    // ---- instruction stream ----
    inline bool ifetch8(std::uint32_t& v);
    inline bool ifetch(unsigned size, std::uint64_t& v);
    bool ifetch8_slow(std::uint32_t& v);
    bool ifetch_slow(unsigned size, std::uint64_t& v);
    // Forgets the instruction page (any change of translation or mode).
    void flush_ipage() { ipage_vpn_ = ~0u; }

    // ---- operands (operands.cpp) ----
    std::array<Operand, kMaxOperands> op_{};
    // An operand list as the decoder wants it, worked out once per opcode: per operand its
    // access type (Access), its size in bytes (1, 2, 4, 8, 16) and the floating kind of a
    // short literal (0 integer, 1 F/D, 2 G, 3 H).
    struct PackedOperands {
        std::uint8_t count = 0;  // with kResumesWithFpd: MOVC3, MOVC5
        std::uint8_t access[kMaxOperands] = {};
        std::uint8_t size[kMaxOperands] = {};
        std::uint8_t kind[kMaxOperands] = {};
    };
    // In `count`: an instruction that, with PSL<FPD> set, resumes from its registers
    // without decoding its specifiers again (the loop then decodes nothing).
    static constexpr std::uint8_t kResumesWithFpd = 0x80;
    static PackedOperands pack_operands(const OperandList& list);
    // Decodes the specifiers of the current instruction (ARM 3.3) into op_.
    bool decode_operands(const PackedOperands& ops);
    // The same from `pc` (the instruction loop has the PC in hand after the opcode).
    bool decode_operands_at(const PackedOperands& ops, std::uint32_t pc);
    // Writes a result to a decoded write or modify operand.
    inline bool store(const Operand& o, unsigned size, std::uint64_t v);
    // Register log for backing out autoincrement/autodecrement (and handlers that change
    // registers before a possible fault).
    // The instruction is past the point of backing out (first part done): the specifiers'
    // register changes stay.
    void commit_registers() { rlog_n_ = 0; }
    void log_register(unsigned n) {
        if (rlog_n_ < rlog_.size()) rlog_[rlog_n_++] = {static_cast<std::uint8_t>(n), r_[n]};
    }
    std::uint32_t pc0_ = 0;      // the opcode's address
    // The current instruction's opcode (FDxx for two-byte ones), read again at pc0_.
    std::uint16_t current_opcode();

    // ---- the decode table: one entry per opcode index (opcode_table.hpp) ----
    struct DecodeEntry {
        Handler handler = nullptr;
        PackedOperands operands;  // what the loop decodes before the handler
        OperandList emulated;     // the specifiers of an emulated instruction, decoded by its handler
        PackedOperands emulated_packed;
        std::uint16_t opcode = 0;
    };
    std::array<DecodeEntry, 512> decode_{};

    // ---- derived mode state ----
    unsigned mode_ = 0;  // current mode, from psl_
    bool attention_ = true;

    // Translation buffer: direct mapped on the virtual page number. An entry is usable for
    // reads in mode m when bit m of `read` is set, for writes when bit m of `write` is
    // (set only once the PTE's modify bit is). Pages outside memory are never entered.
    static constexpr unsigned kTlbBits = 10;
    struct TlbEntry {
        std::uint32_t vpn = ~0u;
        std::uint32_t pa = 0;  // physical page base
        std::uint8_t read = 0, write = 0;
        // A page outside memory (I/O space): held for TBCHK only, never a fast-path hit.
        std::uint8_t io = 0;
    };
    std::array<TlbEntry, 1u << kTlbBits> tlb_{};

    PhysicalMemory& memory() { return mem_; }

private:
    friend class ExecuteLoop;
    void run_loop();
    bool attend();  // between instructions when attention_ is set; false: leave run()
    void abort_instruction();
    bool take_pending_interrupt();
    bool push_frame(std::uint32_t v);
    void build_decode_table();
    bool translate_walk(std::uint32_t va, bool write, unsigned mode, bool fill, std::uint32_t& pa,
                        std::uint32_t& fault_vec, std::uint32_t& fault_param) const;
    void tlb_fill(std::uint32_t va, std::uint32_t pa_page, std::uint32_t pte, bool system_or_off);

    PhysicalMemory& mem_;
    std::uint8_t* mem_data_ = nullptr;
    std::uint8_t* dirty_ = nullptr;
    std::uint32_t mem_size_ = 0;
    IoSpace* io_ = nullptr;
    BreakpointTable* watch_table_ = nullptr;
    bool watching_ = false;
    bool fetching_ = false;  // instruction-stream reads are not data accesses
    void check_watch(std::uint32_t va, std::uint32_t pa, unsigned size, bool write);
    const bool* stop_flag_ = nullptr;
    InstructionObserver* observer_ = nullptr;

    // Pending fault of the instruction in progress.
    bool fault_ = false;
    std::uint32_t fault_vector_ = 0;
    unsigned fault_nparams_ = 0;
    std::uint32_t fault_params_[2] = {};
    std::uint32_t trap_code_ = 0;
    bool in_exception_ = false;  // pushing a frame: a fault there is fatal to the stack

    struct LoggedRegister {
        std::uint8_t n;
        std::uint32_t value;
    };
    std::array<LoggedRegister, 16> rlog_{};
    unsigned rlog_n_ = 0;

    HaltReason halt_reason_ = HaltReason::None;
    std::uint32_t halt_detail_ = 0;
    bool stop_requested_ = false;
    RunExit exit_ = RunExit::Budget;
    CpuSlice own_slice_;
    CpuSlice* slice_ = &own_slice_;

public:
    // Instruction-stream look-aside: the page the PC is in, readable in the current mode,
    // and its bytes in host memory.
    std::uint32_t ipage_vpn_ = ~0u;
    const std::uint8_t* ipage_host_ = nullptr;
};

}  // namespace simmon::vax
