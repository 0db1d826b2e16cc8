// The default S/360 configuration: devices at the addresses the issue lists, named by
// address and by SIMH-style names, SET ADDRESS, SHOW, and SAVE/RESTORE of every device.
#include <catch2/catch.hpp>

#include <fstream>

#include "devices/ibm/ckd_dasd.hpp"
#include "devices/ibm/ibm2540_reader.hpp"
#include "tests/core/temp_dir.hpp"
#include "tests/devices_ibm/configured_machine.hpp"

using namespace simmon;
using namespace simmon::ibm;
using namespace simmon::ibm::test;

TEST_CASE("The default configuration has every device at its address", "[config]") {
    ConfiguredMachine m;
    const std::pair<const char*, const char*> expected[] = {
        {"01F", "CON"}, {"00C", "CDR"}, {"00D", "CDP"}, {"00E", "LPR"}, {"10C", "CDR1"}, {"180", "MTA0"},
        {"187", "MTA7"}, {"190", "DA0"}, {"197", "DA7"}, {"230", "DB0"}, {"237", "DB7"}, {"0C0", "COM0"}, {"0DF", "COM31"}};
    for (auto [address, name] : expected) {
        Device* d = m.find_device(address);
        REQUIRE(d);
        CHECK(d->name() == name);
        CHECK(m.find_device(name) == d);
        CHECK(m.find_unit(address).second != nullptr);
        CHECK_FALSE(d->show_status().empty());
    }
    CHECK(static_cast<CkdDasd*>(m.find_device("190"))->model().model == "2311");
    CHECK(static_cast<CkdDasd*>(m.find_device("230"))->model().model == "2314");
    CHECK(m.channels->start_io(0x0BF) == 3);
    CHECK(m.channels->start_io(0x0E0) == 3);
    CHECK(m.find_device("COM") != nullptr);
}

TEST_CASE("SET ADDRESS moves a device; SHOW and the summary name it", "[config]") {
    ConfiguredMachine m;
    Device* rdr = m.find_device("CDR");
    const Modifier* address = nullptr;
    for (const Modifier& mod : rdr->modifiers())
        if (mod.name == "ADDRESS") address = &mod;
    REQUIRE(address);
    CHECK_FALSE(address->set(nullptr, "00E"));  // the printer has it
    CHECK_FALSE(address->set(nullptr, "XYZ"));
    CHECK_FALSE(address->set(nullptr, "80C"));  // no channel 8
    REQUIRE(address->set(nullptr, "012"));
    CHECK(m.find_device("012") == rdr);
    CHECK(m.find_device("00C") == nullptr);
    CHECK(address->show(nullptr) == "address=012");
    CHECK(rdr->show_status().find("012") != std::string::npos);
}

TEST_CASE("SAVE/RESTORE keeps a reader's deck position, a disk's arm and queued status", "[config][state]") {
    simmon::test::TempDir dir;
    {
        std::ofstream deck(dir.file("d.txt"));
        deck << "CARD ONE\nCARD TWO\nCARD THREE\n";
    }
    ConfiguredMachine m;
    auto* rdr = static_cast<Ibm2540Reader*>(m.find_device("CDR"));
    REQUIRE(rdr->attach(*rdr->units().front(), dir.file("d.txt"), {}));
    auto* disk = static_cast<CkdDasd*>(m.find_device("230"));
    AttachOptions fresh;
    fresh.create_new = true;
    REQUIRE(disk->attach(*disk->units().front(), dir.file("v.cckd"), fresh));
    // Read one card.
    m.memory.write32_be(0x1000, 0x02002000);
    m.memory.write32_be(0x1004, 0x00000050);
    m.memory.write32_be(0x48, 0x1000);
    while (m.channels->interruption_pending(0xFF)) m.channels->take_interruption(0xFF);  // the reader became ready
    REQUIRE(m.channels->start_io(0x00C) == 0);
    while (!m.scheduler().empty() && !m.channels->interruption_pending(0xFF)) m.scheduler().skip_to_next();
    CHECK(rdr->cards_left() == 2);
    REQUIRE(m.save(dir.file("state.sav")));

    ConfiguredMachine n;
    REQUIRE(n.restore(dir.file("state.sav")));
    auto* rdr2 = static_cast<Ibm2540Reader*>(n.find_device("CDR"));
    CHECK(rdr2->cards_left() == 2);
    CHECK(n.channels->pending_count() == m.channels->pending_count());
    CHECK(static_cast<CkdDasd*>(n.find_device("DB0"))->units().front()->attached());
    // Damaged save files are refused with a message.
    {
        std::ofstream bad(dir.file("bad.sav"), std::ios::binary);
        bad << "SIMMON-SAVE\nnonsense";
    }
    CHECK_FALSE(n.restore(dir.file("bad.sav")));
}
