// The VAX processor device (see vax_cpu_device.hpp).
#include "machines/vax/vax_cpu_device.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/machine/machine.hpp"
#include "core/scheduler/line_rate.hpp"
#include "core/state/state_archive.hpp"
#include "machines/vax/disasm/assembler.hpp"
#include "machines/vax/disasm/disassembler.hpp"

namespace simmon::vax {
namespace {

constexpr std::uint64_t kMinMemory = 16ull << 20;
constexpr std::uint64_t kMaxMemory = 64ull << 20;
constexpr const char* kModeNames[4] = {"kernel", "executive", "supervisor", "user"};

}  // namespace

VaxCpuDevice::VaxCpuDevice(Machine& machine, PhysicalMemory& memory, VaxSystem& system)
    : Cpu(machine, "CPU", "CVAX (KA655) processor"), memory_(memory), io_(system), core_(memory) {
    add_unit("CPU", false);
    set_address_spaces({AddressSpace{kSpacePhysical, "physical", switch_bit('p'), 1, ByteOrder::Little, 30, true},
                        AddressSpace{kSpaceVirtual, "virtual", switch_bit('v'), 1, ByteOrder::Little, 32, false}},
                       kSpaceVirtual);
    set_instruction_time(kInstructionTime);
    core_.attach_slice(&slice_);
    core_.set_stop_flag(&machine.signals().stop);
    core_.set_io(&io_);
    clock_event_ = machine.scheduler().add_handler("CPU-CLOCK", [this] {
        core_.interval_tick();
        schedule_clock();
    });
    define_registers();
    define_modifiers();
}

void VaxCpuDevice::reset() {
    core_.reset();
    io_.reset();
    schedule_clock();
    power_on();
}

void VaxCpuDevice::power_on() {
    // The KA655 starts in console mode, at the ROM, with restart code 3 (power-up).
    if (io_.rom_loaded()) core_.enter_console(kRestartPowerUp);
}

Status VaxCpuDevice::boot(Unit&) {
    if (!io_.rom_loaded()) return Status::error("BOOT CPU needs the console ROM (LOAD -r ka655x.bin)");
    return Status::ok();  // the machine was reset just before: at the ROM, in console mode
}

// The interval timer ticks at 100 Hz in simulated time, on the line-rate schedule.
void VaxCpuDevice::schedule_clock() {
    machine().scheduler().activate(clock_event_, time_to_next_line_tick(machine().scheduler().now(), 100));
}

// The interval clock ticks on the 100 Hz grid from power-up (its event is always queued),
// so its ticks are the grid's up to now; ICCS<6> decides whether a tick interrupts.
std::vector<std::string> VaxCpuDevice::clock_status() const {
    const SimTime now = machine().scheduler().now();
    std::vector<std::string> out;
    out.push_back(fmt::format("interval clock (ICCS), 100 Hz, {} ticks, interrupt {}{}, next tick in {} ns",
                              line_ticks_until(now, 100), (core_.iccs_ & VaxCpu::kIccsIe) ? "enabled" : "disabled",
                              core_.clock_pending_ ? ", request pending" : "", time_to_next_line_tick(now, 100)));
    for (std::string& line : io_.ssc().clock_status()) out.push_back(std::move(line));
    return out;
}

void VaxCpuDevice::update_observer() {
    BreakpointTable& bp = machine().breakpoints();
    const bool armed = bp.exec_armed() || bp.watch_armed() || !history_.empty();
    core_.set_observer(armed ? this : nullptr);
    core_.set_watch(bp.watch_armed() ? &bp : nullptr);
}

void VaxCpuDevice::watch_hit(const StopInfo& stop) {
    machine().request_stop(StopCode::Watchpoint, stop.message, stop.actions);
}

bool VaxCpuDevice::before_instruction(std::uint32_t pc) {
    // CONTINUE after a stop at a breakpoint executes that instruction first.
    if (machine().breakpoints().exec_armed() && !machine().breakpoints().consume_skip(pc)) {
        StopInfo stop;
        std::uint32_t pa = 0;
        const bool mapped = core_.console_translate(pc, pa);
        if (machine().breakpoints().check_execute(pc, kSpaceVirtual, stop) ||
            (mapped && machine().breakpoints().check_execute(pa, kSpacePhysical, stop))) {
            machine().request_stop(StopCode::Breakpoint, stop.message, stop.actions);
            return false;
        }
    }
    if (!history_.empty()) {
        HistoryEntry& h = history_[history_next_];
        h.pc = pc;
        h.psl = core_.psl();
        h.length = 0;
        for (unsigned i = 0; i < sizeof h.bytes; ++i) {
            std::uint64_t b = 0;
            if (!examine(kSpaceVirtual, pc + i, 0, b)) break;
            h.bytes[i] = static_cast<std::uint8_t>(b);
            h.length = static_cast<std::uint8_t>(i + 1);
        }
        history_next_ = (history_next_ + 1) % history_.size();
        ++history_count_;
    }
    return true;
}

std::string VaxCpuDevice::halt_message() const {
    switch (core_.halt_reason()) {
        case HaltReason::HaltInstruction: return "HALT instruction";
        case HaltReason::InterruptStackNotValid: return "Interrupt stack not valid";
        case HaltReason::ScbVector: return fmt::format("SCB vector {:02X} halts the processor", core_.halt_detail());
        case HaltReason::ChmOnInterruptStack: return "CHMx on the interrupt stack";
        case HaltReason::Unimplemented: {
            const OpcodeInfo* info = find_opcode(static_cast<std::uint16_t>(core_.halt_detail()));
            return fmt::format("Unimplemented instruction {} ({:X})", info ? info->mnemonic : "?", core_.halt_detail());
        }
        default: return "Halt";
    }
}

std::uint64_t VaxCpuDevice::execute(std::uint64_t budget) {
    update_observer();
    if (!machine().scheduler().is_active(clock_event_)) schedule_clock();
    const RunExit exit = core_.run(budget);
    const std::uint64_t done = core_.executed_last_run();
    instructions_ += done;
    if (exit == RunExit::Halt)
        machine().request_stop(core_.halt_reason() == HaltReason::Unimplemented ? StopCode::Unimplemented : StopCode::Halt,
                               halt_message());
    return done;
}

bool VaxCpuDevice::console_address(int space, Addr addr, std::uint32_t& pa) const {
    if (addr > 0xFFFFFFFFull) return false;
    if (space == kSpaceVirtual) return core_.console_translate(static_cast<std::uint32_t>(addr), pa);
    pa = static_cast<std::uint32_t>(addr);
    return pa < 0x40000000u;
}

bool VaxCpuDevice::examine(int space, Addr addr, Switches, std::uint64_t& value) {
    std::uint32_t pa = 0;
    if (!console_address(space, addr, pa)) return false;
    if (pa < memory_.size()) {
        value = memory_.read8(pa);
        return true;
    }
    std::uint32_t v = 0;
    if (!io_.read(pa, 1, v)) return false;
    value = v & 0xFF;
    return true;
}

bool VaxCpuDevice::deposit(int space, Addr addr, Switches, std::uint64_t value) {
    std::uint32_t pa = 0;
    if (!console_address(space, addr, pa)) return false;
    if (pa < memory_.size()) {
        memory_.write8(pa, static_cast<std::uint8_t>(value));
        return true;
    }
    return io_.write(pa, 1, static_cast<std::uint32_t>(value & 0xFF));
}

std::string VaxCpuDevice::disassemble(Addr addr, Switches switches, int& bytes_used) {
    std::uint8_t bytes[64];
    std::size_t n = 0;
    // -v virtual, -p or EXAMINE's default physical; a call with no switches at all (the
    // SCP describing a stop at the PC) reads where the PC points, through the mapping.
    const int space = (has_switch(switches, 'v') || switches == 0) ? kSpaceVirtual : kSpacePhysical;
    for (; n < sizeof bytes; ++n) {
        std::uint64_t b = 0;
        if (!examine(space, addr + n, 0, b)) break;
        bytes[n] = static_cast<std::uint8_t>(b);
    }
    return vax::disassemble(bytes, n, static_cast<std::uint32_t>(addr), bytes_used);
}

Status VaxCpuDevice::assemble(std::string_view text, Addr addr, Switches, std::vector<std::uint64_t>& out) {
    std::vector<std::uint8_t> bytes;
    if (Status s = vax::assemble(text, static_cast<std::uint32_t>(addr), bytes); !s) return s;
    out.assign(bytes.begin(), bytes.end());
    return Status::ok();
}

Status VaxCpuDevice::set_history(std::size_t entries) {
    if (entries > (1u << 22)) return Status::error("history is limited to 4M entries");
    history_.assign(entries, HistoryEntry{});
    history_next_ = 0;
    history_count_ = 0;
    return Status::ok();
}

std::vector<std::string> VaxCpuDevice::history_lines(std::size_t last_n) {
    std::vector<std::string> lines;
    if (history_.empty()) return lines;
    const std::size_t n = std::min<std::uint64_t>({last_n, history_count_, history_.size()});
    lines.push_back("PC       PSL      instruction");
    for (std::size_t k = n; k > 0; --k) {
        const HistoryEntry& h = history_[(history_next_ + history_.size() - k) % history_.size()];
        int used = 0;
        lines.push_back(fmt::format("{:08X} {:08X} {}", h.pc, h.psl, vax::disassemble(h.bytes, h.length, h.pc, used)));
    }
    return lines;
}

Status VaxCpuDevice::set_memory_size(std::uint64_t bytes) {
    if (bytes < kMinMemory || bytes > kMaxMemory || bytes % (16ull << 20) != 0)
        return Status::error("MicroVAX 3900 memory is 16M, 32M, 48M or 64M");
    memory_.resize(static_cast<std::size_t>(bytes));
    core_.memory_resized();
    return Status::ok();
}

void VaxCpuDevice::define_registers() {
    static const char* kNames[16] = {"R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7",
                                     "R8", "R9", "R10", "R11", "AP", "FP", "SP", "PC"};
    for (unsigned r = 0; r < 16; ++r)
        add_register(reg_field(kNames[r], core_.r_[r], 32, Radix::Hex,
                               r < 12 ? fmt::format("general register {}", r)
                                      : fmt::format("general register {} ({})", r, kNames[r])));
    for (unsigned r = 12; r < 16; ++r)
        add_register(reg_field(fmt::format("R{}", r), core_.r_[r], 32, Radix::Hex, fmt::format("general register {} ({})", r, kNames[r])));
    add_register(reg_computed("PSL", 32, Radix::Hex, "processor status longword", [this] { return core_.psl(); },
                              [this](std::uint64_t v) { core_.set_psl(static_cast<std::uint32_t>(v)); }));
    static const char* kStacks[5] = {"KSP", "ESP", "SSP", "USP", "ISP"};
    for (unsigned i = 0; i < 5; ++i)
        add_register(reg_computed(kStacks[i], 32, Radix::Hex, fmt::format("{} stack pointer", i < 4 ? kModeNames[i] : "interrupt"),
                                  [this, i] { return core_.stack_pointer(i); },
                                  [this, i](std::uint64_t v) { core_.set_stack_pointer(i, static_cast<std::uint32_t>(v)); }));
    struct Ipr {
        const char* name;
        std::uint32_t number;
        const char* help;
    };
    static const Ipr kIprs[] = {
        {"P0BR", kIprP0BR, "P0 base register"},         {"P0LR", kIprP0LR, "P0 length register"},
        {"P1BR", kIprP1BR, "P1 base register"},         {"P1LR", kIprP1LR, "P1 length register"},
        {"SBR", kIprSBR, "system base register"},       {"SLR", kIprSLR, "system length register"},
        {"PCBB", kIprPCBB, "process control block base"}, {"SCBB", kIprSCBB, "system control block base"},
        {"ASTLVL", kIprASTLVL, "AST level"},            {"SISR", kIprSISR, "software interrupt summary"},
        {"MAPEN", kIprMAPEN, "memory management enable"}, {"TODR", kIprTODR, "time-of-year register"},
    };
    for (const Ipr& ipr : kIprs)
        add_register(reg_computed(ipr.name, 32, Radix::Hex, ipr.help,
                                  [this, n = ipr.number] {
                                      std::uint32_t v = 0;
                                      core_.read_ipr(n, v);
                                      return std::uint64_t{v};
                                  },
                                  [this, n = ipr.number](std::uint64_t v) { core_.write_ipr(n, static_cast<std::uint32_t>(v)); }));
}

void VaxCpuDevice::define_modifiers() {
    Modifier memory;
    memory.name = "MEMORY";
    memory.help = "main memory: MEMORY=16M, 32M, 48M or 64M";
    memory.takes_value = true;
    memory.set = [this](Unit*, std::string_view value) {
        std::uint64_t n = 0;
        std::size_t i = 0;
        while (i < value.size() && value[i] >= '0' && value[i] <= '9' && n < 100000) n = n * 10 + static_cast<unsigned>(value[i++] - '0');
        const std::string_view unit = value.substr(i);
        if (i == 0 || !(unit == "M" || unit == "m")) return Status::error(fmt::format("bad memory size: {} (write 16M ... 64M)", value));
        return set_memory_size(n << 20);
    };
    memory.show = [this](const Unit*) { return fmt::format("{}M", memory_.size() >> 20); };
    memory.in_summary = true;
    add_modifier(std::move(memory));
    for (unsigned mb : {16u, 32u, 48u, 64u}) {
        Modifier m;
        m.name = fmt::format("{}M", mb);
        m.help = fmt::format("{} MB of main memory", mb);
        m.set = [this, mb](Unit*, std::string_view) { return set_memory_size(std::uint64_t{mb} << 20); };
        add_modifier(std::move(m));
    }
}

std::string VaxCpuDevice::show_status() const {
    const std::uint32_t psl = core_.psl();
    return fmt::format("KA655 (CVAX), {}M memory, PSL {:08X} ({} mode{}, IPL {:X}), memory management {}",
                       memory_.size() >> 20, psl, kModeNames[core_.cur_mode()], (psl & kPslIS) ? ", interrupt stack" : "",
                       (psl & kPslIpl) >> kPslIplShift, core_.mapping_enabled() ? "on" : "off");
}

// Everything the processor holds between instructions, for save and load alike.
void VaxCpuDevice::serialize(StateArchive& s) {
    std::uint32_t size = static_cast<std::uint32_t>(memory_.size());
    s(size);
    if (s.loading() && !s.failed())
        if (Status st = set_memory_size(size); !st) return s.fail(st.message());
    s.raw(memory_.data(), memory_.size());
    if (s.loading()) memory_.mark_dirty(0, memory_.size());
    VaxCpu& c = core_;
    s(c.r_);
    std::uint32_t psl = c.psl();
    s(psl);
    s(c.sp_);
    s(c.p0br_);
    s(c.p0lr_);
    s(c.p1br_);
    s(c.p1lr_);
    s(c.sbr_);
    s(c.slr_);
    s(c.pcbb_);
    s(c.scbb_);
    s(c.astlvl_);
    s(c.sisr_);
    s(c.mapen_);
    s(c.iccs_);
    s(c.mcesr_);
    s(c.savpc_);
    s(c.savpsl_);
    s(c.todr_);
    s(c.clock_pending_);
    io_.serialize(s);
    if (!s.loading() || s.failed()) return;
    // The saved SP slot of the current stack is stale by design; put the PSL back without
    // swapping R14 through it.
    c.psl_ = psl & ~0xFu;
    c.cc_ = psl & 0xFu;
    c.mode_ = c.cur_mode();
    c.invalidate_tlb();
    c.check_interrupts();
}

}  // namespace simmon::vax
