#include "core/panel/panel_link.hpp"

#include <algorithm>

namespace simmon {

PanelLink::PanelLink(std::unique_ptr<PanelModel> model)
    : model_(std::move(model)),
      lit_counts_(model_->layout().lamps.size()),
      control_positions_(model_->layout().controls.size()),
      seen_lit_(model_->layout().lamps.size(), 0),
      last_intensity_(model_->layout().lamps.size(), 0) {
    scratch_.lamps.assign(lit_counts_.size(), 0);
    scratch_.controls.assign(control_positions_.size(), 0);
}

void PanelLink::post(int control, int value) {
    std::lock_guard<std::mutex> g(actions_lock_);
    actions_.push_back({control, value});
    actions_pending_.store(true, std::memory_order_release);
}

void PanelLink::apply_actions(bool running) {
    if (!actions_pending_.load(std::memory_order_acquire)) return;
    std::vector<Action> pending;
    {
        std::lock_guard<std::mutex> g(actions_lock_);
        pending.swap(actions_);
        actions_pending_.store(false, std::memory_order_relaxed);
    }
    for (const Action& a : pending) model_->operate(a.control, a.value, running);
    if (model_->take_run_request()) run_request_.store(true);
}

void PanelLink::slice_end(std::uint64_t instructions, bool waiting) {
    since_sample_ += instructions;
    if (since_sample_ < interval_.load(std::memory_order_relaxed) && !waiting) return;
    since_sample_ = 0;
    apply_actions(true);
    model_->sample(scratch_, true);
    // Every count is written, lit or not: a branch per lamp on bits that flicker (the 360's
    // 300 lamps) would be mispredicted far more often than the store costs.
    for (std::size_t i = 0; i < lit_counts_.size(); ++i)
        lit_counts_[i].store(lit_counts_[i].load(std::memory_order_relaxed) + scratch_.lamps[i],
                             std::memory_order_relaxed);
    // Controls rarely move: written only when they did, so the panel thread's lines stay
    // clean.
    for (std::size_t i = 0; i < control_positions_.size(); ++i)
        if (control_positions_[i].load(std::memory_order_relaxed) != scratch_.controls[i])
            control_positions_[i].store(scratch_.controls[i], std::memory_order_relaxed);
    samples_.store(samples_.load(std::memory_order_relaxed) + 1, std::memory_order_release);
}

void PanelLink::apply_stopped(PanelState& state) {
    apply_actions(false);
    state.lamps.assign(lit_counts_.size(), 0);
    state.controls.assign(control_positions_.size(), 0);
    model_->sample(state, false);
}

void PanelLink::frame(std::vector<std::uint8_t>& intensity, std::vector<int>& controls) {
    std::unique_lock<std::mutex> lock(console_lock_, std::try_to_lock);
    if (lock.owns_lock()) {
        PanelState state;
        apply_stopped(state);
        for (std::size_t i = 0; i < state.lamps.size(); ++i) last_intensity_[i] = state.lamps[i] ? 255 : 0;
        intensity = last_intensity_;
        controls = state.controls;
        // Samples taken before this stop belong to no later frame.
        seen_samples_ = samples_.load(std::memory_order_acquire);
        for (std::size_t i = 0; i < seen_lit_.size(); ++i) seen_lit_[i] = lit_counts_[i].load(std::memory_order_relaxed);
        return;
    }
    const std::uint32_t samples = samples_.load(std::memory_order_acquire);
    const std::uint32_t n = samples - seen_samples_;
    if (n != 0) {  // no slice ended this frame (a long one, or the SCP busy): keep the last
        for (std::size_t i = 0; i < seen_lit_.size(); ++i) {
            const std::uint32_t lit = lit_counts_[i].load(std::memory_order_relaxed);
            const std::uint32_t on = std::min(lit - seen_lit_[i], n);
            last_intensity_[i] = static_cast<std::uint8_t>(on * 255u / n);
            seen_lit_[i] = lit;
        }
        seen_samples_ = samples;
        // Toward a steady number of samples a frame (panel_link.hpp).
        const std::uint64_t interval = interval_.load(std::memory_order_relaxed);
        if (n > kMaxSamplesPerFrame && interval < kMaxInterval)
            interval_.store(std::min(interval * 2, kMaxInterval), std::memory_order_relaxed);
        else if (n < kMinSamplesPerFrame && interval > kMinInterval)
            interval_.store(std::max(interval / 2, kMinInterval), std::memory_order_relaxed);
    }
    intensity = last_intensity_;
    controls.resize(control_positions_.size());
    for (std::size_t i = 0; i < controls.size(); ++i) controls[i] = control_positions_[i].load(std::memory_order_relaxed);
}

}  // namespace simmon
