// Breakpoints are few, so lookups are linear; the armed flags keep the common case
// (no breakpoints of a kind) down to one load in the CPU.
#include "core/breakpoints/breakpoints.hpp"

#include <algorithm>
#include <bit>
#include <fmt/format.h>

#include "core/text/numbers.hpp"

namespace simmon {

namespace {

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
        return b.kind == kind && (space == kAnySpace || b.space == space) && b.address >= from && b.address <= to;
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
    watch_spaces_ = 0;
    for (const Breakpoint& b : breakpoints_) {
        if (b.kind == BreakKind::Execute) {
            exec_armed_ = true;
        } else {
            watch_armed_ = true;
            watch_spaces_ |= space_bit(b.space);
        }
    }
}

// Addresses print at least as wide as the space's addresses (6 octal digits for the
// PDP-11's 16-bit virtual addresses, 6 hex digits for a 24-bit real address), wider when
// the value needs it.
std::string BreakpointTable::address_text(Addr addr, int space) const {
    const int needed = 64 - std::countl_zero(addr);
    const int minimum = space >= 0 && static_cast<std::size_t>(space) < space_bits_.size()
                            ? space_bits_[static_cast<std::size_t>(space)]
                            : 32;
    return format_number(addr, radix_, std::max(needed, minimum));
}

bool BreakpointTable::check_execute(Addr addr, int space, StopInfo& stop) {
    for (auto it = breakpoints_.begin(); it != breakpoints_.end(); ++it) {
        if (it->kind != BreakKind::Execute || it->space != space || addr < it->address || addr > it->end) continue;
        // SIMH counts down: with pass_count n, hits 1..n pass and hit n+1 stops.
        if (++it->hits <= it->pass_count) return false;
        stop.code = StopCode::Breakpoint;
        stop.message = fmt::format("Breakpoint, PC: {}", address_text(addr, space));
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
                                   address_text(addr, space));
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
