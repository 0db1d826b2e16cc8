// The opcode table (isa/opcode_table.cpp) is the one statement of which model has which
// instruction: the CPU's decode table is built from it. Every word on every model: the
// CPU executes it exactly when the table has a row the model has, apart from the two
// families the table describes by rows of their own: condition-code combinations
// (000240-000277, rows for the single flags only) and the FP11's undefined codes, which
// the FP11 itself rejects (its "illegal op code" error), not the reserved-instruction trap.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "machines/pdp11/cpu/pdp11_cpu.hpp"
#include "machines/pdp11/isa/opcode_table.hpp"
#include "machines/pdp11/pdp11_machine.hpp"

using namespace simmon;
using namespace simmon::pdp11;

TEST_CASE("the CPU executes what the opcode table gives its model, on every model", "[pdp11][isa]") {
    for (const CpuModel& model : all_cpu_models()) {
        Pdp11Machine m;
        REQUIRE(m.pdp11_cpu().set_model(model.id));
        const Pdp11Cpu& cpu = m.pdp11_cpu();
        const Opcode* fp11_row = decode_opcode(0170000);
        REQUIRE(fp11_row);
        const bool fp11 = model_has(*fp11_row, model.isa_model, model.options);
        int executed = 0, mismatches = 0;
        for (std::uint32_t w = 0; w < 65536; ++w) {
            const auto word = static_cast<std::uint16_t>(w);
            const Opcode* row = decode_opcode(word);
            bool expected = row && model_has(*row, model.isa_model, model.options);
            if (word >= 0000240 && word <= 0000277) expected = true;
            if (word >= 0170000 && fp11) expected = true;
            executed += cpu.executes(word) ? 1 : 0;
            if (cpu.executes(word) != expected && ++mismatches <= 5)
                FAIL_CHECK(fmt::format("{}: {:06o} ({}) {} by the CPU", model.name, word,
                                       row ? row->mnemonic : "no row", cpu.executes(word) ? "executed" : "reserved"));
        }
        CHECK(mismatches == 0);
        // Not vacuous: most words are instructions, and some trap on every model.
        INFO(model.name);
        CHECK(executed > 50000);
        CHECK(executed < 65536);
    }
}

TEST_CASE("the table's model columns as the handbooks give them", "[pdp11][isa]") {
    auto has = [](std::string_view mnemonic, CpuModelId id) {
        const CpuModel& model = cpu_model(id);
        const Opcode* row = find_mnemonic(mnemonic);
        REQUIRE(row);
        return model_has(*row, model.isa_model, model.options);
    };
    using M = CpuModelId;
    CHECK(has("MTPS", M::Pdp11_34));
    CHECK_FALSE(has("MTPS", M::Pdp11_40));
    CHECK_FALSE(has("MTPS", M::Pdp11_70));
    CHECK_FALSE(has("SPL", M::Pdp11_34));
    CHECK(has("SPL", M::Pdp11_45));
    CHECK(has("MFPD", M::Pdp11_40));  // as MFPI without D space
    CHECK(has("MUL", M::Pdp11_40));   // KE11-E fitted
    CHECK_FALSE(has("FADD", M::Pdp11_40));  // KE11-F not modelled
    CHECK_FALSE(has("LDF", M::Pdp11_34));   // FP11-A not modelled
    CHECK(has("LDF", M::Pdp11_70));
    CHECK_FALSE(has("MFPT", M::Pdp11_70));
}
