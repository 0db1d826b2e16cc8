// The PDP-11 state corpus (../shared/testdata/pdp11/cases/pdp11_cases.json): 1,500
// random straight-line programs with the final registers, PSW and data area two SIMH
// versions agree on. Each case runs in 11/34, 11/40 and 11/70 mode; every case must match.
// A missing corpus fails the test.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/pdp11/pdp11_test_support.hpp"

using namespace simmon;
using namespace simmon::pdp11;

namespace {

std::uint32_t octal(const nlohmann::json& v) { return static_cast<std::uint32_t>(std::stoul(v.get<std::string>(), nullptr, 8)); }

nlohmann::json load_corpus() {
    std::string path = std::string(SIMMON_TESTDATA) + "/pdp11/cases/pdp11_cases.json";
    std::ifstream in(path);
    INFO("corpus file: " << path);
    REQUIRE(in.good());
    return nlohmann::json::parse(in);
}

// Runs every case on one machine of `model`; returns a description of each mismatch.
std::vector<std::string> run_corpus(const nlohmann::json& corpus, CpuModelId model, int& passed) {
    std::vector<std::string> failures;
    test::TestMachine tm(model);
    static const char* kRegs[] = {"R0", "R1", "R2", "R3", "R4", "R5", "SP", "PC"};
    passed = 0;
    for (const auto& c : corpus["cases"]) {
        tm.machine->reset();
        tm.bus.clear_memory();
        for (const auto& [addr, value] : c["memory"].items())
            tm.bus.write_physical_word(static_cast<std::uint32_t>(std::stoul(addr, nullptr, 8)),
                                       static_cast<std::uint16_t>(octal(value)));
        const auto& regs = c["regs"];
        for (int i = 0; i < 6; ++i) tm.cpu.set_reg(i, static_cast<std::uint16_t>(octal(regs[kRegs[i]])));
        tm.cpu.set_psw(static_cast<std::uint16_t>(octal(regs["PSW"])));
        tm.cpu.set_reg(6, static_cast<std::uint16_t>(octal(regs["SP"])));
        StopInfo stop = tm.run_from(octal(c["start"]), 10000);

        std::string diff;
        if (stop.code != StopCode::Halt) diff += fmt::format(" stop '{}'", stop.message);
        const auto& fr = c["final_regs"];
        for (int i = 0; i < 8; ++i) {
            std::uint16_t want = static_cast<std::uint16_t>(octal(fr[kRegs[i]]));
            if (tm.cpu.reg(i) != want) diff += fmt::format(" {}={:06o} (want {:06o})", kRegs[i], tm.cpu.reg(i), want);
        }
        std::uint16_t want_psw = static_cast<std::uint16_t>(octal(fr["PSW"]));
        if (tm.cpu.psw() != want_psw) diff += fmt::format(" PSW={:06o} (want {:06o})", tm.cpu.psw(), want_psw);
        for (const auto& [addr, value] : c["final_data"].items()) {
            std::uint32_t a = static_cast<std::uint32_t>(std::stoul(addr, nullptr, 8));
            std::uint16_t got = tm.peek(a);
            if (got != octal(value)) diff += fmt::format(" [{:06o}]={:06o} (want {:06o})", a, got, octal(value));
        }
        if (diff.empty()) ++passed;
        else failures.push_back(fmt::format("case {}:{}", c["id"].get<int>(), diff));
    }
    return failures;
}

void check_model(CpuModelId model, const char* name) {
    static const nlohmann::json corpus = load_corpus();
    int passed = 0;
    auto failures = run_corpus(corpus, model, passed);
    std::string report;
    for (std::size_t i = 0; i < failures.size() && i < 25; ++i) report += failures[i] + "\n";
    INFO(name << ": " << passed << " of " << corpus["cases"].size() << " cases pass\n" << report);
    CHECK(failures.empty());
    CHECK(passed == static_cast<int>(corpus["cases"].size()));
}

}  // namespace

TEST_CASE("state corpus 11/34", "[pdp11][corpus]") { check_model(CpuModelId::Pdp11_34, "11/34"); }
TEST_CASE("state corpus 11/40", "[pdp11][corpus]") { check_model(CpuModelId::Pdp11_40, "11/40"); }
TEST_CASE("state corpus 11/70", "[pdp11][corpus]") { check_model(CpuModelId::Pdp11_70, "11/70"); }
