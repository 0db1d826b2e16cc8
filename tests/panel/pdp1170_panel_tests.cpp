// The PDP-11/70 console drawn by the SDL panel window, headless (SDL's offscreen driver):
// lamps read back from the framebuffer at their layout positions, switches worked by
// synthetic SDL mouse and keyboard events.
#include <SDL2/SDL.h>
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>

#include "core/panel/panel_link.hpp"
#include "machines/pdp11/cpu/pdp11_cpu.hpp"
#include "machines/pdp11/pdp11_machine.hpp"
#include "machines/pdp11/panel/pdp1170_panel.hpp"
#include "scp-console/panel/panel_window.hpp"

using namespace simmon;

namespace {

struct PanelRig {
    pdp11::Pdp11Machine machine;
    std::unique_ptr<PanelLink> link;
    std::unique_ptr<scp::PanelWindow> window;

    explicit PanelRig(int scale = 1) {
        ::setenv("SDL_VIDEODRIVER", "offscreen", 1);
        REQUIRE(machine.pdp11_cpu().set_model(pdp11::CpuModelId::Pdp11_70));
        std::string why;
        auto model = machine.make_panel(why);
        INFO(why);
        REQUIRE(model);
        link = std::make_unique<PanelLink>(std::move(model));
        std::string error;
        window = scp::PanelWindow::open(*link, scale, false, error);
        INFO(error);
        REQUIRE(window);
        REQUIRE(window->frame());
    }
    const PanelLayout& layout() const { return link->layout(); }
    int control(const std::string& name) const {
        const int c = layout().find_control(name);
        REQUIRE(c >= 0);
        return c;
    }
    void click(const std::string& name, Uint8 button = SDL_BUTTON_LEFT) {
        const PanelControl& c = layout().controls[control(name)];
        SDL_Event e{};
        e.type = SDL_MOUSEBUTTONDOWN;
        e.button.windowID = window->window_id();
        e.button.button = button;
        e.button.state = SDL_PRESSED;
        e.button.x = (c.x + c.w / 2) * window->scale();
        e.button.y = (c.y + c.h / 2) * window->scale();
        REQUIRE(SDL_PushEvent(&e) == 1);
        REQUIRE(window->frame());
    }
    void key(SDL_Keycode k) {
        SDL_Event e{};
        e.type = SDL_KEYDOWN;
        e.key.windowID = window->window_id();
        e.key.state = SDL_PRESSED;
        e.key.keysym.sym = k;
        REQUIRE(SDL_PushEvent(&e) == 1);
        REQUIRE(window->frame());
    }
    void type_octal(const char* digits) {
        key(SDLK_BACKSPACE);
        for (const char* p = digits; *p; ++p) key(*p);
    }
    // A lamp is lit when its centre shows the lamp colour, dark when it shows the dark glass.
    int lamp(const std::string& name) {
        const int i = layout().find_lamp(name);
        REQUIRE(i >= 0);
        const std::uint32_t rgb = window->pixel_at(layout().lamps[i].x, layout().lamps[i].y);
        const int red = static_cast<int>(rgb >> 16);
        if (red > 200) return 1;
        if (red < 100) return 0;
        return -1;  // in between: neither
    }
    std::uint32_t lights(const char* row, int bits) {
        std::uint32_t v = 0;
        for (int b = bits - 1; b >= 0; --b) {
            char name[32];
            std::snprintf(name, sizeof name, "%s %02d", row, b);
            const int l = lamp(name);
            REQUIRE(l >= 0);
            v = (v << 1) | static_cast<std::uint32_t>(l);
        }
        return v;
    }
    std::uint16_t memory_word(std::uint32_t pa) { return machine.memory().read16_le(pa); }
};

}  // namespace

