// The vocabulary of System/360 I/O as the Principles of Operation (GA22-6821, "Input/Output
// Operations") defines it: CCW flags, command classes, the unit and channel status bits of
// and the CSW. Device delays are the core's simulated time (usec(), msec(): nanoseconds).
#pragma once
#include <cstdint>

#include "core/machine/types.hpp"

namespace simmon::ibm {

// CCW flag byte (CCW bits 32-39).
inline constexpr std::uint8_t kFlagChainData = 0x80;
inline constexpr std::uint8_t kFlagChainCommand = 0x40;
inline constexpr std::uint8_t kFlagSuppressLength = 0x20;
inline constexpr std::uint8_t kFlagSkip = 0x10;
inline constexpr std::uint8_t kFlagPci = 0x08;
inline constexpr std::uint8_t kFlagsMustBeZero = 0x07;  // bits 37-39 on the 360

// Unit status (CSW bits 32-39).
inline constexpr std::uint8_t kAttention = 0x80;
inline constexpr std::uint8_t kStatusModifier = 0x40;
inline constexpr std::uint8_t kControlUnitEnd = 0x20;
inline constexpr std::uint8_t kBusy = 0x10;
inline constexpr std::uint8_t kChannelEnd = 0x08;
inline constexpr std::uint8_t kDeviceEnd = 0x04;
inline constexpr std::uint8_t kUnitCheck = 0x02;
inline constexpr std::uint8_t kUnitException = 0x01;

// Channel status (CSW bits 40-47).
inline constexpr std::uint8_t kChanPci = 0x80;
inline constexpr std::uint8_t kChanIncorrectLength = 0x40;
inline constexpr std::uint8_t kChanProgramCheck = 0x20;
inline constexpr std::uint8_t kChanProtectionCheck = 0x10;
inline constexpr std::uint8_t kChanDataCheck = 0x08;
inline constexpr std::uint8_t kChanControlCheck = 0x04;
inline constexpr std::uint8_t kChanInterfaceCheck = 0x02;
inline constexpr std::uint8_t kChanChainingCheck = 0x01;

// Command classes by the low-order bits of the command code.
enum class CommandClass { Invalid, Write, Read, ReadBackward, Control, Sense, Tic };
constexpr CommandClass command_class(std::uint8_t code) {
    if ((code & 0x0F) == 0x00) return CommandClass::Invalid;
    if ((code & 0x0F) == 0x08) return CommandClass::Tic;
    if ((code & 0x0F) == 0x04) return CommandClass::Sense;
    if ((code & 0x0F) == 0x0C) return CommandClass::ReadBackward;
    switch (code & 0x03) {
        case 0x01: return CommandClass::Write;
        case 0x02: return CommandClass::Read;
        default: return CommandClass::Control;
    }
}

// Sense byte 0 bits shared by every device of the period.
inline constexpr std::uint8_t kSenseCommandReject = 0x80;
inline constexpr std::uint8_t kSenseIntervention = 0x40;
inline constexpr std::uint8_t kSenseBusOut = 0x20;
inline constexpr std::uint8_t kSenseEquipmentCheck = 0x10;
inline constexpr std::uint8_t kSenseDataCheck = 0x08;
inline constexpr std::uint8_t kSenseOverrun = 0x04;

}  // namespace simmon::ibm
