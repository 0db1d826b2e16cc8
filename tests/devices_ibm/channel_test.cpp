// The channel subsystem against the Principles of Operation's rules, with a scripted device.
#include <catch2/catch.hpp>

#include "core/state/state_archive.hpp"
#include "core/state/state_io.hpp"
#include "tests/devices_ibm/fake_channel_device.hpp"
#include "tests/devices_ibm/ibm_test_support.hpp"

using namespace simmon;
using namespace simmon::ibm;
using namespace simmon::ibm::test;

namespace {

struct Bench : IoBench {
    Bench() {
        mux = &add<FakeChannelDevice>("DEVA", std::uint16_t{0x00C});
        sel = &add<FakeChannelDevice>("DEVB", std::uint16_t{0x190});
        sel2 = &add<FakeChannelDevice>("DEVC", std::uint16_t{0x191});
    }
    FakeChannelDevice* mux;
    FakeChannelDevice* sel;
    FakeChannelDevice* sel2;
};

}  // namespace

TEST_CASE("SIO to an address without a device or channel is not operational", "[channel]") {
    Bench b;
    CHECK(b.channels->start_io(0x00B) == 3);
    CHECK(b.channels->start_io(0x70C) == 3);
    CHECK(b.channels->test_io(0x0FF) == 3);
    CHECK(b.channels->halt_io(0x0FF) == 3);
    CHECK(b.channels->test_channel(0x700) == 3);
    CHECK(b.channels->test_channel(0x100) == 0);
}

TEST_CASE("A read of exactly the count ends with channel end and device end", "[channel]") {
    Bench b;
    b.ccw(0x1000, 0x02, 0x2000, 0, 80);
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x00C) == 0);
    CHECK(b.channels->test_io(0x00C) == 2);  // working
    CHECK_FALSE(b.channels->interruption_pending(0xFF));
    b.run_events();
    REQUIRE(b.channels->interruption_pending(0x80));
    CHECK_FALSE(b.channels->interruption_pending(0x40));
    CHECK(b.channels->take_interruption(0x80) == 0x00C);
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd));
    CHECK(b.channel_status() == 0);
    CHECK(b.residual() == 0);
    CHECK(b.csw_ccw() == 0x1008);
    CHECK(b.memory.read8(0x2000) == 0xC1);
    CHECK(b.memory.read8(0x204F) == 0xC1);
    CHECK(b.memory.read8(0x2050) == 0);
    CHECK(b.channels->test_io(0x00C) == 0);
}

TEST_CASE("Incorrect length: short and long records, suppressed by SLI", "[channel]") {
    Bench b;
    SECTION("area shorter than the record") {
        b.ccw(0x1000, 0x02, 0x2000, 0, 40);
        b.caw(0x1000);
        REQUIRE(b.channels->start_io(0x00C) == 0);
        b.run_events();
        REQUIRE(b.interrupt() == 0x00C);
        CHECK(b.channel_status() == kChanIncorrectLength);
        CHECK(b.residual() == 0);
        CHECK(b.memory.read8(0x2028) == 0);
    }
    SECTION("area longer than the record") {
        b.ccw(0x1000, 0x02, 0x2000, 0, 100);
        b.caw(0x1000);
        REQUIRE(b.channels->start_io(0x00C) == 0);
        b.run_events();
        REQUIRE(b.interrupt() == 0x00C);
        CHECK(b.channel_status() == kChanIncorrectLength);
        CHECK(b.residual() == 20);
    }
    SECTION("SLI") {
        b.ccw(0x1000, 0x02, 0x2000, kFlagSuppressLength, 100);
        b.caw(0x1000);
        REQUIRE(b.channels->start_io(0x00C) == 0);
        b.run_events();
        REQUIRE(b.interrupt() == 0x00C);
        CHECK(b.channel_status() == 0);
        CHECK(b.residual() == 20);
    }
    SECTION("incorrect length stops command chaining") {
        b.ccw(0x1000, 0x02, 0x2000, kFlagChainCommand, 40);
        b.ccw(0x1008, 0x02, 0x3000, 0, 80);
        b.caw(0x1000);
        REQUIRE(b.channels->start_io(0x00C) == 0);
        b.run_events();
        REQUIRE(b.interrupt() == 0x00C);
        CHECK(b.channel_status() == kChanIncorrectLength);
        CHECK(b.csw_ccw() == 0x1008);
        CHECK(b.mux->commands.size() == 1);
    }
}

