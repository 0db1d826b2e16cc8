// EXPECT rules and the console output they watch. Each rule sees only output that
// arrived after it was set; a match moves the rule past the matched text, so [count]
// needs that many separate occurrences.
#pragma once
#include <cstdint>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "core/machine/status.hpp"

namespace simmon::scp {

struct ExpectRule {
    std::string text;            // the string or regular expression, escapes decoded
    bool is_regex = false;       // -r
    bool ignore_case = false;    // -i
    bool clear_buffer = false;   // -c: a match discards all output seen so far, for every rule
    bool persistent = false;     // -p: the rule stays after it fires
    std::uint32_t count = 1;     // [count]: matches needed before it fires
    std::uint64_t halt_after = 0;  // HALTAFTER=n: instructions between the match and the stop
    std::string actions;         // commands run after the stop
};

struct ExpectFired {
    std::string actions;
    std::uint64_t halt_after = 0;
    std::string text;  // what matched (for messages)
};

class ExpectMatcher {
public:
    Status add(const ExpectRule& rule);
    // Removes rules whose text is `text`; returns how many.
    int remove(const std::string& text);
    void clear() { rules_.clear(); }
    bool pending() const { return !rules_.empty(); }
    std::vector<std::string> describe() const;
    std::string first_pending_text() const;

    // One character of console output; the rules that complete on it fire together.
    std::optional<ExpectFired> feed(char c);

private:
    struct Active {
        ExpectRule rule;
        std::uint32_t remaining;
        std::uint64_t start;  // absolute output offset the rule may match from
        std::optional<std::regex> regex;
    };
    bool matches(Active& a, std::uint64_t& match_end);

    std::vector<Active> rules_;
    std::string buffer_;        // recent output (bounded)
    std::uint64_t base_ = 0;    // absolute offset of buffer_[0]
};

}  // namespace simmon::scp
