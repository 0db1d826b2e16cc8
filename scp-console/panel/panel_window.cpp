#include "scp-console/panel/panel_window.hpp"

#include <SDL2/SDL.h>
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "scp-console/panel/panel_font.hpp"

namespace simmon::scp {

namespace {
constexpr int kLampRadius = 10;             // panel units
constexpr std::uint32_t kDarkLamp = 0x3A2418;
constexpr std::uint32_t kLegend = 0xEEEEEE;

std::uint32_t mix(std::uint32_t dark, std::uint32_t lit, int level) {  // level 0-255
    std::uint32_t out = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
        const int a = (dark >> shift) & 0xFF, b = (lit >> shift) & 0xFF;
        out |= static_cast<std::uint32_t>(a + (b - a) * level / 255) << shift;
    }
    return out;
}
std::uint32_t darker(std::uint32_t c) { return mix(0, c, 110); }
}  // namespace

PanelWindow::PanelWindow(PanelLink& link, int scale) : link_(link), scale_(scale) {}

std::unique_ptr<PanelWindow> PanelWindow::open(PanelLink& link, int scale, bool require_display, std::string& error) {
    // Asked before SDL looks for a display itself: its drivers print their own complaints,
    // and without a display it would fall back to one nobody sees.
    const char* driver_asked = std::getenv("SDL_VIDEODRIVER");
    if (require_display && !driver_asked && !std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) {
        error = "No panel: no display (set DISPLAY, or SDL_VIDEODRIVER=offscreen for a window nobody sees)";
        return nullptr;
    }
    std::unique_ptr<PanelWindow> w(new PanelWindow(link, scale));
    if (!w->sdl_.load(error)) return nullptr;
    const SdlLibrary& sdl_ = w->sdl_;
    if (sdl_.InitSubSystem(SDL_INIT_VIDEO) != 0) {
        error = std::string("No panel: no display (SDL: ") + sdl_.GetError() + ")";
        return nullptr;
    }
    w->video_ = true;
    const char* driver = sdl_.GetCurrentVideoDriver();
    const bool headless = driver && (std::strcmp(driver, "offscreen") == 0 || std::strcmp(driver, "dummy") == 0);
    if (require_display && headless && !driver_asked) {
        error = "No panel: no display (set DISPLAY, or SDL_VIDEODRIVER=offscreen for a window nobody sees)";
        return nullptr;
    }
    const PanelLayout& l = link.layout();
    w->window_ = sdl_.CreateWindow(l.title.c_str(), SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED,
                                  l.width * scale, l.height * scale, 0);
    w->canvas_ = sdl_.CreateRGBSurfaceWithFormat(0, l.width * scale, l.height * scale, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!w->window_ || !w->canvas_) {
        error = std::string("No panel: the window cannot be opened (SDL: ") + sdl_.GetError() + ")";
        return nullptr;  // the destructor frees what was made
    }
    return w;
}

PanelWindow::~PanelWindow() {
    if (canvas_) sdl_.FreeSurface(canvas_);
    if (window_) sdl_.DestroyWindow(window_);
    if (video_) sdl_.QuitSubSystem(SDL_INIT_VIDEO);
}

unsigned PanelWindow::window_id() const { return sdl_.GetWindowID(window_); }

bool PanelWindow::frame() {
    SDL_Event e;
    while (sdl_.PollEvent(&e)) handle(e);
    if (!open_) return false;
    link_.frame(intensity_, controls_);
    draw();
    if (dirty_.empty()) return true;
    if (SDL_Surface* target = sdl_.GetWindowSurface(window_)) {
        std::vector<SDL_Rect> rects;
        for (const auto& d : dirty_) {
            SDL_Rect r{d[0], d[1], d[2], d[3]};
            SDL_Rect to = r;
            sdl_.UpperBlit(canvas_, &r, target, &to);
            rects.push_back(r);
        }
        sdl_.UpdateWindowSurfaceRects(window_, rects.data(), static_cast<int>(rects.size()));
    }
    dirty_.clear();
    return true;
}

