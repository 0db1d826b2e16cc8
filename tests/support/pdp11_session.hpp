// The PDP-11 at the SCP, as the tests that drive it by console commands meet it: an SCP
// on the simmon machine list with the pdp11 selected, its output captured. For test
// targets that link the SCP and the machines (header only, so no target needs a source).
#pragma once
#include <catch2/catch.hpp>

#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>

#include "core/machine/machine.hpp"
#include "machines/machine_list.hpp"
#include "machines/pdp11/pdp11_machine.hpp"
#include "scp-console/session.hpp"

namespace simmon::test {

struct Pdp11Session {
    scp::Output out;
    scp::Scp scp{machine_list(), out, false};

    Pdp11Session() {
        const Status s = scp.select_machine("pdp11");
        if (!s) throw std::runtime_error(s.message());
    }
    pdp11::Pdp11Machine& machine() { return static_cast<pdp11::Pdp11Machine&>(scp.machine()); }

    // Runs a line; "" when it succeeded, else its message, which must be one line.
    std::string run(const std::string& line) {
        const Status s = scp.execute_line(line);
        if (s) return {};
        INFO(line);
        CHECK(s.message().find('\n') == std::string::npos);
        return s.message();
    }
    // What the commands printed since the last take().
    std::string take() { return out.take_captured(); }

    // Memory and registers directly, for setting up and checking without the console.
    void words(std::uint32_t at, std::initializer_list<std::uint16_t> ws) {
        for (std::uint16_t w : ws) {
            REQUIRE(scp.machine().cpu().deposit(0, at, 0, w));
            at += 2;
        }
    }
    std::uint16_t word(std::uint32_t at) {
        std::uint64_t v = 0;
        REQUIRE(scp.machine().cpu().examine(0, at, 0, v));
        return static_cast<std::uint16_t>(v);
    }
    std::uint64_t reg(const char* device, const char* name) {
        const RegisterDesc* r = scp.machine().find_device(device)->find_register(name);
        REQUIRE(r != nullptr);
        return r->get();
    }
    bool attached(const char* unit) { return scp.machine().find_unit(unit).second->attached(); }
};

}  // namespace simmon::test
