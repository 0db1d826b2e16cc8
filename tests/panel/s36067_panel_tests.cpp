// The 2067 system control panel drawn by the SDL panel window, headless (SDL's offscreen
// driver): lamps read back from the framebuffer at their layout positions, switches and
// dials worked by synthetic SDL mouse and keyboard events, on an S/360 at the SCP (so that
// what the 1052 types is captured).
#include <SDL2/SDL.h>
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

#include "core/panel/panel_link.hpp"
#include "machines/machine_list.hpp"
#include "machines/s360/cpu/s360_cpu.hpp"
#include "machines/s360/panel/s36067_panel.hpp"
#include "machines/s360/s360_machine.hpp"
#include "scp-console/panel/panel_window.hpp"
#include "scp-console/session.hpp"

using namespace simmon;

namespace {

struct S360PanelRig {
    scp::Output out;
    scp::Scp scp{machine_list(), out, false};
    std::unique_ptr<PanelLink> link;
    std::unique_ptr<scp::PanelWindow> window;

    explicit S360PanelRig(int scale = 1) {
        ::setenv("SDL_VIDEODRIVER", "offscreen", 1);
        REQUIRE(scp.select_machine("s360"));
        std::string why;
        auto model = machine().make_panel(why);
        INFO(why);
        REQUIRE(model);
        link = std::make_unique<PanelLink>(std::move(model));
        std::string error;
        window = scp::PanelWindow::open(*link, scale, false, error);
        INFO(error);
        REQUIRE(window);
        REQUIRE(window->frame());
    }
    s360::S360Machine& machine() { return static_cast<s360::S360Machine&>(scp.machine()); }
    s360::S360Cpu& cpu() { return machine().s360_cpu(); }
    std::string run(const std::string& line) {
        const Status s = scp.execute_line(line);
        return s ? std::string{} : s.message();
    }
    const PanelLayout& layout() const { return link->layout(); }
    int control(const std::string& name) const {
        const int c = layout().find_control(name);
        INFO(name);
        REQUIRE(c >= 0);
        return c;
    }
    void push(SDL_Event& e) {
        REQUIRE(SDL_PushEvent(&e) == 1);
        REQUIRE(window->frame());
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
        push(e);
    }
    // The pointer over a control, then the wheel turned `steps` notches (negative: back).
    void wheel(const std::string& name, int steps) {
        const PanelControl& c = layout().controls[control(name)];
        SDL_Event m{};
        m.type = SDL_MOUSEMOTION;
        m.motion.windowID = window->window_id();
        m.motion.x = (c.x + c.w / 2) * window->scale();
        m.motion.y = (c.y + c.h / 2) * window->scale();
        push(m);
        for (int i = 0; i < std::abs(steps); ++i) {
            SDL_Event e{};
            e.type = SDL_MOUSEWHEEL;
            e.wheel.windowID = window->window_id();
            e.wheel.y = steps > 0 ? 1 : -1;
            push(e);
        }
    }
    void key(SDL_Keycode k) {
        SDL_Event e{};
        e.type = SDL_KEYDOWN;
        e.key.windowID = window->window_id();
        e.key.state = SDL_PRESSED;
        e.key.keysym.sym = k;
        push(e);
    }
    // The keyboard's hex into the entry register it is at (cleared first).
    void type_hex(const char* digits) {
        key(SDLK_BACKSPACE);
        for (const char* p = digits; *p; ++p) key(*p);
    }
    int position(const std::string& name) {  // a knob's position as the panel samples it
        std::vector<std::uint8_t> intensity;
        std::vector<int> controls;
        link->frame(intensity, controls);
        return controls[static_cast<std::size_t>(control(name))];
    }
    std::uint32_t red(const std::string& name) {
        const int i = layout().find_lamp(name);
        INFO(name);
        REQUIRE(i >= 0);
        return window->pixel_at(layout().lamps[i].x, layout().lamps[i].y) >> 16;
    }
    // 1 lit, 0 dark, -1 in between (a lamp lit in some of a frame's samples).
    int lamp(const std::string& name) {
        const std::uint32_t r = red(name);
        return r > 200 ? 1 : r < 100 ? 0 : -1;
    }
    std::uint32_t lights(const char* row, int first_bit = 0) {
        std::uint32_t v = 0;
        for (int b = first_bit; b < first_bit + 32; ++b) {
            char name[48];
            std::snprintf(name, sizeof name, "%s %02d", row, b);
            const int l = lamp(name);
            INFO(name);
            REQUIRE(l >= 0);
            v = (v << 1) | static_cast<std::uint32_t>(l);
        }
        return v;
    }
};

constexpr std::uint64_t kKnownPsw = 0x07570000'2F001234ull;  // key 5, M, W, P; CC 2, mask F

}  // namespace

