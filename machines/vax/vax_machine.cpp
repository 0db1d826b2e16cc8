// The MicroVAX 3900: memory, the CPU, the system's I/O space; LOAD and DUMP of raw images.
#include "machines/vax/vax_machine.hpp"

#include <fmt/format.h>

#include <vector>

#include "core/images/raw_image_file.hpp"
#include "core/text/numbers.hpp"
#include "devices/dec/delqa.hpp"
#include "devices/dec/dhv11.hpp"
#include "devices/dec/dz11.hpp"
#include "devices/dec/mscp_disk.hpp"
#include "devices/dec/tmscp_tape.hpp"
#include "machines/vax/vax_cpu_device.hpp"

namespace simmon::vax {
// Machine is constructed after VaxSystemOwner, which only keeps a reference to it.
VaxMachine::VaxMachine()
    : detail::VaxSystemOwner(static_cast<Machine&>(*this)), Machine("vax", "DEC MicroVAX 3900 (KA655, CVAX)", Radix::Hex) {
    memory().resize(kDefaultMemory);
    auto cpu = std::make_unique<VaxCpuDevice>(*this, memory(), system_);
    cpu_ = cpu.get();
    set_cpu(std::move(cpu));
    cpu_->core().memory_resized();
    system_.attach(&cpu_->core());
    add_qbus_devices();
    system_.reset();
}

// The Q22-bus controllers (devices/dec/), in the KA655's standard configuration: the
// RQDX3 at 772150 (the console's DUA), the TQK50 at 774500 (MUA), a DZV11 at 760100, a
// DHV11 at 760440, the DELQA at 774440 (XQA).
// Within a level the first added is nearest the CPU.
void VaxMachine::add_qbus_devices() {
    Qbus& bus = system_.qbus();
    bus.add_device(add_device<dec::MscpDiskController>(*this, bus));  // RQ 772150, vector set by the host
    bus.add_device(add_device<dec::TmscpTapeController>(*this, bus));  // TQ 774500, vector set by the host
    bus.add_device(add_device<dec::Dz11>(*this, bus, dec::Dz11::kDzvLines));  // DZ 760100, vectors 300/304
    bus.add_device(add_device<dec::Dhv11>(*this, bus));  // VH 760440, vectors 310/314
    bus.add_device(add_device<dec::Delqa>(*this, bus));  // XQ 774440, vector 120 until the VAR moves it
}

VaxMachine::~VaxMachine() { detach_all(); }

VaxCpu& VaxMachine::vax_cpu() { return cpu_->core(); }

Status VaxMachine::load(const std::string& path, Switches switches, const std::vector<std::string>& args) {
    if (has_switch(switches, 'r')) {
        if (!args.empty()) return Status::error("LOAD -r takes only the ROM file");
        std::vector<std::uint8_t> data;
        // A console ROM is 1 byte to 128 KB.
        if (Status s = read_image_file(path, VaxSystem::kRomSize, data); !s) return s;
        data.resize(VaxSystem::kRomSize, 0);
        system_.rom() = std::move(data);
        // A ROM is a power-on: the processor starts in console mode at its first byte.
        vax_cpu().flush_ipage();
        cpu_->power_on();
        return Status::ok();
    }
    std::uint64_t base = 0;
    if (!args.empty() && !parse_number(args[0], Radix::Hex, base)) return Status::error(fmt::format("bad load address: {}", args[0]));
    if (args.size() > 1) return Status::error("LOAD takes a file and at most one address");
    if (base >= memory().size()) return Status::error(fmt::format("load address {:X} is beyond memory", base));
    std::vector<std::uint8_t> data;
    if (Status s = read_image_file(path, memory().size() - base, data); !s) return s;
    if (!memory().load(base, data.data(), data.size()))
        return Status::error(fmt::format("{} ({} bytes) does not fit in memory at {:X}", path, data.size(), base));
    return Status::ok();
}

Status VaxMachine::dump(const std::string& path, Switches, const std::vector<std::string>& args) {
    if (args.size() != 2) return Status::error("DUMP needs a low and a high address");
    std::uint64_t lo = 0, hi = 0;
    if (!parse_number(args[0], Radix::Hex, lo) || !parse_number(args[1], Radix::Hex, hi) || hi < lo)
        return Status::error("bad address range for DUMP");
    return write_memory_range(memory(), path, lo, hi, "memory");
}

}  // namespace simmon::vax
