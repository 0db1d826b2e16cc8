// The PDP-11 bootstraps (see bootstraps.hpp). RK11 and RL11: what the BM792/M9312 boot
// ROMs do, read 256 words from block 0 into memory at 0 through the controller's
// registers and jump to 0 with R0 = the drive and R1 = the controller's CSR address
// (boot blocks rely on both). TM11: the TM11 boot ROM reads the first record at the load
// point to 0 the same way. PC11 reader: the Absolute Loader, which reads the tape's
// blocks into memory and starts at the address of its final block (PDP-11 Paper Tape
// Software Handbook). MSCP and TMSCP (UDA50, TUK50): mscp_bootstrap, our own program.
#include "machines/pdp11/loaders/bootstraps.hpp"

#include <fmt/format.h>

#include <initializer_list>
#include <vector>

#include "devices/dec/drive_modifiers.hpp"
#include "devices/dec/mscp_disk.hpp"
#include "devices/dec/pc11.hpp"
#include "devices/dec/rk11.hpp"
#include "devices/dec/rl11.hpp"
#include "devices/dec/tm11.hpp"
#include "devices/dec/tmscp_tape.hpp"
#include "machines/pdp11/bus/unibus.hpp"
#include "machines/pdp11/cpu/pdp11_cpu.hpp"
#include "machines/pdp11/loaders/mscp_bootstrap.hpp"
#include "machines/pdp11/pdp11_machine.hpp"

