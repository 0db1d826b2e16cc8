// Construction, model and memory configuration, reset, the SCP register and modifier
// tables, SAVE/RESTORE of the processor and memory.
#include <fmt/format.h>

#include <cctype>
#include <cstring>
#include <optional>

#include "core/machine/machine.hpp"
#include "core/state/state_archive.hpp"
#include "machines/pdp11/bus/unibus.hpp"
#include "machines/pdp11/cpu/io_registers.hpp"
#include "machines/pdp11/cpu/pdp11_cpu.hpp"

namespace simmon::pdp11 {

using namespace psw;

namespace {

// "256K", "1M", "1536K" -> bytes.
std::optional<std::uint32_t> parse_memory_size(std::string_view text) {
    if (text.size() < 2) return std::nullopt;
    char unit = static_cast<char>(std::toupper(static_cast<unsigned char>(text.back())));
    std::uint64_t n = 0;
    for (char ch : text.substr(0, text.size() - 1)) {
        if (ch < '0' || ch > '9') return std::nullopt;
        n = n * 10 + static_cast<unsigned>(ch - '0');
        if (n > 1u << 20) return std::nullopt;
    }
    if (unit == 'K') n *= 1024;
    else if (unit == 'M') n *= 1024 * 1024;
    else return std::nullopt;
    return static_cast<std::uint32_t>(n);
}

std::string memory_text(std::uint32_t bytes) {
    if (bytes % (1024 * 1024) == 0) return fmt::format("{}M", bytes / (1024 * 1024));
    return fmt::format("{}K", bytes / 1024);
}

constexpr const char* kModeNames[4] = {"K", "S", "", "U"};

}  // namespace

Pdp11Cpu::Pdp11Cpu(Machine& machine, Unibus& bus)
    : Cpu(machine, "CPU", "PDP-11 central processor"),
      bus_(bus),
      model_(&cpu_model(CpuModelId::Pdp11_40)),
      breakpoints_(machine.breakpoints()),
      signals_(machine.signals()) {
    bus_.attach_cpu(this);
    bus_.set_attention_flag(&attention_);
    auto space = [](int id, const char* name, Switches select, int bits, bool physical) {
        return AddressSpace{id, name, select, 2, ByteOrder::Little, bits, physical};
    };
    const Switches t = switch_bit('t');
    set_address_spaces({space(kSpacePhysical, "physical", switch_bit('p'), 22, true),
                        space(kSpaceVirtual, "virtual", switch_bit('v'), 16, false),
                        space(kSpaceVirtualD, "virtual D", switch_bit('v') | t, 16, false),
                        space(kSpaceKernelI, "kernel I", switch_bit('k'), 16, false),
                        space(kSpaceKernelI + 1, "kernel D", switch_bit('k') | t, 16, false),
                        space(kSpaceKernelI + 2, "supervisor I", switch_bit('s'), 16, false),
                        space(kSpaceKernelI + 3, "supervisor D", switch_bit('s') | t, 16, false),
                        space(kSpaceKernelI + 4, "user I", switch_bit('u'), 16, false),
                        space(kSpaceKernelI + 5, "user D", switch_bit('u') | t, 16, false)},
                       kSpaceVirtual, switch_bit('b'));
    register_io_handlers();
    bus_.set_memory_size(model_->default_memory);
    (void)set_model(CpuModelId::Pdp11_40);
    define_registers();
    define_modifiers();
}

Pdp11Cpu::~Pdp11Cpu() {
    bus_.attach_cpu(nullptr);
    bus_.set_attention_flag(nullptr);
}

Status Pdp11Cpu::set_model(CpuModelId id) {
    fitted_ = cpu_model(id);  // a new model comes with its standard options
    model_ = &fitted_;
    set_instruction_time(model_->instruction_time);
    mmu_.configure(*model_);
    bus_.set_map_present(model_->unibus_map);
    if (bus_.memory_size() > model_->max_memory) bus_.set_memory_size(model_->max_memory);
    build_decode_table();
    // Leave state the new model cannot have: register set 1, supervisor stack use.
    if (!model_->register_sets && (psw_ & kRegisterSet)) switch_psw(full_psw() & ~kRegisterSet);
    psw_ &= model_->psw_mask & ~psw::kCC;
    if (!model_->stack_limit_register) stack_limit_ = 0;
    if (!model_->pirq) { pirq_ = 0; update_pirq(); }
    update_derived();
    return Status::ok();
}

Status Pdp11Cpu::set_fp11(bool fitted) {
    if (fitted && model_->id == CpuModelId::Pdp11_40)
        return Status::error("the 11/40 has no FP11 option (its floating point is the FIS)");
    fitted_.options.fp11 = fitted;
    build_decode_table();
    update_derived();
    return Status::ok();
}

Status Pdp11Cpu::set_memory_size(std::uint32_t bytes) {
    if (bytes < 8 * 1024 || bytes % 2048 != 0)
        return Status::error("memory size must be a multiple of 2K and at least 8K");
    if (bytes > model_->max_memory)
        return Status::error(fmt::format("the {} has at most {} of memory", model_->name,
                                         memory_text(model_->max_memory)));
    bus_.set_memory_size(bytes);
    update_derived();
    return Status::ok();
}

Addr Pdp11Cpu::memory_size() const { return bus_.memory_size(); }

void Pdp11Cpu::reset() {
    // Console START/RESET: kernel mode, priority 0, MMU off; registers and memory kept.
    switch_psw(0);
    mmu_.reset();
    bus_.set_map_enabled(false);
    stack_limit_ = 0;
    pirq_ = 0;
    update_pirq();
    cpu_error_ = 0;
    trap_req_ = 0;
    trace_ = 0;
    trace_inhibit_ = false;
    waiting_ = false;
    in_trap_ = false;
    servicing_yellow_ = false;
    mmr1_live_ = mmr1_frozen_ = mmr2_frozen_ = 0;
    fp_.fps = 0;
    fp_.fec = 0;
    fp_.fea = 0;
    update_derived();
}

std::uint16_t Pdp11Cpu::bank_reg(int set, int r) const {
    int active = model_->register_sets ? (psw_ >> 11) & 1 : 0;
    return set == active ? r_[r].value() : bank_[set][r];
}

void Pdp11Cpu::set_bank_reg(int set, int r, std::uint16_t v) {
    int active = model_->register_sets ? (psw_ >> 11) & 1 : 0;
    if (set == active) r_[r] = v;
    else bank_[set][r] = v;
}

std::uint16_t Pdp11Cpu::stack_pointer(int mode) const {
    return mode == current_mode(psw_) ? r_[6].value() : sp_[mode];
}

void Pdp11Cpu::set_stack_pointer(int mode, std::uint16_t v) {
    if (mode == current_mode(psw_)) r_[6] = v;
    else sp_[mode] = v;
}

void Pdp11Cpu::set_psw(std::uint16_t v) { switch_psw(v & model_->psw_mask); }

void Pdp11Cpu::define_registers() {
    for (int i = 0; i < 6; ++i)
        add_register(reg_computed(fmt::format("R{}", i), 16, Radix::Octal,
                                  fmt::format("general register {} (current set)", i),
                                  [this, i] { return r_[i]; },
                                  [this, i](std::uint64_t v) { r_[i] = static_cast<std::uint16_t>(v); }));
    add_register(reg_computed("SP", 16, Radix::Octal, "stack pointer of the current mode",
                              [this] { return r_[6]; },
                              [this](std::uint64_t v) { r_[6] = static_cast<std::uint16_t>(v); }));
    add_register(reg_computed("PC", 16, Radix::Octal, "program counter", [this] { return r_[7]; },
                              [this](std::uint64_t v) { set_pc(v); }));
    add_register(reg_computed("PSW", 16, Radix::Octal, "processor status word", [this] { return full_psw(); },
                              [this](std::uint64_t v) { set_psw(static_cast<std::uint16_t>(v)); }));
    for (int mode : {0, 1, 3})
        add_register(reg_computed(fmt::format("{}SP", kModeNames[mode]), 16, Radix::Octal,
                                  fmt::format("{} stack pointer", mode == 0 ? "kernel" : mode == 1 ? "supervisor" : "user"),
                                  [this, mode] { return stack_pointer(mode); },
                                  [this, mode](std::uint64_t v) { set_stack_pointer(mode, static_cast<std::uint16_t>(v)); }));
    for (int set = 0; set < 2; ++set)
        for (int i = 0; i < 6; ++i)
            add_register(reg_computed(fmt::format("R{}{}", set, i), 16, Radix::Octal,
                                      fmt::format("register set {} R{}", set, i),
                                      [this, set, i] { return bank_reg(set, i); },
                                      [this, set, i](std::uint64_t v) { set_bank_reg(set, i, static_cast<std::uint16_t>(v)); }));
    add_register(reg_computed("SR", 16, Radix::Octal, "console switch register (777570 read)",
                              [this] { return switch_register_; },
                              [this](std::uint64_t v) { switch_register_ = static_cast<std::uint16_t>(v); }));
    add_register(reg_computed("DR", 16, Radix::Octal, "console display register (777570 write)",
                              [this] { return display_register_; },
                              [this](std::uint64_t v) { display_register_ = static_cast<std::uint16_t>(v); }));
    add_register(reg_computed("SL", 16, Radix::Octal, "stack limit register (11/45, 11/70)",
                              [this] { return stack_limit_; },
                              [this](std::uint64_t v) { stack_limit_ = v & 0177400; update_derived(); }));
    add_register(reg_computed("PIRQ", 16, Radix::Octal, "program interrupt requests (11/45, 11/70)",
                              [this] { return pirq_; },
                              [this](std::uint64_t v) { pirq_ = static_cast<std::uint16_t>(v); update_pirq(); }));
    add_register(reg_computed("CPUERR", 16, Radix::Octal, "CPU error register (11/70)",
                              [this] { return cpu_error_; },
                              [this](std::uint64_t v) { cpu_error_ = static_cast<std::uint16_t>(v & 0374); }));
    add_register(reg_computed("MMR0", 16, Radix::Octal, "memory management status 0",
                              [this] { return mmu_.read_mmr0(); },
                              [this](std::uint64_t v) { mmu_.write_mmr0(static_cast<std::uint16_t>(v)); update_derived(); }));
    add_register(reg_computed("MMR1", 16, Radix::Octal, "register changes of the aborted instruction",
                              [this] { std::uint16_t r = mmu_.frozen() ? mmr1_frozen_ : mmr1_live_.value();
                                       return (r >> 8) ? static_cast<std::uint16_t>((r << 8) | (r >> 8)) : r; }));
    add_register(reg_computed("MMR2", 16, Radix::Octal, "virtual PC of the aborted instruction",
                              [this] { return mmu_.frozen() ? mmr2_frozen_ : mmr2_live(); }));
    add_register(reg_computed("MMR3", 16, Radix::Octal, "memory management status 3 (11/45, 11/70)",
                              [this] { return mmu_.read_mmr3(); },
                              [this](std::uint64_t v) {
                                  mmu_.write_mmr3(static_cast<std::uint16_t>(v));
                                  bus_.set_map_enabled(mmu_.read_mmr3() & 040);
                                  update_derived();
                              }));
    for (int mode : {0, 1, 3})
        for (int space = 0; space < 2; ++space)
            for (int page = 0; page < 8; ++page) {
                int index = space * 8 + page;
                std::string prefix = fmt::format("{}{}", kModeNames[mode], space ? "D" : "I");
                add_register(reg_computed(fmt::format("{}PAR{}", prefix, page), 16, Radix::Octal,
                                          "page address register", [this, mode, index] { return mmu_.par(mode, index); },
                                          [this, mode, index](std::uint64_t v) { mmu_.set_par(mode, index, static_cast<std::uint16_t>(v)); }));
                add_register(reg_computed(fmt::format("{}PDR{}", prefix, page), 16, Radix::Octal,
                                          "page descriptor register", [this, mode, index] { return mmu_.pdr(mode, index); },
                                          [this, mode, index](std::uint64_t v) { mmu_.set_pdr(mode, index, static_cast<std::uint16_t>(v)); }));
            }
    for (int i = 0; i < 6; ++i)
        add_register(reg_computed(fmt::format("AC{}", i), 64, Radix::Octal, "FP11 accumulator (raw D format)",
                                  [this, i] { return fp_.ac[i]; }, [this, i](std::uint64_t v) { fp_.ac[i] = v; }));
    add_register(reg_computed("FPS", 16, Radix::Octal, "FP11 status", [this] { return fp_.fps; },
                              [this](std::uint64_t v) { fp_.fps = static_cast<std::uint16_t>(v & fps::kMask); }));
    add_register(reg_computed("FEC", 4, Radix::Octal, "FP11 exception code", [this] { return fp_.fec; },
                              [this](std::uint64_t v) { fp_.fec = static_cast<std::uint16_t>(v & 017); }));
    add_register(reg_computed("FEA", 16, Radix::Octal, "FP11 exception address", [this] { return fp_.fea; },
                              [this](std::uint64_t v) { fp_.fea = static_cast<std::uint16_t>(v); }));
    add_register(reg_computed("WAIT", 1, Radix::Octal, "waiting for an interrupt",
                              [this] { return waiting_ ? 1u : 0u; },
                              [this](std::uint64_t v) { waiting_ = v & 1; }));
    mark_model_registers();
}

// EXAMINE STATE lists what the model has (cpu_model.hpp): an 11/40 has no supervisor mode,
// no second register set, no PIRQ, MMR1 or MMR3, and no FP11 accumulators unless fitted.
void Pdp11Cpu::mark_model_registers() {
    set_register_presence("SSP", [this] { return model_->supervisor_mode; });
    for (int set = 0; set < 2; ++set)
        for (int i = 0; i < 6; ++i)
            set_register_presence(fmt::format("R{}{}", set, i), [this] { return model_->register_sets; });
    set_register_presence("SL", [this] { return model_->stack_limit_register; });
    set_register_presence("PIRQ", [this] { return model_->pirq; });
    set_register_presence("CPUERR", [this] { return model_->cpu_error_register; });
    set_register_presence("MMR1", [this] { return model_->mmr1; });
    set_register_presence("MMR3", [this] { return model_->mmr1; });
    for (int mode : {0, 1, 3})
        for (int space = 0; space < 2; ++space)
            for (int page = 0; page < 8; ++page) {
                const std::string prefix = fmt::format("{}{}", kModeNames[mode], space ? "D" : "I");
                auto present = [this, mode, space] {
                    return (mode != 1 || model_->supervisor_mode) && (space == 0 || model_->split_id);
                };
                set_register_presence(fmt::format("{}PAR{}", prefix, page), present);
                set_register_presence(fmt::format("{}PDR{}", prefix, page), present);
            }
    for (const std::string name : {"AC0", "AC1", "AC2", "AC3", "AC4", "AC5", "FPS", "FEC", "FEA"})
        set_register_presence(name, [this] { return model_->options.fp11; });
}

void Pdp11Cpu::define_modifiers() {
    for (const CpuModel& m : all_cpu_models()) {
        Modifier mod;
        mod.name = std::string(m.name);
        mod.help = fmt::format("PDP-11/{} processor", m.name.substr(3));
        CpuModelId id = m.id;
        mod.set = [this, id](Unit*, std::string_view) { return set_model(id); };
        add_modifier(std::move(mod));
    }
    // SIMH's other PDP-11 models: refused by name (docs/machines/pdp11.md).
    for (const char* name : {"11/03", "11/04", "11/05", "11/20", "11/23", "11/23+", "11/24", "11/44", "11/53",
                             "11/60", "11/73", "11/73B", "11/83", "11/84", "11/93", "11/94"}) {
        Modifier mod;
        mod.name = name;
        mod.help = fmt::format("PDP-11/{} processor: not modelled (yet)", std::string_view(name).substr(3));
        mod.unmodelled = fmt::format("the PDP-11/{} is not modelled (yet): simmon has the 11/34, 11/40, 11/45 and 11/70",
                                     std::string_view(name).substr(3));
        add_modifier(std::move(mod));
    }
    for (bool fitted : {true, false}) {
        Modifier fpp;
        fpp.name = fitted ? "FPP" : "NOFPP";
        fpp.help = fitted ? "fit the FP11 floating-point processor (11/34, 11/45, 11/70)" : "remove the FP11";
        fpp.set = [this, fitted](Unit*, std::string_view) { return set_fp11(fitted); };
        if (fitted) {
            fpp.show = [this](const Unit*) { return std::string(model_->options.fp11 ? "FPP" : "NOFPP"); };
            fpp.in_summary = true;
        }
        add_modifier(std::move(fpp));
    }
    // SIMH's bus choices: U18 is the 18-bit Unibus the 11/34, 11/40 and 11/45 have (the
    // 11/70 reaches 22-bit memory through its Unibus map); Q22 is a Qbus machine.
    Modifier u18;
    u18.name = "U18";
    u18.help = "18-bit Unibus (the bus of the 11/34, 11/40 and 11/45)";
    u18.set = [this](Unit*, std::string_view) {
        if (model_->physical_bits != 18)
            return Status::error(fmt::format("the {} has a 22-bit memory bus behind its Unibus map; U18 fits the 11/34, 11/40 and 11/45", model_->name));
        return Status::ok();
    };
    add_modifier(std::move(u18));
    Modifier q22;
    q22.name = "Q22";
    q22.help = "22-bit Qbus: not modelled (yet)";
    q22.unmodelled = "the 22-bit Qbus PDP-11s are not modelled (yet): simmon has the Unibus 11/34, 11/40, 11/45 and 11/70";
    add_modifier(std::move(q22));
    Modifier nocis;
    nocis.name = "NOCIS";
    nocis.help = "no commercial instruction set (simmon has none)";
    nocis.set = [](Unit*, std::string_view) { return Status::ok(); };
    add_modifier(std::move(nocis));
    Modifier cis;
    cis.name = "CIS";
    cis.help = "commercial instruction set: not modelled (yet)";
    cis.unmodelled = "the commercial instruction set (CIS) is not modelled (yet)";
    add_modifier(std::move(cis));

    Modifier model;
    model.name = "MODEL";
    model.help = "processor model: MODEL=11/34, 11/40, 11/45 or 11/70";
    model.takes_value = true;
    model.set = [this](Unit*, std::string_view value) {
        for (const CpuModel& m : all_cpu_models())
            if (m.name == value) return set_model(m.id);
        return Status::error(fmt::format("unknown PDP-11 model: {}", value));
    };
    model.show = [this](const Unit*) { return std::string(model_->name); };
    model.in_summary = true;
    add_modifier(std::move(model));

    Modifier memory;
    memory.name = "MEMORY";
    memory.help = "memory size: MEMORY=256K, 1M ... (up to 256K on the 11/34, 40, 45; 4M on the 11/70)";
    memory.takes_value = true;
    memory.set = [this](Unit*, std::string_view value) {
        auto bytes = parse_memory_size(value);
        if (!bytes) return Status::error(fmt::format("bad memory size: {} (write it like 256K or 1M)", value));
        return set_memory_size(*bytes);
    };
    memory.show = [this](const Unit*) { return memory_text(bus_.memory_size()); };
    memory.in_summary = true;
    add_modifier(std::move(memory));

    for (const char* size : {"16K", "24K", "32K", "48K", "64K", "96K", "128K", "192K", "256K", "384K", "512K", "768K",
                             "1024K", "1536K", "2048K", "3072K", "4096K", "1M", "2M", "3M", "4M"}) {
        Modifier m;
        m.name = size;
        m.help = fmt::format("set memory size to {}", size);
        std::uint32_t bytes = *parse_memory_size(size);
        m.set = [this, bytes](Unit*, std::string_view) { return set_memory_size(bytes); };
        add_modifier(std::move(m));
    }
}

std::string Pdp11Cpu::show_status() const {
    return fmt::format("model {}, {} memory, MMU {}{}", model_->name, memory_text(bus_.memory_size()),
                       mmu_.enabled() ? "on" : "off", waiting_ ? ", waiting" : "");
}

// ---------------------------------------------------------------- state

// Everything the processor holds between instructions, in one list for save and load.
// Derived state (page maps, priority masks, the decode table) is rebuilt afterwards.
void Pdp11Cpu::serialize(StateArchive& s) {
    // The model's number, with bit 7 set when the FP11 is not as the model has it by
    // default (SET CPU FPP/NOFPP): files from before that option read unchanged.
    constexpr std::uint8_t kFp11Changed = 0200;
    std::uint8_t model = static_cast<std::uint8_t>(model_->id);
    if (model_->options.fp11 != cpu_model(model_->id).options.fp11) model |= kFp11Changed;
    s(model);
    const bool fp11_changed = model & kFp11Changed;
    model &= static_cast<std::uint8_t>(~kFp11Changed);
    if (s.loading() && model > static_cast<std::uint8_t>(CpuModelId::Pdp11_70)) return s.fail("a setting is out of range");
    std::uint32_t memory = bus_.memory_size();
    s(memory);
    if (s.loading() && !s.failed()) {
        const auto id = static_cast<CpuModelId>(model);
        if (Status st = set_model(id); !st) return s.fail(st.message());
        if (fp11_changed)
            if (Status st = set_fp11(!cpu_model(id).options.fp11); !st) return s.fail(st.message());
        if (Status st = set_memory_size(memory); !st) return s.fail(st.message());
    }
    // Memory's contents are the Machine's (its MEMORY section); the size is the CPU's
    // setting and comes first, so that the contents find memory of their size.

    for (HotWord& r : r_) {
        std::uint16_t v = r;
        s(v);
        r = v;
    }
    s(bank_);
    s(sp_);
    std::uint16_t psw = full_psw();
    s(psw);
    s(stack_limit_);
    s(pirq_);
    s(cpu_error_);
    s(switch_register_);
    s(display_register_);
    s(microbreak_);
    s(mem_error_);
    s(cache_control_);
    s(hit_miss_);
    s(maintenance_);
    s(error_addr_lo_);
    s(error_addr_hi_);
    s(waiting_);
    s(trap_req_);
    s(trace_);
    s(seen_levels_);
    std::uint16_t mmr0 = mmu_.read_mmr0(), mmr3 = mmu_.read_mmr3();
    s(mmr0);
    s(mmr3);
    s(mmr1_frozen_);
    s(mmr2_frozen_);
    for (int mode = 0; mode < Kt11::kModes; ++mode)
        for (int i = 0; i < 16; ++i) {
            std::uint16_t par = mmu_.par(mode, i), pdr = mmu_.pdr(mode, i);
            s(par);
            s(pdr);
            if (s.loading()) {
                mmu_.set_par(mode, i, par);
                mmu_.restore_pdr(mode, i, pdr);
            }
        }
    s(fp_.ac);
    s(fp_.fps);
    s(fp_.fec);
    s(fp_.fea);
    for (int i = 0; i < 32; ++i) {
        std::uint32_t v = bus_.map_register(i);
        s(v);
        if (s.loading()) bus_.set_map_register(i, v);
    }
    if (!s.loading() || s.failed()) return;
    psw_ = psw & ~psw::kCC;  // the registers are loaded as they were: no bank switch
    cc_ = psw & psw::kCC;
    mmu_.write_mmr0(mmr0);
    mmu_.set_mmr0_bits(mmr0 & mmr0::kAborts);
    mmu_.write_mmr3(mmr3);
    bus_.set_map_enabled(mmr3 & 040);
    attention_ = true;
    update_pirq();
    update_derived();
}

}  // namespace simmon::pdp11
