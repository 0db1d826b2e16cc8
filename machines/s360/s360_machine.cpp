// The S/360 machine: storage, the CPU, the peripherals; LOAD and DUMP of raw images.
#include "machines/s360/s360_machine.hpp"

#include <fmt/format.h>

#include <vector>

#include "core/images/raw_image_file.hpp"
#include "core/text/numbers.hpp"
#include "machines/s360/panel/s36067_panel.hpp"
#include "machines/s360/s360_cpu_device.hpp"

namespace simmon::s360 {

S360Machine::S360Machine() : Machine("s360", "IBM System/360 Model 67 (and 65)", Radix::Hex) {
    // Text in storage is EBCDIC (code page 037, core/text/charset.hpp): EXAMINE -c and
    // DEPOSIT -c show and take characters in it.
    set_character_set(CharacterSet::Ebcdic);
    memory().resize(kDefaultMemory);
    auto cpu = std::make_unique<S360CpuDevice>(*this, memory(), no_channels_);
    cpu_ = cpu.get();
    set_cpu(std::move(cpu));
    add_peripherals();
    cpu_->core().memory_resized();
}

S360Machine::~S360Machine() { detach_all(); }

S360Cpu& S360Machine::s360_cpu() { return cpu_->core(); }

void S360Machine::reset() {
    Machine::reset();
    load_state_ = false;
}

std::unique_ptr<PanelModel> S360Machine::make_panel(std::string&) { return std::make_unique<S36067Panel>(*this); }

Status S360Machine::load(const std::string& path, Switches switches, const std::vector<std::string>& args) {
    if (!has_switch(switches, 'r')) return Status::error("only raw images are supported: LOAD -r file [address]");
    std::uint64_t base = 0;
    if (!args.empty() && !parse_number(args[0], Radix::Hex, base)) return Status::error(fmt::format("bad load address: {}", args[0]));
    if (args.size() > 1) return Status::error("LOAD -r takes a file and at most one address");
    if (base >= memory().size()) return Status::error(fmt::format("load address {:X} is beyond storage", base));
    std::vector<std::uint8_t> data;
    if (Status s = read_image_file(path, memory().size() - base, data); !s) return s;
    if (!memory().load(base, data.data(), data.size()))
        return Status::error(fmt::format("{} ({} bytes) does not fit in storage at {:X}", path, data.size(), base));
    return Status::ok();
}

Status S360Machine::dump(const std::string& path, Switches switches, const std::vector<std::string>& args) {
    if (!has_switch(switches, 'r')) return Status::error("only raw dumps are supported: DUMP -r file low high");
    if (args.size() != 2) return Status::error("DUMP -r needs a low and a high address");
    std::uint64_t lo = 0, hi = 0;
    if (!parse_number(args[0], Radix::Hex, lo) || !parse_number(args[1], Radix::Hex, hi) || hi < lo)
        return Status::error("bad address range for DUMP");
    return write_memory_range(memory(), path, lo, hi, "storage");
}

}  // namespace simmon::s360
