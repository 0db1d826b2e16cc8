#include "devices/dec/slirp_link.hpp"

#include <fmt/format.h>

#ifdef SIMMON_HAVE_SLIRP
#include <arpa/inet.h>
#include <poll.h>
#include <slirp/libslirp.h>

#include <chrono>
#include <deque>
#include <list>
#include <vector>
#endif

namespace simmon::dec {

#ifndef SIMMON_HAVE_SLIRP

bool slirp_link_available() { return false; }

Status open_slirp_link(const std::string&, std::unique_ptr<EthernetLink>&) {
    return Status::error("NAT: this simmon was built without libslirp (install libslirp-dev and rebuild)");
}

#else

namespace {

constexpr std::size_t kMaxQueued = 256;  // frames slirp has sent that the guest has not taken

class SlirpLink final : public EthernetLink {
public:
    Status open(bool restricted) {
        SlirpConfig cfg{};
        cfg.version = 1;
        cfg.restricted = restricted ? 1 : 0;
        cfg.in_enabled = true;
        inet_pton(AF_INET, "10.0.2.0", &cfg.vnetwork);
        inet_pton(AF_INET, "255.255.255.0", &cfg.vnetmask);
        inet_pton(AF_INET, "10.0.2.2", &cfg.vhost);
        inet_pton(AF_INET, "10.0.2.15", &cfg.vdhcp_start);
        inet_pton(AF_INET, "10.0.2.3", &cfg.vnameserver);
        cfg.in6_enabled = false;
        cfg.vhostname = "simmon";
        cfg.disable_host_loopback = true;
        callbacks_.send_packet = [](const void* buf, std::size_t len, void* opaque) -> ssize_t {
            auto* self = static_cast<SlirpLink*>(opaque);
            if (self->from_slirp_.size() < kMaxQueued) {
                const auto* p = static_cast<const std::uint8_t*>(buf);
                self->from_slirp_.emplace_back(p, p + len);
            }
            return static_cast<ssize_t>(len);
        };
        callbacks_.guest_error = [](const char*, void*) {};
        callbacks_.clock_get_ns = [](void*) -> std::int64_t {
            return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
                .count();
        };
        callbacks_.timer_new = [](SlirpTimerCb cb, void* cb_opaque, void* opaque) -> void* {
            auto* self = static_cast<SlirpLink*>(opaque);
            self->timers_.push_back(Timer{cb, cb_opaque, -1});
            return &self->timers_.back();
        };
        callbacks_.timer_free = [](void* timer, void* opaque) {
            auto* self = static_cast<SlirpLink*>(opaque);
            self->timers_.remove_if([timer](const Timer& t) { return &t == timer; });
        };
        callbacks_.timer_mod = [](void* timer, std::int64_t expire_ms, void*) { static_cast<Timer*>(timer)->expire_ms = expire_ms; };
        callbacks_.register_poll_fd = [](int, void*) {};
        callbacks_.unregister_poll_fd = [](int, void*) {};
        callbacks_.notify = [](void*) {};
        slirp_ = slirp_new(&cfg, &callbacks_, this);
        if (!slirp_) return Status::error("NAT: libslirp could not start its network");
        restricted_ = restricted;
        return Status::ok();
    }
    ~SlirpLink() override {
        if (slirp_) slirp_cleanup(slirp_);
    }

    Status send(const EthernetFrame& frame) override {
        slirp_input(slirp_, frame.data(), static_cast<int>(frame.size()));
        return Status::ok();
    }

    bool receive(EthernetFrame& frame) override {
        if (from_slirp_.empty()) service();
        if (from_slirp_.empty()) return false;
        frame = std::move(from_slirp_.front());
        from_slirp_.pop_front();
        return true;
    }

    std::string describe() const override {
        return fmt::format("NAT (libslirp {}): guest 10.0.2.15/24, gateway 10.0.2.2, DNS 10.0.2.3{}", slirp_version_string(),
                           restricted_ ? ", restricted to the virtual network" : "");
    }

private:
    struct Timer {
        SlirpTimerCb cb;
        void* cb_opaque;
        std::int64_t expire_ms;  // -1: not armed
    };

    // One look at slirp's sockets without waiting, then its timers that are due.
    void service() {
        fds_.clear();
        std::uint32_t timeout = 0;
        slirp_pollfds_fill(slirp_, &timeout, [](int fd, int events, void* opaque) {
            auto* self = static_cast<SlirpLink*>(opaque);
            short ev = 0;
            if (events & SLIRP_POLL_IN) ev |= POLLIN;
            if (events & SLIRP_POLL_OUT) ev |= POLLOUT;
            if (events & SLIRP_POLL_PRI) ev |= POLLPRI;
            self->fds_.push_back(pollfd{fd, ev, 0});
            return static_cast<int>(self->fds_.size()) - 1;
        }, this);
        const int n = fds_.empty() ? 0 : ::poll(fds_.data(), fds_.size(), 0);
        slirp_pollfds_poll(slirp_, n < 0 ? 1 : 0, [](int idx, void* opaque) {
            auto* self = static_cast<SlirpLink*>(opaque);
            const short r = self->fds_[static_cast<std::size_t>(idx)].revents;
            int ev = 0;
            if (r & POLLIN) ev |= SLIRP_POLL_IN;
            if (r & POLLOUT) ev |= SLIRP_POLL_OUT;
            if (r & POLLPRI) ev |= SLIRP_POLL_PRI;
            if (r & POLLERR) ev |= SLIRP_POLL_ERR;
            if (r & POLLHUP) ev |= SLIRP_POLL_HUP;
            return ev;
        }, this);
        const std::int64_t now_ms = callbacks_.clock_get_ns(nullptr) / 1000000;
        for (Timer& t : timers_)
            if (t.expire_ms >= 0 && t.expire_ms <= now_ms) {
                t.expire_ms = -1;
                t.cb(t.cb_opaque);
            }
    }

    SlirpCb callbacks_{};
    Slirp* slirp_ = nullptr;
    bool restricted_ = false;
    std::deque<EthernetFrame> from_slirp_;
    std::list<Timer> timers_;  // stable addresses: slirp keeps pointers to them
    std::vector<pollfd> fds_;
};

}  // namespace

bool slirp_link_available() { return true; }

Status open_slirp_link(const std::string& options, std::unique_ptr<EthernetLink>& link) {
    bool restricted = false;
    if (options == "restricted" || options == "RESTRICTED")
        restricted = true;
    else if (!options.empty())
        return Status::error(fmt::format("NAT:{}: the one NAT option is \"restricted\"", options));
    auto slirp = std::make_unique<SlirpLink>();
    if (Status s = slirp->open(restricted); !s) return s;
    link = std::move(slirp);
    return Status::ok();
}

#endif

}  // namespace simmon::dec
