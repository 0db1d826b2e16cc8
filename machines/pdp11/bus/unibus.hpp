// The PDP-11 Unibus: main memory, the I/O page (0760000-0777777) with its peripherals and
// the CPU's own registers, the four bus-request levels BR4-BR7, and DMA (through the
// 11/70's Unibus map when MMR3 bit 5 enables it).
//
// Main memory is the Machine's PhysicalMemory, read and written little-endian (a word's
// low byte at the even address); the CPU reads it directly on its fast path, and the bus
// only sees CPU accesses that miss memory (I/O page, non-existent addresses).
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/memory/physical_memory.hpp"
#include "devices/dec/dec_bus.hpp"

namespace simmon {
class Machine;
}

namespace simmon::pdp11 {

class Pdp11Cpu;

// Something inside the processor that answers in the I/O page (PSW, MMU registers,
// Unibus map). Peripherals answer through dec::BusDevice instead.
class IoPageHandler {
public:
    virtual ~IoPageHandler() = default;
    // `addr` is the 18-bit Unibus address, even for reads. Same contract as BusDevice.
    virtual bool io_read(std::uint32_t addr, std::uint16_t& data) = 0;
    virtual bool io_write(std::uint32_t addr, std::uint16_t data, bool byte) = 0;
};

class Unibus final : public dec::DecBus {
public:
    static constexpr std::uint32_t kIoPage = 0760000;  // first Unibus address of the I/O page
    static constexpr std::uint32_t kIoPageWords = 4096;

    explicit Unibus(Machine& machine);
    ~Unibus() override;

    void attach_cpu(Pdp11Cpu* cpu) { cpu_ = cpu; }
    // A flag the CPU tests once per instruction; raise_interrupt sets it.
    void set_attention_flag(bool* flag) { attention_ = flag; }

    // ---- memory ----
    // Resizes memory (bytes, a multiple of 2 KB). Contents below the new size are kept.
    void set_memory_size(std::uint32_t bytes);
    std::uint32_t memory_size() const { return static_cast<std::uint32_t>(memory_.size()); }
    PhysicalMemory& memory() { return memory_; }
    const PhysicalMemory& memory() const { return memory_; }
    void clear_memory();

    // ---- I/O page ----
    // Registers a peripheral's CSR block. A later device at the same address replaces an
    // earlier one (the caller checks for conflicts with `device_at`).
    void add_device(dec::BusDevice& device);
    // Registers a processor register block [first, first+bytes).
    void add_handler(std::uint32_t first, std::uint32_t bytes, IoPageHandler& handler);
    dec::BusDevice* device_at(std::uint32_t addr) const;
    // SET dev ADDRESS=: the block moves to `base` when every word there is free (or the
    // device's own); the device still sees its csr_base() addresses.
    std::uint32_t device_address(const dec::BusDevice& device) const override;
    Status move_device(dec::BusDevice& device, std::uint32_t base) override;
    Status move_devices(const std::vector<Placement>& moves) override;
    std::vector<int> device_interrupts(const dec::BusDevice& device) const override;
    const std::vector<dec::BusDevice*>& devices() const { return devices_; }

    // CPU access to the I/O page; false = bus timeout. `addr` is 0760000-0777777.
    bool io_read(std::uint32_t addr, std::uint16_t& data);
    bool io_write(std::uint32_t addr, std::uint16_t data, bool byte);

    // BUS INIT (RESET instruction): every peripheral's bus_init, pending requests dropped.
    void bus_init();

