// The host-input log: what the guest took from the host (host_input.hpp), each event with
// the simulated time and instruction count at which the guest took it. SET CONSOLE RECORD
// writes one, SET CONSOLE REPLAY feeds it back. It is a text file a person can read:
//
//   simmon-host-input 1                      format and version
//   # comment lines start with '#'
//   machine pdp11                            the machine it was recorded on
//   start 0 0                                simulated time, instructions when recording began
//   source CONSOLE                           one line per recorded source, in id order
//   source DZ0
//   event 1234567 1200345 CONSOLE byte 6c l  time, instructions, source, what (byte in hex
//   event 1300000 1250000 DZ0 connect          and the character as a reminder), or
//   event 1400000 1290000 DZ0 disconnect        connect / disconnect
//   end 9876543 9500000 crc32 1a2b3c4d        when recording ended, and a CRC-32 of every
//                                             byte before the checksum itself
//
// Reading checks everything (version, order, names, the checksum) before a replay starts,
// so a truncated or damaged log is refused in one line and never half replayed.
#pragma once
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "core/hostio/host_event.hpp"
#include "core/machine/status.hpp"
#include "core/machine/types.hpp"

namespace simmon {

struct HostInputRecord {
    SimTime time = 0;
    std::uint64_t instructions = 0;
    std::uint32_t source = 0;  // index into HostInputLog::sources
    HostEvent event;
    friend bool operator==(const HostInputRecord&, const HostInputRecord&) = default;
};

struct HostInputLog {
    static constexpr int kVersion = 1;
    static constexpr std::size_t kMaxFileBytes = std::size_t{256} << 20;

    std::string machine;
    SimTime start_time = 0;
    std::uint64_t start_instructions = 0;
    std::vector<std::string> sources;
    std::vector<HostInputRecord> records;
    SimTime end_time = 0;
    std::uint64_t end_instructions = 0;
};

// The whole text of a log, as the writer below produces it (tests, small tools).
std::string format_host_input_log(const HostInputLog& log);
// Checks and parses a log's text; an error names the line and what is wrong with it.
Status parse_host_input_log(std::string_view text, HostInputLog& log);
// Reads and parses a file; errors start with the file name.
Status read_host_input_log(const std::string& path, HostInputLog& log);

// Writes a log as a run goes: the header at open, one line per event, the end line and
// checksum at finish. Events are buffered by stdio and flushed at flush() (the end of each
// run), so a crash loses at most the current run, and the log then reads as truncated.
class HostInputLogWriter {
public:
    HostInputLogWriter() = default;
    ~HostInputLogWriter();
    HostInputLogWriter(const HostInputLogWriter&) = delete;
    HostInputLogWriter& operator=(const HostInputLogWriter&) = delete;

    // `header` gives machine, start and sources; its records and end are ignored.
    Status open(const std::string& path, const HostInputLog& header);
    void add(const HostInputRecord& record);
    void flush();
    Status finish(SimTime end_time, std::uint64_t end_instructions);

    bool is_open() const { return file_ != nullptr; }
    const std::string& path() const { return path_; }
    std::uint64_t events() const { return events_; }

private:
    void emit(std::string_view text);

    std::FILE* file_ = nullptr;
    std::string path_;
    std::vector<std::string> sources_;
    std::uint32_t crc_ = 0;
    std::uint64_t events_ = 0;
};

}  // namespace simmon
