// Driving a guest through its console without the SCP: a console port with scripted
// input and captured output, typing at it, running until a text appears, and the small
// helpers the boot and state tests share (SET by modifier name, a file's bytes).
#pragma once
#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "core/hostio/console_port.hpp"
#include "core/machine/machine.hpp"

namespace simmon::test {

// Console with scripted input and captured output.
class ScriptedConsole final : public ConsolePort {
public:
    int read_char() override { return pos < input.size() ? static_cast<unsigned char>(input[pos++]) : -1; }
    void write_char(std::uint8_t c) override { output.push_back(static_cast<char>(c)); }
    std::string input;
    std::size_t pos = 0;
    std::string output;
};

// Replaces what the guest has still to read with `text`.
inline void type(ScriptedConsole& con, const std::string& text) {
    con.input = text;
    con.pos = 0;
}

// Runs in slices of a million instructions until `text` has appeared in the output after
// `from`, at most `limit` instructions; false (with the stop's message) when the machine
// stopped for another reason first.
inline bool run_until(Machine& m, ScriptedConsole& con, const std::string& text, std::size_t from,
                      std::uint64_t limit) {
    for (std::uint64_t done = 0; done < limit; done += 1000000) {
        if (con.output.find(text, from) != std::string::npos) return true;
        RunRequest req;
        req.max_instructions = 1000000;
        StopInfo stop = m.run(req);
        if (stop.code != StopCode::RunLimit && stop.code != StopCode::StepDone) {
            UNSCOPED_INFO("stopped: " << stop.message);
            return false;
        }
    }
    return con.output.find(text, from) != std::string::npos;
}

// SET <device> <modifier>[=value], on the device's first unit where it has units.
inline Status set_modifier(Machine& m, const char* device, const char* modifier, std::string_view value = {}) {
    Device* d = m.find_device(device);
    if (!d) return Status::error("no device");
    for (const Modifier& mod : d->modifiers())
        if (mod.name == modifier) return mod.set(d->units().empty() ? nullptr : d->units().front().get(), value);
    return Status::error("no modifier");
}

inline std::vector<std::uint8_t> file_bytes(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

}  // namespace simmon::test