TEST_CASE("Data chaining spreads one record over several areas; skip stores nothing", "[channel]") {
    Bench b;
    for (std::size_t i = 0; i < 80; ++i) b.mux->record[i] = static_cast<std::uint8_t>(i + 1);
    b.ccw(0x1000, 0x02, 0x2000, kFlagChainData, 30);
    b.ccw(0x1008, 0x08, 0x1100, 0, 1);  // a TIC inside a data chain
    b.ccw(0x1100, 0xFF, 0x3000, kFlagChainData | kFlagSkip, 10);  // command ignored in data chaining
    b.ccw(0x1108, 0x00, 0x4000, 0, 40);
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x00C) == 0);
    b.run_events();
    REQUIRE(b.interrupt() == 0x00C);
    CHECK(b.channel_status() == 0);
    CHECK(b.csw_ccw() == 0x1110);
    CHECK(b.memory.read8(0x2000) == 1);
    CHECK(b.memory.read8(0x201D) == 30);
    CHECK(b.memory.read8(0x3000) == 0);  // skipped
    CHECK(b.memory.read8(0x4000) == 41);
    CHECK(b.memory.read8(0x4027) == 80);
    CHECK(b.mux->commands.size() == 1);
}

TEST_CASE("Write gathers data through a data chain", "[channel]") {
    Bench b;
    b.memory.load(0x2000, "ABCD", 4);
    b.memory.load(0x3000, "EFGH", 4);
    b.mux->accept = 8;
    b.ccw(0x1000, 0x01, 0x2000, kFlagChainData, 4);
    b.ccw(0x1008, 0x01, 0x3000, 0, 4);
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x00C) == 0);
    b.run_events();
    REQUIRE(b.interrupt() == 0x00C);
    CHECK(b.channel_status() == 0);
    CHECK(std::string(b.mux->written.begin(), b.mux->written.end()) == "ABCDEFGH");
}

TEST_CASE("Command chaining runs the next CCW; status modifier skips one", "[channel]") {
    Bench b;
    SECTION("plain chain") {
        b.ccw(0x1000, 0x02, 0x2000, kFlagChainCommand, 80);
        b.ccw(0x1008, 0x02, 0x3000, 0, 80);
        b.caw(0x1000);
        REQUIRE(b.channels->start_io(0x190) == 0);
        CHECK(b.channels->test_channel(0x100) == 2);
        CHECK(b.channels->start_io(0x191) == 2);  // the selector channel is busy
        b.run_events();
        REQUIRE(b.interrupt() == 0x190);
        CHECK(b.csw_ccw() == 0x1010);
        REQUIRE(b.sel->commands.size() == 2);
        CHECK(b.sel->chained_flags[1]);
        CHECK(b.memory.read8(0x3000) == 0xC1);
    }
    SECTION("search with status modifier skips the TIC back") {
        b.sel->search_hit = true;
        b.ccw(0x1000, 0x31, 0x2000, kFlagChainCommand, 5);
        b.ccw(0x1008, 0x08, 0x1000, 0, 0);
        b.ccw(0x1010, 0x06, 0x3000, kFlagSuppressLength, 100);
        b.caw(0x1000);
        REQUIRE(b.channels->start_io(0x190) == 0);
        b.run_events();
        REQUIRE(b.interrupt() == 0x190);
        REQUIRE(b.sel->commands.size() == 2);
        CHECK(b.sel->commands[1] == 0x06);
        CHECK(b.csw_ccw() == 0x1018);
    }
}

