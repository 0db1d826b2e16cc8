#include "tests/support/toy_machine.hpp"

#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <iterator>

#include "core/state/state_archive.hpp"
#include "core/text/case_compare.hpp"
#include "core/text/numbers.hpp"

namespace simmon::toy {

namespace {

struct OpInfo {
    const char* name;
    bool has_operand;
};
constexpr OpInfo kOps[16] = {
    {"HALT", false}, {"LDA", true}, {"STA", true}, {"ADD", true}, {"SUB", true}, {"JMP", true},
    {"JZ", true},    {"JNZ", true}, {"LDI", true}, {"OUT", false}, {"IN", false}, {"WAIT", false},
    {"DEC", false},  {nullptr, false}, {nullptr, false}, {nullptr, false},
};

}  // namespace

// ---- TTY ----

ToyTty::ToyTty(Machine& m) : Device(m, "TTY", "toy console terminal") {
    add_unit("TTY", false);
    add_register(reg_field("IBUF", ibuf_, 8, Radix::Octal, "input buffer"));
    add_register(reg_field("READY", ready_, 1, Radix::Octal, "input ready"));
    Modifier poll_mod;
    poll_mod.name = "POLL";
    poll_mod.help = "microseconds between console polls";
    poll_mod.takes_value = true;
    poll_mod.set = [this](Unit*, std::string_view v) {
        std::uint64_t n = 0;
        if (!parse_number(v, Radix::Decimal, n) || n == 0) return Status::error("POLL needs a decimal count");
        poll_interval = static_cast<std::uint32_t>(n);
        return Status::ok();
    };
    poll_mod.show = [this](const Unit*) { return fmt::format("poll={}", poll_interval); };
    poll_mod.in_summary = true;
    add_modifier(poll_mod);
    set_debug_flags({"IN", "OUT"});
    poll_event_ = m.scheduler().add_handler("TTY-POLL", [this] { poll(); });
}

void ToyTty::reset() {
    ready_ = 0;
    ibuf_ = 0;
    machine().scheduler().activate(poll_event_, usec(poll_interval));
}

void ToyTty::poll() {
    if (!ready_) {
        const HostEvent ev = machine().host_input().take(HostInput::kConsole);
        if (ev.is_data()) {
            ibuf_ = ev.byte;
            ready_ = 1;
            debug(1, fmt::format("in {:03o}", ev.byte));
        }
    }
    machine().scheduler().activate(poll_event_, usec(poll_interval));
}

int ToyTty::take() {
    const int c = ready_ ? ibuf_ : 0;
    ready_ = 0;
    return c;
}

// ---- PTR ----

ToyPtr::ToyPtr(Machine& m) : Device(m, "PTR", "toy paper tape reader") {
    add_unit("PTR", true);
    add_register(reg_field("POS", position_, 32, Radix::Decimal, "bytes read"));
    Modifier lock;
    lock.name = "LOCKED";
    lock.help = "refuse to punch";
    lock.per_unit = true;
    lock.set = [this](Unit*, std::string_view) {
        locked = true;
        return Status::ok();
    };
    lock.show = [this](const Unit*) { return std::string(locked ? "locked" : "unlocked"); };
    add_modifier(lock);
    Modifier unlock = lock;
    unlock.name = "UNLOCKED";
    unlock.help = "allow punching";
    unlock.set = [this](Unit*, std::string_view) {
        locked = false;
        return Status::ok();
    };
    add_modifier(unlock);
    set_debug_flags({"DATA", "CMD"});
}

Status ToyPtr::boot(Unit& unit) {
    if (!unit.attached()) return Status::error("PTR is not attached");
    auto& cpu = static_cast<ToyMachine&>(machine()).toy_cpu();
    std::uint8_t buf[ToyCpu::kMemoryBytes] = {};
    const std::size_t n = unit.file().read_at(0, buf, sizeof buf);
    for (std::size_t i = 0; i < n; i += 2)
        cpu.write_word(i, static_cast<std::uint16_t>(buf[i] | (buf[i + 1] << 8)));
    position_ = static_cast<std::uint32_t>(n);
    cpu.set_pc(0);
    return Status::ok();
}

// ---- CPU ----

ToyCpu::ToyCpu(ToyMachine& m) : Cpu(m, "CPU", "toy accumulator CPU"), toy_(m) {
    set_address_spaces({AddressSpace{0, "memory", 0, 2, ByteOrder::Little, 16, false}});
    add_register(reg_field("A", a_, 16, Radix::Octal, "accumulator"));
    add_register(reg_field("X", x_, 16, Radix::Octal, "scratch register"));
    add_register(reg_computed("PC", 12, Radix::Octal, "program counter", [this] { return std::uint64_t{pc_}; },
                              [this](std::uint64_t v) { pc_ = static_cast<std::uint16_t>(v & 07777); }));
    add_register(reg_readonly("IR", ir_, 16, Radix::Octal, "last instruction"));
}

void ToyCpu::reset() {
    a_ = 0;
    waiting_ = false;
}

bool ToyCpu::watch(Addr a, bool is_write) {
    BreakpointTable& bp = machine().breakpoints();
    if (!bp.watch_armed()) return false;
    StopInfo s;
    if (!bp.check_access(a, 2, 0, is_write, s)) return false;
    machine().request_stop(s.code, s.message, s.actions);
    return true;
}

std::uint64_t ToyCpu::execute(std::uint64_t budget) {
    RunSignals& sig = machine().signals();
    if (waiting_) {
        if (!toy_.tty().ready()) return 0;
        waiting_ = false;
    }
    std::uint64_t n = 0;
    while (n < budget && !sig.stop) {
        BreakpointTable& bp = machine().breakpoints();
        if (bp.exec_armed()) {
            StopInfo s;
            if (!bp.consume_skip(pc_) && bp.check_execute(pc_, 0, s)) {
                machine().request_stop(s.code, s.message, s.actions);
                break;
            }
        }
        ir_ = read_word(pc_);
        if (!history_.empty()) {
            history_[history_next_] = {pc_, ir_};
            history_next_ = (history_next_ + 1) % history_.size();
            if (history_count_ < history_.size()) ++history_count_;
        }
        pc_ = static_cast<std::uint16_t>((pc_ + 2) & 07777);
        ++n;
        const std::uint16_t ea = ir_ & 07777;
        switch (ir_ >> 12) {
            case HALT:
                machine().request_stop(StopCode::Halt, fmt::format("HALT instruction, PC: {:06o}", pc_));
                break;
            case LDA: watch(ea, false); a_ = read_word(ea); break;
            case STA: watch(ea, true); write_word(ea, a_); break;
            case ADD: watch(ea, false); a_ = static_cast<std::uint16_t>(a_ + read_word(ea)); break;
            case SUB: watch(ea, false); a_ = static_cast<std::uint16_t>(a_ - read_word(ea)); break;
            case JMP: pc_ = ea; break;
            case JZ: if (a_ == 0) pc_ = ea; break;
            case JNZ: if (a_ != 0) pc_ = ea; break;
            case LDI: a_ = ea; break;
            case OUT: machine().console().write_char(static_cast<std::uint8_t>(a_ & 0377)); break;
            case IN: a_ = static_cast<std::uint16_t>(toy_.tty().take()); break;
            case WAIT:
                if (!toy_.tty().ready()) waiting_ = true;
                break;
            case DEC: --a_; break;
            default:
                machine().request_stop(StopCode::Unimplemented,
                                       fmt::format("Unimplemented instruction {:06o}, PC: {:06o}", ir_, pc_));
                break;
        }
        if (waiting_) break;
    }
    instructions_ += n;
    return n;
}

bool ToyCpu::examine(int, Addr addr, Switches, std::uint64_t& value) {
    if (addr >= kMemoryBytes) return false;
    value = read_word(addr);
    return true;
}

bool ToyCpu::deposit(int, Addr addr, Switches, std::uint64_t value) {
    if (addr >= kMemoryBytes) return false;
    write_word(addr, static_cast<std::uint16_t>(value));
    return true;
}

std::string ToyCpu::disassemble(Addr addr, Switches, int& bytes_used) {
    bytes_used = 2;
    if (addr >= kMemoryBytes) return "(non-existent memory)";
    const std::uint16_t w = read_word(addr);
    const OpInfo& op = kOps[w >> 12];
    if (!op.name) return fmt::format(".WORD {:o}", w);
    if (!op.has_operand) return op.name;
    return fmt::format("{} {:o}", op.name, w & 07777);
}

Status ToyCpu::assemble(std::string_view text, Addr, Switches, std::vector<std::uint64_t>& out) {
    const std::size_t sp = text.find(' ');
    const std::string_view mnemonic = text.substr(0, sp);
    std::string_view operand = sp == std::string_view::npos ? std::string_view{} : text.substr(sp + 1);
    while (!operand.empty() && operand.front() == ' ') operand.remove_prefix(1);
    for (std::uint16_t i = 0; i < 16; ++i) {
        if (!kOps[i].name || !iequals(kOps[i].name, mnemonic)) continue;
        std::uint64_t v = 0;
        if (kOps[i].has_operand) {
            if (!parse_number(operand, Radix::Octal, v) || v > 07777)
                return Status::error(fmt::format("{} needs an octal operand 0-7777", kOps[i].name));
        } else if (!operand.empty()) {
            return Status::error(fmt::format("{} takes no operand", kOps[i].name));
        }
        out.push_back((std::uint64_t{i} << 12) | v);
        return Status::ok();
    }
    return Status::error(fmt::format("Unknown instruction: {}", mnemonic));
}

Status ToyCpu::set_history(std::size_t entries) {
    if (entries > 100000) return Status::error("HISTORY is at most 100000");
    history_.assign(entries, {0, 0});
    history_next_ = 0;
    history_count_ = 0;
    return Status::ok();
}

std::vector<std::string> ToyCpu::history_lines(std::size_t last_n) {
    std::vector<std::string> lines;
    const std::size_t n = std::min(last_n, history_count_);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t idx = (history_next_ + history_.size() - n + i) % history_.size();
        const auto [pc, ir] = history_[idx];
        const OpInfo& op = kOps[ir >> 12];
        lines.push_back(fmt::format("{:06o}  {:06o}  {}", pc, ir, op.name ? op.name : "?"));
    }
    return lines;
}

