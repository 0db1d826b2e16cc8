// What a DEC peripheral sees of its bus: I/O page registers, interrupt requests and DMA.
// The PDP-11 Unibus implements it today; the VAX Qbus will implement the same interface,
// so the controllers in devices/dec/ serve both machines unchanged.
//
// I/O page addresses are 18-bit Unibus addresses (0760000-0777777), the way DEC's manuals
// give them; a 22-bit machine maps its top 8 KB onto them. DMA addresses are as wide as
// the bus says (dma_address_bits): a controller builds them from its bus address register
// and its extension bits, as many as the hardware has on that bus. DMA names the
// controller doing it, so a watchpoint the transfer hits can say who touched memory.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/machine/device.hpp"

namespace simmon::dec {

class DecBus;

// A controller with registers in the I/O page.
class BusDevice : public Device {
public:
    // Every bus device has SIMH's ADDRESS= and VECTOR= (bus_device.cpp): the register block
    // and the interrupt vectors move where the bus can move them.
    BusDevice(Machine& machine, DecBus& bus, std::string name, std::string description)
        : Device(machine, std::move(name), std::move(description)), bus_(bus) {
        add_bus_modifiers();
    }

    DecBus& bus() const { return bus_; }

    // First register address and size of the register block in bytes (e.g. 0777400, 16),
    // as the hardware comes configured. SET dev ADDRESS= moves the block on the bus
    // (DecBus::device_address); the device keeps decoding its registers from csr_base().
    virtual std::uint32_t csr_base() const = 0;
    virtual std::uint32_t csr_bytes() const = 0;

    // Word read at even `addr` inside the block. Returns false when no register answers
    // there (the CPU then takes a bus timeout trap).
    virtual bool read(std::uint32_t addr, std::uint16_t& data) = 0;
    // Write at `addr`. For a byte write (`byte` true) `data` holds the byte in its low
    // 8 bits and `addr` is the exact byte address (odd = high byte of the register); the
    // device merges it. For a word write `addr` is even. False = bus timeout.
    virtual bool write(std::uint32_t addr, std::uint16_t data, bool byte) = 0;

    // BUS INIT from the guest's RESET instruction; power-up reset goes through reset().
    virtual void bus_init() { reset(); }

    // BOOT: puts `unit` where a bootstrap expects to find it (a tape at its load point,
    // disk heads on cylinder 0) or says why it cannot boot. The bootstrap program itself
    // is the machine's (machines/pdp11/loaders/bootstraps.cpp): a Qbus VAX boots the same
    // controllers differently.
    virtual Status ready_for_boot(Unit& unit);

    // SAVE keeps where the bus has put the registers and the vectors (bus_device.cpp). On
    // load the address is staged with the bus and moved by finish_load(), with the other
    // devices' (DecBus::move_devices).
    void serialize_placement(StateArchive& s) override;
    Status finish_load() override;

private:
    void add_bus_modifiers();
    Status restore_address();  // ADDRESS=DEFAULT
    Status restore_vectors();  // VECTOR=DEFAULT
    DecBus& bus_;
};

inline Status BusDevice::ready_for_boot(Unit&) { return Status::error(name() + " is not bootable"); }


class DecBus {
public:
    virtual ~DecBus() = default;

