// The KA655 module's local I/O space as the CPU sees it (IoSpace): the console ROM
// (128 KB at 20040000, seen twice in the 256 KB halt-protected space to 2007FFFF), the SSC
// (ka655/ssc: console line, timers, time-of-year clock, its RAM), the CQBIC (ka655/cqbic:
// Q22-bus map, I/O page, error registers) and the Q22-bus controllers behind it (ka655/qbus), the CMCTL (ka655/cmctl), the cache control
// register (CACR, 20084000), the boot and diagnostic register (BDR, 20084004) and the
// second-level cache's diagnostic space; the CVAX cache IPRs (CADR, MSER). Addresses
// nothing answers are non-existent memory (a machine check).
#pragma once
#include <cstdint>
#include <vector>

#include "machines/vax/cpu/vax_cpu.hpp"
#include "machines/vax/ka655/cmctl.hpp"
#include "machines/vax/ka655/cqbic.hpp"
#include "machines/vax/ka655/qbus.hpp"
#include "machines/vax/ka655/ssc.hpp"

namespace simmon {
class Machine;
class StateArchive;
}

namespace simmon::vax {

class VaxSystem : public IoSpace {
public:
    static constexpr std::uint32_t kRomBase = kConsoleRomBase;
    static constexpr std::uint32_t kRomSize = 128 * 1024;
    static constexpr std::uint32_t kRomSpaceEnd = 0x20080000;  // the halt-protected space
    static constexpr std::uint32_t kCacr = 0x20084000, kBdr = 0x20084004;
    // The second-level cache's diagnostic space: 64 KB of tag and data (KA655 manual,
    // "Cache diagnostic space").
    static constexpr std::uint32_t kCacheDiagBase = 0x10000000, kCacheDiagSize = 64 * 1024;
    // BDR<7>: halts enabled (the console prompts instead of booting at power-up).
    static constexpr std::uint32_t kBdrHaltEnable = 0x80;

    explicit VaxSystem(Machine& machine);

    // Once the Machine exists: the CPU to tell about interrupt requests, the SSC's events.
    void attach(VaxCpu* cpu) {
        cpu_ = cpu;
        ssc_.attach();
    }
    void reset();

    bool read(std::uint32_t pa, unsigned size, std::uint32_t& value) override;
    bool write(std::uint32_t pa, unsigned size, std::uint32_t value) override;
    bool read_ipr(std::uint32_t n, std::uint32_t& value) override;
    bool write_ipr(std::uint32_t n, std::uint32_t value) override;
    unsigned interrupt_level() const override {
        if (write_error_) return kWriteErrorIpl;
        const unsigned qbus = qbus_.interrupt_ipl();
        return ssc_.requests() && Ssc::kIpl >= qbus ? Ssc::kIpl : qbus;
    }
    // A write nothing answered (the CVAX posts writes, so it cannot be a machine check): an
    // interrupt at IPL 1D through SCB vector 60 (KA655 manual, "Hard error interrupts").
    static constexpr unsigned kWriteErrorIpl = 0x1D;
    static constexpr std::uint32_t kWriteErrorVector = 0x60;
    std::uint32_t acknowledge(unsigned level) override;
    bool has_console_rom() const override { return !rom_.empty(); }
    const std::uint8_t* rom_page(std::uint32_t pa) const override;

    // The ROM image (LOAD -r); shorter images are padded with zeros.
    std::vector<std::uint8_t>& rom() { return rom_; }
    bool rom_loaded() const { return !rom_.empty(); }

    Ssc& ssc() { return ssc_; }
    Cqbic& cqbic() { return cqbic_; }
    Qbus& qbus() { return qbus_; }
    Cmctl& cmctl() { return cmctl_; }
    std::uint32_t bdr() const { return bdr_; }
    void set_bdr(std::uint32_t v) { bdr_ = v & 0xFF; }

    void serialize(StateArchive& s);

private:
    Machine& machine_;
    VaxCpu* cpu_ = nullptr;
    std::vector<std::uint8_t> rom_;
    Ssc ssc_;
    Cqbic cqbic_;
    Qbus qbus_;
    Cmctl cmctl_;
    std::uint32_t cacr_ = 0, bdr_ = kBdrHaltEnable;
    std::uint32_t cadr_ = 0, mser_ = 0;
    bool write_error_ = false;
    void write_error();
    bool read_io_page(std::uint32_t pa, unsigned size, std::uint32_t& value);
    bool write_io_page(std::uint32_t pa, unsigned size, std::uint32_t value);
    std::vector<std::uint8_t> cache_diag_;
};

}  // namespace simmon::vax
