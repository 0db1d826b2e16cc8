// Breakpoints are few, so lookups are linear; the armed flags keep the common case
// (no breakpoints of a kind) down to one load in the CPU.
#include "core/breakpoints/breakpoints.hpp"

#include <algorithm>
#include <bit>
#include <fmt/format.h>

#include "core/text/numbers.hpp"

namespace simmon {

namespace {

// Addresses print at least as wide as the machine's usual address: 6 octal digits on
// a PDP-11, 8 hex digits on a 32-bit machine, wider when the value needs it.
std::string format_address(Addr addr, Radix radix) {
    const int needed = 64 - std::countl_zero(addr);
    const int minimum = radix == Radix::Hex ? 32 : 16;
    return format_number(addr, radix, std::max(needed, minimum));
}

bool kind_matches(BreakKind kind, bool is_write) {
    switch (kind) {
        case BreakKind::Read: return !is_write;
        case BreakKind::Write: return is_write;
        case BreakKind::Access: return true;
        case BreakKind::Execute: return false;
    }
    return false;
}

}  // namespace

void BreakpointTable::set(const Breakpoint& bp) {
    Breakpoint copy = bp;
    if (copy.end < copy.address) copy.end = copy.address;
    auto it = std::find_if(breakpoints_.begin(), breakpoints_.end(), [&](const Breakpoint& b) {
        return b.kind == copy.kind && b.space == copy.space && b.address == copy.address;
    });
    if (it != breakpoints_.end())
        *it = copy;
    else
        breakpoints_.push_back(copy);
    rearm();
}

int BreakpointTable::clear(Addr from, Addr to, int space, BreakKind kind) {
    const auto before = breakpoints_.size();
    std::erase_if(breakpoints_, [&](const Breakpoint& b) {
        return b.kind == kind && b.space == space && b.address >= from && b.address <= to;
    });
    rearm();
    return static_cast<int>(before - breakpoints_.size());
}

void BreakpointTable::clear_all() {
    breakpoints_.clear();
    skip_.reset();
    rearm();
}

void BreakpointTable::rearm() {
    exec_armed_ = false;
    watch_armed_ = false;
    for (const Breakpoint& b : breakpoints_) {
        if (b.kind == BreakKind::Execute)
            exec_armed_ = true;
        else
            watch_armed_ = true;
    }
}

void BreakpointTable::skip_once_at(Addr addr, int space) { skip_ = std::make_pair(addr, space); }

bool BreakpointTable::check_execute(Addr addr, int space, StopInfo& stop) {
    // The skip applies to the first instruction after a (re)start only, wherever it is.
    if (skip_) {
        const bool skip_this = skip_->first == addr && skip_->second == space;
        skip_.reset();
        if (skip_this) return false;
    }
    for (auto it = breakpoints_.begin(); it != breakpoints_.end(); ++it) {
        if (it->kind != BreakKind::Execute || it->space != space || addr < it->address || addr > it->end) continue;
        // SIMH counts down: with pass_count n, hits 1..n pass and hit n+1 stops.
        if (++it->hits <= it->pass_count) return false;
        stop.code = StopCode::Breakpoint;
        stop.message = fmt::format("Breakpoint, PC: {}", format_address(addr, radix_));
        stop.actions = it->actions;
        if (it->temporary) {
            breakpoints_.erase(it);
            rearm();
        }
        return true;
    }
    return false;
}

bool BreakpointTable::check_access(Addr addr, unsigned length, int space, bool is_write, StopInfo& stop) {
    const Addr last = addr + (length == 0 ? 0 : length - 1);
    for (auto it = breakpoints_.begin(); it != breakpoints_.end(); ++it) {
        if (!kind_matches(it->kind, is_write) || it->space != space) continue;
        if (last < it->address || addr > it->end) continue;
        if (++it->hits <= it->pass_count) return false;
        stop.code = StopCode::Watchpoint;
        stop.message = fmt::format("{} watchpoint, address: {}", is_write ? "Write" : "Read",
                                   format_address(addr, radix_));
        stop.actions = it->actions;
        if (it->temporary) {
            breakpoints_.erase(it);
            rearm();
        }
        return true;
    }
    return false;
}

}  // namespace simmon
