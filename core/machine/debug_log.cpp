// Debug lines are "[time] DEV: text", time in simulated seconds, so two runs of one
// script produce identical logs.
#include "core/machine/debug_log.hpp"

#include <cerrno>
#include <cstring>
#include <fmt/format.h>

#include "core/scheduler/time_text.hpp"
#include "core/text/case_compare.hpp"

namespace simmon {

DebugLog::~DebugLog() { close(); }

Status DebugLog::open(const std::string& path) {
    close();
    if (iequals(path, "STDOUT")) {
        out_ = stdout;
        target_ = "STDOUT";
    } else if (iequals(path, "STDERR")) {
        out_ = stderr;
        target_ = "STDERR";
    } else {
        std::FILE* f = std::fopen(path.c_str(), "w");
        if (!f) return Status::error(fmt::format("cannot open debug log {}: {}", path, std::strerror(errno)));
        out_ = f;
        owned_ = true;
        target_ = path;
    }
    return Status::ok();
}

void DebugLog::close() {
    if (out_ != nullptr) {
        if (owned_)
            std::fclose(out_);
        else
            std::fflush(out_);
    }
    out_ = nullptr;
    owned_ = false;
    target_.clear();
}

void DebugLog::write(SimTime now, std::string_view device, std::string_view text) {
    if (out_ == nullptr) return;
    fmt::print(out_, "[{}] {}: {}\n", format_seconds(now), device, text);
    // The standard streams are shared with the console, so keep their order.
    if (!owned_) std::fflush(out_);
}

}  // namespace simmon
