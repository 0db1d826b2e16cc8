// The System/360 Model 65/67 processor: general, floating-point and (67) control
// registers, the PSW, storage keys, the 67's dynamic address translation, and the
// instruction loop. It sees real storage through the machine's PhysicalMemory and its
// channels through IoInterface; it knows no SCP, so tests drive it directly.
//
// Program interruptions are not C++ exceptions: an operand access that fails calls
// program_interrupt() (the one place every program interruption passes, where a
// virtualization assist will hook in), which swaps the PSWs at once, and returns false;
// the handler then returns, and the loop carries on at the new PSW's address. That costs a
// branch per access, and under CP-67, where every privileged instruction of a guest and
// every page fault is a program interruption, no unwinding.
//
// Sources: IBM System/360 Principles of Operation GA22-6821 ("PoO"); IBM System/360 Model
// 67 Functional Characteristics GA27-2719 ("FC67"); ../shared/docs/s360-67-reference.md.
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "core/breakpoints/breakpoints.hpp"
#include "core/memory/physical_memory.hpp"
#include "core/scheduler/cpu_slice.hpp"
#include "machines/s360/bus/io_interface.hpp"
#include "machines/s360/bus/storage_keys.hpp"
#include "machines/s360/cpu/cpu_stats.hpp"

namespace simmon::s360 {

enum class CpuModel : std::uint8_t { Model65, Model67 };

// Permanently assigned real storage locations (PoO "Permanent Storage Assignment").
inline constexpr std::uint32_t kIplPsw = 0x00;
inline constexpr std::uint32_t kExternalOldPsw = 0x18;
inline constexpr std::uint32_t kSvcOldPsw = 0x20;
inline constexpr std::uint32_t kProgramOldPsw = 0x28;
inline constexpr std::uint32_t kMachineCheckOldPsw = 0x30;
inline constexpr std::uint32_t kIoOldPsw = 0x38;
inline constexpr std::uint32_t kCsw = 0x40;
inline constexpr std::uint32_t kCaw = 0x48;
inline constexpr std::uint32_t kTimer = 0x50;
inline constexpr std::uint32_t kExternalNewPsw = 0x58;
inline constexpr std::uint32_t kSvcNewPsw = 0x60;
inline constexpr std::uint32_t kProgramNewPsw = 0x68;
inline constexpr std::uint32_t kMachineCheckNewPsw = 0x70;
inline constexpr std::uint32_t kIoNewPsw = 0x78;
// Extended-PSW mode has no interruption-code field in the PSW: the 67 stores the codes in
// these halfwords (FC67; reference section 3).
inline constexpr std::uint32_t kExtExternalCode = 0x0E;
inline constexpr std::uint32_t kExtSvcCode = 0x10;
inline constexpr std::uint32_t kExtProgramCode = 0x12;
inline constexpr std::uint32_t kExtIoCode = 0x16;

// Program interruption codes (PoO "Program Interruption"; FC67 for X'10' and X'11').
enum ProgramCode : std::uint16_t {
    kOperation = 0x01,
    kPrivilegedOperation = 0x02,
    kExecute = 0x03,
    kProtection = 0x04,
    kAddressing = 0x05,
    kSpecification = 0x06,
    kData = 0x07,
    kFixedOverflow = 0x08,
    kFixedDivide = 0x09,
    kDecimalOverflow = 0x0A,
    kDecimalDivide = 0x0B,
    kExponentOverflow = 0x0C,
    kExponentUnderflow = 0x0D,
    kSignificance = 0x0E,
    kFloatingDivide = 0x0F,
    kSegmentTranslation = 0x10,
    kPageTranslation = 0x11,
};

// Program-mask bits (PSW bits 36-39).
inline constexpr std::uint8_t kPmFixedOverflow = 8;
inline constexpr std::uint8_t kPmDecimalOverflow = 4;
inline constexpr std::uint8_t kPmExponentUnderflow = 2;
inline constexpr std::uint8_t kPmSignificance = 1;

// External interruption code bits (PoO "External Interruption"), also CR6 bits 24-31.
inline constexpr std::uint8_t kExtTimer = 0x80;
inline constexpr std::uint8_t kExtInterruptKey = 0x40;

// A storage key byte as ISK shows it in R1 bits 24-31: key, fetch protection, reference,
// change (FC67: the 67 keeps reference and change bits in its keys).
inline constexpr std::uint8_t kKeyMask = 0xF0;
inline constexpr std::uint8_t kKeyFetch = 0x08;
inline constexpr std::uint8_t kKeyReference = 0x04;
inline constexpr std::uint8_t kKeyChange = 0x02;
inline constexpr unsigned kKeyBlockShift = 11;  // one key per 2048 bytes

// Looks at every instruction before it runs while set (breakpoints, history): the
// machine installs one only when it needs it, so a plain run pays nothing for it.
class InstructionObserver {
public:
    virtual ~InstructionObserver() = default;
    // `ia` is the instruction's address as the PSW gives it. False: stop before it.
    virtual bool before_instruction(std::uint32_t ia) = 0;
    // A data access touched a watchpoint: the machine stops after this instruction.
    virtual void watch_hit(const StopInfo& stop) { (void)stop; }
};

// The address spaces watchpoints are looked up in (the CPU device publishes the same
// ids): real storage, and addresses as the program gives them (translated under DAT).
inline constexpr int kWatchSpaceReal = 0;
inline constexpr int kWatchSpaceVirtual = 1;

// Why run() returned.
enum class RunExit : std::uint8_t { Budget, DisabledWait, EnabledWait, Stop };

class S360Cpu : public StorageKeys {
public:
    S360Cpu(PhysicalMemory& memory, IoInterface& io);

