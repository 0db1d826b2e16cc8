// What the 2067 system control panel's lights show and its switches do (PoO GA22-6821,
// "System Control Panel"; FC67 GA27-2719):
// - PSW: the current PSW, in the format it has (basic, or extended when CR6 bit 8 is on).
//   INSTRUCTION ADDRESS: the PSW's instruction address, 32 bits wide for extended mode.
// - STORAGE ADDRESS and STORAGE DATA: stopped, the location last displayed or stored and
//   its word; running, the real address of the instruction being fetched (translated when
//   DAT is on) and the word there, so that the lights flicker with the program.
// - ROLLER 1 and 2: the register each roller switch selects.
// - SYSTEM: the CPU runs and is not waiting (the usage meter runs); MANUAL: the CPU is
//   stopped; WAIT: the PSW's wait bit; TEST: RATE is not at PROCESS; LOAD: an IPL that did
//   not complete left the CPU in the load state; PROBLEM STATE: the PSW's bit 15.
// - DISPLAY and STORE (stopped only): the location STORAGE SELECT and the address switches
//   name: main storage (a word, the address rounded down to a word boundary), or general,
//   floating-point or control register n from address switches 28-31; for floating-point
//   registers an even n is the high word of register n & 6, an odd n its low word (our
//   choice: the panel has 32 data switches, the registers 64 bits).
// - SET IC (stopped): the address switches into the PSW's instruction address.
// - START (stopped): PROCESS runs the machine (the console types CONTINUE); INSTRUCTION
//   STEP executes one instruction.
// - STOP: the CPU stops at the end of the instruction. SYSTEM RESET: resets the CPU, the
//   channels and the devices and stops the CPU. INTERRUPT: the external interruption of the
//   interrupt key (code X'40'), pending until the PSW enables it.
// - LOAD: system reset, then the IPL from the device the three dials name; when it
//   completes the PSW at 0 is loaded and the CPU runs. Running, it acts between two slices
//   of the run, where the machine is whole, as the key does on the real machine in any state.
#include "machines/s360/panel/s36067_panel.hpp"

#include <fmt/format.h>

#include <bit>
#include <cstring>

#include "machines/s360/cpu/s360_cpu.hpp"
#include "machines/s360/s360_machine.hpp"

