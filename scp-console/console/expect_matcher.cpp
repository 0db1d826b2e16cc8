#include "scp-console/console/expect_matcher.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "core/text/case_compare.hpp"

namespace simmon::scp {

namespace {

constexpr std::size_t kBufferKeep = 16384;    // output kept for matching
constexpr std::size_t kRegexWindow = 2048;    // a regex looks at most this far back

std::string printable(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        if (c == '\r') out += "\\r";
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c == '"' || c == '\\') { out += '\\'; out += static_cast<char>(c); }
        else if (c < 32 || c >= 127) out += fmt::format("\\{:03o}", c);
        else out += static_cast<char>(c);
    }
    return out;
}

}  // namespace

Status ExpectMatcher::add(const ExpectRule& rule) {
    if (rule.text.empty()) return Status::error("EXPECT needs a non-empty string");
    if (rule.count == 0) return Status::error("EXPECT count must be at least 1");
    Active a{rule, rule.count, base_ + buffer_.size(), std::nullopt};
    if (rule.is_regex) {
        try {
            // The pattern is searched for on every character of output, so its cost must be
            // bounded whatever the user wrote: a backtracking search of (a*)*b or .*.*.*x over
            // the window takes exponential or high-polynomial time and would hang the SCP where
            // no WRU can reach it. libstdc++'s polynomial (Thompson NFA) executor, one pass from
            // the window start through a lazy prefix, costs window x pattern size at most.
            auto flags = std::regex::ECMAScript;
#if defined(__GLIBCXX__)
            flags |= std::regex_constants::__polynomial;
#endif
            if (rule.ignore_case) flags |= std::regex::icase;
            const std::regex alone(rule.text, flags);  // checked on its own: "a)(b" must not slip through
            a.regex.emplace("[\\s\\S]*?(" + rule.text + ")", flags);
        } catch (const std::regex_error& e) {
            return Status::error(fmt::format("Invalid regular expression \"{}\": {}", printable(rule.text), e.what()));
        }
    }
    rules_.push_back(std::move(a));
    return Status::ok();
}

int ExpectMatcher::remove(const std::string& text) {
    const auto before = rules_.size();
    std::erase_if(rules_, [&](const Active& a) { return a.rule.text == text; });
    return static_cast<int>(before - rules_.size());
}

std::vector<std::string> ExpectMatcher::describe() const {
    std::vector<std::string> lines;
    for (const Active& a : rules_) {
        std::string l = fmt::format("EXPECT{}{}{}{}", a.rule.is_regex ? " -r" : "", a.rule.ignore_case ? " -i" : "",
                                    a.rule.clear_buffer ? " -c" : "", a.rule.persistent ? " -p" : "");
        if (a.rule.halt_after) l += fmt::format(" HALTAFTER={}", a.rule.halt_after);
        if (a.rule.count > 1) l += fmt::format(" [{}]", a.rule.count);
        l += fmt::format(" \"{}\"", printable(a.rule.text));
        if (a.remaining != a.rule.count) l += fmt::format(" ({} more)", a.remaining);
        if (!a.rule.actions.empty()) l += " " + a.rule.actions;
        lines.push_back(l);
    }
    return lines;
}

std::string ExpectMatcher::first_pending_text() const {
    return rules_.empty() ? std::string{} : "\"" + printable(rules_.front().rule.text) + "\"";
}

bool ExpectMatcher::matches(Active& a, std::uint64_t& match_end) {
    const std::uint64_t end = base_ + buffer_.size();
    const std::uint64_t from = std::max(a.start, base_);
    if (from >= end) return false;
    const std::string_view window(buffer_.data() + (from - base_), end - from);
    if (a.regex) {
        const std::string_view tail = window.size() > kRegexWindow ? window.substr(window.size() - kRegexWindow) : window;
        std::cmatch m;
        if (!std::regex_search(tail.data(), tail.data() + tail.size(), m, *a.regex,
                               std::regex_constants::match_continuous))
            return false;
        // A zero-length match would fire on every character; it counts only with text.
        if (m.length(1) == 0) return false;
        match_end = end - tail.size() + static_cast<std::uint64_t>(m.position(1) + m.length(1));
        return true;
    }
    // Output arrives one character at a time, so a plain string can only complete at the end.
    const std::string& t = a.rule.text;
    if (window.size() < t.size()) return false;
    const std::string_view tail = window.substr(window.size() - t.size());
    const bool hit = a.rule.ignore_case ? iequals(tail, t) : tail == t;
    if (hit) match_end = end;
    return hit;
}

std::optional<ExpectFired> ExpectMatcher::feed(char c) {
    if (rules_.empty()) {
        buffer_.clear();
        base_ = 0;
        return std::nullopt;
    }
    buffer_.push_back(c);
    std::optional<ExpectFired> fired;
    bool clear_all = false;
    for (auto it = rules_.begin(); it != rules_.end();) {
        std::uint64_t match_end = 0;
        if (!matches(*it, match_end)) {
            ++it;
            continue;
        }
        it->start = match_end;
        if (--it->remaining > 0) {
            ++it;
            continue;
        }
        if (!fired) fired.emplace();
        if (!it->rule.actions.empty()) {
            if (!fired->actions.empty()) fired->actions += ";";
            fired->actions += it->rule.actions;
        }
        fired->halt_after = fired->text.empty() ? it->rule.halt_after : std::min(fired->halt_after, it->rule.halt_after);
        if (fired->text.empty()) fired->text = it->rule.text;
        clear_all = clear_all || it->rule.clear_buffer;
        if (it->rule.persistent) {
            it->remaining = it->rule.count;
            ++it;
        } else {
            it = rules_.erase(it);
        }
    }
    if (clear_all) {
        for (Active& a : rules_) a.start = base_ + buffer_.size();
    }
    if (buffer_.size() > 2 * kBufferKeep) {
        const std::size_t drop = buffer_.size() - kBufferKeep;
        buffer_.erase(0, drop);
        base_ += drop;
    }
    return fired;
}

}  // namespace simmon::scp
