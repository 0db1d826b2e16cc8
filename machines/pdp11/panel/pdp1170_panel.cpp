// The 11/70 console's switches act as the PDP-11/70 Processor Handbook's console section
// describes:
// - LOAD ADRS copies switches 21-0 into the console's address register, shown in the
//   address lights.
// - EXAM shows the word at that address in the data lights; EXAM again steps to the next
//   word (by 2, by 1 among the general registers at 17777700-17777717) first. DEP
//   (raised) writes switches 15-0 there, stepping the same way on a second DEP. An EXAM
//   followed by DEP writes the word just examined.
// - With the address knob at CONS PHY or PROG PHY the address is a 22-bit physical one;
//   at a KERNEL/SUPER/USER I/D position it is a 16-bit virtual address in that space,
//   relocated by memory management as the program would see it.
// - START with ENABLE resets the system and starts at the loaded address; with HALT it
//   only resets. CONT with ENABLE continues; with HALT it executes one instruction.
//   Moving ENABLE/HALT to HALT stops a running machine at the end of the instruction.
// - LOAD ADRS, EXAM, DEP and START do nothing while the processor runs.
// While running, the address lights show the address of the instruction being fetched
// (virtual, or physical at PROG PHY / CONS PHY) and the data lights the display register
// (DISPLAY REGISTER) or the word fetched, R0 during a WAIT (DATA PATHS; BUS REG and
// µADRS show the same, we model no microcode). RUN is lit while running, WAIT included;
// MASTER while the processor has the bus; PAUSE and the parity lights stay dark (no bus
// waits or parity errors are modelled).
#include "machines/pdp11/panel/pdp1170_panel.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "machines/pdp11/cpu/pdp11_cpu.hpp"
#include "machines/pdp11/pdp11_machine.hpp"