void ToyCpu::serialize(StateArchive& s) {
    Device::serialize(s);  // the writable registers, by name
    s.raw(mem_.data(), sizeof mem_);
}

// ---- machine ----

ToyMachine::ToyMachine() : Machine("toy", "TOY accumulator computer", Radix::Octal) {
    auto cpu = std::make_unique<ToyCpu>(*this);
    cpu_ = cpu.get();
    set_cpu(std::move(cpu));
    tty_ = &add_device<ToyTty>(*this);
    ptr_ = &add_device<ToyPtr>(*this);
    reset();
    add_commands();
}

// Two commands of the toy's own, the way the 360 adds IPL: one that loads and starts the
// machine, one that only reports.
void ToyMachine::add_commands() {
    MachineCommand ipl;
    ipl.name = "IPL";
    ipl.min_length = 2;
    ipl.usage = "IPL [address]";
    ipl.help = "load the PTR tape at address (octal, default 0) and start it there";
    ipl.details = "Resets the machine first, like BOOT PTR, which always loads at 0.";
    ipl.handler = [this](MachineCommandCall& call) {
        std::uint64_t at = 0;
        if (!call.arguments.empty() && (!parse_number(call.arguments, Radix::Octal, at) || at >= ToyCpu::kMemoryBytes))
            return Status::error(fmt::format("IPL: bad address {}", call.arguments));
        Unit& unit = *ptr_->units().front();
        if (!unit.attached()) return Status::error("IPL: PTR is not attached");
        reset();
        std::uint8_t buf[ToyCpu::kMemoryBytes] = {};
        const std::size_t n = unit.file().read_at(0, buf, sizeof buf - at);
        for (std::size_t i = 0; i < n; i += 2)
            cpu_->write_word(at + i, static_cast<std::uint16_t>(buf[i] | (buf[i + 1] << 8)));
        cpu_->set_pc(at);
        call.start = true;
        return Status::ok();
    };
    add_command(std::move(ipl));

    MachineCommand lamps;
    lamps.name = "LAMPS";
    lamps.min_length = 2;
    lamps.usage = "LAMPS";
    lamps.help = "show the console lamps (PC and A)";
    lamps.switches = switch_bit('b');  // -b: blinking
    lamps.handler = [this](MachineCommandCall& call) {
        if (!call.arguments.empty()) return Status::error(fmt::format("LAMPS takes no arguments: {}", call.arguments));
        std::uint64_t a = 0;
        a = cpu_->find_register("A")->get();
        call.print(fmt::format("PC {:04o}  A {:06o}{}", cpu_->pc(), a, has_switch(call.switches, 'b') ? " (blinking)" : ""));
        return Status::ok();
    };
    add_command(std::move(lamps));
}

