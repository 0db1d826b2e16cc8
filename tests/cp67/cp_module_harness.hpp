// One CP-67 module run alone on the S/360 CPU for a unit test: the module and a small
// harness in 360 assembler (tests/cp67/*_harness.asm, standing in for the kernel services
// the module calls) are assembled with CP's macro library and linked at location 0. The
// test loads the image into storage, starts the CPU at the harness and reads the results at
// the harness's symbols.
#pragma once

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "machines/s360/asm360/asm360.hpp"
#include "machines/s360/asm360/linker.hpp"
#include "machines/s360/bus/io_interface.hpp"

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

}  // namespace simmon::cp67_test
