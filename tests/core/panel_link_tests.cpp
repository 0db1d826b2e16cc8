// PanelLink: lamp intensities averaged over the samples taken between slices, switch
// actions applied where the machine may be touched.
#include <catch2/catch.hpp>

#include "core/panel/panel_link.hpp"

using namespace simmon;

namespace {
// Two lamps: "STEADY" always lit, "BLINK" lit every other sample; one toggle.
struct BlinkModel final : PanelModel {
    PanelLayout l;
    int samples = 0;
    int toggle = 0;
    bool last_running = false;
    BlinkModel() {
        l.lamps = {{"STEADY", 10, 10, 0xFFFFFF}, {"BLINK", 30, 10, 0xFFFFFF}};
        l.controls = {{"SW", PanelControlKind::Toggle, 0, 20, 10, 20, 0xFFFFFF, {}, 's'}};
    }
    const PanelLayout& layout() const override { return l; }
    void sample(PanelState& s, bool) override {
        s.lamps[0] = 1;
        s.lamps[1] = (samples++ % 2) == 0;
        s.controls[0] = toggle;
    }
    void operate(int, int value, bool running) override {
        toggle = value;
        last_running = running;
        run_requested_ = value == 1;
    }
};
}  // namespace

TEST_CASE("PanelLink: during a run a frame shows each lamp's share of the slice samples") {
    auto owned = std::make_unique<BlinkModel>();
    BlinkModel& model = *owned;
    PanelLink link(std::move(owned));
    std::lock_guard<std::mutex> running(link.console_lock());  // the SCP runs the machine
    for (int i = 0; i < 100; ++i) link.slice_end(PanelLink::kSampleInstructions, false);
    std::vector<std::uint8_t> intensity;
    std::vector<int> controls;
    link.frame(intensity, controls);
    REQUIRE(intensity.size() == 2);
    CHECK(intensity[0] == 255);
    CHECK(intensity[1] == 127);
    // No slice ended since: the frame keeps the last intensities.
    link.frame(intensity, controls);
    CHECK(intensity[1] == 127);
    // Short slices of a busy CPU are not sampled each; a waiting CPU is.
    link.slice_end(1, false);
    CHECK(link.slice_samples() == 100);
    link.slice_end(1, true);
    CHECK(link.slice_samples() == 101);
    link.frame(intensity, controls);
    CHECK(intensity[1] == 255);
    // An action posted during the run is applied at the next slice end, as running.
    link.post(0, 1);
    CHECK(model.toggle == 0);
    link.slice_end(PanelLink::kSampleInstructions, false);
    CHECK(model.toggle == 1);
    CHECK(model.last_running);
    link.frame(intensity, controls);
    CHECK(controls[0] == 1);
}

TEST_CASE("PanelLink: a stopped machine is sampled and operated by the frame itself") {
    auto owned = std::make_unique<BlinkModel>();
    BlinkModel& model = *owned;
    PanelLink link(std::move(owned));
    link.post(0, 1);
    std::vector<std::uint8_t> intensity;
    std::vector<int> controls;
    link.frame(intensity, controls);  // nobody holds the console lock
    CHECK(model.toggle == 1);
    CHECK_FALSE(model.last_running);
    CHECK(intensity[0] == 255);
    CHECK(controls[0] == 1);
    CHECK(link.take_run_request());
    CHECK_FALSE(link.take_run_request());
}

TEST_CASE("PanelLink: the sample interval follows the guest's speed toward a steady rate a frame") {
    PanelLink link(std::make_unique<BlinkModel>());
    std::lock_guard<std::mutex> running(link.console_lock());
    std::vector<std::uint8_t> intensity;
    std::vector<int> controls;
    CHECK(link.sample_interval() == PanelLink::kSampleInstructions);
    // A fast guest: 1,000 samples in a frame doubles the interval, then again.
    for (int i = 0; i < 1000; ++i) link.slice_end(link.sample_interval(), false);
    link.frame(intensity, controls);
    CHECK(link.sample_interval() == 2 * PanelLink::kSampleInstructions);
    for (int i = 0; i < 1000; ++i) link.slice_end(link.sample_interval(), false);
    link.frame(intensity, controls);
    CHECK(link.sample_interval() == 4 * PanelLink::kSampleInstructions);
    // Slices shorter than the interval add up to it.
    const std::uint32_t before = link.slice_samples();
    for (int i = 0; i < 4; ++i) link.slice_end(PanelLink::kSampleInstructions, false);
    CHECK(link.slice_samples() == before + 1);
    // Within the band nothing changes; a slow one halves it, down to the least.
    for (int i = 0; i < 100; ++i) link.slice_end(link.sample_interval(), false);
    link.frame(intensity, controls);
    CHECK(link.sample_interval() == 4 * PanelLink::kSampleInstructions);
    for (int round = 0; round < 20; ++round) {
        link.slice_end(link.sample_interval(), false);
        link.frame(intensity, controls);
    }
    CHECK(link.sample_interval() == PanelLink::kMinInterval);
    // A frame with no sample at all (one long slice) leaves it.
    link.frame(intensity, controls);
    CHECK(link.sample_interval() == PanelLink::kMinInterval);
    // And up to the most.
    for (int round = 0; round < 20; ++round) {
        for (int i = 0; i < 300; ++i) link.slice_end(link.sample_interval(), false);
        link.frame(intensity, controls);
    }
    CHECK(link.sample_interval() == PanelLink::kMaxInterval);
}