namespace simmon::pdp11 {

namespace {
constexpr PanelColour kPanelBlack = 0x141414;
constexpr PanelColour kMagenta = 0x8A1F4C;  // the 11/70's alternating octal groups
constexpr PanelColour kPurple = 0x4A2366;
constexpr PanelColour kLampColour = 0xFFB43C;
constexpr PanelColour kWhite = 0xEEEEEE;
constexpr PanelColour kSwitchMagenta = 0xC23A72;
constexpr PanelColour kSwitchPurple = 0x7A46A8;
constexpr PanelColour kSwitchWhite = 0xD8D8D8;

constexpr int kPitch = 36;      // between lamp columns
constexpr int kLeft = 40;       // centre of column 21
constexpr int kAddressY = 92;
constexpr int kDataY = 176;
constexpr int kSwitchY = 270;   // top of the switches
constexpr int kSwitchW = 22, kSwitchH = 56;
constexpr std::uint32_t kRegisterBase = 017777700;
constexpr std::uint32_t kIoBase = 017760000;

int column_x(int bit) { return kLeft + (21 - bit) * kPitch; }
PanelColour group_colour(int bit) { return (bit / 3) % 2 == 0 ? kMagenta : kPurple; }
}  // namespace

Pdp1170Panel::Pdp1170Panel(Pdp11Machine& machine) : machine_(machine) { build_layout(); }

void Pdp1170Panel::build_layout() {
    PanelLayout& l = layout_;
    l.title = "PDP-11/70";
    l.width = column_x(0) + 330;
    l.height = 380;
    l.background = kPanelBlack;
    l.labels.push_back({"PDP-11/70", kLeft - 14, 16, 18, kWhite});
    l.labels.push_back({"DIGITAL EQUIPMENT CORPORATION", kLeft + 200, 20, 10, kWhite});
    // The octal groups' bands behind lamps and switches.
    for (int g = 0; g < 8; ++g) {
        int hi = std::min(21, g * 3 + 2), lo = g * 3;
        int x0 = column_x(hi) - kPitch / 2 + 2, x1 = column_x(lo) + kPitch / 2 - 2;
        l.bands.push_back({x0, kAddressY - 26, x1 - x0, 48, group_colour(lo)});
        if (lo < 16) l.bands.push_back({x0, kDataY - 26, x1 - x0, 48, group_colour(lo)});
        l.bands.push_back({x0, kSwitchY - 8, x1 - x0, kSwitchH + 16, group_colour(lo)});
    }
    l.labels.push_back({"ADDRESS", column_x(21) - 12, kAddressY - 46, 10, kWhite});
    l.labels.push_back({"DATA", column_x(15) - 12, kDataY - 46, 10, kWhite});
    first_address_ = static_cast<int>(l.lamps.size());
    for (int bit = 21; bit >= 0; --bit)
        l.lamps.push_back({fmt::format("ADDRESS {:02}", bit), column_x(bit), kAddressY, kLampColour});
    first_data_ = static_cast<int>(l.lamps.size());
    for (int bit = 15; bit >= 0; --bit)
        l.lamps.push_back({fmt::format("DATA {:02}", bit), column_x(bit), kDataY, kLampColour});
    for (int bit = 21; bit >= 0; bit -= 3)
        l.labels.push_back({fmt::format("{}", bit), column_x(bit) - 6, kSwitchY + kSwitchH + 14, 8, kWhite});

    // Status lamps: three columns right of the address and data rows.
    const int sx = column_x(0) + 60;
    auto status = [&](const char* name, int col, int row) {
        int x = sx + col * 78, y = kAddressY - 22 + row * 36;
        l.lamps.push_back({name, x, y, kLampColour});
        l.labels.push_back({name, x + 14, y - 4, 7, kWhite});
        return static_cast<int>(l.lamps.size()) - 1;
    };
    lamp_parity_high_ = status("PAR HIGH", 0, 0);
    lamp_parity_low_ = status("PAR LOW", 0, 1);
    lamp_a16_ = status("16", 1, 0);
    lamp_a18_ = status("18", 1, 1);
    lamp_a22_ = status("22", 1, 2);
    lamp_dspace_ = status("DATA", 1, 3);
    lamp_kernel_ = status("KERNEL", 2, 0);
    lamp_super_ = status("SUPER", 2, 1);
    lamp_user_ = status("USER", 2, 2);
    lamp_master_ = status("MASTER", 0, 2);
    lamp_pause_ = status("PAUSE", 0, 3);
    lamp_run_ = status("RUN", 0, 4);

    // The select knobs, under the status lamps.
    ctl_addr_knob_ = static_cast<int>(l.controls.size());
    l.controls.push_back({"ADDRESS SELECT", PanelControlKind::Knob, sx - 20, 262, 64, 64, kSwitchWhite,
                          {"USER D", "SUPER D", "KERNEL D", "CONS PHY", "USER I", "SUPER I", "KERNEL I", "PROG PHY"},
                          'a'});
    ctl_data_knob_ = static_cast<int>(l.controls.size());
    l.controls.push_back({"DATA SELECT", PanelControlKind::Knob, sx + 130, 262, 64, 64, kSwitchWhite,
                          {"DATA PATHS", "BUS REG", "UADRS FPP/CPU", "DISPLAY REGISTER"}, 'b'});

    // The switch register and the control switches.
    first_sr_ = static_cast<int>(l.controls.size());
    for (int bit = 21; bit >= 0; --bit)
        l.controls.push_back({fmt::format("SR {:02}", bit), PanelControlKind::Toggle, column_x(bit) - kSwitchW / 2,
                              kSwitchY, kSwitchW, kSwitchH, (bit / 3) % 2 == 0 ? kSwitchMagenta : kSwitchPurple, {}, 0});
    // The keyboard's octal digits go into switches 21-0.
    PanelEntry sr{"SR", 3, {}};
    for (int i = 0; i < 22; ++i) sr.controls.push_back(first_sr_ + i);
    l.entries.push_back(std::move(sr));
    // The control switches continue the switch row to the right of SR 00, as on the real
    // console; the panel is widened for them.
    const char* names[] = {"LOAD ADRS", "EXAM", "DEP", "CONT", "ENABLE/HALT", "S INST/S BUS CYCLE", "START"};
    const PanelControlKind kinds[] = {PanelControlKind::Momentary, PanelControlKind::Momentary,
                                      PanelControlKind::Momentary, PanelControlKind::Momentary,
                                      PanelControlKind::Toggle,    PanelControlKind::Toggle,
                                      PanelControlKind::Momentary};
    const char keys[] = {'l', 'e', 'd', 'c', 'h', 'i', 's'};
    const char* shorts[] = {"LOAD", "EXAM", "DEP", "CONT", "HALT", "INST", "START"};
    int ids[7];
    const int cx0 = sx + 250;
    for (int i = 0; i < 7; ++i) {
        int cx = cx0 + i * 40;
        ids[i] = static_cast<int>(l.controls.size());
        l.controls.push_back({names[i], kinds[i], cx - kSwitchW / 2, kSwitchY, kSwitchW, kSwitchH, kSwitchWhite, {}, keys[i]});
        l.labels.push_back({shorts[i], cx - 16, kSwitchY + kSwitchH + 14, 6, kWhite});
    }
    l.width = cx0 + 6 * 40 + 50;
    l.bands.push_back({cx0 - 24, kSwitchY - 8, 6 * 40 + 48, kSwitchH + 16, kPurple});
    ctl_load_ = ids[0];
    ctl_exam_ = ids[1];
    ctl_dep_ = ids[2];
    ctl_cont_ = ids[3];
    ctl_halt_ = ids[4];
    ctl_sinst_ = ids[5];
    ctl_start_ = ids[6];
    l.labels.push_back({"ADDRESS", sx - 22, 340, 7, kWhite});
    l.labels.push_back({"DATA", sx + 140, 340, 7, kWhite});
}

std::uint32_t Pdp1170Panel::switches22() const {
    return (sr_high_ << 16) | machine_.pdp11_cpu().switch_register();
}

void Pdp1170Panel::sample(PanelState& s, bool running) {
    Pdp11Cpu& cpu = machine_.pdp11_cpu();
    const std::uint16_t psw = cpu.psw();
    const int mode = psw::current_mode(psw);
    std::uint32_t address = address_;
    std::uint16_t data = data_;
    if (running) {
        const std::uint16_t pc = static_cast<std::uint16_t>(cpu.pc());
        std::uint32_t pa = pc;
        const bool physical = address_knob_ == kProgPhy || address_knob_ == kConsPhy;
        const bool mapped = cpu.mmu().translate_console(pc, mode, false, pa);
        address = physical ? pa : pc;
        if (cpu.waiting())
            data = cpu.reg(0);
        else if (mapped && pa + 1 < machine_.memory().size())
            data = machine_.memory().read16_le(pa & ~1u);
    }
    if (data_knob_ == kDisplayRegister) data = cpu.display_register();
    for (int i = 0; i < 22; ++i) s.lamps[first_address_ + i] = (address >> (21 - i)) & 1;
    for (int i = 0; i < 16; ++i) s.lamps[first_data_ + i] = (data >> (15 - i)) & 1;
    const auto& mmu = cpu.mmu();
    const bool relocating = mmu.enabled();
    const bool bits22 = relocating && (mmu.read_mmr3() & 020);
    s.lamps[lamp_parity_high_] = 0;
    s.lamps[lamp_parity_low_] = 0;
    s.lamps[lamp_a16_] = !relocating;
    s.lamps[lamp_a18_] = relocating && !bits22;
    s.lamps[lamp_a22_] = bits22;
    s.lamps[lamp_dspace_] = !running && (address_knob_ == kUserD || address_knob_ == kSuperD || address_knob_ == kKernelD);
    s.lamps[lamp_kernel_] = mode == psw::kKernel;
    s.lamps[lamp_super_] = mode == psw::kSupervisor;
    s.lamps[lamp_user_] = mode == psw::kUser;
    s.lamps[lamp_master_] = running;
    s.lamps[lamp_pause_] = 0;
    s.lamps[lamp_run_] = running;

    const std::uint32_t sr = switches22();
    for (int i = 0; i < 22; ++i) s.controls[first_sr_ + i] = (sr >> (21 - i)) & 1;
    s.controls[ctl_addr_knob_] = address_knob_;
    s.controls[ctl_data_knob_] = data_knob_;
    s.controls[ctl_halt_] = halt_ ? 0 : 1;  // up is ENABLE
    s.controls[ctl_sinst_] = bus_cycle_ ? 0 : 1;
}

void Pdp1170Panel::operate(int control, int value, bool running) {
    Pdp11Cpu& cpu = machine_.pdp11_cpu();
    if (control >= first_sr_ && control < first_sr_ + 22) {
        const int bit = 21 - (control - first_sr_);
        std::uint32_t sr = switches22();
        sr = value ? sr | (1u << bit) : sr & ~(1u << bit);
        sr_high_ = sr >> 16;
        cpu.set_switch_register(static_cast<std::uint16_t>(sr));
        return;
    }
    if (control == ctl_addr_knob_) {
        if (value >= 0 && value < 8) address_knob_ = value;
        return;
    }
    if (control == ctl_data_knob_) {
        if (value >= 0 && value < 4) data_knob_ = value;
        return;
    }
    if (control == ctl_halt_) {
        halt_ = value == 0;
        if (halt_ && running)
            machine_.request_stop(StopCode::Halt, fmt::format("HALT switch, PC: {:06o}", cpu.pc() & 0177777));
        return;
    }
    if (control == ctl_sinst_) {
        bus_cycle_ = value == 0;
        return;
    }
    if (running) return;  // the remaining switches act only on a stopped processor
    if (control == ctl_load_) load_address();
    else if (control == ctl_exam_) examine();
    else if (control == ctl_dep_) deposit();
    else if (control == ctl_start_) start();
    else if (control == ctl_cont_) continue_or_step();
}

void Pdp1170Panel::load_address() {
    address_ = switches22() & 017777777;
    last_ = LastOp::None;
}

namespace {
std::uint32_t next_address(std::uint32_t a, bool physical) {
    if (physical && a >= kRegisterBase && a <= kRegisterBase + 017) return a == kRegisterBase + 017 ? a : a + 1;
    return (a + 2) & (physical ? 017777777u : 0177777u);
}
}  // namespace

void Pdp1170Panel::examine() {
    const bool physical = address_knob_ == kProgPhy || address_knob_ == kConsPhy;
    if (last_ == LastOp::Exam) address_ = next_address(address_, physical);
    std::uint16_t v = 0;
    data_ = console_read(v) ? v : 0;
    last_ = LastOp::Exam;
}

void Pdp1170Panel::deposit() {
    const bool physical = address_knob_ == kProgPhy || address_knob_ == kConsPhy;
    if (last_ == LastOp::Dep) address_ = next_address(address_, physical);
    data_ = machine_.pdp11_cpu().switch_register();
    (void)console_write(data_);
    last_ = LastOp::Dep;
}

bool Pdp1170Panel::console_read(std::uint16_t& value) {
    Pdp11Cpu& cpu = machine_.pdp11_cpu();
    const bool physical = address_knob_ == kProgPhy || address_knob_ == kConsPhy;
    if (physical && address_ >= kRegisterBase && address_ <= kRegisterBase + 017) {
        // The general registers at 17777700-17777717: R0-R5 of set 0, KSP, PC, R0-R5 of
        // set 1, SSP, USP (PDP-11/70 Processor Handbook, console addresses).
        const int r = static_cast<int>(address_ - kRegisterBase);
        if (r == 7) value = static_cast<std::uint16_t>(cpu.pc());
        else if (r == 6) value = cpu.stack_pointer(psw::kKernel);
        else if (r == 016) value = cpu.stack_pointer(psw::kSupervisor);
        else if (r == 017) value = cpu.stack_pointer(psw::kUser);
        else value = cpu.bank_reg(r >> 3, r & 7);
        return true;
    }
    std::uint64_t v = 0;
    if (!cpu.examine(space(), address_ & ~1u, 0, v)) return false;
    value = static_cast<std::uint16_t>(v);
    return true;
}

bool Pdp1170Panel::console_write(std::uint16_t value) {
    Pdp11Cpu& cpu = machine_.pdp11_cpu();
    const bool physical = address_knob_ == kProgPhy || address_knob_ == kConsPhy;
    if (physical && address_ >= kRegisterBase && address_ <= kRegisterBase + 017) {
        const int r = static_cast<int>(address_ - kRegisterBase);
        if (r == 7) cpu.set_pc(value);
        else if (r == 6) cpu.set_stack_pointer(psw::kKernel, value);
        else if (r == 016) cpu.set_stack_pointer(psw::kSupervisor, value);
        else if (r == 017) cpu.set_stack_pointer(psw::kUser, value);
        else cpu.set_bank_reg(r >> 3, r & 7, value);
        return true;
    }
    return cpu.deposit(space(), address_ & ~1u, 0, value);
}

int Pdp1170Panel::space() const {
    switch (address_knob_) {
    case kKernelI: return Pdp11Cpu::mode_space(psw::kKernel, false);
    case kKernelD: return Pdp11Cpu::mode_space(psw::kKernel, true);
    case kSuperI: return Pdp11Cpu::mode_space(psw::kSupervisor, false);
    case kSuperD: return Pdp11Cpu::mode_space(psw::kSupervisor, true);
    case kUserI: return Pdp11Cpu::mode_space(psw::kUser, false);
    case kUserD: return Pdp11Cpu::mode_space(psw::kUser, true);
    default: return Pdp11Cpu::kSpacePhysical;
    }
}

void Pdp1170Panel::start() {
    machine_.reset();
    last_ = LastOp::None;
    if (halt_) return;
    machine_.cpu().set_pc(address_ & 0177777);
    run_requested_ = true;
}

void Pdp1170Panel::continue_or_step() {
    last_ = LastOp::None;
    if (!halt_) {
        run_requested_ = true;
        return;
    }
    // HALT: one instruction (S INST; a bus cycle is not modelled apart from it).
    RunRequest step;
    step.max_instructions = 1;
    step.is_step = true;
    (void)machine_.run(step);
    address_ = static_cast<std::uint32_t>(machine_.cpu().pc()) & 0177777;
}

}  // namespace simmon::pdp11
