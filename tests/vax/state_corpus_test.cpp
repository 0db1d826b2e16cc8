// The VAX state corpus (tests/vax/corpus/vax_cases.json): random short programs made by
// tests/vax/corpus/vax_corpus.py, with the final registers, PSL, data area and top of the
// stack that the reference simulator (Debian's simh 3.8.1 `vax`) reached. Every case must
// match. The generator leaves out what the reference does differently from the ARM
// (EMOD's product precision) and machine checks, whose frames are implementation
// specific; docs/machines/vax.md says more.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "machines/vax/cpu/memory_access.hpp"

using namespace simmon;
using namespace simmon::vax;

namespace {

std::uint32_t hex32(const nlohmann::json& v) { return static_cast<std::uint32_t>(std::stoul(v.get<std::string>(), nullptr, 16)); }

std::vector<std::uint8_t> bytes(const nlohmann::json& v) {
    const std::string s = v.get<std::string>();
    std::vector<std::uint8_t> out;
    for (std::size_t i = 0; i + 1 < s.size(); i += 2) out.push_back(static_cast<std::uint8_t>(std::stoul(s.substr(i, 2), nullptr, 16)));
    return out;
}

nlohmann::json load(const std::string& name) {
    const std::string path = std::string(SIMMON_SOURCE_DIR) + "/tests/vax/corpus/" + name;
    std::ifstream in(path);
    INFO("corpus file: " << path);
    REQUIRE(in.good());
    return nlohmann::json::parse(in);
}

constexpr std::uint32_t kCode = 0x1000, kProc = 0x1400, kData = 0x3000, kStack = 0x7000, kHandlers = 0x1800;
const char* kRegs[16] = {"R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "AP", "FP", "SP", "PC"};

// Runs one case; returns the differences from its "final" (empty when equal).
std::string run_case(PhysicalMemory& memory, const nlohmann::json& c) {
    memory.clear();
    for (std::uint32_t v = 0; v < 0x200; v += 4) memory.write32_le(v, kHandlers + v);
    const auto code = bytes(c["code"]);
    memory.load(kCode, code.data(), code.size());
    const auto proc = bytes(c["proc"]);
    memory.load(kProc, proc.data(), proc.size());
    const auto data = bytes(c["data"]);
    memory.load(kData, data.data(), data.size());
    VaxCpu cpu(memory);
    cpu.reset();
    cpu.write_ipr(kIprSCBB, 0);
    for (unsigned r = 0; r < 15; ++r) cpu.r_[r] = hex32(c["regs"][kRegs[r]]);
    cpu.set_psl(hex32(c["psl"]));
    cpu.r_[14] = hex32(c["regs"]["SP"]);
    cpu.set_pc(kCode);
    cpu.run(1000);
    std::string diff;
    if (cpu.halt_reason() != HaltReason::HaltInstruction) diff += " (did not halt)";
    const auto& f = c["final"];
    for (unsigned r = 0; r < 16; ++r) {
        const std::uint32_t want = hex32(f["regs"][kRegs[r]]);
        if (cpu.r_[r] != want) diff += fmt::format(" {}={:08X} (want {:08X})", kRegs[r], cpu.r_[r], want);
    }
    if (cpu.psl() != hex32(f["psl"])) diff += fmt::format(" PSL={:08X} (want {:08X})", cpu.psl(), hex32(f["psl"]));
    std::vector<std::uint8_t> want_data = data;
    for (const auto& [addr, value] : f["changed"].items())
        want_data.at(std::stoul(addr, nullptr, 16) - kData) = static_cast<std::uint8_t>(hex32(value));
    for (std::uint32_t i = 0; i < want_data.size(); ++i)
        if (memory.read8(kData + i) != want_data[i])
            diff += fmt::format(" [{:X}]={:02X} (want {:02X})", kData + i, memory.read8(kData + i), want_data[i]);
    const auto want_stack = bytes(f["stack"]);
    for (std::uint32_t i = 0; i < want_stack.size(); ++i) {
        const std::uint32_t a = kStack - 32 + i;
        if (memory.read8(a) != want_stack[i]) diff += fmt::format(" [{:X}]={:02X} (want {:02X})", a, memory.read8(a), want_stack[i]);
    }
    return diff;
}

void check_corpus(const std::string& name) {
    const nlohmann::json corpus = load(name);
    PhysicalMemory memory;
    memory.resize(16 << 20);  // as the reference's default
    std::size_t passed = 0, total = 0;
    std::vector<std::string> failures;
    for (const auto& c : corpus["cases"]) {
        ++total;
        const std::string diff = run_case(memory, c);
        if (diff.empty()) ++passed;
        else if (failures.size() < 20) failures.push_back(fmt::format("{} [{}]:{}", c["name"].get<std::string>(), c["code"].get<std::string>(), diff));
    }
    CHECK(total > 0);
    for (const std::string& f : failures) UNSCOPED_INFO(f);
    INFO(passed << " of " << total << " cases equal");
    CHECK(passed == total);
}

}  // namespace

TEST_CASE("vax state corpus: every case equals the reference") { check_corpus("vax_cases.json"); }
