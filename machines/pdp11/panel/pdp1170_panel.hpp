// The PDP-11/70 operator's console (PDP-11/70 Processor Handbook,
// "Console Operation"): 22 address lights, 16 data lights, the status lights (PARITY
// HIGH/LOW, ADDRESSING 16/18/22, DATA, KERNEL/SUPER/USER, MASTER, PAUSE, RUN), the ADDRESS
// and DATA select knobs, 22 switch register switches and the control switches LOAD ADRS,
// EXAM, DEP, CONT, ENABLE/HALT, S INST/S BUS CYCLE and START. Switches 15-0 are the
// switch register the program reads at 17777570 (the one DEPOSIT SR sets); 21-16 only
// reach the console's address register (LOAD ADRS).
#pragma once
#include <cstdint>

#include "core/panel/panel_model.hpp"

namespace simmon::pdp11 {

class Pdp11Machine;

class Pdp1170Panel final : public PanelModel {
public:
    explicit Pdp1170Panel(Pdp11Machine& machine);

    const PanelLayout& layout() const override { return layout_; }
    void sample(PanelState& state, bool running) override;
    void operate(int control, int value, bool running) override;

    // The address-select knob's positions, in layout order.
    enum AddressKnob { kUserD, kSuperD, kKernelD, kConsPhy, kUserI, kSuperI, kKernelI, kProgPhy };
    // The data-select knob's positions.
    enum DataKnob { kDataPaths, kBusReg, kMicroAdrs, kDisplayRegister };

    std::uint32_t console_address() const { return address_; }
    std::uint16_t console_data() const { return data_; }

private:
    enum class LastOp { None, Exam, Dep };
    void build_layout();
    void load_address();
    void examine();
    void deposit();
    void start();
    void continue_or_step();
    std::uint32_t switches22() const;
    // The console's EXAM/DEP through the knob's address space; false when nothing answers.
    bool console_read(std::uint16_t& value);
    bool console_write(std::uint16_t value);
    int space() const;  // the Pdp11Cpu address space the address knob selects

    Pdp11Machine& machine_;
    PanelLayout layout_;
    int first_sr_ = 0;        // control index of SR 21; SR n is first_sr_ + 21 - n
    int first_address_ = 0;   // lamp index of ADDRESS 21
    int first_data_ = 0;      // lamp index of DATA 15
    int lamp_parity_high_ = 0, lamp_parity_low_ = 0, lamp_a16_ = 0, lamp_a18_ = 0, lamp_a22_ = 0,
        lamp_dspace_ = 0, lamp_kernel_ = 0, lamp_super_ = 0, lamp_user_ = 0, lamp_master_ = 0,
        lamp_pause_ = 0, lamp_run_ = 0;
    int ctl_addr_knob_ = 0, ctl_data_knob_ = 0, ctl_load_ = 0, ctl_exam_ = 0, ctl_dep_ = 0, ctl_cont_ = 0,
        ctl_halt_ = 0, ctl_sinst_ = 0, ctl_start_ = 0;

    std::uint32_t sr_high_ = 0;     // switches 21-16
    bool halt_ = false;             // ENABLE/HALT in HALT
    bool bus_cycle_ = false;        // S INST/S BUS CYCLE in S BUS CYCLE
    int address_knob_ = kProgPhy;
    int data_knob_ = kDataPaths;
    std::uint32_t address_ = 0;     // the console's bus address register (22 bits)
    std::uint16_t data_ = 0;        // what the data lights show after EXAM or DEP
    LastOp last_ = LastOp::None;
};

}  // namespace simmon::pdp11
