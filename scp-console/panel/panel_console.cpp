#include "scp-console/panel/panel_console.hpp"

#include <chrono>
#include <future>

#if SIMMON_HAVE_SDL
#include "scp-console/panel/panel_window.hpp"
#endif

namespace simmon::scp {

namespace {
// Frames a second: lamps are averaged over each frame, as the eye averages a lamp.
constexpr int kFrameRate = 30;
}  // namespace

PanelConsole::~PanelConsole() {
    // The machine may be gone already (the session destroys it after us only when
    // declared so); the tap is cleared by close() while the machine exists.
    stop_ = true;
    if (thread_.joinable()) thread_.join();
}

PanelConsole::Guard PanelConsole::lock() {
    Guard g;
    if (!link_) return g;
    g.link = link_;
    g.lock = std::unique_lock<std::mutex>(g.link->console_lock());
    return g;
}

Status PanelConsole::open(Machine& machine, int scale) {
#if !SIMMON_HAVE_SDL
    (void)machine;
    (void)scale;
    return Status::error("No panel: this simmon was built without SDL2");
#else
    if (link_) return Status::error("The panel is already open (SET PANEL OFF first)");
    std::string why_not;
    std::unique_ptr<PanelModel> model = machine.make_panel(why_not);
    if (!model) return Status::error("No panel: " + why_not);
    auto link = std::make_shared<PanelLink>(std::move(model));
    std::promise<std::string> opened;
    std::future<std::string> result = opened.get_future();
    stop_ = false;
    window_closed_ = false;
    // SDL's video calls all happen on this thread: it opens the window, draws each frame
    // and ends when asked to stop or when the operator closes the window.
    thread_ = std::thread([this, link, scale, &opened] {
        std::string error;
        std::unique_ptr<PanelWindow> window = PanelWindow::open(*link, scale, true, error);
        opened.set_value(window ? std::string() : error);
        if (!window) return;
        auto next = std::chrono::steady_clock::now();
        while (!stop_) {
            if (!window->frame()) {
                window_closed_ = true;
                break;
            }
            next += std::chrono::microseconds(1'000'000 / kFrameRate);
            std::this_thread::sleep_until(next);
        }
    });
    const std::string error = result.get();
    if (!error.empty()) {
        thread_.join();
        return Status::error(error);
    }
    link_ = std::move(link);
    machine.set_panel_tap(link_.get());
    return Status::ok();
#endif
}

void PanelConsole::close(Machine& machine) {
    if (!link_) return;
    machine.set_panel_tap(nullptr);
    stop_ = true;
    if (thread_.joinable()) thread_.join();
    link_.reset();
}

void PanelConsole::reap(Machine& machine) {
    if (link_ && window_closed_) close(machine);
}

}  // namespace simmon::scp
