// A host for the MSCP and TMSCP ports in device tests: it lays out a communications area
// with four command and four response slots in the fake bus's memory, runs the four-step
// initialisation, and sends one command at a time, waiting (in simulated time) for its end
// message. Offsets are the MSCP specification's.
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "devices/dec/mscp_port.hpp"
#include "tests/devices/device_test_support.hpp"

namespace simmon::test {

class MscpHost {
public:
    static constexpr std::uint32_t kRingBase = 010010;   // response descriptors, then command ones
    static constexpr std::uint32_t kResponses = 011000;  // 4 x 0200: envelope and text
    static constexpr std::uint32_t kCommands = 012000;
    static constexpr std::uint32_t kData = 020000;       // transfer buffers
    static constexpr int kSlotsLog2 = 2;
    static constexpr std::uint16_t kStep1 = 0x8000 | (kSlotsLog2 << 11) | (kSlotsLog2 << 8);

    MscpHost(DeviceTestMachine& m, dec::MscpPort& port, int connection)
        : m_(m), port_(port), connection_(connection) {}

    std::uint16_t sa() { return rd(port_, port_.csr_base() + 2); }
    void write_sa(std::uint16_t v) { wr(port_, port_.csr_base() + 2, v); }

    // The four steps; `step1` may add IE and a vector. Checks every SA value on the way.
    void initialise(std::uint16_t step1 = kStep1) {
        wr(port_, port_.csr_base(), 0);
        expect_sa(0x0800, 0xF800);
        write_sa(step1);
        m_.advance(msec(1));
        expect_sa(static_cast<std::uint16_t>(0x1000 | (step1 >> 8)), 0xFFFF & ~0x0700);
        write_sa(static_cast<std::uint16_t>(kRingBase & 0xFFFF));
        m_.advance(msec(1));
        expect_sa(static_cast<std::uint16_t>(0x2000 | (step1 & 0xFF)), 0xFFFF);
        write_sa(static_cast<std::uint16_t>(kRingBase >> 16));
        m_.advance(msec(1));
        expect_sa(0x4000, 0xF800);
        write_sa(1);  // GO
        if (sa() != 0) throw std::runtime_error("SA not 0 after GO");
        for (int i = 0; i < 4; ++i) {
            put32(kRingBase + 4u * i, 0);
            put32(kRingBase + 16u + 4u * i, 0);
        }
        next_command_ = next_response_ = 0;
    }

    // A command message of `length` bytes (zeros but for what `fill` sets).
    dec::MscpMessage command(std::uint8_t opcode, std::uint16_t unit, std::uint16_t modifiers = 0) {
        dec::MscpMessage c;
        c.length = 48;
        c.put32(0, ++reference_);
        c.put16(4, unit);
        c.put8(8, opcode);
        c.put16(10, modifiers);
        return c;
    }

    // Sends `c`, lets the port work, returns the end message (throws if none comes).
    // `flag`: set FLAG in both descriptors (interrupt when given back); `room`: the
    // length the response envelope offers.
    dec::MscpMessage send(const dec::MscpMessage& c, bool flag = false, std::uint16_t room = 64) {
        const SimTime patience = 5'000 * msec(1);
        const std::uint32_t flag_bit = flag ? 0x40000000u : 0;
        const std::uint32_t rsp = kResponses + 0200u * next_response_;
        const std::uint32_t cmd = kCommands + 0200u * next_command_;
        put16(rsp, room);
        put32(kRingBase + 4u * next_response_, 0x80000000u | flag_bit | (rsp + 4));
        put16(cmd, c.length);
        put16(cmd + 2, static_cast<std::uint16_t>(connection_ << 8));
        for (std::size_t i = 0; i < c.length; ++i) put8(cmd + 4 + i, c.text[i]);
        put32(kRingBase + 16u + 4u * next_command_, 0x80000000u | flag_bit | (cmd + 4));
        rd(port_, port_.csr_base());  // IP: poll
        const std::uint32_t rdesc = kRingBase + 4u * next_response_;
        for (SimTime waited = 0; get32(rdesc) & 0x80000000u; waited += msec(1)) {
            if (waited > patience) throw std::runtime_error("no end message");
            m_.advance(msec(1));
        }
        if (get32(kRingBase + 16u + 4u * next_command_) & 0x80000000u)
            throw std::runtime_error("command descriptor not given back");
        next_response_ = (next_response_ + 1) & 3;
        next_command_ = (next_command_ + 1) & 3;
        dec::MscpMessage end;
        end.length = get16(rsp);
        end.type_credits = get8(rsp + 2);
        end.connection = get8(rsp + 3);
        for (std::size_t i = 0; i < end.length && i < end.text.size(); ++i) end.text[i] = get8(rsp + 4 + i);
        if (end.u32(0) != c.u32(0)) throw std::runtime_error("end message for another command");
        return end;
    }

    std::uint8_t get8(std::uint32_t a) const {
        const std::uint16_t w = m_.fake_bus().word(a & ~1u);
        return static_cast<std::uint8_t>((a & 1) ? w >> 8 : w);
    }
    std::uint16_t get16(std::uint32_t a) const { return m_.fake_bus().word(a); }
    std::uint32_t get32(std::uint32_t a) const { return get16(a) | (static_cast<std::uint32_t>(get16(a + 2)) << 16); }
    void put8(std::uint32_t a, std::uint8_t v) {
        std::uint16_t& w = m_.fake_bus().memory.at(a / 2);
        w = (a & 1) ? static_cast<std::uint16_t>((w & 0x00FF) | (v << 8)) : static_cast<std::uint16_t>((w & 0xFF00) | v);
    }
    void put16(std::uint32_t a, std::uint16_t v) { m_.fake_bus().memory.at(a / 2) = v; }
    void put32(std::uint32_t a, std::uint32_t v) {
        put16(a, static_cast<std::uint16_t>(v));
        put16(a + 2, static_cast<std::uint16_t>(v >> 16));
    }

private:
    void expect_sa(std::uint16_t value, std::uint16_t mask) {
        const std::uint16_t v = sa();
        if ((v & mask) != (value & mask))
            throw std::runtime_error("SA " + std::to_string(v) + " where " + std::to_string(value) + " was due");
    }

    DeviceTestMachine& m_;
    dec::MscpPort& port_;
    int connection_;
    int next_command_ = 0, next_response_ = 0;
    std::uint32_t reference_ = 0x1000;
};

}  // namespace simmon::test
