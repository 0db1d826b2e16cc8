// What the System/360 CPU sees of its channels: the four I/O instructions and the I/O
// interruption. The CPU (machines/s360/cpu/) knows nothing else about devices; the channel
// subsystem (devices/ibm/) implements this, and CPU tests plug in a fake. The semantics are
// those of the Principles of Operation (GA22-6821), "Input/Output Operations", and of
// ../shared/docs/s360-67-reference.md section 12.
//
// Addresses are the 360's 12-bit I/O addresses: channel number in bits 0-3 of the low 12
// bits (X'0cc' channel 0 is the multiplexer), unit address in the low 8 bits.
// Storage is real storage: the channel reads the CAW at X'48' and stores the CSW at X'40'
// itself, through the machine's PhysicalMemory, so the CPU passes only what the PoO says
// the instruction carries.
#pragma once
#include <cstdint>

namespace simmon::s360 {

// The condition codes of SIO, TIO, HIO and TCH, as the PoO defines them per instruction:
//   0 started / available / not busy, 1 CSW stored, 2 busy (or working), 3 not operational.
using IoConditionCode = std::uint8_t;

class IoInterface {
public:
    virtual ~IoInterface() = default;

    // SIO: fetches the CAW (protection key, command address) from real X'48' and starts the
    // channel program; stores a CSW at X'40' when the condition code is 1.
    virtual IoConditionCode start_io(std::uint16_t address) = 0;
    // TIO: tests the device; may clear a pending interruption condition into a stored CSW.
    virtual IoConditionCode test_io(std::uint16_t address) = 0;
    // HIO: ends the operation on the device's subchannel; may store a CSW.
    virtual IoConditionCode halt_io(std::uint16_t address) = 0;
    // TCH: tests the channel (address bits 4-7 of the low 12 give its number).
    virtual IoConditionCode test_channel(std::uint16_t address) = 0;

    // True when a channel whose bit is set in `channel_mask` (bit 0x80 >> n for channels
    // 0-6 as in PSW bits 0-6, bit 0x01 for channels 7 and above, as the 67's extended mask
    // is folded by the CPU) has an I/O interruption pending. Called by the CPU only when its
    // mask allows some I/O interruption, so it need not be free, but it must not allocate.
    virtual bool interruption_pending(std::uint8_t channel_mask) const = 0;
    // Takes the highest-priority pending interruption among those channels: stores its CSW
    // at real X'40' and returns the device address for the I/O old PSW's interruption code.
    // Only called after interruption_pending() returned true for the same mask.
    virtual std::uint16_t take_interruption(std::uint8_t channel_mask) = 0;
};

}  // namespace simmon::s360
