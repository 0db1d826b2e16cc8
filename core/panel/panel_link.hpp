// The connection between a machine's panel model and a panel window running on its own
// thread. The window never touches the machine: it posts the operator's actions and asks
// for a frame. The machine is touched by one thread at a time:
//
// - during a run, by the simulation thread: the Machine calls slice_end() between
//   slices, which applies the posted actions and adds the lamps to per-lamp counters
//   (a lamp's intensity over a frame is the fraction of samples it was lit in, as an
//   incandescent lamp averages a flickering bit);
// - outside a run, by whoever holds console_lock(): the SCP holds it around each command
//   (a run included), and the panel thread takes it with try_lock for each frame, so
//   while the SCP waits at its prompt the panel samples and operates the stopped machine
//   itself, and while it runs the panel reads the counters.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "core/panel/panel_model.hpp"
#include "core/panel/panel_tap.hpp"

namespace simmon {

class PanelLink final : public PanelTap {
public:
    explicit PanelLink(std::unique_ptr<PanelModel> model);

    const PanelLayout& layout() const { return model_->layout(); }
    std::mutex& console_lock() { return console_lock_; }

    // Any thread: an operator action for the next chance to touch the machine.
    void post(int control, int value);
    // Simulation thread, between two slices of a run: samples once at least the sample
    // interval's instructions have run since the last sample, or when the CPU waits.
    // Slices end at every event, thousands of times a second, and a sample of all the
    // lamps costs a few hundred to a few thousand host instructions (the 360's 300 lamps),
    // so sampling at every slice end would cost a busy guest a percent or more.
    //
    // The interval keeps the samples near a fixed rate in host time whatever the guest's
    // speed: it starts at kSampleInstructions, and each frame a run was sampled in doubles
    // it when the frame got more than kMaxSamplesPerFrame, halves it when it got fewer than
    // kMinSamplesPerFrame (within kMinInterval..kMaxInterval). A PDP-11 at 100 MIPS settles
    // at 40,000 (about 80 samples a frame), the 360 at 450 MIPS at 160,000. At most about
    // 4,000 samples a second, a few milliseconds of host time, whatever the guest's speed;
    // 32 to 128 levels of a lamp's glow are more than the eye tells apart.
    static constexpr std::uint64_t kSampleInstructions = 20'000;
    static constexpr std::uint32_t kMinSamplesPerFrame = 32, kMaxSamplesPerFrame = 128;
    static constexpr std::uint64_t kMinInterval = 2'000, kMaxInterval = 1'000'000;
    std::uint64_t sample_interval() const { return interval_.load(std::memory_order_relaxed); }
    void slice_end(std::uint64_t instructions, bool waiting) override;
    // Panel thread, once a frame: each lamp's intensity (0-255) since the last frame and
    // each control's position.
    void frame(std::vector<std::uint8_t>& intensity, std::vector<int>& controls);
    // Without threads, with the machine stopped (tests, and frame() when it holds the
    // lock): apply the posted actions and sample the stopped machine.
    void apply_stopped(PanelState& state);
    // SCP thread: true once after START or CONT asked a stopped machine to run.
    bool take_run_request() { return run_request_.exchange(false); }
    // Samples taken between slices since the link was made (tests).
    std::uint32_t slice_samples() const { return samples_.load(std::memory_order_relaxed); }

private:
    struct Action {
        int control, value;
    };
    void apply_actions(bool running);

    std::unique_ptr<PanelModel> model_;
    std::mutex console_lock_;
    std::mutex actions_lock_;
    std::vector<Action> actions_;
    std::atomic<bool> actions_pending_{false};
    std::atomic<bool> run_request_{false};

    // Written only by the simulation thread (plain load + store, no read-modify-write),
    // read by the panel thread; counters only grow, the panel keeps the last values seen.
    PanelState scratch_;
    std::uint64_t since_sample_ = 0;
    std::atomic<std::uint64_t> interval_{kSampleInstructions};  // set by the panel thread
    std::vector<std::atomic<std::uint32_t>> lit_counts_;
    std::vector<std::atomic<int>> control_positions_;
    std::atomic<std::uint32_t> samples_{0};
    // Panel thread's view.
    std::vector<std::uint32_t> seen_lit_;
    std::uint32_t seen_samples_ = 0;
    std::vector<std::uint8_t> last_intensity_;
};

}  // namespace simmon
