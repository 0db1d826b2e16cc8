// The one list of the PDP-11's peripherals (devices/dec/): each is created on the Unibus
// and its register block mapped into the I/O page. Within a bus-request level the first
// created is nearest the processor and wins arbitration, so the console comes first.
#include "devices/dec/dl11.hpp"
#include "devices/dec/dz11.hpp"
#include "devices/dec/kw11l.hpp"
#include "devices/dec/lp11.hpp"
#include "devices/dec/pc11.hpp"
#include "devices/dec/rk11.hpp"
#include "devices/dec/rl11.hpp"
#include "devices/dec/tm11.hpp"
#include "machines/pdp11/bus/unibus.hpp"
#include "machines/pdp11/pdp11_machine.hpp"

namespace simmon::pdp11 {

void Pdp11Machine::add_peripherals() {
    Unibus& bus = *unibus_;
    auto on_bus = [&bus](dec::BusDevice& device) { bus.add_device(device); };

    auto& tti = add_device<dec::Dl11Receiver>(*this, bus);     // TTI  777560, vector 60
    auto& tto = add_device<dec::Dl11Transmitter>(*this, bus);  // TTO  777564, vector 64
    tto.set_loop_back(&tti);  // one DL11: maintenance mode loops the line back
    on_bus(tti);
    on_bus(tto);
    on_bus(add_device<dec::Kw11l>(*this, bus));            // CLK  777546, vector 100
    on_bus(add_device<dec::Pc11Reader>(*this, bus));       // PTR  777550, vector 70
    on_bus(add_device<dec::Pc11Punch>(*this, bus));        // PTP  777554, vector 74
    on_bus(add_device<dec::Lp11>(*this, bus));             // LPT  777514, vector 200
    on_bus(add_device<dec::Rk11>(*this, bus));             // RK   777400, vector 220
    on_bus(add_device<dec::Rl11>(*this, bus));             // RL   774400, vector 160
    on_bus(add_device<dec::Tm11>(*this, bus));             // TM   772520, vector 224
    on_bus(add_device<dec::Dz11>(*this, bus));             // DZ   760100, vectors 300/304
}

}  // namespace simmon::pdp11
