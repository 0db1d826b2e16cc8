// Bad input at the command line: thousands of random and damaged command lines and DO
// files (fixed seeds, so every run is the same) must each come back with success or one
// line of error: no crash, no hang, no exception. Built with -fsanitize=address,undefined
// this is also the memory-safety check of the parser. SIMMON_FUZZ_CASES scales the count,
// SIMMON_FUZZ_SEED changes the lines, SIMMON_FUZZ_LOG=file records each line and its result.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "command_fuzzer.hpp"
#include "scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;

namespace {

std::size_t fuzz_cases(std::size_t fallback) {
    if (const char* v = std::getenv("SIMMON_FUZZ_CASES")) return static_cast<std::size_t>(std::strtoull(v, nullptr, 10));
    return fallback;
}

// SIMMON_FUZZ_SEED explores other lines than the fixed ones CTest runs.
std::uint32_t fuzz_seed(std::uint32_t fixed) {
    if (const char* v = std::getenv("SIMMON_FUZZ_SEED")) return fixed ^ static_cast<std::uint32_t>(std::strtoul(v, nullptr, 10));
    return fixed;
}

// Runs in a scratch directory so that file arguments (ATTACH -n, SAVE, DUMP, LOG) stay in it.
struct ScratchCwd {
    testing::TempDir dir;
    std::filesystem::path previous = std::filesystem::current_path();
    ScratchCwd() { std::filesystem::current_path(dir.path); }
    ~ScratchCwd() { std::filesystem::current_path(previous); }
};

// Runs one line the way the console would and checks the promise: an error is one line.
void run_checked(Scp& scp, const std::string& line) {
    scp.settings().runlimit = 3000;  // every run ends
    scp.settings().shell_enabled = false;
    Status st = Status::ok();
    try {
        st = scp.execute_line(line);
    } catch (const std::exception& e) {
        FAIL("exception " << e.what() << " from: " << line);
    }
    if (const char* log = std::getenv("SIMMON_FUZZ_LOG")) {  // replaying a run: every line and its result
        std::ofstream(log, std::ios::app) << line << "\n  => " << (st ? std::string("ok") : st.message()) << "\n";
    }
    if (!st && st.message().find('\n') != std::string::npos) FAIL_CHECK("multi-line error for: " << line << "\n" << st.message());
    if (!st && st.message().empty()) FAIL_CHECK("empty error for: " << line);
}

std::vector<std::string> scratch_files() {
    {
        std::ofstream img("image.bin", std::ios::binary);
        for (int i = 0; i < 700; ++i) img.put(static_cast<char>((i * 37) & 0xFF));
    }
    std::ofstream("empty.bin").flush();
    std::filesystem::create_directories("adir");
    return {"fuzz.do", "image.bin", "empty.bin", "adir", "missing.bin", "state.sav", "new.img", "fuzz.log",
            "\"with space.bin\""};
}

// SET NOON and ON ERROR make a script carry on after its CALLs or DOs hit their nesting
// limits, which can take exponential time (as in any script language): DO files leave them out.
bool carries_on_after_errors(const std::string& line) {
    std::string word;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        const char c = i < line.size() ? static_cast<char>(std::toupper(static_cast<unsigned char>(line[i]))) : ' ';
        if (std::isalpha(static_cast<unsigned char>(c))) {
            word += c;
            continue;
        }
        if (word == "O" || word == "ON" || word.starts_with("NOO")) return true;
        word.clear();
    }
    return false;
}

}  // namespace

TEST_CASE("fuzz: random and damaged command lines on the toy machine", "[fuzz]") {
    ScratchCwd cwd;
    const std::vector<std::string> files = scratch_files();
    auto session = std::make_unique<testing::Session>();
    testing::CommandFuzzer fuzz(session->scp, fuzz_seed(20240611u), files);
    const std::size_t cases = fuzz_cases(6000);
    std::size_t ran = 0;
    for (std::size_t i = 0; i < cases; ++i) {
        const std::string line = fuzz.line();
        if (testing::unsafe_for_fuzzing(line)) continue;
        for (int k = 0; k < 3; ++k) session->answers.push_back(fuzz.word());
        run_checked(session->scp, line);
        ++ran;
        session->answers.clear();
        session->out.take_captured();
        if (session->scp.exit_requested()) {
            session = std::make_unique<testing::Session>();
        }
    }
    CHECK(ran > cases / 2);
}

TEST_CASE("fuzz: random DO files with labels, GOTO, CALL, RETURN and nesting", "[fuzz]") {
    ScratchCwd cwd;
    const std::vector<std::string> files = scratch_files();
    auto session = std::make_unique<testing::Session>();
    testing::CommandFuzzer fuzz(session->scp, fuzz_seed(7u), files);
    const std::size_t cases = fuzz_cases(6000) / 10;
    for (std::size_t i = 0; i < cases; ++i) {
        std::vector<std::string> lines = fuzz.script("fuzz.do");
        std::erase_if(lines, [](const std::string& l) { return testing::unsafe_for_fuzzing(l) || carries_on_after_errors(l); });
        {
            std::ofstream f("fuzz.do", std::ios::binary);
            for (const std::string& l : lines) f << l << '\n';
        }
        run_checked(session->scp, "DO fuzz.do " + fuzz.word() + " " + fuzz.word());
        session->out.take_captured();
        if (session->scp.exit_requested()) session = std::make_unique<testing::Session>();
    }
}
