// DEC's CPU diagnostics from ../shared/testdata/pdp11, run to their end-of-pass message
// on the DL11 console. The FK series (11/34) are raw images started at 200 and print
// "END PASS" (CFKABD0: "TRAPS TST DONE"); the MAINDECs are absolute-loader tapes that ring the bell (007) at the end
// of each pass. A HALT, or no pass within the instruction limit, fails; so does a missing
// file. Set SIMMON_DIAG_VERBOSE=1 to see the console output.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string>

#include "core/hostio/console_port.hpp"
#include "tests/pdp11/pdp11_test_support.hpp"

using namespace simmon;
using namespace simmon::pdp11;

namespace {

class CaptureConsole final : public ConsolePort {
public:
    int read_char() override { return -1; }
    // Seven bits: the MAINDECs ring the bell as 207.
    void write_char(std::uint8_t c) override { text += static_cast<char>(c & 0177); }
    std::string text;
};

struct Diagnostic {
    const char* file;       // under pdp11/
    CpuModelId model;
    bool raw;               // raw image at 0 (else absolute loader)
    const char* pass_text;  // what one pass prints
    int passes;             // how many to wait for
    std::uint64_t limit;    // instructions
};

std::size_t count_of(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1)) ++n;
    return n;
}

std::string printable(const std::string& s) {
    std::string out;
    for (char ch : s) {
        if (ch == '\a') out += "<BEL>";
        else if (ch == '\r') continue;
        else if (ch == '\n' || (ch >= ' ' && ch < 0177)) out += ch;
    }
    return out;
}

void run_diagnostic(const Diagnostic& d) {
    std::string path = std::string(SIMMON_TESTDATA) + "/pdp11/" + d.file;
    INFO("diagnostic " << d.file);
    test::TestMachine tm(d.model);
    tm.bus.clear_memory();  // a diagnostic sets up its own vectors
    CaptureConsole console;
    tm.machine->set_console(&console);
    Status st = tm.machine->load(path, d.raw ? switch_bit('r') : 0, {});
    INFO("load: " << st.message());
    REQUIRE(st);
    tm.cpu.set_pc(0200);
    std::uint64_t done = 0;
    StopInfo stop;
    while (done < d.limit && count_of(console.text, d.pass_text) < static_cast<std::size_t>(d.passes)) {
        stop = tm.machine->run(RunRequest{1000000, false});
        done += 1000000;
        if (stop.code != StopCode::RunLimit) break;
    }
    tm.machine->set_console(nullptr);
    if (std::getenv("SIMMON_DIAG_VERBOSE")) std::cout << d.file << ":\n" << printable(console.text) << "\n";
    INFO("stop: " << stop.message << " after ~" << done << " instructions");
    INFO("console:\n" << printable(console.text).substr(0, 3000));
    CHECK(count_of(console.text, d.pass_text) >= static_cast<std::size_t>(d.passes));
}

constexpr std::uint64_t kLimit = 200000000;

}  // namespace

TEST_CASE("CFKAAC0 11/34 basic instructions", "[pdp11][diag]") {
    run_diagnostic({"fkaac0.bin", CpuModelId::Pdp11_34, true, "END PASS", 2, kLimit});
}
TEST_CASE("CFKACA0 11/34 EIS", "[pdp11][diag]") {
    run_diagnostic({"fkaca0.bin", CpuModelId::Pdp11_34, true, "END PASS", 2, kLimit});
}
TEST_CASE("CFKABD0 11/34 traps", "[pdp11][diag]") {
    // This version ends each pass with "CFKABD0 11/34 TRAPS TST DONE", not END PASS.
    run_diagnostic({"fkabd0.bin", CpuModelId::Pdp11_34, true, "TRAPS TST DONE", 2, kLimit});
}
TEST_CASE("CFKTHB0 11/34 memory management", "[pdp11][diag]") {
    run_diagnostic({"fkthb0.bin", CpuModelId::Pdp11_34, true, "END PASS", 2, kLimit});
}

// The ZKA series rings the bell once every 65536 passes (up to ~10^8 instructions).
TEST_CASE("MAINDEC ZKAA-ZKAM instruction tests", "[pdp11][diag][maindec]") {
    const char* file = GENERATE("ZKAAA0.BIN", "ZKABA0.BIN", "ZKACA0.BIN", "ZKADA0.BIN", "ZKAEA0.BIN",
                                "ZKAFA0.BIN", "ZKAGA0.BIN", "ZKAHA0.BIN", "ZKAIA0.BIN", "ZKAJA0.BIN",
                                "ZKAKA0.BIN", "ZKALA0.BIN", "ZKAMA0.BIN");
    CpuModelId model = GENERATE(CpuModelId::Pdp11_40, CpuModelId::Pdp11_34);
    std::string path = std::string("maindec/") + file;
    run_diagnostic({path.c_str(), model, false, "\a", 1, 400000000});
}

// The DCKB series are the KB11 (11/45) processor diagnostics; DCKBP (power fail) and
// DCKBQ (KT11-C with console switches) need an operator and are not run.
TEST_CASE("MAINDEC DCKBA-DCKBO 11/45 CPU tests", "[pdp11][diag][maindec]") {
    const char* file = GENERATE("CKBAB0.BIC", "CKBBB0.BIC", "CKBCC0.BIC", "CKBDC0.BIC", "CKBEC0.BIC",
                                "CKBFD0.BIC", "CKBGB0.BIC", "CKBHB0.BIC", "CKBIB0.BIC", "CKBJA0.BIC",
                                "CKBKA0.BIC", "CKBLA0.BIC", "CKBME0.BIC", "CKBNC0.BIC", "CKBOA0.BIC");
    std::string path = std::string("maindec/") + file;
    run_diagnostic({path.c_str(), CpuModelId::Pdp11_45, false, "\a", 2, kLimit});
}

// Those of them that need nothing beyond the 11/40 (with EIS) also run as an 11/40.
TEST_CASE("MAINDEC DCKB tests that fit an 11/40", "[pdp11][diag][maindec]") {
    const char* file = GENERATE("CKBAB0.BIC", "CKBBB0.BIC", "CKBCC0.BIC", "CKBDC0.BIC", "CKBEC0.BIC",
                                "CKBIB0.BIC", "CKBJA0.BIC", "CKBKA0.BIC", "CKBLA0.BIC");
    std::string path = std::string("maindec/") + file;
    run_diagnostic({path.c_str(), CpuModelId::Pdp11_40, false, "\a", 2, kLimit});
}

// 11/40 traps test and the KT11-D tests. DBKTG (an exerciser that asks the operator for
// its options) runs from tests/e2e/pdp11.cmake; see docs/machines/pdp11-cpu-notes.md.
TEST_CASE("MAINDEC 11/40 traps and KT11-D tests", "[pdp11][diag][maindec]") {
    const char* file = GENERATE("BKDMD0.BIC", "BKTAD1.BIC", "BKTBB0.BIC", "BKTCB0.BIC", "BKTDC0.BIC", "BKTFD0.BIC");
    std::string path = std::string("maindec/") + file;
    run_diagnostic({path.c_str(), CpuModelId::Pdp11_40, false, "\a", 2, kLimit});
}