TEST_CASE("Program checks in CAW and CCWs", "[channel]") {
    Bench b;
    SECTION("CAW bits 4-7") {
        b.memory.write32_be(0x48, 0x01001000);
        CHECK(b.channels->start_io(0x00C) == 1);
        CHECK(b.channel_status() == kChanProgramCheck);
    }
    SECTION("CCW address not on a doubleword") {
        b.caw(0x1004);
        CHECK(b.channels->start_io(0x00C) == 1);
        CHECK(b.channel_status() == kChanProgramCheck);
    }
    SECTION("CCW outside storage") {
        b.caw(0xFFFFF8);
        CHECK(b.channels->start_io(0x00C) == 1);
        CHECK(b.channel_status() == kChanProgramCheck);
    }
    SECTION("invalid command code") {
        b.ccw(0x1000, 0x00, 0x2000, 0, 10);
        b.caw(0x1000);
        CHECK(b.channels->start_io(0x00C) == 1);
        CHECK(b.channel_status() == kChanProgramCheck);
        CHECK(b.csw_ccw() == 0x1008);
        CHECK(b.mux->commands.empty());
    }
    SECTION("zero count") {
        b.ccw(0x1000, 0x02, 0x2000, 0, 0);
        b.caw(0x1000);
        CHECK(b.channels->start_io(0x00C) == 1);
        CHECK(b.channel_status() == kChanProgramCheck);
    }
    SECTION("flag bits 37-39") {
        b.ccw(0x1000, 0x02, 0x2000, 0x04, 10);
        b.caw(0x1000);
        CHECK(b.channels->start_io(0x00C) == 1);
        CHECK(b.channel_status() == kChanProgramCheck);
    }
    SECTION("TIC as the first CCW") {
        b.ccw(0x1000, 0x08, 0x1100, 0, 0);
        b.caw(0x1000);
        CHECK(b.channels->start_io(0x00C) == 1);
        CHECK(b.channel_status() == kChanProgramCheck);
    }
    SECTION("TIC to TIC, and a TIC to itself, in a command chain") {
        b.ccw(0x1000, 0x03, 0, kFlagChainCommand, 1);
        b.ccw(0x1008, 0x08, 0x1008, 0, 0);  // TIC to itself
        b.caw(0x1000);
        CHECK(b.channels->start_io(0x00C) == 0);
        b.run_events();
        REQUIRE(b.interrupt() == 0x00C);
        CHECK(b.channel_status() == kChanProgramCheck);
        CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd));
        CHECK(b.csw_ccw() == 0x1010);  // the second TIC + 8
    }
    SECTION("data address outside storage") {
        b.ccw(0x1000, 0x02, 0xFFFFF0, 0, 80);
        b.caw(0x1000);
        REQUIRE(b.channels->start_io(0x00C) == 0);
        b.run_events();
        REQUIRE(b.interrupt() == 0x00C);
        CHECK(b.channel_status() == kChanProgramCheck);
    }
}

TEST_CASE("Storage protection: a store under the wrong key is a protection check", "[channel]") {
    Bench b;
    b.keys.set_key(0x2000, 3);
    b.ccw(0x1000, 0x02, 0x2000, 0, 80);
    SECTION("wrong key") {
        b.caw(0x1000, 5);
        REQUIRE(b.channels->start_io(0x00C) == 0);
        b.run_events();
        REQUIRE(b.interrupt() == 0x00C);
        CHECK(b.channel_status() == kChanProtectionCheck);
        CHECK(b.memory.read8(0x2000) == 0);
        CHECK(b.csw() >> 60 == 5);
    }
    SECTION("matching key, change bit recorded") {
        b.caw(0x1000, 3);
        REQUIRE(b.channels->start_io(0x00C) == 0);
        b.run_events();
        REQUIRE(b.interrupt() == 0x00C);
        CHECK(b.channel_status() == 0);
        CHECK(b.keys.changed(0x2000));
    }
    SECTION("fetch-protected CCW") {
        b.keys.set_key(0x1000, 3, true);
        b.caw(0x1000, 5);
        CHECK(b.channels->start_io(0x00C) == 1);
        CHECK(b.channel_status() == kChanProtectionCheck);
    }
}

TEST_CASE("Read backward stores downwards from the data address", "[channel]") {
    Bench b;
    b.sel->record = {1, 2, 3};
    b.ccw(0x1000, 0x0C, 0x2002, 0, 3);
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x190) == 0);
    b.run_events();
    REQUIRE(b.interrupt() == 0x190);
    CHECK(b.memory.read8(0x2002) == 1);
    CHECK(b.memory.read8(0x2000) == 3);
}

TEST_CASE("An immediate command without chaining gives condition code 1 at once", "[channel]") {
    Bench b;
    b.mux->delay = 0;
    b.ccw(0x1000, 0x03, 0, 0, 1);
    b.caw(0x1000);
    CHECK(b.channels->start_io(0x00C) == 1);
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd));
    CHECK(b.channel_status() == 0);  // no incorrect length for an immediate command
    CHECK_FALSE(b.channels->interruption_pending(0xFF));
}

TEST_CASE("Unit check at initiation, then sense", "[channel]") {
    Bench b;
    b.mux->reject_next = true;
    b.ccw(0x1000, 0x02, 0x2000, 0, 80);
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x00C) == 0);  // status arrives after the device's delay
    b.run_events();
    REQUIRE(b.interrupt() == 0x00C);
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd | kUnitCheck));
    CHECK(b.channel_status() == 0);
    b.ccw(0x1000, 0x04, 0x2000, 0, 1);
    REQUIRE(b.channels->start_io(0x00C) == 0);
    b.run_events();
    REQUIRE(b.interrupt() == 0x00C);
    CHECK(b.memory.read8(0x2000) == kSenseCommandReject);
}

