// Interruptions (PoO "Interruptions"): the PSW swap common to all classes, the one
// program-interruption function, and the look between instructions for pending external,
// I/O and restart interruptions. Priority when several are pending: machine check,
// program and SVC (taken as the instruction ends), external, I/O; each swap may enable
// the next, so they are taken in turn and the last new PSW is the one that runs.
#include "machines/s360/cpu/s360_cpu.hpp"

namespace simmon::s360 {

void S360Cpu::swap_psw(std::uint32_t old_at, std::uint32_t new_at, std::uint16_t code, std::uint32_t ext_code_at) {
    std::uint64_t old = current_psw();
    if (extended_mode()) {
        // No code field in the extended PSW: the code goes to its own halfword (FC67).
        mem_.write16_be(ext_code_at, code);
    } else {
        old |= std::uint64_t{code} << 32;
    }
    mem_.write64_be(old_at, old);
    keys_[0] |= kKeyReference | kKeyChange;
    if (!load_psw(mem_.read64_be(new_at))) {
        // An invalid new PSW is a specification exception at the next instruction
        // boundary (not here: a bad program new PSW would otherwise recurse).
        psw_invalid_ = true;
        attention_ = true;
    }
}

bool S360Cpu::program_interrupt(std::uint16_t code) {
    // The single place every program interruption passes (a virtualization assist will
    // intercept here). The old PSW carries the ILC of the instruction and the address
    // of the next one, as the PoO's suppression and termination both leave it.
    if (code < stats_.program_by_code.size()) ++stats_.program_by_code[code];
    if (code == kSegmentTranslation) ++stats_.segment_exceptions;
    if (code == kPageTranslation) ++stats_.page_exceptions;
    swap_psw(kProgramOldPsw, kProgramNewPsw, code, kExtProgramCode);
    return false;
}

void S360Cpu::supervisor_call(std::uint8_t number) {
    ++stats_.svc_interruptions;
    swap_psw(kSvcOldPsw, kSvcNewPsw, number, kExtSvcCode);
}

void S360Cpu::request_external(std::uint8_t code_bits) {
    ext_pending_ |= code_bits;
    attention_ = true;
}

void S360Cpu::request_restart() {
    restart_pending_ = true;
    attention_ = true;
}

// Takes every interruption now pending and enabled, in priority order. True if any.
bool S360Cpu::take_pending_interruption() {
    bool taken = false;
    for (int guard = 0; guard < 8; ++guard) {
        if (restart_pending_) {
            // The 67's PSW restart (console): current PSW to X'08', new PSW from X'00'.
            restart_pending_ = false;
            ++stats_.restart_interruptions;
            const std::uint32_t saved_ilc = ilc_;
            ilc_ = 0;
            mem_.write64_be(0x08, current_psw());
            ilc_ = saved_ilc;
            if (!load_psw(mem_.read64_be(0x00))) psw_invalid_ = true;
            taken = true;
            continue;
        }
        const std::uint8_t ext = ext_pending_ & external_enabled_sources();
        if (ext) {
            ext_pending_ &= static_cast<std::uint8_t>(~ext);
            ++stats_.external_interruptions;
            ilc_ = 0;
            swap_psw(kExternalOldPsw, kExternalNewPsw, ext, kExtExternalCode);
            taken = true;
            continue;
        }
        const std::uint8_t channels = io_channel_mask();
        if (channels && io_->interruption_pending(channels)) {
            const std::uint16_t device = io_->take_interruption(channels);
            ++stats_.io_interruptions;
            ilc_ = 0;
            swap_psw(kIoOldPsw, kIoNewPsw, device, kExtIoCode);
            taken = true;
            continue;
        }
        break;
    }
    return taken;
}

bool S360Cpu::attend() {
    if (stop_requested_ || (stop_flag_ && *stop_flag_)) {
        stop_requested_ = false;
        exit_ = RunExit::Stop;
        return false;
    }
    if (psw_invalid_) {
        psw_invalid_ = false;
        ilc_ = 0;
        program_interrupt(kSpecification);
    }
    take_pending_interruption();
    if (wait_) {
        // Enabled wait: the machine idles until an event; disabled wait (I/O and external
        // masked, PoO "Wait State"): nothing can end it, so the run stops.
        const bool enabled = io_channel_mask() != 0 || external_enabled_sources() != 0 || restart_pending_;
        exit_ = enabled ? RunExit::EnabledWait : RunExit::DisabledWait;
        return false;
    }
    attention_ = psw_invalid_ || observer_ != nullptr;
    if (observer_ && !observer_->before_instruction(ia_)) {
        exit_ = RunExit::Stop;
        return false;
    }
    return true;
}

void S360Cpu::advance_timer(std::uint32_t units) {
    if (mem_size_ < kTimer + 4 || units == 0) return;
    const auto old = static_cast<std::int32_t>(mem_.read32_be(kTimer));
    const auto now = static_cast<std::int32_t>(static_cast<std::uint32_t>(old) - units);
    mem_.write32_be(kTimer, static_cast<std::uint32_t>(now));
    if (old >= 0 && now < 0) request_external(kExtTimer);
}

}  // namespace simmon::s360
