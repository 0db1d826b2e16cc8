// The PSW in its two formats (PoO "Program Status Word"; FC67 for the extended format the
// 67 uses when CR6 bit 8 is on) and the state derived from it.
//
// Basic:    0-7 system mask (channels 0-5, 6+, external), 8-11 key, 12 ASCII, 13 machine
//           check, 14 wait, 15 problem, 16-31 interruption code, 32-33 ILC, 34-35 CC,
//           36-39 program mask, 40-63 instruction address.
// Extended: 0-3 zero, 4 32-bit addressing, 5 translation, 6 I/O mask, 7 external mask,
//           8-15 as basic, 16-17 ILC, 18-19 CC, 20-23 program mask, 24-31 zero,
//           32-63 instruction address.
#include "machines/s360/cpu/s360_cpu.hpp"

namespace simmon::s360 {

std::uint64_t S360Cpu::current_psw() const {
    const std::uint32_t flags = std::uint32_t{key_} << 20 | std::uint32_t{ascii_} << 19 |
                                std::uint32_t{mcheck_mask_} << 18 | std::uint32_t{wait_} << 17 |
                                std::uint32_t{problem_} << 16;
    if (extended_mode()) {
        const std::uint32_t w0 = std::uint32_t{sys_mask_} << 24 | flags | (ilc_ & 3) << 14 | cc_ << 12 | pm_ << 8;
        return std::uint64_t{w0} << 32 | ia_;
    }
    const std::uint32_t w0 = std::uint32_t{sys_mask_} << 24 | flags;
    const std::uint32_t w1 = (ilc_ & 3) << 30 | cc_ << 28 | pm_ << 24 | (ia_ & 0x00FFFFFF);
    return std::uint64_t{w0} << 32 | w1;
}

bool S360Cpu::load_psw(std::uint64_t psw) {
    const auto w0 = static_cast<std::uint32_t>(psw >> 32);
    const auto w1 = static_cast<std::uint32_t>(psw);
    key_ = (w0 >> 20) & 15;
    ascii_ = (w0 >> 19) & 1;
    mcheck_mask_ = (w0 >> 18) & 1;
    wait_ = (w0 >> 17) & 1;
    problem_ = (w0 >> 16) & 1;
    bool valid = true;
    if (extended_mode()) {
        // Bits 0-3 and 24-31 must be zero (FC67); the ILC a loaded PSW carries is ignored.
        valid = (w0 & 0xF00000FFu) == 0;
        sys_mask_ = (w0 >> 24) & 0x0F;
        cc_ = (w0 >> 12) & 3;
        pm_ = (w0 >> 8) & 15;
        ia_ = w1;
    } else {
        sys_mask_ = static_cast<std::uint8_t>(w0 >> 24);
        cc_ = (w1 >> 28) & 3;
        pm_ = (w1 >> 24) & 15;
        ia_ = w1 & 0x00FFFFFF;
    }
    recompute_modes();
    ia_ &= amask_;
    return valid;
}

void S360Cpu::recompute_modes() {
    // Instructions so far count for the state and mode that ran them (cpu_stats.hpp).
    const std::uint64_t done = slice_->done();
    stats_.instructions[problem_prev_][dat_prev_] += done - stats_mark_;
    stats_mark_ = done;
    const bool ext = extended_mode();
    dat_on_ = ext && model_ == CpuModel::Model67 && (sys_mask_ & 0x04) != 0;
    mode32_ = ext && model_ == CpuModel::Model67 && (sys_mask_ & 0x08) != 0;
    amask_ = mode32_ ? 0xFFFFFFFFu : 0x00FFFFFFu;
    decode_ = problem_ ? decode_problem_.data() : decode_supervisor_.data();
    problem_prev_ = problem_;
    dat_prev_ = dat_on_;
    forget_blocks();
    attention_ = true;
}

// The channel mask IoInterface expects: bit 0x80 >> n for channels 0-6, 0x01 for 7 and up.
std::uint8_t S360Cpu::io_channel_mask() const {
    if (!extended_mode()) return static_cast<std::uint8_t>((sys_mask_ & 0xFE) | ((sys_mask_ >> 1) & 1));
    if (!(sys_mask_ & 0x02)) return 0;
    const std::uint32_t cr4 = cr_[4];
    return static_cast<std::uint8_t>(((cr4 >> 24) & 0xFE) | ((cr4 & 0x01FFFFFF) != 0 ? 1 : 0));
}

std::uint8_t S360Cpu::external_enabled_sources() const {
    if (!(sys_mask_ & 0x01)) return 0;
    return extended_mode() ? static_cast<std::uint8_t>(cr_[6] & 0xFF) : 0xFF;
}

}  // namespace simmon::s360