TEST_CASE("11/70 panel: the address and data lights show a stopped machine's console registers") {
    PanelRig rig;
    rig.machine.memory().write16_le(01000, 0125252);
    rig.machine.pdp11_cpu().set_switch_register(01000);
    rig.click("LOAD ADRS");
    CHECK(rig.lights("ADDRESS", 22) == 01000);
    rig.click("EXAM");
    CHECK(rig.lights("DATA", 16) == 0125252);
    CHECK(rig.lights("ADDRESS", 22) == 01000);
    // Kernel mode, no memory management, stopped.
    CHECK(rig.lamp("KERNEL") == 1);
    CHECK(rig.lamp("USER") == 0);
    CHECK(rig.lamp("SUPER") == 0);
    CHECK(rig.lamp("16") == 1);
    CHECK(rig.lamp("22") == 0);
    CHECK(rig.lamp("RUN") == 0);
    CHECK(rig.lamp("MASTER") == 0);
    CHECK(rig.lamp("PAR HIGH") == 0);
}

TEST_CASE("11/70 panel: mode and addressing lights follow the PSW and memory management") {
    PanelRig rig;
    auto& cpu = rig.machine.pdp11_cpu();
    cpu.mmu().write_mmr3(020);  // 22-bit mapping
    cpu.mmu().write_mmr0(1);
    cpu.set_psw(0140000);  // user mode
    REQUIRE(rig.window->frame());
    CHECK(rig.lamp("USER") == 1);
    CHECK(rig.lamp("KERNEL") == 0);
    CHECK(rig.lamp("22") == 1);
    CHECK(rig.lamp("16") == 0);
    CHECK(rig.lamp("18") == 0);
}

TEST_CASE("11/70 panel: the switch register is the one DEPOSIT SR sets and the program reads") {
    PanelRig rig;
    rig.click("SR 03");
    rig.click("SR 15");
    CHECK(rig.machine.pdp11_cpu().switch_register() == 0100010);
    rig.click("SR 03");
    CHECK(rig.machine.pdp11_cpu().switch_register() == 0100000);
    // And the other way: a switch register set elsewhere shows in the paddles.
    rig.machine.pdp11_cpu().set_switch_register(7);
    REQUIRE(rig.window->frame());
    rig.key('1');  // shifts an octal digit in: 7 -> 071
    CHECK(rig.machine.pdp11_cpu().switch_register() == 071);
}

TEST_CASE("11/70 panel: LOAD ADRS, DEP and EXAM by mouse deposit words and examine them back") {
    PanelRig rig;
    for (const char* sr : {"SR 09", "SR 06"}) rig.click(sr);  // 001100
    rig.click("LOAD ADRS");
    CHECK(rig.lights("ADDRESS", 22) == 01100);
    for (const char* sr : {"SR 09", "SR 06", "SR 12", "SR 02", "SR 00"}) rig.click(sr);  // 010005
    CHECK(rig.machine.pdp11_cpu().switch_register() == 010005);
    rig.click("DEP");
    CHECK(rig.memory_word(01100) == 010005);
    rig.click("SR 01");  // 010007
    rig.click("DEP");    // a second DEP steps to the next word first
    CHECK(rig.memory_word(01102) == 010007);
    CHECK(rig.lights("ADDRESS", 22) == 01102);
    CHECK(rig.lights("DATA", 16) == 010007);

    rig.type_octal("1100");
    rig.click("LOAD ADRS");
    rig.click("EXAM");
    CHECK(rig.lights("DATA", 16) == 010005);
    rig.click("EXAM");
    CHECK(rig.lights("ADDRESS", 22) == 01102);
    CHECK(rig.lights("DATA", 16) == 010007);
}

TEST_CASE("11/70 panel: the console addresses 17777700-17777717 are the general registers") {
    PanelRig rig;
    rig.machine.pdp11_cpu().set_reg(3, 0444);
    rig.type_octal("17777703");
    rig.click("LOAD ADRS");
    rig.click("EXAM");
    CHECK(rig.lights("DATA", 16) == 0444);
    rig.click("EXAM");  // steps by 1 among the registers: R4
    CHECK(rig.lights("ADDRESS", 22) == 017777704);
    rig.type_octal("1234");
    rig.click("DEP");
    CHECK(rig.machine.pdp11_cpu().reg(4) == 01234);
}

