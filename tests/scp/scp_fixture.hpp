// A test session: the SCP on the TOY machine with captured output.
#pragma once
#include <deque>
#include <filesystem>
#include <fstream>
#include <string>

#include "scp-console/session.hpp"
#include "tests/support/toy_machine.hpp"

namespace simmon::scp::testing {

struct Session {
    Output out;
    Scp scp{toy::toy_machine_list(), out, false};
    std::deque<std::string> answers;  // replies for IEXAMINE/IDEPOSIT

    Session() {
        const Status s = scp.select_machine("toy");
        if (!s) throw std::runtime_error(s.message());
        scp.set_prompt_reader([this](const std::string& prompt) -> std::optional<std::string> {
            out.write(prompt);
            if (answers.empty()) return std::nullopt;
            std::string a = answers.front();
            answers.pop_front();
            return a;
        });
    }
    toy::ToyMachine& toy() { return static_cast<toy::ToyMachine&>(scp.machine()); }
    // Runs a line; returns the error message ("" when it succeeded).
    std::string run(const std::string& line) {
        Status s = scp.execute_line(line);
        return s ? std::string{} : s.message();
    }
    std::string take() { return out.take_captured(); }
    std::uint16_t mem(Addr a) { return toy().toy_cpu().read_word(a); }
    void poke(Addr a, std::uint16_t v) { toy().toy_cpu().write_word(a, v); }
};

// A scratch directory removed at the end of the test.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        path = std::filesystem::temp_directory_path() /
               ("simmon-scp-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    std::string file(const std::string& name, const std::string& contents) const {
        const auto p = path / name;
        std::ofstream(p) << contents;
        return p.string();
    }
    std::string name(const std::string& n) const { return (path / n).string(); }
    static int& counter() {
        static int c = 0;
        return c;
    }
};

}  // namespace simmon::scp::testing
