// Counters for SHOW CPU STATS and for the virtualization work that follows: where the
// time goes (state and translation mode), which program interruptions happen, which
// privileged operations a problem-state program attempts, DIAGNOSE codes, translation
// exceptions and SIO per device. None costs anything per instruction: instructions by
// state and mode are added up when the state or mode changes.
#pragma once
#include <array>
#include <cstdint>

namespace simmon::s360 {

struct CpuStats {
    // [problem state][translation on]
    std::array<std::array<std::uint64_t, 2>, 2> instructions{};
    std::array<std::uint64_t, 0x12> program_by_code{};
    std::array<std::uint64_t, 256> privileged_by_opcode{};
    // by the operand address (B1 + D1), in supervisor state and trapped in problem state
    std::array<std::uint64_t, 0x1000> diagnose_by_code{};
    std::array<std::uint64_t, 0x1000> sio_by_device{};
    std::uint64_t segment_exceptions = 0;
    std::uint64_t page_exceptions = 0;
    std::uint64_t tlb_purges = 0;
    std::uint64_t external_interruptions = 0;
    std::uint64_t svc_interruptions = 0;
    std::uint64_t io_interruptions = 0;
    std::uint64_t machine_check_interruptions = 0;
    std::uint64_t restart_interruptions = 0;

    void clear() { *this = CpuStats{}; }
};

}  // namespace simmon::s360
