// A minimal machine for testing DEC peripherals on their own: a fake bus with word memory,
// interrupt lines that remember requests, and a CPU that never runs. Time moves only when
// the test advances the scheduler, so every test is deterministic.
#pragma once
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/hostio/console_port.hpp"
#include "core/machine/cpu.hpp"
#include "core/machine/machine.hpp"
#include "devices/dec/dec_bus.hpp"
#include "tests/support/guest_console.hpp"

namespace simmon::test {

class FakeBus final : public dec::DecBus {
public:
    struct Line {
        std::string name;
        int level;
        std::uint16_t vector;
        bool pending = false;
        int raised = 0;  // how many times a request was made
    };

    explicit FakeBus(std::uint32_t memory_bytes = 0200000, int dma_address_bits = 18)
        : memory(memory_bytes / 2, 0), dma_bits(dma_address_bits) {}

    int add_interrupt(std::string name, int level, std::uint16_t vector) override {
        lines.push_back({std::move(name), level, vector});
        return static_cast<int>(lines.size()) - 1;
    }
    void raise_interrupt(int line) override {
        lines[line].pending = true;
        ++lines[line].raised;
    }
    void clear_interrupt(int line) override { lines[line].pending = false; }
    bool interrupt_pending(int line) const override { return lines[line].pending; }

    // The CPU taking the interrupt: the request is dropped.
    void acknowledge(const std::string& name) {
        for (Line& l : lines)
            if (l.name == name) l.pending = false;
    }
    const Line& line(const std::string& name) const {
        for (const Line& l : lines)
            if (l.name == name) return l;
        throw std::runtime_error("no interrupt line " + name);
    }
    bool pending(const std::string& name) const { return line(name).pending; }

    std::size_t dma_read_words(const Device&, std::uint32_t addr, std::uint16_t* words, std::size_t count) override {
        std::size_t i = 0;
        for (; i < count; ++i, addr += 2) {
            if (addr / 2 >= memory.size()) break;
            words[i] = memory[addr / 2];
        }
        return i;
    }
    std::size_t dma_write_words(const Device&, std::uint32_t addr, const std::uint16_t* words, std::size_t count) override {
        std::size_t i = 0;
        for (; i < count; ++i, addr += 2) {
            if (addr / 2 >= memory.size()) break;
            memory[addr / 2] = words[i];
        }
        return i;
    }
    std::size_t dma_read_bytes(const Device&, std::uint32_t addr, std::uint8_t* bytes, std::size_t count) override {
        std::size_t i = 0;
        for (; i < count; ++i, ++addr) {
            if (addr / 2 >= memory.size()) break;
            bytes[i] = static_cast<std::uint8_t>((addr & 1) ? memory[addr / 2] >> 8 : memory[addr / 2] & 0xFF);
        }
        return i;
    }
    std::size_t dma_write_bytes(const Device&, std::uint32_t addr, const std::uint8_t* bytes, std::size_t count) override {
        std::size_t i = 0;
        for (; i < count; ++i, ++addr) {
            if (addr / 2 >= memory.size()) break;
            std::uint16_t& w = memory[addr / 2];
            w = (addr & 1) ? static_cast<std::uint16_t>((w & 0x00FF) | (bytes[i] << 8))
                           : static_cast<std::uint16_t>((w & 0xFF00) | bytes[i]);
        }
        return i;
    }
    int dma_address_bits() const override { return dma_bits; }

    std::uint16_t word(std::uint32_t addr) const { return memory.at(addr / 2); }

    std::vector<std::uint16_t> memory;
    std::vector<Line> lines;
    int dma_bits = 18;                // 18: a Unibus; 22: a 22-bit Qbus
};

class FakeCpu final : public Cpu {
public:
    explicit FakeCpu(Machine& m) : Cpu(m, "CPU", "no processor: device tests") {
        set_address_spaces({AddressSpace{0, "memory", 0, 2, ByteOrder::Little, 16, false}});
    }
    std::uint64_t execute(std::uint64_t budget) override { return budget; }
    bool waiting() const override { return false; }
    Addr pc() const override { return 0; }
    void set_pc(Addr) override {}
    bool examine(int, Addr, Switches, std::uint64_t&) override { return false; }
    bool deposit(int, Addr, Switches, std::uint64_t) override { return false; }
    Addr memory_size() const override { return 0; }
    std::string disassemble(Addr, Switches, int& bytes_used) override {
        bytes_used = 2;
        return "?";
    }
    Status assemble(std::string_view, Addr, Switches, std::vector<std::uint64_t>&) override {
        return Status::error("no assembler");
    }
    Status set_history(std::size_t) override { return Status::ok(); }
    std::vector<std::string> history_lines(std::size_t) override { return {}; }
};

// The bus outlives the machine's devices (bases are destroyed after the machine).
struct BusHolder {
    BusHolder(std::uint32_t bytes, int dma_bits) : bus(bytes, dma_bits) {}
    FakeBus bus;
};

class DeviceTestMachine : private BusHolder, public Machine {
public:
    // `dma_bits`: 18 for a Unibus, 22 for a 22-bit Qbus.
    explicit DeviceTestMachine(std::uint32_t memory_bytes = 0200000, int dma_bits = 18)
        : BusHolder(memory_bytes, dma_bits), Machine("test", "device test machine", Radix::Octal) {
        set_cpu(std::make_unique<FakeCpu>(*this));
        set_console(&console);
    }
    template <typename T, typename... Args>
    T& add(Args&&... args) {
        return add_device<T>(*this, bus, std::forward<Args>(args)...);
    }
    void advance(SimTime t) { scheduler().advance(t); }
    FakeBus& fake_bus() { return bus; }

    ScriptedConsole console;
};

// Word register access as the CPU does it.
inline std::uint16_t rd(dec::BusDevice& d, std::uint32_t addr) {
    std::uint16_t v = 0;
    if (!d.read(addr, v)) throw std::runtime_error("bus timeout");
    return v;
}
inline void wr(dec::BusDevice& d, std::uint32_t addr, std::uint16_t v) {
    if (!d.write(addr, v, false)) throw std::runtime_error("bus timeout");
}

// A scratch directory removed with its files afterwards.
class ScratchDir {
public:
    ScratchDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "simmon-dev-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

inline void write_file(const std::string& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

inline std::vector<std::uint8_t> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::vector<std::uint8_t>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A file of `size` bytes whose word at byte offset o is (o/2) & 0xFFFF ^ salt.
inline void write_pattern_image(const std::string& path, std::uint64_t size, std::uint16_t salt = 0) {
    std::vector<std::uint8_t> bytes(size);
    for (std::uint64_t o = 0; o + 1 < size; o += 2) {
        std::uint16_t w = static_cast<std::uint16_t>((o / 2) ^ salt);
        bytes[o] = static_cast<std::uint8_t>(w);
        bytes[o + 1] = static_cast<std::uint8_t>(w >> 8);
    }
    write_file(path, bytes);
}

inline std::string testdata(const std::string& rel) { return std::string(SIMMON_TESTDATA) + "/" + rel; }

}  // namespace simmon::test
