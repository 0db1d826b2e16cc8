// IBM 2400-series magnetic tape drive (2401/2402/2403 on a 2803/2804 control unit), one
// drive per I/O address, on Hercules AWS or SIMH .tap images (chosen by the file name:
// .aws is AWS, anything else .tap; ATTACH -w forces AWS).
// Commands (2400 component description, GA22-6866; reference section 13.5):
//   01 write   02 read forward   0C read backward   03 no-operation   04 sense (6 bytes)
//   07 rewind  0F rewind and unload   17 erase gap   1F write tape mark
//   27 backspace block   2F backspace file   37 forward space block   3F forward space file
//   other control codes: mode set (density, parity, translation) accepted, no effect
// Reading a tape mark ends with unit exception and no data; running off the end of the
// recorded tape, or a malformed image, is unit check with data check. A write without a
// write ring (SET MTA0 LOCKED, or a read-only file) is unit check, command reject, sense
// byte 1 file protected. Read backward, backspace block and backspace file at load point
// are unit check without motion (sense byte 1 load point); a backspace file that reaches
// load point without meeting a tape mark ends with unit check too.
// The tape-motion control commands (rewind, rewind-unload, erase gap, write tape mark,
// the four spacing commands) are accepted with channel end alone: the drive moves on its
// own, busy to START I/O meanwhile, and presents device end when it stops - with unit
// exception when a block space met a tape mark, with unit check (intervention required,
// the drive not ready) after rewind-unload. The selector channel is free meanwhile. (2803
// status as the System/360 FE manual gives it: "channel end ... indicates that a control
// command has been accepted"; "device end ... that the tape unit has completed operation".)
// Sense byte 1: X'40' ready, X'20' rewinding (not ready), X'08' load point, X'02' file
// protected.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/images/tape_image.hpp"
#include "core/scheduler/scheduler.hpp"
#include "devices/ibm/aws_tape.hpp"
#include "devices/ibm/channel_device.hpp"

namespace simmon::ibm {

class Ibm2400 final : public ChannelDevice {
public:
    static constexpr std::size_t kMaxBlock = 65535;

    Ibm2400(Machine& machine, ChannelSubsystem& channels, std::string name, std::uint16_t address);

    CommandResult start_command(std::uint8_t command, bool chained) override;
    bool busy() const override { return moving_ != 0; }
    void reset() override;
    Status attach(Unit& unit, const std::string& path, const AttachOptions& options) override;
    Switches attach_switches() const override { return switch_bit('w'); }  // -w: AWS
    std::vector<std::string> attach_formats() const override { return {"SIMH", "AWS"}; }
    Status detach(Unit& unit) override;

    std::uint64_t position() const;
    bool is_aws() const { return aws_ != 0; }

protected:
    std::string device_status() const override;
    void serialize_device(StateArchive& s) override;

private:
    bool write_protected() const;
    CommandResult sense6();
    CommandResult motion_result(TapeResult r, std::size_t bytes);
    // A motion control command accepted: channel end now, device end (with `status`
    // added) after `time`, the drive busy until then.
    CommandResult start_motion(SimTime time, std::uint8_t status = 0, std::uint8_t sense0 = 0);
    CommandResult space_command(std::uint8_t command);
    void motion_done();
    TapeResult read_forward(std::vector<std::uint8_t>& record);
    TapeResult read_backward(std::vector<std::uint8_t>& record);
    TapeResult space_forward(std::uint32_t& length);
    TapeResult space_backward(std::uint32_t& length);
    TapeResult write_record(const std::uint8_t* data, std::size_t length);
    TapeResult write_tape_mark();
    void rewind();
    bool at_bot() const;

    std::unique_ptr<TapeImage> tap_;
    std::unique_ptr<AwsTape> awstape_;
    std::uint8_t aws_ = 0;
    std::uint8_t write_locked_ = 0;
    std::vector<std::uint8_t> record_;
    Scheduler::HandlerId motion_event_;
    std::uint8_t moving_ = 0;         // the drive is moving on its own (after channel end)
    std::uint8_t motion_status_ = 0;  // unit status to present with device end
    std::uint8_t motion_sense_ = 0;   // sense byte 0 with it, when that is unit check
    std::uint8_t rewinding_ = 0;      // the motion is a rewind (sense byte 1 "status B")
};

}  // namespace simmon::ibm
