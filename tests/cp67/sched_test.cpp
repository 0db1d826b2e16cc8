// CP-67's scheduler (software-kits/s360/cp67/kernel/sched.asm; docs/cp67.md "The
// dispatcher") run on the S/360 CPU with a small harness (sched_harness.asm): three users
// laid out by the test, one look of SCHEDULE, and what it chose and where it put each:
// Q1 (back from idle) before Q2, the lower priority number first, round robin among
// equals, the slice kept, an idle user (a console read up) dropped and its frames first
// to go (SCHIDLE), the eligible list held back by the frames the dispatch list's working
// sets project, and a user whose in-queue time is used up sent back as a Q2 user.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "machines/s360/asm360/linker.hpp"
#include "tests/cp67/cp_module_harness.hpp"

namespace a = simmon::s360::asm360;
namespace cp67_test = simmon::cp67_test;

namespace {

const a::LinkResult& linked() {
    static const a::LinkResult l =
        cp67_test::link_module("tests/cp67/sched_harness.asm", "software-kits/s360/cp67/kernel/sched.asm");
    return l;
}

std::uint32_t symbol(const std::string& name) { return cp67_test::symbol_in(linked(), name); }

// VMRSTAT and VMQSTAT bits (maclib/vmblok.mac).
constexpr std::uint8_t kRun = 0x40, kVWait = 0x20, kCpMode = 0x04;
constexpr std::uint8_t kQIn = 0x80, kQ1 = 0x40, kQElig = 0x20, kQIdle = 0x10;
constexpr std::uint32_t kSlice = 76800 / 20;

// HOFF's words, in order.
enum Off {
    kVmLen, kNext, kRStat, kPrior, kQStat, kQTime, kQWtk, kWsProj, kTerm, kTrmRcb,
    kVmChn, kLastV, kCurVm, kSliceLeft, kUptk, kFreeE, kNFrm, kCore, kCorLen
};

class Scheduler : public cp67_test::ModuleRun {
public:
    Scheduler() : ModuleRun(linked(), 256 * 1024) {
        vm_[0] = symbol("HVM1");
        vm_[1] = symbol("HVM2");
        vm_[2] = symbol("HVM3");
        // Three users on the chain, each started, runnable, priority 64, out of any list.
        for (int i = 0; i < 3; ++i) {
            for (std::uint32_t b = 0; b < off(kVmLen); ++b) mem_.write8(vm_[i] + b, 0);
            mem_.write32_be(vm_[i] + off(kNext), i < 2 ? vm_[i + 1] : 0);
            mem_.write8(vm_[i] + off(kRStat), 0x80 | kRun);
            mem_.write8(vm_[i] + off(kPrior), 64);
        }
        mem_.write32_be(off(kVmChn), vm_[0]);
        // Eight frames, the first two CP's: six for guests.
        mem_.write32_be(off(kNFrm), 8);
        mem_.write32_be(off(kFreeE), 2 * 4096);
        mem_.write32_be(off(kCore), symbol("HCORE"));
        for (std::uint32_t b = 0; b < 16 * 8; ++b) mem_.write8(symbol("HCORE") + b, 0);
        mem_.write32_be(off(kUptk), 1000);
    }
    std::uint32_t off(Off o) { return mem_.read32_be(symbol("HOFF") + 4 * static_cast<std::uint32_t>(o)); }
    std::uint32_t vm(int i) const { return vm_[i]; }
    void set8(int i, Off o, std::uint8_t v) { mem_.write8(vm_[i] + off(o), v); }
    void set32(int i, Off o, std::uint32_t v) { mem_.write32_be(vm_[i] + off(o), v); }
    std::uint8_t qstat(int i) { return mem_.read8(vm_[i] + off(kQStat)); }
    std::uint32_t qtime(int i) { return mem_.read32_be(vm_[i] + off(kQTime)); }
    void psa(Off o, std::uint32_t v) { mem_.write32_be(off(o), v); }
    // The first frame (HCORE's entry 0) belongs to user i.
    void frame0_of(int i) {
        mem_.write32_be(symbol("HCORE"), vm_[i]);
        mem_.write8(symbol("HCORE") + 6, 0x80);
    }
    // A console read up on user i's terminal.
    void console_read_up(int i) {
        mem_.write32_be(vm_[i] + off(kTerm), symbol("HTRM"));
        mem_.write32_be(symbol("HTRM") + off(kTrmRcb), 0x1234);
    }
    // One look: the index of the user chosen (-1: none), and whether it gets a new slice.
    int schedule(bool* new_slice = nullptr) {
        run_harness(1000000);
        const std::uint32_t r0 = mem_.read32_be(symbol("HRESULT"));
        const std::uint32_t r1 = mem_.read32_be(symbol("HRESULT") + 4);
        if (new_slice) *new_slice = r0 == 1;
        for (int i = 0; i < 3; ++i)
            if (r1 == vm_[i]) return i;
        REQUIRE(r1 == 0);
        return -1;
    }
    bool frame0_goes_first() { return mem_.read32_be(symbol("HIDLE")) == 0; }

private:
    std::uint32_t vm_[3] = {};
};

}  // namespace