    // ---- configuration ----
    void set_model(CpuModel model);
    CpuModel model() const { return model_; }
    // Call after the memory is resized: the key array follows it.
    void memory_resized();
    // The slice whose `left` run() counts down (the machine passes its Cpu's).
    void attach_slice(CpuSlice* slice) { slice_ = slice ? slice : &own_slice_; }
    // The channel subsystem (devices/ibm/ plugs in here; until then the machine's default).
    void set_io(IoInterface& io) { io_ = &io; }
    // A flag run() looks at between instructions whenever attention_ is set (the
    // machine's stop signal); the instructions that may set it (I/O) set attention_.
    void set_stop_flag(const bool* flag) { stop_flag_ = flag; }
    void set_observer(InstructionObserver* observer) {
        observer_ = observer;
        attention_ = true;
    }
    // Data watchpoints: the table while one is armed, else null. Every operand access
    // then takes one more branch to look it up; with none armed it costs that branch.
    // Needs an observer to report to (the machine sets both).
    void set_watch(BreakpointTable* table) {
        watch_table_ = table;
        watching_ = table != nullptr;
        forget_blocks();
    }

    // ---- running ----
    // System reset (PoO "System Reset"): registers kept, PSW zero, CRs to reset values,
    // keys zero, nothing pending.
    void reset();
    // Runs at most `budget` instructions; returns why it stopped. Interruptions and waits
    // are handled inside.
    RunExit run(std::uint64_t budget);
    std::uint64_t executed_last_run() const { return slice_->done(); }
    // Asks run() to return after the current instruction (SCP stop, WRU).
    void request_stop() { stop_requested_ = true; attention_ = true; }

    // ---- PSW ----
    // Loads a PSW in the current format (basic, or extended when CR6 bit 8 is on).
    // Returns false when the PSW's format is invalid (extended mode only).
    bool load_psw(std::uint64_t psw);
    std::uint64_t current_psw() const;
    // Loads the PSW at real location 0 (after an IPL's channel program read it there).
    void ipl_load_psw();
    bool extended_mode() const { return (cr_[6] & kCr6Extended) != 0; }
    bool dat_on() const { return dat_on_; }
    bool problem_state() const { return problem_; }
    bool waiting() const { return wait_; }
    std::uint32_t instruction_address() const { return ia_; }
    void set_instruction_address(std::uint32_t a) { ia_ = a & amask_; }

    // ---- interruption requests from outside the instruction stream ----
    void request_external(std::uint8_t code_bits);  // kExtTimer, kExtInterruptKey ...
    void request_restart();
    // A channel may have an interruption pending: look at the next instruction boundary.
    void signal_io() { attention_ = true; }
    // The interval timer (PoO "Interval Timer"): subtracts `units` of bit 31 from the
    // word at real X'50'; going from positive to negative requests the timer interruption.
    void advance_timer(std::uint32_t units);

