#include "tests/support/byte_machine.hpp"

#include <fmt/format.h>

#include <fmt/format.h>

#include "core/state/state_archive.hpp"

namespace simmon::bytetoy {

ByteCpu::ByteCpu(Machine& m) : Cpu(m, "CPU", "BYTE test processor"), mem_(m.memory()) {
    mem_.resize(kMemoryBytes);
    set_address_spaces({AddressSpace{kSpaceReal, "real", 0, 4, ByteOrder::Big, 24, true},
                        AddressSpace{kSpaceVirtual, "virtual", switch_bit('v'), 4, ByteOrder::Big, 16, false}});
    for (int i = 0; i < 4; ++i)
        add_register(reg_field(fmt::format("R{}", i), r_[static_cast<std::size_t>(i)], 32, Radix::Hex, "general register"));
    add_register(reg_field("PC", pc_, 16, Radix::Hex, "program counter"));
    add_register(reg_field("DAT", dat_, 1, Radix::Hex, "1: addresses are virtual"));
    add_register(reg_field("PTO", pto_, 24, Radix::Hex, "page-table origin (real)"));
}

void ByteCpu::reset() {
    r_ = {};
    dat_ = 0;
}

bool ByteCpu::translate(std::uint16_t va, std::uint32_t& ra) const {
    std::uint64_t entry = 0;
    if (!mem_.read(pto_ + 4u * (va >> 12), 4, ByteOrder::Big, entry) || (entry & 0x80000000u)) return false;
    ra = (static_cast<std::uint32_t>(entry) & 0xFFF000u) | (va & 0xFFFu);
    return mem_.contains(ra, 1);
}

void ByteCpu::watch(int space, Addr a, bool is_write) {
    BreakpointTable& bp = machine().breakpoints();
    if (!(bp.watch_spaces() & space_bit(space))) return;
    StopInfo s;
    if (bp.check_access(a, 4, space, is_write, s)) machine().request_stop(s.code, s.message, s.actions);
}

bool ByteCpu::real_address(std::uint16_t a, std::uint32_t& ra) {
    if (!dat_) {
        ra = a;
        return true;
    }
    if (translate(a, ra)) return true;
    machine().request_stop(StopCode::GuestError, fmt::format("Invalid page, virtual address {:04X}", a));
    return false;
}

bool ByteCpu::load(std::uint16_t a, std::uint32_t& v) {
    std::uint32_t ra = 0;
    if (!real_address(a, ra) || !mem_.contains(ra, 4)) return false;
    if (dat_) watch(kSpaceVirtual, a, false);
    watch(kSpaceReal, ra, false);
    v = mem_.read32_be(ra);
    return true;
}

bool ByteCpu::store(std::uint16_t a, std::uint32_t v) {
    std::uint32_t ra = 0;
    if (!real_address(a, ra) || !mem_.contains(ra, 4)) return false;
    if (dat_) watch(kSpaceVirtual, a, true);
    watch(kSpaceReal, ra, true);
    mem_.write32_be(ra, v);
    return true;
}

std::uint64_t ByteCpu::execute(std::uint64_t budget) {
    begin_slice(budget);
    RunSignals& sig = machine().signals();
    BreakpointTable& bp = machine().breakpoints();
    while (slice_.left != 0 && !sig.stop) {
        if (bp.exec_armed() && !bp.consume_skip(pc_)) {
            StopInfo s;
            const int space = dat_ ? kSpaceVirtual : kSpaceReal;
            if (bp.check_execute(pc_, space, s)) {
                machine().request_stop(s.code, s.message, s.actions);
                break;
            }
        }
        std::uint32_t ra = 0, ir = 0;
        if (!real_address(pc_, ra)) break;
        if (!mem_.contains(ra, 4)) {
            machine().request_stop(StopCode::GuestError, fmt::format("Fetch beyond memory at {:04X}", pc_));
            break;
        }
        ir = mem_.read32_be(ra);
        const auto op = static_cast<std::uint8_t>(ir >> 24);
        std::uint32_t& r = r_[(ir >> 16) & 3];
        const auto a = static_cast<std::uint16_t>(ir);
        pc_ = static_cast<std::uint16_t>(pc_ + 4);
        switch (op) {
            case HALT: machine().request_stop(StopCode::Halt, fmt::format("HALT, PC: {:04X}", pc_)); break;
            case L: (void)load(a, r); break;
            case ST: (void)store(a, r); break;
            case AI: r += a; break;
            case B: pc_ = a; break;
            default:
                machine().request_stop(StopCode::Unimplemented, fmt::format("Unimplemented opcode {:02X}", op));
                break;
        }
        --slice_.left;
        ++instructions_;
    }
    return slice_.done();
}

bool ByteCpu::examine(int space, Addr addr, Switches, std::uint64_t& value) {
    std::uint32_t ra = static_cast<std::uint32_t>(addr);
    if (space == kSpaceVirtual && (addr > 0xFFFF || !translate(static_cast<std::uint16_t>(addr), ra))) return false;
    return mem_.read(ra, 4, ByteOrder::Big, value);
}

bool ByteCpu::deposit(int space, Addr addr, Switches, std::uint64_t value) {
    std::uint32_t ra = static_cast<std::uint32_t>(addr);
    if (space == kSpaceVirtual && (addr > 0xFFFF || !translate(static_cast<std::uint16_t>(addr), ra))) return false;
    return mem_.write(ra, 4, ByteOrder::Big, value);
}

std::string ByteCpu::disassemble(Addr addr, Switches, int& bytes_used) {
    bytes_used = 4;
    std::uint64_t w = 0;
    if (!mem_.read(addr, 4, ByteOrder::Big, w)) return "?";
    static constexpr const char* kNames[] = {"HALT", "L", "ST", "AI", "B"};
    const auto op = static_cast<unsigned>(w >> 24);
    if (op > B) return fmt::format("DC X'{:08X}'", w);
    return fmt::format("{} {},{:04X}", kNames[op], (w >> 16) & 0xFF, w & 0xFFFF);
}

Status ByteCpu::assemble(std::string_view, Addr, Switches, std::vector<std::uint64_t>&) {
    return Status::error("BYTE has no assembler");
}

void ByteCpu::serialize(StateArchive& s) {
    Device::serialize(s);  // the writable registers, by name; memory is the Machine's
}

ByteMachine::ByteMachine() : Machine("byte", "BYTE big-endian EBCDIC test computer (tests only)", Radix::Hex) {
    set_character_set(CharacterSet::Ebcdic);
    auto cpu = std::make_unique<ByteCpu>(*this);
    cpu_ = cpu.get();
    set_cpu(std::move(cpu));
}

std::vector<MachineInfo> byte_machine_list() {
    return {MachineInfo{"byte", "BYTE big-endian EBCDIC test computer (tests only)",
                        [] { return std::unique_ptr<Machine>(std::make_unique<ByteMachine>()); }}};
}

}  // namespace simmon::bytetoy