TEST_CASE("PCI raises an interruption while the program goes on", "[channel]") {
    Bench b;
    b.ccw(0x1000, 0x02, 0x2000, kFlagChainCommand | kFlagPci, 80);
    b.ccw(0x1008, 0x02, 0x3000, 0, 80);
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x190) == 0);
    REQUIRE(b.channels->interruption_pending(0x40));
    CHECK(b.channels->take_interruption(0x40) == 0x190);
    CHECK(b.channel_status() == kChanPci);
    CHECK(b.unit_status() == 0);
    b.run_events();
    REQUIRE(b.interrupt() == 0x190);
    CHECK(b.channel_status() == 0);
    SECTION("a PCI not taken merges into the ending status") {
        b.ccw(0x1000, 0x02, 0x2000, kFlagPci, 80);
        REQUIRE(b.channels->start_io(0x190) == 0);
        b.run_events();
        REQUIRE(b.interrupt() == 0x190);
        CHECK(b.channel_status() == kChanPci);
        CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd));
        CHECK(b.interrupt() == -1);
    }
}

TEST_CASE("A channel program that loops runs in simulated time and HIO ends it", "[channel]") {
    Bench b;
    b.sel->delay = 0;
    b.ccw(0x1000, 0x03, 0, kFlagChainCommand, 1);
    b.ccw(0x1008, 0x08, 0x1000, 0, 0);
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x190) == 0);
    const SimTime start = b.scheduler().now();
    CHECK(b.run_events(1000) == 1000);  // still looping
    CHECK(b.scheduler().now() - start >= 1000 * ChannelSubsystem::kCcwTime);
    CHECK(b.channels->test_io(0x190) == 2);
    CHECK(b.channels->halt_io(0x190) == 2);  // selector: burst ended
    b.run_events();
    REQUIRE(b.interrupt() == 0x190);
    CHECK((b.unit_status() & kChannelEnd) != 0);
    CHECK(b.channels->test_channel(0x100) == 0);
}

TEST_CASE("HIO ends an operation whose device waits for the outside world", "[channel]") {
    Bench b;
    b.mux->later = true;
    b.ccw(0x1000, 0x02, 0x2000, kFlagSuppressLength, 80);
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x00C) == 0);
    b.run_events();
    CHECK(b.channels->test_io(0x00C) == 2);
    CHECK(b.channels->halt_io(0x00C) == 1);
    CHECK(b.mux->halts == 1);
    REQUIRE(b.interrupt() == 0x00C);
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd | kUnitException));
}

TEST_CASE("Device end after channel end, busy devices and pending status", "[channel]") {
    Bench b;
    b.sel->status = kChannelEnd;
    b.ccw(0x1000, 0x07, 0x2000, kFlagSuppressLength, 6);
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x190) == 0);
    b.run_events();
    CHECK(b.channels->test_channel(0x100) == 1);
    CHECK(b.channels->start_io(0x191) == 2);  // channel end still pending in the subchannel
    REQUIRE(b.interrupt() == 0x190);
    CHECK(b.unit_status() == kChannelEnd);
    b.sel->is_busy = true;
    CHECK(b.channels->start_io(0x190) == 1);
    CHECK(b.unit_status() == kBusy);
    CHECK(b.channels->test_io(0x190) == 1);
    b.sel->is_busy = false;
    b.channels->present_status(0x190, kDeviceEnd);
    CHECK(b.channels->start_io(0x190) == 1);  // busy with the pending device end, which is cleared
    CHECK(b.unit_status() == (kBusy | kDeviceEnd));
    CHECK(b.interrupt() == -1);
    b.channels->present_status(0x190, kAttention);
    CHECK(b.channels->test_io(0x190) == 1);
    CHECK(b.unit_status() == kAttention);
    CHECK(b.csw_ccw() == 0);
    CHECK(b.channels->test_io(0x190) == 0);
}

TEST_CASE("Command chaining waits for device end after channel end", "[channel]") {
    Bench b;
    b.sel->status = kChannelEnd;
    b.ccw(0x1000, 0x07, 0x2000, kFlagChainCommand | kFlagSuppressLength, 6);
    b.ccw(0x1008, 0x03, 0, 0, 1);
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x190) == 0);
    b.run_events();
    CHECK(b.sel->commands.size() == 1);
    CHECK(b.channels->test_channel(0x100) == 2);
    b.sel->status = kChannelEnd | kDeviceEnd;
    b.channels->present_status(0x190, kDeviceEnd);
    b.run_events();
    CHECK(b.sel->commands.size() == 2);
    REQUIRE(b.interrupt() == 0x190);
    CHECK(b.csw_ccw() == 0x1010);
}