namespace simmon::s360 {

namespace {
// A byte's eight lamps (one byte each, 0 or 1, its bit 0 first) as one 64-bit store: a
// sample during a run sets nearly 300 lamps, and this makes it a few dozen stores.
constexpr std::array<std::uint64_t, 256> kByteLamps = [] {
    std::array<std::uint64_t, 256> t{};
    for (unsigned v = 0; v < 256; ++v)
        for (unsigned bit = 0; bit < 8; ++bit) {
            const unsigned at = std::endian::native == std::endian::little ? bit : 7 - bit;  // lamp `bit`'s byte
            t[v] |= std::uint64_t{(v >> (7 - bit)) & 1} << (8 * at);
        }
    return t;
}();

// 32 lamps from `first`, bit 0 (the most significant) leftmost.
void word_lamps(PanelState& s, int first, std::uint32_t v) {
    std::uint8_t* lamp = &s.lamps[static_cast<std::size_t>(first)];
    for (int byte = 0; byte < 4; ++byte)
        std::memcpy(lamp + 8 * byte, &kByteLamps[(v >> (24 - 8 * byte)) & 0xFF], 8);
}
}  // namespace

std::uint16_t S36067Panel::load_unit() const {
    return static_cast<std::uint16_t>((unit_[0] << 8) | (unit_[1] << 4) | unit_[2]);
}

std::uint32_t S36067Panel::register_value(int select, unsigned number) const {
    const S360Cpu& cpu = machine_.s360_cpu();
    switch (select) {
    case kGeneralRegisters: return cpu.gr_[number & 15];
    case kControlRegisters: return cpu.cr_[number & 15];
    case kFloatingRegisters: {
        const std::uint64_t f = cpu.fpr_[(number & 6) >> 1];
        return static_cast<std::uint32_t>(number & 1 ? f : f >> 32);
    }
    default: return 0;
    }
}

std::uint32_t S36067Panel::roller_value(int position) const {
    if (position < 16) return register_value(kGeneralRegisters, static_cast<unsigned>(position));
    if (position < 24) return register_value(kFloatingRegisters, static_cast<unsigned>(position - 16));
    return register_value(kControlRegisters, static_cast<unsigned>(position - 24));
}

void S36067Panel::sample(PanelState& s, bool running) {
    S360Cpu& cpu = machine_.s360_cpu();
    const std::uint64_t psw = cpu.current_psw();
    word_lamps(s, lamp_psw_, static_cast<std::uint32_t>(psw >> 32));
    word_lamps(s, lamp_psw_ + 32, static_cast<std::uint32_t>(psw));
    const std::uint32_t ia = cpu.instruction_address();
    word_lamps(s, lamp_ia_, ia);
    std::uint32_t address = address_, data = data_;
    if (running) {
        std::uint32_t real = ia, entry = 0;
        const bool mapped = !cpu.dat_on() || cpu.translate_probe(ia, real, entry) == 0;
        address = real;
        data = mapped && real + 4 <= machine_.memory().size() ? machine_.memory().read32_be(real & ~3u) : 0;
    }
    word_lamps(s, lamp_address_, address);
    word_lamps(s, lamp_data_, data);
    for (int i = 0; i < 2; ++i) word_lamps(s, lamp_roller_[i], roller_value(roller_[i]));
    const bool waiting = cpu.waiting();
    s.lamps[lamp_system_] = running && !waiting;
    s.lamps[lamp_manual_] = !running;
    s.lamps[lamp_wait_] = waiting;
    s.lamps[lamp_test_] = rate_ != kProcess;
    s.lamps[lamp_load_] = machine_.load_state();
    s.lamps[lamp_problem_] = cpu.problem_state();

    for (int bit = 0; bit < 32; ++bit) s.controls[ctl_data_ + bit] = (data_switches_ >> (31 - bit)) & 1;
    for (int bit = 8; bit < 32; ++bit) s.controls[ctl_address_ + bit - 8] = (address_switches_ >> (31 - bit)) & 1;
    for (int i = 0; i < 3; ++i) s.controls[ctl_unit_[i]] = unit_[i];
    for (int i = 0; i < 2; ++i) s.controls[ctl_roller_[i]] = roller_[i];
    s.controls[ctl_select_] = select_;
    s.controls[ctl_rate_] = rate_;
}

void S36067Panel::operate(int control, int value, bool running) {
    if (control >= ctl_data_ && control < ctl_data_ + 32) {
        const std::uint32_t bit = 1u << (31 - (control - ctl_data_));
        data_switches_ = value ? data_switches_ | bit : data_switches_ & ~bit;
        return;
    }
    if (control >= ctl_address_ && control < ctl_address_ + 24) {
        const std::uint32_t bit = 1u << (31 - (control - ctl_address_ + 8));
        address_switches_ = value ? address_switches_ | bit : address_switches_ & ~bit;
        return;
    }
    for (int i = 0; i < 3; ++i)
        if (control == ctl_unit_[i]) {
            if (value >= 0 && value < (i == 0 ? 8 : 16)) unit_[i] = value;
            return;
        }
    for (int i = 0; i < 2; ++i)
        if (control == ctl_roller_[i]) {
            if (value >= 0 && value < kRollerPositions) roller_[i] = value;
            return;
        }
    if (control == ctl_select_) {
        if (value >= 0 && value <= kControlRegisters) select_ = value;
        return;
    }
    if (control == ctl_rate_) {
        if (value == kProcess || value == kInstructionStep) rate_ = value;
        return;
    }
    // The keys that act in any state.
    S360Cpu& cpu = machine_.s360_cpu();
    if (control == ctl_interrupt_) {
        cpu.request_external(kExtInterruptKey);
        return;
    }
    if (control == ctl_stop_) {
        if (running) {
            const std::uint64_t psw = cpu.current_psw();
            machine_.request_stop(StopCode::UserInterrupt, fmt::format("STOP key, PSW {:08X} {:08X}",
                                                                       static_cast<std::uint32_t>(psw >> 32),
                                                                       static_cast<std::uint32_t>(psw)));
        }
        return;
    }
    if (control == ctl_reset_) {
        system_reset(running);
        return;
    }
    if (control == ctl_load_) {
        load(running);
        return;
    }
    if (running) return;  // the rest act only in the stopped state
    if (control == ctl_start_) start();
    else if (control == ctl_set_ic_) machine_.cpu().set_pc(address_switches());
    else if (control == ctl_store_) store();
    else if (control == ctl_display_) display();
}

void S36067Panel::system_reset(bool running) {
    machine_.reset();
    if (running) machine_.request_stop(StopCode::UserInterrupt, "SYSTEM RESET key");
}

void S36067Panel::load(bool running) {
    // Machine::ipl resets the system first, runs the IPL channel program to its end in
    // simulated time and loads the PSW; between two slices of a run that is as safe as at
    // the prompt, and the run goes on with the loaded program.
    const Status s = machine_.ipl_from(load_unit());
    if (running) {
        if (!s) machine_.request_stop(StopCode::UserInterrupt, s.message());
        return;
    }
    // Stopped: the LOAD light stays on after a failure, as on the real machine; after a
    // load the CPU runs.
    if (s) run_requested_ = true;
}

void S36067Panel::start() {
    if (rate_ == kProcess) {
        run_requested_ = true;
        return;
    }
    RunRequest step;
    step.max_instructions = 1;
    step.is_step = true;
    (void)machine_.run(step);
}

void S36067Panel::store() {
    const std::uint32_t a = address_switches();
    if (select_ == kMainStorage) {
        address_ = a & ~3u;
        data_ = data_switches_;
        if (address_ + 4 <= machine_.memory().size()) machine_.memory().write32_be(address_, data_);
        return;
    }
    S360Cpu& cpu = machine_.s360_cpu();
    const unsigned n = a & 15;
    address_ = n;
    data_ = data_switches_;
    if (select_ == kGeneralRegisters) {
        cpu.gr_[n] = data_;
    } else if (select_ == kControlRegisters) {
        cpu.cr_[n] = data_;
        cpu.recompute_modes();  // CR0 and CR6 change translation and the PSW's format
        cpu.purge_tlb();
    } else {
        std::uint64_t& f = cpu.fpr_[(n & 6) >> 1];
        f = n & 1 ? (f & 0xFFFFFFFF00000000ull) | data_ : (f & 0xFFFFFFFFull) | (std::uint64_t{data_} << 32);
    }
}

void S36067Panel::display() {
    const std::uint32_t a = address_switches();
    if (select_ == kMainStorage) {
        address_ = a & ~3u;
        data_ = address_ + 4 <= machine_.memory().size() ? machine_.memory().read32_be(address_) : 0;
        return;
    }
    address_ = a & 15;
    data_ = register_value(select_, address_);
}

}  // namespace simmon::s360
