// The MSCP disk controller: a UDA50 on the Unibus, an RQDX3 on the Q22-bus (KA655's
// DUA), at 772150 with vector 154 (the addresses DEC's configuration rules and SIMH's
// tables give the first MSCP controller), four units RQ0-RQ3 = MSCP units 0-3, each an
// RD54, RA80, RA81, RA82 or RA92 with its published number of blocks. Images are raw,
// 512-byte blocks in LBN order from block 0, as SIMH's; a shorter image reads zeros past
// its end. The port (IP/SA, rings) is mscp_port; this is the MSCP server: GET UNIT
// STATUS, ONLINE, AVAILABLE, SET UNIT and SET CONTROLLER CHARACTERISTICS, GET COMMAND
// STATUS, ABORT, READ, WRITE, ACCESS, ERASE, COMPARE HOST DATA, COMPARE CONTROLLER DATA,
// FLUSH and REPLACE, with their end messages and status codes (MSCP specification
// AA-L619A-TK; UDA50 Programmer's Guide; RQDX3 User's Guide).
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "devices/dec/disk_timing.hpp"
#include "devices/dec/mscp_port.hpp"

namespace simmon::dec {

struct MscpDiskType {
    const char* name;
    std::uint32_t blocks;  // host-visible LBNs
    std::uint16_t sectors, tracks, cylinders;
    std::uint16_t rct_blocks;  // one copy of the replacement and caching table
    std::uint8_t model;        // the unit identifier's model byte
    std::uint32_t media_id;
    bool removable;
    DiskTiming timing;
};

class MscpDiskController final : public MscpPort {
public:
    static constexpr std::uint32_t kBase = 0772150;
    static constexpr std::uint16_t kVector = 0154;
    static constexpr int kUnits = 4;
    static constexpr std::uint32_t kBlockBytes = 512;

    MscpDiskController(Machine& machine, DecBus& bus);

    Status attach(Unit& unit, const std::string& path, const AttachOptions& options) override;
    Status detach(Unit& unit) override;
    Status ready_for_boot(Unit& unit) override;
    std::string show_status() const override;
    void serialize(StateArchive& s) override;

    static const std::vector<MscpDiskType>& types();
    const MscpDiskType& type(int unit) const { return types()[drives_[unit].type]; }
    bool online(int unit) const { return drives_[unit].online; }

protected:
    SimTime command_time(const MscpMessage& command) override;
    void execute(const MscpMessage& command, MscpMessage& end) override;
    void port_reset() override;

private:
    struct Drive {
        std::uint8_t type = 0;
        bool autosize = true;
        bool write_locked = false;    // the drive's WRITE PROTECT switch
        bool soft_protected = false;  // set by the host with ONLINE / SET UNIT CHARACTERISTICS
        bool online = false;
        std::uint16_t cylinder = 0;
    };

    std::uint16_t unit_state(int unit) const;  // kSuccess, or why the unit cannot transfer
    bool exists(int unit) const;
    bool write_protected(int unit) const;
    std::uint16_t unit_flags(int unit) const;
    void unit_identity(int unit, MscpMessage& end) const;
    void get_unit_status(const MscpMessage& command, MscpMessage& end);
    void online(const MscpMessage& command, MscpMessage& end);
    void transfer(const MscpMessage& command, MscpMessage& end);
    void add_modifiers();

    std::array<Drive, kUnits> drives_{};
    std::vector<std::uint8_t> buffer_, other_;
};

}  // namespace simmon::dec
