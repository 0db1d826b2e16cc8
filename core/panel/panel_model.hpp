// A machine's front panel as the machine sees it, independent of how it is drawn: where
// its lamps and controls are (a layout in panel units, which the renderer scales), which
// lamps are lit in the machine's current state, and what the controls do. The machine
// module implements one (machines/pdp11/panel/); the SDL renderer (scp-console/panel/)
// draws any of them and turns mouse and keyboard input into operate() calls.
//
// Threads: sample() and operate() touch the machine and are only called where the machine
// may be touched: by the simulation thread between two slices (PanelLink::slice_end) or,
// while nothing runs, by whoever holds the console lock (PanelLink).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace simmon {

// An RGB colour, 0xRRGGBB.
using PanelColour = std::uint32_t;

struct PanelLamp {
    std::string name;  // "ADDRESS 21", "RUN"
    int x, y;          // centre, in panel units
    PanelColour colour;
};

enum class PanelControlKind {
    Toggle,     // stays where it is put (switch register bits, ENABLE/HALT)
    Momentary,  // spring-loaded: a press acts once (LOAD ADRS, EXAM, START)
    Knob,       // a rotary selector with named positions
};

struct PanelControl {
    std::string name;                 // "SR 05", "LOAD ADRS", "ADDRESS SELECT"
    PanelControlKind kind;
    int x, y, w, h;                   // bounding box, in panel units
    PanelColour colour;
    std::vector<std::string> positions;  // a knob's positions, in order
    char key = 0;                     // keyboard shortcut (lower case), 0 for none
};

// Text and coloured bands that make the panel readable; no behaviour.
struct PanelLabel {
    std::string text;
    int x, y;    // top left, in panel units
    int size;    // height of a capital in panel units
    PanelColour colour;
};
struct PanelBand {
    int x, y, w, h;
    PanelColour colour;
};

// A row of switches the keyboard types digits into: the 11/70's switch register in
// octal, the 360's data and address switches and load-unit dials in hex. Each toggle is
// one bit of the number and each knob (2^n positions) n bits, the first control the most
// significant; a digit shifts the number left by `digit_bits` and enters at the right.
struct PanelEntry {
    std::string name;           // "SR", "DATA", "LOAD UNIT"
    int digit_bits = 3;         // 3 octal, 4 hexadecimal
    std::vector<int> controls;  // control indices, most significant first
};

struct PanelLayout {
    std::string title;  // the window's title
    int width = 0, height = 0;
    PanelColour background = 0;
    std::vector<PanelBand> bands;
    std::vector<PanelLabel> labels;
    std::vector<PanelLamp> lamps;
    std::vector<PanelControl> controls;
    // The keyboard's digits go to the first; Tab moves to the next (window marks it).
    std::vector<PanelEntry> entries;

    int find_lamp(const std::string& name) const;     // -1 when absent
    int find_control(const std::string& name) const;  // -1 when absent
};

// What a sample finds: one byte per lamp (0 dark, 1 lit) and each control's position
// (a toggle 0 down / 1 up, a knob its position index, a momentary switch 0).
struct PanelState {
    std::vector<std::uint8_t> lamps;
    std::vector<int> controls;
};

class PanelModel {
public:
    virtual ~PanelModel() = default;
    virtual const PanelLayout& layout() const = 0;
    // The lamps and controls as the machine stands now; `running` says whether the
    // machine is between two slices of a run (true) or stopped at the console (false).
    virtual void sample(PanelState& state, bool running) = 0;
    // The operator moved control `control`: a toggle to `value` (0/1), a knob to position
    // `value`, a momentary switch pressed (value ignored). `running` as for sample().
    virtual void operate(int control, int value, bool running) = 0;
    // Set by operate() when a switch asks the machine to run (START, CONT) while it is
    // stopped: the console takes it (PanelLink::take_run_request) and runs the machine.
    bool take_run_request() {
        bool r = run_requested_;
        run_requested_ = false;
        return r;
    }

protected:
    bool run_requested_ = false;
};

}  // namespace simmon
