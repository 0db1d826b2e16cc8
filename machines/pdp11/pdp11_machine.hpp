// The PDP-11 as one object graph: memory, the Unibus with its I/O page, the CPU (model
// selected by SET CPU 11/34|11/40|11/45|11/70) and the DEC peripherals.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/machine/machine.hpp"

namespace simmon::pdp11 {

class Pdp11Cpu;
class Unibus;

namespace detail {
// Holds the Unibus in a base class listed before Machine, so that it is destroyed after
// Machine's CPU and devices, which all refer to it until their destructors have run.
struct UnibusOwner {
    std::unique_ptr<Unibus> unibus_;
};
}  // namespace detail

class Pdp11Machine : private detail::UnibusOwner, public Machine {
public:
    Pdp11Machine();
    ~Pdp11Machine() override;

    Pdp11Cpu& pdp11_cpu() { return *cpu_; }
    Unibus& unibus() { return *unibus_; }

    void reset() override;
    // BOOT: reset, then the PDP-11 bootstrap for the unit (loaders/bootstraps.cpp).
    Status boot(Unit& unit) override;
    // LOAD file: absolute-loader (paper tape) format; LOAD -r file [address]: raw image.
    Status load(const std::string& path, Switches switches, const std::vector<std::string>& args) override;
    Status dump(const std::string& path, Switches switches, const std::vector<std::string>& args) override;
    Switches load_switches() const override { return switch_bit('r'); }  // -r: raw bytes
    // The 11/70's console (panel/pdp1170_panel.hpp); the other models' are not drawn.
    std::unique_ptr<PanelModel> make_panel(std::string& why_not) override;

private:
    // Creates the DEC peripherals (devices/dec/) on the Unibus. Defined in
    // pdp11_peripherals.cpp, which is the one place that lists them.
    void add_peripherals();
    void add_unmodelled_peripherals();

    Pdp11Cpu* cpu_ = nullptr;  // owned by Machine
};

}  // namespace simmon::pdp11
