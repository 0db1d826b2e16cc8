// One CP-67 module run alone on the S/360 CPU for a unit test: the module and a small
// harness in 360 assembler (tests/cp67/*_harness.asm, standing in for the kernel services
// the module calls) are assembled with CP's macro library and linked at location 0. The
// test loads the image into storage, starts the CPU at the harness and reads the results at
// the harness's symbols.
#pragma once

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "core/memory/physical_memory.hpp"
#include "machines/s360/asm360/asm360.hpp"
#include "machines/s360/asm360/linker.hpp"
#include "machines/s360/bus/io_interface.hpp"
#include "machines/s360/cpu/s360_cpu.hpp"

namespace simmon::cp67_test {

namespace a = simmon::s360::asm360;

// A channel subsystem without devices: the modules tested this way do no I/O of their own.
class NoChannel : public simmon::s360::IoInterface {
public:
    simmon::s360::IoConditionCode start_io(std::uint16_t) override { return 3; }
    simmon::s360::IoConditionCode test_io(std::uint16_t) override { return 3; }
    simmon::s360::IoConditionCode halt_io(std::uint16_t) override { return 3; }
    simmon::s360::IoConditionCode test_channel(std::uint16_t) override { return 3; }
    bool interruption_pending(std::uint8_t) const override { return false; }
    std::uint16_t take_interruption(std::uint8_t) override { return 0; }
};

inline a::AssemblyResult assemble_with_cp_maclib(const std::string& path) {
    a::AssemblerOptions o;
    o.libraries.push_back(std::string(SIMMON_SOURCE_DIR) + "/software-kits/s360/cp67/maclib");
    o.libraries.push_back(std::string(SIMMON_SOURCE_DIR) + "/software-kits/s360/maclib");
    return a::assemble_file(path, o);
}

inline std::string diagnostics_text(const a::AssemblyResult& r) {
    std::string s;
    for (const auto& d : r.diagnostics.all()) s += d.format() + "\n";
    return s;
}

// The harness and the module (paths from the source root) linked at 0; the test fails when
// either does not assemble cleanly or the link does not resolve.
inline a::LinkResult link_module(const std::string& harness, const std::string& module) {
    const std::string root = SIMMON_SOURCE_DIR;
    a::AssemblyResult h = assemble_with_cp_maclib(root + "/" + harness);
    a::AssemblyResult m = assemble_with_cp_maclib(root + "/" + module);
    INFO(diagnostics_text(h) << diagnostics_text(m));
    REQUIRE(h.return_code <= 4);
    REQUIRE(m.return_code <= 4);
    a::LinkOptions lo;
    lo.origin_given = true;
    lo.origin = 0;
    a::LinkResult r = a::link_decks({{harness, h.object}, {module, m.object}}, lo);
    for (const auto& e : r.errors) INFO(e);
    REQUIRE(r.ok);
    return r;
}

inline std::uint32_t symbol_in(const a::LinkResult& linked, const std::string& name) {
    for (const auto& s : linked.map)
        if (s.name == name) return s.address;
    FAIL("no symbol " << name);
    return 0;
}

// One case's machine: `storage` bytes with the linked harness and module loaded at 0, the
// CPU reset. A test's fixture derives from it, lays out the harness's inputs in mem_ and
// runs the harness.
class ModuleRun {
public:
    ModuleRun(const a::LinkResult& linked, std::uint32_t storage) : linked_(linked), cpu_(mem_, channel_) {
        mem_.resize(storage);
        const auto& img = linked_.image;
        for (std::size_t i = 0; i < img.size(); ++i) mem_.write8(static_cast<std::uint32_t>(i), img[i]);
        cpu_.memory_resized();
        cpu_.reset();
    }

protected:
    // Starts the CPU at the harness's HSTART for at most `budget` instructions. The harness
    // must end in a disabled wait: at 0 when it ran to its end, or at `other_end` when the
    // test allows another (a CPABEND's X'0ABE'); returns where it stopped.
    std::uint32_t run_harness(std::uint64_t budget, std::uint32_t other_end = 0) {
        REQUIRE(cpu_.load_psw(symbol_in(linked_, "HSTART")));
        simmon::s360::RunExit why = cpu_.run(budget);
        INFO("program old PSW " << std::hex << mem_.read64_be(0x28));
        REQUIRE(why == simmon::s360::RunExit::DisabledWait);
        const std::uint32_t at = cpu_.instruction_address();
        REQUIRE((at == 0 || at == other_end));
        return at;
    }

    const a::LinkResult& linked_;
    simmon::PhysicalMemory mem_;
    NoChannel channel_;
    simmon::s360::S360Cpu cpu_;
};

}  // namespace simmon::cp67_test
