// The TMSCP tape controller: a TUK50 on the Unibus, a TQK50 on the Q22-bus (the KA655's
// MUA), at 774500 with vector 260 (the addresses DEC's configuration rules and SIMH's
// tables give the first TMSCP controller), four units TQ0-TQ3 = TMSCP units 0-3, each a
// TK50 cartridge drive; tapes are SIMH .tap images (core/images/tape_image.hpp, as the
// TM11's). The port is mscp_port's; this is the TMSCP server: GET UNIT STATUS, ONLINE,
// AVAILABLE (with unload), SET UNIT and SET CONTROLLER CHARACTERISTICS, GET COMMAND
// STATUS, ABORT, READ (forward and reverse), WRITE, WRITE TAPE MARK, REPOSITION (records,
// tape marks or objects, either direction, rewind, unload), ERASE, ERASE GAP, ACCESS,
// COMPARE HOST DATA, FLUSH; tape marks, BOT, record truncation and the serious exception
// a host clears with the clear-serious-exception modifier (TMSCP specification
// AA-L621A-TK; TQK50 and TUK50 user's guides).
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "core/images/tape_image.hpp"
#include "devices/dec/mscp_port.hpp"

namespace simmon::dec {

class TmscpTapeController final : public MscpPort {
public:
    static constexpr std::uint32_t kBase = 0774500;
    static constexpr std::uint16_t kVector = 0260;
    static constexpr int kUnits = 4;
    // The largest record a TK50 writes, and the largest a READ returns to the host.
    static constexpr std::uint32_t kMaxRecord = 65535;

    TmscpTapeController(Machine& machine, DecBus& bus);

    Status attach(Unit& unit, const std::string& path, const AttachOptions& options) override;
    Status detach(Unit& unit) override;
    Status ready_for_boot(Unit& unit) override;
    std::string show_status() const override;
    void serialize(StateArchive& s) override;

    bool online(int unit) const { return drives_[unit].online; }
    std::uint32_t position(int unit) const { return drives_[unit].objects; }

protected:
    SimTime command_time(const MscpMessage& command) override;
    void execute(const MscpMessage& command, MscpMessage& end) override;
    void port_reset() override;

private:
    struct Drive {
        std::unique_ptr<TapeImage> tape;
        bool write_locked = false;
        bool soft_protected = false;
        bool online = false;
        bool serious_exception = false;  // set by an error end; commands fail until cleared
        std::uint32_t objects = 0;       // records and tape marks from BOT: the TMSCP position
    };

    std::uint16_t unit_state(int unit) const;
    bool exists(int unit) const;
    bool write_protected(int unit) const;
    void unit_identity(int unit, MscpMessage& end) const;
    void get_unit_status(const MscpMessage& command, MscpMessage& end);
    void online(const MscpMessage& command, MscpMessage& end);
    void data_command(const MscpMessage& command, MscpMessage& end);
    void reposition(const MscpMessage& command, MscpMessage& end);
    std::uint16_t tape_status(TapeResult r) const;
    void rewind(int unit);

    std::array<Drive, kUnits> drives_;
    std::vector<std::uint8_t> record_, host_;
};

}  // namespace simmon::dec