namespace simmon::pdp11 {

namespace {

// A register's address as the program writes it: the I/O page seen from the 16-bit
// virtual address space (777412 -> 177412), where SET dev ADDRESS= put the device.
std::uint16_t io_address(const dec::BusDevice& device, std::uint32_t offset) {
    return static_cast<std::uint16_t>((device.bus().device_address(device) + offset) & 0177777);
}

void deposit_and_start(Pdp11Machine& m, std::initializer_list<std::uint16_t> words) {
    std::uint32_t addr = kBootstrapAddress;
    for (std::uint16_t w : words) {
        m.unibus().write_physical_word(addr, w);
        addr += 2;
    }
    m.pdp11_cpu().set_pc(kBootstrapAddress);
}

void rk11_bootstrap(Pdp11Machine& m, const dec::Rk11& rk, int drive) {
    deposit_and_start(m, {
        0012700, static_cast<std::uint16_t>(drive),         // MOV #drive,R0
        0012701, io_address(rk, 012),                       // MOV #RKDA,R1
        0012711, static_cast<std::uint16_t>(drive << 13),   // MOV #drive<<13,(R1)   disk address
        0005041,                                            // CLR -(R1)             RKBA = 0
        0012741, 0177400,                                   // MOV #-256.,-(R1)      RKWC
        0012741, 0000005,                                   // MOV #READ+GO,-(R1)    RKCS
        0105711,                                            // TSTB (R1)             wait for RDY
        0100376,                                            // BPL .-2
        0005007,                                            // CLR PC
    });
}

void rl11_bootstrap(Pdp11Machine& m, const dec::Rl11& rl, int drive) {
    // Get status with reset first: it clears the volume check a newly loaded pack has.
    deposit_and_start(m, {
        0012700, static_cast<std::uint16_t>(drive),  // MOV #drive,R0
        0012701, io_address(rl, 0),                  // MOV #RLCS,R1
        0012761, 0000013, 0000004,                   // MOV #13,4(R1)     RLDA: get status + reset
        0010003,                                     // MOV R0,R3
        0000303,                                     // SWAB R3           drive select in 9:8
        0010302,                                     // MOV R3,R2
        0052702, 0000004,                            // BIS #4,R2         GET STATUS
        0010211,                                     // MOV R2,(R1)
        0105711,                                     // TSTB (R1)
        0100376,                                     // BPL .-2
        0005061, 0000004,                            // CLR 4(R1)         RLDA: cyl 0, head 0, sector 0
        0005061, 0000002,                            // CLR 2(R1)         RLBA = 0
        0012761, 0177400, 0000006,                   // MOV #-256.,6(R1)  RLMP word count
        0052703, 0000014,                            // BIS #14,R3        READ DATA
        0010311,                                     // MOV R3,(R1)
        0105711,                                     // TSTB (R1)
        0100376,                                     // BPL .-2
        0005007,                                     // CLR PC
    });
}

void tm11_bootstrap(Pdp11Machine& m, const dec::Tm11& tm, int drive) {
    deposit_and_start(m, {
        0012700, static_cast<std::uint16_t>(drive),  // MOV #unit,R0
        0010002,                                     // MOV R0,R2
        0000302,                                     // SWAB R2          unit in 10:8
        0012701, io_address(tm, 6),                  // MOV #MTCMA,R1
        0005011,                                     // CLR (R1)         memory address 0
        0012741, 0160000,                            // MOV #-8192.,-(R1) MTBRC
        0052702, 0060003,                            // BIS #60003,R2    800 bpi, READ, GO
        0010241,                                     // MOV R2,-(R1)     MTC
        0105711,                                     // TSTB (R1)        wait for CUR
        0100376,                                     // BPL .-2
        0005007,                                     // CLR PC
    });
}

// The Absolute Loader, run at once: every block is checked before anything reaches
// memory. Like the loader it skips anything before a block's 001 000 (leader, trailer
// of an earlier program), and reads from where the reader stands.
Status absolute_loader(Pdp11Machine& m, dec::Pc11Reader& ptr, Unit& unit) {
    const HostFile& f = unit.file();
    const std::uint64_t position = ptr.position();
    const std::uint64_t size = f.size();
    std::vector<std::uint8_t> tape(size > position ? size - position : 0);
    if (!tape.empty()) f.read_at(position, tape.data(), tape.size());

    struct Block {
        std::uint32_t address;
        std::size_t data_at, length;
    };
    std::vector<Block> blocks;
    std::size_t i = 0;
    std::uint32_t start = 1;
    for (;;) {
        while (i < tape.size() && tape[i] != 1) ++i;
        if (i + 6 > tape.size())
            return Status::error(fmt::format("PTR: tape ends without a start block (at character {})", position + i));
        if (tape[i + 1] != 0) {
            ++i;
            continue;
        }
        const std::size_t count = tape[i + 2] | (tape[i + 3] << 8);
        const std::uint32_t address = tape[i + 4] | (tape[i + 5] << 8);
        if (count < 6 || i + count + 1 > tape.size())
            return Status::error(fmt::format("PTR: bad block at character {}: byte count {}", position + i, count));
        std::uint8_t sum = 0;
        for (std::size_t k = 0; k <= count; ++k) sum = static_cast<std::uint8_t>(sum + tape[i + k]);
        if (sum != 0) return Status::error(fmt::format("PTR: checksum error in the block at character {}", position + i));
        if (count == 6) {
            start = address;
            i += count + 1;
            break;
        }
        blocks.push_back({address, i + 6, count - 6});
        i += count + 1;
    }
    for (const Block& b : blocks)
        if (m.unibus().dma_write_bytes(ptr, b.address, tape.data() + b.data_at, b.length) != b.length)
            return Status::error(fmt::format("PTR: the tape loads at {:06o}, beyond memory", b.address));
    ptr.tape_read(i);
    if (start & 1) return Status::error("PTR: tape loaded; it has no start address (the loader would halt)");
    m.pdp11_cpu().set_pc(start);
    return Status::ok();
}

}  // namespace

Status load_bootstrap(Pdp11Machine& machine, Unit& unit) {
    Device& device = unit.device();
    auto* controller = dynamic_cast<dec::BusDevice*>(&device);
    const bool known = dynamic_cast<dec::Rk11*>(&device) || dynamic_cast<dec::Rl11*>(&device) ||
                       dynamic_cast<dec::Tm11*>(&device) || dynamic_cast<dec::Pc11Reader*>(&device) ||
                       dynamic_cast<dec::MscpPort*>(&device);
    if (!controller || !known) return Status::error(fmt::format("{} is not bootable", device.name()));
    if (Status s = controller->ready_for_boot(unit); !s) return s;
    const int drive = dec::unit_index_of(device, unit);
    if (auto* rk = dynamic_cast<dec::Rk11*>(&device)) rk11_bootstrap(machine, *rk, drive);
    if (auto* rl = dynamic_cast<dec::Rl11*>(&device)) rl11_bootstrap(machine, *rl, drive);
    if (auto* tm = dynamic_cast<dec::Tm11*>(&device)) tm11_bootstrap(machine, *tm, drive);
    if (auto* ptr = dynamic_cast<dec::Pc11Reader*>(&device)) return absolute_loader(machine, *ptr, unit);
    if (dynamic_cast<dec::MscpDiskController*>(&device))
        return load_mscp_bootstrap(machine, controller->csr_base(), drive, dec::MscpPort::kMscpServer, kBootstrapAddress);
    if (dynamic_cast<dec::TmscpTapeController*>(&device))
        return load_mscp_bootstrap(machine, controller->csr_base(), drive, dec::MscpPort::kTmscpServer, kBootstrapAddress);
    return Status::ok();
}

}  // namespace simmon::pdp11
