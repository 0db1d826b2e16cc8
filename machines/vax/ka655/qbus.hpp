// The KA655's Q22-bus as its DEC controllers see it (dec::DecBus): their registers in the
// Q22-bus I/O page (the CPU reaches it at 20000000-20001FFF, the 8 KB that the PDP-11
// sees at 760000-777777; DEC's manuals give the controllers' addresses in that octal
// form, so the controllers keep them), their bus requests BR4-BR7, and their DMA, which
// the CQBIC turns into main-memory references through the Q22-bus map (KA655 manual,
// "Q22-bus map"): a 22-bit Q22-bus address selects map entry <21:9>, whose valid bit
// and page frame give the local memory page; an invalid entry is non-existent memory.
//
// Interrupts: BR4-BR7 arrive at IPL 14-17; the vector a controller drives is an offset
// into the second page of the SCB (SCB + 200 + vector; KA655 manual, "Q22-bus interrupt
// vectors"). Within a level the first controller registered is nearest the processor.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "devices/dec/dec_bus.hpp"

namespace simmon {
class Machine;
}

namespace simmon::vax {

class Cqbic;

class Qbus final : public dec::DecBus {
public:
    static constexpr std::uint32_t kIoPage = 0760000;  // the I/O page's first (18-bit) address
    static constexpr std::uint32_t kIoPageWords = 4096;
    static constexpr std::uint32_t kScbQbusOffset = 0x200;

    // `notify` tells the CPU that a request was raised.
    Qbus(Machine& machine, Cqbic& cqbic, std::function<void()> notify);

    void add_device(dec::BusDevice& device);
    // SET dev ADDRESS= (a Qbus card's address jumpers): the block moves to `base` when every
    // word there is free or the device's own; the device still decodes its csr_base()
    // addresses, the bus translates.
    std::uint32_t device_address(const dec::BusDevice& device) const override;
    Status move_device(dec::BusDevice& device, std::uint32_t base) override;
    Status move_devices(const std::vector<Placement>& moves) override;
    // SET dev VECTOR=: the lines named as the device or "device-..." (DZ-RX, DZ-TX). A
    // controller whose vector the host programs (MSCP/TMSCP step 1, the DELQA's VAR) moves
    // its line itself; SHOW then gives what the host programmed, SET the vector it uses
    // until the host programs one.
    std::vector<int> device_interrupts(const dec::BusDevice& device) const override;
    const std::vector<dec::BusDevice*>& devices() const { return devices_; }
    // CPU access to the I/O page at `addr` (0760000-0777777); false: nothing answers.
    bool io_read(std::uint32_t addr, std::uint16_t& data);
    bool io_write(std::uint32_t addr, std::uint16_t data, bool byte);
    void bus_init();

    int add_interrupt(std::string name, int level, std::uint16_t vector) override;
    std::uint16_t interrupt_vector(int line) const override;
    bool set_interrupt_vector(int line, std::uint16_t vector) override;
    std::uint16_t built_interrupt_vector(int line) const override;
    void raise_interrupt(int line) override;
    void clear_interrupt(int line) override;
    bool interrupt_pending(int line) const override;
    // The highest requesting level as an IPL (14-17), 0 if none.
    unsigned interrupt_ipl() const;
    // Grants the bus at `ipl`: the SCB offset of the requester's vector; 0 if none requests.
    std::uint32_t acknowledge(unsigned ipl);

    std::size_t dma_read_words(const Device& master, std::uint32_t addr, std::uint16_t* words,
                               std::size_t count) override;
    std::size_t dma_write_words(const Device& master, std::uint32_t addr, const std::uint16_t* words,
                                std::size_t count) override;
    std::size_t dma_read_bytes(const Device& master, std::uint32_t addr, std::uint8_t* bytes,
                               std::size_t count) override;
    std::size_t dma_write_bytes(const Device& master, std::uint32_t addr, const std::uint8_t* bytes,
                                std::size_t count) override;
    int dma_address_bits() const override { return 22; }

private:
    struct Line {
        std::string name;
        int level;
        std::uint16_t vector;
        bool pending;
        std::uint16_t built_vector;  // as registered (SET dev VECTOR=DEFAULT)
    };
    Machine& machine_;
    Cqbic& cqbic_;
    std::function<void()> notify_;
    struct Slot {
        dec::BusDevice* device = nullptr;
        std::uint32_t shift = 0;  // moved address - csr_base() address, modulo 2^18
    };
    std::array<Slot, kIoPageWords> slots_{};
    std::vector<dec::BusDevice*> devices_;
    std::vector<Line> lines_;
    std::uint8_t level_mask_ = 0;  // bit L: some line at level L requests
    void update_levels();
};

}  // namespace simmon::vax