TEST_CASE("360 panel: the PSW, instruction address, rollers and status lights show a stopped machine") {
    S360PanelRig rig;
    REQUIRE(rig.cpu().load_psw(kKnownPsw));
    rig.cpu().gr_[0] = 0x12345678;
    rig.cpu().gr_[1] = 0xDEADBEEF;
    rig.cpu().fpr_[1] = 0x41100000'A5A5A5A5ull;
    rig.cpu().cr_[0] = 0x00800000;
    REQUIRE(rig.window->frame());
    const std::uint64_t psw = rig.cpu().current_psw();
    CHECK(rig.lights("PSW", 0) == static_cast<std::uint32_t>(psw >> 32));
    CHECK(rig.lights("PSW", 32) == static_cast<std::uint32_t>(psw));
    CHECK(rig.lamp("PSW 14") == 1);  // wait
    CHECK(rig.lamp("PSW 15") == 1);  // problem state
    CHECK(rig.lamp("PSW 12") == 0);
    CHECK(rig.lights("INSTRUCTION ADDRESS") == 0x1234);
    CHECK(rig.lights("ROLLER 1") == 0x12345678);
    CHECK(rig.lights("ROLLER 2") == 0xDEADBEEF);
    CHECK(rig.lamp("MANUAL") == 1);
    CHECK(rig.lamp("SYSTEM") == 0);
    CHECK(rig.lamp("WAIT") == 1);
    CHECK(rig.lamp("PROBLEM STATE") == 1);
    CHECK(rig.lamp("TEST") == 0);
    CHECK(rig.lamp("LOAD") == 0);

    // The roller switches: ROLLER 1 clicked on to FR 2 LO (GR 0-15, then FR 0 HI, 0 LO, 2 HI,
    // 2 LO), ROLLER 2 wheeled back from GR 1 past GR 0 to CR 0 (CR 15 is the last position).
    for (int i = 0; i < 19; ++i) rig.click("ROLLER 1");
    CHECK(rig.position("ROLLER 1") == 19);
    CHECK(rig.lights("ROLLER 1") == 0xA5A5A5A5);
    rig.wheel("ROLLER 2", -17);
    CHECK(rig.position("ROLLER 2") == 24);
    CHECK(rig.lights("ROLLER 2") == 0x00800000);
    rig.click("ROLLER 2", SDL_BUTTON_RIGHT);  // back one more: FR 6 LO
    CHECK(rig.position("ROLLER 2") == 23);
}

TEST_CASE("360 panel: STORE and DISPLAY through the data and address switches") {
    S360PanelRig rig;
    // The keyboard starts at the data switches; Tab moves to the address switches.
    rig.type_hex("cafef00d");
    rig.key(SDLK_TAB);
    rig.type_hex("1002");  // a word address is rounded down to its boundary
    rig.click("STORE");
    CHECK(rig.machine().memory().read32_be(0x1000) == 0xCAFEF00D);
    CHECK(rig.lights("STORAGE ADDRESS") == 0x1000);
    CHECK(rig.lights("STORAGE DATA") == 0xCAFEF00D);

    rig.machine().memory().write32_be(0x2000, 0x0102F304);
    rig.type_hex("2000");
    rig.click("DISPLAY");
    CHECK(rig.lights("STORAGE ADDRESS") == 0x2000);
    CHECK(rig.lights("STORAGE DATA") == 0x0102F304);

    // Switches by mouse: address switch 31 on makes 2001, still the word at 2000.
    rig.click("ADDRESS 31");
    rig.click("DISPLAY");
    CHECK(rig.lights("STORAGE DATA") == 0x0102F304);

    // The registers, by STORAGE SELECT and address switches 28-31.
    rig.click("STORAGE SELECT");  // GENERAL REGS
    rig.type_hex("3");
    rig.key(SDLK_TAB);
    rig.key(SDLK_TAB);  // past the load-unit dials, round to the data switches again
    rig.type_hex("12345678");
    rig.click("STORE");
    CHECK(rig.cpu().gr_[3] == 0x12345678);
    rig.click("STORAGE SELECT");  // FLOATING REGS: 5 is the low word of FR 4
    rig.key(SDLK_TAB);
    rig.type_hex("5");
    rig.click("STORE");
    CHECK(rig.cpu().fpr_[2] == 0x12345678);
    rig.cpu().fpr_[2] = 0x4110000000000000ull;
    rig.type_hex("4");
    rig.click("DISPLAY");
    CHECK(rig.lights("STORAGE DATA") == 0x41100000);
    rig.click("STORAGE SELECT");  // CONTROL REGS
    rig.type_hex("e");
    rig.click("DISPLAY");
    CHECK(rig.lights("STORAGE DATA") == rig.cpu().cr_[14]);

    // SET IC: the address switches into the PSW's instruction address.
    rig.type_hex("abcdef");
    rig.key('j');
    CHECK(rig.cpu().instruction_address() == 0xABCDEF);
}

