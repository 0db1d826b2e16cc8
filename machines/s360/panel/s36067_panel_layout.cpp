// Where the 2067 system control panel's lights and switches are, in panel units: the
// indicator rows across the top with the roller switches at their right and the status
// lights beyond, the data and address switches under them, the operator intervention keys
// and selectors at the bottom left and the operator control section (LOAD UNIT dials, LOAD
// and INTERRUPT) at the bottom right, as on the real panel. Bit 0 is leftmost, as IBM
// numbers bits; the rows are split into bytes, as the hex the operator reads them in.
#include <fmt/format.h>

#include "machines/s360/panel/s36067_panel.hpp"

namespace simmon::s360 {

namespace {
constexpr PanelColour kSlate = 0x3B4250;       // the panel
constexpr PanelColour kLampField = 0x1E2127;   // behind the lamps
constexpr PanelColour kSwitchField = 0x2C313B; // behind the switches
constexpr PanelColour kLamp = 0xFFF1C4;        // a lit incandescent lamp behind white glass
constexpr PanelColour kWhite = 0xEEEEEE;
constexpr PanelColour kPaddle = 0xD8D8D8;
constexpr PanelColour kKey = 0xC8C8C8;
constexpr PanelColour kKnob = 0xBDBDBD;

constexpr int kLeft = 140;   // centre of bit 0's column
constexpr int kPitch = 26;   // between columns
constexpr int kByteGap = 10; // between bytes
constexpr int kPswY = 70, kPsw2Y = 104, kIaY = 150, kAddressY = 184, kDataY = 218;
constexpr int kRollerY[2] = {264, 318};
constexpr int kDataSwitchY = 380, kAddressSwitchY = 446, kSwitchW = 16, kSwitchH = 36;
constexpr int kKeyY = 520, kKeyW = 24, kKeyH = 40;
constexpr int kRollerX = 996, kRollerSize = 36;
constexpr int kStatusX = 1090;

int column_x(int bit) { return kLeft + bit * kPitch + (bit / 8) * kByteGap; }
}  // namespace

S36067Panel::S36067Panel(S360Machine& machine) : machine_(machine) { build_layout(); }

void S36067Panel::build_layout() {
    PanelLayout& l = layout_;
    l.title = "IBM System/360 Model 67";
    l.width = 1360;
    l.height = 600;
    l.background = kSlate;
    l.labels.push_back({"IBM SYSTEM/360 MODEL 67", 12, 10, 14, kWhite});

    // The lamp fields, one band a byte, and the row names at the left.
    auto field = [&](int y0, int y1) {
        for (int byte = 0; byte < 4; ++byte) {
            const int x0 = column_x(byte * 8) - kPitch / 2, x1 = column_x(byte * 8 + 7) + kPitch / 2;
            l.bands.push_back({x0, y0, x1 - x0, y1 - y0, kLampField});
        }
    };
    field(kPswY - 18, kPsw2Y + 18);
    field(kIaY - 18, kDataY + 18);
    field(kRollerY[0] - 18, kRollerY[0] + 18);
    field(kRollerY[1] - 18, kRollerY[1] + 18);
    for (int bit : {0, 8, 16, 24, 31})
        l.labels.push_back({fmt::format("{}", bit), column_x(bit) - (bit < 10 ? 3 : 6), kPswY - 30, 7, kWhite});
    auto row = [&](const char* name, const char* legend, int first_bit, int y) {
        const int first = static_cast<int>(l.lamps.size());
        for (int bit = 0; bit < 32; ++bit)
            l.lamps.push_back({fmt::format("{} {:02}", name, first_bit + bit), column_x(bit), y, kLamp});
        l.labels.push_back({legend, 12, y - 4, 7, kWhite});
        return first;
    };
    lamp_psw_ = row("PSW", "PSW 0-31", 0, kPswY);
    (void)row("PSW", "PSW 32-63", 32, kPsw2Y);
    lamp_ia_ = row("INSTRUCTION ADDRESS", "INSTR ADDRESS", 0, kIaY);
    lamp_address_ = row("STORAGE ADDRESS", "STORAGE ADDRESS", 0, kAddressY);
    lamp_data_ = row("STORAGE DATA", "STORAGE DATA", 0, kDataY);
    lamp_roller_[0] = row("ROLLER 1", "ROLLER 1", 0, kRollerY[0]);
    lamp_roller_[1] = row("ROLLER 2", "ROLLER 2", 0, kRollerY[1]);

    // The roller switches, one at the right of each roller row. Each shows the name of
    // the register it selects under it, as the real one shows it through a window.
    std::vector<std::string> registers;
    for (int r = 0; r < 16; ++r) registers.push_back(fmt::format("GR {}", r));
    for (int r = 0; r < 8; r += 2) {
        registers.push_back(fmt::format("FR {} HI", r));
        registers.push_back(fmt::format("FR {} LO", r));
    }
    for (int r = 0; r < 16; ++r) registers.push_back(fmt::format("CR {}", r));
    const char roller_keys[2] = {'n', 'm'};
    for (int i = 0; i < 2; ++i) {
        ctl_roller_[i] = static_cast<int>(l.controls.size());
        l.controls.push_back({fmt::format("ROLLER {}", i + 1), PanelControlKind::Knob, kRollerX,
                              kRollerY[i] - kRollerSize / 2, kRollerSize, kRollerSize, kKnob, registers, roller_keys[i]});
    }

    // The status lights: the operator control section's five and the problem state.
    auto status = [&](const char* name, int col, int y) {
        const int x = kStatusX + col * 150;
        l.lamps.push_back({name, x, y, kLamp});
        l.labels.push_back({name, x + 16, y - 4, 7, kWhite});
        return static_cast<int>(l.lamps.size()) - 1;
    };
    lamp_system_ = status("SYSTEM", 0, kPswY);
    lamp_manual_ = status("MANUAL", 0, kPsw2Y);
    lamp_wait_ = status("WAIT", 0, kPsw2Y + 34);
    lamp_test_ = status("TEST", 1, kPswY);
    lamp_load_ = status("LOAD", 1, kPsw2Y);
    lamp_problem_ = status("PROBLEM STATE", 1, kPsw2Y + 34);

    // The data switches (bits 0-31) and address switches (8-31) under the lamp columns.
    auto switch_field = [&](int y, int first_byte) {
        for (int byte = first_byte; byte < 4; ++byte) {
            const int x0 = column_x(byte * 8) - kPitch / 2, x1 = column_x(byte * 8 + 7) + kPitch / 2;
            l.bands.push_back({x0, y - 6, x1 - x0, kSwitchH + 12, kSwitchField});
        }
    };
    switch_field(kDataSwitchY, 0);
    switch_field(kAddressSwitchY, 1);
    l.labels.push_back({"DATA", 12, kDataSwitchY + kSwitchH / 2 - 4, 7, kWhite});
    l.labels.push_back({"ADDRESS", 12, kAddressSwitchY + kSwitchH / 2 - 4, 7, kWhite});
    ctl_data_ = static_cast<int>(l.controls.size());
    for (int bit = 0; bit < 32; ++bit)
        l.controls.push_back({fmt::format("DATA {:02}", bit), PanelControlKind::Toggle, column_x(bit) - kSwitchW / 2,
                              kDataSwitchY, kSwitchW, kSwitchH, kPaddle, {}, 0});
    ctl_address_ = static_cast<int>(l.controls.size());
    for (int bit = 8; bit < 32; ++bit)
        l.controls.push_back({fmt::format("ADDRESS {:02}", bit), PanelControlKind::Toggle,
                              column_x(bit) - kSwitchW / 2, kAddressSwitchY, kSwitchW, kSwitchH, kPaddle, {}, 0});
    for (int bit : {8, 16, 24, 31}) {
        l.labels.push_back({fmt::format("{}", bit), column_x(bit) - (bit < 10 ? 3 : 6), kDataSwitchY + kSwitchH + 8, 7, kWhite});
        l.labels.push_back({fmt::format("{}", bit), column_x(bit) - (bit < 10 ? 3 : 6), kAddressSwitchY + kSwitchH + 8, 7,
                            kWhite});
    }
    l.labels.push_back({"0", column_x(0) - 3, kDataSwitchY + kSwitchH + 8, 7, kWhite});

    // Operator intervention: the keys, then STORAGE SELECT and RATE.
    auto key = [&](const char* name, int x, char letter, PanelColour colour) {
        l.controls.push_back({name, PanelControlKind::Momentary, x - kKeyW / 2, kKeyY, kKeyW, kKeyH, colour, {}, letter});
        const int len = static_cast<int>(std::string(name).size());
        l.labels.push_back({name, x - len * 3, kKeyY + kKeyH + 6, 6, kWhite});
        return static_cast<int>(l.controls.size()) - 1;
    };
    ctl_reset_ = key("SYSTEM RESET", 150, 'r', kKey);
    ctl_stop_ = key("STOP", 230, 'p', kKey);
    ctl_start_ = key("START", 300, 's', kKey);
    ctl_set_ic_ = key("SET IC", 370, 'j', kKey);
    ctl_store_ = key("STORE", 440, 'w', kKey);
    ctl_display_ = key("DISPLAY", 510, 'v', kKey);
    l.labels.push_back({"STORAGE SELECT", 570, kKeyY - 16, 7, kWhite});
    ctl_select_ = static_cast<int>(l.controls.size());
    l.controls.push_back({"STORAGE SELECT", PanelControlKind::Knob, 580, kKeyY - 4, 48, 48, kKnob,
                          {"MAIN STORAGE", "GENERAL REGS", "FLOATING REGS", "CONTROL REGS"}, 'g'});
    l.labels.push_back({"RATE", 712, kKeyY - 16, 7, kWhite});
    ctl_rate_ = static_cast<int>(l.controls.size());
    l.controls.push_back({"RATE", PanelControlKind::Knob, 700, kKeyY - 4, 48, 48, kKnob,
                          {"PROCESS", "INSTRUCTION STEP"}, 'x'});

    // Operator control: the LOAD UNIT dials (channel 0-7, unit two hex digits), LOAD and
    // INTERRUPT.
    l.labels.push_back({"LOAD UNIT", kStatusX, kDataSwitchY - 18, 7, kWhite});
    const std::vector<std::string> hex = {"0", "1", "2", "3", "4", "5", "6", "7",
                                          "8", "9", "A", "B", "C", "D", "E", "F"};
    for (int i = 0; i < 3; ++i) {
        ctl_unit_[i] = static_cast<int>(l.controls.size());
        std::vector<std::string> positions(hex.begin(), hex.begin() + (i == 0 ? 8 : 16));
        l.controls.push_back({fmt::format("LOAD UNIT {}", i + 1), PanelControlKind::Knob, kStatusX + i * 70,
                              kDataSwitchY, 44, 44, kKnob, positions, 0});
    }
    l.controls.push_back({"LOAD", PanelControlKind::Momentary, kStatusX + 6, kAddressSwitchY + 24, 32, kKeyH, kPaddle, {}, 'l'});
    ctl_load_ = static_cast<int>(l.controls.size()) - 1;
    l.labels.push_back({"LOAD", kStatusX + 10, kAddressSwitchY + 24 + kKeyH + 6, 6, kWhite});
    l.controls.push_back({"INTERRUPT", PanelControlKind::Momentary, kStatusX + 146, kAddressSwitchY + 24, 32, kKeyH, kKey, {}, 'i'});
    ctl_interrupt_ = static_cast<int>(l.controls.size()) - 1;
    l.labels.push_back({"INTERRUPT", kStatusX + 135, kAddressSwitchY + 24 + kKeyH + 6, 6, kWhite});

    // The keyboard types hex into the data switches, the address switches and the dials
    // (Tab moves between them).
    PanelEntry data{"DATA", 4, {}}, address{"ADDRESS", 4, {}}, unit{"LOAD UNIT", 4, {}};
    for (int i = 0; i < 32; ++i) data.controls.push_back(ctl_data_ + i);
    for (int i = 0; i < 24; ++i) address.controls.push_back(ctl_address_ + i);
    for (int c : ctl_unit_) unit.controls.push_back(c);
    l.entries = {data, address, unit};
}

}  // namespace simmon::s360