Status ToyMachine::load(const std::string& path, Switches, const std::vector<std::string>& args) {
    std::uint64_t start = 0;
    if (!args.empty() && !parse_number(args[0], Radix::Octal, start)) return Status::error("LOAD address must be octal");
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::error(fmt::format("Cannot open {}", path));
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        const Addr a = start + i;
        if (a >= ToyCpu::kMemoryBytes) return Status::error("LOAD runs past the end of memory");
        cpu_->write_word(a, static_cast<std::uint16_t>(static_cast<std::uint8_t>(bytes[i]) |
                                                       (static_cast<std::uint8_t>(bytes[i + 1]) << 8)));
    }
    return Status::ok();
}

Status ToyMachine::dump(const std::string& path, Switches, const std::vector<std::string>& args) {
    std::uint64_t from = 0, to = ToyCpu::kMemoryBytes - 1;
    if (args.size() >= 2 && (!parse_number(args[0], Radix::Octal, from) || !parse_number(args[1], Radix::Octal, to)))
        return Status::error("DUMP file from to (octal)");
    std::ofstream out(path, std::ios::binary);
    if (!out) return Status::error(fmt::format("Cannot create {}", path));
    for (Addr a = from & ~Addr{1}; a <= to && a < ToyCpu::kMemoryBytes; a += 2) {
        const std::uint16_t w = cpu_->read_word(a);
        out.put(static_cast<char>(w & 0xFF));
        out.put(static_cast<char>(w >> 8));
    }
    return Status::ok();
}

std::vector<MachineInfo> toy_machine_list() {
    return {MachineInfo{"toy", "TOY accumulator computer (tests only)",
                        [] { return std::unique_ptr<Machine>(std::make_unique<ToyMachine>()); }}};
}

}  // namespace simmon::toy
