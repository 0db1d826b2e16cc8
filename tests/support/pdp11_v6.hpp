// UNIX V6 on the PDP-11 as the boot and snapshot tests start it: an 11/40 with 256 KB,
// a copy of the v6bin pack on RK0 (UNIX writes its root file system), booted and run to
// the login prompt.
#pragma once
#include <catch2/catch.hpp>

#include <string>

#include "machines/pdp11/pdp11_machine.hpp"
#include "tests/support/guest_console.hpp"

namespace simmon::test {

inline void boot_v6_to_login(pdp11::Pdp11Machine& m, ScriptedConsole& con, const std::string& pack) {
    m.set_console(&con);
    REQUIRE(set_modifier(m, "CPU", "11/40"));
    REQUIRE(set_modifier(m, "CPU", "256K"));
    auto [rk, rk0] = m.find_unit("RK0");
    REQUIRE(rk->attach(*rk0, pack, {}));
    REQUIRE(m.boot(*rk0));
    REQUIRE(run_until(m, con, "@", 0, 5000000));
    type(con, "rkunix\r");
    REQUIRE(run_until(m, con, "login: ", 0, 100000000));
}

}  // namespace simmon::test
