// Why a run returned to the SCP.
#pragma once
#include <string>

namespace simmon {

enum class StopCode {
    None,           // still running (internal)
    Halt,           // the guest executed HALT or entered a disabled wait
    Breakpoint,     // execution breakpoint
    Watchpoint,     // read/write watchpoint
    StepDone,       // STEP n finished
    RunLimit,       // SET RUNLIMIT expired
    UserInterrupt,  // WRU character or SIGINT
    ExpectMatched,  // an EXPECT rule matched console output
    GuestError,     // the guest did something the machine stops on (double bus error ...)
    Unimplemented,  // an instruction or device feature we do not model: fails loudly
    Idle,           // the CPU waits and nothing is scheduled that could wake it
    ReplayEnd,      // SET CONSOLE REPLAY reached the time its recording ended
    ReplayDiverged, // the guest did not take a recorded input when the recording says it did
};

struct StopInfo {
    StopCode code = StopCode::None;
    std::string message;  // one line, e.g. "HALT instruction, PC: 001234"
    // Breakpoint actions to run (from BREAK addr;actions), filled in by the breakpoint table.
    std::string actions;
};

}  // namespace simmon