    // ---- interrupts ----
    int add_interrupt(std::string name, int level, std::uint16_t vector) override;
    std::uint16_t interrupt_vector(int line) const override {
        return line >= 0 && static_cast<std::size_t>(line) < lines_.size() ? lines_[line].vector : 0;
    }
    bool set_interrupt_vector(int line, std::uint16_t vector) override {
        if (line < 0 || static_cast<std::size_t>(line) >= lines_.size()) return false;
        lines_[line].vector = vector;
        return true;
    }
    std::uint16_t built_interrupt_vector(int line) const override {
        return line >= 0 && static_cast<std::size_t>(line) < lines_.size() ? lines_[line].built_vector : 0;
    }
    void raise_interrupt(int line) override;
    void clear_interrupt(int line) override;
    bool interrupt_pending(int line) const override;
    // Bit L set when some line at level L (4-7) requests. The CPU compares this with its
    // priority after every instruction, so it is one byte.
    std::uint8_t pending_levels() const { return level_mask_; }
    // Grants the bus to the highest-priority requester at `level` (the first registered,
    // i.e. nearest the processor) and returns its vector; false if none requests.
    bool acknowledge(int level, std::uint16_t& vector);
    struct InterruptLine {
        std::string name;
        int level;
        std::uint16_t vector;
        std::uint16_t built_vector;  // as registered (SET dev VECTOR=DEFAULT)
    };
    const std::vector<InterruptLine>& interrupt_lines() const { return lines_; }

    // ---- DMA ----
    std::size_t dma_read_words(const Device& master, std::uint32_t addr, std::uint16_t* words,
                               std::size_t count) override;
    std::size_t dma_write_words(const Device& master, std::uint32_t addr, const std::uint16_t* words,
                                std::size_t count) override;
    std::size_t dma_read_bytes(const Device& master, std::uint32_t addr, std::uint8_t* bytes,
                               std::size_t count) override;
    std::size_t dma_write_bytes(const Device& master, std::uint32_t addr, const std::uint8_t* bytes,
                                std::size_t count) override;

    // ---- 11/70 Unibus map (770200-770377) ----
    void set_map_present(bool present);
    bool map_present() const { return map_present_; }
    void set_map_enabled(bool enabled) { map_enabled_ = enabled; }  // MMR3 bit 5
    bool map_enabled() const { return map_enabled_; }
    std::uint32_t map_register(int i) const { return map_[i]; }
    void set_map_register(int i, std::uint32_t value) { map_[i] = value & 017777776; }
    // Unibus address -> physical address; false for the I/O page.
    bool unibus_to_physical(std::uint32_t addr, std::uint32_t& pa) const;
    // Physical address the I/O page appears at (0760000 or 017760000 on a 22-bit CPU).
    void set_physical_io_base(std::uint32_t base) { physical_io_base_ = base; }

    // The Unibus is 18 bits wide on every model; the 11/70's map widens at the bus side.
    int dma_address_bits() const override { return 18; }

    // Physical memory access for loaders, the console and tests; false beyond memory.
    bool read_physical_word(std::uint32_t pa, std::uint16_t& value) const;
    bool write_physical_word(std::uint32_t pa, std::uint16_t value);
    bool write_physical_byte(std::uint32_t pa, std::uint8_t value);

private:
    struct Slot {
        dec::BusDevice* device = nullptr;
        IoPageHandler* handler = nullptr;
        std::uint32_t shift = 0;  // configured address - csr_base() (mod 2^18) of a moved device
    };
    class MapRegisters;

    Machine& machine_;
    Pdp11Cpu* cpu_ = nullptr;
    bool* attention_ = nullptr;
    PhysicalMemory& memory_;  // the Machine's
    std::array<Slot, kIoPageWords> slots_{};
    std::vector<dec::BusDevice*> devices_;

    std::vector<InterruptLine> lines_;
    std::vector<std::uint8_t> line_bit_;      // bit index within its level
    std::array<std::uint64_t, 8> pending_{};  // per level, bit per line
    std::uint8_t level_mask_ = 0;

    bool map_present_ = false;
    bool map_enabled_ = false;
    std::array<std::uint32_t, 32> map_{};
    std::uint32_t physical_io_base_ = kIoPage;
    std::unique_ptr<MapRegisters> map_handler_;
};

}  // namespace simmon::pdp11