void PanelWindow::handle(const SDL_Event& e) {
    switch (e.type) {
    case SDL_QUIT: open_ = false; break;
    case SDL_WINDOWEVENT:
        if (e.window.event == SDL_WINDOWEVENT_CLOSE && e.window.windowID == window_id()) open_ = false;
        break;
    case SDL_MOUSEBUTTONDOWN:
        if (e.button.windowID == window_id())
            click(e.button.x / scale_, e.button.y / scale_, e.button.button == SDL_BUTTON_RIGHT);
        break;
    case SDL_MOUSEMOTION:
        if (e.motion.windowID == window_id()) mouse_x_ = e.motion.x / scale_, mouse_y_ = e.motion.y / scale_;
        break;
    case SDL_MOUSEWHEEL: {
        // The wheel turns the knob under the pointer (a 40-position roller switch is many
        // clicks); the pointer's place comes from the motion events, which every SDL 2 has.
        if (e.wheel.windowID != window_id() || e.wheel.y == 0) break;
        const auto& cs = link_.layout().controls;
        for (std::size_t i = 0; i < cs.size(); ++i) {
            const PanelControl& c = cs[i];
            if (c.kind == PanelControlKind::Knob && mouse_x_ >= c.x && mouse_x_ < c.x + c.w && mouse_y_ >= c.y &&
                mouse_y_ < c.y + c.h)
                act(static_cast<int>(i), e.wheel.y < 0);
        }
        break;
    }
    case SDL_KEYDOWN:
        if (e.key.windowID == window_id()) press_key(e.key.keysym.sym);
        break;
    default: break;
    }
}

void PanelWindow::click(int x, int y, bool right) {
    const auto& cs = link_.layout().controls;
    for (std::size_t i = 0; i < cs.size(); ++i) {
        const PanelControl& c = cs[i];
        if (x >= c.x && x < c.x + c.w && y >= c.y && y < c.y + c.h) {
            act(static_cast<int>(i), right);
            return;
        }
    }
}

// A click or key on a control: a toggle flips, a momentary switch is pressed, a knob
// turns one position (backwards with the right button or a capital).
void PanelWindow::act(int control, bool backwards) {
    const PanelControl& c = link_.layout().controls[control];
    if (controls_.size() != link_.layout().controls.size()) controls_.assign(link_.layout().controls.size(), 0);
    int& pos = controls_[control];
    switch (c.kind) {
    case PanelControlKind::Toggle: pos = pos ? 0 : 1; break;
    case PanelControlKind::Momentary: break;
    case PanelControlKind::Knob: {
        const int n = static_cast<int>(c.positions.size());
        pos = (pos + (backwards ? n - 1 : 1)) % n;
        break;
    }
    }
    link_.post(control, pos);
}

void PanelWindow::set_control(int control, int pos) {
    const auto& cs = link_.layout().controls;
    if (controls_.size() != cs.size()) controls_.assign(cs.size(), 0);
    if (controls_[control] == pos) return;
    controls_[control] = pos;
    link_.post(control, pos);
}

// Keys: a digit of the entry register's radix goes into it (PanelLayout::entries), Tab
// moves to the next entry register, Backspace clears the current one; other keys are the
// controls' letters (with Shift a knob turns back). A radix-16 entry takes a-f as digits,
// so a layout with one gives no control those letters.
void PanelWindow::press_key(int key) {
    const auto& entries = link_.layout().entries;
    if (key == SDLK_TAB) {
        if (!entries.empty()) entry_ = (entry_ + 1) % static_cast<int>(entries.size());
        return;
    }
    if (const int digit = digit_of(key); digit >= 0) {
        shift_in_digit(digit);
        return;
    }
    if (key == SDLK_BACKSPACE || key == SDLK_DELETE) {
        clear_entry();
        return;
    }
    const auto& cs = link_.layout().controls;
    const bool shifted = (sdl_.GetModState() & KMOD_SHIFT) != 0;
    for (int i = 0; i < static_cast<int>(cs.size()); ++i)
        if (cs[i].key && cs[i].key == key) act(i, shifted);
}