TEST_CASE("Interruptions are taken by channel priority and mask", "[channel]") {
    Bench b;
    b.add<FakeChannelDevice>("DEVD", std::uint16_t{0x230});
    b.channels->present_status(0x230, kAttention);
    b.channels->present_status(0x190, kAttention);
    b.channels->present_status(0x00C, kAttention);
    CHECK(b.channels->interruption_pending(0x20));
    CHECK_FALSE(b.channels->interruption_pending(0x10));
    CHECK(b.channels->take_interruption(0x20) == 0x230);
    CHECK(b.channels->take_interruption(0xFF) == 0x00C);
    CHECK(b.channels->take_interruption(0xFF) == 0x190);
    CHECK_FALSE(b.channels->interruption_pending(0xFF));
}

TEST_CASE("IPL reads 24 bytes to 0 and follows the chain from location 8", "[channel]") {
    Bench b;
    std::vector<std::uint8_t> card(80, 0);
    // PSW, then CCW1: read 80 bytes to X'400' (chain), CCW2: NOP.
    const std::uint8_t head[24] = {0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00,
                                   0x02, 0x00, 0x04, 0x00, 0x60, 0x00, 0x00, 0x50,
                                   0x03, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x01};
    std::copy(std::begin(head), std::end(head), card.begin());
    b.mux->record = card;
    std::uint16_t done_address = 0;
    bool success = false;
    int calls = 0;
    b.channels->set_ipl_handler([&](std::uint16_t a, bool ok, std::uint64_t) {
        done_address = a;
        success = ok;
        ++calls;
    });
    REQUIRE(b.channels->start_ipl(0x00C));
    CHECK(b.channels->ipl_in_progress());
    b.run_events();
    CHECK(calls == 1);
    CHECK(success);
    CHECK(done_address == 0x00C);
    CHECK(b.memory.read32_be(4) == 0x400);
    CHECK(b.mux->commands == std::vector<std::uint8_t>{0x02, 0x02, 0x03});
    CHECK(b.interrupt() == -1);  // the IPL's ending status is not an interruption
}

TEST_CASE("IPL from an address without a device is refused", "[channel]") {
    Bench b;
    CHECK_FALSE(b.channels->start_ipl(0x00B));
}

TEST_CASE("Channel state survives SAVE/RESTORE in the middle of an operation", "[channel]") {
    Bench b;
    b.ccw(0x1000, 0x02, 0x2000, kFlagChainCommand, 80);
    b.ccw(0x1008, 0x02, 0x3000, 0, 80);
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x190) == 0);
    b.channels->present_status(0x00C, kAttention);
    StateWriter w;
    StateArchive save(w);
    b.channels->serialize(save);
    REQUIRE_FALSE(save.failed());
    Bench c;
    StateReader r(w.data());
    StateArchive load(r);
    c.channels->serialize(load);
    REQUIRE_FALSE(load.failed());
    CHECK(c.channels->test_channel(0x100) == 2);
    CHECK(c.channels->pending_count() == 1);
    Bench d;
    StateReader bad(std::vector<std::uint8_t>(w.data().begin(), w.data().begin() + 10));
    StateArchive short_load(bad);
    d.channels->serialize(short_load);
    CHECK(short_load.failed());
}

TEST_CASE("BOOT of a device starts the IPL, ATTACH/SHOW names find it by address", "[channel]") {
    Bench b;
    CHECK(b.find_device("00C") == b.mux);
    CHECK(b.find_device("DEVA") == b.mux);
    CHECK(b.find_device("0C") == nullptr);  // addresses are written with three digits
    auto [dev, unit] = b.find_unit("190");
    CHECK(dev == b.sel);
    REQUIRE(unit);
    REQUIRE(b.boot(*unit));
    CHECK(b.channels->ipl_in_progress());
    REQUIRE(b.mux->set_address(0x01C));
    CHECK(b.find_device("01C") == b.mux);
    CHECK(b.find_device("00C") == nullptr);
    CHECK(b.channels->device_at(0x00C) == nullptr);
    CHECK_FALSE(b.mux->set_address(0x190));  // taken
    CHECK_FALSE(b.mux->set_address(0x70C));  // no channel 7
    CHECK(b.mux->address() == 0x01C);
}
