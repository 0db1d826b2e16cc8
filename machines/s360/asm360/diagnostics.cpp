#include "machines/s360/asm360/diagnostics.hpp"

namespace simmon::s360::asm360 {

std::string Diagnostic::format() const {
    const char* word = severity <= kWarning ? "warning" : severity >= kTerminal ? "fatal" : "error";
    std::string out = file;
    out += ':';
    out += std::to_string(line);
    out += ':';
    out += std::to_string(column);
    out += ": ";
    out += word;
    out += ": ";
    out += message;
    return out;
}

void Diagnostics::add(Diagnostic d) {
    if (d.severity > max_) max_ = d.severity;
    if (list_.size() >= kKeepLimit && d.severity < kTerminal) {
        ++dropped_;
        return;
    }
    list_.push_back(std::move(d));
}

}  // namespace simmon::s360::asm360
