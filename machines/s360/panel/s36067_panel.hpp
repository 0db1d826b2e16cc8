// The IBM 2067 system control panel (System/360 Model 67), after the Principles of
// Operation's "System Control Panel" (GA22-6821) and the Model 67 Functional
// Characteristics (GA27-2719):
// - indicators: the current PSW (64 lights), the instruction address, the storage address
//   and storage data registers, and two rows of lights each with a roller switch that
//   picks what it shows (a general, floating-point or control register);
// - operator intervention: the 32 data switches and 24 address switches, STORAGE SELECT
//   (main storage, general, floating-point or control registers), RATE (PROCESS or
//   INSTRUCTION STEP), and the SYSTEM RESET, STOP, START, SET IC, STORE and DISPLAY keys;
// - operator control: the SYSTEM, MANUAL, WAIT, TEST and LOAD lights, the three LOAD UNIT
//   dials (channel 0-7, then two hex digits), the LOAD key and the INTERRUPT key; and a
//   PROBLEM STATE light (PSW bit 15 on its own, for watching CP-67 dispatch its users).
// The layout is built in s36067_panel_layout.cpp; what the lights show and the switches do
// is in s36067_panel.cpp.
#pragma once
#include <array>
#include <cstdint>

#include "core/panel/panel_model.hpp"

namespace simmon::s360 {

class S360Machine;

class S36067Panel final : public PanelModel {
public:
    explicit S36067Panel(S360Machine& machine);

    const PanelLayout& layout() const override { return layout_; }
    void sample(PanelState& state, bool running) override;
    void operate(int control, int value, bool running) override;

    // STORAGE SELECT's positions, in layout order: where STORE and DISPLAY go.
    enum StorageSelect { kMainStorage, kGeneralRegisters, kFloatingRegisters, kControlRegisters };
    // RATE's positions.
    enum Rate { kProcess, kInstructionStep };
    // A roller's positions: GR 0-15, then FR 0, 2, 4, 6 high and low words, then CR 0-15.
    static constexpr int kRollerPositions = 16 + 8 + 16;

    std::uint32_t storage_address() const { return address_; }
    std::uint32_t storage_data() const { return data_; }

private:
    void build_layout();
    void system_reset(bool running);
    void load(bool running);
    void start();
    void store();
    void display();
    std::uint32_t data_switches() const { return data_switches_; }
    std::uint32_t address_switches() const { return address_switches_ & 0x00FFFFFF; }
    std::uint16_t load_unit() const;  // the three dials as an I/O address
    std::uint32_t roller_value(int position) const;
    std::uint32_t register_value(int select, unsigned number) const;

    S360Machine& machine_;
    PanelLayout layout_;
    // Lamp indices: the first of each row (bit 0 leftmost), then the status lights.
    int lamp_psw_ = 0, lamp_ia_ = 0, lamp_address_ = 0, lamp_data_ = 0;
    std::array<int, 2> lamp_roller_{};
    int lamp_system_ = 0, lamp_manual_ = 0, lamp_wait_ = 0, lamp_test_ = 0, lamp_load_ = 0, lamp_problem_ = 0;
    // Control indices.
    int ctl_data_ = 0;     // DATA 0; DATA n is ctl_data_ + n
    int ctl_address_ = 0;  // ADDRESS 8; ADDRESS n is ctl_address_ + n - 8
    std::array<int, 3> ctl_unit_{};
    std::array<int, 2> ctl_roller_{};
    int ctl_select_ = 0, ctl_rate_ = 0, ctl_load_ = 0, ctl_interrupt_ = 0, ctl_reset_ = 0, ctl_stop_ = 0,
        ctl_start_ = 0, ctl_set_ic_ = 0, ctl_store_ = 0, ctl_display_ = 0;

    // The switches' settings: they are the panel's, the machine has none of its own.
    std::uint32_t data_switches_ = 0;
    std::uint32_t address_switches_ = 0;
    std::array<int, 3> unit_{0, 0, 0};
    std::array<int, 2> roller_{0, 1};      // GR 0 and GR 1
    int select_ = kMainStorage;
    int rate_ = kProcess;
    // The storage address and storage data registers the lights show when stopped: the
    // location last displayed or stored.
    std::uint32_t address_ = 0;
    std::uint32_t data_ = 0;
};

}  // namespace simmon::s360