TEST_CASE("11/70 panel: a bootstrap toggled in by keyboard runs from START, HALT and CONT single-step") {
    PanelRig rig;
    // 1000: MOV #123,R0; INC R0; HALT
    rig.type_octal("1000");
    rig.key('l');
    for (const char* w : {"12700", "123", "5200", "0"}) {
        rig.type_octal(w);
        rig.key('d');
    }
    CHECK(rig.memory_word(01000) == 012700);
    CHECK(rig.memory_word(01006) == 0);
    rig.type_octal("1000");
    rig.key('l');
    rig.key('s');  // START with ENABLE: reset, PC = 1000, and the console is asked to run
    CHECK(rig.link->take_run_request());
    CHECK(rig.machine.cpu().pc() == 01000);
    // HALT, then CONT executes one instruction at a time.
    rig.key('h');
    rig.key('c');
    CHECK(rig.machine.pdp11_cpu().reg(0) == 0123);
    CHECK(rig.machine.cpu().pc() == 01004);
    rig.key('c');
    CHECK(rig.machine.pdp11_cpu().reg(0) == 0124);
    CHECK_FALSE(rig.link->take_run_request());
    // START with HALT only resets; with ENABLE again the machine runs to the HALT.
    rig.key('h');
    rig.key('s');
    CHECK(rig.link->take_run_request());
    rig.machine.set_panel_tap(rig.link.get());
    const StopInfo stop = rig.machine.run({});
    rig.machine.set_panel_tap(nullptr);
    CHECK(stop.code == StopCode::Halt);
    CHECK(rig.machine.pdp11_cpu().reg(0) == 0124);
}

TEST_CASE("11/70 panel: during a run the lamps average the samples taken between slices") {
    PanelRig rig;
    // 1000: INC R0; BR 1000 forever.
    rig.machine.memory().write16_le(01000, 005200);
    rig.machine.memory().write16_le(01002, 000776);
    rig.machine.cpu().set_pc(01000);
    rig.machine.set_panel_tap(rig.link.get());
    {
        // The SCP holds the console lock while it runs the machine: the panel reads the
        // counters, not the machine.
        std::lock_guard<std::mutex> running(rig.link->console_lock());
        RunRequest r;
        r.max_instructions = 100'000;
        (void)rig.machine.run(r);
        REQUIRE(rig.link->slice_samples() > 0);
        REQUIRE(rig.window->frame());
        CHECK(rig.lamp("RUN") == 1);
        CHECK(rig.lamp("MASTER") == 1);
        CHECK(rig.lamp("KERNEL") == 1);
        // The fetch address is 1000 or 1002: bit 1 may glow in between, the rest are steady.
        for (int bit = 0; bit < 22; ++bit) {
            if (bit == 1) continue;
            char name[16];
            std::snprintf(name, sizeof name, "ADDRESS %02d", bit);
            CHECK(rig.lamp(name) == ((01000 >> bit) & 1));
        }
        // Moving ENABLE/HALT to HALT while running stops at the end of an instruction.
        rig.click("ENABLE/HALT");
        const StopInfo stop = rig.machine.run({});
        CHECK(stop.code == StopCode::Halt);
        CHECK(stop.message.find("HALT switch") != std::string::npos);
    }
    rig.machine.set_panel_tap(nullptr);
    // Stopped, the panel samples the machine itself.
    REQUIRE(rig.window->frame());
    CHECK(rig.lamp("RUN") == 0);
}

TEST_CASE("11/70 panel: the screenshot in docs/images is made from a known state") {
    PanelRig rig(1);
    rig.machine.memory().write16_le(01000, 0012700);
    rig.type_octal("1000");
    rig.click("LOAD ADRS");
    rig.click("EXAM");
    rig.type_octal("12700");
    std::string error;
    const std::string path = std::string(SIMMON_SOURCE_DIR) + "/docs/images/panel-pdp1170.png";
    INFO(error);
    REQUIRE(rig.window->save_png(path, error));
    std::ifstream f(path, std::ios::binary);
    char sig[8] = {};
    f.read(sig, 8);
    CHECK(std::string(sig + 1, 3) == "PNG");
}
