// The throttle compares simulated time with wall time since start() and sleeps off any
// lead. It never changes what the simulation does, only how fast it happens.
#include "core/machine/throttle.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <thread>

#include "core/text/case_compare.hpp"
#include "core/text/numbers.hpp"

namespace simmon {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kMinimumLead = std::chrono::milliseconds(10);  // shorter sleeps cost more than they save
constexpr auto kMaximumSleep = std::chrono::milliseconds(100);  // keep the console responsive
constexpr auto kMaximumLag = std::chrono::seconds(1);  // further behind: start afresh, no catch-up burst

std::string rate_text(std::uint64_t rate) {
    if (rate % 1'000'000 == 0) return fmt::format("{}M", rate / 1'000'000);
    if (rate % 1'000 == 0) return fmt::format("{}K", rate / 1'000);
    return fmt::format("{}", rate);
}

// "250", "500K", "2M": at least 1, and no overflow.
bool parse_scaled(std::string_view text, std::uint64_t& value) {
    std::uint64_t scale = 1;
    if (!text.empty() && (text.back() == 'M' || text.back() == 'm')) {
        scale = 1'000'000;
        text.remove_suffix(1);
    } else if (!text.empty() && (text.back() == 'K' || text.back() == 'k')) {
        scale = 1'000;
        text.remove_suffix(1);
    }
    std::uint64_t n = 0;
    if (!parse_number(text, Radix::Decimal, n) || n == 0 || n > (~std::uint64_t{0}) / scale) return false;
    value = n * scale;
    return true;
}

}  // namespace

Status Throttle::configure(std::string_view spec) {
    if (iequals(spec, "OFF")) {
        rate_ = 0;
        percent_ = 0;
        return Status::ok();
    }
    if (const std::size_t slash = spec.find('/'); slash != std::string_view::npos) {
        std::uint64_t per = 0, ms = 0;
        const std::string_view count = spec.substr(0, slash);
        if (!parse_scaled(count, per) || !parse_number(spec.substr(slash + 1), Radix::Decimal, ms) || ms == 0 ||
            ms > 3'600'000 || per > (~std::uint64_t{0}) / 1000)
            return Status::error(fmt::format("invalid throttle {} (x/t: x instructions every t milliseconds, e.g. 1M/10)", spec));
        rate_ = std::max<std::uint64_t>(1, per * 1000 / ms);
        percent_ = 0;
        ratio_ = std::string(spec);
        start_wall_ = Clock::now();
        return Status::ok();
    }
    if (!spec.empty() && spec.back() == '%') {
        std::uint64_t p = 0;
        if (!parse_number(spec.substr(0, spec.size() - 1), Radix::Decimal, p) || p == 0 || p > 1'000'000)
            return Status::error(fmt::format("invalid throttle {} (a percentage of real time from 1% to 1000000%)", spec));
        percent_ = p;
        rate_ = 0;
        ratio_.clear();
        start_wall_ = Clock::now();
        return Status::ok();
    }
    std::uint64_t n = 0;
    if (!parse_scaled(spec, n))
        return Status::error(fmt::format("invalid throttle {} (use OFF, <n>M, <n>K or <n> instructions per second, <n>% of real time, or x/t)", spec));
    rate_ = n;
    percent_ = 0;
    ratio_.clear();
    start_wall_ = Clock::now();
    return Status::ok();
}

std::string Throttle::describe() const {
    if (!enabled()) return "not throttled";
    if (percent_ != 0) return fmt::format("throttled to {}% of real time", percent_);
    if (!ratio_.empty()) return fmt::format("throttled to {} ({} instructions per second)", ratio_, rate_text(rate_));
    return fmt::format("throttled to {} instructions per second", rate_text(rate_));
}

double Throttle::wall_seconds(SimTime sim) const {
    const double ns = static_cast<double>(sim);
    if (percent_ != 0) return ns / 1e9 * 100.0 / static_cast<double>(percent_);
    return ns / static_cast<double>(instruction_time_) / static_cast<double>(rate_);
}

void Throttle::start(SimTime now) {
    start_sim_ = now;
    start_wall_ = Clock::now();
}

void Throttle::pace(SimTime now) {
    if (!enabled()) return;
    if (now < start_sim_) {
        start(now);
        return;
    }
    const double seconds = wall_seconds(now - start_sim_);
    const auto target = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    const auto actual = Clock::now() - start_wall_;
    if (actual - target > kMaximumLag) {
        start(now);
        return;
    }
    const auto lead = target - actual;
    if (lead > kMinimumLead) std::this_thread::sleep_for(std::min<Clock::duration>(lead, kMaximumSleep));
}

void Throttle::idle(SimTime skipped, bool real_time) {
    if (skipped == 0) return;
    if (real_time) {
        // Busy time in between is not credited: a guest that computed for a while and
        // then waits sees its wait last as long as it asked.
        const auto now = Clock::now();
        if (idle_due_ < now) idle_due_ = now;
        idle_due_ += std::chrono::duration_cast<Clock::duration>(std::chrono::nanoseconds(skipped));
        std::this_thread::sleep_until(std::min<Clock::time_point>(idle_due_, now + kMaximumSleep));
        return;
    }
    if (!enabled()) return;
    const double seconds = wall_seconds(skipped);
    const auto wanted = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    std::this_thread::sleep_for(std::min<Clock::duration>(wanted, kMaximumSleep));
}

}  // namespace simmon