TEST_CASE("CP-67 scheduler: a user back from idle (Q1) runs before compute-bound ones", "[cp67][sched]") {
    Scheduler s;
    s.set8(1, kQStat, kQIdle);  // USER 2 comes back from a terminal read
    bool fresh = false;
    CHECK(s.schedule(&fresh) == 1);
    CHECK(fresh);
    CHECK(s.qstat(1) == (kQIn | kQ1 | 0x04));
    CHECK(s.qtime(1) == 4 * kSlice);
    CHECK((s.qstat(0) & (kQIn | kQ1)) == kQIn);  // the others in the dispatch list, Q2
    CHECK(s.qtime(0) == 8 * kSlice);
}

TEST_CASE("CP-67 scheduler: the lower priority number first, round robin among equals", "[cp67][sched]") {
    Scheduler s;
    s.set8(2, kPrior, 10);
    CHECK(s.schedule() == 2);
    Scheduler t;
    t.psa(kLastV, t.vm(0));  // equals: the next after the last one given a slice
    CHECK(t.schedule() == 1);
    t.psa(kLastV, t.vm(2));
    CHECK(t.schedule() == 0);
}

TEST_CASE("CP-67 scheduler: the one that ran last keeps its slice unless a better one can run", "[cp67][sched]") {
    Scheduler s;
    s.psa(kCurVm, s.vm(1));
    s.psa(kLastV, s.vm(1));
    s.psa(kSliceLeft, 1000);
    bool fresh = true;
    CHECK(s.schedule(&fresh) == 1);
    CHECK_FALSE(fresh);
    s.psa(kSliceLeft, 0);  // its slice is over: the next in turn
    CHECK(s.schedule(&fresh) == 2);
    CHECK(fresh);
    // A user back from idle takes the CPU from one with slice left.
    s.psa(kCurVm, s.vm(2));
    s.psa(kSliceLeft, 1000);
    s.set8(0, kQStat, kQIdle);
    CHECK(s.schedule(&fresh) == 0);
    CHECK(fresh);
}

TEST_CASE("CP-67 scheduler: a user waiting at a console read is dropped, its frames go first", "[cp67][sched]") {
    Scheduler s;
    s.set8(0, kQStat, kQIn);
    s.set32(0, kQTime, kSlice);
    s.set8(0, kRStat, 0x80 | kRun | kVWait);
    s.console_read_up(0);
    s.frame0_of(0);
    CHECK(s.schedule() == 1);
    CHECK((s.qstat(0) & (kQIn | kQIdle)) == kQIdle);
    CHECK(s.frame0_goes_first());
    // A user in the dispatch list keeps its frames from the first pass.
    Scheduler t;
    t.frame0_of(1);
    (void)t.schedule();
    CHECK((t.qstat(1) & kQIn) == kQIn);
    CHECK_FALSE(t.frame0_goes_first());
}

TEST_CASE("CP-67 scheduler: a short virtual wait stays in the list; a second's wait is idle", "[cp67][sched]") {
    Scheduler s;
    s.set8(0, kQStat, kQIn);
    s.set32(0, kQTime, kSlice);
    s.set8(0, kRStat, 0x80 | kRun | kVWait);  // no console read: its disk, say
    (void)s.schedule();
    CHECK((s.qstat(0) & kQIn) == kQIn);
    s.psa(kUptk, 1000 + 300);  // a second later, still waiting
    (void)s.schedule();
    CHECK((s.qstat(0) & (kQIn | kQIdle)) == kQIdle);
}

TEST_CASE("CP-67 scheduler: the eligible list waits while the working sets do not fit", "[cp67][sched]") {
    Scheduler s;
    s.set8(1, kRStat, 0x80 | kCpMode);  // out of the way
    s.set8(2, kRStat, 0x80 | kCpMode);
    s.set8(0, kQStat, kQIn);
    s.set32(0, kQTime, kSlice);
    s.set32(0, kWsProj, 5);  // five of the six guest frames
    s.set8(1, kRStat, 0x80 | kRun);
    s.set32(1, kWsProj, 3);
    CHECK(s.schedule() == 0);
    CHECK((s.qstat(1) & (kQIn | kQElig)) == kQElig);
    s.set32(1, kWsProj, 1);  // it fits now, and is next in turn
    CHECK(s.schedule() == 1);
    CHECK((s.qstat(1) & (kQIn | kQElig)) == kQIn);
    // Alone, a user always gets in, whatever it projects.
    Scheduler t;
    t.set8(1, kRStat, 0x80 | kCpMode);
    t.set8(2, kRStat, 0x80 | kCpMode);
    t.set32(0, kWsProj, 50);
    CHECK(t.schedule() == 0);
}

TEST_CASE("CP-67 scheduler: a used-up in-queue time sends the user back as a Q2 user", "[cp67][sched]") {
    Scheduler s;
    s.set8(1, kRStat, 0x80 | kCpMode);
    s.set8(2, kRStat, 0x80 | kCpMode);
    s.set8(0, kQStat, kQIn | kQ1);
    s.set32(0, kQTime, 0);
    CHECK(s.schedule() == 0);  // alone: back in at once, but in Q2
    CHECK((s.qstat(0) & (kQIn | kQ1)) == kQIn);
    CHECK(s.qtime(0) == 8 * kSlice);
}
