// A tiny machine for testing the core: a CPU whose "program" is a table of operations
// by address (NOP by default, HALT, WAIT), a clock device that can wake the CPU, and a
// disk-like device with registers, an attachable unit and extra saved state.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/machine/machine.hpp"
#include "core/state/state_archive.hpp"
#include "core/text/numbers.hpp"

namespace simmon::test {

enum class FakeOp { Nop, Halt, Wait };

class FakeCpu final : public Cpu {
public:
    // One instruction takes 1 ns unless a test says otherwise, so time equals the count.
    explicit FakeCpu(Machine& m) : Cpu(m, "CPU", "fake processor") {
        set_address_spaces({AddressSpace{0, "memory", 0, 2, ByteOrder::Little, 16, false}});
        set_instruction_time(1);
        add_register(reg_field("PC", pc_, 16, Radix::Octal, "program counter"));
        add_register(reg_field("ACC", acc_, 16, Radix::Octal, "counts instructions"));
        add_register(reg_computed("WAITING", 1, Radix::Octal, "derived", [this] { return waiting_ ? 1u : 0u; }));
    }

    std::map<Addr, FakeOp> program;
    // What the instruction at an address does to devices while it runs, as an I/O page
    // access would (schedule an event, read the clock).
    std::map<Addr, std::function<void()>> io;
    bool interrupt_pending = false;
    int resets = 0;

    std::uint64_t execute(std::uint64_t budget) override {
        begin_slice(budget);
        if (waiting_) {
            if (!interrupt_pending) return 0;
            interrupt_pending = false;
            waiting_ = false;
        }
        RunSignals& signals = machine().signals();
        BreakpointTable& bp = machine().breakpoints();
        while (slice_.left != 0 && !signals.stop) {
            StopInfo stop;
            if (bp.exec_armed() && !bp.consume_skip(pc_) && bp.check_execute(pc_, 0, stop)) {
                machine().request_stop(stop.code, stop.message, stop.actions);
                break;
            }
            auto it = program.find(pc_);
            const FakeOp op = it == program.end() ? FakeOp::Nop : it->second;
            if (auto action = io.find(pc_); action != io.end()) action->second();
            pc_ = static_cast<std::uint16_t>(pc_ + 1);
            acc_ = static_cast<std::uint16_t>(acc_ + 1);
            --slice_.left;
            ++instructions_;
            if (op == FakeOp::Halt) {
                machine().request_stop(StopCode::Halt, "HALT instruction, PC: " + format_number(pc_, Radix::Octal, 16));
                break;
            }
            if (op == FakeOp::Wait) {
                waiting_ = true;
                break;
            }
        }
        return slice_.done();
    }
    bool waiting() const override { return waiting_; }
    void set_speed(SimTime ns_per_instruction) { set_instruction_time(ns_per_instruction); }
    Addr pc() const override { return pc_; }
    void set_pc(Addr pc) override { pc_ = static_cast<std::uint16_t>(pc); }
    void reset() override {
        ++resets;
        waiting_ = false;
    }

    bool examine(int, Addr, Switches, std::uint64_t& v) override { v = 0; return true; }
    bool deposit(int, Addr, Switches, std::uint64_t) override { return true; }
    Addr memory_size() const override { return 0; }
    std::string disassemble(Addr, Switches, int& bytes_used) override { bytes_used = 2; return "NOP"; }
    Status assemble(std::string_view, Addr, Switches, std::vector<std::uint64_t>&) override {
        return Status::error("no assembler");
    }
    Status set_history(std::size_t) override { return Status::ok(); }
    std::vector<std::string> history_lines(std::size_t) override { return {}; }

private:
    std::uint16_t pc_ = 0;
    std::uint16_t acc_ = 0;
    bool waiting_ = false;
};

// Fires every `period`, records when, and optionally wakes the CPU.
class FakeClock final : public Device {
public:
    FakeClock(Machine& m, FakeCpu& cpu) : Device(m, "CLK", "fake line clock"), cpu_(cpu) {
        tick_ = m.scheduler().add_handler("CLK-TICK", [this] { tick(); });
        add_register(reg_field("PERIOD", period, 32, Radix::Decimal, "ticks between interrupts"));
        add_register(reg_field("COUNT", count, 32, Radix::Decimal, "ticks so far"));
    }
    void start() { machine().scheduler().activate(tick_, period); }
    void tick() {
        ++count;
        fired_at.push_back(machine().scheduler().now());
        instructions_at.push_back(cpu_.instructions_executed());
        if (wakes_cpu) cpu_.interrupt_pending = true;
        if (repeat) machine().scheduler().activate(tick_, period);
    }
    // A terminal line with a telnet client, as far as the run loop's idling is concerned.
    bool live_terminal() const override { return live; }
    bool live = false;
    std::uint32_t period = 100;
    std::uint32_t count = 0;
    bool wakes_cpu = false;
    bool repeat = true;
    std::vector<SimTime> fired_at;
    std::vector<std::uint64_t> instructions_at;
    Scheduler::HandlerId tick_handler() const { return tick_; }

private:
    FakeCpu& cpu_;
    Scheduler::HandlerId tick_;
};

class FakeDisk final : public Device {
public:
    explicit FakeDisk(Machine& m, bool with_status_register = true) : Device(m, "DISK", "fake disk") {
        add_register(reg_field("CSR", csr, 16, Radix::Octal, "control and status"));
        if (with_status_register) add_register(reg_field("BA", ba, 18, Radix::Octal, "bus address"));
        add_register(reg_readonly("READY", ready, 1, Radix::Octal, "derived, not saved"));
        add_unit("DISK0", true);
        add_unit("DISK1", true);
        set_debug_flags({"REG", "DATA"});
        done_ = m.scheduler().add_handler("DISK-DONE", [this] { csr |= 0200; }, 1);
    }
    void reset() override {
        ++resets;
        csr = 0;
    }
    void serialize(StateArchive& s) override {
        Device::serialize(s);  // the writable registers, by name
        s.sequence(buffer, 1u << 20);
        if (refuse_save && s.saving()) s.fail("buffer state cannot be saved");
    }
    void start_transfer(SimTime delay) { machine().scheduler().activate(done_, delay); }

    std::uint16_t csr = 0;
    std::uint32_t ba = 0;
    std::uint8_t ready = 1;
    std::vector<std::uint8_t> buffer;
    bool refuse_save = false;
    int resets = 0;

private:
    Scheduler::HandlerId done_;
};

class FakeMachine : public Machine {
public:
    explicit FakeMachine(std::string name = "fake", bool disk_has_ba = true)
        : Machine(std::move(name), "test machine", Radix::Octal) {
        auto cpu = std::make_unique<FakeCpu>(*this);
        cpu_ = cpu.get();
        set_cpu(std::move(cpu));
        clock_ = &add_device<FakeClock>(*this, *cpu_);
        disk_ = &add_device<FakeDisk>(*this, disk_has_ba);
    }
    FakeCpu& fake_cpu() { return *cpu_; }
    FakeClock& clock() { return *clock_; }
    FakeDisk& disk() { return *disk_; }

private:
    FakeCpu* cpu_;
    FakeClock* clock_;
    FakeDisk* disk_;
};

}  // namespace simmon::test
