// The console's side of front panels: SET PANEL ON opens the machine's panel in a window
// run by a thread of its own, SET PANEL OFF closes it; the session holds the machine's
// console lock around each command (lock()) so that the panel touches a stopped machine
// only between commands (core/panel/panel_link.hpp). Closing the window leaves the
// machine as it is; the session notices at its next command and tidies up.
#pragma once
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

#include "core/machine/machine.hpp"
#include "core/panel/panel_link.hpp"

namespace simmon::scp {

class PanelConsole {
public:
    PanelConsole() = default;
    ~PanelConsole();
    PanelConsole(const PanelConsole&) = delete;
    PanelConsole& operator=(const PanelConsole&) = delete;

    // A one-line error when this build has no SDL2, there is no display, or the machine
    // has no panel drawn; nothing changes then.
    Status open(Machine& machine, int scale);
    void close(Machine& machine);
    bool is_open() const { return link_ != nullptr; }
    // Closes what the operator's closing the window left behind.
    void reap(Machine& machine);

    // Held by the session around each command; empty while no panel is open.
    struct Guard {
        std::shared_ptr<PanelLink> link;  // keeps the mutex alive while it is held
        std::unique_lock<std::mutex> lock;
    };
    Guard lock();
    // True once after the panel's START or CONT asked a stopped machine to run.
    bool take_run_request() { return link_ && link_->take_run_request(); }
    // The open panel's link, or null (tests post switch actions through it).
    PanelLink* link() { return link_.get(); }

private:
    std::shared_ptr<PanelLink> link_;
    std::thread thread_;
    std::atomic<bool> stop_{false};
    std::atomic<bool> window_closed_{false};
};

}  // namespace simmon::scp