int PanelWindow::digit_of(int key) const {
    const auto& entries = link_.layout().entries;
    if (entries.empty()) return -1;
    const int radix = 1 << entries[entry_].digit_bits;
    int d = -1;
    if (key >= '0' && key <= '9') d = key - '0';
    else if (key >= 'a' && key <= 'f') d = key - 'a' + 10;
    return d >= 0 && d < radix ? d : -1;
}

namespace {
int control_bits(const PanelControl& c) {  // bits a control holds of an entry's number
    if (c.kind != PanelControlKind::Knob) return 1;
    int bits = 0;
    while ((std::size_t{1} << bits) < c.positions.size()) ++bits;
    return bits;
}
}  // namespace

void PanelWindow::shift_in_digit(int digit) {
    const PanelLayout& l = link_.layout();
    const PanelEntry& entry = l.entries[entry_];
    if (controls_.size() != l.controls.size()) controls_.assign(l.controls.size(), 0);
    // The number the switches hold, most significant control first.
    std::uint64_t v = 0;
    int total = 0;
    for (int c : entry.controls) {
        const int bits = control_bits(l.controls[c]);
        v = (v << bits) | (static_cast<std::uint64_t>(controls_[c]) & ((std::uint64_t{1} << bits) - 1));
        total += bits;
    }
    if (total == 0 || total > 63) return;
    v = ((v << entry.digit_bits) | static_cast<std::uint64_t>(digit)) & ((std::uint64_t{1} << total) - 1);
    // Back into the switches, least significant control first.
    for (auto it = entry.controls.rbegin(); it != entry.controls.rend(); ++it) {
        const PanelControl& c = l.controls[*it];
        const int bits = control_bits(c);
        int pos = static_cast<int>(v & ((std::uint64_t{1} << bits) - 1));
        if (c.kind == PanelControlKind::Knob) pos = std::min(pos, static_cast<int>(c.positions.size()) - 1);
        set_control(*it, pos);
        v >>= bits;
    }
}

void PanelWindow::clear_entry() {
    const PanelLayout& l = link_.layout();
    if (l.entries.empty()) return;
    for (int c : l.entries[entry_].controls) set_control(c, 0);
}

void PanelWindow::fill_rect(int x, int y, int w, int h, std::uint32_t rgb) {
    SDL_Rect r{x * scale_, y * scale_, w * scale_, h * scale_};
    sdl_.FillRect(canvas_, &r, 0xFF000000u | rgb);
}

void PanelWindow::fill_circle(int cx, int cy, int r, std::uint32_t rgb) {
    const int s = scale_, pcx = cx * s, pcy = cy * s, pr = r * s;
    auto* pixels = static_cast<std::uint32_t*>(canvas_->pixels);
    const int pitch = canvas_->pitch / 4;
    for (int dy = -pr; dy <= pr; ++dy) {
        const int y = pcy + dy;
        if (y < 0 || y >= canvas_->h) continue;
        const int half = static_cast<int>(std::sqrt(static_cast<double>(pr * pr - dy * dy)));
        for (int x = std::max(0, pcx - half); x <= std::min(canvas_->w - 1, pcx + half); ++x)
            pixels[y * pitch + x] = 0xFF000000u | rgb;
    }
}

void PanelWindow::draw_text(const std::string& text, int x, int y, int size, std::uint32_t rgb) {
    // A capital is `size` panel units high: 7 dots of size/7 each, at least one pixel.
    const int dot_px = std::max(1, size * scale_ / 7);
    int px = x * scale_;
    const int py = y * scale_;
    for (char ch : text) {
        const auto g = panel_glyph(ch);
        for (int row = 0; row < 7; ++row)
            for (int col = 0; col < 5; ++col)
                if (g[row] & (0x10 >> col)) {
                    SDL_Rect r{px + col * dot_px, py + row * dot_px, dot_px, dot_px};
                    sdl_.FillRect(canvas_, &r, 0xFF000000u | rgb);
                }
        px += 6 * dot_px;
    }
}