    // Interrupt lines. `level` is the bus request level 4-7; `vector` the address the
    // CPU vectors through. Returns a line id for raise/clear. Register lines in the
    // device constructor.
    virtual int add_interrupt(std::string name, int level, std::uint16_t vector) = 0;
    // SET dev VECTOR=: a line's vector as configured (0: the bus cannot tell), and moving
    // it (false: this bus cannot).
    virtual std::uint16_t interrupt_vector(int /*line*/) const { return 0; }
    virtual bool set_interrupt_vector(int /*line*/, std::uint16_t /*vector*/) { return false; }
    // The vector the line was registered with (the device as built, before any SET or
    // host programming): what SET dev VECTOR=DEFAULT puts back. 0: the bus cannot tell.
    virtual std::uint16_t built_interrupt_vector(int /*line*/) const { return 0; }
    // SET dev ADDRESS=: where the device's register block answers now, and moving it there
    // (an error when the bus cannot, or when the addresses are taken). The bus hands the
    // device addresses as its csr_base() block, so no device changes its decoding.
    virtual std::uint32_t device_address(const BusDevice& device) const;
    virtual Status move_device(BusDevice& device, std::uint32_t base);
    // Several blocks moved at once, all or nothing: each is checked against where the
    // others end up, not where they are now, so devices may trade places (a saved state
    // in which RK and RL swapped addresses). The default moves them one at a time, for a
    // bus that cannot move anything (it refuses the first).
    struct Placement {
        BusDevice* device;
        std::uint32_t base;
    };
    virtual Status move_devices(const std::vector<Placement>& moves);
    // Loading a state: each device's section stages where its block goes (a later stage of
    // the same device replaces an earlier one); the first finish_load() of the bus's
    // devices moves them all with move_devices and empties the list.
    void stage_move(BusDevice& device, std::uint32_t base);
    Status commit_staged_moves();
    // The interrupt lines `device` registered, in order (SET dev VECTOR=): those named as
    // the device, or the device's name and "-..." ("DZ-RX", "DZ-TX").
    virtual std::vector<int> device_interrupts(const BusDevice& device) const;
    virtual void raise_interrupt(int line) = 0;  // request stays pending until cleared or taken
    virtual void clear_interrupt(int line) = 0;
    virtual bool interrupt_pending(int line) const = 0;

    // DMA between a device and memory, through the bus map where the machine has one.
    // `addr` is a bus address of at most dma_address_bits(), even for word transfers. Returns the number of
    // units transferred before non-existent memory stopped it (== count on success).
    // `master` is the controller doing the transfer: an implementation moves the data
    // through one core DmaTransfer per call (core/memory/dma_transfer.hpp), so that a
    // watchpoint on the buffer stops the machine after the transfer, naming `master`.
    virtual std::size_t dma_read_words(const Device& master, std::uint32_t addr, std::uint16_t* words,
                                       std::size_t count) = 0;
    virtual std::size_t dma_write_words(const Device& master, std::uint32_t addr, const std::uint16_t* words,
                                        std::size_t count) = 0;
    virtual std::size_t dma_read_bytes(const Device& master, std::uint32_t addr, std::uint8_t* bytes,
                                       std::size_t count) = 0;
    virtual std::size_t dma_write_bytes(const Device& master, std::uint32_t addr, const std::uint8_t* bytes,
                                        std::size_t count) = 0;

    // Width of the DMA addresses controllers drive on this bus. 18 on the Unibus, also on
    // the 11/70, whose Unibus map (on the bus side, not in the controllers) turns them
    // into 22-bit physical addresses; 22 on a 22-bit Qbus (the VAX's, the 11/83's), where
    // a 22-bit controller (RLV12) drives all of them and an 18-bit one (RKV11, or any
    // Unibus-era design) only the low 18 (PDP-11 Bus Handbook, "Q22 bus"; RLV12 User's
    // Guide, bus address extension register).
    virtual int dma_address_bits() const = 0;

private:
    std::vector<Placement> staged_;
};

inline std::uint32_t DecBus::device_address(const BusDevice& device) const { return device.csr_base(); }
inline Status DecBus::move_device(BusDevice& device, std::uint32_t) {
    return Status::error(device.name() + ": this bus cannot move a device's registers");
}
inline std::vector<int> DecBus::device_interrupts(const BusDevice&) const { return {}; }
inline Status DecBus::move_devices(const std::vector<Placement>& moves) {
    for (const Placement& p : moves)
        if (p.base != device_address(*p.device))
            if (Status s = move_device(*p.device, p.base); !s) return s;
    return Status::ok();
}

}  // namespace simmon::dec
