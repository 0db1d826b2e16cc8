// Moving-head disk timing from a drive's published figures: seeks, rotation and the data
// rate, in simulated time. Shared by the RK11 (RK05) and RL11 (RL01/RL02).
//
// Seeks: the manuals give three figures, one cylinder, the average and the full stroke.
// The time for a distance d is the straight line through (1, one), (N/3, average) and
// (N-1, full) in two pieces: N/3 is the mean distance between two random cylinders of N,
// which is how the average is defined, so the model reproduces all three figures.
// Rotation: the platter turns from power-up at its fixed speed, so the sector under the
// heads is a function of simulated time alone (the RKDS and RL11 sector counters read
// it); a transfer waits for its first sector to come round.
#pragma once
#include <cstdint>

#include "core/machine/types.hpp"

namespace simmon::dec {

struct DiskTiming {
    int cylinders;
    int sectors_per_track;
    int words_per_sector;
    SimTime revolution;    // one turn of the platter
    SimTime word_time;     // one data word passing the heads
    SimTime seek_one;      // to the next cylinder (with head settling)
    SimTime seek_average;  // over a third of the cylinders
    SimTime seek_full;     // from the first cylinder to the last

    constexpr SimTime sector_time() const { return revolution / static_cast<SimTime>(sectors_per_track); }

    SimTime seek_time(int distance) const {
        if (distance <= 0) return 0;
        const SimTime mid = static_cast<SimTime>(cylinders / 3);
        const SimTime last = static_cast<SimTime>(cylinders - 1);
        const auto d = static_cast<SimTime>(distance);
        if (d <= mid) return seek_one + (seek_average - seek_one) * (d - 1) / (mid - 1);
        return seek_average + (seek_full - seek_average) * (d - mid) / (last - mid);
    }

    // The sector whose start last passed the heads at time `t`.
    int sector_at(SimTime t) const {
        return static_cast<int>((t % revolution) * static_cast<SimTime>(sectors_per_track) / revolution);
    }

    // Time from `t` until the start of `sector` comes under the heads (0 if it is there).
    SimTime time_to_sector(SimTime t, int sector) const {
        const SimTime angle = t % revolution;
        const auto n = static_cast<SimTime>(sectors_per_track);
        const SimTime target = (static_cast<SimTime>(sector) * revolution + n - 1) / n;  // where sector_at() turns to it
        return target >= angle ? target - angle : revolution - angle + target;
    }

    // Time to pass `words` under the heads from the start of a sector: whole sectors take
    // a sector time each (data and the gap and header that follow), the rest a word time
    // per word.
    SimTime transfer_time(std::uint32_t words) const {
        const auto per = static_cast<std::uint32_t>(words_per_sector);
        return static_cast<SimTime>(words / per) * sector_time() + static_cast<SimTime>(words % per) * word_time;
    }
};

}  // namespace simmon::dec
