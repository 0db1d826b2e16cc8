// Unibus memory, I/O page dispatch, interrupt requests and DMA.
//
// The 11/70 Unibus map (KB11-C manual, chapter "Unibus map"): 32 registers at
// 770200-770376, two words each (low: address bits 15:1, high: bits 21:16). With MMR3
// bit 5 set, a Unibus address below the I/O page selects register addr<17:13> and the
// 22-bit physical address is that register plus addr<12:0>.
#include "machines/pdp11/bus/unibus.hpp"

#include <algorithm>
#include <bit>
#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "core/memory/dma_transfer.hpp"
#include "devices/dec/io_page_slots.hpp"
#include "machines/pdp11/cpu/pdp11_cpu.hpp"

namespace simmon::pdp11 {

class Unibus::MapRegisters final : public IoPageHandler {
public:
    explicit MapRegisters(Unibus& bus) : bus_(bus) {}
    bool io_read(std::uint32_t addr, std::uint16_t& data) override {
        if (!bus_.map_present_) return false;
        int i = static_cast<int>((addr - 0770200) >> 2);
        std::uint32_t v = bus_.map_[i];
        data = (addr & 2) ? static_cast<std::uint16_t>((v >> 16) & 077)
                          : static_cast<std::uint16_t>(v & 0177776);
        return true;
    }
    bool io_write(std::uint32_t addr, std::uint16_t data, bool byte) override {
        if (!bus_.map_present_) return false;
        int i = static_cast<int>((addr - 0770200) >> 2);
        std::uint32_t v = bus_.map_[i];
        std::uint16_t word = (addr & 2) ? static_cast<std::uint16_t>(v >> 16) : static_cast<std::uint16_t>(v);
        if (byte)
            word = (addr & 1) ? static_cast<std::uint16_t>((word & 0377) | (data << 8))
                              : static_cast<std::uint16_t>((word & 0177400) | (data & 0377));
        else
            word = data;
        if (addr & 2)
            v = (v & 0177777) | (static_cast<std::uint32_t>(word & 077) << 16);
        else
            v = (v & ~0177777u) | (word & 0177776);
        bus_.map_[i] = v;
        return true;
    }

private:
    Unibus& bus_;
};

Unibus::Unibus(Machine& machine)
    : machine_(machine), memory_(machine.memory()), map_handler_(std::make_unique<MapRegisters>(*this)) {
    add_handler(0770200, 0200, *map_handler_);
}

Unibus::~Unibus() = default;

// ---------------------------------------------------------------- memory

void Unibus::set_memory_size(std::uint32_t bytes) { memory_.resize(bytes); }

void Unibus::clear_memory() { memory_.clear(); }

bool Unibus::read_physical_word(std::uint32_t pa, std::uint16_t& value) const {
    if (!memory_.contains(pa, 2)) return false;
    value = memory_.read16_le(pa);
    return true;
}

bool Unibus::write_physical_word(std::uint32_t pa, std::uint16_t value) {
    if (!memory_.contains(pa, 2)) return false;
    memory_.write16_le(pa, value);
    return true;
}

bool Unibus::write_physical_byte(std::uint32_t pa, std::uint8_t value) {
    if (!memory_.contains(pa, 1)) return false;
    memory_.write8(pa, value);
    return true;
}

// ---------------------------------------------------------------- I/O page

void Unibus::add_device(dec::BusDevice& device) {
    if (std::find(devices_.begin(), devices_.end(), &device) == devices_.end())
        devices_.push_back(&device);
    std::uint32_t first = device.csr_base();
    std::uint32_t bytes = device.csr_bytes();
    if (first < kIoPage) return;
    for (std::uint32_t a = first & ~1u; a < first + bytes && a <= 0777776; a += 2)
        slots_[(a - kIoPage) >> 1] = Slot{&device, nullptr, 0};
}

void Unibus::add_handler(std::uint32_t first, std::uint32_t bytes, IoPageHandler& handler) {
    for (std::uint32_t a = first & ~1u; a < first + bytes && a <= 0777776; a += 2)
        slots_[(a - kIoPage) >> 1] = Slot{nullptr, &handler, 0};
}

dec::BusDevice* Unibus::device_at(std::uint32_t addr) const {
    if (addr < kIoPage || addr > 0777777) return nullptr;
    return slots_[(addr - kIoPage) >> 1].device;
}

std::uint32_t Unibus::device_address(const dec::BusDevice& device) const { return dec::io_page_address_of(slots_, device); }

Status Unibus::move_device(dec::BusDevice& device, std::uint32_t base) { return move_devices({Placement{&device, base}}); }

// A slot taken by the processor's registers refuses a move as a device's does.
Status Unibus::move_devices(const std::vector<Placement>& moves) {
    return dec::move_io_page_blocks(
        slots_, moves,
        [](const Slot& s) { return s.device ? s.device->name() : s.handler ? std::string("the processor") : std::string(); },
        [](dec::BusDevice* device, std::uint32_t shift) { return Slot{device, nullptr, shift}; });
}

std::vector<int> Unibus::device_interrupts(const dec::BusDevice& device) const {
    return dec::interrupt_lines_of(lines_, device.name());
}

bool Unibus::io_read(std::uint32_t addr, std::uint16_t& data) {
    const Slot& s = slots_[((addr & 0777777) - kIoPage) >> 1];
    if (s.device) return s.device->enabled() && s.device->read(((addr & ~1u) - s.shift) & 0777777, data);
    if (s.handler) return s.handler->io_read(addr & ~1u, data);
    return false;
}

bool Unibus::io_write(std::uint32_t addr, std::uint16_t data, bool byte) {
    const Slot& s = slots_[((addr & 0777777) - kIoPage) >> 1];
    if (byte) data &= 0377;
    else addr &= ~1u;
    if (s.device) return s.device->enabled() && s.device->write((addr - s.shift) & 0777777, data, byte);
    if (s.handler) return s.handler->io_write(addr, data, byte);
    return false;
}

void Unibus::bus_init() {
    for (dec::BusDevice* d : devices_) d->bus_init();
}

// ---------------------------------------------------------------- interrupts

int Unibus::add_interrupt(std::string name, int level, std::uint16_t vector) {
    level = std::clamp(level, 4, 7);
    int at_level = 0;
    for (const InterruptLine& l : lines_)
        if (l.level == level) ++at_level;
    // More than 64 requesters at one level cannot be wired on one bus; share the last bit.
    line_bit_.push_back(static_cast<std::uint8_t>(std::min(at_level, 63)));
    lines_.push_back(InterruptLine{std::move(name), level, vector, vector});
    return static_cast<int>(lines_.size() - 1);
}

void Unibus::raise_interrupt(int line) {
    if (line < 0 || static_cast<std::size_t>(line) >= lines_.size()) return;
    int lv = lines_[line].level;
    pending_[lv] |= std::uint64_t{1} << line_bit_[line];
    level_mask_ |= static_cast<std::uint8_t>(1u << lv);
    if (attention_) *attention_ = true;
}

void Unibus::clear_interrupt(int line) {
    if (line < 0 || static_cast<std::size_t>(line) >= lines_.size()) return;
    int lv = lines_[line].level;
    pending_[lv] &= ~(std::uint64_t{1} << line_bit_[line]);
    if (pending_[lv] == 0) level_mask_ &= static_cast<std::uint8_t>(~(1u << lv));
}

bool Unibus::interrupt_pending(int line) const {
    if (line < 0 || static_cast<std::size_t>(line) >= lines_.size()) return false;
    return (pending_[lines_[line].level] >> line_bit_[line]) & 1;
}

bool Unibus::acknowledge(int level, std::uint16_t& vector) {
    std::uint64_t p = pending_[level];
    if (p == 0) return false;
    int bit = std::countr_zero(p);
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        if (lines_[i].level == level && line_bit_[i] == bit) {
            vector = lines_[i].vector;
            clear_interrupt(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------- DMA

void Unibus::set_map_present(bool present) {
    map_present_ = present;
    if (!present) map_enabled_ = false;
}

bool Unibus::unibus_to_physical(std::uint32_t addr, std::uint32_t& pa) const {
    addr &= 0777777;
    if (addr >= kIoPage) return false;
    if (map_present_ && map_enabled_)
        pa = (map_[addr >> 13] + (addr & 017777)) & 017777777;
    else
        pa = addr;
    return true;
}

// Each word goes through the map on its own (a block may cross a map register's 8 KB),
// and through one DmaTransfer, which checks watchpoints and marks pages dirty.
std::size_t Unibus::dma_read_words(const Device& master, std::uint32_t addr, std::uint16_t* words,
                                   std::size_t count) {
    DmaTransfer transfer(machine_, master.name());
    for (std::size_t i = 0; i < count; ++i, addr += 2) {
        std::uint32_t pa;
        if (!unibus_to_physical(addr & ~1u, pa) || !transfer.read16(pa, ByteOrder::Little, words[i])) return i;
    }
    return count;
}

std::size_t Unibus::dma_write_words(const Device& master, std::uint32_t addr, const std::uint16_t* words,
                                    std::size_t count) {
    DmaTransfer transfer(machine_, master.name());
    for (std::size_t i = 0; i < count; ++i, addr += 2) {
        std::uint32_t pa;
        if (!unibus_to_physical(addr & ~1u, pa) || !transfer.write16(pa, ByteOrder::Little, words[i])) return i;
    }
    return count;
}

std::size_t Unibus::dma_read_bytes(const Device& master, std::uint32_t addr, std::uint8_t* bytes,
                                   std::size_t count) {
    DmaTransfer transfer(machine_, master.name());
    for (std::size_t i = 0; i < count; ++i, ++addr) {
        std::uint32_t pa;
        if (!unibus_to_physical(addr, pa) || !transfer.read8(pa, bytes[i])) return i;
    }
    return count;
}

std::size_t Unibus::dma_write_bytes(const Device& master, std::uint32_t addr, const std::uint8_t* bytes,
                                    std::size_t count) {
    DmaTransfer transfer(machine_, master.name());
    for (std::size_t i = 0; i < count; ++i, ++addr) {
        std::uint32_t pa;
        if (!unibus_to_physical(addr, pa) || !transfer.write8(pa, bytes[i])) return i;
    }
    return count;
}

}  // namespace simmon::pdp11