void PanelWindow::draw() {
    const PanelLayout& l = link_.layout();
    if (!drawn_once_) {
        fill_rect(0, 0, l.width, l.height, l.background);
        for (const PanelBand& b : l.bands) fill_rect(b.x, b.y, b.w, b.h, b.colour);
        for (const PanelLabel& t : l.labels) draw_text(t.text, t.x, t.y, t.size, t.colour);
        drawn_intensity_.assign(l.lamps.size(), -1);
        drawn_controls_.assign(l.controls.size(), -1);
        drawn_entry_ = -1;
        dirty_.push_back({0, 0, canvas_->w, canvas_->h});
        drawn_once_ = true;
    }
    const int s = scale_;
    for (std::size_t i = 0; i < l.lamps.size(); ++i) {
        const PanelLamp& lamp = l.lamps[i];
        const int level = i < intensity_.size() ? intensity_[i] : 0;
        if (level == drawn_intensity_[i]) continue;
        drawn_intensity_[i] = level;
        fill_circle(lamp.x, lamp.y, kLampRadius + 2, 0x080808);
        fill_circle(lamp.x, lamp.y, kLampRadius, mix(kDarkLamp, lamp.colour, level));
        const int r = kLampRadius + 2;
        dirty_.push_back({(lamp.x - r) * s, (lamp.y - r) * s, (2 * r + 1) * s, (2 * r + 1) * s});
    }
    for (std::size_t i = 0; i < l.controls.size(); ++i) {
        const int pos = i < controls_.size() ? controls_[i] : 0;
        if (pos == drawn_controls_[i]) continue;
        drawn_controls_[i] = pos;
        draw_control(l.controls[i], pos);
    }
    if (l.entries.size() > 1 && drawn_entry_ != entry_) draw_entry_marks();
}

// With more than one entry register, a small lit mark left of the first switch of the
// one the keyboard types into.
void PanelWindow::draw_entry_marks() {
    const PanelLayout& l = link_.layout();
    const int s = scale_;
    for (int e = 0; e < static_cast<int>(l.entries.size()); ++e) {
        if (l.entries[e].controls.empty()) continue;
        const PanelControl& c = l.controls[l.entries[e].controls.front()];
        const int x = c.x - 14, y = c.y + c.h / 2 - 4;
        fill_rect(x, y, 8, 8, e == entry_ ? kLegend : l.background);
        dirty_.push_back({x * s, y * s, 8 * s, 8 * s});
    }
    drawn_entry_ = entry_;
}

void PanelWindow::draw_control(const PanelControl& c, int pos) {
    const int s = scale_;
    if (c.kind == PanelControlKind::Knob) {
        const int r = std::min(c.w, c.h) / 2, cx = c.x + c.w / 2, cy = c.y + c.h / 2;
        fill_circle(cx, cy, r, darker(c.colour));
        fill_circle(cx, cy, r - 6, c.colour);
        // The pointer: positions spread over 270 degrees, the first at lower left.
        const int n = static_cast<int>(c.positions.size());
        const double angle = (225.0 - 270.0 * pos / std::max(1, n - 1)) * 3.14159265358979 / 180.0;
        for (int d = 0; d < r - 8; d += 2)
            fill_circle(cx + static_cast<int>(d * std::cos(angle)), cy - static_cast<int>(d * std::sin(angle)), 3, 0x202020);
        // The position's name under the knob, on the panel's background: as wide as the
        // knob or its longest name (6 units a character), so that knobs side by side (the
        // 360's load-unit dials) keep their own names.
        std::size_t longest = 0;
        for (const std::string& p : c.positions) longest = std::max(longest, p.size());
        const int label_w = std::max(c.w + 20, static_cast<int>(longest) * 6 + 4);
        fill_rect(c.x - 10, c.y + c.h + 4, label_w, 8, link_.layout().background);
        if (pos >= 0 && pos < n) draw_text(c.positions[pos], c.x - 10, c.y + c.h + 4, 7, kLegend);
        dirty_.push_back({(c.x - 10) * s, c.y * s, label_w * s, (c.h + 12) * s});
        return;
    }
    // A paddle switch: its body, and the paddle raised (up, 1) or lowered.
    fill_rect(c.x, c.y, c.w, c.h, darker(c.colour));
    const bool up = c.kind == PanelControlKind::Toggle && pos != 0;
    fill_rect(c.x + 2, up ? c.y + 2 : c.y + c.h / 2, c.w - 4, c.h / 2 - 2, c.colour);
    dirty_.push_back({c.x * s, c.y * s, c.w * s, c.h * s});
}

