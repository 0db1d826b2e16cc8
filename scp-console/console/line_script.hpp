// SIMH's SEND and EXPECT on a terminal line other than the operator console (SEND DZ:3
// "...", EXPECT DZ:3 "..."): the text queued for the line and the rules watching what the
// guest sends on it. The line's device takes the text through the host-input boundary
// as if typed on the line, and shows every character it sends (HostInput::LineScript);
// the console's own SEND and EXPECT are ScpConsolePort's.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/hostio/host_input.hpp"
#include "scp-console/console/expect_matcher.hpp"
#include "scp-console/console/send_queue.hpp"

namespace simmon::scp {

class LineScript final : public HostInput::LineScript {
public:
    // `name` as the user wrote the line ("DZ:3"); `matched` is told when a rule fires.
    LineScript(std::string name, HostInput::SourceId source, std::function<void(const ExpectFired&)> matched)
        : name_(std::move(name)), source_(source), matched_(std::move(matched)) {}

    const std::string& name() const { return name_; }
    HostInput::SourceId source() const { return source_; }
    SendQueue& sends() { return sends_; }
    ExpectMatcher& expects() { return expects_; }

    int next_byte(SimTime now) override { return sends_.take(now); }
    bool waiting() const override { return !sends_.empty(); }
    void output(std::uint8_t c) override;

    // SHOW SEND, SHOW EXPECT: the console's lines with the line named ("SEND DZ:3 ...").
    std::vector<std::string> describe_sends(SimTime now) const;
    std::vector<std::string> describe_expects() const;

private:
    std::string name_;
    HostInput::SourceId source_;
    std::function<void(const ExpectFired&)> matched_;
    SendQueue sends_;
    ExpectMatcher expects_;
};

}  // namespace simmon::scp
