#include "scp-console/console/line_script.hpp"

namespace simmon::scp {

namespace {
// "SEND DELAY=..." -> "SEND DZ:3 DELAY=...": the command word, then the line.
std::vector<std::string> named(std::vector<std::string> lines, const std::string& name) {
    for (std::string& l : lines) {
        const std::size_t space = l.find(' ');
        l.insert(space == std::string::npos ? l.size() : space, " " + name);
    }
    return lines;
}
}  // namespace

void LineScript::output(std::uint8_t c) {
    if (const auto fired = expects_.feed(static_cast<char>(c)); fired && matched_) matched_(*fired);
}

std::vector<std::string> LineScript::describe_sends(SimTime now) const { return named(sends_.describe(now), name_); }

std::vector<std::string> LineScript::describe_expects() const { return named(expects_.describe(), name_); }

}  // namespace simmon::scp