std::uint32_t PanelWindow::pixel_at(int x, int y) const {
    const int px = x * scale_ + scale_ / 2, py = y * scale_ + scale_ / 2;
    if (px < 0 || py < 0 || px >= canvas_->w || py >= canvas_->h) return 0;
    const auto* pixels = static_cast<const std::uint32_t*>(canvas_->pixels);
    return pixels[py * (canvas_->pitch / 4) + px] & 0xFFFFFF;
}

// PNG: signature, IHDR, one zlib-compressed IDAT of filter-0 RGB rows, IEND (RFC 2083).
bool PanelWindow::save_png(const std::string& path, std::string& error) const {
    const int w = canvas_->w, h = canvas_->h;
    std::vector<unsigned char> raw;
    raw.reserve(static_cast<std::size_t>(h) * (w * 3 + 1));
    const auto* pixels = static_cast<const std::uint32_t*>(canvas_->pixels);
    for (int y = 0; y < h; ++y) {
        raw.push_back(0);
        for (int x = 0; x < w; ++x) {
            const std::uint32_t p = pixels[y * (canvas_->pitch / 4) + x];
            raw.push_back(static_cast<unsigned char>(p >> 16));
            raw.push_back(static_cast<unsigned char>(p >> 8));
            raw.push_back(static_cast<unsigned char>(p));
        }
    }
    uLongf zlen = compressBound(static_cast<uLong>(raw.size()));
    std::vector<unsigned char> z(zlen);
    if (compress2(z.data(), &zlen, raw.data(), static_cast<uLong>(raw.size()), 9) != Z_OK) {
        error = "cannot compress the screenshot";
        return false;
    }
    z.resize(zlen);
    std::vector<unsigned char> out = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    auto be32 = [](std::vector<unsigned char>& v, std::uint32_t x) {
        for (int s = 24; s >= 0; s -= 8) v.push_back(static_cast<unsigned char>(x >> s));
    };
    auto chunk = [&](const char* type, const std::vector<unsigned char>& data) {
        be32(out, static_cast<std::uint32_t>(data.size()));
        std::vector<unsigned char> body(type, type + 4);
        body.insert(body.end(), data.begin(), data.end());
        out.insert(out.end(), body.begin(), body.end());
        be32(out, static_cast<std::uint32_t>(crc32(0, body.data(), static_cast<uInt>(body.size()))));
    };
    std::vector<unsigned char> ihdr;
    be32(ihdr, static_cast<std::uint32_t>(w));
    be32(ihdr, static_cast<std::uint32_t>(h));
    ihdr.insert(ihdr.end(), {8, 2, 0, 0, 0});  // 8 bits, RGB, deflate, filter 0, no interlace
    chunk("IHDR", ihdr);
    chunk("IDAT", z);
    chunk("IEND", {});
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f || std::fwrite(out.data(), 1, out.size(), f) != out.size()) {
        if (f) std::fclose(f);
        error = "cannot write " + path;
        return false;
    }
    return std::fclose(f) == 0 || (error = "cannot write " + path, false);
}

}  // namespace simmon::scp
