// Branching and EXECUTE (PoO "Branching"). The instruction address in the PSW already
// points past the instruction when a handler runs, so a link is that address and a
// branch replaces it.
#include "machines/s360/cpu/handler_list.hpp"

namespace simmon::s360::ops {
namespace {

// BAS/BASR (Model 67) store the plain address: 24 bits in 24-bit mode, 32 in 32-bit.
std::uint32_t bas_link(const S360Cpu& c) { return c.ia_ & c.amask_; }

}  // namespace

// 0D BASR Branch and Store [RR] (Model 67)
void basr(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const unsigned r2 = rr_r2(iw);
    const std::uint32_t target = c.gr_[r2] & c.amask_;
    c.gr_[rr_r1(iw)] = bas_link(c);
    if (r2) c.ia_ = target;
}
// 45 BAL Branch and Link [RX]
void bal(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t target = rx_addr(c, iw);
    c.gr_[rx_r1(iw)] = bal_link(c);
    c.ia_ = target;
}
// 4D BAS Branch and Store [RX] (Model 67)
void bas(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t target = rx_addr(c, iw);
    c.gr_[rx_r1(iw)] = bas_link(c);
    c.ia_ = target;
}
// 86 BXH Branch on Index High [RS]: R1 += R3, branch if the sum > the odd register of
// the R3 pair (read before R1 changes).
void bxh(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const unsigned r1 = rx_r1(iw), r3 = rs_r3(iw);
    const std::uint32_t target = rs_addr(c, iw);
    const auto increment = static_cast<std::int32_t>(c.gr_[r3]);
    const auto comparand = static_cast<std::int32_t>(c.gr_[r3 | 1]);
    const auto sum = static_cast<std::int32_t>(c.gr_[r1] + static_cast<std::uint32_t>(increment));
    c.gr_[r1] = static_cast<std::uint32_t>(sum);
    if (sum > comparand) c.ia_ = target;
}
// 87 BXLE Branch on Index Low or Equal [RS]
void bxle(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const unsigned r1 = rx_r1(iw), r3 = rs_r3(iw);
    const std::uint32_t target = rs_addr(c, iw);
    const auto increment = static_cast<std::int32_t>(c.gr_[r3]);
    const auto comparand = static_cast<std::int32_t>(c.gr_[r3 | 1]);
    const auto sum = static_cast<std::int32_t>(c.gr_[r1] + static_cast<std::uint32_t>(increment));
    c.gr_[r1] = static_cast<std::uint32_t>(sum);
    if (sum <= comparand) c.ia_ = target;
}

// 44 EX Execute [RX]: fetches the instruction at the second-operand address (which must
// be even), ORs R1 bits 24-31 into its second byte unless R1 is 0, and executes it. The
// ILC stays the EX's (2) and the PSW already points past the EX, so a branch target
// replaces it and anything else continues after the EX. A target that is itself EX is an
// execute exception (PoO "Execute").
void ex(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t a = rx_addr(c, iw);
    if (a & 1) {
        c.program_interrupt(kSpecification);
        return;
    }
    std::uint32_t h0 = 0, h1 = 0, h2 = 0;
    if (!c.fetch16(a, h0)) return;
    const auto op = static_cast<std::uint8_t>(h0 >> 8);
    const unsigned len = instruction_length(op);
    if (len >= 4 && !c.fetch16((a + 2) & c.amask_, h1)) return;
    if (len == 6 && !c.fetch16((a + 4) & c.amask_, h2)) return;
    if (op == 0x44) {
        c.program_interrupt(kExecute);
        return;
    }
    const unsigned r1 = rx_r1(iw);
    if (r1) h0 |= c.gr_[r1] & 0xFF;
    kHandlerFunctions[c.decode_[op]](c, h0 << 16 | h1, h2);
}

}  // namespace simmon::s360::ops