    // ---- storage keys, reference and change (also used by the channels) ----
    std::uint8_t storage_key(std::uint32_t real) const override {
        return real < mem_size_ ? keys_[real >> kKeyBlockShift] : 0;
    }
    void set_storage_key(std::uint32_t real, std::uint8_t key) {
        keys_[real >> kKeyBlockShift] = key & 0xFE;
        forget_blocks();
    }
    // A channel transfer of `length` bytes at real `addr`: sets reference (and change when
    // `stored`) in every 2K block it touched.
    void note_channel_access(std::uint32_t addr, std::uint32_t length, bool stored) override;

    // ---- the one program-interruption function ----
    // Stores the program old PSW with `code` and the current ILC, loads the program new
    // PSW. Always returns false, so that an access helper can `return program_interrupt(c)`.
    bool program_interrupt(std::uint16_t code);
    // SVC: code = the instruction's I field, ILC of the SVC (or of the EX executing it).
    void supervisor_call(std::uint8_t number);

    // ---- DAT (Model 67) ----
    // Translates `va` with the current CR0 and mode, as LRA and EXAMINE -v do: no
    // interruption; returns 0 and the real address, or 1 (segment index beyond the table),
    // 4 (segment entry invalid), 2 (page), 3 (table beyond storage) for a failure, with `table_entry` the real address of the entry.
    int translate_probe(std::uint32_t va, std::uint32_t& ra, std::uint32_t& table_entry) const;
    void purge_tlb();

    // ---- architected state (public: handlers are free functions, tests inspect it) ----
    std::array<std::uint32_t, 16> gr_{};
    std::array<std::uint64_t, 4> fpr_{};  // FPR 0, 2, 4, 6
    std::array<std::uint32_t, 16> cr_{};
    // The PSW, unpacked. sys_mask_ is PSW bits 0-7 in either format.
    std::uint8_t sys_mask_ = 0;
    std::uint8_t key_ = 0;
    bool ascii_ = false;
    bool mcheck_mask_ = false;
    bool wait_ = false;
    bool problem_ = false;
    std::uint32_t cc_ = 0;
    std::uint32_t pm_ = 0;
    std::uint32_t ia_ = 0;
    std::uint32_t ilc_ = 0;  // of the instruction being executed (EX: the EX's)

    static constexpr std::uint32_t kCr6Extended = 0x00800000;

    // Derived from the PSW and CR6 (recompute_modes()).
    bool dat_on_ = false;
    bool mode32_ = false;
    std::uint32_t amask_ = 0x00FFFFFF;

    CpuStats stats_;

    // ---- storage access (storage.hpp): logical addresses, raising interruptions ----
    // `length` bytes from `va` are accessed (for watchpoints; 0: do not look).
    inline bool to_real(std::uint32_t va, bool store, std::uint32_t& ra, unsigned length = 1);
    inline bool fetch8(std::uint32_t va, std::uint32_t& v);
    inline bool fetch16(std::uint32_t va, std::uint32_t& v);  // caller checked alignment
    inline bool fetch32(std::uint32_t va, std::uint32_t& v);
    inline bool fetch64(std::uint32_t va, std::uint64_t& v);
    inline bool store8(std::uint32_t va, std::uint32_t v);
    inline bool store16(std::uint32_t va, std::uint32_t v);
    inline bool store32(std::uint32_t va, std::uint32_t v);
    inline bool store64(std::uint32_t va, std::uint64_t v);
    template <typename T>
    inline void store_real(std::uint32_t ra, T v);  // aligned operands only

    // A storage operand of 1-256 bytes made addressable before anything is changed: at
    // most two real pieces (a page or 2^24 wrap splits it). Byte i is at real(i).
    struct Operand {
        std::uint32_t ra0 = 0, ra1 = 0, split = 0, length = 0;
        std::uint32_t real(std::uint32_t i) const { return i < split ? ra0 + i : ra1 + (i - split); }
    };
    // Checks every byte of [va, va+length) for the access (translation, addressing,
    // protection), sets reference/change, fills `op`. False after the interruption.
    bool prepare_operand(std::uint32_t va, std::uint32_t length, bool store, Operand& op);
    std::uint8_t mem_byte(std::uint32_t ra) const { return mem_.read8(ra); }
    void set_mem_byte(std::uint32_t ra, std::uint8_t v) { mem_.write8(ra, v); }

    PhysicalMemory& memory() { return mem_; }
    IoInterface& io() { return *io_; }

