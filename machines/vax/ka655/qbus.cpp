// The KA655's Q22-bus for DEC controllers (see qbus.hpp).
#include "machines/vax/ka655/qbus.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/machine/machine.hpp"
#include "core/memory/dma_transfer.hpp"
#include "devices/dec/io_page_slots.hpp"
#include "machines/vax/ka655/cqbic.hpp"

namespace simmon::vax {

Qbus::Qbus(Machine& machine, Cqbic& cqbic, std::function<void()> notify)
    : machine_(machine), cqbic_(cqbic), notify_(std::move(notify)) {}

void Qbus::add_device(dec::BusDevice& device) {
    if (std::find(devices_.begin(), devices_.end(), &device) == devices_.end()) devices_.push_back(&device);
    const std::uint32_t first = device.csr_base();
    if (first < kIoPage) return;
    for (std::uint32_t a = first & ~1u; a < first + device.csr_bytes() && a <= 0777776; a += 2)
        slots_[(a - kIoPage) >> 1] = Slot{&device, 0};
}

std::uint32_t Qbus::device_address(const dec::BusDevice& device) const { return dec::io_page_address_of(slots_, device); }

Status Qbus::move_device(dec::BusDevice& device, std::uint32_t base) { return move_devices({Placement{&device, base}}); }

Status Qbus::move_devices(const std::vector<Placement>& moves) {
    return dec::move_io_page_blocks(
        slots_, moves, [](const Slot& s) { return s.device ? s.device->name() : std::string(); },
        [](dec::BusDevice* device, std::uint32_t shift) { return Slot{device, shift}; });
}

std::vector<int> Qbus::device_interrupts(const dec::BusDevice& device) const {
    return dec::interrupt_lines_of(lines_, device.name());
}

bool Qbus::io_read(std::uint32_t addr, std::uint16_t& data) {
    const Slot& s = slots_[((addr & 0777777) - kIoPage) >> 1];
    return s.device && s.device->enabled() && s.device->read(((addr & ~1u) - s.shift) & 0777777, data);
}

bool Qbus::io_write(std::uint32_t addr, std::uint16_t data, bool byte) {
    const Slot& s = slots_[((addr & 0777777) - kIoPage) >> 1];
    if (byte) data &= 0377;
    else addr &= ~1u;
    return s.device && s.device->enabled() && s.device->write((addr - s.shift) & 0777777, data, byte);
}

void Qbus::bus_init() {
    for (dec::BusDevice* d : devices_) d->bus_init();
}

int Qbus::add_interrupt(std::string name, int level, std::uint16_t vector) {
    lines_.push_back(Line{std::move(name), std::clamp(level, 4, 7), vector, false, vector});
    return static_cast<int>(lines_.size() - 1);
}

std::uint16_t Qbus::interrupt_vector(int line) const {
    return line >= 0 && static_cast<std::size_t>(line) < lines_.size() ? lines_[line].vector : 0;
}

bool Qbus::set_interrupt_vector(int line, std::uint16_t vector) {
    if (line < 0 || static_cast<std::size_t>(line) >= lines_.size()) return false;
    lines_[line].vector = vector;
    return true;
}

std::uint16_t Qbus::built_interrupt_vector(int line) const {
    return line >= 0 && static_cast<std::size_t>(line) < lines_.size() ? lines_[line].built_vector : 0;
}

void Qbus::update_levels() {
    level_mask_ = 0;
    for (const Line& l : lines_)
        if (l.pending) level_mask_ |= static_cast<std::uint8_t>(1u << l.level);
}

void Qbus::raise_interrupt(int line) {
    if (line < 0 || static_cast<std::size_t>(line) >= lines_.size()) return;
    lines_[line].pending = true;
    level_mask_ |= static_cast<std::uint8_t>(1u << lines_[line].level);
    if (notify_) notify_();
}

void Qbus::clear_interrupt(int line) {
    if (line < 0 || static_cast<std::size_t>(line) >= lines_.size()) return;
    lines_[line].pending = false;
    update_levels();
}

bool Qbus::interrupt_pending(int line) const {
    return line >= 0 && static_cast<std::size_t>(line) < lines_.size() && lines_[line].pending;
}

unsigned Qbus::interrupt_ipl() const {
    for (int level = 7; level >= 4; --level)
        if (level_mask_ & (1u << level)) return 0x10u + static_cast<unsigned>(level);
    return 0;
}

std::uint32_t Qbus::acknowledge(unsigned ipl) {
    const int level = static_cast<int>(ipl) - 0x10;
    for (Line& l : lines_) {
        if (l.pending && l.level == level) {
            l.pending = false;
            update_levels();
            return kScbQbusOffset + l.vector;
        }
    }
    return 0;
}

// Each transfer goes through one DmaTransfer (watchpoints, dirty pages); every byte or
// word through the map on its own, since a block may cross map pages.
std::size_t Qbus::dma_read_words(const Device& master, std::uint32_t addr, std::uint16_t* words, std::size_t count) {
    DmaTransfer transfer(machine_, master.name());
    for (std::size_t i = 0; i < count; ++i, addr += 2) {
        std::uint32_t pa = 0;
        if (!cqbic_.dma_address(addr & ~1u, pa) || !transfer.read16(pa, ByteOrder::Little, words[i])) return i;
    }
    return count;
}

std::size_t Qbus::dma_write_words(const Device& master, std::uint32_t addr, const std::uint16_t* words,
                                  std::size_t count) {
    DmaTransfer transfer(machine_, master.name());
    for (std::size_t i = 0; i < count; ++i, addr += 2) {
        std::uint32_t pa = 0;
        if (!cqbic_.dma_address(addr & ~1u, pa) || !transfer.write16(pa, ByteOrder::Little, words[i])) return i;
    }
    return count;
}

std::size_t Qbus::dma_read_bytes(const Device& master, std::uint32_t addr, std::uint8_t* bytes, std::size_t count) {
    DmaTransfer transfer(machine_, master.name());
    for (std::size_t i = 0; i < count; ++i, ++addr) {
        std::uint32_t pa = 0;
        if (!cqbic_.dma_address(addr, pa) || !transfer.read8(pa, bytes[i])) return i;
    }
    return count;
}

std::size_t Qbus::dma_write_bytes(const Device& master, std::uint32_t addr, const std::uint8_t* bytes,
                                  std::size_t count) {
    DmaTransfer transfer(machine_, master.name());
    for (std::size_t i = 0; i < count; ++i, ++addr) {
        std::uint32_t pa = 0;
        if (!cqbic_.dma_address(addr, pa) || !transfer.write8(pa, bytes[i])) return i;
    }
    return count;
}

}  // namespace simmon::vax
