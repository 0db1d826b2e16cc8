// The S/360 processor device (see s360_cpu_device.hpp).
#include "machines/s360/s360_cpu_device.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "core/machine/machine.hpp"
#include "core/scheduler/line_rate.hpp"
#include "core/state/state_archive.hpp"
#include "machines/s360/disasm/disassembler.hpp"

namespace simmon::s360 {
namespace {

constexpr std::uint64_t kMinMemory = 16 * 1024;
constexpr std::uint64_t kMaxMemory = 8 * 1024 * 1024;

std::string memory_text(std::uint64_t bytes) {
    return bytes % (1024 * 1024) == 0 ? fmt::format("{}M", bytes >> 20) : fmt::format("{}K", bytes >> 10);
}

const char* kProgramCodeNames[] = {"",         "operation",     "privileged op",  "execute",       "protection",
                                   "addressing", "specification", "data",          "fixed overflow", "fixed divide",
                                   "decimal overflow", "decimal divide", "exponent overflow", "exponent underflow",
                                   "significance", "floating divide", "segment translation", "page translation"};

}  // namespace

S360CpuDevice::S360CpuDevice(Machine& machine, PhysicalMemory& memory, IoInterface& io)
    : Cpu(machine, "CPU", "IBM System/360 Model 65/67 processor"), memory_(memory), core_(memory, io) {
    set_address_spaces({AddressSpace{kSpaceReal, "real", switch_bit('p'), 1, ByteOrder::Big, 24, true},
                        AddressSpace{kSpaceVirtual, "virtual", switch_bit('v'), 1, ByteOrder::Big, 32, false}},
                       kSpaceVirtual);
    core_.attach_slice(&slice_);
    core_.set_stop_flag(&machine.signals().stop);
    timer_event_ = machine.scheduler().add_handler("CPU-TIMER", [this] { timer_tick(); });
    set_instruction_time(model_instruction_time(core_.model()));
    define_registers();
    define_modifiers();
}

void S360CpuDevice::schedule_timer() {
    machine().scheduler().activate(timer_event_, time_to_next_line_tick(machine().scheduler().now(), kTimerHertz));
}

void S360CpuDevice::timer_tick() {
    core_.advance_timer(kTimerUnitsPerTick);
    schedule_timer();
}

// The timer steps on the 300 Hz grid from power-up whether or not a program looks at it,
// so its ticks are those of the grid up to now. The word counts down in units of 1/300 s
// at bit 23: its value over 256 ticks is the time left before it turns negative.
std::vector<std::string> S360CpuDevice::clock_status() const {
    const SimTime now = machine().scheduler().now();
    std::uint32_t word = 0;
    if (memory_.size() >= kTimer + 4) word = memory_.read32_be(kTimer);
    const auto value = static_cast<std::int32_t>(word);
    const std::string left =
        value >= 0 ? fmt::format("{:.3f} s to the interruption", static_cast<double>(value) / kTimerUnitsPerTick / kTimerHertz)
                   : std::string("negative: the interruption was requested");
    const bool pending = (core_.ext_pending_ & kExtTimer) != 0;
    return {fmt::format("interval timer at X'50', {} Hz (bit 23), {} ticks, value {:08X} ({}){}, next tick in {} ns", kTimerHertz,
                        line_ticks_until(now, kTimerHertz), word, left, pending ? ", interruption pending" : "",
                        time_to_next_line_tick(now, kTimerHertz))};
}

void S360CpuDevice::reset() {
    core_.reset();
    schedule_timer();
}

void S360CpuDevice::update_observer() {
    BreakpointTable& bp = machine().breakpoints();
    const bool armed = bp.exec_armed() || bp.watch_armed() || !history_.empty();
    core_.set_observer(armed ? this : nullptr);
    core_.set_watch(bp.watch_armed() ? &bp : nullptr);
}

void S360CpuDevice::watch_hit(const StopInfo& stop) {
    machine().request_stop(StopCode::Watchpoint, stop.message, stop.actions);
}

bool S360CpuDevice::before_instruction(std::uint32_t ia) {
    // CONTINUE after a stop at a breakpoint executes that instruction first.
    if (machine().breakpoints().exec_armed() && !machine().breakpoints().consume_skip(ia)) {
        StopInfo stop;
        // The virtual space holds the address as the PSW gives it; the real space the
        // storage address it reaches (the same address while DAT is off).
        std::uint32_t real = ia, entry = 0;
        const bool mapped = !core_.dat_on() || core_.translate_probe(ia, real, entry) == 0;
        if (machine().breakpoints().check_execute(ia, kSpaceVirtual, stop) ||
            (mapped && machine().breakpoints().check_execute(real, kSpaceReal, stop))) {
            machine().request_stop(StopCode::Breakpoint, stop.message, stop.actions);
            return false;
        }
    }
    if (!history_.empty()) {
        HistoryEntry& h = history_[history_next_];
        h.psw = core_.current_psw();
        h.length = 0;
        for (unsigned i = 0; i < 6; ++i) {
            std::uint32_t real = 0;
            if (!console_address(core_.dat_on() ? kSpaceVirtual : kSpaceReal, (ia + i) & core_.amask_, real)) break;
            h.bytes[i] = memory_.read8(real);
            h.length = static_cast<std::uint8_t>(i + 1);
        }
        history_next_ = (history_next_ + 1) % history_.size();
        ++history_count_;
    }
    return true;
}

std::uint64_t S360CpuDevice::execute(std::uint64_t budget) {
    update_observer();
    if (!machine().scheduler().is_active(timer_event_)) schedule_timer();
    const RunExit exit = core_.run(budget);
    const std::uint64_t done = core_.executed_last_run();
    instructions_ += done;
    if (exit == RunExit::DisabledWait) {
        // A disabled wait can only end by operator action: stop to the SCP, so that a
        // script ends where the program ends (Hercules reports it the same way).
        const std::uint64_t psw = core_.current_psw();
        machine().request_stop(StopCode::Halt, fmt::format("Disabled wait state, PSW {:08X} {:08X}",
                                                           static_cast<std::uint32_t>(psw >> 32),
                                                           static_cast<std::uint32_t>(psw)));
    }
    return done;
}

void S360CpuDevice::set_pc(Addr pc) {
    core_.set_instruction_address(static_cast<std::uint32_t>(pc));
    core_.wait_ = false;
}

bool S360CpuDevice::console_address(int space, Addr addr, std::uint32_t& real) const {
    if (addr > 0xFFFFFFFFull) return false;
    auto a = static_cast<std::uint32_t>(addr);
    if (space == kSpaceVirtual) {
        std::uint32_t entry = 0;
        if (core_.translate_probe(a & core_.amask_, real, entry) != 0) return false;
    } else {
        real = a;
    }
    return real < memory_.size();
}

bool S360CpuDevice::examine(int space, Addr addr, Switches, std::uint64_t& value) {
    std::uint32_t real = 0;
    if (!console_address(space, addr, real)) return false;
    value = memory_.read8(real);
    return true;
}

bool S360CpuDevice::deposit(int space, Addr addr, Switches, std::uint64_t value) {
    std::uint32_t real = 0;
    if (!console_address(space, addr, real)) return false;
    memory_.write8(real, static_cast<std::uint8_t>(value));
    return true;
}

std::string S360CpuDevice::disassemble(Addr addr, Switches switches, int& bytes_used) {
    std::uint8_t bytes[6];
    std::size_t n = 0;
    for (; n < 6; ++n) {
        std::uint32_t real = 0;
        if (!console_address(has_switch(switches, 'v') ? kSpaceVirtual : kSpaceReal, addr + n, real)) break;
        bytes[n] = memory_.read8(real);
    }
    if (n == 0) {
        bytes_used = 1;
        return "(no storage there)";
    }
    return s360::disassemble(bytes, n, bytes_used);
}

Status S360CpuDevice::assemble(std::string_view text, Addr, Switches, std::vector<std::uint64_t>& out) {
    std::vector<std::uint8_t> bytes;
    if (Status s = s360::assemble(text, bytes); !s) return s;
    out.assign(bytes.begin(), bytes.end());
    return Status::ok();
}

Status S360CpuDevice::set_history(std::size_t entries) {
    if (entries > (1u << 24)) return Status::error("history is limited to 16M entries");
    history_.assign(entries, HistoryEntry{});
    history_next_ = 0;
    history_count_ = 0;
    return Status::ok();
}

std::vector<std::string> S360CpuDevice::history_lines(std::size_t last_n) {
    std::vector<std::string> lines;
    if (history_.empty()) return lines;
    const std::size_t n = std::min<std::uint64_t>({last_n, history_count_, history_.size()});
    lines.push_back("PSW               instruction");
    for (std::size_t k = n; k > 0; --k) {
        const HistoryEntry& h = history_[(history_next_ + history_.size() - k) % history_.size()];
        int used = 0;
        const std::string text = s360::disassemble(h.bytes, h.length, used);
        lines.push_back(fmt::format("{:08X} {:08X}  {}", static_cast<std::uint32_t>(h.psw >> 32),
                                    static_cast<std::uint32_t>(h.psw), text));
    }
    return lines;
}

Status S360CpuDevice::set_memory_size(std::uint64_t bytes) {
    if (bytes < kMinMemory || bytes > kMaxMemory || bytes % 2048 != 0)
        return Status::error("S/360 storage is 16K to 8M, in multiples of 2K");
    memory_.resize(static_cast<std::size_t>(bytes));
    core_.memory_resized();
    return Status::ok();
}

Status S360CpuDevice::set_model(CpuModel model) {
    core_.set_model(model);
    set_instruction_time(model_instruction_time(model));
    core_.reset();
    return Status::ok();
}

void S360CpuDevice::define_registers() {
    for (int r = 0; r < 16; ++r)
        add_register(reg_field(fmt::format("R{}", r), core_.gr_[static_cast<std::size_t>(r)], 32, Radix::Hex,
                               fmt::format("general register {}", r)));
    for (int f = 0; f < 4; ++f)
        add_register(reg_field(fmt::format("FP{}", 2 * f), core_.fpr_[static_cast<std::size_t>(f)], 64, Radix::Hex,
                               fmt::format("floating-point register {}", 2 * f)));
    for (int c = 0; c < 16; ++c)
        add_register(reg_computed(fmt::format("CR{}", c), 32, Radix::Hex, fmt::format("control register {} (Model 67)", c),
                                  [this, c] { return core_.cr_[static_cast<std::size_t>(c)]; },
                                  [this, c](std::uint64_t v) {
                                      core_.cr_[static_cast<std::size_t>(c)] = static_cast<std::uint32_t>(v);
                                      if (c == 0) core_.purge_tlb();
                                      core_.recompute_modes();
                                  }));
    add_register(reg_computed("PSW", 64, Radix::Hex, "program status word (basic or, with CR6 bit 8, extended)",
                              [this] { return core_.current_psw(); },
                              [this](std::uint64_t v) { core_.load_psw(v); }));
    add_register(reg_computed("PC", 32, Radix::Hex, "instruction address of the PSW",
                              [this] { return core_.instruction_address(); },
                              [this](std::uint64_t v) { set_pc(v); }));
    add_register(reg_computed("CC", 2, Radix::Hex, "condition code", [this] { return core_.cc_; },
                              [this](std::uint64_t v) { core_.cc_ = static_cast<std::uint32_t>(v & 3); }));
}

void S360CpuDevice::define_modifiers() {
    Modifier model;
    model.name = "MODEL";
    model.help = "processor model: MODEL=67 (dynamic address translation, the default) or MODEL=65";
    model.takes_value = true;
    model.set = [this](Unit*, std::string_view value) {
        if (value == "67") return set_model(CpuModel::Model67);
        if (value == "65") return set_model(CpuModel::Model65);
        return Status::error(fmt::format("unknown S/360 model: {} (65 or 67)", value));
    };
    model.show = [this](const Unit*) { return std::string(core_.model() == CpuModel::Model67 ? "67" : "65"); };
    model.in_summary = true;
    add_modifier(std::move(model));
    for (const char* name : {"65", "67"}) {
        Modifier m;
        m.name = name;
        m.help = fmt::format("System/360 Model {}", name);
        const CpuModel id = std::string_view(name) == "67" ? CpuModel::Model67 : CpuModel::Model65;
        m.set = [this, id](Unit*, std::string_view) { return set_model(id); };
        add_modifier(std::move(m));
    }
    Modifier memory;
    memory.name = "MEMORY";
    memory.help = "main storage: MEMORY=256K ... 8M";
    memory.takes_value = true;
    memory.set = [this](Unit*, std::string_view value) {
        std::uint64_t n = 0;
        std::size_t i = 0;
        while (i < value.size() && value[i] >= '0' && value[i] <= '9') n = n * 10 + static_cast<unsigned>(value[i++] - '0');
        const std::string_view unit = value.substr(i);
        if (i == 0 || n > kMaxMemory) return Status::error(fmt::format("bad storage size: {} (write 256K or 1M)", value));
        if (unit == "K" || unit == "k") n <<= 10;
        else if (unit == "M" || unit == "m") n <<= 20;
        else if (!unit.empty()) return Status::error(fmt::format("bad storage size: {} (write 256K or 1M)", value));
        return set_memory_size(n);
    };
    memory.show = [this](const Unit*) { return memory_text(memory_.size()); };
    memory.in_summary = true;
    add_modifier(std::move(memory));
    for (const char* size : {"64K", "128K", "256K", "512K", "768K", "1M", "2M", "4M", "8M"}) {
        Modifier m;
        m.name = size;
        m.help = fmt::format("main storage of {}", size);
        const std::string_view s(size);
        const std::uint64_t bytes = s.back() == 'M' ? std::uint64_t(std::stoul(std::string(s.substr(0, s.size() - 1)))) << 20
                                                    : std::uint64_t(std::stoul(std::string(s.substr(0, s.size() - 1)))) << 10;
        m.set = [this, bytes](Unit*, std::string_view) { return set_memory_size(bytes); };
        add_modifier(std::move(m));
    }
}

std::string S360CpuDevice::show_status() const {
    const std::uint64_t psw = core_.current_psw();
    return fmt::format("Model {}, {} storage, {} PSW {:08X} {:08X}{}{}", core_.model() == CpuModel::Model67 ? 67 : 65,
                       memory_text(memory_.size()), core_.extended_mode() ? "extended" : "basic",
                       static_cast<std::uint32_t>(psw >> 32), static_cast<std::uint32_t>(psw),
                       core_.dat_on() ? ", translation on" : "", core_.waiting() ? ", waiting" : "");
}

std::vector<std::string> S360CpuDevice::stats_lines() const {
    const CpuStats& s = core_.stats_;
    std::vector<std::string> lines;
    lines.push_back(fmt::format("Supervisor state:      {} (translation off), {} (on)", s.instructions[0][0], s.instructions[0][1]));
    lines.push_back(fmt::format("Problem state:         {} (translation off), {} (on)", s.instructions[1][0], s.instructions[1][1]));
    for (std::size_t c = 1; c < s.program_by_code.size(); ++c)
        if (s.program_by_code[c])
            lines.push_back(fmt::format("Program check {:02X}:      {} ({})", c, s.program_by_code[c], kProgramCodeNames[c]));
    for (std::size_t op = 0; op < s.privileged_by_opcode.size(); ++op)
        if (s.privileged_by_opcode[op])
            lines.push_back(fmt::format("Privileged op {:02X}:      {} in problem state", op, s.privileged_by_opcode[op]));
    for (std::size_t code = 0; code < s.diagnose_by_code.size(); ++code)
        if (s.diagnose_by_code[code]) lines.push_back(fmt::format("DIAGNOSE {:03X}:          {}", code, s.diagnose_by_code[code]));
    lines.push_back(fmt::format("Translation exceptions: {} segment, {} page; {} look-aside purges", s.segment_exceptions,
                                s.page_exceptions, s.tlb_purges));
    lines.push_back(fmt::format("Interruptions:         {} SVC, {} external, {} I/O, {} restart", s.svc_interruptions,
                                s.external_interruptions, s.io_interruptions, s.restart_interruptions));
    for (std::size_t dev = 0; dev < s.sio_by_device.size(); ++dev)
        if (s.sio_by_device[dev]) lines.push_back(fmt::format("SIO {:03X}:               {}", dev, s.sio_by_device[dev]));
    return lines;
}

// ---------------------------------------------------------------- SAVE/RESTORE

// Everything the processor holds between instructions, for save and load alike.
void S360CpuDevice::serialize(StateArchive& s) {
    std::uint8_t model = core_.model() == CpuModel::Model67 ? 67 : 65;
    s.checked(model, [](std::uint8_t m) { return m == 65 || m == 67; }, "the S/360 model is neither 65 nor 67");
    std::uint32_t size = static_cast<std::uint32_t>(memory_.size());
    s(size);
    if (s.loading() && !s.failed()) {
        core_.set_model(model == 67 ? CpuModel::Model67 : CpuModel::Model65);
        set_instruction_time(model_instruction_time(core_.model()));
        if (Status st = set_memory_size(size); !st) return s.fail(st.message());
    }
    // The storage itself is the Machine's (its MEMORY section, after this one).
    for (std::uint32_t a = 0; a < memory_.size(); a += 2048) {
        std::uint8_t key = core_.storage_key(a);
        s(key);
        if (s.loading()) core_.set_storage_key(a, key);
    }
    s(core_.gr_);
    s(core_.fpr_);
    s(core_.cr_);
    std::uint64_t psw = core_.current_psw();
    s(psw);
    s(core_.ext_pending_);
    if (!s.loading() || s.failed()) return;
    core_.purge_tlb();
    core_.load_psw(psw);
}

}  // namespace simmon::s360