TEST_CASE("360 panel: INTERRUPT, START by instruction step, and the TEST light") {
    S360PanelRig rig;
    auto& mem = rig.machine().memory();
    mem.write64_be(s360::kExternalNewPsw, 0x00000000'00000400ull);
    mem.write16_be(0x200, 0x0700);  // NOPR
    mem.write16_be(0x400, 0x0700);
    REQUIRE(rig.cpu().load_psw(0x01000000'00000200ull));  // external interruptions enabled
    rig.click("RATE");
    CHECK(rig.position("RATE") == s360::S36067Panel::kInstructionStep);
    REQUIRE(rig.window->frame());
    CHECK(rig.lamp("TEST") == 1);
    rig.click("INTERRUPT");
    rig.click("START");
    CHECK_FALSE(rig.link->take_run_request());  // one instruction, no run
    // The interrupt key's code X'0040' in the external old PSW; the CPU went to X'400'.
    CHECK((mem.read32_be(s360::kExternalOldPsw) & 0xFFFF) == 0x0040);
    CHECK((rig.cpu().instruction_address() & ~2u) == 0x400);
    rig.click("RATE");
    rig.click("START");
    CHECK(rig.link->take_run_request());  // PROCESS: the console runs it
}

TEST_CASE("360 panel: LOAD with the dials at 00C IPLs hello.deck, and the greeting is typed") {
    const std::string deck = std::string(SIMMON_TESTDATA) + "/s360/decks/hello.deck";
    INFO(deck);
    REQUIRE(std::filesystem::exists(deck));
    S360PanelRig rig;
    REQUIRE(rig.run("SET RUNLIMIT 10M") == "");
    REQUIRE(rig.run("ATTACH 00C " + deck) == "");
    // A LOAD from an address with no device: the CPU stays in the load state.
    rig.key(SDLK_TAB);
    rig.key(SDLK_TAB);  // the LOAD UNIT dials
    rig.type_hex("0ff");
    rig.key('l');
    CHECK_FALSE(rig.link->take_run_request());
    CHECK(rig.lamp("LOAD") == 1);
    rig.click("SYSTEM RESET");
    CHECK(rig.lamp("LOAD") == 0);

    // The dials by keyboard: 0, 0, C.
    rig.type_hex("00c");
    CHECK(rig.position("LOAD UNIT 1") == 0);
    CHECK(rig.position("LOAD UNIT 2") == 0);
    CHECK(rig.position("LOAD UNIT 3") == 0xC);
    rig.click("LOAD");
    CHECK(rig.lamp("LOAD") == 0);
    REQUIRE(rig.link->take_run_request());  // the IPL completed: the CPU is to run
    rig.out.take_captured();
    (void)rig.run("CONTINUE");
    const std::string typed = rig.out.take_captured();
    INFO(typed);
    CHECK(typed.find("Hello Bare-Metal World!") != std::string::npos);
    CHECK(rig.cpu().current_psw() == 0x00020000'00000000ull);
    REQUIRE(rig.window->frame());
    CHECK(rig.lamp("WAIT") == 1);
    CHECK(rig.lamp("MANUAL") == 1);
}

TEST_CASE("360 panel: during a run the problem-state lamp glows as the program changes state") {
    S360PanelRig rig;
    auto& mem = rig.machine().memory();
    // Problem state at 200: SR, AR, AR, AR, SVC 1, B 200; the SVC's handler at 300 in the
    // supervisor state: SR, AR, LPSW of the SVC old PSW back to the problem program.
    const std::uint16_t program[] = {0x1B11, 0x1A11, 0x1A11, 0x1A11, 0x0A01, 0x47F0, 0x0200};
    for (std::size_t i = 0; i < std::size(program); ++i) mem.write16_be(0x200 + 2 * i, program[i]);
    const std::uint16_t handler[] = {0x1B22, 0x1A22, 0x8200, 0x0020};
    for (std::size_t i = 0; i < std::size(handler); ++i) mem.write16_be(0x300 + 2 * i, handler[i]);
    mem.write64_be(s360::kSvcNewPsw, 0x00000000'00000300ull);
    REQUIRE(rig.cpu().load_psw(0x00010000'00000200ull));
    rig.machine().set_panel_tap(rig.link.get());
    {
        // The SCP holds the console lock while it runs the machine: the panel reads the
        // samples taken between slices, not the machine.
        std::lock_guard<std::mutex> running(rig.link->console_lock());
        RunRequest r;
        r.max_instructions = 3'000'000;
        (void)rig.machine().run(r);
        REQUIRE(rig.link->slice_samples() > 20);
        REQUIRE(rig.window->frame());
        CHECK(rig.lamp("SYSTEM") == 1);
        CHECK(rig.lamp("MANUAL") == 0);
        CHECK(rig.lamp("WAIT") == 0);
        // Six instructions of nine in the problem state: neither dark nor fully lit.
        CHECK(rig.lamp("PROBLEM STATE") == -1);
        CHECK(rig.lamp("PSW 15") == -1);
        // The instruction address stays within 200-30A: its high bits are dark.
        CHECK(rig.lamp("INSTRUCTION ADDRESS 20") == 0);
        // STOP while running stops the CPU at the end of an instruction.
        rig.click("STOP");
        const StopInfo stop = rig.machine().run({});
        CHECK(stop.code == StopCode::UserInterrupt);
        CHECK(stop.message.rfind("STOP key, PSW ", 0) == 0);
    }
    rig.machine().set_panel_tap(nullptr);
    REQUIRE(rig.window->frame());
    CHECK(rig.lamp("MANUAL") == 1);
    CHECK(rig.lamp("SYSTEM") == 0);
}

TEST_CASE("360 panel: LOAD and SYSTEM RESET act on a running machine between slices") {
    const std::string deck = std::string(SIMMON_TESTDATA) + "/s360/decks/hello.deck";
    INFO(deck);
    REQUIRE(std::filesystem::exists(deck));
    S360PanelRig rig;
    REQUIRE(rig.run("ATTACH 00C " + deck) == "");
    auto& mem = rig.machine().memory();
    mem.write32_be(0x200, 0x47F00200);  // B 200, forever
    REQUIRE(rig.cpu().load_psw(0x00000000'00000200ull));
    rig.key(SDLK_TAB);
    rig.key(SDLK_TAB);
    rig.type_hex("00c");
    rig.out.take_captured();
    rig.machine().set_panel_tap(rig.link.get());
    {
        std::lock_guard<std::mutex> running(rig.link->console_lock());
        // LOAD pressed while the loop runs: at the next sample the system is reset, the deck
        // is read and its program runs on in the same run to its disabled wait.
        rig.key('l');
        RunRequest r;
        r.max_instructions = 10'000'000;
        const StopInfo stop = rig.machine().run(r);
        CHECK(stop.code == StopCode::Halt);
        CHECK(rig.cpu().current_psw() == 0x00020000'00000000ull);
        CHECK(rig.out.take_captured().find("Hello Bare-Metal World!") != std::string::npos);
        // SYSTEM RESET while running: the machine stops, reset.
        REQUIRE(rig.cpu().load_psw(0x00000000'00000200ull));
        rig.key('r');
        const StopInfo reset = rig.machine().run(r);
        CHECK(reset.code == StopCode::UserInterrupt);
        CHECK(reset.message == "SYSTEM RESET key");
        CHECK(rig.cpu().current_psw() == 0);
    }
    rig.machine().set_panel_tap(nullptr);
}

TEST_CASE("360 panel: the screenshot in docs/images is made from a known state") {
    S360PanelRig rig(1);
    REQUIRE(rig.cpu().load_psw(0x071D0000'0A012346ull));
    rig.cpu().gr_[0] = 0x0000C1C2;
    rig.cpu().gr_[1] = 0x00FF0010;
    rig.machine().memory().write32_be(0x1000, 0x47F0F00A);
    rig.type_hex("47f0f00a");
    rig.key(SDLK_TAB);
    rig.type_hex("1000");
    rig.click("DISPLAY");
    rig.key(SDLK_TAB);
    rig.type_hex("00c");
    std::string error;
    const std::string path = std::string(SIMMON_SOURCE_DIR) + "/docs/images/panel-s36067.png";
    INFO(error);
    REQUIRE(rig.window->save_png(path, error));
    std::ifstream f(path, std::ios::binary);
    char sig[8] = {};
    f.read(sig, 8);
    CHECK(std::string(sig + 1, 3) == "PNG");
}
