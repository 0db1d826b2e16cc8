// A System/360 I/O test bench without a CPU: a machine with real storage, the channel
// subsystem and whatever devices a test adds, and helpers that write channel programs
// into storage and run simulated time until the channels are quiet.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/machine/machine.hpp"
#include "core/memory/physical_memory.hpp"
#include "devices/ibm/channel_device.hpp"
#include "devices/ibm/channel_subsystem.hpp"
#include "machines/s360/bus/storage_keys.hpp"
#include "tests/core/fake_machine.hpp"

namespace simmon::ibm::test {

// Keys per 2 KB block with fetch protection, as the 360 has them (the CPU's key byte:
// access key in bits 0-3, fetch protection X'08', reference X'04', change X'02').
class KeyedStorage final : public s360::StorageKeys {
public:
    explicit KeyedStorage(std::size_t bytes) : keys_(bytes / 2048, 0) {}
    std::uint8_t storage_key(std::uint32_t a) const override { return a / 2048 < keys_.size() ? keys_[a / 2048] : 0; }
    void note_channel_access(std::uint32_t a, std::uint32_t length, bool stored) override {
        for (std::uint32_t b = a / 2048; b <= (a + length - 1) / 2048 && b < keys_.size(); ++b)
            keys_[b] |= static_cast<std::uint8_t>(0x04 | (stored ? 0x02 : 0));
    }
    void set_key(Addr a, std::uint8_t key, bool fetch_protect = false) {
        keys_[a / 2048] = static_cast<std::uint8_t>(key << 4 | (fetch_protect ? 0x08 : 0));
    }
    bool changed(Addr a) const { return (keys_[a / 2048] & 0x02) != 0; }

private:
    std::vector<std::uint8_t> keys_;
};

class IoBench : public Machine {
public:
    explicit IoBench(std::size_t storage = 256 * 1024)
        : Machine("s360", "I/O test bench", Radix::Hex), memory(Machine::memory()), keys(storage) {
        set_cpu(std::make_unique<simmon::test::FakeCpu>(*this));
        memory.resize(storage);
        channels = &add_device<ChannelSubsystem>(*this, memory, keys);
    }
    template <typename T, typename... Args>
    T& add(Args&&... args) {
        return add_device<T>(*this, *channels, std::forward<Args>(args)...);
    }

    // Runs events until none is left or `limit` events ran.
    int run_events(int limit = 100000) {
        int n = 0;
        while (!scheduler().empty() && n < limit) {
            scheduler().skip_to_next();
            ++n;
        }
        return n;
    }
    void ccw(Addr at, std::uint8_t cmd, std::uint32_t data, std::uint8_t flags, std::uint16_t count) {
        memory.write32_be(at, std::uint32_t{cmd} << 24 | (data & 0xFFFFFF));
        memory.write32_be(at + 4, std::uint32_t{flags} << 24 | count);
    }
    void caw(std::uint32_t address, std::uint8_t key = 0) { memory.write32_be(0x48, std::uint32_t{key} << 28 | address); }
    std::uint64_t csw() const { return memory.read64_be(0x40); }
    std::uint8_t unit_status() const { return static_cast<std::uint8_t>(csw() >> 24); }
    std::uint8_t channel_status() const { return static_cast<std::uint8_t>(csw() >> 16); }
    std::uint16_t residual() const { return static_cast<std::uint16_t>(csw()); }
    std::uint32_t csw_ccw() const { return static_cast<std::uint32_t>(csw() >> 32) & 0xFFFFFF; }
    // Takes the next interruption from any channel; -1 when none.
    int interrupt() {
        if (!channels->interruption_pending(0xFF)) return -1;
        return channels->take_interruption(0xFF);
    }
    std::string text_at(Addr a, std::size_t n) const { return std::string(reinterpret_cast<const char*>(memory.data() + a), n); }

    PhysicalMemory& memory;  // the machine's: the channels' DMA path reaches it through the machine
    KeyedStorage keys;
    ChannelSubsystem* channels = nullptr;
};

// EBCDIC <-> ASCII for tests that write readable text.
std::string to_ebcdic(std::string_view ascii);
std::string from_ebcdic(std::string_view ebcdic);

}  // namespace simmon::ibm::test
