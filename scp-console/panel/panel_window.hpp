// A panel's window: draws a PanelLayout with our own shapes (bands, round lamps, toggle
// switches, knobs, dot-font legends) into a surface at a whole-number scale, shows it, and
// turns mouse clicks and keys into switch actions posted to the PanelLink. It is used by
// one thread only (the panel thread, or a test); SDL's video subsystem is initialised for
// as long as a window exists. Compiled only with SDL2 (SIMMON_HAVE_SDL).
#pragma once
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "core/panel/panel_link.hpp"
#include "scp-console/panel/sdl_library.hpp"

namespace simmon::scp {

class PanelWindow {
public:
    // Null with a one-line reason when SDL has no video driver or no display. With
    // `require_display`, SDL's offscreen and dummy drivers count as no display unless
    // SDL_VIDEODRIVER asked for them (the console's SET PANEL ON; tests pass false).
    static std::unique_ptr<PanelWindow> open(PanelLink& link, int scale, bool require_display, std::string& error);
    ~PanelWindow();
    PanelWindow(const PanelWindow&) = delete;
    PanelWindow& operator=(const PanelWindow&) = delete;

    // One frame: handles the pending events, draws the panel's current state and shows
    // it. False once the operator closed the window.
    bool frame();
    // The drawn panel (the window's framebuffer is a copy), ARGB8888.
    SDL_Surface* surface() { return canvas_; }
    unsigned window_id() const;
    int scale() const { return scale_; }
    // 0xRRGGBB of the drawn pixel at panel units (x, y) (tests).
    std::uint32_t pixel_at(int x, int y) const;
    // The drawn panel as a PNG file (docs/panels.md's screenshots).
    bool save_png(const std::string& path, std::string& error) const;

private:
    PanelWindow(PanelLink& link, int scale);
    void handle(const SDL_Event& e);
    void click(int x, int y, bool right);
    void press_key(int key);
    void act(int control, bool backwards);
    // Moves a control to `pos` (a toggle 0/1, a knob's position) if it is not there.
    void set_control(int control, int pos);
    // The keyboard's entry register (PanelLayout::entries): a digit shifted in, cleared.
    void shift_in_digit(int digit);
    void clear_entry();
    int digit_of(int key) const;  // the key's digit in the current entry's radix, or -1
    // Draws what changed since the last frame (all of it the first time) and notes the
    // changed areas in dirty_, so a busy panel costs its thread little.
    void draw();
    void draw_control(const PanelControl& c, int pos);
    void draw_entry_marks();
    void fill_rect(int x, int y, int w, int h, std::uint32_t rgb);
    void fill_circle(int cx, int cy, int r, std::uint32_t rgb);
    void draw_text(const std::string& text, int x, int y, int size, std::uint32_t rgb);

    SdlLibrary sdl_;
    bool video_ = false;  // SDL's video subsystem initialised for this window
    PanelLink& link_;
    int scale_;
    SDL_Window* window_ = nullptr;
    SDL_Surface* canvas_ = nullptr;
    bool open_ = true;
    std::vector<std::uint8_t> intensity_;
    std::vector<int> controls_;
    bool drawn_once_ = false;
    std::vector<int> drawn_intensity_;  // what the canvas shows; -1 not yet drawn
    std::vector<int> drawn_controls_;
    std::vector<std::array<int, 4>> dirty_;  // x, y, w, h in pixels
    int entry_ = 0;           // the entry register the keyboard's digits go to
    int drawn_entry_ = -1;
    int mouse_x_ = 0, mouse_y_ = 0;  // where the pointer was last, in panel units (the wheel)
};

}  // namespace simmon::scp
