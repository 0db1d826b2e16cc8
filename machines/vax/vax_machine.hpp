// The MicroVAX 3900 (KA655 CPU module) as one object graph: main memory (16-64 MB,
// little-endian, the Machine's PhysicalMemory), the CVAX processor, and the system's I/O
// space (vax_system.hpp: the console ROM and console terminal so far).
#pragma once
#include <memory>

#include "core/machine/machine.hpp"
#include "machines/vax/vax_system.hpp"

namespace simmon::vax {

class VaxCpuDevice;
class VaxCpu;

namespace detail {
// The system bus lives in a base listed before Machine, so that it is destroyed after
// the CPU, which refers to it until then.
struct VaxSystemOwner {
    explicit VaxSystemOwner(Machine& m) : system_(m) {}
    VaxSystem system_;
};
}  // namespace detail

class VaxMachine : private detail::VaxSystemOwner, public Machine {
public:
    static constexpr std::size_t kDefaultMemory = 16u << 20;

    VaxMachine();
    ~VaxMachine() override;

    VaxCpu& vax_cpu();
    VaxCpuDevice& cpu_device() { return *cpu_; }
    VaxSystem& system() { return system_; }

    // LOAD file [address]: a raw image into physical memory (address hex, default 0).
    // LOAD -r file: the console ROM image (at most 128 KB, mapped at 20040000).
    Status load(const std::string& path, Switches switches, const std::vector<std::string>& args) override;
    // DUMP file low high: physical memory to a raw file.
    Status dump(const std::string& path, Switches switches, const std::vector<std::string>& args) override;
    Switches load_switches() const override { return switch_bit('r'); }  // -r: raw bytes

private:
    void add_qbus_devices();
    VaxCpuDevice* cpu_ = nullptr;  // owned by Machine
};

}  // namespace simmon::vax
