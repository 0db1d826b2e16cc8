// The machines this build of simmon knows, in the order --list-machines shows them.
#include "machines/machine_list.hpp"

#include "machines/pdp11/pdp11_machine.hpp"
#include "machines/s360/s360_machine.hpp"
#include "machines/vax/vax_machine.hpp"

namespace simmon {

const std::vector<MachineInfo>& machine_list() {
    static const std::vector<MachineInfo> machines = {
        {"pdp11", "DEC PDP-11 (11/34, 11/40, 11/45, 11/70)",
         [] { return std::unique_ptr<Machine>(std::make_unique<pdp11::Pdp11Machine>()); }},
        {"s360", "IBM System/360 Model 67 (and 65)",
         [] { return std::unique_ptr<Machine>(std::make_unique<s360::S360Machine>()); }},
        {"vax", "DEC MicroVAX 3900 (KA655, CVAX)",
         [] { return std::unique_ptr<Machine>(std::make_unique<vax::VaxMachine>()); }},
    };
    return machines;
}

}  // namespace simmon

namespace simmon {

const MachineInfo* find_machine(std::string_view name) {
    for (const auto& m : machine_list())
        if (m.name == name) return &m;
    return nullptr;
}

}  // namespace simmon