    // Which channels may interrupt now (IoInterface's mask) and which external sources.
    std::uint8_t io_channel_mask() const;
    std::uint8_t external_enabled_sources() const;
    // Called after the PSW or CR6 changed: DAT mode, address mask, dispatch table,
    // attention for newly enabled interruptions.
    void recompute_modes();

    // Where DAT walks go on a TLB miss (dat.cpp).
    bool dat_walk(std::uint32_t va, std::uint32_t& ra);
    // Invalid segment-table entry: page-translation (sims) or segment-translation code.
    bool invalid_segment_is_segment_exception_ = true;

    // The 2K blocks the program is using, each once translation, addressing and the key
    // allowed the access and its reference (and for stores change) bit was set: the block
    // instructions come from (execute.cpp; logical address, a multiple of 2K, and where it
    // is in host memory), and the last blocks data was fetched from and stored into
    // (storage.hpp; logical and real address). An access inside one costs a compare.
    // Anything that could change the verdict forgets them all: a PSW or CR6 change (key,
    // translation), a look-aside purge or fill, SSK, a resize, arming a watchpoint, and
    // every entry to run() (the SCP may have changed anything).
    void forget_blocks() {
        fetch_block_ = kNoFetchBlock;
        read_block_ = kNoBlock;
        write_block_ = kNoBlock;
    }
    static constexpr std::uint32_t kNoBlock = 2;  // never a multiple of 2K
    // The fetch block is 64-bit so that the loop tests "inside the block and even" with
    // one subtract, rotate and compare (execute.cpp); no 32-bit address is 2^40 away.
    static constexpr std::uint64_t kNoFetchBlock = std::uint64_t{1} << 40;
    std::uint64_t fetch_block_ = kNoFetchBlock;
    const std::uint8_t* fetch_host_ = nullptr;
    std::uint32_t read_block_ = kNoBlock, read_real_ = 0;
    std::uint32_t write_block_ = kNoBlock, write_real_ = 0;
    // Where real storage is in host memory (the loads and stores of storage.hpp), taken
    // again by memory_resized() and every run().
    std::uint8_t* host_ = nullptr;

private:
    friend struct Dispatch;
    const std::uint8_t* fetch_refill(std::uint32_t ia);
    void fetch_fault_or_slow(std::uint32_t& iw, std::uint32_t& iw2, bool& ok);
    bool fetch_halfword(std::uint32_t va, std::uint32_t& v);  // instruction fetch, not watched
    void check_watch(std::uint32_t va, std::uint32_t ra, unsigned length, bool store);
    bool attend();  // between instructions when attention_ is set; false: leave run()
    bool take_pending_interruption();
    void swap_psw(std::uint32_t old_at, std::uint32_t new_at, std::uint16_t code, std::uint32_t ext_code_at);
    void run_loop();

    PhysicalMemory& mem_;
    IoInterface* io_;
    const bool* stop_flag_ = nullptr;
    InstructionObserver* observer_ = nullptr;
    BreakpointTable* watch_table_ = nullptr;
    bool watching_ = false;
    CpuModel model_ = CpuModel::Model67;
    std::vector<std::uint8_t> keys_;
    std::uint32_t mem_size_ = 0;

public:
    // Translation look-aside: 8 entries (FC67's associative array), indexed by the low
    // three bits of the virtual page number; tag ~0 is empty.
    struct TlbEntry {
        std::uint32_t vpage = ~0u;
        std::uint32_t frame = 0;
    };
    std::array<TlbEntry, 8> tlb_{};

    // Dispatch: opcode -> handler index, one table per state (privileged opcodes in
    // problem state go to the privileged-operation handler), from the isa table.
    std::array<std::uint8_t, 256> decode_supervisor_{};
    std::array<std::uint8_t, 256> decode_problem_{};
    const std::uint8_t* decode_ = decode_supervisor_.data();

    bool attention_ = true;
    bool stop_requested_ = false;
    bool restart_pending_ = false;
    std::uint8_t ext_pending_ = 0;
    RunExit exit_ = RunExit::Budget;

private:
    std::uint64_t stats_mark_ = 0;
    bool problem_prev_ = false;
    bool dat_prev_ = false;
    bool psw_invalid_ = false;  // a loaded PSW had invalid bits: specification next
    CpuSlice own_slice_;
    CpuSlice* slice_ = &own_slice_;
};

}  // namespace simmon::s360
