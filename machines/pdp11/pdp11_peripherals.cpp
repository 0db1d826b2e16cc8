// The one list of the PDP-11's peripherals (devices/dec/): each is created on the Unibus
// and its register block mapped into the I/O page. Within a bus-request level the first
// created is nearest the processor and wins arbitration, so the console comes first.
#include "devices/dec/dl11.hpp"
#include "devices/dec/dz11.hpp"
#include "devices/dec/kw11l.hpp"
#include "devices/dec/lp11.hpp"
#include "devices/dec/mscp_disk.hpp"
#include "devices/dec/pc11.hpp"
#include "devices/dec/rk11.hpp"
#include "devices/dec/rl11.hpp"
#include "devices/dec/tm11.hpp"
#include "devices/dec/tmscp_tape.hpp"
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
    // The MSCP and TMSCP controllers (UDA50, TUK50) are off until SET RQ/TQ ENABLED, as
    // most PDP-11s had neither and diagnostics probe the I/O page.
    auto& rq = add_device<dec::MscpDiskController>(*this, bus);  // RQ 772150, vector 154
    auto& tq = add_device<dec::TmscpTapeController>(*this, bus);  // TQ 774500, vector 260
    rq.set_enabled(false);
    tq.set_enabled(false);
    on_bus(rq);
    on_bus(tq);
    add_unmodelled_peripherals();
}

// Devices of SIMH's PDP-11 simulator that simmon does not have yet: scripts written for
// SIMH name them, and get "not modelled (yet)" rather than "unknown device"
// (docs/machines/pdp11.md lists them).
void Pdp11Machine::add_unmodelled_peripherals() {
    static constexpr std::pair<const char*, const char*> kUnmodelled[] = {
        {"CR", "CR11/CD11 card reader"},
        {"DCI", "DC11 terminal lines"}, {"DCO", "DC11 terminal lines"},
        {"DLI", "DL11 additional terminal lines"}, {"DLO", "DL11 additional terminal lines"},
        {"VH", "DH11/DHU11/DHQ11 terminal multiplexer"},
        {"DMC", "DMC11 synchronous line"}, {"DUP", "DUP11 synchronous line"}, {"KDP", "KMC11/DUP11 line"},
        {"RQB", "second MSCP disk controller"},
        {"RQC", "third MSCP disk controller"}, {"RQD", "fourth MSCP disk controller"},
        {"RP", "RH11/RH70 Massbus disks (RP04-07, RM02-05, RM80)"}, {"RS", "RS03/RS04 fixed-head disk"},
        {"RHA", "first RH11/RH70 Massbus adapter"}, {"RHB", "second RH11/RH70 Massbus adapter"},
        {"HK", "RK611 disk controller (RK06, RK07)"}, {"RX", "RX11 floppy disk (RX01)"},
        {"RY", "RX211 floppy disk (RX01, RX02)"}, {"RF", "RF11 fixed-head disk"}, {"RC", "RC11 disk"},
        {"TC", "TC11 DECtape"}, {"TS", "TS11 magnetic tape"},
        {"TU", "TM02/TM03 Massbus tape"}, {"TA", "TA11 cassette tape"}, {"TDC", "TU58 cartridge tape"},
        {"XQ", "DELQA/DEQNA Ethernet"}, {"XQB", "second DELQA/DEQNA Ethernet"},
        {"XU", "DEUNA/DELUA Ethernet"}, {"XUB", "second DEUNA/DELUA Ethernet"},
        {"PCLK", "KW11-P programmable clock"}, {"KG", "KG11-A communications arithmetic"},
        {"CH", "CH11 Chaosnet interface"}, {"NG", "Knight TV display"}, {"VT", "VT11 display"},
    };
    for (const auto& [name, description] : kUnmodelled) add_unmodelled_device(name, description);
}

}  // namespace simmon::pdp11
